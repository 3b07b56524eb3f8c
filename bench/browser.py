"""Browser figures: slider answer time and first load of one session, end to end (Debian's Chromium).

Concurrency is measured without browsers (``bench/load.py``): 10-25 headless Chromiums on the same two
cores measure the browsers more than the server. Their runs are kept behind ``concurrency=True``
(``python -m bench --browser-concurrency``)."""
from __future__ import annotations

import asyncio
import time

import psutil

from reform import serve

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"]
GOAL = {"slider_n1": 250.0, "slider_n25": 1000.0, "first_load_warm": 2000.0, "rss_per_session": 30.0}

# (page path, slider label, metric label) for the slider figures; "floor" is bench/floor_app.py's
SLIDERS = {
    "pci": ("pci", "Tính minh bạch", "PCI tổng hợp theo kịch bản"),
    "targets": ("targets", "Tốc độ triển khai chung", "Dự báo 2025"),
    "floor": ("", "Floor slider", "Floor metric"),
}
#: The browser floor (bench/floor_app.py), served with the dashboard's settings.
FLOOR_APP = "bench/floor_app.py"
METRIC_JS = """(label) => {
  for (const m of document.querySelectorAll('[data-testid=stMetric]')) {
    if (m.innerText.includes(label)) {
      const v = m.querySelector('[data-testid=stMetricValue]'); return v ? v.innerText.trim() : null; }
  }
  return null; }"""


def _pct(values, q):
    s = sorted(values)
    return s[max(0, min(len(s) - 1, int(round(q / 100 * len(s) + 0.5)) - 1))] if s else None


async def _idle(page):
    await page.wait_for_selector("[data-testid=stApp]", timeout=60_000)
    await page.wait_for_timeout(300)
    await page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=60_000)


async def _press_and_time(page, thumb, key, label, timeout_ms=10_000) -> float:
    before = await page.evaluate(METRIC_JS, label)
    t0 = time.perf_counter()
    await thumb.press(key)
    await page.wait_for_function(
        "([js, label, before]) => { const f = eval(js); const v = f(label); return v !== null && v !== before; }",
        arg=[METRIC_JS, label, before], polling="raf", timeout=timeout_ms)
    return 1000 * (time.perf_counter() - t0)


async def _session(browser, url, which, presses, times, errors):
    """Open a session on a page and press its slider ``presses`` times; return its context."""
    opened = await _open_session(browser, url, which, errors)
    if opened is None:
        return None
    ctx, page, thumb = opened
    await _move(page, thumb, presses, times, errors, label=SLIDERS[which][2])
    return ctx  # kept open so the server holds the session while memory is measured


async def _open_session(browser, url, which, errors):
    """A new browser session on a page, ready to press its slider: (context, page, thumb) or None."""
    path, slider, _ = SLIDERS[which]
    ctx = await browser.new_context(viewport={"width": 1440, "height": 900})
    page = await ctx.new_page()
    try:
        await page.goto(f"{url}/{path}", timeout=120_000)
        await _idle(page)
        thumb = page.locator("[data-testid=stSlider]").filter(has_text=slider).first.locator("input[type=range]")
        await thumb.focus(timeout=60_000)
        return ctx, page, thumb
    except Exception as exc:  # noqa: BLE001 - counted as an error of this level
        errors.append(f"session: {type(exc).__name__}: {str(exc)[:160]}")
        await ctx.close()
        return None


async def _move(page, thumb, presses, times, errors, label=SLIDERS["pci"][2]):
    """Press the slider's arrow keys, timing each answer."""
    await thumb.focus()
    for i in range(presses):
        try:
            times.append(await _press_and_time(page, thumb, "ArrowRight" if i % 2 == 0 else "ArrowLeft", label))
        except Exception as exc:  # noqa: BLE001 - a timeout or a page error is counted, not raised
            errors.append(f"{type(exc).__name__}: {str(exc)[:120]}")
        if await page.locator("[data-testid=stException]").count():
            errors.append("exception shown on the page")


