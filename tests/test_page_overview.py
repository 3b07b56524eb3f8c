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
    assert "Mục tiêu 2025 (nhóm 45–55 (trên 63 tỉnh)): ✔ Đạt (tạm tính theo kết quả năm 2024)" in body
    assert "Mục tiêu 2025 (nhóm 45–50 (trên 63 tỉnh)): ✖ Chưa đạt (tạm tính theo kết quả năm 2024)" in body


def test_overview_counts_only_what_was_measured():
    at = open_page()
    body = texts(at)
    assert "✔ 1 đạt · ✖ 1 chưa đạt · ○ 12 chưa có số liệu" in body
    assert "12 chỉ tiêu chưa có số liệu sau năm 2020" in body
    # Decision 688 by default: the heading names its 14 (a later plan's are in tests/test_plans.py)
    assert "14 chỉ tiêu của Đề án: kết quả so với mục tiêu 2025" in [s.value for s in at.subheader]
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
