"""End-to-end: every page in a real browser, sliders moved with the keyboard, language, links."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from helpers import (TIMEOUT, assert_no_exception, choose, metric_box, metric_value, open_page, rerun_after, slider_thumb,
                     wait_idle)

PAGES = ["overview", "pci", "peers", "par_index", "one_stop", "targets", "projects", "statistics", "scenarios",
         "data_sources"]
SIZES = {"desktop": (1440, 900), "phone": (390, 844)}

# What each page must show: its title, and a figure printed in Decision 688 (where the decision prints it).
PAGE_FIGURES = {
    # the overview leads with the latest results: PCI 2024 rank 33 of 63 (Kế hoạch 3710/KH-UBND, 10/7/2025)
    "overview": ("Tổng quan: kết quả Đề án 2021-2025", "33/63"),
    "pci": ("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "61,98"),  # PL03, CHỈ SỐ PCI, năm 2020, điểm số
    # PCI 2024 among the 14: six peers ranked above Lai Châu's 33/63, 7 of the 7 known (reference §5)
    "peers": ("Lai Châu trong vùng trung du và miền núi phía Bắc", "7/7"),
    "par_index": ("Chỉ số cải cách hành chính (PAR INDEX)", "79,51"),  # PL04, Tổng cộng, năm 2019, điểm số
    "one_stop": ("Một cửa, một cửa liên thông và dịch vụ công trực tuyến", "1.543"),  # PL07 mục 1, năm 2016
    "targets": ("Mục tiêu 2025/2030: kết quả và triển vọng", "54,87%"),  # PL01 mục II.2, kết quả 2016-2020 ("… đạt 54,87%")
    "projects": ("Dự án & kinh phí", "112.070"),    # PL02, TỔNG CỘNG, dự kiến kinh phí (triệu đồng)
    "statistics": ("Thống kê cải cách hành chính 2016-2020", "82,96%"),  # PL05 mục 5, hài lòng chung, 2019
    "scenarios": ("Kịch bản", "61,98"),             # PL03, CHỈ SỐ PCI, năm 2020 (the "actual" scenario)
    "data_sources": ("Dữ liệu và nguồn", "67,41"),  # PL04, Tổng cộng, năm 2016 (the audit's first mismatch)
}


def _expect_figure(pg, name: str, figure: str) -> None:
    """Wait until page ``name`` shows ``figure`` where a reader sees it (visible text only). Tables are
    drawn on a canvas, so where a page has its figure only in a table, look where the page also gives
    it: the chosen target's key figures (targets) or the downloadable comparison (scenarios)."""
    if name == "scenarios":
        wait_idle(pg)  # a click while the page still runs may meet a button of the run before
        with pg.expect_download(timeout=TIMEOUT) as download:
            pg.locator("[data-testid=stDownloadButton]").filter(has_text="Tải bản so sánh").first.click()
        with open(download.value.path(), encoding="utf-8") as f:
            html = f.read()
        assert figure in html, f"the scenarios comparison does not show {figure}"
        return
    where = pg.locator("[data-testid=stMain]")
    if name == "targets":
        choose(pg, "Chọn chỉ tiêu", "đủ điều kiện được cung cấp")
        where = metric_box(pg, "Mới nhất")
    expect(where).to_contain_text(figure, use_inner_text=True, timeout=TIMEOUT)


def _record_dialogs(pg) -> list[str]:
    """Dismiss and record every dialog (alert, confirm, prompt) the page opens: a test fails on any."""
    opened: list[str] = []

    def on_dialog(dialog):
        opened.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    return opened


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="vi-VN")
    pg = context.new_page()
    dialogs = _record_dialogs(pg)
    yield pg
    context.close()
    assert not dialogs, f"the page opened a dialog: {dialogs}"


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("size", list(SIZES))
def test_every_page_renders(browser, server, shots, name, size):
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    pg = context.new_page()
    dialogs = _record_dialogs(pg)
    title, figure = PAGE_FIGURES[name]
    try:
        open_page(pg, f"{server}/{'' if name == 'overview' else name}")
        assert_no_exception(pg)
        expect(pg.locator("h1").first).to_have_text(title, timeout=TIMEOUT)
        pg.wait_for_timeout(800)  # let the charts draw
        pg.screenshot(path=str(shots / f"{name}-{size}.png"), full_page=True)
        _expect_figure(pg, name, figure)
        assert_no_exception(pg)
        assert not dialogs, f"the page opened a dialog: {dialogs}"
    finally:
        context.close()


