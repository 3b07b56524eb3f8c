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
import os
import sys
import time

from bench import reruns as reruns_mod
from bench.reruns import summary
from reform.paths import ROOT

OUT = ROOT / "bench" / "results.json"
PAGES = ["overview", "pci", "peers", "par_index", "one_stop", "targets", "projects", "statistics", "scenarios",
         "data_sources"]
GOALS = {
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


def _load() -> str:
    """The machine's load average (1, 5, 15 minutes) and its cores, for the record of a run."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def verdict(value: float, goal: float) -> str:
    return "meets" if value <= goal else "misses"


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
    parser.add_argument("--pages", default=",".join(PAGES), help="the pages whose reruns are measured")
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
    results: dict = {"machine": {"python": sys.version.split()[0], "load_average_at_start": _load()},
                     "goals": GOALS}

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

    print(f"rerun_ms (AppTest, {reruns} full reruns per page, each followed by one of the floor; "
          f"load average {_load()})")
    pages = [p for p in args.pages.split(",") if p in PAGES]
    rr = reruns_mod.bench_reruns(pages, reruns)
    results["rerun_ms"] = rr
    floor = rr["floor_ms"]
    results["rerun_ratio_p95"] = max(rr[p]["ratio_p95"] for p in pages)
    print(f"  floor (one-line page)        median {floor['median']:7.2f}  p95 {floor['p95']:7.2f} ms  "
          f"CPU median {floor['cpu_median']:6.2f} ms")
    for page in pages:
        v = rr[page]
        print(f"  {page:28s} median {v['median']:7.2f}  p95 {v['p95']:7.2f} ms = {v['ratio_p95']:5.1f}× the floor's "
              f"p95 ({v['floor_p95']:.2f} ms)  [CPU {v['cpu_ratio_median']:5.1f}×]  "
              f"{verdict(v['ratio_p95'], GOALS['rerun_ratio_p95'])}")
    print(f"  rerun_ratio_p95 (worst page) = {results['rerun_ratio_p95']}  "
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
