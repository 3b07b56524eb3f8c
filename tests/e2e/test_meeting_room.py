"""End-to-end, for a meeting room: presentation mode on a projector, every page at the widths rooms,
laptops and phones have, the Back button after slider moves, and no request leaving the server."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from helpers import TIMEOUT, assert_no_exception, open_page, slider_thumb, wait_idle
from room_helpers import (PAGES, SIZES, check_aborted, metric_fonts, offline, overflows, path_of, path_url, screens,
                          visit, wait_charts, wait_metrics, wait_requests)

#: Every page is walked at every size the meeting rooms have, in both languages (English has the
#: longer labels), and in presentation mode at the narrowest projector. (About 4 minutes on a shared
#: 2-core machine.)
WALKS = {f"{size}-{lang}": (size, lang, False) for lang in ("vi", "en") for size in ("1024", "1280", "1366", "1920", "390")}
WALKS["1024-vi-present"] = ("1024", "vi", True)


@pytest.mark.parametrize("walk", list(WALKS))
def test_every_page_fits_and_works_offline(browser, server, shots, walk):
    """No chart (vega-embed's canvas or svg) or table wider than its column or the window; and,
    with every request outside the server blocked, no failed or blocked request (the favicon and
    icons come from the dashboard itself: an intranet without internet access)."""
    size, lang, present = WALKS[walk]
    width, height = SIZES[size]
    query = "&".join(q for q in (f"lang={lang}" if lang != "vi" else "", "present=1" if present else "") if q)
    context = browser.new_context(viewport={"width": width, "height": height})
    blocked, failed, pending = offline(context, server)
    pg = context.new_page()
    found = {}
    try:
        for name in PAGES:
            visit(pg, server, name, query)
            wait_charts(pg)
            assert_no_exception(pg)
            if over := overflows(pg):
                found[name] = over
                pg.screenshot(path=str(shots / f"overflow-{name}-{walk}.png"))
            wait_requests(pg, pending)  # leaving a page with requests open would abort them
        icons = pg.evaluate("() => [...document.querySelectorAll('link[rel~=icon]')].map(l => l.href)")
        failed = check_aborted(context, failed)
    finally:
        context.close()
    assert not found, f"charts or tables wider than their column at {walk}: {found}"
    assert not blocked, f"requests outside the server: {sorted(set(blocked))}"
    assert not failed, f"failed requests: {failed}"
    assert icons and all(i.startswith(server) or i.startswith("data:") for i in icons), icons


@pytest.mark.parametrize("name", ["overview", "pci"])
def test_presentation_mode_enlarges_the_figures(browser, server, shots, name):
    """At 1280×720 the headline figures grow at least 1,5× (≥ 48 px, labels ≥ 24 px) with the
    sidebar's switch, nothing is cut, and no slider, reset button or form is left."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    pg = context.new_page()
    try:
        open_page(pg, path_url(server, name))
        wait_metrics(pg)
        before = metric_fonts(pg)
        pg.locator("[data-testid=stSidebar]").get_by_text("Chế độ trình chiếu").click()
        wait_idle(pg)
        pg.wait_for_function("() => location.search.includes('present=1')", timeout=TIMEOUT)
        wait_metrics(pg)
        wait_charts(pg)
        after = metric_fonts(pg)
        screens(pg, str(shots / f"present-{name}-1280"), most=2)
        print(f"{name}: metric value/label px without {[(m['value'], m['label']) for m in before]}, "
              f"with presentation mode {[(m['value'], m['label']) for m in after]}")
        assert len(after) == len(before) >= 2
        for b, a in zip(before, after):
            assert a["value"] >= max(48, 1.5 * b["value"]), (b, a)
            assert a["label"] >= 24, (b, a)
            assert not a["cut"], f"a figure or its label is cut: {a}"
        assert pg.locator("[data-testid=stSlider]").count() == 0
        assert pg.locator("[data-testid=stForm]").count() == 0
        assert pg.locator("[class*=st-key-reset_]").count() == 0
        assert overflows(pg) == []
        assert_no_exception(pg)
    finally:
        context.close()


def test_back_leaves_the_page_after_slider_moves(browser, server):
    """Moving to a page adds a history entry, a slider move replaces it (the URL still carries the
    scenario): after three moves one Back leaves the page, Forward brings the scenario back."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    pg = context.new_page()
    try:
        open_page(pg, f"{server}/")
        entries = pg.evaluate("history.length")
        pg.locator("[data-testid=stSidebarNav]").get_by_text("Chỉ số PCI").click()
        wait_idle(pg)
        pg.wait_for_function("() => location.pathname === '/pci'", timeout=TIMEOUT)
        assert pg.evaluate("history.length") == entries + 1  # moving between pages adds one
        thumb = slider_thumb(pg, "Tiếp cận đất đai")
        thumb.focus()
        for step in range(1, 4):
            thumb.press("ArrowRight")
            expect(thumb).to_have_attribute("aria-valuetext", f"{5.78 + step / 10:.2f}".replace(".", ","))
            wait_idle(pg)
            pg.wait_for_function(f"() => location.search.includes('pci_land={5.78 + step / 10:.2f}')",
                                 timeout=TIMEOUT)
        assert pg.evaluate("history.length") == entries + 1  # three moves replaced the entry
        pg.go_back()
        pg.wait_for_function("() => location.pathname !== '/pci'", timeout=TIMEOUT)
        wait_idle(pg)
        assert path_of(pg) == "/"
        expect(pg.locator("h1").first).to_have_text("Tổng quan: kết quả Đề án 2021-2025", timeout=TIMEOUT)
        pg.go_forward()
        pg.wait_for_function("() => location.pathname === '/pci'", timeout=TIMEOUT)
        assert "pci_land=6.08" in pg.url
        assert_no_exception(pg)
    finally:
        context.close()