def test_pci_slider_by_keyboard(page, server):
    open_page(page, f"{server}/pci")
    assert metric_value(page, "PCI tổng hợp theo kịch bản") == "61,98"
    thumb = slider_thumb(page, "Tiếp cận đất đai")
    thumb.focus()
    for step in range(1, 11):  # 10 × 0.1 = +1 point on land access (weight 5%), one answer per press
        with rerun_after(page):
            thumb.press("ArrowRight")
            expect(thumb).to_have_attribute("aria-valuetext", f"{5.78 + step / 10:.2f}".replace(".", ","))
    expect(metric_box(page, "PCI tổng hợp theo kịch bản").locator("[data-testid=stMetricValue]")).to_have_text(
        "62,48", timeout=TIMEOUT)
    assert "pci_land=6.78" in page.url
    assert_no_exception(page)


def test_target_slider_by_keyboard(page, server):
    open_page(page, f"{server}/targets?pace_online_l34=2.25")
    choose(page, "Chọn chỉ tiêu", "đủ điều kiện được cung cấp")
    expect(metric_box(page, "Dự báo 2025").locator("[data-testid=stMetricValue]")).to_have_text(
        "66,12%", timeout=TIMEOUT)  # 54.87 + 5 × 2.25
    page.get_by_text("Tốc độ giả định của từng chỉ tiêu", exact=True).click()
    thumb = slider_thumb(page, "Tỷ lệ TTHC đủ điều kiện")
    expect(thumb).to_have_attribute("aria-valuetext", "2,25")  # the expander is open and the slider drawn
    thumb.focus()
    with rerun_after(page):
        thumb.press("ArrowLeft")  # 2.25 → 2.00 points per year
        expect(thumb).to_have_attribute("aria-valuetext", "2,00")
    expect(metric_box(page, "Dự báo 2025").locator("[data-testid=stMetricValue]")).to_be_visible(timeout=TIMEOUT)
    # the URL's value itself, not a prefix of it ("pace_online_l34=2.25" contains "pace_online_l34=2")
    page.wait_for_function("() => parseFloat(new URLSearchParams(location.search).get('pace_online_l34')) === 2",
                           timeout=TIMEOUT)
    expect(metric_box(page, "Dự báo 2025").locator("[data-testid=stMetricValue]")).to_have_text(
        "64,87%", timeout=TIMEOUT)  # 54.87 + 5 × 2
    assert_no_exception(page)


