"""Words of the targets page."""

TEXT = {
    "title": ("Mục tiêu 2025/2030: kết quả và triển vọng", "Targets 2025/2030: results and outlook"),
    "lead": ("Mọi chỉ tiêu của Phụ lục 01 và Phần 3 mục I.2. Phần đầu là kết quả đã đo được so với mục tiêu 2025 "
             "và triển vọng 2030; phần sau là kịch bản giả định, tách riêng, không ảnh hưởng đến kết quả.",
             "Every target of Appendix 01 and Part 3 §I.2. First what was measured against the 2025 targets and "
             "the outlook for 2030; then, apart, an assumed scenario that never changes the results."),
    "results_title": ("Kết quả đến nay", "Results so far"),
    "results_lead": ("Đánh giá 2025 dựa trên kết quả công bố năm 2025; nếu chưa có thì tạm tính theo kết quả mới "
                     "nhất sau năm xuất phát, ghi rõ năm. Không có kết quả nào sau năm xuất phát: “chưa có số liệu”.",
                     "The 2025 verdict is judged on the 2025 result; without one, provisionally on the latest result "
                     "after the baseline, with its year. No result after the baseline: “no data”."),
    "report_docx": ("Tải báo cáo kết quả (Word)", "Download the results report (Word)"),
    "report_file": ("ket-qua-chi-tieu-de-an-2021-2025", "scheme-targets-results-2021-2025"),
    "results_source": ("Nguồn: Quyết định 688/QĐ-UBND (Phụ lục 01, Phần 3 mục I.2); kết quả sau 2020: xem trang Dữ liệu "
                       "và nguồn.",
                       "Source: Decision 688/QĐ-UBND (Appendix 01, Part 3 §I.2); results after 2020: see Data and "
                       "sources."),
    "v_col_item": ("Mục", "Item"),
    "v_col_target": ("Chỉ tiêu", "Target"),
    "v_col_baseline": ("Xuất phát", "Baseline"),
    "v_col_goal_2025": ("Mục tiêu 2025", "2025 target"),
    "v_col_latest": ("Kết quả mới nhất (năm)", "Latest result (year)"),
    "v_col_basis": ("Cơ sở", "Basis"),
    "v_col_verdict_2025": ("Đánh giá 2025", "2025 verdict"),
    "v_col_goal_2030": ("Định hướng 2030", "2030 orientation"),
    "v_col_outlook_2030": ("Triển vọng 2030", "2030 outlook"),
    "v_col_source": ("Nguồn kết quả", "Source of the result"),
    "verdict_method_title": ("Cách đánh giá kết quả và triển vọng", "How results and outlooks are judged"),
    "verdict_method": (
        "- **Đánh giá 2025**: kết quả so với mục tiêu 2025 (hạng: trong nhóm hoặc tốt hơn nhóm là đạt).\n"
        "- **Triển vọng 2030**: đã đạt mức 2030 nếu kết quả mới nhất đã đạt; nếu không, so tốc độ thực tế (đường "
        "xu hướng qua năm xuất phát và các kết quả sau đó) với tốc độ cần thiết để đạt năm 2030, theo quy tắc của "
        "Chỉ số SDG (Sachs và cộng sự): đúng hướng (≥ 100%), cải thiện chậm (50-100%), chững lại (< 50%), đi lùi. "
        "Cần ít nhất hai điểm số liệu.\n"
        "- **Hạng trên 34 tỉnh**: nhóm hạng của Đề án là hạng trên 63. Từ năm 2025 bảng xếp hạng có 34 tỉnh; bảng "
        "điều khiển so theo vị trí tương đối (hạng − 0,5)/số tỉnh, ví dụ nhóm 45-55/63 tương đương nhóm 25-29/34. "
        "Đây là quy đổi của bảng điều khiển, không phải quy đổi chính thức.",
        "- **2025 verdict**: the result against the 2025 target (a rank within the band or better is met).\n"
        "- **2030 outlook**: already met if the latest result meets the 2030 target; otherwise the observed pace "
        "(the trend through the baseline and the results since) against the pace needed to reach it by 2030, with "
        "the SDG Index rule (Sachs et al.): on track (≥ 100%), moderately improving (50-100%), stagnating "
        "(< 50%), moving away. Needs at least two points.\n"
        "- **Ranks out of 34**: the scheme's bands are ranks out of 63. From 2025 rankings have 34 provinces; the "
        "dashboard compares by relative position (rank − 0.5)/provinces, e.g. band 45-55 of 63 ≈ band 25-29 of "
        "34. This is the dashboard's equivalence, not an official conversion."),
    "whatif_title": ("Kịch bản giả định", "Assumed scenario"),
    "whatif_lead": ("Nếu mỗi chỉ tiêu tiến bộ với một tốc độ giả định thì năm 2025 và 2030 sẽ ra sao? Các con số "
                    "dưới đây là giả định, không phải kết quả, và không thay đổi phần “Kết quả đến nay” hay trang "
                    "Tổng quan.",
                    "If each target moved at an assumed pace, where would 2025 and 2030 land? The figures below are "
                    "assumptions, not results, and they never change “Results so far” or the Overview."),
    "method_title": ("Cách tính kịch bản giả định", "How the assumed scenario is computed"),
    "method": ("Trạng thái theo quy tắc tiến độ của Chỉ số SDG (Sachs và cộng sự, Báo cáo Phát triển bền vững, "
               "SDSN): so tốc độ giả định với tốc độ cần thiết để đạt mục tiêu đúng hạn. "
               "Đúng tiến độ: từ 100% tốc độ cần thiết trở lên; Cải thiện chậm: 50-100%; Chững lại: dưới 50%; "
               "Đi lùi: đang xa dần mục tiêu; Đã đạt: số liệu mới nhất đã đạt. "
               "Tốc độ mặc định: xu hướng 2016-2020 của Quyết định nếu có chuỗi số liệu, nếu không là tốc độ vừa đủ "
               "đạt mục tiêu 2025. Số liệu công bố sau 2020 (nếu có) thay cho dự báo của các năm đó. "
               "Tỷ lệ phần trăm không vượt quá 100%; hạng nằm trong 1-63.",
               "Statuses follow the SDG Index progress rule (Sachs et al., Sustainable Development Report, SDSN): "
               "the assumed pace against the pace needed to reach the target on time. "
               "On track: at least 100% of the needed pace; Moderately improving: 50-100%; Stagnating: below 50%; "
               "Moving away: heading away from the target; Met: the latest figure already meets it. "
               "Default pace: the decision's 2016-2020 trend where there is a series, else the pace that just "
               "reaches the 2025 target. Figures published after 2020, where there are any, replace the projection "
               "for those years. Percentages stop at 100%; ranks stay within 1-63."),
    "factor": ("Tốc độ triển khai chung (nhân với tốc độ của mọi chỉ tiêu)",
               "Overall implementation pace (multiplies every target's pace)"),
    "factor_help": ("100% là tốc độ giả định của từng chỉ tiêu; 50% là chậm bằng một nửa.",
                    "100% is each target's assumed pace; 50% is half as fast."),
    "summary": ("Theo giả định, năm 2025: {met} đạt · {on} đúng tiến độ · {off} chưa đúng tiến độ (trong {n} chỉ tiêu)",
                "Under the assumptions, 2025: {met} met · {on} on track · {off} off track (of {n} targets)"),
    "assumed_note": ("Lưu ý: {n} chỉ tiêu “đúng tiến độ” chỉ vì chưa có số liệu sau 2020 nên tốc độ được giả định "
                     "vừa đủ đạt mục tiêu; hãy đặt tốc độ thực tế ở mục “Tốc độ giả định của từng chỉ tiêu”.",
                     "Note: {n} targets are “on track” only because there are no figures after 2020, so their pace is "
                     "assumed to just reach the target; set a realistic pace under “Each target's assumed pace”."),
    "chart_pct": ("Giả định: chỉ tiêu tỷ lệ đến 2025", "Assumed: percentage targets to 2025"),
    "chart_rank": ("Giả định: chỉ tiêu xếp hạng đến 2025", "Assumed: rank targets to 2025"),
    "axis_pct": ("Tỷ lệ (%)", "Share (%)"),
    "axis_rank_x": ("Xếp hạng (1 là tốt nhất; càng sang phải càng tốt)", "Rank (1 is best; further right is better)"),
    "axis_rank": ("Xếp hạng (1 là tốt nhất, ở trên cùng)", "Rank (1 is best, at the top)"),
    "legend_note": ("Chấm xám: số liệu mới nhất; tam giác: dự báo 2025 (màu theo trạng thái); vạch đen: mục tiêu 2025.",
                    "Grey dot: latest figure; triangle: projected 2025 (coloured by status); black tick: 2025 target."),
    "lbl_target": ("Chỉ tiêu", "Target"),
    "lbl_latest": ("Mới nhất", "Latest"),
    "lbl_projected": ("Dự báo 2025", "Projected 2025"),
    "lbl_goal": ("Mục tiêu 2025", "2025 target"),
    "lbl_status": ("Trạng thái 2025 (giả định)", "2025 status (assumed)"),
    "table_title": ("Bảng chỉ tiêu theo kịch bản giả định", "Targets under the assumed scenario"),
    "col_item": ("Mục", "Item"),
    "col_target": ("Chỉ tiêu", "Target"),
    "col_baseline": ("Xuất phát", "Starting point"),
    "col_latest": ("Mới nhất (năm)", "Latest (year)"),
    "col_goal_2025": ("Mục tiêu 2025", "2025 target"),
    "col_goal_2030": ("Định hướng 2030", "2030 orientation"),
    "col_gap": ("Còn thiếu đến 2025", "Gap to 2025"),
    "col_pace": ("Tốc độ/năm", "Pace per year"),
    "col_pace_source": ("Nguồn tốc độ", "Pace from"),
    "col_proj_2025": ("Dự báo 2025", "Projected 2025"),
    "col_proj_2030": ("Dự báo 2030", "Projected 2030"),
    "col_status_2025": ("Trạng thái 2025 (giả định)", "Status 2025 (assumed)"),
    "col_status_2030": ("Trạng thái 2030 (giả định)", "Status 2030 (assumed)"),
    "col_reached": ("Năm đạt mục tiêu 2025", "Year the 2025 target is reached"),
    "pace_historical": ("xu hướng 2016-2020", "2016-2020 trend"),
    "pace_required": ("vừa đủ đạt 2025", "just reaches 2025"),
    "pace_scenario": ("kịch bản", "scenario"),
    "never": ("chưa đạt trước 2040", "not before 2040"),
    "sliders_title": ("Tốc độ giả định của từng chỉ tiêu", "Each target's assumed pace"),
    "slider_pct": ("{name}: điểm % mỗi năm", "{name}: percentage points per year"),
    "slider_rank": ("{name}: số bậc mỗi năm (âm là tiến lên)", "{name}: ranks per year (negative is better)"),
    "detail_title": ("Diễn biến và dự báo một chỉ tiêu", "One target: history and projection"),
    "detail_pick": ("Chọn chỉ tiêu", "Choose a target"),
    "series_actual": ("Số liệu", "Observed"),
    "series_projected": ("Dự báo theo kịch bản", "Scenario projection"),
    "series_goal": ("Mục tiêu", "Target"),
    "detail_chart": ("{name}: số liệu, dự báo và mục tiêu", "{name}: observed, projected and target"),
    "band_note": ("Mục tiêu PCI 2025: nhóm {pl01} theo Phụ lục 01, nhóm {text} theo Phần 3 mục I.2; trạng thái dùng "
                  "hạng {goal} (giới hạn chung của cả hai).",
                  "PCI 2025 target: band {pl01} in Appendix 01, band {text} in Part 3 §I.2; the status uses rank {goal} "
                  "(the limit both share)."),
    "after_2020": ("Dùng số liệu công bố sau 2020: {items}.", "Uses figures published after 2020: {items}."),
    "district_note": ("Cấp huyện chấm dứt từ 1/7/2025: chỉ tiêu của cấp huyện dừng ở số liệu đến 30/6/2025.",
                      "The district level ended on 1 July 2025: district targets stop with figures to 30 June 2025."),
    "at_least": ("≥ {v}%", "≥ {v}%"),
    "maintain": ("duy trì ≥ {v}%", "maintain ≥ {v}%"),
    "band": ("nhóm {low}–{high}", "band {low}–{high}"),
    "reset_all": ("Đặt lại mọi tốc độ về mặc định", "Reset every pace to its default"),
}
