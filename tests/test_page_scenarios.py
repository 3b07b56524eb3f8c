"""Kịch bản / Scenarios page: save, open, presets, compare, links and the brief."""
import pytest

from apptest_util import metric, open_page, widget
from reform.views import brief
from reform.views import compare
from reform.model import saved as store


@pytest.fixture(autouse=True)
def state_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("REFORM_STATE_DIR", str(tmp_path / "scenarios"))


def test_save_then_open_from_another_session():
    at = open_page("pci", query={"pci_land": "6.78"})
    at.switch_page("pages/scenarios.py").run()
    at.text_input[0].input("Đất đai +1")
    at.text_area[0].input("họp giao ban")
    at.button(key="FormSubmitter:save_form-Lưu").click().run()
    assert not at.exception
    assert [s.name for s in store.list_all()] == ["Đất đai +1"]
    # a second computer: a fresh session opens the saved scenario
    other = open_page("scenarios")
    saved_id = store.list_all()[0].id
    other.button(key=f"preset_{saved_id}").click().run()
    other.switch_page("pages/pci.py").run()
    assert metric(other, "PCI tổng hợp theo kịch bản").value == "62,48"


def test_presets_switch_in_one_click():
    at = open_page("scenarios", query={"pci_land": "6.78"})
    at.button(key="preset_actual").click().run()
    at.switch_page("pages/pci.py").run()
    assert metric(at, "PCI tổng hợp theo kịch bản").value == "61,98"


def test_compare_table_shows_the_worked_figures():
    at = open_page("scenarios", query={"pci_land": "6.78", "pace_online_l34": "2"})
    table = next(d.value for d in at.dataframe if "Kịch bản" in d.value.columns).set_index("Kịch bản")
    assert table.loc["PCI tổng hợp", "Thực tế (số liệu mới nhất)"] == "61,98"
    assert table.loc["PCI tổng hợp", "Kịch bản đang xem"] == "62,48"
    assert table.loc["DVC trực tuyến mức 3-4: dự báo 2025", "Kịch bản đang xem"] == "64,87%"
    df = compare.comparison({"a": {}, "b": {"pci_land": 6.78, "pace_online_l34": 2.0}})
    row = df.set_index("key").loc["pci_composite"]
    assert row["a"] == pytest.approx(61.98) and row["b"] == pytest.approx(62.48) and row["differs"]
    proj = df.set_index("key").loc["online_l34.projected_2025"]
    assert proj["b"] == pytest.approx(64.87)  # 54,87 (2020) + 5 years × 2,0
    assert not df.set_index("key").loc["par_total", "differs"]


def test_brief_contains_the_scenario_figures():
    html = brief.scenario_brief("Đất đai <b>+1</b>", "ghi chú <script>x</script>",
                                {"pci_land": 6.78, "pace_online_l34": 2.0}, "vi", "?pci_land=6.78", "abc")
    assert "62,48" in html and "64,87%" in html and "■ Chững lại" in html
    assert "<script>" not in html and "&lt;b&gt;+1&lt;/b&gt;" in html
    assert "<svg" in html  # the chart is drawn on the server, no network needed
    assert "http" not in html.split("<svg", 1)[0].split("Mở lại")[0]  # no external resources in the head
    en = brief.scenario_brief("Land +1", "", {"pci_land": 6.78}, "en", None, "abc")
    assert "62.48" in en and "Scenario brief" in en


def test_comparison_brief_and_csv():
    named = {"Thực tế": {}, "Đất đai +1": {"pci_land": 6.78}}
    html = brief.comparison_brief(named, {"Đất đai +1": "ghi chú"}, "vi", "abc")
    assert "61,98" in html and "62,48" in html and 'class=\'num diff\'' in html
    csv = brief.figures_csv(named, "vi").decode("utf-8-sig")
    assert "pci_composite" in csv and "62.48" in csv


def test_presentation_mode_keeps_the_sliders():  # issue 17: staff move them in front of the room
    at = open_page("pci", query={"present": "1"})
    assert len(at.select_slider) == 10
    assert metric(at, "PCI tổng hợp theo kịch bản").value == "61,98"


def test_presentation_mode_compares_in_a_static_table_with_its_differences_marked():
    """On a projector the comparison is a static table in the room's type (a data grid's small text and
    sideways scrolling are what item 1 of issue 17 removes), its differing cells still bold and tinted."""
    at = open_page("scenarios", query={"pci_land": "6.78", "present": "1"})
    assert not [d for d in at.dataframe if "Kịch bản" in d.value.columns]  # no data grid
    table = next(t for t in at.table if "Kịch bản" in t.value.columns)
    shown = table.value.set_index("Kịch bản")
    assert shown.loc["PCI tổng hợp", "Kịch bản đang xem"] == "62,48"
    styles = table.proto.arrow_data.styler.styles  # the Styler's CSS sent with the table
    assert "font-weight: bold" in styles and "background-color: #fff3cd" in styles


def test_presentation_mode_comparison_shows_a_saved_name_as_typed():
    """st.table reads its cells as Markdown: a saved scenario's name is escaped there (issue 16: plain text)."""
    store.save(":red[đỏ] **đậm**", {"pci_land": 6.78}, actor=store.Actor.for_editor("kiểm thử"))
    sid = store.list_all()[0].id
    at = open_page("scenarios", query={"present": "1"})
    widget(at, "multiselect", "compare_pick").set_value(["__actual", sid]).run()
    assert not at.exception
    table = next(t for t in at.table if "Kịch bản" in t.value.columns)
    [header] = [c for c in table.value.columns if "đỏ" in c]
    # the directive broken (a word joiner after the colon), brackets and stars escaped: read as typed, no colour
    assert not header.startswith(":red[") and r"\[đỏ\]" in header and r"\*\*đậm\*\*" in header


def test_presentation_mode_switches_presets_in_one_click():  # a reset the room asks for, like the sliders'
    at = open_page("scenarios", query={"pci_land": "6.78", "present": "1"})
    assert not at.button(key="preset_actual").disabled
    at.button(key="preset_actual").click().run()
    at.switch_page("pages/pci.py").run()
    assert metric(at, "PCI tổng hợp theo kịch bản").value == "61,98"


def test_old_version_link_opens_with_a_note():
    at = open_page("pci", query={"v": "0", "pci_land": "6.78", "pci_landuse": "7"})
    assert metric(at, "PCI tổng hợp theo kịch bản").value == "62,48"
    assert "phiên bản cũ" in " ".join(w.value for w in at.warning)
