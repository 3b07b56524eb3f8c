"""Chỉ số PCI page: figures, what-if sliders and the rank estimate."""
import pytest

from apptest_util import metric, open_page, texts, widget


def test_pci_page_figures():
    at = open_page("pci")
    body = texts(at)
    assert "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)" in body
    assert "45–55 (Phụ lục 01) và 50–55 (Phần 3 mục I.2); 2030: 40–45" in body
    comp = metric(at, "PCI tổng hợp theo kịch bản")
    assert comp.value == "61,98"  # the printed 2020 composite, unchanged by default
    assert len(at.select_slider) >= 10
    # no slider moved: the published rank of the base year, 57 of 63 (Appendix 03, 2020), shown as published,
    # not as an estimate
    assert metric(at, "Hạng công bố 2020").value == "57/63"
    assert not [m for m in at.metric if m.label.startswith("Hạng ước tính")]
    # the results since 2020 come from the data, each with its rank out of N and its basis
    assert "năm 2024 hạng 33/63 (tỉnh công bố trong văn bản của tỉnh), 67,67 điểm" in body
    assert "năm 2023 hạng 35/63 (suy ra từ số liệu công bố)" in body
    # the composite's table: every column named in the page's language, each rank out of how many (PL03: 2020
    # 61,98 points, 57th of 63)
    (table,) = [d.value for d in at.dataframe if "Điểm" in d.value.columns and "Xếp hạng" in d.value.columns
                and "Năm" in d.value.columns and len(d.value) == 5]
    assert list(table.columns) == ["Năm", "Điểm", "Xếp hạng", "Số tỉnh được xếp hạng"]
    assert list(table.iloc[-1]) == [2020, "61,98", "57", 63]


def test_moving_land_access_recomputes_the_composite():
    at = open_page("pci")
    widget(at, "select_slider", "pci_land").set_value(6.78).run()  # 5.78 → 6.78, weight 5%
    assert not at.exception
    comp = metric(at, "PCI tổng hợp theo kịch bản")
    assert comp.value == "62,48"
    assert "+0,50" in str(comp.delta)
    # 62,48 among the other provinces of 2020 (not every score is published: interpolated): between
    # Bình Phước 62,42 (49 provinces above it) and Lâm Đồng 64,43 (22 above): 49 − 27 × 0,06/2,01 = 48,2
    # provinces above, so rank 1 + 48,2 → 49 of 63
    assert metric(at, "Hạng ước tính").value == "49/63"


def test_transparency_pays_four_times_entry():
    at = open_page("pci")
    widget(at, "select_slider", "pci_transparency").set_value(7.5).run()  # +1.0 at 20%
    assert metric(at, "PCI tổng hợp theo kịch bản").value == "63,98"


def test_slider_value_survives_a_page_switch():
    at = open_page("pci")
    widget(at, "select_slider", "pci_land").set_value(6.78).run()
    at.switch_page("pages/overview.py").run()
    at.switch_page("pages/pci.py").run()
    assert widget(at, "select_slider", "pci_land").value == pytest.approx(6.78)
    assert metric(at, "PCI tổng hợp theo kịch bản").value == "62,48"


def test_reset_to_actual():
    at = open_page("pci", query={"pci_land": "6.78"})
    assert metric(at, "PCI tổng hợp theo kịch bản").value == "62,48"
    at.button(key="reset_pci").click().run()
    assert metric(at, "PCI tổng hợp theo kịch bản").value == "61,98"


def test_link_reopens_scenario_and_bad_values_warn():
    at = open_page("pci", query={"pci_land": "6.78", "pci_time": "abc", "evil<script>": "1"})
    assert metric(at, "PCI tổng hợp theo kịch bản").value == "62,48"
    warning = " ".join(w.value for w in at.warning)
    assert "pci_time" in warning and "<script>" not in warning


def test_score_above_every_reference_point_says_so():
    at = open_page("pci", query={"pci_transparency": "10", "pci_support": "10", "pci_labour": "10",
                                 "pci_ref": "2020"})
    assert metric(at, "Hạng ước tính").value.startswith("1–")
    assert "cao hơn mọi điểm tham chiếu" in texts(at)


def test_pci_page_in_english():
    at = open_page("pci", query={"lang": "en"})
    assert metric(at, "Scenario PCI composite").value == "61.98"
    assert "Appendix 01" in texts(at)


