"""Words of the PAR INDEX page."""

TEXT = {
    "title": ("Chỉ số cải cách hành chính (PAR INDEX)", "Administrative Reform Index (PAR INDEX)"),
    "lead": ("PAR INDEX do Bộ Nội vụ công bố hằng năm cho các tỉnh, thành phố (63 đến năm 2024, 34 từ năm 2025): 8 lĩnh vực, tổng điểm là tổng "
             "điểm 8 lĩnh vực (thang 100). Số liệu 2016-2019 lấy từ Phụ lục 04 của Quyết định; hạng 1 là tốt nhất.",
             "The Ministry of Home Affairs publishes the PAR INDEX every year for the provinces (63 until 2024, 34 "
             "from 2025): 8 areas whose "
             "scores add up to the total (out of 100). The 2016-2019 figures are Appendix 04 of the decision; "
             "rank 1 is best."),
    # --- total
    "total_header": ("Tổng điểm và xếp hạng 2016-2019", "Total score and rank 2016-2019"),
    "total_score": ("Tổng điểm PAR INDEX", "PAR INDEX total score"),
    "total_rank": ("Xếp hạng (lên trên là tốt hơn)", "PAR INDEX rank (up is better)"),
    "bands_legend": ("Nhóm hạng mục tiêu", "Target rank bands"),
    "band_2025": ("Mục tiêu 2025: nhóm {b}", "2025 target: band {b}"),
    "band_2030": ("Định hướng 2030: nhóm {b}", "2030 orientation: band {b}"),
    "bands_same": ("Phụ lục 01 và Phần 3 mục I.2 cùng ghi nhóm {b} cho năm 2025.",
                   "Appendix 01 and Part 3 §I.2 both set the band {b} for 2025."),
    "sum_mismatch": ("Số liệu năm {year} không khớp: Phụ lục 04 in tổng điểm {printed}, nhưng cộng điểm 8 lĩnh vực "
                     "chỉ được {sum} (chênh {diff} điểm). Biểu đồ dùng số in trong Phụ lục; bảng bên dưới ghi cả hai.",
                     "The {year} figures do not add up: Appendix 04 prints a total of {printed}, but its 8 areas sum "
                     "to {sum} (a gap of {diff} points). The chart uses the printed figure; the table below shows both."),
    "sum_rounding": ("Năm {year}: tổng in {printed}, tổng 8 lĩnh vực {sum} — chênh {diff} điểm do làm tròn.",
                     "{year}: printed total {printed}, sum of the 8 areas {sum} — {diff} points apart by rounding."),
    "sum_ok": ("Các năm còn lại: tổng in đúng bằng tổng 8 lĩnh vực.",
               "The other years: the printed total equals the sum of the 8 areas."),
    "col_printed": ("Tổng điểm (in)", "Total (printed)"),
    "col_sum": ("Tổng 8 lĩnh vực (tính lại)", "Sum of the 8 areas (recomputed)"),
    "col_diff": ("Chênh lệch (in − tính lại)", "Gap (printed − recomputed)"),
    "col_check": ("Kiểm tra", "Check"),
    "check_ok": ("✔ khớp", "✔ adds up"),
    "check_rounding": ("≈ chênh do làm tròn", "≈ rounding"),
    "check_mismatch": ("✘ không khớp", "✘ does not add up"),
    # --- later ranks
    "later_header": ("Xếp hạng công bố sau Quyết định (nguồn khác)", "Ranks published after the decision (another source)"),
    "later_lead": ("Các hạng dưới đây không có trong Quyết định 688: lấy từ bài báo đã công bố, theo bộ tiêu chí "
                   "PAR INDEX áp dụng sau 2019 (thang điểm khác), nên chỉ so sánh được hạng, không so sánh điểm với "
                   "2016-2019.",
                   "The ranks below are not in Decision 688: they come from a published news article, on the PAR "
                   "INDEX criteria used after 2019 (another scale), so only the rank, not the score, can be set "
                   "against 2016-2019."),
    "later_metric": ("Năm {year} (nguồn khác)", "{year} (another source)"),
    "later_derived": ("suy ra từ mức tăng hạng đã công bố", "derived from a published rise in rank"),
    "later_published": ("theo bài báo", "as published"),
    "later_table_text": ("Ghi nhận trong nguồn", "As recorded from the source"),
    "later_value": ("Hạng {rank}/{n}", "Rank {rank} of {n}"),
    "later_bands": ("Hạng {rank} năm {year}: {p2025} mục tiêu 2025 ({b2025}); {p2030} định hướng 2030 ({b2030}). "
                    "Đọc thận trọng: khác nguồn và khác bộ tiêu chí với số liệu 2016-2019.",
                    "Rank {rank} in {year}: {p2025} the 2025 target ({b2025}); {p2030} the 2030 orientation ({b2030}). "
                    "Read with care: another source and other criteria than the 2016-2019 figures."),
    "in_band": ("trong nhóm", "within the band of"),
    "better_than_band": ("tốt hơn nhóm", "better than the band of"),
    "worse_than_band": ("chưa vào nhóm", "not yet within the band of"),
    "later_source": ("báo điện tử, không thuộc Quyết định 688", "news article, not part of Decision 688"),
    "no_2020": ("Năm 2020 không có trong Phụ lục 04 và chưa có số liệu công bố trong dữ liệu của dự án.",
                "2020 is not in Appendix 04 and the project has no published figure for it."),
    # --- areas
    "areas_header": ("8 lĩnh vực 2016-2019", "The 8 areas 2016-2019"),
    "grid_title": ("Điểm và hạng từng lĩnh vực", "Score and rank of each area"),
    "area": ("Lĩnh vực", "Area"),
    "group_title": ("Nhóm xếp hạng trong {n} tỉnh, thành phố", "Rank group among the {n} provinces"),
    "group_top": ("Hạng {low}–{high}", "Rank {low}–{high}"),
    "group_middle": ("Hạng {low}–{high}", "Rank {low}–{high}"),
    "group_bottom": ("Hạng {low}–{high}", "Rank {low}–{high}"),
    "group_text": ("Hạng in bằng chữ (*)", "Rank printed as words (*)"),
    "text_cell": ("tối đa*", "max.*"),
    "grid_how": ("Mỗi ô: dòng trên là điểm, dòng dưới là hạng (#); màu theo nhóm hạng. Phụ lục 04 không ghi điểm tối đa của từng "
                 "lĩnh vực, nên điểm giữa các lĩnh vực không so sánh trực tiếp được; hãy so sánh hạng.",
                 "Each cell: the score on top, the rank (#) below; colour by rank group. Appendix 04 does not print each area's maximum "
                 "points, so scores of different areas are not directly comparable; compare ranks."),
    "text_ranks_note": ("(*) Phụ lục 04 in hạng bằng chữ, không phải con số: {items}.",
                        "(*) Appendix 04 prints these ranks as words, not a number: {items}."),
    "text_rank_item": ("lĩnh vực {item} năm {year} (điểm {score}): “{text}”{gloss}",
                       "area {item} in {year} (score {score}): “{text}”{gloss}"),
    "text_rank_verbatim": ("(in nguyên văn)", "(Vietnamese as printed)"),
    "score_col": ("Điểm", "Score"),
    "rank_col": ("Hạng", "Rank"),
    # --- one area
    "detail_title": ("Chi tiết một lĩnh vực", "One area in detail"),
    "detail_pick": ("Chọn lĩnh vực", "Choose an area"),
    "detail_score": ("{name}: điểm", "{name}: score"),
    "detail_rank": ("Hạng (lên trên là tốt hơn)", "Rank (up is better)"),
    "detail_text_gap": ("Năm {year} không có điểm trên biểu đồ hạng vì Phụ lục 04 in hạng bằng chữ: “{text}”.",
                        "{year} has no point on the rank chart because Appendix 04 prints the rank as words: “{text}”."),
    # --- area short labels (names as printed are in the table and tooltips)
    "area_steering": ("1. Chỉ đạo, điều hành CCHC", "1. Steering of reform"),
    "area_legal": ("2. Văn bản quy phạm pháp luật", "2. Legal documents"),
    "area_procedures": ("3. Thủ tục hành chính", "3. Administrative procedures"),
    "area_organisation": ("4. Tổ chức bộ máy", "4. Administrative apparatus"),
    "area_staff": ("5. Cán bộ, công chức, viên chức", "5. Civil servants and public employees"),
    "area_finance": ("6. Tài chính công", "6. Public finance"),
    "area_modernisation": ("7. Hiện đại hóa hành chính", "7. Modernising the administration"),
    "area_impact": ("8. Tác động đến người dân, tổ chức, KT-XH", "8. Impact on people, organisations, development"),
    # --- what-if
    "whatif_title": ("Giả định: nếu điểm các lĩnh vực thay đổi", "What if the area scores change"),
    "whatif_lead": ("Kéo thanh trượt để đặt điểm từng lĩnh vực (mặc định là điểm năm {year}, bước 0,25 điểm). "
                    "Tổng điểm PAR INDEX được tính lại bằng tổng 8 lĩnh vực.",
                    "Move a slider to set an area's score (default: the {year} score, steps of 0.25). "
                    "The PAR INDEX total is recomputed as the sum of the 8 areas."),
    "range_note": ("Thanh trượt cho phép 0–20 điểm (lĩnh vực 8: 0–40), nhưng tổng 8 lĩnh vực không vượt quá 100 "
                   "điểm (thang điểm của PAR INDEX): mỗi thanh chỉ đi đến phần còn lại sau các lĩnh vực khác. Phụ lục "
                   "04 không ghi điểm tối đa của từng lĩnh vực, hãy đối chiếu hướng dẫn chấm điểm của Bộ Nội vụ.",
                   "The sliders allow 0–20 points (area 8: 0–40), but the 8 areas never add up to more than 100 points "
                   "(the PAR INDEX scale): each slider only goes as far as the other areas leave. Appendix 04 does "
                   "not print each area's maximum: check the Ministry of Home Affairs' scoring guide."),
    "slider_label": ("{name} (năm {year}: {base})", "{name} ({year}: {base})"),
    "total_scenario": ("Tổng điểm PAR INDEX theo kịch bản", "Scenario PAR INDEX total"),
    "change_vs_base": ("so với năm {year}", "against {year}"),
    "total_help": ("Năm {year}: tổng 8 lĩnh vực {base}; Phụ lục 04 in {printed}.",
                   "{year}: the 8 areas sum to {base}; Appendix 04 prints {printed}."),
    "base_metric": ("Tổng điểm năm {year} (Phụ lục 04)", "{year} total (Appendix 04)"),
    "base_rank": ("hạng {rank}/{n}", "rank {rank} of {n}"),
    "no_rank": ("Không ước tính xếp hạng cho tổng điểm kịch bản: dự án không có bảng kết quả PAR INDEX của các "
                "tỉnh, thành phố (điểm và hạng cả nước), nên không thể quy đổi một tổng điểm sang hạng. Hạng phụ "
                "thuộc vào điểm của các tỉnh khác trong cùng năm.",
                "No rank is estimated for the scenario total: the project has no national table of PAR INDEX "
                "results (every province's score and rank), so a total cannot be turned into a rank. A rank depends "
                "on the other provinces' scores in the same year."),
    "scenario_col": ("Điểm kịch bản", "Scenario score"),
    "base_col": ("Điểm {year}", "{year} score"),
    "change_col": ("Thay đổi", "Change"),
}
