"""The protocol figures of ``make bench``: N sessions over Streamlit's WebSocket protocol (no browser).

For each level N (1, 25, 100, 200 by default) a fresh deployment, by default the README's for one
machine (two ``streamlit run`` replicas behind Debian's nginx running ``deploy/nginx-site.conf``, started by
``reform.serve``), is warmed with one page open per replica, then N sessions ramp in over ``ramp`` seconds; each
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


def setup(page: str, replicas: int = 2, proxy: str | None = "nginx") -> dict:
    """What was measured (stored as ``protocol_setup``)."""
    nginx = proxy == "nginx"
    return {
        "replicas": replicas,
        "proxy": "nginx (Debian's package) running deploy/nginx-site.conf" if nginx else None,
        "deployment": ("the README's deployment for one machine (Hosting: one replica per core behind nginx)"
                       if nginx and replicas == psutil.cpu_count() else "not the README's deployment"),
        "server": f"{replicas} `streamlit run app.py` process(es) (reform.serve.start_replicas) on free ports, "
                  "config from .streamlit/config.toml, the embedded state store"
                  + ("; every session's WebSocket through nginx, which spreads them over the replicas (the "
                     "load generator keeps no cookie, so each connection is hashed anew and stays where it went)"
                     if nginx else "; session i on replica i mod n, as a sticky proxy would spread them"
                     if replicas > 1 else ""),
        "client": "bench/protocol.py: asyncio WebSocket sessions in one process on the same machine",
        "page": page,
        "cores": psutil.cpu_count(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "server_figures": "server CPU and memory summed over the replicas (nginx not counted)",
    }


class _Cluster:
    """The servers of one measurement: replicas, and nginx in front of them when asked."""

    def __init__(self, replicas: int, proxy: str | None):
        self.replicas = serve.start_replicas(replicas)
        self.nginx = None
        try:
            if proxy == "nginx":
                self.nginx = serve.start_nginx([u.removeprefix("http://") for _p, u in self.replicas])
        except BaseException:
            serve.stop_replicas(self.replicas)
            raise

    @property
    def urls(self) -> list[str]:
        """Where the sessions connect: nginx, or the replicas themselves."""
        return [self.nginx[1]] if self.nginx else [u for _p, u in self.replicas]

    @property
    def pids(self) -> list[int]:
        return [p.pid for p, _u in self.replicas]

    def stop(self) -> None:
        if self.nginx:
            serve.stop_nginx(self.nginx[0], self.nginx[2])
        serve.stop_replicas(self.replicas)


def _warm(urls: list[str], page: str) -> None:
    """Open the page once per replica so that the first measured sessions do not pay for the caches."""
    for url in urls:
        protocol.run_load(url, page, 1, duration=0.0, ramp=0.0)


def run(levels=LEVELS, page: str = "pci", duration: float = 60.0, ramp: float = 30.0,
        interval: float = 5.0, jitter: float = 1.0, burst: int = 100, profile: bool = False,
        replicas: int = 2, proxy: str | None = "nginx") -> dict:
    """Every protocol figure; prints one line per level with meets/misses where a goal applies.
    By default the README's deployment for one machine: ``replicas`` processes behind nginx (``proxy=None``:
    sessions spread over the replicas directly). With ``profile``, py-spy samples the first replica during
    each level (``protocol_profile``)."""
    from bench import profile as prof

    out: dict = {"protocol_setup": setup(page, replicas, proxy), "protocol_load": {}}
    if profile:
        out["protocol_profile"] = {}
    print(f"protocol_load (page {page}, {duration:.0f} s of moves every {interval:g} ± {jitter:g} s, "
          f"sessions ramped in over {ramp:.0f} s; {replicas} server process(es), "
          f"{'behind nginx' if proxy == 'nginx' else 'no proxy'})")
    for n in levels:
        cluster = _Cluster(replicas, proxy)
        try:
            _warm([u for _p, u in cluster.replicas], page)
            time.sleep(1.0)
            spy = prof.record(cluster.pids[0], duration + (ramp if n > 1 else 0.0), f"protocol_{page}_n{n}") \
                if profile else None
            r = protocol.run_load(cluster.urls, page, n, duration=duration, ramp=ramp if n > 1 else 0.0,
                                  interval=interval, jitter=jitter, server_pid=cluster.pids, seed=n)
            if spy is not None:
                spy[0].wait(timeout=120)
                out["protocol_profile"][str(n)] = prof.summarize(spy[1])
        finally:
            cluster.stop()
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
        cluster = _Cluster(replicas, proxy)
        try:
            _warm([u for _p, u in cluster.replicas], page)
            b = protocol.run_burst(cluster.urls, page, burst, server_pid=cluster.pids)
        finally:
            cluster.stop()
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
