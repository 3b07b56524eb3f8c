"""Mục tiêu 2025/2030 page: the measured verdicts first, then, apart, the what-if under the sliders."""

import re

from apptest_util import open_page, texts, widget

STATUS = "Trạng thái 2025 (giả định)"


def _table(at, column: str):
    """The page's table that has ``column`` (the verdicts' or the what-if's)."""
    found = [d.value for d in at.dataframe if column in d.value.columns]
    assert len(found) == 1, column
    return found[0]


def _row(at, target_name_start: str, column: str = "Dự báo 2025"):
    table = _table(at, column)
    rows = table[table.iloc[:, 1].str.startswith(target_name_start)]
    assert len(rows) == 1, target_name_start
    return rows.iloc[0]


def test_verdicts_come_first_and_from_evidence():
    at = open_page("targets")
    assert [h.value for h in at.header][:2] == ["Kết quả đến nay", "Kịch bản giả định"]
    table = _table(at, "Đánh giá 2025")
    assert len(table) == 14
    by_name = table.set_index("Chỉ tiêu")
    # PCI 2024: rank 33 of 63 within/better than band 45-55: met, provisional; PAR INDEX 2024: 56 of 63, not met
    assert by_name.loc["Hạng PCI", "Đánh giá 2025"] == "✔ Đạt (tạm tính theo kết quả năm 2024)"
    assert by_name.loc["Hạng PCI", "Kết quả mới nhất (năm)"] == "hạng 33/63 (2024)"
    assert by_name.loc["Hạng PAR INDEX", "Đánh giá 2025"] == "✖ Chưa đạt (tạm tính theo kết quả năm 2024)"
    assert by_name.loc["Hạng PAR INDEX", "Triển vọng 2030"] == "▼ Đi lùi"
    assert (table["Đánh giá 2025"] == "○ Chưa có số liệu").sum() == 12
    district = by_name.loc["Hồ sơ trên mạng: huyện", "Triển vọng 2030"]
    assert district.startswith("— Không còn áp dụng") and "1/7/2025" in district


def test_sliders_never_change_the_verdicts():
    at = open_page("targets")
    before = _table(at, "Đánh giá 2025").copy()
    widget(at, "select_slider", "pace_factor").set_value(2.0).run()
    widget(at, "select_slider", "pace_online_l34").set_value(10.0).run()
    assert _table(at, "Đánh giá 2025").equals(before)


def test_every_target_is_listed():
    at = open_page("targets")
    table = _table(at, "Dự báo 2025")
    assert len(table) == 14
    assert "SDG" in texts(at) or any("SDG" in e.value for e in at.expander[0].markdown)
    pci = _row(at, "Xếp hạng Chỉ số PCI")
    assert pci["Mục tiêu 2025"] == "nhóm 45–55" and pci["Mới nhất (năm)"] == "33 (2024)"


def test_target_pace_slider_changes_projection_and_status():
    at = open_page("targets")
    widget(at, "select_slider", "pace_online_l34").set_value(2.0).run()
    assert not at.exception
    row = _row(at, "Tỷ lệ TTHC đủ điều kiện")
    assert row["Dự báo 2025"] == "64,87%"  # 54.87 (2020) + 5 years × 2.0
    assert row[STATUS] == "■ Chững lại"  # 2.0 is under half the 5.03 needed
    widget(at, "select_slider", "pace_online_l34").set_value(4.0).run()
    row = _row(at, "Tỷ lệ TTHC đủ điều kiện")
    assert row["Dự báo 2025"] == "74,87%" and row[STATUS] == "◆ Cải thiện chậm"


def test_global_pace_scales_every_target_and_caps_percentages():
    at = open_page("targets")
    widget(at, "select_slider", "pace_factor").set_value(2.0).run()
    row = _row(at, "Tỷ lệ DVC trực tuyến mức độ 4")
    assert row["Dự báo 2025"] == "100,00%"  # 0 + 5 × 32 capped at 100
    widget(at, "select_slider", "pace_factor").set_value(0.5).run()
    row = _row(at, "Tỷ lệ DVC trực tuyến mức độ 4")
    assert row["Dự báo 2025"] == "40,00%" and row[STATUS] == "◆ Cải thiện chậm"


def test_later_observations_replace_the_projection():
    at = open_page("targets")
    row = _row(at, "Xếp hạng Chỉ số PAR INDEX")
    # PAR INDEX 2024: rank 56 of 63 (results_after_2020.csv); the status column is the page's what-if
    assert row["Mới nhất (năm)"] == "56 (2024)" and row[STATUS] != "✔ Đã đạt"
    assert "2024" in texts(at)


