"""Tổng quan / Overview page: it leads with what was measured, and says plainly what nobody measured."""
from apptest_util import metric, open_page, texts


def test_overview_leads_with_the_latest_results():
    at = open_page()
    # PCI 2024: rank 33 of 63, 67,67 points (Kế hoạch 3710/KH-UBND); PAR INDEX 2024: rank 56 of 63, 85,97 points
    assert metric(at, "Xếp hạng mới nhất (2024)").value == "33/63"
    ranks = [m.value for m in at.metric if m.label.startswith("Xếp hạng mới nhất")]
    assert ranks == ["33/63", "56/63"]
    body = texts(at)
    assert "Điểm năm 2024: 67,67" in body and "Điểm năm 2024: 85,97" in body
    assert "Mục tiêu 2025 (nhóm 45–55 trên 63 tỉnh): ✔ Đạt (tạm tính theo kết quả năm 2024)" in body
    assert "Mục tiêu 2025 (nhóm 45–50 trên 63 tỉnh): ✖ Chưa đạt (tạm tính theo kết quả năm 2024)" in body


def test_overview_counts_only_what_was_measured():
    at = open_page()
    body = texts(at)
    assert "✔ 1 đạt · ✖ 1 chưa đạt · ○ 12 chưa có số liệu" in body
    assert "12 chỉ tiêu chưa có số liệu sau năm 2020" in body
    # Decision 688 by default: the heading names its 14 (a later plan's are in tests/test_plans.py)
    assert "14 chỉ tiêu của Đề án: kết quả so với mục tiêu 2025" in [s.value for s in at.header]
    # no status that rests on an assumed pace
    assert "đúng tiến độ" not in body.lower()
    assert body.count("Mục tiêu 2025: ") == 14  # one card per target part


def test_overview_ignores_the_what_if_sliders():
    plain = texts(open_page())
    moved = texts(open_page(query={"pace_online_l34": "10", "pace_factor": "2", "pci_land": "9"}))
    strip = [line for line in moved.splitlines() if "chưa có số liệu" in line and "đạt" in line]
    assert strip and all(line in plain for line in strip)


def test_overview_in_english():
    at = open_page(query={"lang": "en"})
    assert metric(at, "Latest rank (2024)").value == "33/63"
    body = texts(at)
    assert "✔ 1 met · ✖ 1 not met · ○ 12 no data" in body
    assert "provisional, on the 2024 result" in body


def test_overview_cards_come_in_the_decisions_order():
    """A phone stacks columns one after the other: with one pair of columns for all 14 cards it showed the
    1st, 3rd, 5th … and then the 2nd, 4th …; one row of two per pair keeps the decision's order."""
    from reform.model import verdicts

    at = open_page()
    names = [str(e.value).strip("*") for e in at.main if getattr(e, "type", None) == "markdown"
             and str(e.value).startswith("**") and not str(e.value).startswith("**✔")]
    expected = [v["short_vi"] for v in verdicts.verdicts()]
    assert [n for n in names if n in expected] == expected


def test_overview_names_the_plan_it_judges_against_once():
    from reform.model import verdicts
    from reform.views import verdicts as words

    at = open_page()
    line = words.judged_by(verdicts.plans()[0], "vi")
    assert line.startswith("Đánh giá theo: Quyết định 688/QĐ-UBND")
    assert [c.value for c in at.main.caption].count(line) == 1


# --- ranks out of 34 (from 2025) beside ranks out of 63: never on one unlabelled axis -------------------------

import json

import pytest

from state_util import fresh_state


@pytest.fixture
def pci_2025_out_of_34(request, tmp_path, monkeypatch):
    """PCI 2025 entered as 12 of 34 (the browser tests' figure) in a fresh state store."""
    from reform.imports import engine as rev

    with fresh_state(request, monkeypatch, tmp_path / "state"):
        rows = "indicator_id,year,value,value_text,out_of,source\npci_rank,2025,12,hạng 12/34,34,VCCI: PCI 2025\n"
        rev.apply(rev.read_file("f.csv", rows.encode("utf-8")), by="lan")
        yield


def _chart_specs(at) -> list[dict]:
    return [json.loads(e.proto.spec) for e in at.get("vega_lite_chart")]


