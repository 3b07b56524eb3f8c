"""Thống kê CCHC / Reform statistics page (Appendices 05, 06, 08, 09, 10, 11) and reform.statistics."""
from __future__ import annotations

import pandas as pd
import pytest
from apptest_util import metric, open_page, open_tables, texts, widget

from reform.data import db
from reform.views import statistics as stats


def tables(at) -> str:
    """Every cell and header of the page's data tables (interactive and static), as one string."""
    frames = [d.value for d in at.dataframe] + [t.value for t in at.table]
    parts = []
    for f in frames:
        f = f.reset_index()
        parts.append(" | ".join(map(str, f.columns)))
        parts += [" | ".join(map(str, row)) for row in f.itertuples(index=False)]
    return "\n".join(parts)


# --- the query and the module ------------------------------------------------------------------

def test_appendix_table_query_keeps_printed_order_and_footnotes():
    df = db.run("appendix_table", appendix="PL05")
    ids = list(dict.fromkeys(df.indicator_id))
    assert ids[:4] == ["pl05_1_inspected", "pl05_2_communication", "pl05_2a_contest", "pl05_2b_bulletins"]
    cell = df[(df.indicator_id == "pl05_1_inspected") & (df.year == 2016)].iloc[0]
    assert (cell.value, cell.value_text, cell.footnote) == (26, "26[9]", 9)
    assert cell.footnote_text.startswith("26 đơn vị được kiểm tra gồm: 05 đơn vị cấp tỉnh")
    assert db.run("appendix_table", appendix="PL05' OR '1'='1").empty  # a value, never SQL


@pytest.fixture(scope="module")
def pl05():
    return stats.appendix_rows("PL05")


@pytest.fixture(scope="module")
def pl11():
    return stats.appendix_rows("PL11")


def test_headings_are_group_labels_never_rows(pl05):
    groups = pl05.drop_duplicates("indicator_id").set_index("indicator_id")["group_id"]
    assert groups["pl05_2b_bulletins"] == "pl05_2_communication"
    assert groups["pl05_4d_vertical"] == "pl05_4_criteria"
    assert groups["pl05_5c_rate"] == "pl05_5_satisfaction"
    assert pd.isna(groups["pl05_3_initiatives"])
    table = stats.wide_table(pl05, "vi")
    assert "Tuyên truyền CCHC" not in set(table["Chỉ tiêu"])  # the heading has no row of its own ...
    assert "Tuyên truyền CCHC" in set(table["Thuộc nhóm"])  # ... it labels the rows under it


def test_component_rows_belong_to_their_base_row(pl11):
    groups = pl11.drop_duplicates("indicator_id").set_index("indicator_id")["group_id"]
    assert groups["pl11_10_services_used__num"] == "pl11_10_services_used"
    assert pd.isna(groups["pl11_0_unlabelled"])


@pytest.mark.parametrize("args, vi, en", [
    ((26.0, "26[9]", "value", 9, "units"), "26 [9]", "26 [9]"),
    ((1316627.0, "1.316.627", "value", None, "documents"), "1.316.627", "1,316,627"),
    ((82.96, "82,96%", "value", None, "%"), "82,96%", "82.96%"),
    ((1.0, "1[14]", "value", 14, "yes/no"), "Có [14]", "Yes [14]"),
    ((0.0, "0", "value", None, "yes/no"), "Không", "No"),
    ((None, "", "empty", None, "classes"), "–", "–"),
    ((None, "-", "not_applicable", None, "units"), "không áp dụng", "not applicable"),
    ((None, "Chưa xác định", "text", None, "%"), "Chưa xác định", "Not determined (“Chưa xác định”)"),
])
def test_cells_read_as_printed(args, vi, en):
    assert stats.cell_text(*args, "vi") == vi
    assert stats.cell_text(*args, "en") == en


def test_unlabelled_row_says_so(pl11):
    table = stats.wide_table(pl11, "vi")
    first = table.iloc[0]
    assert first["Chỉ tiêu"] == "(dòng không có tên trong văn bản)"
    assert list(first[["2016", "2019", "2020"]]) == ["0%", "100%", "100%"]
    assert stats.wide_table(pl11, "en").iloc[0]["Indicator"] == "(row printed without a label)"


def test_series_frame_keeps_gaps(pl05):
    frame = stats.series_frame(pl05, ["pl05_2c_classes"], "vi")
    assert frame.set_index("year")["value"].isna().tolist() == [False, False, True, False, False]
    assert frame.set_index("year").loc[2017, "note"].startswith("[21] 03 lớp do Sở Nội vụ")


def test_period_labels_as_printed():
    p = "Giai đoạn 2011-2020 (Tính đến 12/2019)"
    assert stats.period_label(p, "vi") == p
    assert stats.period_label(p, "en") == "Period 2011-2020 (as of 12/2019)"
    rows = stats.appendix_rows("PL08")
    parts = stats.pl08_parts(rows)
    assert [len(parts[k]) for k in ("I", "II", "III")] == [4, 4, 12]
    table = stats.wide_table(rows, "vi", parts["III"], by="period")
    assert list(table.columns[-2:]) == ["Giai đoạn 2001-2010 (Tính đến 12/2010)",
                                        "Giai đoạn 2011-2020 (Tính đến 12/2019)"]
    assert stats.sector_owner_label("pl08_su_edu_district", "en") == "Education and training, under district PCs"


