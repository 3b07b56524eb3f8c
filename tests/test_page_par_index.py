"""Chỉ số PAR INDEX page: Appendix 04 as shown, text ranks kept as text, later ranks, what-if total."""
import pytest
from apptest_util import metric, open_page, texts, widget

from reform.views import par_index as par
from reform.ui import state

ORG_2016 = "Nằm trong tốp 38 tỉnh đạt điểm tối đa"
FIN_2016 = "Nằm trong tốp 5 tình đạt điểm tối đa"  # "tình" as printed


# --- reform.par ------------------------------------------------------------------------------

def test_total_series_sums_and_statuses():
    s = par.total_series().set_index("year")
    assert s.loc[2016, "score"] == pytest.approx(67.41) and s.loc[2016, "rank"] == 53
    assert s.loc[2016, "sum_areas"] == pytest.approx(64.16)
    assert s.loc[2016, "difference"] == pytest.approx(3.25) and s.loc[2016, "status"] == "mismatch"
    assert s.loc[2017, "sum_areas"] == pytest.approx(71.95) and s.loc[2017, "status"] == "rounding"
    assert s.loc[2018, "status"] == "ok" and s.loc[2019, "status"] == "ok"
    assert s.loc[2019, "score"] == pytest.approx(79.51) and s.loc[2019, "rank"] == 51
    assert list(par.sum_issues()["year"]) == [2016, 2017]


def test_text_ranks_are_kept_verbatim():
    t = par.text_ranks()
    assert list(zip(t["year"], t["area"])) == [(2016, "organisation"), (2016, "finance")]
    assert list(t["rank_text"]) == [ORG_2016, FIN_2016]
    assert t["gloss_en"].iloc[0] == "in the group of 38 provinces that reached the maximum score"
    labels = {a: a for a in par.AREAS}
    grid = par.area_grid("vi", labels, "tối đa*")
    cell = grid[(grid["area"] == "organisation") & (grid["year_str"] == "2016")].iloc[0]
    assert cell["group"] == "text" and cell["rank_label"] == "tối đa*" and cell["rank_tip"] == f"“{ORG_2016}”"
    assert not any(ch.isdigit() for ch in cell["rank_label"])
    wide = par.area_wide("vi", labels, "area", "score", "rank").set_index("area")
    assert wide.loc["organisation", "rank 2016"] == f"“{ORG_2016}”*"
    assert wide.loc["finance", "rank 2016"] == f"“{FIN_2016}”*"
    assert wide.loc["staff", "rank 2019"] == "56" and wide.loc["staff", "score 2019"] == "10,23"
    # the chart of one area leaves a gap, never a number, where the rank is words
    one = par.area_series("organisation").set_index("year")
    assert one["rank"].isna().loc[2016] and one.loc[2017, "rank"] == 52


def test_rank_groups():
    assert [par.rank_group(r) for r in (1, 21, 22, 42, 43, 63, None)] == \
        ["top", "top", "middle", "middle", "bottom", "bottom", None]


def test_later_ranks_from_another_source():
    later = par.later_ranks().set_index("year")
    assert later.loc[2021, "rank"] == 31 and bool(later.loc[2021, "derived"])
    assert later.loc[2022, "rank"] == 24 and not bool(later.loc[2022, "derived"])
    assert later.loc[2024, "rank"] == 56 and later.loc[2024, "out_of"] == 63 and later.loc[2024, "basis"] == "stated"
    assert later["source"].str.contains("pcivietnam.vn|danviet.vn").all()


def test_whatif_table():
    tbl = par.whatif_table({"staff": 11.23}).set_index("area")
    assert tbl.loc["staff", "base"] == pytest.approx(10.23) and tbl.loc["staff", "change"] == pytest.approx(1.0)
    assert tbl.drop(index="staff")["change"].eq(0).all()


def test_slider_grid_contains_the_2019_scores():
    opts = state.params()["par_staff"].options()
    assert 10.23 in opts and 11.23 in opts and 9.23 in opts


# --- the page -----------------------------------------------------------------------------------

def test_par_page_key_figures():
    at = open_page("par_index")
    body = texts(at)
    assert "Chỉ số cải cách hành chính (PAR INDEX)" in body
    assert "67,41" in body and "64,16" in body and "3,25" in body  # the 2016 total and the sum of its areas
    assert "71,94" in body and "71,95" in body  # 2017: rounding
    assert ORG_2016 in body and FIN_2016 in body
    assert "nhóm 45–50" in body and "(32–40)" in body
    assert metric(at, "Năm 2021").value == "Hạng 31/63"
    assert metric(at, "Năm 2022").value == "Hạng 24/63"
    assert "suy ra" in body and "không thuộc Quyết định 688" in body
    scen = metric(at, "Tổng điểm PAR INDEX theo kịch bản")
    assert scen.value == "79,51"
    assert metric(at, "Tổng điểm năm 2019").value == "79,51"
    assert "Không ước tính xếp hạng" in body and "không có bảng kết quả PAR INDEX" in body
    # the text ranks also appear in the table on demand, never as a number
    frames = [df for df in (e.value for e in at.dataframe)]
    cells = {str(v) for df in frames for v in df.to_numpy().ravel()}
    assert f"“{ORG_2016}”*" in cells and f"“{FIN_2016}”*" in cells
    assert any("64,16" in c for c in cells) and any("67,41" in c for c in cells)


def test_par_slider_recomputes_total_and_reset():
    at = open_page("par_index")
    widget(at, "select_slider", "par_staff").set_value(11.23).run()
    assert not at.exception
    scen = metric(at, "Tổng điểm PAR INDEX theo kịch bản")
    assert scen.value == "80,51"
    assert scen.delta.startswith("+1,00") and "so với năm 2019" in scen.delta
    assert at.query_params["par_staff"] == "11.23"  # the scenario travels in the link
    widget(at, "select_slider", "par_staff").set_value(9.23).run()
    scen = metric(at, "Tổng điểm PAR INDEX theo kịch bản")
    assert scen.value == "78,51" and scen.delta.startswith("−1,00")
    at.button(key="reset_par").click().run()
    assert metric(at, "Tổng điểm PAR INDEX theo kịch bản").value == "79,51"


def test_par_page_from_a_link():
    at = open_page("par_index", query={"par_impact": "13.98"})
    assert metric(at, "Tổng điểm PAR INDEX theo kịch bản").value == "81,51"


def test_par_page_in_english():
    at = open_page("par_index", query={"lang": "en"})
    body = texts(at)
    assert "Administrative Reform Index (PAR INDEX)" in body
    assert "67.41" in body and "64.16" in body
    assert ORG_2016 in body and "in the group of 38 provinces that reached the maximum score" in body
    assert metric(at, "2022 (another source)").value == "Rank 24 of 63"
    assert metric(at, "Scenario PAR INDEX total").value == "79.51"
    assert "No rank is estimated" in body


def test_rank_groups_follow_the_number_ranked():
    # thirds by hand: 63/3 = 21, 126/3 = 42; 34/3 = 11.3 -> 11, 68/3 = 22.7 -> 23
    assert par.rank_groups(63) == {"top": (1, 21), "middle": (22, 42), "bottom": (43, 63)}
    assert par.rank_groups(34) == {"top": (1, 11), "middle": (12, 23), "bottom": (24, 34)}
    assert par.rank_group(24, 34) == "bottom" and par.rank_group(24) == "middle"
    assert par.out_of() == 63  # Appendix 04's ranks, from the data
