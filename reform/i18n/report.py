"""Words of the end-of-scheme report (DOCX and CSV): results of the scheme's targets 2021-2025."""

TEXT = {
    "appendix": ("Phụ lục", "Appendix"),
    "title": ("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA ĐỀ ÁN GIAI ĐOẠN 2021-2025",
              "RESULTS OF THE SCHEME'S TARGETS, 2021-2025"),
    "subtitle": ("Đề án “Đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực "
                 "cạnh tranh cấp tỉnh giai đoạn 2021-2025, định hướng đến năm 2030” (Quyết định số 688/QĐ-UBND "
                 "ngày 11/6/2021 của UBND tỉnh Lai Châu)",
                 "Scheme “Accelerating administrative reform, improving the investment and business environment "
                 "and raising provincial competitiveness, 2021-2025, with an orientation to 2030” (Decision "
                 "688/QĐ-UBND of 11 June 2021 of the Lai Châu Provincial People's Committee)"),
    "attached": ("(Kèm theo Báo cáo số ……/BC-…… ngày …/…/…… của ……)",
                 "(Attached to Report No. ……/BC-…… of …/…/……, by ……)"),
    "agency": ("UBND TỈNH LAI CHÂU", "LAI CHÂU PROVINCIAL PEOPLE'S COMMITTEE"),
    "draft": ("Dự thảo do bảng điều khiển lập từ dữ liệu phiên bản {version}",
              "Draft produced by the dashboard from data version {version}"),
    # table
    "col_no": ("TT", "No."),
    "col_target": ("Chỉ tiêu", "Target"),
    "col_baseline": ("Năm gốc", "Baseline"),
    "col_2025": ("Mục tiêu 2025", "2025 target"),
    "col_result": ("Kết quả (năm)", "Result (year)"),
    "col_verdict": ("Đánh giá 2025", "2025 verdict"),
    "col_2030": ("Định hướng 2030", "2030 target"),
    "col_outlook": ("Triển vọng 2030", "2030 outlook"),
    "col_source": ("Nguồn", "Source"),
    "group_I": ("I. CHỈ TIÊU VỀ CÁC CHỈ SỐ CỦA TỈNH", "I. TARGETS FOR THE PROVINCE'S INDICES"),
    "group_II": ("II. MỘT SỐ CHỈ TIÊU VỀ NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH",
                 "II. SELECTED TARGETS FOR ADMINISTRATIVE-REFORM TASKS"),
    "item": ("mục {item}", "item {item}"),
    "rank_of": ("hạng {rank}/{n}", "rank {rank} of {n}"),
    "band": ("nhóm {low}–{high}/{n}", "band {low}–{high} of {n}"),
    "band_where": ("{band} ({where})", "{band} ({where})"),
    "where_PL01": ("PL01", "App. 01"),
    "where_text": ("Phần 3 mục I.2", "Part 3 §I.2"),
    "at_least": ("≥ {v}", "≥ {v}"),
    "maintain": ("duy trì ≥ {v}", "keep ≥ {v}"),
    "value_year": ("{v} ({year})", "{v} ({year})"),
    "no_result": ("Chưa có số liệu sau {year}", "No figure after {year}"),
    "baseline_met": ("năm {year} đã đạt mức 2025", "{year} already met the 2025 level"),
    # verdicts and outlooks
    "v_met": ("Đạt", "Met"),
    "v_not_met": ("Chưa đạt", "Not met"),
    "v_no_data": ("Chưa có số liệu để đánh giá", "No data to judge"),
    "provisional": ("tạm tính theo kết quả năm {year}", "provisional, on the {year} result"),
    "o_met": ("Đã đạt mức 2030", "2030 level already reached"),
    "o_on_track": ("Đúng tiến độ", "On track"),
    "o_moderately_improving": ("Cải thiện chậm", "Moderately improving"),
    "o_stagnating": ("Chững lại", "Stagnating"),
    "o_decreasing": ("Đi ngược mục tiêu", "Moving away"),
    "o_no_data": ("Chưa đủ số liệu", "Not enough data"),
    "o_not_applicable": ("Không áp dụng", "Not applicable"),
    "source_decision": ("QĐ 688, PL01", "Dec. 688, App. 01"),
    "basis_derived": ("suy ra", "derived"),
    "basis_stated_provincial": ("văn bản của tỉnh", "provincial document"),
    "basis_stated": ("nguồn công bố", "published"),
    "basis_revision": ("cập nhật trên bảng điều khiển", "entered on the dashboard"),
    # notes
    "notes_title": ("Ghi chú:", "Notes:"),
    "note_provisional": ("Tạm tính theo kết quả năm {year}: chưa có kết quả năm 2025 được công bố; đánh giá sẽ được "
                         "thay bằng kết quả năm 2025 khi có.",
                         "Provisional, judged on the {year} result: no 2025 result has been published yet; the "
                         "verdict is to be replaced by the 2025 result when it is."),
    "note_stated_provincial": ("Số liệu năm {year} do văn bản của tỉnh nêu: “{quote}” ({source}).",
                               "The {year} figure is stated in a provincial document: “{quote}” ({source})."),
    "note_stated": ("Số liệu năm {year} theo nguồn công bố: “{quote}” ({source}).",
                    "The {year} figure as published: “{quote}” ({source})."),
    "note_derived": ("Số liệu suy ra, không được công bố trực tiếp, dùng trong chuỗi tính triển vọng: {items}.",
                     "Derived figures, not published as such, used in the series behind the outlook: {items}."),
    "derived_item": ("năm {year}: {value} ({basis})", "{year}: {value} ({basis})"),
    "note_pci_bands": ("Mục tiêu PCI năm 2025: Phụ lục 01 ghi nhóm 45-55, Phần 3 mục I.2 ghi nhóm 50-55; cả hai cùng "
                       "lấy hạng 55 làm giới hạn dưới, nên đánh giá theo hai nhóm là một.",
                       "The 2025 PCI target: Appendix 01 gives the band 45-55 and Part 3 §I.2 gives 50-55; both put "
                       "the worst acceptable rank at 55, so the verdict is the same on either band."),
    "note_63_34": ("Các nhóm hạng của Đề án là hạng trên {m} tỉnh, thành phố. Từ năm 2025 các bảng xếp hạng quốc gia "
                   "chỉ còn {n} tỉnh, thành phố; chưa có quy tắc chính thức quy đổi. Khi có kết quả trên {n} tỉnh, bảng "
                   "này so sánh theo vị trí tương đối: hạng r/N đạt khi (r − 0,5)/N ≤ (giới hạn dưới − 0,5)/{m} (ví dụ "
                   "{examples}). Đây là cách quy đổi của bảng điều khiển, không phải quy đổi chính thức.",
                   "The scheme's rank bands are ranks among {m} provinces. From 2025 national rankings rank only {n} "
                   "provinces, and there is no official conversion. When a result out of {n} is published, this table "
                   "compares by relative position: rank r of N meets a band when (r − 0.5)/N ≤ (worst rank − 0.5)/{m} "
                   "(e.g. {examples}). This is the dashboard's equivalence, not an official conversion."),
    "example_band": ("nhóm {low}-{high}/{m} tương đương nhóm {low_n}-{high_n}/{n}",
                     "the band {low}-{high} of {m} is {low_n}-{high_n} of {n}"),
    "note_outlook": ("Triển vọng 2030: so sánh tốc độ thay đổi bình quân quan sát được (bình phương nhỏ nhất trên năm "
                     "gốc và các kết quả sau đó) với tốc độ cần có để đạt định hướng 2030 (phương pháp “xu hướng” "
                     "của SDG Index); cần ít nhất hai số liệu.",
                     "2030 outlook: the observed average pace (least squares over the baseline and the results after "
                     "it) against the pace needed to reach the 2030 target (the SDG Index “trend” method); at least "
                     "two figures are needed."),
    "note_district": ("Cấp huyện chấm dứt hoạt động từ 1/7/2025 (Nghị quyết 203/2025/QH15); số liệu cấp huyện dừng "
                      "ở 30/6/2025, chỉ tiêu 2030 của cấp huyện không còn cấp thực hiện.",
                      "The district level ended on 1 July 2025 (Resolution 203/2025/QH15); district series end on "
                      "30 June 2025 and the 2030 district target has no level left to carry it."),
    "note_no_data": ("{n}/14 chỉ tiêu chưa có số liệu nào sau năm gốc trong dữ liệu của bảng điều khiển; cần bổ sung "
                     "từ báo cáo của các sở, ngành.",
                     "{n} of the 14 targets have no figure after their baseline in the dashboard's data; they are to be "
                     "filled in from the departments' reports."),
    "note_conflicts": ("Nguồn mâu thuẫn về PCI 2024 (trung vị cả nước 67,67 điểm theo VCCI so với Lai Châu 67,67 "
                       "điểm hạng 33 và Điện Biên 67,77 điểm hạng 32): xem trang “Dữ liệu và nguồn”.",
                       "Conflicting sources on PCI 2024 (a national median of 67.67 per VCCI against Lai Châu 67.67, "
                       "rank 33, and Điện Biên 67.77, rank 32): see the “Data and sources” page."),
    # CSV
    "csv_target_id": ("ma_chi_tieu", "target_id"),
    "csv_item": ("muc", "item"),
    "csv_out_of": ("tren_so_tinh", "out_of"),
    "csv_basis": ("can_cu", "basis"),
    "csv_provisional": ("tam_tinh", "provisional"),
    "csv_notes": ("ghi_chu", "notes"),
    "yes": ("có", "yes"),
    "no": ("không", "no"),
}
