"""Words of the projects-and-funding page."""

TEXT = {
    "title": ("Dự án & kinh phí", "Projects and funding"),
    "lead": ("Phụ lục 02 liệt kê các nhiệm vụ, dự án trọng điểm thực hiện Đề án giai đoạn 2021-2025 cùng kinh phí "
             "dự kiến. Đây là nhu cầu vốn dự kiến khi ban hành Quyết định (năm 2021), không phải số vốn đã bố trí "
             "hay đã giải ngân. Đơn vị: triệu đồng.",
             "Appendix 02 lists the key tasks and projects of the scheme for 2021-2025 with their planned funds. "
             "These are the funds needed as planned when the decision was issued (2021), not funds allocated or "
             "spent. Unit: million VND."),
    "m_total": ("Tổng kinh phí dự kiến 2021-2025", "Total planned funds 2021-2025"),
    "m_recurrent": ("Vốn sự nghiệp", "Recurrent funds (vốn sự nghiệp)"),
    "m_investment": ("Vốn đầu tư", "Investment funds (vốn đầu tư)"),
    "m_total_note": ("{n} nhiệm vụ, dự án", "{n} tasks and projects"),
    "m_share_note": ("{share}% tổng kinh phí · {n} nhiệm vụ, dự án", "{share}% of the total · {n} tasks/projects"),
    "fund_recurrent": ("I. Vốn sự nghiệp", "I. Recurrent funds"),
    "fund_investment": ("II. Vốn đầu tư", "II. Investment funds"),
    "fund_help": ("Vốn sự nghiệp: chi thường xuyên (thuê dịch vụ, duy trì, thí điểm). Vốn đầu tư: vốn đầu tư "
                  "công cho các công trình, hệ thống mới.",
                  "Recurrent funds: running budget (renting services, maintenance, pilots). Investment funds: "
                  "public investment in new facilities and systems."),
    "chart_title": ("Kinh phí từng nhiệm vụ, dự án", "Planned funds per task or project"),
    "chart_how": ("Số trên mỗi cột: kinh phí (triệu đồng) và tỷ lệ trong tổng kinh phí {total} triệu đồng.",
                  "Beside each bar: the funds (million VND) and the share of the total of {total} million VND."),
    "x_title": ("Triệu đồng", "Million VND"),
    "fund_type": ("Nguồn vốn", "Fund type"),
    "task": ("Nhiệm vụ, dự án", "Task or project"),
    "share_total": ("Tỷ lệ trong tổng kinh phí (%)", "Share of the total (%)"),
    "share_fund": ("Tỷ lệ trong nguồn vốn (%)", "Share of its fund type (%)"),
    "amount": ("Kinh phí (triệu đồng)", "Funds (million VND)"),
    "ref": ("Mục", "Item"),
    "small_note": ("Nhiệm vụ {ref} chỉ có {amount} triệu đồng nên cột gần như không thấy.",
                   "Task {ref} has only {amount} million VND, so its bar is barely visible."),
    # short labels for the chart (the names as printed are in the table and the details below)
    "short_pl02_r1_digital_commune": ("Thí điểm kỹ năng số ở 1 xã",
                                      "Digital-skills pilot in one commune"),
    "short_pl02_r2_reporting": ("Hệ thống thông tin báo cáo của tỉnh", "Provincial reporting system"),
    "short_pl02_r3_portal": ("Cổng dịch vụ công & Một cửa điện tử", "Public-service portal & e-one-stop"),
    "short_pl02_i1_archive_soc": ("Trung tâm lưu trữ điện tử & an ninh mạng",
                                  "E-archive & cyber-security centre"),
    "short_pl02_i2_ioc": ("Trung tâm điều hành thông minh", "Intelligent operations centre"),
    "short_pl02_i3_lgsp": ("Nền tảng chia sẻ dữ liệu (LGSP)", "Data sharing platform (LGSP)"),
    "short_pl02_i4_party_it": ("CNTT các cơ quan Đảng tỉnh", "IT in the provincial Party bodies"),
    # details
    "details_title": ("Nội dung từng nhiệm vụ, dự án", "What each task or project covers"),
    "details_lead": ("Mở từng mục để xem tên và nội dung ghi chú in trong Phụ lục 02.",
                     "Open an item to see its name and the note printed in Appendix 02."),
    "name_printed": ("Tên in trong Phụ lục 02", "Name as printed in Appendix 02 (Vietnamese)"),
    "purpose": ("Nội dung, mục đích (cột Ghi chú, in nguyên văn)",
                "Purpose (the Notes column): the decision gives this text in Vietnamese only; shown as printed, not translated"),
    "expander": ("{ref} · {name} · {amount} triệu đồng", "{ref} · {name} · {amount} million VND"),
    "share_line": ("{share_total}% tổng kinh phí; {share_fund}% {fund}.",
                   "{share_total}% of the total; {share_fund}% of {fund}."),
    "fund_lower_recurrent": ("vốn sự nghiệp", "recurrent funds"),
    "fund_lower_investment": ("vốn đầu tư", "investment funds"),
    # checks
    "checks_title": ("Kiểm tra: các phần cộng lại có bằng tổng?", "Check: do the parts add up to the totals?"),
    "checks_lead": ("Phụ lục 02 và Phần 3 mục III.2 của Quyết định nêu cùng các con số; phần dưới đối chiếu lại.",
                    "Appendix 02 and Part 3 §III.2 of the decision state the same figures; they are checked below."),
    "checks_all_ok": ("Tất cả khớp: các nhiệm vụ cộng lại đúng bằng từng nguồn vốn, hai nguồn vốn cộng lại đúng "
                      "bằng tổng {total} triệu đồng, và Phần 3 mục III.2 ghi cùng các con số.",
                      "Everything adds up: the tasks sum to each fund type, the two fund types sum to the total of "
                      "{total} million VND, and Part 3 §III.2 gives the same figures."),
    "checks_not_ok": ("Có con số không khớp — xem bảng bên dưới.", "Some figures do not agree — see the table below."),
    "check_recurrent": ("Nhiệm vụ {parts} = dòng “I. Vốn sự nghiệp”", "Tasks {parts} = row “I. Recurrent funds”"),
    "check_investment": ("Dự án {parts} = dòng “II. Vốn đầu tư”", "Projects {parts} = row “II. Investment funds”"),
    "check_total": ("Mục I + II = dòng “Tổng cộng”", "Items I + II = row “Total”"),
    "check_total_tasks": ("Cả {n} nhiệm vụ, dự án = dòng “Tổng cộng”", "All {n} tasks and projects = row “Total”"),
    "col_check": ("Phép kiểm tra", "Check"),
    "col_parts_sum": ("Tổng các phần (tính lại)", "Sum of the parts (recomputed)"),
    "col_printed": ("Số in trong Phụ lục 02", "Printed in Appendix 02"),
    "col_diff": ("Chênh lệch", "Difference"),
    "col_result": ("Kết quả", "Result"),
    "ok": ("✔ khớp", "✔ agrees"),
    "not_ok": ("✘ không khớp", "✘ does not agree"),
    "text_title": ("Phần 3 mục III.2 so với Phụ lục 02", "Part 3 §III.2 against Appendix 02"),
    "text_line": ("**{what}**: Phần 3 mục III.2 ghi {text_value}; Phụ lục 02 ghi {appendix_value} — {mark}. "
                  "Nguyên văn: “{quote}”",
                  "**{what}**: Part 3 §III.2 gives {text_value}; Appendix 02 gives {appendix_value} — {mark}. "
                  "As printed (Vietnamese): “{quote}”"),
}
