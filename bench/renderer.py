"""Where the browser's time goes on a page's warm load: ``python -m bench.renderer PAGE [N] [WIDTH]``.

Serves the dashboard, loads ``PAGE`` (its URL path, e.g. ``pci``) twice to warm the browser's cache, then
N more times in Debian's Chromium with its JavaScript sampling profiler on, each load until every chart of
the page is drawn. Prints per load the time to the first and to the last chart drawn and the renderer's
busy time (the Performance domain's TaskDuration, CPU rather than waiting: steadier on a busy machine),
then the profile's inclusive time by script file (React's rendering, Vega's compile and draw, emotion's
styles …), so that a missed first-load goal comes with where the browser spends it."""
from __future__ import annotations

import asyncio
import collections
import statistics
import sys
import time

from bench.browser import ARGS, CHROMIUM
from reform import serve

#: Every chart of the page has drawn (a layout of small multiples that is not shown draws as well).
ALL_DRAWN = """() => { const c = [...document.querySelectorAll('[data-testid=stVegaLiteChart]')];
  return c.length > 0 && c.every(e => e.querySelector('canvas, svg')); }"""


async def _load(ctx, url: str, profile: bool) -> tuple[float, float, float, dict | None]:
    page = await ctx.new_page()
    cdp = await ctx.new_cdp_session(page)
    await cdp.send("Performance.enable")
    if profile:
        await cdp.send("Profiler.enable")
        await cdp.send("Profiler.setSamplingInterval", {"interval": 500})
        await cdp.send("Profiler.start")
    before = {m["name"]: m["value"] for m in (await cdp.send("Performance.getMetrics"))["metrics"]}
    t0 = time.perf_counter()
    await page.goto(url, timeout=120_000)
    await page.wait_for_selector("[data-testid=stVegaLiteChart] canvas, [data-testid=stVegaLiteChart] svg",
                                 state="attached", timeout=120_000)
    first = 1000 * (time.perf_counter() - t0)
    await page.wait_for_function(ALL_DRAWN, polling=100, timeout=120_000)
    last = 1000 * (time.perf_counter() - t0)
    after = {m["name"]: m["value"] for m in (await cdp.send("Performance.getMetrics"))["metrics"]}
    prof = (await cdp.send("Profiler.stop"))["profile"] if profile else None
    await page.close()
    return first, last, 1000 * (after["TaskDuration"] - before["TaskDuration"]), prof


def by_script(prof: dict) -> collections.Counter:
    """Inclusive milliseconds of a CPU profile per script file (each file counted once per sample)."""
    nodes = {n["id"]: n for n in prof["nodes"]}
    parent = {child: n["id"] for n in prof["nodes"] for child in n.get("children", [])}
    out: collections.Counter = collections.Counter()
    for sample, delta in zip(prof["samples"], prof["timeDeltas"]):
        seen, node = set(), sample
        while node is not None:
            frame = nodes[node]["callFrame"]
            name = frame["url"].rsplit("/", 1)[-1] or frame["functionName"] or "(anonymous)"
            if name not in seen:
                seen.add(name)
                out[name] += delta / 1000
            node = parent.get(node)
    return out


async def _run(page: str, n: int, width: int) -> None:
    from playwright.async_api import async_playwright

    proc, url = serve.start()
    try:
        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            ctx = await browser.new_context(viewport={"width": width, "height": 900})
            for _ in range(2):  # the browser's cache warm, the server's caches too
                await _load(ctx, f"{url}/{page}", False)
            loads, total = [], collections.Counter()
            for _ in range(n):
                first, last, busy, prof = await _load(ctx, f"{url}/{page}", True)
                loads.append((first, last, busy))
                total.update(by_script(prof))
            await browser.close()
    finally:
        serve.stop(proc)
    first, last, busy = (statistics.median(x) for x in zip(*loads))
    print(f"{page} at {width} px, median of {n} warm loads: first chart {first:.0f} ms, every chart {last:.0f} ms, "
          f"renderer busy {busy:.0f} ms")
    for name, ms in total.most_common(16):
        print(f"  {ms / n:8.0f} ms  {name}")


if __name__ == "__main__":
    asyncio.run(_run(sys.argv[1] if len(sys.argv) > 1 else "pci", int(sys.argv[2]) if len(sys.argv) > 2 else 3,
                     int(sys.argv[3]) if len(sys.argv) > 3 else 1440))
