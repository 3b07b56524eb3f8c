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
