"""Một cửa / One-stop shop page: its logic (reform.one_stop) and the page as a user sees it."""
from __future__ import annotations

import math

import pytest
from apptest_util import metric, open_page, texts, widget

from reform.views import one_stop as logic

# --- logic --------------------------------------------------------------------------------------


def test_procedures_by_level_add_up_to_the_printed_total():
    sums = logic.level_sum_check()
    assert list(sums["total"]) == [1543, 1765, 1879, 2061, 2036]
    assert sums["agrees"].all()
    g = logic.growth(logic.PROCEDURE_TOTAL)
    assert (g["first"], g["last"], g["change"]) == (1543, 2036, 493)


def test_not_applicable_and_empty_cells_are_never_zero():
    assert logic.provincial_law_years() == {2019: 1.0}
    law = logic.wide_table([logic.PROVINCIAL_LAW], "vi").iloc[0]
    assert law["2016"] == "không áp dụng" and law["2019"] == "1" and law["2020"] == "không áp dụng"
    assert logic.wide_table([logic.PROVINCIAL_LAW], "en").iloc[0]["2018"] == "not applicable"
    joint = logic.wide_table(logic.JOINT, "vi").set_index("indicator")
    assert list(joint.iloc[0]) == ["–", "–", "–", "86", "86"]  # same level: empty cells = no data
    assert list(joint.iloc[1]) == ["không áp dụng"] * 3 + ["35", "35"]
    assert list(joint.iloc[2]) == ["không áp dụng"] * 3 + ["285", "285"]
    long = logic.long_frame(logic.JOINT, "vi")
    early = long[long["year"] <= 2018]
    assert early["value"].isna().all()  # a chart gets gaps, not zeros
    assert logic.first_value_year(logic.JOINT) == 2019
    assert logic.history("pl07_4d_same_level", "vi", until=2020) == [("2016-2018", "không có số liệu"), ("2019", "86")]
    assert logic.history("pl07_4f_four_on_spot", "en", until=2020) == [("2016-2018", "not applicable"), ("2019", "285")]


def test_on_time_axis_shows_the_differences():
    assert logic.on_time_domain() == [98.5, 100.0]
    latest = {r["level"]: r for r in logic.on_time_latest()}
    assert latest["province"]["value"] == 98.88
    assert latest["province"]["change"] == pytest.approx(-0.98)
    assert latest["commune"]["value"] == 100.0
    # Part 2 §2.2 says "above 99%": only the province in 2020 is below it.
    assert logic.below_text_floor() == [{"level": "province", "year": 2020, "value": 98.88}]


def test_feedback_all_resolved_and_published():
    assert logic.feedback_all_handled()
    assert logic.feedback_totals() == {"pl07_6a_received": 6, "pl07_6b_resolved": 6, "pl07_6c_published": 6}


def test_services_with_dossiers_printed_against_recomputed():
    used = logic.services_used().set_index("year")
    assert used.loc[2016, "flag"] == "text" and used.loc[2016, "printed_text"] == "Chưa xác định"
    assert used.loc[2016, "printed"] is None or math.isnan(used.loc[2016, "printed"])
    for year in (2017, 2018, 2019):
        assert used.loc[year, "agrees"], year
    assert used.loc[2020, "printed"] == 0.31
    assert (used.loc[2020, "num"], used.loc[2020, "den"]) == (83, 998)
    assert used.loc[2020, "recomputed"] == pytest.approx(8.3166, abs=1e-4)
    assert not used.loc[2020, "agrees"]
    assert used["den_is_item9"].iloc[1:].all()
    assert list(logic.services_used_mismatches()["year"]) == [2020]
    assert list(logic.online_services()["value"]) == [0, 460, 77, 85, 998]


def test_text_figures_against_each_other():
    c = logic.text_checks().set_index("key")
    assert c.loc["l34", "expected"] == 445 + 584 and c.loc["l34", "agrees"]
    assert c.loc["l34_pl01", "difference"] == 1  # 1.030 in PL01 against 1.029
    assert c.loc["l34_pl11", "difference"] == -31  # 998 in PL11 against 1.029
    assert c.loc["proc_pl01", "difference"] == 1877 - 1856
    assert c.loc["share_fn6", "agrees"] and c.loc["share_pl01", "agrees"]
    # the level-3 and level-4 shares of footnote [6] are on PL01's base (1.877), not on 1.856
    assert not c.loc["share_l3", "agrees"] and round(c.loc["share_l3", "other_base"], 1) == 23.7
    assert not c.loc["share_l4", "agrees"] and round(c.loc["share_l4", "other_base"], 1) == 31.1
    assert c.loc["portal_share", "agrees"]
    assert not c.loc["used_2020", "agrees"]
    table = logic.text_check_table("vi")
    assert "lệch +1" in set(table["Kết quả"]) and "1.029 / 1.856" in set(table["Đối chiếu với"])
    assert "differs by −31" in set(logic.text_check_table("en")["Result"])


def test_text_figures_query():
    df = logic.db.run("text_figures").set_index("indicator_id")
    assert df.loc["t_services_l3", "value"] == 445 and df.loc["t_services_l4", "value"] == 584
    assert df.loc["t_national_portal_integrated", "value"] == 672