async def _first_load(browser, url, ctx=None, path: str = "pci") -> float:
    """Milliseconds from navigation to the first chart drawn on the page ``path`` (the PCI page). A new
    context has an empty browser cache (a first visit); passing a used one measures a returning visitor."""
    own = ctx is None
    ctx = ctx or await browser.new_context(viewport={"width": 1440, "height": 900})
    page = await ctx.new_page()
    t0 = time.perf_counter()
    await page.goto(f"{url}/{path}", timeout=60_000)
    await page.wait_for_selector("[data-testid=stVegaLiteChart] canvas, [data-testid=stVegaLiteChart] svg",
                                 timeout=60_000)
    dt = 1000 * (time.perf_counter() - t0)
    await page.close()
    if own:
        await ctx.close()
    return dt


def _browser_cpu() -> float:
    """CPU seconds used so far by the Chromium processes (the load generator shares this machine)."""
    total = 0.0
    for p in psutil.process_iter(["name", "cmdline"]):
        try:
            if "chrom" in (p.info["name"] or "") or any("chromium" in c for c in (p.info["cmdline"] or [])[:1]):
                t = p.cpu_times()
                total += t.user + t.system
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return total


def _load_average() -> str:
    one, five, fifteen = psutil.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


async def _single_session(browser, url: str, floor_url: str, presses: int, rounds: int) -> dict:
    """One session's first load and slider answers, each against the browser floor (bench/floor_app.py),
    interleaved in the same minutes: a busy machine slows both, and their ratio says how far the
    dashboard is from the least a Streamlit page costs here. The goals themselves are absolute."""
    out: dict = {"browser_load_average_at_start": _load_average()}
    cold = await _first_load(browser, url)
    new_visitor = sorted([await _first_load(browser, url) for _ in range(3)])[1]
    ctx = await browser.new_context(viewport={"width": 1440, "height": 900})
    floor_ctx = await browser.new_context(viewport={"width": 1440, "height": 900})
    await _first_load(browser, url, ctx)
    await _first_load(browser, floor_url, floor_ctx, path="")
    warm_all, floor_all = [], []
    for _ in range(rounds):  # one of each per round
        warm_all.append(await _first_load(browser, url, ctx))
        floor_all.append(await _first_load(browser, floor_url, floor_ctx, path=""))
    await ctx.close()
    await floor_ctx.close()
    warm, floor = _pct(warm_all, 50), _pct(floor_all, 50)
    out["first_load_ms"] = {"cold": round(cold, 1), "warm": round(warm, 1),
                            "warm_server_first_visit": round(new_visitor, 1), "floor_warm": round(floor, 1),
                            "ratio_to_floor": round(warm / floor, 2), "rounds": rounds}
    print(f"first_load_ms: warm {warm:.0f} ms (median of {rounds}; the floor, a one-chart page, {floor:.0f} ms: "
          f"{warm / floor:.1f}×); cold (fresh server) {cold:.0f} ms, warm server with an empty browser cache "
          f"{new_visitor:.0f} ms  {'meets' if warm <= GOAL['first_load_warm'] else 'misses'}")
    out["slider_ms"] = {}
    floor_times, floor_errors = [], []
    floor_session = await _open_session(browser, floor_url, "floor", floor_errors)
    for which in ("pci", "targets"):
        times, errors, f_times = [], [], []
        opened = await _open_session(browser, url, which, errors)
        if opened is not None and floor_session is not None:
            ctx, page, thumb = opened
            _, f_page, f_thumb = floor_session
            for i in range(0, presses, 4):  # four presses of the page, then four of the floor
                await _move(page, thumb, min(4, presses - i), times, errors, label=SLIDERS[which][2])
                await _move(f_page, f_thumb, min(4, presses - i), f_times, floor_errors,
                            label=SLIDERS["floor"][2])
            await ctx.close()
        floor_times += f_times
        p50, p95 = _pct(times, 50), _pct(times, 95)
        f95 = _pct(f_times, 95)
        if p95 is None or f95 is None:
            print(f"slider_ms {which:8s} no answers ({errors[:2]} {floor_errors[:2]})  misses")
            out["slider_ms"][which] = {"n": len(times), "errors": len(errors) + len(floor_errors)}
            continue
        out["slider_ms"][which] = {"n": len(times), "p50": round(p50, 1), "p95": round(p95, 1),
                                   "errors": len(errors), "floor_p95": round(f95, 1),
                                   "ratio_p95_to_floor": round(p95 / f95, 2)}
        print(f"slider_ms {which:8s} p50 {p50:6.0f}  p95 {p95:6.0f} ms ({len(times)} presses; the floor's p95, "
              f"one slider and one metric, {f95:.0f} ms: {p95 / f95:.1f}×)  "
              f"{'meets' if p95 <= GOAL['slider_n1'] and not errors else 'misses'}")
    if floor_session is not None:
        await floor_session[0].close()
    out["slider_ms"]["floor"] = {"n": len(floor_times), "p50": _pct(floor_times, 50), "p95": _pct(floor_times, 95),
                                 "errors": len(floor_errors)}
    return out


