"""WCAG 2.1 AA in a real browser (issue 17, item 7): axe-core on every page in both languages and in
presentation mode, scrolled through with every expander open; ``<html lang>`` and the title of each page;
every chart with a description; the keyboard path from the skip link to the first what-if slider, whose
figure changes and is announced by the live region.

axe-core comes bundled with ``axe-playwright-python`` (no network). Every wait is on a condition.
"""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from helpers import TIMEOUT
from room_helpers import open_expanders
from reform.i18n import common, tr
from reform.ui import shell

#: (URL path, title key) of every page of the navigation.
PAGES = [("/" if i == 0 else "/" + path[6:-3], key) for i, (path, key, _icon) in enumerate(shell.PAGES)]
#: axe-core's impacts a page may not have.
BLOCKING = ("critical", "serious")
APP = "CCHC & PCI Lai Châu"


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    pg = context.new_page()
    yield pg
    context.close()


def settled(page: Page) -> None:
    """Streamlit's run is over (the app's own script state) and the page has its heading."""
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]", timeout=TIMEOUT)
    expect(page.locator("h1").first).to_be_visible(timeout=TIMEOUT)
    page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=TIMEOUT)


def open_all(page: Page) -> None:
    """Open every expander, scroll through the page to its end, and wait until every chart is drawn."""
    open_expanders(page, "")  # every expander the page shows, one at a time (each table's run before the next click)
    settled(page)
    page.evaluate("""async () => {
        const step = Math.max(200, window.innerHeight - 100);
        const boxes = [document.scrollingElement, ...document.querySelectorAll('section.stMain, [data-testid=stMain]')];
        for (const box of boxes) {
            for (let y = 0; y < box.scrollHeight; y += step) {
                box.scrollTop = y;
                await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
            }
        }
    }""")
    page.wait_for_function("""() => [...document.querySelectorAll('[data-testid=stVegaLiteChart]')]
        .every(c => c.querySelector('canvas, svg'))""", timeout=TIMEOUT)
    settled(page)


def axe_violations(page: Page) -> list[dict]:
    from axe_playwright_python.sync_playwright import Axe

    return Axe().run(page).response["violations"]


def _describe(violations: list[dict]) -> str:
    return "\n".join(f"{v['impact']} {v['id']}: {v['help']} ({len(v['nodes'])}×, e.g. {v['nodes'][0]['target']}: "
                     f"{v['nodes'][0].get('failureSummary', '')[:200]})" for v in violations)


@pytest.mark.parametrize("mode", ["vi", "en", "present"])
@pytest.mark.parametrize("path,key", PAGES, ids=[k for _p, k in PAGES])
def test_no_serious_violation_lang_title_and_chart_descriptions(page, server, path, key, mode):
    lang = "en" if mode == "en" else "vi"
    query = {"vi": "", "en": "?lang=en", "present": "?present=1"}[mode]
    page.goto(server + path + query, timeout=TIMEOUT)
    settled(page)
    open_all(page)
    if mode == "present":  # the mode is on (its switch in the sidebar; a busy machine may draw it late)
        expect(page.locator("[data-testid=stSidebar] input[type=checkbox]").last).to_be_checked(timeout=TIMEOUT)
    # the language a screen reader reads the page in, and the tab's title naming the page
    expect(page.locator("html")).to_have_attribute("lang", lang, timeout=TIMEOUT)
    expect(page).to_have_title(f"{tr(common.TEXT, key, lang)} · {APP}", timeout=TIMEOUT)
    # every chart has a description in the page's language, never Vega's generic label
    charts = page.locator("[data-testid=stVegaLiteChart]")
    names = charts.evaluate_all("cs => cs.map(c => c.getAttribute('aria-label'))")  # those drawn (maybe none)
    start = "Biểu đồ: " if lang == "vi" else "Chart: "
    assert all((n or "").startswith(start) for n in names), names
    # what a screen reader reads inside a chart (its marks): words, never a field's name ("out_of: 63")
    # nor Vega's English ("X-axis titled …") on a Vietnamese page
    inside = page.locator("[data-testid=stVegaLiteChart] [aria-label]").evaluate_all(
        "els => els.map(e => e.getAttribute('aria-label'))")
    assert "Vega visualization" not in names + inside
    assert not [t for t in inside if re.search(r"(^|; )[a-z]+_[a-z0-9_]*: ", t)], inside[:5]
    assert not [t for t in inside if "axis titled" in t or "legend titled" in t], inside[:5]
    blocking = [v for v in axe_violations(page) if v["impact"] in BLOCKING]
    assert not blocking, _describe(blocking)


def test_pci_title_and_language_switch_change_lang(page, server):
    page.goto(server + "/pci", timeout=TIMEOUT)
    settled(page)
    expect(page).to_have_title("Chỉ số PCI · CCHC & PCI Lai Châu", timeout=TIMEOUT)
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    page.locator("[data-testid=stSidebar]").get_by_text("English", exact=True).click()
    expect(page.locator("html")).to_have_attribute("lang", "en", timeout=TIMEOUT)
    expect(page).to_have_title(f"{tr(common.TEXT, 'page_pci', 'en')} · {APP}", timeout=TIMEOUT)


