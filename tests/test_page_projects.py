"""Dự án & kinh phí page: Appendix 02 amounts, shares, cross-checks with Part 3 §III.2."""
import pytest
from apptest_util import metric, open_page, texts

from reform.i18n import escape
from reform.views import projects


# --- reform.projects ---------------------------------------------------------------------------

def test_tasks_amounts_and_fund_types():
    t = projects.tasks()
    assert list(t["ref"]) == ["I.1", "I.2", "I.3", "II.1", "II.2", "II.3", "II.4"]
    assert list(t["fund_type"]) == ["recurrent"] * 3 + ["investment"] * 4
    assert list(t["amount"]) == [70, 9600, 7500, 30000, 20000, 14900, 30000]
    assert t["note_vi"].notna().all()
    assert t["share_total"].sum() == pytest.approx(100)
    assert t.set_index("ref").loc["II.1", "share_total"] == pytest.approx(100 * 30000 / 112070)
    for kind in ("recurrent", "investment"):
        assert t[t.fund_type == kind]["share_fund"].sum() == pytest.approx(100)


def test_totals_and_shares():
    tot = projects.totals()
    assert (tot["total"], tot["recurrent"], tot["investment"]) == (112070, 17170, 94900)
    assert tot["share_recurrent"] == pytest.approx(15.3208, abs=1e-3)
    assert tot["share_investment"] == pytest.approx(84.6792, abs=1e-3)
    assert (tot["n_recurrent"], tot["n_investment"], tot["n_tasks"]) == (3, 4, 7)


def test_parts_add_up():
    checks = projects.sum_checks().set_index("check")
    assert checks["ok"].all()
    assert checks.loc["recurrent", "parts_sum"] == 17170 and checks.loc["investment", "parts_sum"] == 94900
    assert checks.loc["total", "parts_sum"] == 112070 and checks.loc["total_tasks", "parts_sum"] == 112070


def test_text_figures_agree_with_the_appendix():
    tc = projects.text_checks()
    assert list(tc["indicator_id"]) == ["t_funding_total", "t_funding_recurrent", "t_funding_investment"]
    assert list(tc["text_value"]) == [112070, 17170, 94900]
    assert tc["ok"].all()
    assert "112.070 triệu đồng" in tc["quote_vi"].iloc[0]


def test_fund_type_and_escape():
    assert projects.fund_type("pl02_r2_reporting") == "recurrent"
    assert projects.fund_type("pl02_i3_lgsp") == "investment"
    assert projects.fund_type("pl02_total") is None and projects.fund_type("pl02_investment") is None
    assert escape.markdown("a*b_c [x]") == r"a\*b\_c \[x\]"


# --- the page -----------------------------------------------------------------------------------

def test_projects_page_key_figures():
    at = open_page("projects")
    assert metric(at, "Tổng kinh phí dự kiến").value == "112.070 triệu đồng"
    assert metric(at, "Vốn sự nghiệp").value == "17.170 triệu đồng"
    assert metric(at, "Vốn đầu tư").value == "94.900 triệu đồng"
    body = texts(at)
    assert "15,32% tổng kinh phí" in body and "84,68% tổng kinh phí" in body
    assert any("Tất cả khớp" in e.value for e in at.success) and not at.error
    # purposes verbatim, in Vietnamese
    assert "Thuê Hệ thống Thông tin báo cáo và chỉ đạo điều hành" in body
    assert "Kết nối với NGSP" in body
    assert "Nguồn vốn đầu tư: 94.900 triệu đồng" in body
    assert len(at.expander) >= 7
    cells = {str(v) for df in (e.value for e in at.dataframe) for v in df.to_numpy().ravel()}
    assert {"70", "9.600", "7.500", "30.000", "20.000", "14.900"} <= cells
    assert "26,77" in cells  # II.1 and II.4: 30.000 of 112.070


def test_projects_page_in_english():
    at = open_page("projects", query={"lang": "en"})
    assert metric(at, "Total planned funds").value == "VND 112,070 million"
    assert metric(at, "Recurrent funds").value == "VND 17,170 million"
    assert metric(at, "Investment funds").value == "VND 94,900 million"
    body = texts(at)
    assert "Electronic archive and cyber-security monitoring centre" in body
    assert "in Vietnamese only" in body
    assert "Thuê Hệ thống Thông tin báo cáo và chỉ đạo điều hành" in body  # shown as printed
    assert "15.32% of the total" in body and any("Everything adds up" in e.value for e in at.success)
