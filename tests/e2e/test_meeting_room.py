"""End-to-end, for a meeting room: presentation mode on a projector, every page at the widths rooms,
laptops and phones have, the Back button after slider moves, and no request leaving the server."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from helpers import TIMEOUT, assert_no_exception, metric_box, open_page, rerun_after, slider_thumb, wait_idle
from room_helpers import (PAGES, SIZES, answer_boxes, check_aborted, fonts, metric_fonts, offline, open_expanders,
                          overflows, path_of, path_url, screens, sideways, sidebar_collapsed, visit, wait_charts,
                          wait_metrics, wait_requests, wait_stable)

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
    """At 1280×720 the headline figures and their labels grow at least 1,5× with the sidebar's switch (values
    ≥ 48 px), nothing is cut, and the what-if sliders and reset stay (PCI); no form is drawn."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    pg = context.new_page()
    try:
        open_page(pg, path_url(server, name))
        wait_metrics(pg)
        before = metric_fonts(pg)
        sliders = pg.locator("[data-testid=stSlider]").count()
        pg.locator("[data-testid=stSidebar]").get_by_text("Chế độ trình chiếu").click()
        pg.wait_for_function("() => location.search.includes('present=1')", timeout=TIMEOUT)
        pg.wait_for_function("() => parseFloat(getComputedStyle(document.documentElement).fontSize) >= 24",
                             timeout=TIMEOUT)
        sidebar_collapsed(pg)
        wait_metrics(pg)
        after = metric_fonts(pg)
        screens(pg, str(shots / f"present-{name}-1280"), most=2)
        print(f"{name}: metric value/label px without {[(m['value'], m['label']) for m in before]}, "
              f"with presentation mode {[(m['value'], m['label']) for m in after]}")
        assert len(after) == len(before) >= 2
        for b, a in zip(before, after):
            assert a["value"] >= max(48, 1.5 * b["value"]), (b, a)
            assert a["label"] >= 1.5 * b["label"], (b, a)
            assert not a["cut"], f"a figure or its label is cut: {a}"
        assert pg.locator("[data-testid=stSlider]").count() == sliders == (10 if name == "pci" else 0)
        assert pg.locator("[data-testid=stForm]").count() == 0
        assert pg.locator("[class*=st-key-reset_]").count() == (1 if name == "pci" else 0)
        assert overflows(pg) == []
        assert_no_exception(pg)
    finally:
        context.close()


# --- issue 17, items 1 and 2: sliders on the projector, everything 1,5×, nothing sideways, the answer first ----

#: Per what-if page: how many sliders the page draws, the label of the slider moved, what answers it (a metric's
#: value by its label's start, or the table with that heading: the targets' paces, × the overall pace), and the
#: reset button's key.
WHATIFS = {"pci": (10, "Tiếp cận đất đai", "PCI tổng hợp theo kịch bản", "reset_pci"),
           "par_index": (8, "Chỉ đạo, điều hành CCHC", "Tổng điểm PAR INDEX theo kịch bản", "reset_par"),
           "targets": (15, "Tốc độ triển khai chung", "table:Tốc độ/năm", "reset_targets")}


@pytest.mark.parametrize("name", list(WHATIFS))
def test_presentation_mode_keeps_the_sliders_and_a_move_changes_the_figure(browser, server, shots, name):
    """At 1024×768 in presentation mode every what-if slider and the reset are there; moving one with the keyboard
    changes its figure, the reset brings the figure back."""
    count, label, answer, reset = WHATIFS[name]
    context = browser.new_context(viewport={"width": 1024, "height": 768})
    pg = context.new_page()
    try:
        open_page(pg, path_url(server, name, "present=1"))
        sidebar_collapsed(pg)
        expect(pg.locator("[data-testid=stSlider]")).to_have_count(count, timeout=TIMEOUT)
        if name == "targets":  # the fourteen paces and their reset are in an expander
            open_expanders(pg)
        expect(pg.locator(f".st-key-{reset} button")).to_be_visible(timeout=TIMEOUT)
        value = (pg.locator("[data-testid=stTable]").filter(has_text=answer[6:]).first if answer.startswith("table:")
                 else metric_box(pg, answer).locator("[data-testid=stMetricValue]"))
        before = value.inner_text()
        thumb = slider_thumb(pg, label)
        thumb.scroll_into_view_if_needed()
        thumb.focus()
        for _ in range(3):  # down: every slider can go down from the decision's figure (a cap may stop it going up)
            thumb.press("ArrowLeft")
        expect(value).not_to_have_text(before, use_inner_text=True, timeout=TIMEOUT)
        moved = value.inner_text()
        pg.screenshot(path=str(shots / f"present-moved-{name}-1024.png"))
        pg.locator(f".st-key-{reset} button").click()
        expect(value).to_have_text(before, use_inner_text=True, timeout=TIMEOUT)
        print(f"{name}: {answer} {before[:300]!r} → {moved[:300]!r} → reset")
        assert_no_exception(pg)
    finally:
        context.close()


