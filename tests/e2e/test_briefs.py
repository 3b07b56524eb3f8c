"""Briefs printed by Chromium (one A4 page each) and the Scenarios page in a real browser: the comparison
stacked on a phone, forms that keep what was typed."""
from __future__ import annotations

import re
import subprocess
import time

import pytest
from playwright.sync_api import expect

from helpers import TIMEOUT, assert_no_exception, open_page, wait_idle
from reform.views import brief
from reform.views import compare

LINK = "http://127.0.0.1:8501/scenarios?pci_land=7.0&pace_online_l34=2.0&pace_factor=0.8&par_legal=10.0&v=1"
NOTE = ("Giả định cho cuộc họp giao ban quý IV: đất đai cải thiện một điểm, dịch vụ công trực tuyến chậm hơn "
        "xu hướng, mức thực hiện chung 80%.")


def _three() -> dict[str, dict]:
    return {"Thực tế (số liệu mới nhất)": {},
            "Kịch bản A: đẩy mạnh dịch vụ công": {"pci_land": 7.0, "pace_online_l34": 2.0, "pace_factor": 0.8,
                                                  "par_legal": 10.0},
            "Tốc độ cần thiết (mọi mục tiêu đạt đúng năm 2025)": compare.preset("required")}


def _briefs(lang: str) -> dict[str, str]:
    three = _three()
    return {
        "scenario": brief.scenario_brief("Kịch bản A: đẩy mạnh dịch vụ công", NOTE,
                                         three["Kịch bản A: đẩy mạnh dịch vụ công"], lang, LINK, "abc123def456"),
        "compare3": brief.comparison_brief(three, {"Kịch bản A: đẩy mạnh dịch vụ công": NOTE}, lang, "abc123def456",
                                           {n: LINK for n in three}),
    }


def _pdf_pages(path) -> tuple[int, str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+(.*)$", info, re.M).group(1)
    return pages, size


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_each_brief_prints_on_one_a4_page(browser, shots, tmp_path, lang):
    context = browser.new_context()
    pg = context.new_page()
    try:
        for kind, html in _briefs(lang).items():
            pg.set_content(html)
            path = shots / f"brief-{kind}-{lang}.pdf"
            pg.pdf(path=str(path), prefer_css_page_size=True, print_background=True)
            pages, size = _pdf_pages(path)
            assert "(A4)" in size, (kind, size)
            assert pages == 1, f"{kind} ({lang}) prints on {pages} pages"
            pg.screenshot(path=str(shots / f"brief-{kind}-{lang}.png"), full_page=True)
    finally:
        context.close()


def test_the_page_counter_sees_a_second_page(browser, tmp_path):
    """The oracle itself: a brief made twice as long prints on two pages."""
    html = _briefs("vi")["compare3"]
    body = html.split("<body>", 1)[1]
    context = browser.new_context()
    pg = context.new_page()
    try:
        pg.set_content(html.replace("</body>", body))
        pg.pdf(path=str(tmp_path / "double.pdf"), prefer_css_page_size=True)
        assert _pdf_pages(tmp_path / "double.pdf")[0] >= 2
    finally:
        context.close()


#: The width of an A4 page's printed area (210 mm less the brief's 12 mm margins) in CSS pixels.
A4_PRINTED_PX = (210 - 2 * 12) / 25.4 * 96

#: Every drawn text of the brief's chart (hidden axis labels left out: Vega hides those that would overlap)
#: with its box as laid out for print, and the chart's box.
_CHART_TEXTS = """() => {
  const svg = document.querySelector('.chart svg');
  const box = r => ({left: r.left, right: r.right, top: r.top, bottom: r.bottom});
  const texts = [...svg.querySelectorAll('text')]
    .filter(t => t.getAttribute('opacity') !== '0' && getComputedStyle(t).visibility !== 'hidden')
    .map(t => ({text: t.textContent, label: !!t.closest('.role-axis-label'), ...box(t.getBoundingClientRect())}));
  return {svg: box(svg.getBoundingClientRect()), texts};
}"""


def _chart_problems(pg, names: list[str]) -> list[str]:
    """What is wrong with the printed chart: a text outside the chart or the page, two texts on top of each
    other, a target's label not whole (cut with "…" or missing)."""
    got = pg.evaluate(_CHART_TEXTS)
    svg, texts = got["svg"], got["texts"]
    out = []
    if svg["left"] < -0.5 or svg["right"] > A4_PRINTED_PX + 0.5:
        out.append(f"chart outside the printed area: {svg}")
    for t in texts:
        if t["left"] < svg["left"] - 0.5 or t["right"] > svg["right"] + 0.5 or t["top"] < svg["top"] - 0.5 \
                or t["bottom"] > svg["bottom"] + 0.5:
            out.append(f"cut by the chart's edge: {t['text']!r} {t}")
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            if min(a["right"], b["right"]) - max(a["left"], b["left"]) > 0.5 and \
                    min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > 0.5:
                out.append(f"overlap: {a['text']!r} and {b['text']!r}")
    labels = [t["text"] for t in texts if t["label"]]
    out += [f"label not whole: {n!r}" for n in names if n not in labels]
    return out


def _percent_names(lang: str) -> list[str]:
    from reform.i18n import pick
    from reform.model import scenario

    t = scenario.targets()
    return [pick(lang, v, e) for v, e in zip(t[t["unit"] == "%"]["short_vi"], t[t["unit"] == "%"]["short_en"])]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_brief_chart_prints_whole_with_labels_apart(browser, shots, lang):
    """The "Chỉ tiêu tỷ lệ" chart as printed on A4: within the page, every text inside the chart (row labels
    right-aligned to the axis ran off its left edge where the browser's font was wider than the one the
    labels were measured with), no two texts overlapping (the rows were 11 px apart for 13 px labels), every
    target's label whole (English ones were cut with "…"); the brief stays on one page."""
    context = browser.new_context(viewport={"width": round(A4_PRINTED_PX), "height": 1200})
    pg = context.new_page()
    try:
        pg.emulate_media(media="print")
        pg.set_content(_briefs(lang)["scenario"])
        assert _chart_problems(pg, _percent_names(lang)) == []
        pg.locator(".chart").screenshot(path=str(shots / f"brief-chart-{lang}.png"))
        path = shots / f"brief-chart-{lang}.pdf"
        pg.pdf(path=str(path), prefer_css_page_size=True, print_background=True)
        assert _pdf_pages(path)[0] == 1
    finally:
        context.close()


def test_the_chart_check_sees_a_cut_label(browser):
    """The oracle itself: the same chart drawn in a wider font than its labels were measured with (what a
    browser without the chart's fonts does) is reported as cut."""
    context = browser.new_context(viewport={"width": round(A4_PRINTED_PX), "height": 1200})
    pg = context.new_page()
    try:
        pg.emulate_media(media="print")
        wide = '<style>.chart svg text { font-family: "DejaVu Sans" !important; font-size: 13px !important; }</style>'
        pg.set_content(_briefs("en")["scenario"].replace("</head>", wide + "</head>"))
        problems = _chart_problems(pg, _percent_names("en"))
        assert any(p.startswith("cut by the chart's edge") for p in problems), problems
        assert any(p.startswith("overlap") for p in problems), problems
    finally:
        context.close()


def test_comparison_stacks_every_scenario_on_a_phone(browser, server, shots):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="vi-VN")
    pg = context.new_page()
    try:
        open_page(pg, f"{server}/scenarios?pci_land=6.78")
        assert_no_exception(pg)
        narrow = pg.locator("div[class*='st-key-resp_narrow_compare']")
        wide = pg.locator("div[class*='st-key-resp_wide_compare']")
        expect(narrow).to_be_visible(timeout=TIMEOUT)
        expect(wide).to_be_hidden()
        cards = narrow.locator("div[class*='st-key-compare_card_']")
        texts = narrow.inner_text()
        assert "Thực tế (số liệu mới nhất)" in texts and "Kịch bản đang xem" in texts
        boxes = [b for b in (cards.nth(i).bounding_box() for i in range(cards.count())) if b]
        assert len(boxes) >= 2
        assert all(b["x"] >= 0 and b["x"] + b["width"] <= 390 + 1 for b in boxes)  # each fits the phone
        assert boxes[1]["y"] >= boxes[0]["y"] + boxes[0]["height"] - 1  # stacked, not side by side
        cards.nth(1).scroll_into_view_if_needed()
        pg.wait_for_timeout(800)
        pg.screenshot(path=str(shots / "scenarios-compare-390.png"))  # the second card, on the phone screen
    finally:
        context.close()


