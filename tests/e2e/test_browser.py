"""End-to-end: every page in a real browser, sliders moved with the keyboard, language, links."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from helpers import TIMEOUT, assert_no_exception, choose, metric_value, open_page, slider_thumb, wait_idle

PAGES = ["overview", "pci", "par_index", "one_stop", "targets", "projects", "statistics", "scenarios",
         "data_sources"]
SIZES = {"desktop": (1440, 900), "phone": (390, 844)}


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="vi-VN")
    pg = context.new_page()
    yield pg
    context.close()


@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("size", list(SIZES))
def test_every_page_renders(browser, server, shots, name, size):
    width, height = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    pg = context.new_page()
    try:
        open_page(pg, f"{server}/{'' if name == 'overview' else name}")
        assert_no_exception(pg)
        pg.wait_for_timeout(800)  # let the charts draw
        pg.screenshot(path=str(shots / f"{name}-{size}.png"), full_page=True)
    finally:
        context.close()


def test_pci_slider_by_keyboard(page, server):
    open_page(page, f"{server}/pci")
    assert metric_value(page, "PCI tổng hợp theo kịch bản") == "61,98"
    thumb = slider_thumb(page, "Tiếp cận đất đai")
    thumb.focus()
    for step in range(1, 11):  # 10 × 0.1 = +1 point on land access (weight 5%), one answer per press
        thumb.press("ArrowRight")
        expect(thumb).to_have_attribute("aria-valuetext", f"{5.78 + step / 10:.2f}".replace(".", ","))
        wait_idle(page)
    expect(page.locator("[data-testid=stMetric]").filter(has_text="PCI tổng hợp theo kịch bản")
           .locator("[data-testid=stMetricValue]")).to_have_text("62,48", timeout=TIMEOUT)
    assert "pci_land=6.78" in page.url
    assert_no_exception(page)


def test_target_slider_by_keyboard(page, server):
    open_page(page, f"{server}/targets?pace_online_l34=2.25")
    choose(page, "Chọn chỉ tiêu", "đủ điều kiện được cung cấp")
    assert metric_value(page, "Dự báo 2025") == "66,12%"  # 54.87 + 5 × 2.25
    page.get_by_text("Tốc độ giả định của từng chỉ tiêu", exact=True).click()
    thumb = slider_thumb(page, "Tỷ lệ TTHC đủ điều kiện")
    thumb.focus()
    thumb.press("ArrowLeft")  # 2.25 → 2.00 points per year
    wait_idle(page)
    expect(page.locator("[data-testid=stMetric]").filter(has_text="Dự báo 2025")
           .locator("[data-testid=stMetricValue]").first).to_be_visible(timeout=TIMEOUT)
    page.wait_for_function("() => location.search.includes('pace_online_l34=2')", timeout=TIMEOUT)
    assert metric_value(page, "Dự báo 2025") == "64,87%"
    assert_no_exception(page)


def test_language_switch_keeps_page_and_sliders(page, server):
    open_page(page, f"{server}/pci?pci_land=6.78")
    assert metric_value(page, "PCI tổng hợp theo kịch bản") == "62,48"
    page.get_by_role("radio", name="English").click()
    wait_idle(page)
    expect(page.locator("h1").first).to_contain_text("Provincial Competitiveness Index", timeout=TIMEOUT)
    assert metric_value(page, "Scenario PCI composite") == "62.48"
    assert "/pci" in page.url
    assert_no_exception(page)


def test_shared_link_and_tampered_parameters(page, server):
    open_page(page, f"{server}/pci?pci_land=6.78&pci_time=%3Cscript%3Ealert(1)%3C/script%3E&junk=1")
    assert metric_value(page, "PCI tổng hợp theo kịch bản") == "62,48"
    warning = page.locator("[data-testid=stAlert]").filter(has_text="không hợp lệ").first
    expect(warning).to_be_visible(timeout=TIMEOUT)
    assert page.locator("script:text('alert(1)')").count() == 0
    assert_no_exception(page)


def test_overview_by_its_own_path(page, server):
    """A shared link to /overview opens the overview (it used to say "Page not found": the default page
    is served at the root only)."""
    open_page(page, f"{server}/")
    root_title = page.locator("h1").first.inner_text()
    open_page(page, f"{server}/overview")
    assert_no_exception(page)
    expect(page.locator("h1").first).to_have_text(root_title, timeout=TIMEOUT)
