"""Downloads for the office (XLSX) and for machines (CSV)."""
import io

import pandas as pd
from openpyxl import load_workbook

from apptest_util import open_page, texts
from reform.views import export


def _sheet(data: bytes):
    return load_workbook(io.BytesIO(data)).active


def test_xlsx_has_title_headings_number_formats_and_source():
    table = pd.DataFrame({"Chỉ tiêu": ["Tổng số TTHC", "Đúng hẹn cấp tỉnh", "Hạng PCI"],
                          "2020": ["2.036", "98,88%", "57 (2022)"],
                          "Trạng thái": ["▲ Đúng tiến độ", "✔ Đã đạt", "–"]})
    ws = _sheet(export.xlsx_bytes(table, title="Thủ tục hành chính", source="Nguồn: Quyết định 688", lang="vi"))
    assert ws["A1"].value == "Thủ tục hành chính" and ws["A1"].font.bold
    assert [c.value for c in ws[3]] == ["Chỉ tiêu", "2020", "Trạng thái"]
    assert ws["B4"].value == 2036 and ws["B4"].number_format == "#,##0"
    assert ws["B5"].value == 98.88 and ws["B5"].number_format == '#,##0.00"%"'
    assert ws["B6"].value == "57 (2022)" and ws["B6"].data_type == "s"  # not a number: stays text
    assert ws["C4"].value == "▲ Đúng tiến độ" and ws["C6"].value == "–"
    assert ws["A8"].value == "Nguồn: Quyết định 688"
    assert ws.freeze_panes == "A4"


def test_xlsx_reads_numbers_in_the_page_language_only():
    table = pd.DataFrame({"Year": ["2016"], "Value": ["1,316,627"], "Share": ["61.98"], "Vi": ["61,98"]})
    ws = _sheet(export.xlsx_bytes(table, title="t", source="s", lang="en"))
    assert ws["A4"].value == "2016" and ws["A4"].data_type == "s"  # a year, not 2,016
    assert ws["B4"].value == 1316627 and ws["B4"].number_format == "#,##0"
    assert ws["C4"].value == 61.98 and ws["C4"].number_format == "#,##0.00"
    assert ws["D4"].value == "61,98"  # a Vietnamese decimal is not an English number


def test_on_time_table_as_xlsx():
    from reform.views import one_stop as logic

    table = logic.wide_table(logic.ON_TIME, "vi", first_col="Cấp")
    ws = _sheet(export.xlsx_bytes(table, title="Giải quyết hồ sơ đúng hẹn", source="Nguồn: PL07", lang="vi"))
    heads = [c.value for c in ws[3]]
    assert heads == ["Cấp", "2016", "2017", "2018", "2019", "2020"]
    # Appendix 07 item 5, province level: 99.96% in 2016, 98.88% in 2020 (as printed)
    assert ws.cell(row=4, column=2).value == 99.96 and ws.cell(row=4, column=6).value == 98.88
    assert ws.cell(row=4, column=6).number_format == '#,##0.00"%"'


def test_csv_has_bom_dot_decimals_and_no_float_noise():
    raw = pd.DataFrame({"target_id": ["a", "b"], "projected_2025": [54.93333333333, 22.5],
                        "noise": [0.1 + 0.2, 1.0], "rank": [22.5, 54.9], "status_2025": ["on_track", "met"]})
    data = export.csv_bytes(raw, {"projected_2025": 2, "rank": 0})
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig").splitlines()
    assert text[0] == "target_id,projected_2025,noise,rank,status_2025"
    assert text[1] == "a,54.93,0.3,23,on_track" and text[2] == "b,22.5,1.0,55,met"


def test_round_by_unit_makes_ranks_whole():
    df = pd.DataFrame({"unit": ["rank", "%"], "projected_2025": [22.5, 64.8713]})
    out = export.round_by_unit(df, ["projected_2025"])
    assert out["projected_2025"].tolist() == [23, 64.87]


def test_data_page_documents_the_csv_codes():
    at = open_page("data_sources")
    codes = pd.concat([d.value for d in at.dataframe if "Mã" in d.value.columns])
    assert {"not_applicable", "on_track", "required", "rank"} <= set(codes["Mã"])
    row = codes[codes["Mã"] == "not_applicable"].iloc[0]
    assert row["Cột"] == "flag" and "không áp dụng" in row["Nghĩa"]
    assert "UTF-8 có BOM" in texts(at)


def test_pages_offer_xlsx_next_to_csv():
    at = open_page("one_stop")
    keys = {e.proto.id for e in at.get("download_button")} if at.get("download_button") else set()
    labels = [e.proto.label for e in at.get("download_button")]
    assert labels.count("Tải Excel (XLSX)") >= 8 and labels.count("Tải CSV (cho máy, mã gốc)") >= 8, (labels, keys)


def test_targets_table_as_english_xlsx():
    """The targets table as the English page shows it: English headings, status words, ranks as whole numbers."""
    at = open_page("targets", query={"lang": "en"})
    table = next(d.value for d in at.dataframe if "Projected 2025" in d.value.columns)
    ws = _sheet(export.xlsx_bytes(table, title="Every target", source="Source: Decision 688", lang="en"))
    heads = [c.value for c in ws[3]]
    assert "Projected 2025" in heads and "Status 2025 (assumed)" in heads
    rows = {ws.cell(row=r, column=2).value: r for r in range(4, 4 + len(table))}
    par = rows[next(k for k in rows if k.startswith("PAR INDEX"))]
    cell = ws.cell(row=par, column=heads.index("Projected 2025") + 1)
    assert cell.value == 56 and cell.number_format == "#,##0"  # 56 (2024) − 0.5 = 55.5 -> 56, halves up
    status = ws.cell(row=par, column=heads.index("Status 2025 (assumed)") + 1).value
    # the what-if's pace, −0.5 a year, against the 6 a year needed from 56 (2024) to 50 in 2025: under half
    assert status == "■ Stagnating"
