"""Words of the overview page."""

TEXT = {
    "title": ("Tổng quan", "Overview"),
    "lead": ("Lai Châu đang ở đâu so với mục tiêu 2025 và 2030 của Đề án.",
             "Where Lai Châu stands against the scheme's 2025 and 2030 targets."),
    "pci_card": ("Chỉ số PCI {year}", "PCI {year}"),
    "par_card": ("Chỉ số PAR INDEX {year}", "PAR INDEX {year}"),
    "points": ("{score} điểm", "{score} points"),
    "rank_line": ("Hạng {rank}/63", "Rank {rank} of 63"),
    "later": ("Công bố sau 2020: {items}", "Published after 2020: {items}"),
    "later_item": ("năm {year} hạng {rank}", "{year} rank {rank}"),
    "bands_title": ("Nhóm hạng mục tiêu", "Target rank bands"),
    "bands_pci": ("PCI: 2025 trong nhóm {pl01} (Phụ lục 01) hoặc {text} (Phần 3 mục I.2); 2030 trong nhóm {y2030}",
                  "PCI: 2025 within {pl01} (Appendix 01) or {text} (Part 3 §I.2); 2030 within {y2030}"),
    "bands_par": ("PAR INDEX: 2025 trong nhóm {y2025}; 2030 trong nhóm {y2030}",
                  "PAR INDEX: 2025 within {y2025}; 2030 within {y2030}"),
    "status_title": ("Tình trạng từng mục tiêu 2025 (theo kịch bản hiện tại)",
                     "Each 2025 target (under the current scenario)"),
    "status_help": ("Đã đạt: số liệu mới nhất đã đạt mục tiêu. Đúng tiến độ: tốc độ giả định đủ để đạt năm 2025. "
                    "Chưa đúng tiến độ: tốc độ giả định không đủ. Tốc độ mặc định là xu hướng 2016-2020 nếu có, "
                    "nếu không là tốc độ vừa đủ đạt mục tiêu; thay đổi ở trang Mục tiêu.",
                    "Met: the latest figure already meets the target. On track: the assumed pace reaches it by 2025. "
                    "Off track: the assumed pace falls short. The default pace is the 2016-2020 trend where there is "
                    "one, else the pace that just reaches the target; change it on the Targets page."),
    "latest": ("Mới nhất: {value} ({year})", "Latest: {value} ({year})"),
    "goal": ("Mục tiêu 2025: {goal}", "2025 target: {goal}"),
    "counts": ("{met} đã đạt · {on} đúng tiến độ · {off} chưa đúng tiến độ",
               "{met} met · {on} on track · {off} off track"),
    "at_most_rank": ("hạng {v} trở lên", "rank {v} or better"),
    "at_least": ("≥ {v}", "≥ {v}"),
    "assumed": ("chưa có số liệu theo dõi sau 2020: tốc độ giả định vừa đủ đạt mục tiêu",
                "no figures after 2020: assumes the pace that just reaches the target"),
    "no_baseline_data": ("chưa có chuỗi số liệu", "no data series"),
}