def test_presentation_mode_collapses_the_sidebar_with_a_control_to_bring_it_back(browser, server):
    """The sidebar collapses when the mode starts, from a link and from the sidebar's switch, even in a browser
    that remembers the sidebar opened by hand (Streamlit keeps that choice, which wins over the page's
    setting); the control that brings it back is visible and at least 44 px; the mode stays off a
    reopened sidebar."""
    context = browser.new_context(viewport={"width": 1024, "height": 768})
    pg = context.new_page()
    try:
        open_page(pg, path_url(server, "overview"))
        bar = pg.locator("[data-testid=stSidebar]")
        expect(bar).to_have_attribute("data-collapsed", "false", timeout=TIMEOUT)
        # opened by hand: collapse, then expand (Streamlit remembers "expanded" in localStorage)
        bar.hover()  # Streamlit shows its collapse button while the pointer is over the sidebar
        pg.locator("[data-testid=stSidebarCollapseButton] button").click()
        expect(bar).to_have_attribute("data-collapsed", "true", timeout=TIMEOUT)
        pg.locator("[data-testid=stExpandSidebarButton]").click()
        expect(bar).to_have_attribute("data-collapsed", "false", timeout=TIMEOUT)
        assert pg.evaluate("() => Object.keys(localStorage).some(k => k.startsWith('stSidebarCollapsed'))")
        bar.get_by_text("Chế độ trình chiếu").click()
        pg.wait_for_function("() => location.search.includes('present=1')", timeout=TIMEOUT)
        sidebar_collapsed(pg)
        control = pg.locator("[data-testid=stExpandSidebarButton]")
        expect(control).to_be_visible()
        box = control.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44 and box["x"] >= 0 and box["y"] >= 0, box
        control.click()
        expect(bar).to_have_attribute("data-collapsed", "false", timeout=TIMEOUT)
        expect(bar.locator("input[type=checkbox]").first).to_be_checked()  # still presenting
        visit(pg, server, "pci")  # another page: the sidebar stays as the user set it
        wait_stable(pg)
        expect(bar).to_have_attribute("data-collapsed", "false")
        # a link with present=1 in a fresh tab of the same browser: collapsed
        fresh = context.new_page()
        open_page(fresh, path_url(server, "targets", "present=1"))
        sidebar_collapsed(fresh)
        expect(fresh.locator("[data-testid=stExpandSidebarButton]")).to_be_visible()
        assert_no_exception(pg)
    finally:
        context.close()


#: The kinds of text the room reads and the pages measured; a page need not have every kind.
ROOM_PAGES = ["overview", "pci", "par_index", "targets"]


