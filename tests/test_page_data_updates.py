"""The data-updates page after sign-in (issue 9, items 2-3): the template downloads, an upload previewed
(new rows, the verdicts that would change) then applied on confirmation, a file with bad rows rejected
with its errors table, the history and a rollback from the page.

The page before sign-in (no upload) is tested in tests/test_auth.py. Each test has its own state folder
(``REFORM_STATE_DIR``) and its own ``[editors]`` table with an argon2 hash made here.
"""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from streamlit.testing.v1 import AppTest

from apptest_util import TIMEOUT, signed_in_editor
from state_util import fresh_state
from reform.imports import engine as rev
from reform.model import editors, verdicts
from reform.paths import ROOT

PASSWORD = "mật-khẩu-biên-tập-2026"
HASH = editors.hash_password(PASSWORD)
HEADER = "indicator_id,year,value,value_text,out_of,source\n"
GOOD = HEADER + ("pci_rank,2025,12,hạng 12/34,34,VCCI: PCI 2025\n"
                 "par_total_rank,2025,33,hạng 33/34,34,Bộ Nội vụ: PAR INDEX 2025\n")
BAD = HEADER + ("pci_rank,2025,35,,34,VCCI\n"          # a rank above out_of
                "no_such_indicator,2025,1,,,x\n"        # unknown indicator
                "pci_score,1999,60,,,VCCI\n")           # a year out of range


@pytest.fixture(autouse=True)
def state_dir(request, tmp_path, monkeypatch):
    with fresh_state(request, monkeypatch, tmp_path / "state") as folder:
        yield folder


def signed_in(lang: str = "vi") -> AppTest:
    return signed_in_editor("lan", HASH, PASSWORD, lang)


def upload(at: AppTest, name: str, text: str) -> AppTest:
    at.file_uploader[0].upload(name, text.encode("utf-8"), "text/csv").run()
    assert not at.exception, at.exception
    return at


def judged() -> dict[str, tuple]:
    """Each target part's 2025 verdict, the year it is judged on, and whether it is provisional."""
    return {v["target_id"]: (v["verdict_2025"], v["verdict_2025_year"], v["provisional"])
            for v in verdicts.verdicts()}


def frame(at: AppTest, column: str):
    """The first table with ``column``."""
    return next(d.value for d in at.dataframe if column in d.value.columns)


def test_template_downloads_are_offered():
    at = signed_in()
    labels = [b.proto.label for b in at.get("download_button")]
    assert {"Tệp mẫu XLSX", "Tệp mẫu CSV", "Danh mục chỉ tiêu (CSV)"} <= set(labels)


def test_a_small_csv_previews_then_applies_on_confirm():
    before = judged()
    at = upload(signed_in(), "ket_qua_2025.csv", GOOD)
    new = frame(at, "Nguồn")
    assert list(new["Năm"]) == ["2025", "2025"]
    assert any("pci_rank" in s for s in new["Chỉ tiêu"]) and "hạng 12/34" in list(new["Giá trị"])
    changes = frame(at, "Trước")
    assert len(changes) >= 1 and any("Đạt" in s for s in changes["Sau"])
    assert rev.history() == []  # a preview applies nothing

    at.text_area(key="du_note").input("Kết quả công bố 2025")
    at.button(key="du_confirm").click().run()
    assert not at.exception, at.exception
    assert any("Đã nhập lần cập nhật số 1" in s.value for s in at.success)
    hist = rev.history()
    assert [(h["id"], h["entered_by"], h["note"]) for h in hist] == [(1, "lan", "Kết quả công bố 2025")]
    after = judged()
    assert after != before
    assert after["pci_rank"] == ("met", 2025, False) and after["par_index_rank"] == ("not_met", 2025, False)
    # the upload is cleared; the history lists the revision
    assert at.file_uploader[0].value is None
    assert list(frame(at, "Người nhập")["Người nhập"]) == ["lan"]


def test_a_file_with_bad_rows_shows_the_errors_and_applies_nothing():
    at = upload(signed_in(), "sai.csv", BAD)
    errs = frame(at, "Lỗi")
    assert set(errs["Dòng"]) == {"2", "3", "4"}
    assert {"value", "indicator_id", "year"} <= set(errs["Cột"])
    assert any("không có trong danh mục" in m for m in errs["Lỗi"])  # Vietnamese messages
    assert not any(b.key == "du_confirm" for b in at.button)
    assert rev.history() == []