# --- each year with its method (issue 15 item 2) ------------------------------------------------------------------
import json  # noqa: E402

from apptest_util import meaning_of  # noqa: E402
from test_pci_rank_whatif import WEIGHTS, made_up_2_0  # noqa: E402,F401 - the made-up PCI 2.0 fixture


def _charts(at) -> list[tuple[dict, list]]:
    """Each chart's spec and its data frames (Streamlit sends Altair's data apart from the spec, as Arrow)."""
    import pyarrow as pa

    out = []
    for e in at.get("vega_lite_chart"):
        frames = [pa.ipc.open_stream(d.data.data).read_all().to_pandas() for d in e.proto.datasets]
        out.append((json.loads(e.proto.spec), frames))
    return out


def _chart_years(frames: list) -> set[int]:
    """The years a chart's data rows carry."""
    years = set()
    for df in frames:
        for k in ("year", "year_str"):
            if k in df.columns:
                years |= {int(y) for y in df[k].dropna()}
    return years


def _table(at, first_column: str):
    return next(d.value for d in at.dataframe if d.value.columns[0] == first_column and len(d.value.columns) > 1
                and "Phương pháp" in d.value.columns)


def test_each_year_is_shown_with_its_method_and_its_rank_out_of_that_years_field():
    at = open_page("pci")
    years = _table(at, "Năm").set_index("Năm")
    assert years.loc["2020", "Phương pháp"] == "PCI 2006-2021 (10 chỉ số thành phần)"
    assert years.loc["2020", "Xếp hạng"] == "57/63"
    assert years.loc["2024", "Phương pháp"] == "PCI 2022-2024 (phương pháp sửa đổi)"
    assert (years.loc["2024", "Điểm"], years.loc["2024", "Xếp hạng"]) == ("67,67", "33/63")
    assert years.loc["2021", "Điểm"] == "không có số liệu"  # only the rank was published: no score is made up
    # 2013-2015: VCCI's published composite and rank of Lai Châu (the national table's row: 55,7767 and 47 in
    # ../shared/reference/pci-national/pci_2013_2016_all_provinces.csv), not "no data" beside its sub-indices
    assert (years.loc["2013", "Điểm"], years.loc["2013", "Xếp hạng"]) == ("55,78", "47/63")
    assert (years.loc["2015", "Điểm"], years.loc["2015", "Xếp hạng"]) == ("52,77", "61/63")
    assert "PCI 2013" in years.loc["2013", "Nguồn"] and years.loc["2013", "Cơ sở"] == "số liệu công bố"
    heads = [h.value for h in at.header]
    assert "PCI 2006-2021 (10 chỉ số thành phần): 2016–2020" in heads
    assert "PCI 2022-2024 (phương pháp sửa đổi): 2021–2024" not in heads  # 2021 is of the 2006-2021 method
    assert "PCI 2022-2024 (phương pháp sửa đổi): 2022–2024" in heads
    body = texts(at)
    # the revised method: no component score of Lai Châu is known, and its weights are not published
    assert "Chưa có điểm chỉ số thành phần của Lai Châu theo phương pháp PCI 2022-2024" in body
    assert "không thể tính lại điểm tổng hợp từ các chỉ số thành phần" in body


def test_the_years_table_names_every_years_source_and_fits_a_room_and_a_phone():
    at = open_page("pci")
    years = _table(at, "Năm")
    # the figures first (a phone shows year, composite and rank without scrolling sideways)
    assert years.columns.tolist()[:3] == ["Năm", "Điểm", "Xếp hạng"]
    # every year's source in one line, with its years (2013-2015: VCCI's table; 2016-2020: the decision, PL03)
    assert ("Nguồn: VCCI (2013–2015); Quyết định 688/QĐ-UBND ngày 11/6/2021 của UBND tỉnh Lai Châu, Phụ lục 03 "
            "(2016–2020); baodienbienphu.com.vn (2021)") in "\n".join(c.value for c in at.caption)
    # on a projector the long source column is left out (its line stays), the rest in large type
    room = open_page("pci", {"present": "1"})
    static = next(t.value for t in room.table if "Phương pháp" in t.value.columns)
    assert static.columns.tolist() == ["Năm", "Điểm", "Xếp hạng", "Phương pháp", "Cơ sở"]
    assert static.loc[static["Năm"] == "2013", "Xếp hạng"].tolist() == ["47/63"]
    assert any(c.value.startswith("Nguồn: VCCI (2013–2015)") for c in room.caption)