def test_everything_the_room_reads_is_at_least_one_and_a_half_times_larger(browser, server):
    """Body text, captions, metric values and labels, slider labels and table cells (a data grid's canvas font
    without the mode, a static table's cells with it), expanders open: the smallest with the mode is at least
    1,5× the smallest without it, on each of the four pages the room sees."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    found = {}
    try:
        for name in ROOM_PAGES:
            sizes = {}
            for mode, query in (("screen", ""), ("room", "present=1")):
                pg = context.new_page()
                open_page(pg, path_url(server, name, query))
                if mode == "room":
                    sidebar_collapsed(pg)
                open_expanders(pg)
                sizes[mode] = fonts(pg)
                pg.close()
            found[name] = sizes
            print(name, sizes)
            assert {"body", "caption", "table_cell"} <= set(sizes["screen"]), (name, sizes)
            assert set(sizes["room"]) == set(sizes["screen"]), (name, sizes)
            for kind, screen in sizes["screen"].items():
                room = sizes["room"][kind]
                assert room["min"] >= 1.5 * screen["min"] - 0.01, (name, kind, screen, room)
        kinds = set().union(*(set(s["screen"]) for s in found.values()))
        assert {"body", "caption", "metric_value", "metric_label", "slider_label", "table_cell"} <= kinds, kinds
    finally:
        context.close()


@pytest.mark.parametrize("size", ["1024", "1280"])
def test_nothing_scrolls_sideways_in_presentation_mode(browser, server, shots, size):
    """At 1024×768 and 1280×720 in presentation mode, expanders open: the document is no wider than the window,
    no element passes its right edge and no table scrolls sideways, on every page; the four pages the room
    sees are kept as screenshots, screen by screen."""
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    pg = context.new_page()
    found = {}
    try:
        for name in PAGES:
            visit(pg, server, name, "present=1")
            sidebar_collapsed(pg)
            wait_charts(pg)
            if name in ROOM_PAGES:
                screens(pg, str(shots / f"room-{name}-{size}"), most=12)
            open_expanders(pg)
            if wide := sideways(pg):
                found[name] = wide
                pg.screenshot(path=str(shots / f"sideways-{name}-{size}.png"))
            assert_no_exception(pg)
    finally:
        context.close()
    assert not found, f"wider than the window or scrolling sideways at {size}: {found}"


@pytest.mark.parametrize("screen", ["1280-present", "390"])
def test_the_answer_is_on_the_first_screen(browser, server, shots, screen):
    """The overview's verdict counts and both index cards lie whole within the first screen: a 1280×720
    projector in presentation mode and a 390×844 phone; the 14 verdicts follow."""
    size, present = screen.split("-")[0], screen.endswith("present")
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    pg = context.new_page()
    try:
        open_page(pg, path_url(server, "overview", "present=1" if present else ""))
        if present or size == "390":
            sidebar_collapsed(pg)
        wait_charts(pg)
        boxes = answer_boxes(pg)
        pg.screenshot(path=str(shots / f"answer-{screen}.png"))
        print(screen, boxes)
        for key, box in boxes.items():
            assert box is not None, f"{key} is not on the page"
            assert box["top"] >= 0 and box["left"] >= 0 and box["bottom"] <= height and box["right"] <= width, (key, box)
        assert boxes["ov_answer"]["bottom"] <= min(boxes["ov_card_pci"]["top"], boxes["ov_card_par"]["top"])
        first_verdict = pg.get_by_text("Hạng PAR INDEX", exact=True).first.bounding_box()
        assert first_verdict["y"] >= max(boxes["ov_card_pci"]["bottom"], boxes["ov_card_par"]["bottom"])
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
            with rerun_after(pg):
                thumb.press("ArrowRight")
                expect(thumb).to_have_attribute("aria-valuetext", f"{5.78 + step / 10:.2f}".replace(".", ","))
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


#: Cells of static tables where a word is wider than the cell's content box (so the browser broke it inside):
#: each word (a hyphen, a dash or a slash ends one: the browser may break after it) is measured in a span of the
#: cell's own font.
BROKEN_WORDS_JS = """() => {
  const out = [];
  for (const cell of document.querySelectorAll('[data-testid=stMain] [data-testid=stTable] :is(td, th)')) {
    const style = getComputedStyle(cell);
    const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const probe = document.createElement('span');
    probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
    probe.style.font = style.font;
    document.body.appendChild(probe);
    // a word as the browser may break it: at spaces and zero-width spaces, and after a hyphen, dash or slash
    for (const word of cell.innerText.split(/[\\s\\u200b]+/).flatMap(w => w.split(/(?<=[-\\u2013\\/])/)).filter(Boolean)) {
      probe.textContent = word;
      if (probe.getBoundingClientRect().width > room + 1) out.push(`${word} (${Math.round(probe.getBoundingClientRect().width)} > ${Math.round(room)})`);
    }
    probe.remove();
  }
  return out.slice(0, 12);
}"""


def test_a_phone_in_presentation_mode_keeps_a_wide_tables_words_whole(browser, server, shots):
    """390 px in presentation mode, the PCI page's tables open: the sub-indices' table (11 columns) keeps its
    words whole ("Điểm", "2016") and scrolls in its own box, rather than breaking them letter by letter."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    pg = context.new_page()
    try:
        open_page(pg, path_url(server, "pci", "present=1"))
        wait_charts(pg)
        open_expanders(pg)
        assert pg.locator("[data-testid=stMain] [data-testid=stTable]").count() >= 4  # the tables are drawn
        broken = pg.evaluate(BROKEN_WORDS_JS)
        if broken:
            pg.screenshot(path=str(shots / "broken-words-pci-390-present.png"))
        assert not broken, f"words broken inside a table cell: {broken}"
        assert_no_exception(pg)
    finally:
        context.close()
