"""Words of the scenario brief and the scenarios page."""

TEXT = {
    "title": ("Tóm tắt kịch bản", "Scenario brief"),
    "compare_title": ("So sánh kịch bản", "Scenario comparison"),
    "date": ("Ngày lập: {day}", "Date: {day}"),
    "data_version": ("phiên bản dữ liệu {v}", "data version {v}"),
    "link": ("Mở lại kịch bản", "Reopen the scenario"),
    "key_figures": ("Số liệu chính", "Key figures"),
    "pci_composite": ("PCI tổng hợp theo kịch bản (so với {year})", "Scenario PCI composite (change against {year})"),
    "pci_rank": ("Hạng PCI ước tính", "Estimated PCI rank"),
    "range": ("khoảng {low}–{high}, {points} điểm tham chiếu năm {year}",
              "range {low}–{high}, {points} reference points of {year}"),
    "above": ("cao hơn mọi điểm tham chiếu năm {year}: hạng 1–{high} ({points} điểm)",
              "above every reference point of {year}: rank 1–{high} ({points} points)"),
    "below": ("thấp hơn mọi điểm tham chiếu năm {year}: hạng {low}–63 ({points} điểm)",
              "below every reference point of {year}: rank {low}–63 ({points} points)"),
    "par_total": ("Tổng điểm PAR INDEX theo kịch bản (so với {year})", "Scenario PAR INDEX total (change against {year})"),
    "targets_2025": ("Mục tiêu 2025", "2025 targets"),
    "targets": ("Các chỉ tiêu", "Targets"),
    "target": ("Chỉ tiêu", "Target"),
    "latest": ("Mới nhất (năm)", "Latest (year)"),
    "goal": ("Mục tiêu 2025", "2025 target"),
    "projected": ("Dự báo 2025", "Projected 2025"),
    "status": ("Trạng thái 2025", "Status 2025"),
    "projected_2030": ("Dự báo 2030", "Projected 2030"),
    "status_2030": ("Trạng thái 2030", "Status 2030"),
    "chart_title": ("Chỉ tiêu tỷ lệ: đến 2025", "Percentage targets: to 2025"),
    "axis_pct": ("Tỷ lệ (%)", "Share (%)"),
    "method": ("Dự báo tuyến tính theo tốc độ giả định; trạng thái theo quy tắc tiến độ của Chỉ số SDG (SDSN). "
               "Hạng PCI ước tính bằng nội suy đơn điệu giữa kết quả đã công bố của các tỉnh. Đây là ước tính, "
               "không phải số liệu công bố.",
               "Linear projection at the assumed pace; statuses follow the SDG Index progress rule (SDSN). The PCI "
               "rank is interpolated monotonically between published provincial results. These are estimates, "
               "not published figures."),
    "source": ("Nguồn: Quyết định 688/QĐ-UBND ngày 11/6/2021 của UBND tỉnh Lai Châu (Phụ lục 01-04, 07, 11); "
               "VCCI (kết quả PCI các tỉnh).",
               "Sources: Decision 688/QĐ-UBND of 11 June 2021, Lai Châu PPC (Appendices 01-04, 07, 11); "
               "VCCI (provincial PCI results)."),
    "figure": ("Số liệu", "Figure"),
    "diff_note": ("Ô tô màu: các kịch bản khác nhau ở số liệu này.",
                  "Shaded cells: the scenarios differ on this figure."),
    "row_pci": ("PCI tổng hợp", "PCI composite"),
    "row_pci_rank": ("Hạng PCI ước tính", "Estimated PCI rank"),
    "row_pci_low": ("Hạng PCI ước tính: cận trên (tốt nhất)", "Estimated PCI rank: best end"),
    "row_pci_high": ("Hạng PCI ước tính: cận dưới (kém nhất)", "Estimated PCI rank: worst end"),
    "row_par": ("Tổng điểm PAR INDEX", "PAR INDEX total"),
    "row_projected_2025": ("dự báo 2025", "projected 2025"),
    "row_status_2025": ("trạng thái 2025", "status 2025"),
    "row_projected_2030": ("dự báo 2030", "projected 2030"),
    "row_status_2030": ("trạng thái 2030", "status 2030"),
}