async def _run(quick: bool, concurrency: bool = False) -> dict:
    from playwright.async_api import async_playwright

    out: dict = {}
    presses = 10 if quick else 24
    levels = [1, 5] if quick else [1, 10, 25]
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        proc, url = serve.start()
        floor_proc, floor_url = serve.start(script=FLOOR_APP)
        try:
            out.update(await _single_session(browser, url, floor_url, presses, rounds=3 if quick else 5))
        finally:
            serve.stop(proc)
            serve.stop(floor_proc)
        if not concurrency:
            await browser.close()
            return out

        out["concurrent"] = {}
        proc, url = serve.start()
        try:
            server = psutil.Process(proc.pid)
            base_ctx = await _session(browser, url, "pci", 2, [], [])
            rss_one = server.memory_info().rss
            if base_ctx is not None:
                await base_ctx.close()
            for n in levels:
                times, errors = [], []
                # open the N sessions a few at a time (25 page loads at once would measure this
                # 2-core machine's browser, not the dashboard), then all of them move sliders at once
                pages, ready = [], asyncio.Semaphore(3)

                async def open_one():
                    async with ready:
                        return await _open_session(browser, url, "pci", errors)

                pages = [p for p in await asyncio.gather(*[open_one() for _ in range(n)]) if p]
                cpu0, bcpu0, wall0 = sum(server.cpu_times()[:2]), _browser_cpu(), time.perf_counter()
                await asyncio.gather(*[_move(page, thumb, 6, times, errors) for _, page, thumb in pages])
                cpu = sum(server.cpu_times()[:2]) - cpu0
                bcpu, wall = _browser_cpu() - bcpu0, time.perf_counter() - wall0
                ctxs = [ctx for ctx, _, _ in pages]
                rss = server.memory_info().rss
                per = (rss - rss_one) / max(n - 1, 1) / 2**20 if n > 1 else 0.0
                p95 = _pct(times, 95)
                goal = GOAL["slider_n1"] if n == 1 else GOAL["slider_n25"]
                if errors:
                    print(f"  first errors at N={n}: {errors[:3]}")
                out["concurrent"][str(n)] = {"sessions": n, "presses": len(times),
                                             "server_cpu_ms_per_answer": round(1000 * cpu / max(len(times), 1), 1),
                                             "browser_cpu_ms_per_answer": round(1000 * bcpu / max(len(times), 1), 1),
                                             "machine_cpu_busy": round((cpu + bcpu) / (wall * psutil.cpu_count()), 2),
                                             "p95_ms": round(p95, 1) if p95 else None,
                                             "errors": len(errors), "rss_mb": round(rss / 2**20, 1),
                                             "rss_mb_per_extra_session": round(per, 1)}
                ok = p95 is not None and p95 <= goal and not errors and (n == 1 or per <= GOAL["rss_per_session"])
                shown = f"{p95:6.0f} ms" if p95 is not None else "  none"
                print(f"concurrent N={n:2d}: {len(times)} presses, slider p95 {shown}, errors {len(errors)}, "
                      f"server CPU {1000 * cpu / max(len(times), 1):.0f} ms and browsers' CPU "
                      f"{1000 * bcpu / max(len(times), 1):.0f} ms per answer, "
                      f"server RSS {rss / 2**20:6.1f} MB, {per:5.1f} MB per extra session  "
                      f"{'meets' if ok else 'misses'}")
                for c in ctxs:
                    await c.close()
        finally:
            serve.stop(proc)
        await browser.close()
    return out


def run(quick: bool = False, concurrency: bool = False) -> dict:
    """The browser figures of the benchmark (the concurrency runs only with ``concurrency``)."""
    return asyncio.run(_run(quick, concurrency))
