"""What a rerun costs, from py-spy samples of the server (``python -m bench --protocol-only --profile``).

:func:`record` starts ``py-spy record`` on the server for a number of seconds (raw folded stacks into
``bench/out/``); :func:`summarize` reads them back: the share of samples in script runs, and within
them what the time went to (pandas, Streamlit's per-message hand-over to the event loop, the rest of
Streamlit, our own code, Arrow, protobuf) and the functions with the most time (inclusive), so that a
missed goal comes with where the time goes.
"""
from __future__ import annotations

import collections
import re
import shutil
import subprocess
import sys
from pathlib import Path

from reform.paths import ROOT

OUT_DIR = ROOT / "bench" / "out"
# (category, how to recognise it in the innermost frames of a sample), first match wins
CATEGORIES = [
    ("streamlit: hand-over of each message to the event loop", ("_write_to_self",)),
    ("pandas", ("pandas/",)),
    ("pyarrow", ("pyarrow/",)),
    ("protobuf", ("protobuf/",)),
    ("altair/vega-lite specs", ("altair/",)),
    ("our code (reform/, pages/)", ("reform/", "/pages/", "(app.py", "(pci.py", "(targets.py")),
]


def pyspy() -> str | None:
    exe = Path(sys.executable).parent / "py-spy"
    return str(exe) if exe.exists() else shutil.which("py-spy")


def record(pid: int, seconds: float, name: str) -> tuple[subprocess.Popen, Path] | None:
    """Start sampling ``pid`` for ``seconds`` (100 Hz); None when py-spy is not installed."""
    exe = pyspy()
    if exe is None:
        return None
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    path = OUT_DIR / f"{name}.folded"
    proc = subprocess.Popen([exe, "record", "--pid", str(pid), "--rate", "100", "--format", "raw",
                             "--nonblocking", "--duration", str(max(1, int(seconds))), "--output", str(path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, path


_PAGE_FILE = re.compile(r"\((app|overview|pci|par_index|one_stop|targets|projects|statistics|scenarios|"
                        r"data_sources)\.py(:\d+)?\)")


def _own(frame: str) -> bool:
    """A frame of our code: reform/ or a page (py-spy names files under the working folder briefly)."""
    return "reform/" in frame or "/pages/" in frame or bool(_PAGE_FILE.search(frame))


def _short(frame: str) -> str:
    frame = re.sub(r":\d+\)", ")", frame)
    return re.sub(r"\(([^)]*)\)", lambda m: "(" + m.group(1).split("site-packages/")[-1]
                  .split(str(ROOT) + "/")[-1] + ")", frame)


def summarize(path: Path, top: int = 15) -> dict:
    """Shares of the samples: in script runs and by category, and the top functions (inclusive)."""
    total = script = 0
    cats: collections.Counter = collections.Counter()
    funcs: collections.Counter = collections.Counter()
    lines: collections.Counter = collections.Counter()  # innermost line of our own code
    for line in path.read_text().splitlines():
        stack, _, n = line.rstrip().rpartition(" ")
        if not stack or not n.isdigit():
            continue
        count = int(n)
        total += count
        frames = stack.split(";")
        if not any("_run_script" in f for f in frames):
            continue
        script += count
        inner = frames[-8:]
        cat = next((name for name, pats in CATEGORIES if any(p in f for f in inner for p in pats)),
                   "streamlit (the rest)")
        cats[cat] += count
        own = [f for f in frames if _own(f)]
        if own:
            lines[re.sub(r"\(([^)]*)\)", lambda m: "(" + m.group(1).split(str(ROOT) + "/")[-1] + ")", own[-1])] += count
        for f in {_short(f) for f in frames}:
            if _own(f) or "streamlit/elements" in f:
                funcs[f] += count
    share = lambda c: round(100 * c / script, 1) if script else 0.0  # noqa: E731
    return {
        "samples": total,
        "in_script_runs_pct": round(100 * script / total, 1) if total else 0.0,
        "script_time_pct": {k: share(v) for k, v in cats.most_common()},
        "top_functions_pct": {k: share(v) for k, v in funcs.most_common(top)},
        "top_own_lines_pct": {k: share(v) for k, v in lines.most_common(top)},
        "raw": str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path),
    }


def rerun_page(page: str, reruns: int = 30, rate: int = 200, top: int = 25) -> dict:
    """Profile ``reruns`` full reruns of one page in AppTest (after two warm runs): py-spy samples this
    very process while the page reruns, so imports and the first, cold run are left out.
    ``python -m bench.profile PAGE [RERUNS]`` prints the summary."""
    import os
    import time

    from bench import reruns as apptest

    exe = pyspy()
    if exe is None:
        raise SystemExit("py-spy is not installed")
    apptest.shared_script_cache()
    at = apptest.page_test(page)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    path = OUT_DIR / f"rerun_{page}.folded"
    spy = subprocess.Popen([exe, "record", "--pid", str(os.getpid()), "--rate", str(rate), "--format", "raw",
                            "--nonblocking", "--output", str(path)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.0)  # py-spy attaches
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(reruns):
        at.run()
        if at.exception:
            raise RuntimeError(at.exception)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    spy.send_signal(2)  # SIGINT: py-spy writes its file and stops
    spy.wait(timeout=60)
    out = summarize(path, top)
    out["wall_ms_per_rerun"] = round(1000 * wall / reruns, 1)
    out["cpu_ms_per_rerun"] = round(1000 * cpu / reruns, 1)
    return out


if __name__ == "__main__":
    import json

    page = sys.argv[1] if len(sys.argv) > 1 else "overview"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    print(json.dumps(rerun_page(page, n), indent=1, ensure_ascii=False))
