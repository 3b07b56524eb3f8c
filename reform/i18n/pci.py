"""Words of the PCI page."""

TEXT = {
    "title": ("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "Provincial Competitiveness Index (PCI)"),
    "lead": ("PCI do VCCI công bố hằng năm: 10 chỉ số thành phần (thang 0-10), chỉ số tổng hợp là tổng có trọng số "
             "(thang 0-100). Số liệu 2016-2020 lấy từ Phụ lục 03 của Quyết định.",
             "VCCI publishes the PCI every year: 10 sub-indices (0-10) whose weighted sum is the composite (0-100). "
             "The 2016-2020 figures are Appendix 03 of the decision."),
    "composite_title": ("Chỉ số PCI tổng hợp 2016-2020", "PCI composite 2016-2020"),
    "composite_score": ("Điểm PCI tổng hợp", "PCI composite score"),
    "composite_rank": ("Xếp hạng PCI (trục đảo: lên trên là tốt hơn)", "PCI rank (reversed: up is better)"),
    "bands_legend": ("Nhóm hạng mục tiêu", "Target rank bands"),
    "band_pl01": ("Mục tiêu 2025, Phụ lục 01: nhóm {b}", "2025 target, Appendix 01: band {b}"),
    "band_text": ("Mục tiêu 2025, Phần 3 mục I.2: nhóm {b}", "2025 target, Part 3 §I.2: band {b}"),
    "band_2030": ("Định hướng 2030: nhóm {b}", "2030 orientation: band {b}"),
    "later_caption": ("Kết quả sau 2020 (xem trang Dữ liệu và nguồn; từ năm 2022 VCCI dùng phương pháp sửa đổi, điểm "
                      "không so sánh trực tiếp với 2016-2021): {items}.",
                      "Results after 2020 (see Data and sources; from 2022 VCCI uses a revised method, scores not "
                      "directly comparable with 2016-2021): {items}."),
    "later_item": ("năm {year} hạng {rank} ({basis})", "{year} rank {rank} ({basis})"),
    "points": ("điểm", "points"),
    "subs_title": ("10 chỉ số thành phần 2016-2020 (điểm; #hạng; trọng số trong ngoặc)",
                   "The 10 sub-indices 2016-2020 (score; #rank; weight in brackets)"),
    "subs_title_short": ("10 chỉ số thành phần (#hạng; trọng số)", "10 sub-indices (#rank; weight)"),
    "sub_score": ("Điểm (0-10)", "Score (0-10)"),
    "weight": ("Trọng số", "Weight"),
    "subindex": ("Chỉ số thành phần", "Sub-index"),
    "detail_title": ("Chi tiết một chỉ số thành phần", "One sub-index in detail"),
    "detail_pick": ("Chọn chỉ số thành phần", "Choose a sub-index"),
    "detail_score": ("{name}: điểm", "{name}: score"),
    "detail_rank": ("{name}: xếp hạng (lên trên là tốt hơn)", "{name}: rank (up is better)"),
    "whatif_title": ("Giả định: nếu điểm các chỉ số thành phần thay đổi", "What if the sub-index scores change"),
    "whatif_lead": ("Kéo thanh trượt để đặt điểm từng chỉ số thành phần (mặc định là điểm năm {year}). "
                    "Chỉ số tổng hợp được tính lại theo trọng số VCCI.",
                    "Move a slider to set a sub-index score (default: the {year} score). "
                    "The composite is recomputed with the VCCI weights."),
    "slider_label": ("{name} (trọng số {w})", "{name} (weight {w})"),
    "composite_scenario": ("PCI tổng hợp theo kịch bản", "Scenario PCI composite"),
    "composite_base_help": ("Tính lại từ điểm năm {year}: {base} (Phụ lục 03 in {printed}).",
                            "Recomputed from the {year} scores: {base} (Appendix 03 prints {printed})."),
    "change_vs_base": ("so với năm {year}", "against {year}"),
    "rank_estimate": ("Hạng ước tính (năm tham chiếu {year})", "Estimated rank (reference year {year})"),
    "rank_range": ("nội suy: khoảng {low}–{high}, từ {points} điểm tham chiếu đã công bố",
                   "interpolated: range {low}–{high}, from {points} published reference points"),
    "rank_counted": ("đếm: 1 + số tỉnh khác có điểm cao hơn trong năm {year} (đủ {others} tỉnh khác, trên {n})",
                     "counted: 1 + the other provinces scoring higher in {year} (all {others} others, of {n})"),
    "ref_other": ("Điểm kịch bản được tính trên nền năm {base} và đặt giữa các tỉnh của năm {ref}: một so sánh giả "
                  "định, không phải kết quả của năm {ref}.",
                  "The scenario score is built on {base} and placed among the provinces of {ref}: an assumed "
                  "comparison, not a {ref} result."),
    "rank_above": ("Điểm cao hơn mọi điểm tham chiếu năm {year}: chỉ có thể nói hạng từ 1 đến {high} ({points} điểm tham chiếu).",
                   "Above every reference point of {year}: the rank can only be said to be 1 to {high} ({points} reference points)."),
    "rank_below": ("Điểm thấp hơn mọi điểm tham chiếu năm {year}: chỉ có thể nói hạng từ {low} đến {n} ({points} điểm tham chiếu).",
                   "Below every reference point of {year}: the rank can only be said to be {low} to {n} ({points} reference points)."),
    "rank_none": ("Không có điểm tham chiếu cho năm {year}.", "No reference points for {year}."),
    "ref_year": ("Năm tham chiếu để ước tính hạng", "Reference year for the rank estimate"),
    "ref_year_fmt": ("{year} ({points} điểm)", "{year} ({points} points)"),
    "ref_help": ("Mặc định là năm gốc của kịch bản. Năm đã công bố điểm của mọi tỉnh (2013-2016, 2020): hạng là 1 + "
                 "số tỉnh khác có điểm cao hơn. Năm khác: nội suy số tỉnh cao điểm hơn giữa các cặp (điểm, hạng) đã "
                 "công bố. Điểm của chính Lai Châu không bao giờ là một đối thủ. Từ năm 2022 VCCI đổi phương pháp nên "
                 "không dùng để so với điểm theo phương pháp 2016-2021.",
                 "By default the scenario's base year. Years with every province's score published (2013-2016, 2020): "
                 "the rank is 1 + the other provinces scoring higher. Other years: the number scoring higher is "
                 "interpolated between the published (score, rank) pairs. Lai Châu's own point is never a competitor. "
                 "From 2022 VCCI changed the method, so those years are not compared with 2016-2021 scores."),
    "band_compare": ("So với mục tiêu 2025: {pl01} (Phụ lục 01) và {text} (Phần 3 mục I.2); 2030: {y2030}.",
                     "Against the 2025 target: {pl01} (Appendix 01) and {text} (Part 3 §I.2); 2030: {y2030}."),
    "in_band": ("trong nhóm", "within the band"),
    "better_than_band": ("tốt hơn nhóm", "better than the band"),
    "worse_than_band": ("chưa vào nhóm", "not yet in the band"),
    "band_verdict": ("Hạng ước tính {rank}: {pl01} {b1} (Phụ lục 01); {text} {b2} (Phần 3).",
                     "Estimated rank {rank}: {pl01} {b1} (Appendix 01); {text} {b2} (Part 3)."),
    "gains_title": ("Điểm tổng hợp tăng thêm khi một chỉ số thành phần tăng 1 điểm",
                    "Composite points gained per +1 on each sub-index"),
    "gains_axis": ("Điểm PCI tổng hợp tăng thêm", "PCI composite points gained"),
    "gains_caption": ("Chỉ số có trọng số 20% (minh bạch, hỗ trợ doanh nghiệp, đào tạo lao động) mang lại gấp 4 lần "
                      "chỉ số trọng số 5%.",
                      "Sub-indices weighted 20% (transparency, business support, labour training) pay four times "
                      "those weighted 5%."),
    "contrib_col": ("Đóng góp vào thay đổi", "Contribution to the change"),
    "scenario_col": ("Điểm kịch bản", "Scenario score"),
    "base_col": ("Điểm {year}", "{year} score"),
    "gain_col": ("Tăng thêm mỗi +1", "Gain per +1"),
}