def test_targets_in_english():
    at = open_page("targets", query={"lang": "en"})
    table = _table(at, "Projected 2025")
    assert "2025 target" in table.columns
    assert (table["Projected 2025"].str.contains(",") == False).all()  # noqa: E712  English decimals


def test_assumed_paces_are_flagged():
    at = open_page("targets")
    # 11 of the 12 "on track": all but the PCI rank, whose pace is its 2016-2020 trend
    assert "11 chỉ tiêu “đúng tiến độ” chỉ vì chưa có số liệu sau 2020" in texts(at)


def test_the_results_report_downloads_from_the_page():
    at = open_page("targets")
    keys = [b.proto.id for b in at.get("download_button")]
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Tải báo cáo kết quả (Word)" in labels and "Tải Excel (XLSX)" in labels
    assert any("dl_report_docx" in k for k in keys)


def test_a_rank_of_34_in_the_what_if_is_shown_with_its_equivalent_and_judged_by_position(tmp_path, monkeypatch,
                                                                                           request):
    """PCI 2025 entered as 30/34 ≈ (29,5/34)·63 + 0,5 = 55,16 of 63: worse than the band's 55, so the what-if
    never says "met" (as 30 ≤ 55 read as a raw number would), and shows the rank as measured with its equivalent."""
    from reform.imports import engine as rev
    from state_util import fresh_state

    with fresh_state(request, monkeypatch, tmp_path / "state"):
        rows = "indicator_id,year,value,value_text,out_of,source\npci_rank,2025,30,hạng 30/34,34,VCCI\n"
        rev.apply(rev.read_file("f.csv", rows.encode("utf-8")), by="lan")
        at = open_page("targets")
        row = _row(at, "Xếp hạng Chỉ số PCI")
        assert row["Mới nhất (năm)"] == "30/34 ≈ 55/63 (2025)"
        assert row[STATUS] == "✖ Chưa đạt"  # 2025 has passed: the fact, not a trend word ("▼ Đi lùi" before)
        import json

        specs = [json.dumps(json.loads(c.proto.spec), ensure_ascii=False) for c in at.get("vega_lite_chart")]
        rank_chart = next(s for s in specs if "chỉ tiêu xếp hạng đến 2025" in s)
        # (a long axis title is drawn in lines: a list of strings in the spec)
        assert "Hạng tương đương trên 63 tỉnh" in rank_chart.replace('", "', " ")  # the axis says the ranks of 34 stand at their equivalent
        assert _table(at, "Đánh giá 2025").set_index("Chỉ tiêu").loc["Hạng PCI", "Đánh giá 2025"] == \
            "✖ Chưa đạt (theo kết quả năm 2025)"


def test_a_phone_reads_each_verdict_whole_on_a_card_of_its_own():
    """On a phone (styles.BASE shows the "resp_narrow_" container, hides the "resp_wide_" one) Decision 688's
    verdicts are one card per target part, the verdict a badge in full (the table's column was cut there)."""
    at = open_page("targets")
    shown = [e.value for e in at.markdown]
    # each card's name and its badge are one Markdown element of two paragraphs: the name, then the badge
    cards = [t.split("\n\n") for t in shown if t.startswith(("**I.", "**II."))]
    assert all(len(card) == 2 for card in cards)
    assert [name for name, _ in cards[:2]] == ["**I.1 · Hạng PAR INDEX**", "**I.2 · Hạng PCI**"] and len(cards) == 14
    badges = [badge for _, badge in cards]
    assert all(re.fullmatch(r":(blue|red|gray)-badge\[[^\n]+\]", b) for b in badges), badges
    assert ":red-badge[✖ Chưa đạt (tạm tính theo kết quả năm 2024)]" in badges
    words_ = _table(at, "Đánh giá 2025")["Đánh giá 2025"]
    assert sorted(t.split("[", 1)[1][:-1] for t in badges) == sorted(words_)  # the table's words, each whole


def test_the_method_bounds_ranks_by_the_bands_number_from_the_data():
    """The what-if's method note says ranks stay within 1 to the number the decision's bands rank (63 in PL01's
    "xếp hạng 51/63"), read from the targets' data, in either language."""
    vi = texts(open_page("targets", tables=False))
    assert "hạng nằm trong 1-63 (tính trên 63 tỉnh, như các nhóm hạng mục tiêu của Đề án)." in vi
    en = texts(open_page("targets", {"lang": "en"}, tables=False))
    assert "ranks stay within 1-63 (out of 63 provinces, as the scheme's target bands)." in en
    assert "{n}" not in vi + en