def test_a_rank_of_34_stands_at_its_position_of_63_labelled_as_the_equivalence(pci_2025_out_of_34):
    """12 of 34 sits at (12 − 0,5)/34 of the field: (11,5 · 63/34) + 0,5 = 21,81 out of 63, not at 12 beside
    33 of 63 (2024); the band 45–55 of 63 is 25–29 of 34 (ceil(44,5·34/63 + 0,5) = 25, floor(54,5·34/63 +
    0,5) = 29)."""
    at = open_page()
    body = texts(at)
    assert metric(at, "Xếp hạng mới nhất (2025)").value == "12/34"
    assert ("Mục tiêu 2025 (nhóm 45–55 trên 63 tỉnh; tương đương 25–29/34 theo cách quy đổi của bảng điều khiển): "
            "✔ Đạt (theo kết quả năm 2025)") in body
    # PAR INDEX has no rank out of 34: its goal line is as before, no equivalent
    assert "Mục tiêu 2025 (nhóm 45–50 trên 63 tỉnh): ✖ Chưa đạt (tạm tính theo kết quả năm 2024)" in body
    pci, par = _chart_specs(at)[:2]
    pci_text = json.dumps(pci, ensure_ascii=False)
    assert '"title": "Hạng tương đương trên 63 tỉnh"' in pci_text  # the axis says it is the equivalence
    assert "nhóm 45–55 ≈ 25–29/34" in pci_text  # the band's equivalent in the legend
    # beside the chart, how the diamonds (ranks of 34) stand on the axis of 63
    assert ("◆ Hạng trên 34 tỉnh (năm 2025) được đặt ở vị trí tương đương trên 63 tỉnh: (hạng − 0,5) / 34 × 63 + 0,5, "
            "cách quy đổi của bảng điều khiển, không phải quy đổi chính thức.") in body
    par_text = json.dumps(par, ensure_ascii=False)
    assert "tương đương" not in par_text and '"title": "Xếp hạng (1 là tốt nhất)"' in par_text
    # the same numbers as a table, under each chart
    table = at.dataframe[0].value
    by_year = table.set_index("Năm")
    assert list(by_year.loc["2024", ["Xếp hạng", "Số tỉnh được xếp hạng", "Tương đương trên 63 tỉnh"]]) == ["33", "63", "33,00"]
    assert list(by_year.loc["2025", ["Xếp hạng", "Số tỉnh được xếp hạng", "Tương đương trên 63 tỉnh"]]) == ["12", "34", "21,81"]
    assert by_year.loc["2025", "Nguồn"] == "VCCI: PCI 2025"
    assert "Tương đương trên 63 tỉnh" not in at.dataframe[1].value.columns  # PAR INDEX: all of 63
    captions = [c.value for c in at.caption]
    assert any(c.startswith("Nguồn: Quyết định 688") and "(2016–2020)" in c and "VCCI: PCI 2025 (2025)" in c for c in captions)


def test_the_rank_chart_draws_each_field_apart_with_words_in_its_tooltips():
    import pandas as pd

    from reform.views import indices

    trend = pd.DataFrame({"year": [2023, 2024, 2025], "rank": [35, 33, 12], "out_of": [63, 63, 34],
                          "basis": ["derived", "stated", "stated"], "source": ["a: https://a", "b: https://b", "VCCI"]})
    points = indices.rank_points(trend, 63)
    assert points["equivalent"].round(2).tolist() == [35.0, 33.0, 21.81]
    assert indices.mixed_fields(points, 63) == [34]
    spec = indices.rank_trend_chart(
        points, [{"low": 45, "high": 55, "label": "2025"}], lang="en", title="T", subtitle="S", x_title="Year",
        y_title="Equivalent rank of 63", band_title="Bands", basis_title="Basis",
        basis_words={"derived": "derived", "stated": "published"}, band_out_of=63, rank_title="Rank",
        equivalent_title="Equivalent of 63").to_dict()
    data = next(d for d in spec["datasets"].values() if "rank_fmt" in d[0])
    assert [(d["rank_fmt"], round(d["equivalent"], 2), d["label"]) for d in data] == [
        ("35/63", 35.0, "35/63"), ("33/63", 33.0, "33/63"), ("12/34", 21.81, "12/34 ≈ 22/63")]
    line = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "line")
    assert line["encoding"]["detail"]["field"] == "out_of"  # no line from 33 of 63 to 12 of 34
    assert line["encoding"]["y"]["field"] == "equivalent" and line["encoding"]["y"]["title"] == "Equivalent rank of 63"
    assert [t["title"] for t in line["encoding"]["tooltip"]] == ["Year", "Rank", "Equivalent of 63", "Basis"]
    point = next(layer for layer in spec["layer"] if layer["mark"]["type"] == "point")
    assert point["encoding"]["shape"]["field"] == "out_of"
    assert dict(zip(*(point["encoding"]["shape"]["scale"][k] for k in ("domain", "range")))) == {63: "circle", 34: "diamond"}
    assert indices.equivalence_years(points, 34) == [2025]
