"""`python -m bench [--quick]`: measure the dashboard and report against its goals.

Prints every figure with "meets"/"misses" and writes bench/results.json. All figures of one run
come from the same machine in the same minutes; the goals that compare with a floor are ratios.

Concurrency is measured without browsers (``bench/load.py`` over ``bench/protocol.py``: N sessions
speaking Streamlit's WebSocket protocol); Chromium gives the single-session end-to-end figures
(``bench/browser.py``; its 10- and 25-browser runs only with ``--browser-concurrency``).
``--protocol-only`` (with ``--levels``, ``--duration``, ``--ramp``, ``--burst``) measures only the
protocol figures and adds them to an existing results file.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from reform.paths import ROOT

OUT = ROOT / "bench" / "results.json"
PAGES = ["overview", "pci", "par_index", "one_stop", "targets", "projects", "statistics", "scenarios",
         "data_sources"]
GOALS = {
    "rerun_p95_ms": 100.0,
    "rerun_ratio_p95": 10.0,
    "slider_p95_ms_n1": 250.0,
    "slider_p95_ms_n25": 1000.0,
    "first_load_warm_ms": 2000.0,
    "rss_mb_per_session": 30.0,
    "query_p95_ms": 5.0,
    "protocol_p95_ms_n100": 300.0,
    "protocol_p95_ms_n200": 1000.0,
    "protocol_rss_mb_per_extra_session": 5.0,
    "protocol_burst_p95_ms_n100": 5000.0,
}


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank) of ``values``."""
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(q / 100 * len(s) + 0.5)) - 1))
    return s[k]


def summary(values: list[float]) -> dict:
    return {"n": len(values), "median": round(statistics.median(values), 2), "p95": round(pct(values, 95), 2)}


def verdict(value: float, goal: float) -> str:
    return "meets" if value <= goal else "misses"


def bench_reruns(n: int) -> dict:
    from streamlit.testing.v1 import AppTest

    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        floor_script = Path(tmp) / "floor.py"
        floor_script.write_text("import streamlit as st\nst.write('floor')\n")
        at = AppTest.from_file(str(floor_script), default_timeout=60).run()
        times = []
        for _ in range(n):
            t = time.perf_counter()
            at.run()
            times.append(1000 * (time.perf_counter() - t))
        out["floor_ms"] = summary(times)
    for page in PAGES:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
        at.switch_page(f"pages/{page}.py").run()
        at.run()  # warm caches
        times = []
        for _ in range(n):
            t = time.perf_counter()
            at.run()
            times.append(1000 * (time.perf_counter() - t))
            assert not at.exception, at.exception
        out[page] = summary(times)
    return out


def bench_queries(n: int) -> dict:
    from reform.data import db

    con = db.connection()
    out = {}
    for name in sorted(db.query_names()):
        text = db.sql_text(name)
        times = []
        for _ in range(n):
            cur = con.cursor()
            t = time.perf_counter()
            cur.execute(text, db.example_params(name) or None).df()
            times.append(1000 * (time.perf_counter() - t))
            cur.close()
        out[name] = summary(times)
    return out


def _protocol(args) -> dict:
    from bench import load

    levels = [int(x) for x in args.levels.split(",") if x.strip()]
    if args.quick:
        levels, duration, ramp, burst = [1, 10], 20.0, 5.0, min(args.burst, 10)
    else:
        duration, ramp, burst = args.duration, args.ramp, args.burst
    return load.run(levels, page=args.page, duration=duration, ramp=ramp, burst=burst, profile=args.profile,
                    replicas=args.replicas, proxy=None if args.proxy == "none" else args.proxy,
                    interval=args.interval, jitter=min(args.jitter, args.interval))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions and sessions (a smoke run)")
    parser.add_argument("--skip-browser", action="store_true")
    parser.add_argument("--browser-only", action="store_true", help="only the figures that need a browser")
    parser.add_argument("--browser-concurrency", action="store_true",
                        help="also the 10- and 25-browser concurrency runs (they measure the browsers)")
    parser.add_argument("--skip-protocol", action="store_true", help="no protocol load figures")
    parser.add_argument("--protocol-only", action="store_true",
                        help="only the protocol load figures, added to an existing results file")
    parser.add_argument("--levels", default="1,25,100,200", help="protocol load levels (sessions)")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of slider moves per session")
    parser.add_argument("--ramp", type=float, default=30.0, help="seconds over which the sessions join")
    parser.add_argument("--interval", type=float, default=5.0,
                        help="seconds between one session's slider moves (the goals assume 5)")
    parser.add_argument("--jitter", type=float, default=1.0, help="± seconds around --interval")
    parser.add_argument("--burst", type=int, default=100, help="sessions opening a page at once (0: none)")
    parser.add_argument("--page", default="pci", help="page of the protocol load (its URL path)")
    parser.add_argument("--profile", action="store_true", help="py-spy samples of the server per level")
    parser.add_argument("--replicas", type=int, default=2,
                        help="server processes for the protocol load (default 2: one per core, as the README "
                             "recommends for one machine)")
    parser.add_argument("--proxy", choices=["nginx", "none"], default="nginx",
                        help="nginx (deploy/nginx-site.conf) in front of the replicas, or none (sessions spread "
                             "over the replicas directly)")
    args = parser.parse_args(argv)
    reruns = 10 if args.quick else 30
    results: dict = {"machine": {"python": sys.version.split()[0]}, "goals": GOALS}

    if args.browser_only:
        from bench import browser

        results.update(browser.run(quick=args.quick, concurrency=args.browser_concurrency))
        OUT.write_text(json.dumps(results, indent=2, ensure_ascii=False))
        return 0
    if args.protocol_only:
        try:
            results = {**json.loads(OUT.read_text()), **results}
        except (OSError, ValueError):
            pass
        results.update(_protocol(args))
        OUT.write_text(json.dumps(results, indent=2, ensure_ascii=False))
        print(f"written {OUT}")
        return 0
    print("query_ms (p95 on the cached connection)")
    results["query_ms"] = bench_queries(20 if args.quick else 100)
    for name, v in results["query_ms"].items():
        print(f"  {name:28s} p95 {v['p95']:7.2f} ms  {verdict(v['p95'], GOALS['query_p95_ms'])}")
    worst_q = max(results["query_ms"].items(), key=lambda kv: kv[1]["p95"])
    print(f"  slowest: {worst_q[0]} p95 {worst_q[1]['p95']:.2f} ms  {verdict(worst_q[1]['p95'], GOALS['query_p95_ms'])}")

    print(f"rerun_ms (AppTest, {reruns} reruns per page)")
    rr = bench_reruns(reruns)
    results["rerun_ms"] = rr
    floor = rr["floor_ms"]["p95"]
    slowest = max(rr[p]["p95"] for p in PAGES)
    results["rerun_ratio_p95"] = round(slowest / floor, 2)
    print(f"  floor (one-line page)        median {rr['floor_ms']['median']:7.2f}  p95 {floor:7.2f} ms")
    for page in PAGES:
        v = rr[page]
        print(f"  {page:28s} median {v['median']:7.2f}  p95 {v['p95']:7.2f} ms  "
              f"{verdict(v['p95'], GOALS['rerun_p95_ms'])}")
    print(f"  rerun_ratio_p95 = {results['rerun_ratio_p95']}  "
          f"{verdict(results['rerun_ratio_p95'], GOALS['rerun_ratio_p95'])}")

    if not args.skip_browser:
        from bench import browser

        results.update(browser.run(quick=args.quick, concurrency=args.browser_concurrency))

    if not args.skip_protocol:
        results.update(_protocol(args))

    OUT.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    print(f"written {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
