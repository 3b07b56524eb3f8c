"""Tổng quan / Overview page."""
from apptest_util import metric, open_page, texts


def test_overview_headline_figures():
    at = open_page()
    pci = metric(at, "Chỉ số PCI 2020")
    assert pci.value == "61,98 điểm"
    par = metric(at, "Chỉ số PAR INDEX 2019")
    assert par.value == "79,51 điểm"
    body = texts(at)
    assert "Hạng 57/63" in body and "Hạng 51/63" in body
    assert "45–55 (Phụ lục 01) hoặc 50–55 (Phần 3 mục I.2)" in body
    assert "2030 trong nhóm 32–40" in body


def test_overview_status_words_not_colour_alone():
    at = open_page()
    body = texts(at)
    assert "đã đạt" in body and "đúng tiến độ" in body
    # one card per target part (14), each with a word
    assert body.count("Mục tiêu 2025:") == 14


def test_overview_in_english():
    at = open_page(query={"lang": "en"})
    assert metric(at, "PCI 2020").value == "61.98 points"
    assert "Rank 57 of 63" in texts(at)
