"""Words of the overview page."""

TEXT = {
    "title": ("Tổng quan: kết quả Đề án 2021-2025", "Overview: what the 2021-2025 scheme achieved"),
    "lead": ("Giai đoạn 2021-2025 của Đề án đã kết thúc. Trang này nêu trước kết quả đã đo được, với năm và "
             "nguồn; chỉ tiêu nào chưa có số liệu thì ghi rõ là chưa có số liệu. Các giả định (kịch bản) nằm ở "
             "trang Mục tiêu và các trang chỉ số, không ảnh hưởng đến trang này.",
             "The scheme's 2021-2025 period is over. This page leads with what was measured, with its year and "
             "source; a target nobody measured says so. What-if scenarios live on the Targets and index pages "
             "and never change this page."),
    "card_pci": ("Chỉ số PCI", "PCI"),
    "card_par": ("Chỉ số PAR INDEX", "PAR INDEX"),
    "metric_label": ("Xếp hạng mới nhất ({year})", "Latest rank ({year})"),
    "score_line": ("Điểm năm {year}: {score} · {basis}", "{year} score: {score} · {basis}"),
    "no_score_line": ("Năm {year} chưa có điểm công bố · {basis}", "No published score for {year} · {basis}"),
    "goal_2025": ("Mục tiêu 2025 ({goal}): {verdict}", "2025 target ({goal}): {verdict}"),
    "goal_2030": ("Định hướng 2030 ({goal}): {outlook}", "2030 orientation ({goal}): {outlook}"),
    "trend_title": ("{name}: xếp hạng {y0}-{y1}", "{name}: rank {y0}-{y1}"),
    "trend_subtitle": ("Lên trên là tốt hơn", "Up is better"),
    "axis_rank": ("Xếp hạng (1 là tốt nhất)", "Rank (1 is best)"),
    "bands_legend": ("Nhóm hạng mục tiêu của Đề án (trên {n} tỉnh)", "The scheme's target bands (of {n} provinces)"),
    "band_pl01": ("Mục tiêu 2025, Phụ lục 01: nhóm {b}", "2025 target, Appendix 01: band {b}"),
    "band_text": ("Mục tiêu 2025, Phần 3 mục I.2: nhóm {b}", "2025 target, Part 3 §I.2: band {b}"),
    "band_2030": ("Định hướng 2030: nhóm {b}", "2030 orientation: band {b}"),
    "basis": ("Cơ sở số liệu", "Basis"),
    "hollow_note": ("Điểm rỗng: số liệu suy ra (từ một số liệu công bố và mức thay đổi đã nêu), không phải số "
                    "công bố trực tiếp.",
                    "A hollow point is derived (from a published figure and a stated change), not published as such."),
    "scale_note": ("Từ năm 2022 VCCI tính PCI theo phương pháp sửa đổi: điểm số không so sánh trực tiếp với "
                   "2016-2021; thứ hạng vẫn là thứ hạng giữa các tỉnh.",
                   "From 2022 VCCI computes the PCI on a revised method: scores are not directly comparable with "
                   "2016-2021; a rank is still a rank among the provinces."),
    "verdicts_title": ("14 chỉ tiêu của Đề án: kết quả so với mục tiêu 2025", "The scheme's 14 targets against 2025"),
    "verdicts_help": ("Đạt / chưa đạt: so kết quả đã công bố với mục tiêu 2025; nếu chưa có kết quả năm 2025 thì "
                      "tạm tính theo kết quả mới nhất và ghi rõ năm. Chưa có số liệu: không có kết quả nào sau năm "
                      "xuất phát. Không có tốc độ giả định nào được dùng ở đây.",
                      "Met / not met: the published result against the 2025 target; without a 2025 result, "
                      "provisionally on the latest one, with its year. No data: no result after the baseline "
                      "year. No assumed pace is used here."),
    "missing": ("{n} chỉ tiêu chưa có số liệu sau năm 2020: chưa thể nói đạt hay chưa đạt. Khi có số liệu, cán bộ "
                "nhập ở trang Dữ liệu và nguồn.",
                "{n} targets have no figure after 2020: nobody can yet say whether they were met."),
    "latest": ("Kết quả mới nhất: {latest}", "Latest result: {latest}"),
    "target": ("Mục tiêu 2025: {goal}", "2025 target: {goal}"),
    "outlook": ("Triển vọng 2030: {outlook}", "2030 outlook: {outlook}"),
    "map_note": ("Từ năm 2025 các bảng xếp hạng quốc gia xếp {m} tỉnh, thành phố (không còn {n}); nhóm hạng của Đề án "
                 "là thứ hạng trên {n}. Cấp huyện chấm dứt từ 1/7/2025: chỉ tiêu cấp huyện không còn triển vọng 2030.",
                 "From 2025 national rankings rank {m} provinces, not {n}; the scheme's bands are ranks out of {n}. The "
                 "district level ended on 1 July 2025: district targets have no 2030 outlook."),
    "sources": ("Kết quả sau 2020: báo chí và văn bản của tỉnh (xem trang Dữ liệu và nguồn); mục tiêu: Phụ lục 01 "
                "và Phần 3 mục I.2 của Quyết định 688/QĐ-UBND.",
                "Results after 2020: press and provincial documents (see Data and sources); targets: Appendix 01 "
                "and Part 3 §I.2 of Decision 688/QĐ-UBND."),
}
