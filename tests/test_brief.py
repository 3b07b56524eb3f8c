"""Briefs that state their assumptions (the scenario brief and the comparison)."""
import re
from datetime import date

import pytest

from reform.views import brief
from reform.views import compare

TWO_MOVED = {"pci_land": 6.78, "pace_time_cut": 3.0}  # the decision: land 5.78 (PL03, 2020); trend 1.918 a year


def _row(html: str, label: str) -> str:
    """The <tr> whose first cell is ``label``, as text without tags."""
    m = re.search(r"<tr><td>" + re.escape(label) + r".*?</tr>", html)
    assert m, label
    return re.sub(r"<[^>]+>", "|", m.group(0))


@pytest.fixture(autouse=True)
def state_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("REFORM_STATE_DIR", str(tmp_path / "scenarios"))


def test_brief_lists_both_moved_sliders_with_decision_values():
    html = brief.scenario_brief("Đất đai +1", "", TWO_MOVED, "vi", "http://host/scenarios?pci_land=6.78", "abc123")
    land = _row(html, "Điểm PCI: Tiếp cận đất đai")
    assert "|5,78|" in land and "|6,78" in land  # decision value, scenario value
    pace = _row(html, "Tốc độ: Cắt giảm thời gian TTHC")
    assert "+1,92 điểm %/năm" in pace and "+3,00 điểm %/năm" in pace and "(giả định)" in pace
    assert html.count("<tr><td>Điểm PCI") == 1 and "Điểm PAR INDEX" not in html  # nothing else moved
    # paces the decision has no series for are assumptions even when not moved
    assert "Tốc độ giả định mặc định" in html and "DVC mức 4 trên di động +16,00 điểm %/năm" in html


def test_brief_carries_date_data_version_and_link():
    html = brief.scenario_brief("Đất đai +1", "", TWO_MOVED, "vi", "http://host/scenarios?pci_land=6.78", "abc123")
    today = date.today()
    assert f"Ngày lập: {today.day:02d}/{today.month:02d}/{today.year}" in html
    assert "phiên bản dữ liệu abc123" in html and "http://host/scenarios?pci_land=6.78" in html
    en = brief.scenario_brief("Land +1", "", TWO_MOVED, "en", "http://host/?x=1", "abc123")
    assert f"Date: {today.isoformat()}" in en and "data version abc123" in en
    assert "PCI score: Land access" in en and "(assumed)" in en


def test_a_pace_without_series_names_its_assumed_default():
    html = brief.scenario_brief("x", "", {"pace_online_l34": 2.0}, "vi", None, "v")
    row = _row(html, "Tốc độ: DVC trực tuyến mức 3-4")
    assert "không có chuỗi số liệu (mặc định giả định +5,03 điểm %/năm)" in row and "+2,00 điểm %/năm" in row


def test_unchanged_scenario_says_so():
    html = brief.scenario_brief("x", "", {}, "vi", None, "v")
    assert "Không có giá trị nào khác số liệu của Quyết định" in html


def test_brief_ranks_are_whole():
    html = brief.scenario_brief("x", "", {}, "vi", None, "v")
    par = _row(html, "Hạng PAR INDEX")
    # 56 in 2024, −0.5 a year (the 2016-2019 trend): 55.5 in 2025 reads 56 (halves up), 53 in 2030
    assert "|56 (2024)|" in par and "|56|" in par and "|53 " in par
    assert not re.search(r"\|\d+,\d+\|", _row(html, "Hạng PCI"))  # no decimals in any rank cell


def test_comparison_lists_each_scenarios_assumptions_and_links():
    named = {"Thực tế": {}, "Đất đai +1": {"pci_land": 6.78}, "Nhanh": {"pace_time_cut": 3.0, "pace_factor": 1.2}}
    links = {n: f"http://host/?s={i}" for i, n in enumerate(named)}
    html = brief.comparison_brief(named, {"Nhanh": "ghi chú"}, "vi", "abc123", links)
    land = _row(html, "Điểm PCI: Tiếp cận đất đai")
    assert land.count("5,78") == 3 and "6,78" in land  # decision, Thực tế, Nhanh at 5.78; Đất đai +1 at 6.78
    factor = _row(html, "Mức thực hiện chung")
    assert "|100%|" in factor and "120%" in factor and "(giả định)" in factor
    assert all(url in html for url in links.values()) and "phiên bản dữ liệu abc123" in html
    assert "47 (41–50)" in html or re.search(r"\d+ \(\d+–\d+\)", html)  # rank estimates as whole ranks


