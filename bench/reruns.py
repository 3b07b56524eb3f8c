"""Full reruns of the pages in AppTest, against a one-line page (the floor)."""
from __future__ import annotations

import logging
import statistics
import tempfile
import time
from pathlib import Path

from reform.paths import ROOT


def pct(values: list[float], q: float) -> float:
    """The q-th percentile (nearest rank) of ``values``."""
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(q / 100 * len(s) + 0.5)) - 1))
    return s[k]


def summary(values: list[float]) -> dict:
    return {"n": len(values), "median": round(statistics.median(values), 2), "p95": round(pct(values, 95), 2)}


def shared_script_cache() -> None:
    """Make AppTest keep one compiled copy of each script, as a server's runtime does.

    AppTest compiles the main script and the page again on every run (a fresh ``ScriptCache`` per run);
    a server compiles each once for all sessions and reruns. Left as it is, the benchmark would charge a
    long page its compilation on every rerun (about 5 ms for a 300-line page), a cost no user waits for,
    while the one-line floor compiles in microseconds.
    """
    from streamlit.runtime.scriptrunner.script_cache import ScriptCache
    from streamlit.testing.v1 import app_test, local_script_runner

    shared = ScriptCache()
    app_test.ScriptCache = local_script_runner.ScriptCache = lambda: shared


def page_test(page: str):
    """An AppTest of the dashboard on ``page`` (its file name under pages/), run twice (caches warm)."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    if page != "overview":
        at.switch_page(f"pages/{page}.py").run()
    at.run()
    return at


def _timed_run(at) -> tuple[float, float]:
    """(wall ms, CPU ms of this process) of one full rerun; AppTest runs the script in this process."""
    t, c = time.perf_counter(), time.process_time()
    at.run()
    return 1000 * (time.perf_counter() - t), 1000 * (time.process_time() - c)


def bench_reruns(pages: list[str], n: int) -> dict:
    """Every page's full rerun against a one-line page (the floor), interleaved: each rerun of a page is
    followed by one of the floor, so the two share the machine's load of the moment and their ratio is
    fair on a busy machine. Per page: wall-clock median and p95, the floor's p95 over the same minutes,
    the ratio of the two p95s (the goal) and the ratio of median CPU times (less sensitive to load)."""
    from streamlit.testing.v1 import AppTest

    # AppTest's first run of a script warns "missing ScriptRunContext" from the main thread: harmless, and it
    # buried the figures (11 lines of it per run)
    logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").addFilter(
        lambda record: "missing ScriptRunContext" not in record.getMessage())
    shared_script_cache()
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        floor_script = Path(tmp) / "floor.py"
        floor_script.write_text("import streamlit as st\nst.write('floor')\n")
        floor = AppTest.from_file(str(floor_script), default_timeout=60).run()
        floor.run()
        all_floor_wall, all_floor_cpu = [], []
        for page in pages:
            at = page_test(page)
            assert not at.exception, at.exception
            wall, cpu, f_wall, f_cpu = [], [], [], []
            for _ in range(n):
                w, c = _timed_run(at)
                assert not at.exception, at.exception
                wall.append(w)
                cpu.append(c)
                w, c = _timed_run(floor)
                f_wall.append(w)
                f_cpu.append(c)
            all_floor_wall += f_wall
            all_floor_cpu += f_cpu
            out[page] = {**summary(wall), "floor_p95": round(pct(f_wall, 95), 2),
                         "ratio_p95": round(pct(wall, 95) / pct(f_wall, 95), 2),
                         "cpu_median": round(statistics.median(cpu), 2),
                         "cpu_ratio_median": round(statistics.median(cpu) / statistics.median(f_cpu), 2)}
        out["floor_ms"] = {**summary(all_floor_wall), "cpu_median": round(statistics.median(all_floor_cpu), 2)}
    return out