def test_staff_fill_is_computed_from_appendix_09():
    rows = stats.appendix_rows("PL09")
    f = stats.staff_fill(rows, "pl09_1a_assigned", "pl09_1b_present")
    assert (f.year, f.assigned, f.present, f.gap) == (2020, 1868, 1600, 268)
    assert f.share == pytest.approx(85.653, abs=1e-3)
    assert stats.staff_fill(rows, "pl09_2a_assigned", "pl09_2b_present", 2016).gap == 17528 - 16545


def test_autonomy_by_type_skips_empty_cells():
    rows = stats.appendix_rows("PL10")
    sums = stats.autonomy_by_type(rows).set_index(["indicator_id", "year"])["value"]
    assert sums["pl10_type_b", 2016] == 4 + 3 + 17
    assert sums["pl10_type_d", 2020] == 1 + 50 + 345
    assert sums["pl10_type_a", 2016] == 0  # printed zeros
    assert pd.isna(sums["pl10_type_a", 2019])  # every cell empty: stays empty, never 0
    table = stats.type_table(stats.type_frame(rows, "vi"), "vi")
    assert table.iloc[0]["2019"] == "–"


def test_share_checks_flag_only_the_2020_misprint(pl11):
    checks = {c.year: c for c in stats.share_checks(pl11)}
    assert sorted(checks) == [2017, 2018, 2019, 2020]
    assert [y for y, c in checks.items() if not c.agrees] == [2020]
    assert checks[2020].recomputed == pytest.approx(100 * 83 / 998)


def test_change_and_value(pl05):
    assert stats.change(pl05, "pl05_5c_rate", 2019, 2020) == pytest.approx(2.06)
    assert stats.change(pl05, "pl05_5c_rate", 2016, 2020) is None
    assert stats.value_of(pl05, "pl05_5b_samples", 2020) == 620


def test_charts_have_titles_and_formatted_tooltips(pl05):
    frame = stats.series_frame(pl05, ["pl05_1_inspected", "pl05_2c_classes"], "vi")
    spec = stats.year_bars(frame, lang="vi", title="T", y_title="Y").to_dict()
    assert spec["title"]["text"] == ["T"]
    tips = [t["field"] for t in spec["layer"][0]["encoding"]["tooltip"]]
    assert tips == ["series", "year_str", "value_fmt", "printed", "note"]
    data = next(iter(spec["datasets"].values()))
    assert {"26", "14"} <= {d["value_fmt"] for d in data}


# --- the page ----------------------------------------------------------------------------------

def show(at, appendix):
    widget(at, "pills", "stat_appendix").set_value(appendix).run()
    assert not at.exception, at.exception
    return open_tables(at)  # the appendix's own tables, opened


def test_pl05_steering_figures():
    at = open_page("statistics")
    assert metric(at, "Mức độ hài lòng chung 2019").value == "82,96%"
    m = metric(at, "Mức độ hài lòng chung 2020")
    assert m.value == "85,02%" and "+2,06" in m.delta
    cells = tables(at)
    assert "26 [9]" in cells and "241 [16]" in cells and "82,96%" in cells
    assert "Có [14]" in cells and "Không [15]" in cells and "Không" in cells
    body = texts(at)
    assert "26 đơn vị được kiểm tra gồm: 05 đơn vị cấp tỉnh" in body  # the footnote, verbatim
    assert "Phụ lục 05, mục 1, 2, 3" in body  # source caption names appendix and items


def test_every_appendix_renders_with_its_key_figures():
    at = open_page("statistics")
    expected = {
        "PL06": ["626", "Nghị quyết của Hội đồng nhân dân tỉnh"],
        "PL08": ["Giai đoạn 2011-2020 (Tính đến 12/2019)", "135", "417"],
        "PL09": ["2.062", "17.528", "5.527"],
        "PL10": ["582", "443"],
        "PL11": ["1.316.627", "(dòng không có tên trong văn bản)", "Chưa xác định", "0,31%"],
    }
    for appendix, figures in expected.items():
        show(at, appendix)
        cells = tables(at)
        for f in figures:
            assert f in cells, (appendix, f)
    assert metric(at, "Văn bản nhận trên Trục liên thông 2019").value == "1.316.627"
    body = texts(at)
    assert "không có số thứ tự và không có tên chỉ tiêu" in body
    assert "83/998 = 8,32%" in body


def test_pl09_caption_says_computed():
    at = show(open_page("statistics"), "PL09")
    assert "1.600 người có mặt trên 1.868 biên chế được giao (85,7%)" in texts(at)


def test_statistics_in_english():
    at = open_page("statistics", query={"lang": "en"})
    assert metric(at, "Overall satisfaction 2019").value == "82.96%"
    cells = tables(at)
    assert "Yes [14]" in cells and "No [15]" in cells
    show(at, "PL11")
    assert metric(at, "Documents received on the national axis 2019").value == "1,316,627"
    assert "(row printed without a label)" in tables(at)
    assert "Source: Decision 688/QĐ-UBND" in texts(at)
    show(at, "PL08")
    assert "Period 2011-2020 (as of 12/2019)" in tables(at)