def _focused(page: Page) -> dict:
    return page.evaluate("""() => { const e = document.activeElement;
        return {id: e.id, role: e.getAttribute('role'), tag: e.tagName, text: (e.textContent || '').trim(),
                inMain: !!e.closest('section.stMain, [data-testid=stMain]'),
                type: e.type, label: e.getAttribute('aria-label'),
                first: e === document.querySelector('[data-testid=stMain] [data-testid=stSlider] input[type=range]'),
                ring: (() => { const t = e.closest('[data-testid=stSlider]') && e.parentElement.parentElement;
                               const s = getComputedStyle(t || e); return s.outlineStyle + ' ' + s.outlineWidth
                               + ' ' + s.outlineColor; })()}; }""")


@pytest.mark.parametrize("present", [False, True], ids=["screen", "present"])
def test_keyboard_reaches_the_first_slider_and_hears_the_figure_change(page, server, shots, present):
    page.goto(server + "/pci" + ("?present=1" if present else ""), timeout=TIMEOUT)
    settled(page)
    expect(page.locator("[data-testid=stMain] [data-testid=stSlider]").first).to_be_attached(timeout=2 * TIMEOUT)
    page.locator("body").focus()
    presses = 0
    while _focused(page)["id"] != "reform-skip":
        presses += 1
        assert presses <= 5, f"the skip link is not among the first 5 Tab stops: {_focused(page)}"
        page.keyboard.press("Tab")
    skip = page.locator("#reform-skip")
    expect(skip).to_have_text("Chuyển đến phần giả định")
    expect(skip).to_be_in_viewport()  # shown once focused (hidden off screen otherwise)
    page.screenshot(path=str(shots / f"a11y_skip_link{'_present' if present else ''}.png"))
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement && document.activeElement.type === 'range'", timeout=TIMEOUT)
    focused = _focused(page)
    assert focused["inMain"] and focused["first"], focused
    assert focused["ring"] == "solid 3px rgb(17, 17, 17)", focused  # the ring on the visible thumb
    page.screenshot(path=str(shots / f"a11y_slider_focus{'_present' if present else ''}.png"))

    label = tr(__import__("reform.i18n.pci", fromlist=["TEXT"]).TEXT, "composite_scenario", "vi")
    value = page.locator("[data-testid=stMetric]").filter(
        has=page.locator("[data-testid=stMetricLabel]", has_text=label)).locator("[data-testid=stMetricValue]")
    before = value.inner_text().strip()
    page.keyboard.press("ArrowRight")
    expect(value).not_to_have_text(before, timeout=TIMEOUT)
    after = value.inner_text().strip()
    live = page.locator("#reform-live")
    expect(live).to_have_attribute("aria-live", "polite")
    expect(live).to_contain_text(f"{label}: {after}", timeout=TIMEOUT)
    # the focus stays on the slider, so the next press moves it again
    assert _focused(page)["type"] == "range"


@pytest.mark.parametrize("path,key", PAGES, ids=[k for _p, k in PAGES])
def test_headings_in_order(page, server, path, key):
    """One h1, then h2 before any h3: never a level skipped on the way down (WCAG 1.3.1; axe calls it moderate,
    so the test above does not)."""
    page.goto(server + path, timeout=TIMEOUT)
    settled(page)
    open_all(page)
    levels = page.locator("[data-testid=stMain] :is(h1, h2, h3, h4, h5, h6)").evaluate_all(
        "hs => hs.filter(h => h.getClientRects().length).map(h => +h.tagName[1])")
    assert levels and levels[0] == 1 and levels.count(1) == 1, levels
    assert all(b <= a + 1 for a, b in zip(levels, levels[1:])), levels


def test_streamlit_help_buttons_are_named_in_the_pages_language(page, server):
    """Streamlit names every help button "Help for <label>" in English whatever the page's language; a
    Vietnamese page names them in Vietnamese (reform/ui/a11y.py), an English page keeps Streamlit's words."""
    page.goto(server + "/targets", timeout=TIMEOUT)
    settled(page)
    helps = page.locator("[data-testid=stMain] [aria-label^='Trợ giúp: ']")
    expect(helps.first).to_be_attached(timeout=TIMEOUT)
    expect(page.locator("[aria-label='Thu gọn thanh bên']")).to_be_attached(timeout=TIMEOUT)
    page.wait_for_function("() => !document.querySelector('[data-testid=stMain] [aria-label^=\"Help\"]')", timeout=TIMEOUT)
    page.locator("[data-testid=stSidebar]").get_by_text("English", exact=True).click()
    expect(page.locator("html")).to_have_attribute("lang", "en", timeout=TIMEOUT)
    expect(page.locator("[data-testid=stMain] [aria-label^='Help for ']").first).to_be_attached(timeout=TIMEOUT)
    page.wait_for_function("() => !document.querySelector('[data-testid=stMain] [aria-label^=\"Trợ giúp\"]')",
                           timeout=TIMEOUT)