def test_related_targets_follow_the_projection_rule():
    proj = logic.related_targets().set_index("target_id")
    assert list(proj.index) == list(logic.TARGET_IDS)
    assert proj.loc["online_l34", "anchor_value"] == 54.87
    assert proj.loc["online_l34", "gap_2025"] == pytest.approx(25.13)
    proj = logic.related_targets({"online_l34": 2.0}).set_index("target_id")
    assert proj.loc["online_l34", "projected_2025"] == pytest.approx(54.87 + 2.0 * 5)
    assert proj.loc["online_l34", "status_2025"] == "stagnating"  # 2.0 / 5.026 < 0.5
    assert "1/7/2025" in proj.loc["work_files_district", "note_vi"]


# --- the page -------------------------------------------------------------------------------------

def _frame_with(at, column):
    for df in at.dataframe:
        if column in df.value.columns:
            return df.value
    raise AssertionError(f"no table with column {column!r}")


def test_page_vietnamese_key_figures():
    at = open_page("one_stop")
    assert metric(at, "Số TTHC của tỉnh, 2020").value == "2.036"
    assert metric(at, "Đúng hẹn cấp tỉnh, 2020").value == "98,88%"
    assert metric(at, "DVC mức độ 3-4, 2020").value == "998"
    assert metric(at, "Liên thông cùng cấp, 2020").value == "86"
    body = texts(at)
    assert "1.543" in body and "2.036" in body
    assert "trục dọc bắt đầu từ 98,5%" in body
    assert "“Chưa xác định”" in body  # the 2016 cell of PL11 item 10, as text
    assert "1.029" in body and "1.030" in body and "54,87%" in body and "55,44%" in body and "65,31%" in body
    warning = " ".join(w.value for w in at.warning)
    assert "0,31%" in warning and "8,32%" in warning and "83/998" in warning
    ontime = _frame_with(at, "Cấp").set_index("Cấp")
    assert ontime.loc["Cấp tỉnh", "2016"] == "99,96%" and ontime.loc["Cấp tỉnh", "2020"] == "98,88%"
    procedures = _frame_with(at, "Chỉ tiêu")
    assert procedures.iloc[0]["2016"] == "1.543"
    assert procedures.iloc[4]["2016"] == "không áp dụng" and procedures.iloc[4]["2019"] == "1"
    used = _frame_with(at, "Tỷ lệ in").set_index("Năm")
    assert used.loc["2016", "Tỷ lệ in"] == "Chưa xác định"
    assert used.loc["2020", "Tỷ lệ in"] == "0,31%" and used.loc["2020", "Tính lại (%)"] == "8,32%"


def test_page_in_english():
    at = open_page("one_stop", query={"lang": "en"})
    assert metric(at, "Procedures, 2020").value == "2,036"
    assert metric(at, "On time, province, 2020").value == "98.88%"
    body = texts(at)
    assert "1,543" in body and "not applicable" in body and "starts at 98.5%" in body
    assert "“Chưa xác định” (not determined)" in body
    ontime = _frame_with(at, "Level").set_index("Level")
    assert ontime.loc["Province", "2016"] == "99.96%"
    warning = " ".join(w.value for w in at.warning)
    assert "0.31%" in warning and "8.32%" in warning


def _online_row(at, lang="vi"):
    status_col = "Trạng thái 2025" if lang == "vi" else "2025 status"
    table = _frame_with(at, status_col)
    return table.iloc[0]


# Worked by hand from the rule the page states: projection = 54,87 (2020) + pace × 5 years, capped at
# 100; the pace needed to reach 80% in 2025 is (80 − 54,87) / 5 = 5,026 a year, and the status is the
# share of it the chosen pace reaches: ≥ 1 on track, ≥ 0,5 moderate, ≥ 0 stagnating, < 0 decreasing.
PACES = [
    # pace, lang, projected 2025 as shown, status word as shown
    (2.5, "vi", "67,37%", "■ Chững lại"),        # 54,87 + 12,5; 2,5 / 5,026 = 0,497 < 0,5
    (3.0, "vi", "69,87%", "◆ Cải thiện chậm"),   # 54,87 + 15; 3 / 5,026 = 0,597
    (15.0, "vi", "100,00%", "▲ Đúng tiến độ"),   # 54,87 + 75 = 129,87, capped at 100
    (-1.0, "en", "49.87%", "▼ Moving away"),     # 54,87 − 5; a negative pace
]


@pytest.mark.parametrize("pace, lang, shown, word", PACES)
def test_pace_slider_moves_the_projection(pace, lang, shown, word):
    at = open_page("one_stop", query={"lang": lang})
    row = _online_row(at, lang)
    assert row.iloc[6] == ("80,00%" if lang == "vi" else "80.00%")  # default pace just reaches 80%
    widget(at, "select_slider", "pace_online_l34").set_value(pace).run()
    assert not at.exception
    row = _online_row(at, lang)
    assert row.iloc[6] == shown
    assert row.iloc[7] == word
    label = "Dự báo 2025" if lang == "vi" else "Projected 2025"
    assert f"{label}: {shown}" in texts(at)
    # the value is kept in the scenario store shared with the Targets page, and reset puts it back
    assert at.session_state["scn"]["pace_online_l34"] == pace
    at.button(key="reset_one_stop").click().run()
    assert _online_row(at, lang).iloc[6] == ("80,00%" if lang == "vi" else "80.00%")


def test_pace_from_a_link():
    at = open_page("one_stop", query={"pace_online_l34": "1"})
    row = _online_row(at)
    assert row.iloc[6] == "59,87%"  # 54,87 + 1 × 5
    assert row.iloc[7] == "■ Chững lại"  # 1 / 5,026 = 0,199
