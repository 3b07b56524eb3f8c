"""Words of the one-stop shop page (Một cửa)."""

TEXT = {
    "title": ("Một cửa, một cửa liên thông và dịch vụ công trực tuyến",
              "One-stop shop, inter-agency one-stop and online public services"),
    "lead": ("Thủ tục hành chính của tỉnh, nơi tiếp nhận hồ sơ, tỷ lệ giải quyết đúng hẹn và mức độ đưa dịch vụ "
             "công lên mạng, 2016-2020 (Phụ lục 07 và Phụ lục 11 của Quyết định), cùng các mục tiêu 2025 liên quan.",
             "The province's administrative procedures, where dossiers are received, on-time rates and how far "
             "public services have moved online, 2016-2020 (Appendices 07 and 11 of the decision), with the "
             "related 2025 targets."),
    "legend_cells": ("Trong các bảng: “–” là ô để trống trong Phụ lục (không có số liệu, không phải 0); "
                     "“không áp dụng” là ô ghi “-”; chữ (ví dụ “Chưa xác định”) được giữ nguyên như bản in.",
                     "In the tables: “–” is a cell left empty in the appendix (no data, not 0); "
                     "“not applicable” is a cell printed “-”; words (such as “Chưa xác định”, not determined) "
                     "are kept as printed."),
    # key figures
    "m_procedures": ("Số TTHC của tỉnh, {year}", "Procedures, {year}"),
    "m_procedures_help": ("Tổng số thủ tục hành chính của tỉnh (cả ba cấp), Phụ lục 07 mục 1.",
                          "All administrative procedures of the province (three levels), Appendix 07 item 1."),
    "m_procedures_delta": ("{d} so với {y0}", "{d} against {y0}"),
    "m_ontime": ("Đúng hẹn cấp tỉnh, {year}", "On time, province, {year}"),
    "m_ontime_help": ("Tỷ lệ hồ sơ thủ tục hành chính cấp tỉnh giải quyết đúng hẹn, Phụ lục 07 mục 5.",
                      "Share of province-level dossiers resolved on time, Appendix 07 item 5."),
    "m_online": ("DVC mức độ 3-4, {year}", "Level-3/4 services, {year}"),
    "m_online_help": ("Số dịch vụ công trực tuyến mức độ 3, mức độ 4 theo Phụ lục 11 mục 9; phần lời văn ghi số "
                      "khác (xem mục 6).",
                      "Level-3 and level-4 online public services in Appendix 11 item 9; the text gives another "
                      "figure (see section 6)."),
    "m_e_one_stop": ("Qua một cửa điện tử, {year}", "Via e-one-stop, {year}"),
    "m_e_one_stop_help": ("Tỷ lệ hồ sơ giải quyết qua hệ thống một cửa điện tử, Phụ lục 11 mục 12.",
                          "Share of dossiers handled through the e-one-stop system, Appendix 11 item 12."),
    "pp_delta": ("{d} điểm % so với {y0}", "{d} pts vs {y0}"),
    # levels and rows
    "level_province": ("Cấp tỉnh", "Province"),
    "level_district": ("Cấp huyện", "District"),
    "level_commune": ("Cấp xã", "Commune"),
    "level": ("Cấp", "Level"),
    "total": ("Tổng số", "Total"),
    "row": ("Chỉ tiêu", "Indicator"),
    # 1. procedures by level
    "proc_title": ("1. Số thủ tục hành chính theo cấp", "1. Administrative procedures by level"),
    "proc_chart": ("Số thủ tục hành chính theo cấp", "Procedures by level"),
    "proc_chart_note": ("Số in đậm trên mỗi cột là tổng số của năm.",
                        "The bold number above each bar is the year's total."),
    "proc_axis": ("Số thủ tục hành chính", "Procedures"),
    "proc_sum_ok": ("Mỗi năm, tổng số in trong Phụ lục bằng đúng tổng ba cấp. Từ {y0} đến {y1} số thủ tục tăng "
                    "từ {v0} lên {v1} ({d}, {p}).",
                    "Every year the printed total equals the sum of the three levels. From {y0} to {y1} the number "
                    "of procedures rose from {v0} to {v1} ({d}, {p})."),
    "proc_sum_bad": ("Tổng số in trong Phụ lục không bằng tổng ba cấp ở các năm: {years}.",
                     "The printed total differs from the sum of the three levels in: {years}."),
    "proc_law": ("Dòng “Số TTHC do tỉnh ban hành (được giao trong Luật)”: {items}; các năm khác ghi “-” "
                 "(không áp dụng, không phải 0).",
                 "Row “procedures issued by the province (as the law allows)”: {items}; the other years are "
                 "printed “-” (not applicable, not 0)."),
    "proc_law_item": ("{v} thủ tục năm {y}", "{v} procedure(s) in {y}"),
    "proc_law_row": ("Trong đó: do tỉnh ban hành (được giao trong Luật)",
                     "Of which: issued by the province (as the law allows)"),
    # 2. one-stop desks
    "desk_title": ("2. Tiếp nhận và trả kết quả tại bộ phận một cửa",
                   "2. Dossiers received and returned at one-stop desks"),
    "desk_chart": ("Thủ tục tiếp nhận tại bộ phận một cửa", "Procedures received at one-stop desks"),
    "desk_axis": ("Số thủ tục hành chính", "Procedures"),
    "desk_series": ("Nơi tiếp nhận", "Where received"),
    "desk_centre": ("Cấp tỉnh (Trung tâm PVHCC, sở, ngành)", "Province (service centre, departments)"),
    "desk_centre_full": ("Trung tâm Phục vụ hành chính công tỉnh / bộ phận một cửa cấp sở, ngành",
                         "Provincial public-administration service centre / department desks"),
    "desk_district": ("Bộ phận Một cửa cấp huyện", "District one-stop desks"),
    "desk_commune": ("Bộ phận Một cửa cấp xã", "Commune one-stop desks"),
    "joint_title": ("Liên thông và “4 tại chỗ”", "Inter-agency handling and “4 on the spot”"),
    "joint_metric": ("{name}, {year}", "{name}, {year}"),
    "joint_short_pl07_4d_same_level": ("Liên thông cùng cấp", "Same-level inter-agency"),
    "joint_short_pl07_4e_inter_level": ("Liên thông giữa các cấp", "Across levels"),
    "joint_short_pl07_4f_four_on_spot": ("“4 tại chỗ” (cấp tỉnh)", "“4 on the spot” (province)"),
    "joint_help": ("{name}. Đơn vị: thủ tục.", "{name}. Unit: procedures."),
    "joint_history": ("Các năm trước: {items}", "Earlier years: {items}"),
    "no_data": ("không có số liệu", "no data"),
    "joint_lead": ("Ba chỉ tiêu này chỉ có số liệu từ năm {y}: không vẽ các năm trước thành 0.",
                   "These three indicators have figures only from {y}: earlier years are not drawn as 0."),
    "joint_same_level": ("Liên thông cùng cấp (thủ tục)", "Inter-agency at the same level (procedures)"),
    "joint_inter_level": ("Liên thông giữa các cấp chính quyền (thủ tục hoặc nhóm)",
                          "Across levels of government (procedures or groups)"),
    "joint_four_on_spot": ("Thủ tục “4 tại chỗ” (cấp tỉnh)", "“4 on the spot” procedures (province)"),
    "four_on_spot_help": ("“4 tại chỗ”: tiếp nhận, thẩm định, phê duyệt và trả kết quả ngay tại một nơi.",
                          "“4 on the spot”: a dossier is received, appraised, approved and returned at one desk."),
    "joint_note": ("Liên thông cùng cấp: ô 2016-2018 để trống (không có số liệu). Liên thông giữa các cấp và "
                   "“4 tại chỗ”: ô 2016-2018 ghi “-” (không áp dụng).",
                   "Same-level inter-agency: the 2016-2018 cells are empty (no data). Across levels and "
                   "“4 on the spot”: the 2016-2018 cells are printed “-” (not applicable)."),
    # 3. on time
    "ontime_title": ("3. Tỷ lệ hồ sơ giải quyết đúng hẹn", "3. Dossiers resolved on time"),
    "ontime_metric": ("{level}, {year}", "{level}, {year}"),
    "ontime_chart": ("Hồ sơ giải quyết đúng hẹn theo cấp (%)", "Dossiers resolved on time by level (%)"),
    "ontime_axis": ("Đúng hẹn (% hồ sơ)", "On time (% of dossiers)"),
    "ontime_axis_note": ("Lưu ý: trục dọc bắt đầu từ {lo}%, không phải từ 0, để thấy rõ chênh lệch giữa các cấp "
                         "và các năm; mọi tỷ lệ đều trên {lo}%.",
                         "Note: the vertical axis starts at {lo}%, not at 0, so that the differences between levels "
                         "and years show; every rate is above {lo}%."),
    "ontime_text_claim": ("Phần 2 mục 2.2 viết tỷ lệ trả kết quả đúng và trước hạn “trên 99%”, nhưng Phụ lục 07 "
                          "ghi dưới 99% ở: {items}.",
                          "Part 2 §2.2 puts the on-time rate “above 99%”, but Appendix 07 prints less than 99% for: "
                          "{items}."),
    "ontime_item": ("{level} năm {year} ({v})", "{level} {year} ({v})"),
    "text_parts": ("Phần 2 mục 2.2, 2.6 và chú thích [6]", "Part 2 §2.2, §2.6 and footnote [6]"),
    # 4. feedback
    "fb_title": ("4. Phản ánh, kiến nghị về thủ tục hành chính", "4. Feedback and petitions about procedures"),
    "fb_chart": ("Phản ánh, kiến nghị về TTHC", "Feedback on procedures"),
    "fb_axis": ("Số phản ánh, kiến nghị", "Items of feedback"),
    "fb_series": ("Tình trạng", "Stage"),
    "fb_received": ("Đã tiếp nhận", "Received"),
    "fb_resolved": ("Đã giải quyết", "Resolved"),
    "fb_published": ("Đã công khai trả lời trên Cổng TTĐT", "Reply published on the portal"),
    "fb_all": ("Năm nào cũng vậy, mọi phản ánh nhận được đều đã được giải quyết và công khai trả lời; "
               "cả giai đoạn {y0}-{y1} chỉ có {n} phản ánh, kiến nghị.",
               "Every year all feedback received was resolved and its reply published; over {y0}-{y1} there "
               "were only {n} items in all."),
    "fb_not_all": ("Có năm số phản ánh đã giải quyết hoặc đã công khai ít hơn số đã tiếp nhận.",
                   "In some years fewer items were resolved or published than received."),
    # 5. online services
    "online_title": ("5. Dịch vụ công trực tuyến và một cửa điện tử",
                     "5. Online public services and the e-one-stop system"),
    "svc_chart": ("DVC trực tuyến mức độ 3-4 (mục 9)", "Level-3/4 online services (item 9)"),
    "svc_axis": ("Số dịch vụ công", "Services"),
    "svc_note": ("Số in ra thay đổi mạnh giữa các năm (460 năm 2017, 77 năm 2018); Quyết định không giải thích "
                 "cách đếm. Năm 2020 Phụ lục 11 ghi {pl11}, trong khi phần lời văn ghi {text} (mục 6 dưới đây).",
                 "The printed counts swing between years (460 in 2017, 77 in 2018); the decision does not explain "
                 "how they were counted. For 2020 Appendix 11 gives {pl11}, while the text gives {text} "
                 "(section 6 below)."),
    "used_chart": ("DVC mức độ 3-4 có hồ sơ (%, mục 10)", "Level-3/4 services with dossiers (%, item 10)"),
    "used_chart_note": ("Tỷ lệ dịch vụ công trực tuyến mức độ 3-4 có phát sinh hồ sơ. Mỗi năm hai cột: số in trong "
                        "Phụ lục, và số tính lại từ tử số và mẫu số in trong cùng ô.",
                        "Share of level-3/4 online services that received at least one dossier. Two bars a year: the "
                        "figure printed in the appendix, and the one recomputed from the numerator and denominator "
                        "printed in the same cell."),
    "not_determined": ("", "(not determined)"),
    "used_axis": ("Tỷ lệ (%)", "Share (%)"),
    "used_series": ("Cách tính", "Figure"),
    "used_printed": ("Tỷ lệ in trong Phụ lục", "Share printed in the appendix"),
    "used_recomputed": ("Tính lại = số DVC có hồ sơ / số DVC", "Recomputed = services with dossiers / services"),
    "used_warning": ("Năm {year}: ô này in “{printed}”, nhưng {num}/{den} = {rec}. Số in là {printed_v}; số tính "
                     "lại từ chính tử số và mẫu số in trong ô là {rec}. Phần 2 mục 2.2 dùng {printed_v} cho một chỉ "
                     "tiêu khác: tỷ lệ hồ sơ phát sinh trực tuyến. Biểu đồ và bảng cho cả hai số.",
                     "{year}: the cell prints “{printed}”, but {num}/{den} = {rec}. The printed figure is "
                     "{printed_v}; the one recomputed from the numerator and denominator printed in the same cell "
                     "is {rec}. Part 2 §2.2 uses {printed_v} for another measure: the share of dossiers submitted "
                     "online. The chart and table show both."),
    "used_ok": ("Các năm khác, tỷ lệ in khớp với tử số / mẫu số in trong cùng ô (làm tròn).",
                "In the other years the printed share matches the numerator / denominator of the same cell "
                "(rounded)."),
    "used_text_year": ("Năm {year} ô này ghi bằng chữ “{text}”: không có tỷ lệ.",
                       "For {year} the cell says “{text}” (not determined): there is no share."),
    "col_year": ("Năm", "Year"),
    "col_printed_cell": ("Ô in trong Phụ lục", "Cell as printed"),
    "col_printed": ("Tỷ lệ in", "Printed share"),
    "col_num": ("Số DVC có hồ sơ (tử số)", "Services with dossiers (numerator)"),
    "col_den": ("Số DVC mức độ 3-4 (mẫu số)", "Level-3/4 services (denominator)"),
    "col_rec": ("Tính lại (%)", "Recomputed (%)"),
    "col_check": ("Đối chiếu", "Check"),
    "agrees": ("khớp", "matches"),
    "differs": ("không khớp", "does not match"),
    "units_chart": ("Đơn vị dùng một cửa điện tử (mục 11)", "Units using e-one-stop (item 11)"),
    "units_axis": ("Số đơn vị", "Units"),
    "e_share_chart": ("Hồ sơ qua một cửa điện tử (%, mục 12)", "Dossiers via e-one-stop (%, item 12)"),
    "e_share_axis": ("Tỷ lệ hồ sơ (%)", "Share of dossiers (%)"),
    # 6. text figures
    "text_title": ("6. Số liệu trong lời văn so với các phụ lục", "6. Figures in the text against the appendices"),
    "text_lead": ("Quyết định nêu số dịch vụ công trực tuyến và số thủ tục ở nhiều chỗ với các con số khác nhau. "
                  "Bảng dưới đây đặt chúng cạnh nhau; không sửa số nào.",
                  "The decision states the number of online services and of procedures in several places, with "
                  "different figures. The table puts them side by side; no figure is corrected."),
    "f_services": ("Dịch vụ công mức độ 3-4 năm 2020: {text} theo Phần 2 mục 2.6 (= {l3} mức độ 3 + {l4} mức độ 4), "
                   "{pl01} theo Phụ lục 01 mục II.2, và {pl11} theo Phụ lục 11 mục 9.",
                   "Level-3/4 services in 2020: {text} in Part 2 §2.6 (= {l3} at level 3 + {l4} at level 4), "
                   "{pl01} in Appendix 01 item II.2, and {pl11} in Appendix 11 item 9."),
    "f_procedures": ("Số thủ tục thuộc thẩm quyền của tỉnh dùng làm mẫu số: {fn6} (chú thích [6], tại 24/3/2020) "
                     "và {pl01} (Phụ lục 01), cả hai không tính các thủ tục đặc thù không làm dịch vụ công mức độ 3-4; "
                     "Phụ lục 07 ghi tổng {pl07} thủ tục năm 2020.",
                     "Procedures under the province's competence used as the base: {fn6} (footnote [6], on "
                     "24/3/2020) and {pl01} (Appendix 01), both leaving out the special procedures not offered at "
                     "level 3-4; Appendix 07 counts "
                     "{pl07} procedures in 2020."),
    "f_share": ("Tỷ lệ thủ tục mức độ 3-4: {fn6} (= {l34}/{b1}) và {pl01} (= {l34b}/{b2}); mục tiêu 2025 lấy {pl01} "
                "làm mức xuất phát.",
                "Share of procedures at level 3-4: {fn6} (= {l34}/{b1}) and {pl01} (= {l34b}/{b2}); the 2025 target "
                "starts from {pl01}."),
    "f_levels": ("Chú thích [6] ghi mức độ 3 đạt {s3} và mức độ 4 đạt {s4}; chia cho {b1} thì được {r3} và {r4}, "
                 "chia cho {b2} thì được {a3} và {a4}: hai tỷ lệ này dùng mẫu số của Phụ lục 01.",
                 "Footnote [6] gives {s3} at level 3 and {s4} at level 4; divided by {b1} these are {r3} and {r4}, "
                 "divided by {b2} they are {a3} and {a4}: the two shares use Appendix 01's base."),
    "f_portal": ("Tích hợp trên Cổng Dịch vụ công quốc gia: {n}/{l34} = {rec} (in {printed}).",
                 "Integrated on the national public-service portal: {n}/{l34} = {rec} (printed {printed})."),
    "f_dossiers": ("{v}: Phần 2 mục 2.2 dùng cho tỷ lệ hồ sơ phát sinh trực tuyến ở mức độ 3-4; Phụ lục 11 mục 10 "
                   "in cùng số này cho năm 2020, nơi {num}/{den} = {rec}.",
                   "{v}: Part 2 §2.2 uses it for the share of dossiers submitted online at level 3-4; Appendix 11 "
                   "item 10 prints the same figure for 2020, where {num}/{den} = {rec}."),
    "col_figure": ("Con số", "Figure"),
    "col_where": ("Nơi in", "Where printed"),
    "col_value": ("Giá trị in", "Printed value"),
    "col_against": ("Đối chiếu với", "Compared with"),
    "col_expected": ("Giá trị đối chiếu", "Value compared"),
    "col_result": ("Kết quả", "Result"),
    "where_appendix": ("Phụ lục {n}, mục {item}, năm {year}", "Appendix {n}, item {item}, {year}"),
    "res_match": ("khớp", "matches"),
    "res_differ": ("lệch {d}", "differs by {d}"),
    "fig_l3": ("Số DVC mức độ 3", "Level-3 services"),
    "fig_l4": ("Số DVC mức độ 4", "Level-4 services"),
    "fig_l34": ("Số DVC mức độ 3-4", "Level-3/4 services"),
    "fig_l34_pl01": ("Số DVC mức độ 3-4 (mức xuất phát của mục tiêu)",
                     "Level-3/4 services (the target's starting point)"),
    "fig_l34_pl11": ("Số DVC mức độ 3-4 năm 2020", "Level-3/4 services in 2020"),
    "fig_proc_fn6": ("Số TTHC thuộc thẩm quyền của tỉnh (tại 24/3/2020)",
                     "Procedures under the province's competence (24/3/2020)"),
    "fig_proc_pl01": ("Số TTHC thuộc thẩm quyền của tỉnh (mẫu số của mục tiêu)",
                      "Procedures under the province's competence (the target's base)"),
    "fig_proc_pl07": ("Tổng số TTHC của tỉnh năm 2020", "All procedures of the province in 2020"),
    "fig_share_fn6": ("Tỷ lệ TTHC có DVC mức độ 3-4", "Share of procedures online at level 3-4"),
    "fig_share_pl01": ("Tỷ lệ TTHC có DVC mức độ 3-4 (mức xuất phát của mục tiêu)",
                       "Share of procedures online at level 3-4 (the target's starting point)"),
    "fig_share_l3": ("Tỷ lệ TTHC có DVC mức độ 3", "Share of procedures online at level 3"),
    "fig_share_l4": ("Tỷ lệ TTHC có DVC mức độ 4", "Share of procedures online at level 4"),
    "fig_portal": ("Số DVC mức độ 3-4 tích hợp trên Cổng DVC quốc gia", "Level-3/4 services on the national portal"),
    "fig_portal_share": ("Tỷ lệ DVC mức độ 3-4 tích hợp trên Cổng DVC quốc gia",
                         "Share of level-3/4 services on the national portal"),
    "fig_dossiers_online": ("Tỷ lệ hồ sơ phát sinh trực tuyến ở mức độ 3-4",
                            "Share of dossiers submitted online at level 3-4"),
    "fig_used_2020": ("Tỷ lệ DVC mức độ 3-4 có phát sinh hồ sơ, 2020",
                      "Share of level-3/4 services that received dossiers, 2020"),
    "res_none": ("–", "–"),
    "pp": ("điểm %", "points"),
    "text_table": ("Bảng đối chiếu chi tiết", "Detailed comparison table"),
    # 7. targets
    "targets_title": ("7. Mục tiêu 2025 liên quan và tốc độ giả định", "7. Related 2025 targets and the assumed pace"),
    "targets_lead": ("Mỗi thanh trượt đặt mức tăng mỗi năm (điểm phần trăm) của một chỉ tiêu từ mức xuất phát 2020. "
                     "Dự báo 2025 = mức xuất phát + tốc độ × 5 năm, không vượt quá 100%. Giá trị thanh trượt dùng "
                     "chung với trang Mục tiêu.",
                     "Each slider sets a target's yearly gain (percentage points) from its 2020 starting point. "
                     "Projected 2025 = starting point + pace × 5 years, capped at 100%. The slider values are "
                     "shared with the Targets page."),
    "targets_chart": ("Mới nhất, dự báo và mục tiêu 2025 (%)", "Latest, projected and 2025 target (%)"),
    "targets_axis": ("Tỷ lệ (%)", "Share (%)"),
    "targets_legend": ("Chấm xám: số liệu mới nhất; tam giác: dự báo 2025 (màu theo trạng thái); "
                       "vạch đen: mục tiêu 2025.",
                       "Grey dot: latest figure; triangle: projected 2025 (coloured by status); "
                       "black tick: 2025 target."),
    "t_latest": ("Mới nhất: {v} ({y})", "Latest: {v} ({y})"),
    "t_goal": ("Mục tiêu 2025: ít nhất {v}", "2025 target: at least {v}"),
    "t_gap": ("Còn thiếu: {v} điểm %", "Gap: {v} percentage points"),
    "t_gap_met": ("Đã đạt mục tiêu", "Target already met"),
    "t_projected": ("Dự báo 2025: {v}", "Projected 2025: {v}"),
    "t_pace_required": ("Tốc độ mặc định {v} điểm %/năm là tốc độ vừa đủ đạt mục tiêu (giả định: chưa có chuỗi số "
                        "liệu 2016-2020 cho chỉ tiêu này).",
                        "The default pace of {v} points a year is the pace that just reaches the target (an "
                        "assumption: there is no 2016-2020 series for this target)."),
    "t_pace_historical": ("Tốc độ mặc định {v} điểm %/năm là xu hướng 2016-2020.",
                          "The default pace of {v} points a year is the 2016-2020 trend."),
    "t_factor": ("Tốc độ triển khai chung đang đặt ở {f} (trang Mục tiêu): tốc độ dùng để dự báo là {v} điểm %/năm.",
                 "The overall implementation pace is set to {f} (Targets page): the pace used is {v} points a year."),
    "t_baseline_online": ("Mức xuất phát {v} là con số của Phụ lục 01 ({n}/{d}); Phần 2 mục 2.6 ghi {alt}.",
                          "The starting point {v} is Appendix 01's ({n}/{d}); Part 2 §2.6 gives {alt}."),
    "slider": ("Tốc độ tăng mỗi năm", "Yearly gain"),
    "slider_suffix": (" điểm %/năm", " pts/yr"),
    "col_target": ("Chỉ tiêu", "Target"),
    "col_latest": ("Mới nhất", "Latest"),
    "col_latest_year": ("Năm", "Year"),
    "col_goal": ("Mục tiêu 2025", "2025 target"),
    "col_gap": ("Còn thiếu (điểm %)", "Gap (points)"),
    "col_pace": ("Tốc độ dùng (điểm %/năm)", "Pace used (points/yr)"),
    "col_projected": ("Dự báo 2025", "Projected 2025"),
    "col_status": ("Trạng thái 2025", "2025 status"),
    "status_help": ("Đúng tiến độ: tốc độ đủ để đạt mục tiêu năm 2025; Cải thiện chậm: 50-100% tốc độ cần thiết; "
                    "Chững lại: dưới 50%; Đi lùi: xa dần mục tiêu.",
                    "On track: the pace reaches the target by 2025; Moderately improving: 50-100% of the pace "
                    "needed; Stagnating: below 50%; Moving away: heading away from the target."),
    "chart_online_l34": ("DVC trực tuyến mức độ 3-4", "Online at level 3-4"),
    "chart_l4_mobile": ("DVC mức độ 4 trên di động", "Level 4 on mobile"),
    "chart_work_files_province": ("Hồ sơ công việc: cấp tỉnh", "Work files: province"),
    "chart_work_files_district": ("Hồ sơ công việc: cấp huyện", "Work files: district"),
    "chart_work_files_commune": ("Hồ sơ công việc: cấp xã", "Work files: commune"),
    "short_online_l34": ("TTHC có dịch vụ công trực tuyến mức độ 3-4", "Procedures online at level 3-4"),
    "short_l4_mobile": ("DVC mức độ 4 trên nhiều phương tiện, kể cả di động",
                        "Level-4 services on several channels incl. mobile"),
    "short_work_files_province": ("Hồ sơ công việc xử lý trên mạng: cấp tỉnh", "Work files processed online: province"),
    "short_work_files_district": ("Hồ sơ công việc xử lý trên mạng: cấp huyện",
                                  "Work files processed online: district"),
    "short_work_files_commune": ("Hồ sơ công việc xử lý trên mạng: cấp xã", "Work files processed online: commune"),
}
