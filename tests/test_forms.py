"""Forms that keep what was typed (the Scenarios page)."""
import pytest

from apptest_util import open_page
from reform.model import saved as store

ED = store.Actor.for_editor("kiểm thử")
SAVE = "FormSubmitter:save_form-Lưu"
LONG = "Kịch bản họp giao ban quý IV năm 2026 với tốc độ cải cách thủ tục hành chính nhanh gấp rưỡi nhé"  # 95 chars


@pytest.fixture(autouse=True)
def state_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("REFORM_STATE_DIR", str(tmp_path / "scenarios"))


def _errors(at) -> str:
    return " ".join(e.value for e in at.error)


def test_an_over_long_name_keeps_its_text_and_says_the_limit():
    assert len(LONG) == 95
    at = open_page("scenarios")
    at.text_input(key="save_name").input(LONG)
    at.text_area(key="save_note").input("họp giao ban")
    at.button(key=SAVE).click().run()
    assert not at.exception
    assert "Tên dài 95 ký tự, quá giới hạn 80 ký tự" in _errors(at)
    assert "Hãy đặt tên" not in _errors(at)  # not "give it a name": the name is there
    assert at.text_input(key="save_name").value == LONG and at.text_area(key="save_note").value == "họp giao ban"
    assert store.list_all() == []


def test_a_failed_save_keeps_name_and_note():
    store.save("Đất đai +1", {"pci_land": 6.78}, "", actor=ED)
    at = open_page("scenarios", query={"pci_land": "6.78"})
    at.text_input(key="save_name").input("Đất đai +1")
    at.text_area(key="save_note").input("ghi chú cuộc họp")
    at.button(key=SAVE).click().run()
    assert "Đã có kịch bản mang tên này" in _errors(at)
    assert at.text_input(key="save_name").value == "Đất đai +1"
    assert at.text_area(key="save_note").value == "ghi chú cuộc họp"
    # corrected and saved: the form empties for the next scenario
    at.text_input(key="save_name").input("Đất đai +1 (lần 2)")
    at.button(key=SAVE).click().run()
    assert sorted(s.name for s in store.list_all()) == ["Đất đai +1", "Đất đai +1 (lần 2)"]
    assert at.text_input(key="save_name").value == "" and at.text_area(key="save_note").value == ""


def test_rename_with_an_over_long_name_says_the_limit():
    at = open_page("scenarios")
    mine = store.Actor.for_session(at.session_state["owner_token"])  # saved by this browser session
    store.save("A", {}, "", actor=mine)
    at.run()
    at.text_input(key="scenario_new_name").input(LONG)
    at.button(key="rename_saved").click().run()
    assert "Tên dài 95 ký tự" in _errors(at) and at.text_input(key="scenario_new_name").value == LONG
    assert [s.name for s in store.list_all()] == ["A"]


def test_comparison_has_one_card_per_scenario_for_phones():
    at = open_page("scenarios", query={"pci_land": "6.78"})
    cards = [d.value for d in at.dataframe if list(d.value.columns) == ["Số liệu", "Giá trị"]]
    assert len(cards) == 2  # the default comparison: actual and current, each stacked as its own card
    assert cards[0].iloc[0].tolist() == ["PCI tổng hợp", "61,98"] and cards[1].iloc[0].tolist() == ["PCI tổng hợp", "62,48"]