def test_rollback_from_the_page_restores_the_verdicts():
    before = verdicts.verdicts()
    at = upload(signed_in(), "ket_qua_2025.csv", GOOD)
    at.button(key="du_confirm").click().run()
    assert verdicts.verdicts() != before
    at.button(key="du_rollback_1").click().run()
    assert not at.exception, at.exception
    assert any("Đã hủy lần cập nhật số 1" in s.value for s in at.success)
    h = rev.history()[0]
    assert h["status"] == "rolled_back" and h["rolled_back_by"] == "lan"
    assert verdicts.verdicts() == before
    assert list(frame(at, "Người nhập")["Trạng thái"]) == ["đã hủy"]


def test_an_imported_figure_says_who_entered_it_when_and_its_source_on_the_overview_and_targets():
    at = upload(signed_in(), "ket_qua_2025.csv", GOOD)
    at.button(key="du_confirm").click().run()
    v = verdicts.verdict("pci_rank")
    assert v["latest_revision_id"] == 1 and v["latest_entered_by"] == "lan" and v["latest_entered_at"]
    # shown in Vietnam time (UTC+7, labelled), stored in UTC
    at_vn = datetime.fromisoformat(v["latest_entered_at"]).astimezone(timezone(timedelta(hours=7)))
    when = at_vn.strftime("%H:%M %d/%m/%Y") + " (giờ Việt Nam)"

    at.switch_page("pages/overview.py").run()
    assert not at.exception, at.exception
    captions = " ".join(c.value for c in at.caption)
    assert f"nhập bởi lan lúc {when}" in captions and "VCCI: PCI 2025" in captions

    at.switch_page("pages/targets.py").run()
    assert not at.exception, at.exception
    table = next(d.value for d in at.dataframe if "Cơ sở" in d.value.columns)
    row = table[table.apply(lambda r: "hạng 12/34" in " ".join(map(str, r)), axis=1)].iloc[0]
    assert f"nhập bởi lan lúc {when}" in " ".join(map(str, row)) and "VCCI: PCI 2025" in " ".join(map(str, row))
    # next to the figure (a phone never scrolls to the basis column at the far right)
    latest = next(c for c in table.columns if c.startswith("Kết quả"))
    assert "hạng 12/34" in row[latest] and f"nhập bởi lan lúc {when}" in row[latest]


def test_a_revision_applied_meanwhile_makes_the_confirm_say_so_and_apply_nothing():
    at = upload(signed_in(), "ket_qua_2025.csv", GOOD)
    rev.apply(rev.read_file("khac.csv", (HEADER + "pci_score,2025,64,,,VCCI 2025\n").encode()), by="minh")
    at.button(key="du_confirm").click().run()
    assert not at.exception, at.exception
    assert [h["entered_by"] for h in rev.history()] == ["minh"]  # only the other one
    assert "vừa được người khác cập nhật" in " ".join(e.value for e in at.error)  # a message, no stack trace
    at.button(key="du_confirm").click().run()  # confirming the preview shown now applies it
    assert [h["entered_by"] for h in rev.history()] == ["lan", "minh"]


def test_changed_rows_read_old_to_new_with_both_sources_in_either_language():
    from reform.views import data_updates as present
    row = {"row": 4, "indicator_id": "pci_rank", "year": 2024, "value": 30.0, "out_of": 63,
           "source": "Báo cáo của tỉnh", "old_value": 33.0, "old_out_of": 63, "old_source": "VCCI: PCI 2024"}
    vi = present.rows_table([row], "vi", old=True).iloc[0]
    assert vi["Cũ → mới"] == "hạng 33/63 → hạng 30/63"
    assert (vi["Nguồn cũ"], vi["Nguồn mới"]) == ("VCCI: PCI 2024", "Báo cáo của tỉnh")
    en = present.rows_table([row], "en", old=True).iloc[0]
    assert en["Old → new"] == "rank 33 of 63 → rank 30 of 63"
    errs = present.errors_table([{"row": 0, "column": None, "code": "empty_file", "message": "Tệp trống",
                                  "message_en": "The file is empty"}], "en")
    assert list(errs.iloc[0]) == ["", "(whole file)", "The file is empty"]