def test_assumptions_frame():
    df = compare.assumptions({"a": TWO_MOVED})
    changed = df[df["changed"]].set_index("key")
    assert list(changed.index) == ["pci_land", "pace_time_cut"]
    assert changed.at["pci_land", "decision"] == pytest.approx(5.78) and changed.at["pci_land", "a"] == 6.78
    assert changed.at["pace_time_cut", "assumed"] == "scenario"
    required = df[df["assumed"] == "required"]
    assert len(required) == 11 and required["decision"].isna().all()  # PL01 targets without a series


def test_a_new_section_is_one_function():
    def verdicts(b: brief.Brief) -> str:
        return f"<h2>Kết luận</h2><p>{len(b.names)}</p>"

    b = brief.Brief("vi", {"x": {}}, data_version="v")
    html = brief.render(b, "Tóm tắt", brief.SCENARIO_SECTIONS + (verdicts,))
    assert html.index("Các chỉ tiêu") < html.index("<h2>Kết luận</h2><p>1</p>")


def test_scenario_brief_carries_the_measured_verdicts_apart_from_the_scenario():
    """The verdicts are measured results: the same in a brief of any scenario, and said before its figures."""
    plain = brief.scenario_brief("x", "", {}, "vi", None, "v")
    moved = brief.scenario_brief("y", "", {"pace_factor": 2.0, "pci_land": 9.0}, "vi", None, "v")
    line = re.search(r'<p class="verdicts">.*?</p>', plain).group(0)
    assert line in moved
    text = re.sub(r"<[^>]+>", "", line)
    assert "✔ 1 đạt · ✖ 1 chưa đạt · ○ 12 chưa có số liệu" in text
    # PCI 2024: rank 33 of 63 (better than band 45-55): met; PAR INDEX 2024: 56 of 63 (band 45-50): not met
    assert "Hạng PCI: hạng 33/63 (2024), ✔ Đạt (tạm tính theo kết quả năm 2024)" in text
    assert "Hạng PAR INDEX: hạng 56/63 (2024), ✖ Chưa đạt (tạm tính theo kết quả năm 2024)" in text
    assert plain.index('class="verdicts"') < plain.index("<h2>")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_brief_says_each_verdict_and_outlook_in_the_pages_words(lang):
    """One word per outlook across page, brief and report: the brief's measured results read the words of
    the pages' presenter (reform/views/verdicts.py), and the brief's table has no verdict words of its own."""
    from reform.i18n import catalog
    from reform.model import verdicts
    from reform.views import verdicts as page

    html = brief.scenario_brief("x", "", {}, lang, None, "v")
    line = re.sub(r"<[^>]+>", "", re.search(r'<p class="verdicts">.*?</p>', html).group(0))
    measured = [v for v in verdicts.verdicts() if v["latest_year"] is not None]
    assert measured
    for v in measured:
        assert page.outlook_text(v, lang) in line and page.verdict_text(v, lang) in line
    assert ("Đi lùi" if lang == "vi" else "Moving away") in line  # PAR INDEX 2030 outlook
    assert not [k for k in catalog.keys("brief") if re.match(r"(v|o)_", k)]


def test_a_slider_of_another_pci_method_is_named_by_its_method_and_component():
    """Sliders of a method other than the decision's (``pci_<method>_<component>``) read as words in the brief,
    never as their URL key (it printed "pci_pci_2022_composite")."""
    from reform.views.brief import param_label

    assert param_label("pci_pci_2022_composite", "vi") == \
        "PCI 2022-2024 (phương pháp sửa đổi): điểm tổng hợp (thay đổi so với điểm công bố)"
    assert param_label("pci_pci_2022_composite", "en").endswith(": composite (change from the published score)")
    assert param_label("pci_pci_2_0_land", "vi").endswith(": Tiếp cận đất đai")
    assert param_label("pci_land", "vi") == "Điểm PCI: Tiếp cận đất đai"  # the decision's own, as before