def test_no_chart_draws_components_of_two_methods():
    at = open_page("pci")
    from reform.model import methods

    over_years = 0
    for spec, frames in _charts(at):
        years = _chart_years(frames)
        if len(years) > 1:  # a chart over years: all of one method
            over_years += 1
            assert len({methods.method_of_year(y).id for y in years}) == 1, (spec.get("title"), sorted(years))
    assert over_years >= 3  # the composite, the 10 sub-indices, one sub-index in detail: the check saw them


def test_a_method_without_weights_says_the_composite_cannot_be_recomputed_and_offers_a_composite_what_if():
    at = open_page("pci", query={"pci_ref": "2024"})
    warning = " ".join(w.value for w in at.warning)
    assert "PCI 2022-2024 (phương pháp sửa đổi): trọng số chưa được công bố" in warning
    assert "không thể tính lại điểm tổng hợp" in warning
    assert [meaning_of(s.key) for s in at.select_slider] == ["pci_pci_2022_composite"]
    assert "một giả định trên chính điểm tổng hợp" in texts(at)
    assert "Giả định: nếu điểm tổng hợp thay đổi" in [h.value for h in at.header]
    assert metric(at, "Hạng công bố 2024").value == "33/63"  # none moved: as published, not an estimate
    widget(at, "select_slider", "pci_pci_2022_composite").set_value(3.0).run()
    assert not at.exception
    assert metric(at, "PCI tổng hợp theo kịch bản").value == "70,67"
    # hand count in tests/test_pci_rank_whatif.py: 6 of the 2024 points above 70,67 -> 7 of 63
    assert metric(at, "Hạng ước tính (năm tham chiếu 2024)").value == "7/63"
    assert "Kịch bản giả định" in texts(at)  # labelled as a what-if
    assert at.query_params["pci_pci_2022_composite"] in ("3", ["3"])  # in the link


def test_the_made_up_2025_method_gets_its_nine_sliders_apart_from_the_earlier_methods(made_up_2_0):
    at = open_page("pci", query={"pci_ref": "2025"})
    assert [meaning_of(s.key) for s in at.select_slider] == [f"pci_pci_2_0_{c}" for c in WEIGHTS]
    assert metric(at, "Hạng công bố 2025").value == "12/34"
    assert not [m for m in at.metric if m.label.startswith("Hạng ước tính")]
    assert "Kịch bản giả định" not in texts(at)  # nothing moved: the published figures, not a what-if's
    assert "PCI 2.0 (BỊA): 2025" in [h.value for h in at.header]
    years = _table(at, "Năm").set_index("Năm")
    assert (years.loc["2025", "Phương pháp"], years.loc["2025", "Xếp hạng"]) == ("PCI 2.0 (BỊA)", "12/34")
    # its components' chart holds 2025 only, the nine components of its own method
    frames = next(f for s, f in _charts(at) if "PCI 2.0 (BỊA)" in json.dumps(s.get("title"), ensure_ascii=False))
    assert _chart_years(frames) == {2025} and len(frames[0]) == 9
    # the points per +1 shown with these sliders are this method's (9 components; 15 % of 100 / 10 = 1,5), never
    # the decision's 10 sub-indices'
    gains = [f for _, frames in _charts(at) for f in frames if "gain" in f.columns]
    assert len(gains) == 1 and len(gains[0]) == 9 and gains[0]["gain"].max() == pytest.approx(1.5)
    widget(at, "select_slider", "pci_pci_2_0_transparency").set_value(10.0).run()
    assert metric(at, "PCI tổng hợp theo kịch bản").value == "70,50"
    assert metric(at, "Hạng ước tính (năm tham chiếu 2025)").value == "4/34"
    assert "Kịch bản giả định" in texts(at)  # moved: labelled as a what-if


def test_the_decisions_sliders_keep_their_old_keys():
    at = open_page("pci", query={"pci_land": "6.78", "pci_ref": "2020"})
    assert metric(at, "PCI tổng hợp theo kịch bản").value == "62,48"
    assert len([s for s in at.select_slider if meaning_of(s.key).startswith("pci_pci_")]) == 0