LANG = {"vi": "Tiếng Việt", "en": "English"}
PCI_TITLE = {"vi": "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "en": "Provincial Competitiveness Index"}
COMPOSITE = {"vi": "PCI tổng hợp theo kịch bản", "en": "Scenario PCI composite"}
LAND = {"vi": "Tiếp cận đất đai", "en": "Land access"}
TRANSPARENCY = {"vi": "Tính minh bạch", "en": "Transparency"}
REF_YEAR = {"vi": "Năm tham chiếu để ước tính hạng", "en": "Reference year for the rank estimate"}


def _num(text: str, lang: str) -> str:
    return text.replace(".", ",") if lang == "vi" else text


@pytest.mark.parametrize("start, other", [("vi", "en"), ("en", "vi")])
def test_language_switch_keeps_page_and_sliders(page, server, start, other):
    """A switch keeps every slider and choice where it was, and the next key press moves only its own
    slider (issue 16: every slider dropped to its lowest option and the next press broke the page)."""
    open_page(page, f"{server}/pci?pci_land=6.78&pci_ref=2016&lang={start}")
    assert metric_value(page, COMPOSITE[start]) == _num("62.48", start)  # 61,98 + 5% × 1,00 × 10
    with rerun_after(page):
        page.get_by_role("radio", name=LANG[other]).click()
    expect(page.locator("h1").first).to_contain_text(PCI_TITLE[other], timeout=TIMEOUT)
    assert "/pci" in page.url
    expect(slider_thumb(page, LAND[other])).to_have_attribute("aria-valuetext", _num("6.78", other))
    expect(slider_thumb(page, "Chi phí thời gian" if other == "vi" else "Time costs")).to_have_attribute(
        "aria-valuetext", _num("6.04", other))
    ref = page.locator("[data-testid=stSelectbox]").filter(has_text=REF_YEAR[other]).first.locator("input")
    expect(ref).to_have_value(re.compile(r"^2016 "))
    assert metric_value(page, COMPOSITE[other]) == _num("62.48", other)
    thumb = slider_thumb(page, TRANSPARENCY[other])
    thumb.focus()
    thumb.press("ArrowRight")  # 6,50 → 6,60 at 20%: + 0,20
    expect(thumb).to_have_attribute("aria-valuetext", _num("6.60", other))
    page.wait_for_function("() => new URLSearchParams(location.search).get('pci_transparency') === '6.6'",
                           timeout=TIMEOUT)
    expect(metric_box(page, COMPOSITE[other]).locator("[data-testid=stMetricValue]")).to_have_text(
        _num("62.68", other), timeout=TIMEOUT)
    expect(slider_thumb(page, LAND[other])).to_have_attribute("aria-valuetext", _num("6.78", other))
    expect(ref).to_have_value(re.compile(r"^2016 "))
    query = page.evaluate("() => Object.fromEntries(new URLSearchParams(location.search))")
    assert query["pci_land"] == "6.78" and query["pci_ref"] == "2016" and query.get("lang", "vi") == other
    assert_no_exception(page)


@pytest.mark.parametrize("start, other", [("vi", "en"), ("en", "vi")])
def test_language_switch_keeps_the_target_paces(page, server, start, other):
    """The targets page: a pace from a link survives the switch, the next press moves it by one step, no
    other pace moves and no plan label reaches the link."""
    open_page(page, f"{server}/targets?pace_online_l34=2.25&lang={start}")
    with rerun_after(page):
        page.get_by_role("radio", name=LANG[other]).click()
    page.get_by_text("Tốc độ giả định của từng chỉ tiêu" if other == "vi" else "Each target's assumed pace",
                     exact=True).click()
    thumb = slider_thumb(page, "Tỷ lệ TTHC đủ điều kiện" if other == "vi" else "Share of eligible procedures")
    expect(thumb).to_have_attribute("aria-valuetext", _num("2.25", other))
    thumb.focus()
    with rerun_after(page):
        thumb.press("ArrowLeft")  # 2,25 → 2,00
        expect(thumb).to_have_attribute("aria-valuetext", _num("2.00", other))
    page.wait_for_function("() => parseFloat(new URLSearchParams(location.search).get('pace_online_l34')) === 2",
                           timeout=TIMEOUT)
    query = page.evaluate("() => Object.fromEntries(new URLSearchParams(location.search))")
    assert {k for k in query if k.startswith("pace_")} == {"pace_online_l34"}, query
    assert "plan" not in query
    assert_no_exception(page)


def test_shared_link_and_tampered_parameters(page, server):
    """Hostile values and names in a link: the scenario still opens, the warning names the bad keys
    as text, and nothing of the link becomes markup, a script or a dialog. Checked on the DOM itself
    (Playwright's text selectors skip <script> elements, so they cannot see an injected one)."""
    dialogs = _record_dialogs(page)
    open_page(page, f"{server}/pci?pci_land=6.78&pci_time=%3Cscript%3Ealert(1)%3C/script%3E"
                    "&%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E=1&junk=%3Csvg%20onload%3Dalert(3)%3E")
    assert metric_value(page, "PCI tổng hợp theo kịch bản") == "62,48"
    warning = page.locator("[data-testid=stAlert]").filter(has_text="không hợp lệ").first
    expect(warning).to_be_visible(timeout=TIMEOUT)
    shown = warning.inner_text()
    assert "pci_time" in shown and "junk" in shown and "?" in shown  # the unprintable key is named "?"
    assert "alert" not in shown and "<" not in shown  # values are never echoed
    page.wait_for_timeout(500)
    scripts = page.evaluate("() => Array.from(document.querySelectorAll('script'))"
                            ".map(s => (s.src || '') + ' ' + s.textContent)")
    assert not [s for s in scripts if "alert" in s], scripts
    injected = page.evaluate("""() => Array.from(document.querySelectorAll('*')).filter(e =>
        Array.from(e.attributes).some(a => a.name.startsWith('on')) || (e.tagName === 'IMG' && e.getAttribute('src') === 'x'))
        .map(e => e.outerHTML.slice(0, 200))""")
    assert injected == []
    html = page.content()
    assert "<script>alert" not in html and "onerror=" not in html and "onload=" not in html
    assert "alert(" not in page.locator("[data-testid=stMain]").inner_text()
    assert dialogs == []
    assert_no_exception(page)


def test_overview_by_its_own_path(page, server):
    """A shared link to /overview opens the overview (it used to say "Page not found": the default page
    is served at the root only)."""
    open_page(page, f"{server}/")
    root_title = page.locator("h1").first.inner_text()
    open_page(page, f"{server}/overview")
    assert_no_exception(page)
    expect(page.locator("h1").first).to_have_text(root_title, timeout=TIMEOUT)