def test_comparison_side_by_side_on_a_desktop(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 720}, locale="vi-VN")
    pg = context.new_page()
    try:
        open_page(pg, f"{server}/scenarios?pci_land=6.78")
        expect(pg.locator("div[class*='st-key-resp_wide_compare']")).to_be_visible(timeout=TIMEOUT)
        expect(pg.locator("div[class*='st-key-resp_narrow_compare']")).to_be_hidden()
    finally:
        context.close()


def test_a_pasted_long_name_and_a_failed_save_keep_the_text(browser, server, shots):
    from reform.model import saved as store

    name = f"e2e {time.time():.0f}"
    long_name = ("Kịch bản họp giao ban quý IV năm 2026 với tốc độ cải cách thủ tục hành chính nhanh gấp rưỡi nhé")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    pg = context.new_page()
    try:
        open_page(pg, f"{server}/scenarios")
        form = pg.locator("[data-testid=stForm]")
        field = form.locator("input[type=text]").first
        note = form.locator("textarea").first
        field.click()
        pg.keyboard.insert_text(long_name)  # what a paste does
        note.fill("ghi chú cuộc họp")
        assert field.input_value() == long_name  # no maxlength cuts or refuses the paste
        form.get_by_role("button", name="Lưu").click()
        wait_idle(pg)
        expect(pg.get_by_text("Tên dài 95 ký tự, quá giới hạn 80 ký tự", exact=False)).to_be_visible()
        assert field.input_value() == long_name and note.input_value() == "ghi chú cuộc họp"
        # a name that exists: the save fails and both fields keep their text
        store.save(name, {}, "", actor=store.Actor.for_editor("e2e"))
        field.fill(name)
        form.get_by_role("button", name="Lưu").click()
        wait_idle(pg)
        expect(pg.get_by_text("Đã có kịch bản mang tên này", exact=False)).to_be_visible()
        assert field.input_value() == name and note.input_value() == "ghi chú cuộc họp"
        pg.screenshot(path=str(shots / "scenarios-failed-save.png"), full_page=False)
    finally:
        context.close()
        for s in store.list_all():
            if s.name == name:
                store.delete(s.id, actor=store.Actor.for_editor("e2e"))