def test_in_english_the_errors_and_the_preview_are_english():
    at = upload(signed_in("en"), "bad.csv", BAD)
    assert any("is not in the catalogue" in m for m in frame(at, "Error")["Error"])
    at = upload(at, "results_2025.csv", GOOD)
    assert "rank 12 of 34" in list(frame(at, "Source")["Value"])
    assert any("Met" in s for s in frame(at, "Before")["After"])


# --- issue 15: the other file kinds through the page --------------------------------------------------------

MADE_UP_METHOD = (
    "method_id,index_id,name_vi,name_en,year_from,year_to,composite_max,source,component_id,component_name_vi,"
    "component_name_en,scale_min,scale_max,weight\n"
    "pci_2_0,pci,PCI 2.0 (MẪU THỬ: trọng số bịa),PCI 2.0 (MADE-UP weights),2025,,100,Tệp mẫu của kiểm thử,"
    "market_entry,Gia nhập thị trường,Market entry,0,10,0.1\n"
    + "".join(f",,,,,,,,{c},{c},{c},0,10,{w}\n" for c, w in (
        ("land", 0.1), ("transparency", 0.15), ("compliance_cost", 0.1), ("informal", 0.1),
        ("fair_competition", 0.1), ("support", 0.1), ("legal", 0.1), ("proactive_government", 0.15))))
POINTS = "year,province,composite,rank,out_of,method_id,source\n" + "".join(
    f"2025,Tỉnh mẫu {k},{75 - k / 2},{k},34,pci_2_0,Tệp mẫu (MẪU THỬ)\n" for k in range(1, 31))


def test_a_method_a_years_points_and_a_warning_preview_apply_and_roll_back_on_the_page():
    at = signed_in()
    labels = [b.proto.label for b in at.get("download_button")]
    assert {"Mẫu chỉ tiêu (CSV)", "Mẫu phương pháp chỉ số (CSV)", "Mẫu điểm thành phần (CSV)",
            "Mẫu điểm tham chiếu (CSV)"} <= set(labels)
    upload(at, "phuong_phap.csv", MADE_UP_METHOD)
    comps = frame(at, "Trọng số")
    assert len(comps) == 9 and list(comps["Trọng số đang dùng"]) == ["—"] * 9  # the shipped one has no weights
    assert "Thay phương pháp đang dùng “pci\\_2\\_0” (2025–…)" in " ".join(m.value for m in at.markdown)
    assert any("tính lại được" in c.value for c in at.caption)
    at.button(key="du_confirm").click().run()
    assert not at.exception and rev.history()[0]["kind"] == "method"

    at = upload(at, "diem_tham_chieu.csv", POINTS)
    new = frame(at, "Điểm tổng hợp")
    assert len(new) == 30 and set(new["Trên số tỉnh"]) == {"34"}
    at.button(key="du_confirm").click().run()
    assert not at.exception and [h["kind"] for h in rev.history()] == ["reference", "method"]

    at = upload(at, "ty_le.csv", HEADER + "result_online_l34,2025,0.85,,,Sở TT&TT\n")
    warning = next(w.value for w in at.warning if "cảnh báo" in w.value)
    assert "Dòng 2, cột value: Giá trị 0,85 nhỏ hơn 1" in warning and "có phải 85% không?" in warning

    # the history shows a stored method's components, and rolls it back
    at.selectbox(key="du_pick").set_value(1).run()
    assert len(frame(at, "Trọng số")) == 9
    at.button(key="du_rollback_1").click().run()
    assert not at.exception and rev.history()[1]["status"] == "rolled_back"


def test_presentation_mode_previews_in_static_tables():
    """An editor showing an import to a meeting: the preview's tables in the room's type, no data grid."""
    at = signed_in()
    at.toggle(key="w_present").set_value(True).run()
    at = upload(at, "ket_qua_2025.csv", GOOD)
    assert not at.dataframe  # every table of the page static in presentation mode
    new = next(t.value for t in at.table if "Nguồn" in t.value.columns)
    assert list(new["Năm"]) == ["2025", "2025"] and "hạng 12/34" in list(new["Giá trị"])
    assert any("Trước" in t.value.columns for t in at.table)  # the verdicts that would change
