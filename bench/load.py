"""The protocol figures of ``make bench``: N sessions over Streamlit's WebSocket protocol (no browser).

For each level N (1, 25, 100, 200 by default) a fresh server (``reform.serve``: one ``streamlit run``
process, no proxy) is warmed with one page open, then N sessions ramp in over ``ramp`` seconds; each
opens the page and moves a what-if slider every 5 s ± 1 s for ``duration`` seconds
(:func:`bench.protocol.run_load`). Then a burst: ``burst`` sessions open the page at the same moment.
"""
from __future__ import annotations

import os
import time

import psutil

from bench import protocol
from reform import serve

LEVELS = (1, 25, 100, 200)
GOALS = {
    "protocol_p95_ms_n100": 300.0,
    "protocol_p95_ms_n200": 1000.0,
    "protocol_rss_mb_per_extra_session": 5.0,
    "protocol_burst_p95_ms_n100": 5000.0,
}


def _verdict(ok: bool) -> str:
    return "meets" if ok else "misses"


def setup(page: str, replicas: int = 1) -> dict:
    """What was measured (stored as ``protocol_setup``)."""
    return {
        "replicas": replicas,
        "proxy": None,
        "server": f"{replicas} `streamlit run app.py` process(es) (reform.serve) on free ports, config from "
                  ".streamlit/config.toml" + ("; session i on replica i mod n, as a sticky proxy would "
                                              "spread them" if replicas > 1 else ""),
        "client": "bench/protocol.py: asyncio WebSocket sessions in one process on the same machine",
        "page": page,
        "cores": psutil.cpu_count(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "note": "not yet the deployment the README recommends for one machine (replicas behind nginx with "
                "a shared PostgreSQL, issue 10 items 1-2): no proxy in the path"
                + ("; one process uses one core's worth of reruns" if replicas == 1 else ""),
    }


def _start(replicas: int) -> tuple[list, list[str]]:
    procs, urls = [], []
    try:
        for _ in range(replicas):
            proc, url = serve.start()
            procs.append(proc)
            urls.append(url)
    except BaseException:
        _stop(procs)
        raise
    return procs, urls


def _stop(procs) -> None:
    for proc in procs:
        serve.stop(proc)


def _warm(urls: list[str], page: str) -> None:
    """Open the page once per replica so that the first measured sessions do not pay for the caches."""
    for url in urls:
        protocol.run_load(url, page, 1, duration=0.0, ramp=0.0)


def run(levels=LEVELS, page: str = "pci", duration: float = 60.0, ramp: float = 30.0,
        interval: float = 5.0, jitter: float = 1.0, burst: int = 100, profile: bool = False,
        replicas: int = 1) -> dict:
    """Every protocol figure; prints one line per level with meets/misses where a goal applies.
    With ``profile``, py-spy samples the server during each level (``protocol_profile``)."""
    from bench import profile as prof

    out: dict = {"protocol_setup": setup(page, replicas), "protocol_load": {}}
    if profile:
        out["protocol_profile"] = {}
    print(f"protocol_load (page {page}, {duration:.0f} s of moves every {interval:g} ± {jitter:g} s, "
          f"sessions ramped in over {ramp:.0f} s; {replicas} server process(es), no proxy)")
    for n in levels:
        procs, urls = _start(replicas)
        try:
            _warm(urls, page)
            time.sleep(1.0)
            spy = prof.record(procs[0].pid, duration + (ramp if n > 1 else 0.0), f"protocol_{page}_n{n}") \
                if profile else None
            r = protocol.run_load(urls, page, n, duration=duration, ramp=ramp if n > 1 else 0.0,
                                  interval=interval, jitter=jitter, server_pid=[p.pid for p in procs], seed=n)
            if spy is not None:
                spy[0].wait(timeout=120)
                out["protocol_profile"][str(n)] = prof.summarize(spy[1])
        finally:
            _stop(procs)
        out["protocol_load"][str(n)] = r
        goal = GOALS.get(f"protocol_p95_ms_n{n}")
        line = (f"  N={n:3d}: {r['answers']:5d} answers, p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms, "
                f"errors {r['errors']} {r['error_kinds'] or ''}, server CPU {r.get('server_cpu_ms_per_answer')} ms "
                f"per answer, {r.get('rss_mb_per_extra_session')} MB per extra session")
        if goal is not None:
            ok = r["p95_ms"] is not None and r["p95_ms"] <= goal and r["errors"] == 0
            line += f"  p95 ≤ {goal:.0f} ms and 0 errors: {_verdict(ok)}"
        if n > 1:
            rss_goal = GOALS["protocol_rss_mb_per_extra_session"]
            line += f"; ≤ {rss_goal:.0f} MB per session: {_verdict(r['rss_mb_per_extra_session'] <= rss_goal)}"
        print(line, flush=True)
        if profile and str(n) in out.get("protocol_profile", {}):
            p = out["protocol_profile"][str(n)]
            print("    script time: " + ", ".join(f"{k} {v}%" for k, v in p["script_time_pct"].items()))
            print("    our lines:   " + ", ".join(f"{k} {v}%" for k, v in list(p["top_own_lines_pct"].items())[:6]))
    if burst:
        procs, urls = _start(replicas)
        try:
            _warm(urls, page)
            b = protocol.run_burst(urls, page, burst, server_pid=[p.pid for p in procs])
        finally:
            _stop(procs)
        out["protocol_burst"] = b
        goal = GOALS["protocol_burst_p95_ms_n100"]
        ok = b["opened"] == burst and b["p95_ms"] is not None and b["p95_ms"] <= goal
        print(f"  burst: {burst} sessions open {page} at once: {b['opened']} opened, p50 {b['p50_ms']} ms, "
              f"p95 {b['p95_ms']} ms, errors {b['errors']}  all open, p95 ≤ {goal / 1000:.0f} s: {_verdict(ok)}")
    out["protocol_verdicts"] = verdicts(out)
    return out


def verdicts(out: dict) -> dict:
    """meets/misses per protocol goal (absent levels are not judged)."""
    v = {}
    load = out.get("protocol_load", {})
    for n in (100, 200):
        r = load.get(str(n))
        if r:
            goal = GOALS[f"protocol_p95_ms_n{n}"]
            v[f"protocol_p95_ms_n{n}"] = _verdict(r["p95_ms"] is not None and r["p95_ms"] <= goal
                                                  and r["errors"] == 0)
    per = [r["rss_mb_per_extra_session"] for n, r in load.items() if int(n) > 1
           and r.get("rss_mb_per_extra_session") is not None]
    if per:
        v["protocol_rss_mb_per_extra_session"] = _verdict(max(per) <= GOALS["protocol_rss_mb_per_extra_session"])
    b = out.get("protocol_burst")
    if b:
        v["protocol_burst_p95_ms_n100"] = _verdict(b["opened"] == b["sessions"] and b["p95_ms"] is not None
                                                   and b["p95_ms"] <= GOALS["protocol_burst_p95_ms_n100"])
    return v
