"""Words of the reform statistics page (Appendices 05, 06, 08, 09, 10 and 11)."""

TEXT = {
    "title": ("Thống kê cải cách hành chính 2016-2020", "Administrative reform statistics 2016-2020"),
    "lead": ("Số liệu của tỉnh theo từng lĩnh vực cải cách hành chính, lấy nguyên từ các Phụ lục 05, 06, 08, 09, "
             "10 và 11 của Quyết định. Chọn một phụ lục: mỗi biểu đồ có bảng số liệu đi kèm.",
             "The province's figures for each area of administrative reform, taken unchanged from Appendices 05, 06, "
             "08, 09, 10 and 11 of the decision. Choose an appendix: every chart comes with its table."),
    "pick": ("Chọn phụ lục", "Choose an appendix"),
    "app_PL05": ("PL05 · Chỉ đạo, điều hành", "PL05 · Steering"),
    "app_PL06": ("PL06 · Văn bản QPPL", "PL06 · Legal documents"),
    "app_PL08": ("PL08 · Tổ chức bộ máy", "PL08 · Organisation"),
    "app_PL09": ("PL09 · Cán bộ, công chức", "PL09 · Staff"),
    "app_PL10": ("PL10 · Tài chính công", "PL10 · Public finance"),
    "app_PL11": ("PL11 · Hiện đại hóa", "PL11 · E-government"),
    "head_PL05": ("Phụ lục 05: chỉ đạo, điều hành cải cách hành chính",
                  "Appendix 05: steering the administrative reform"),
    "head_PL06": ("Phụ lục 06: cải cách thể chế (văn bản quy phạm pháp luật)",
                  "Appendix 06: institutional reform (legal documents)"),
    "head_PL08": ("Phụ lục 08: số lượng tổ chức thuộc tỉnh, hai giai đoạn 10 năm",
                  "Appendix 08: the province's organisations, two ten-year periods"),
    "head_PL09": ("Phụ lục 09: đội ngũ cán bộ, công chức, viên chức",
                  "Appendix 09: cadres, civil servants and public employees"),
    "head_PL10": ("Phụ lục 10: cải cách tài chính công (đơn vị sự nghiệp tự chủ)",
                  "Appendix 10: public-finance reform (units under the autonomy mechanism)"),
    "head_PL11": ("Phụ lục 11: hiện đại hóa hành chính (chính quyền điện tử)",
                  "Appendix 11: modernising the administration (e-government)"),
    "lead_PL05": ("Kiểm tra, tuyên truyền, sáng kiến, bộ tiêu chí đánh giá và khảo sát sự hài lòng, mỗi năm 2016-2020.",
                  "Inspections, communication, initiatives, assessment criteria sets and the satisfaction survey, "
                  "each year 2016-2020."),
    "lead_PL06": ("Văn bản quy phạm pháp luật được ban hành, rà soát và kiểm tra, mỗi năm 2016-2020.",
                  "Legal documents issued, reviewed and checked, each year 2016-2020."),
    "lead_PL08": ("Phụ lục 08 so sánh hai giai đoạn, không theo từng năm: phần I và II là số cuối giai đoạn; "
                  "phần III in số tính đến 12/2010 và 12/2019.",
                  "Appendix 08 compares two periods, not single years: parts I and II give the end-of-period counts; "
                  "part III prints the counts as of 12/2010 and 12/2019."),
    "lead_PL09": ("Biên chế được giao và số người có mặt, tuyển dụng, tinh giản và bồi dưỡng, mỗi năm 2016-2020.",
                  "Posts assigned and people in post, recruitment, downsizing and training, each year 2016-2020."),
    "lead_PL10": ("Số đơn vị sự nghiệp công lập thực hiện cơ chế tự chủ, theo cấp quản lý và mức độ tự chủ, "
                  "mỗi năm 2016-2020.",
                  "Public service units under the autonomy mechanism, by managing level and degree of autonomy, "
                  "each year 2016-2020."),
    "lead_PL11": ("Văn bản điện tử, chữ ký số, dịch vụ công trực tuyến và một cửa điện tử, mỗi năm 2016-2020.",
                  "Electronic documents, digital signatures, online public services and the e-one-stop system, "
                  "each year 2016-2020."),
    # shared words of the page
    "year": ("Năm", "Year"),
    "period": ("Giai đoạn", "Period"),
    "series": ("Chỉ tiêu", "Indicator"),
    "count": ("Số lượng", "Number"),
    "percent": ("Tỷ lệ (%)", "Share (%)"),
    "printed": ("Như văn bản in", "As printed"),
    "note": ("Chú thích", "Footnote"),
    "total_printed": ("Tổng (số in)", "Total (as printed)"),
    "col_item": ("Mục", "Item"),
    "col_group": ("Thuộc nhóm", "Group"),
    "col_indicator": ("Chỉ tiêu", "Indicator"),
    "col_unit": ("Đơn vị tính", "Unit"),
    "col_category": ("Chỉ tiêu", "Indicator"),
    "yes": ("Có", "Yes"),
    "no": ("Không", "No"),
    "unlabelled": ("(dòng không có tên trong văn bản)", "(row printed without a label)"),
    "gaps_note": ("Ô để trống trong văn bản là khoảng trống trên biểu đồ và “–” trong bảng, không phải số 0.",
                  "A cell left empty in the decision is a gap in the charts and “–” in the tables, never 0."),
    "whole_table": ("Toàn bộ Phụ lục {n} như văn bản in", "The whole of Appendix {n} as printed"),
    "whole_table_note": ("Số trong ngoặc vuông, ví dụ [9], là số chú thích của văn bản. Dòng tiêu đề nhóm không có "
                         "số liệu: tên của nó ở cột “Thuộc nhóm”.",
                         "A number in square brackets, e.g. [9], is the decision's footnote number. Group heading "
                         "rows hold no figures: their name is in the “Group” column."),
    "footnotes_title": ("Chú thích của Phụ lục {n} (nguyên văn)", "Footnotes of Appendix {n} (verbatim, in Vietnamese)"),
    "footnote_line": ("[{n}] ({where}): {text}", "[{n}] ({where}): {text}"),
    "footnotes_hint": ("Các con số có chú thích được đánh dấu [số] trong bảng; rê chuột hoặc chạm vào cột để đọc "
                       "chú thích.",
                       "Figures with a footnote are marked [number] in the tables; hover over or tap a bar to read "
                       "the footnote."),
    "computed": ("Bảng điều khiển tính", "computed by the dashboard"),
    # PL05
    "c_pl05_activity": ("Kiểm tra, tập huấn và sáng kiến CCHC", "Inspections, training classes and initiatives"),
    "c_pl05_bulletins": ("Bản tin chuyên đề CCHC trên đài phát thanh - truyền hình tỉnh",
                         "Reform bulletins on provincial radio and television"),
    "c_pl05_satisfaction": ("Mức độ hài lòng chung của người dân, tổ chức (%)",
                            "Overall satisfaction of citizens and organisations (%)"),
    "y_pl05_activity": ("Số lượng (đơn vị, lớp, sáng kiến)", "Number (units, classes, initiatives)"),
    "y_pl05_bulletins": ("Số bản tin", "Bulletins"),
    "y_pl05_satisfaction": ("Mức độ hài lòng (%)", "Satisfaction (%)"),
    "yes_no_title": ("Việc đã làm hay chưa (Có/Không)", "Done or not (Yes/No)"),
    "yes_no_note": ("Văn bản ghi 1 là có, 0 là không; hiển thị thành Có/Không.",
                    "The decision writes 1 for yes and 0 for no; shown here as Yes/No."),
    "sat_metric": ("Mức độ hài lòng chung {year}", "Overall satisfaction {year}"),
    "sat_delta": ("{d} điểm % so với {year}", "{d} percentage points on {year}"),
    "survey_metric": ("Khảo sát {year}", "Survey {year}"),
    "survey_value": ("{services} dịch vụ · {samples} mẫu", "{services} services · {samples} samples"),
    "sat_note": ("Khảo sát bắt đầu năm 2019: các năm 2016-2018 để trống trong văn bản.",
                 "The survey starts in 2019: 2016-2018 are empty in the decision."),
    # PL06
    "c_pl06_kinds": ("VBQPPL được ban hành, theo loại văn bản", "Legal documents issued, by kind"),
    "c_pl06_review": ("Rà soát và kiểm tra văn bản", "Review and checking of documents"),
    "y_documents": ("Số văn bản", "Documents"),
    "kinds_note": ("Chiều cao cột là tổng 6 loại; số trên đỉnh cột là tổng in ở mục 1 (hai số bằng nhau mọi năm).",
                   "The bar height is the sum of the 6 kinds; the number on top is the total printed in item 1 "
                   "(the two agree every year)."),
    # PL08
    "c_pl08_I": ("I. Tổ chức thuộc UBND cấp tỉnh", "I. Organisations under the provincial PC"),
    "c_pl08_II": ("II. Tổ chức thuộc UBND cấp huyện", "II. Organisations under district PCs"),
    "c_pl08_III": ("III. Đơn vị sự nghiệp công lập theo lĩnh vực và cấp quản lý",
                   "III. Public service units by sector and managing level"),
    "y_units": ("Số tổ chức, đơn vị", "Organisations and units"),
    "part_III_note": ("Phần III in giai đoạn 2011-2020 “tính đến 12/2019”, còn phần I và II là năm 2020: "
                      "hai con số không cùng thời điểm.",
                      "Part III prints the 2011-2020 period “as of 12/2019”, while parts I and II give 2020: "
                      "the figures are not from the same date."),
    # PL09
    "c_pl09_cs": ("Biên chế công chức: được giao và có mặt", "Civil-servant posts: assigned and in post"),
    "c_pl09_pe": ("Biên chế viên chức: được giao và có mặt", "Public-employee posts: assigned and in post"),
    "c_pl09_trained": ("Công chức, viên chức được bồi dưỡng, tập huấn", "Civil servants and public employees trained"),
    "c_pl09_moves": ("Thi tuyển và tinh giản biên chế", "Competitive recruitment and staff downsizing"),
    "c_pl09_classes": ("Lớp đào tạo, bồi dưỡng", "Training classes"),
    "y_people": ("Số người", "People"),
    "y_classes": ("Số lớp", "Classes"),
    "fill_note": ("Năm {year}: {present} người có mặt trên {assigned} biên chế được giao ({share}); "
                  "{gap} biên chế chưa có người ({computed}).",
                  "{year}: {present} people in post for {assigned} posts assigned ({share}); "
                  "{gap} posts not filled ({computed})."),
    # PL10
    "c_pl10_owner": ("Đơn vị tự chủ theo cấp quản lý", "Units under autonomy, by managing level"),
    "c_pl10_type": ("Đơn vị tự chủ theo mức độ tự chủ (mục 1-3 cộng lại)",
                    "Units under autonomy, by degree of autonomy (items 1-3 added up)"),
    "owner_note": ("Chiều cao cột là tổng mục 1-4; số trên đỉnh cột là tổng in ở dòng đầu của phụ lục.",
                   "The bar height is the sum of items 1-4; the number on top is the total printed in the "
                   "appendix's first row."),
    "type_note": ("Bảng điều khiển cộng từng mức độ tự chủ của đơn vị thuộc UBND tỉnh, thuộc sở và thuộc UBND cấp "
                  "huyện (mục 1-3); ô trống được bỏ qua, năm nào cả ba ô đều trống thì để trống. Tổ chức KH&CN "
                  "(mục 4) không chia theo mức độ.",
                  "The dashboard adds up each degree of autonomy over units under the provincial PC, departments and "
                  "district PCs (items 1-3); empty cells are skipped, and a year where all three are empty stays "
                  "empty. Science organisations (item 4) are not split by degree."),
    # PL11
    "c_pl11_shares": ("Các tỷ lệ về chính quyền điện tử (%)", "E-government shares (%)"),
    "c_pl11_docs": ("Văn bản điện tử trên Trục liên thông văn bản quốc gia", "Documents on the national document axis"),
    "c_pl11_units": ("Cơ quan, đơn vị đã ứng dụng công nghệ thông tin", "Agencies and units using IT"),
    "c_pl11_services": ("Chữ ký số và dịch vụ công trực tuyến mức độ 3, 4",
                        "Digital signatures and level-3/4 online public services"),
    "y_share": ("Tỷ lệ (%)", "Share (%)"),
    "items_pl11_shares": ("5, 10, 12 và dòng đầu không số", "5, 10, 12 and the unnumbered first row"),
    "y_count_mixed": ("Số lượng (chữ ký số, dịch vụ)", "Number (signatures, services)"),
    "unlabelled_note": ("Dòng đầu tiên của Phụ lục 11 được in không có số thứ tự và không có tên chỉ tiêu "
                        "(0% năm 2016-2018, 100% năm 2019-2020): bảng điều khiển giữ nguyên như vậy và không đoán "
                        "nội dung của nó.",
                        "The first row of Appendix 11 is printed with no number and no indicator name "
                        "(0% in 2016-2018, 100% in 2019-2020): the dashboard shows it as such and does not guess "
                        "what it measures."),
    "share_note": ("Mục 10: văn bản in {printed} cho năm {year}, trong khi {num}/{den} = {recomputed} "
                   "({computed}); biểu đồ vẽ số in, xem trang Dữ liệu & nguồn.",
                   "Item 10: the decision prints {printed} for {year}, while {num}/{den} = {recomputed} "
                   "({computed}); the chart draws the printed figure, see Data and sources."),
    "item10_2016": ("Mục 10 năm 2016 in chữ “Chưa xác định” (chưa xác định được), không phải số.",
                    "Item 10 for 2016 is printed as the words “Chưa xác định” (not determined), not a number."),
    "docs_metric": ("Văn bản nhận trên Trục liên thông {year}", "Documents received on the national axis {year}"),
    "iso_note": ("Mục 13 in dạng “28/28” (đã công bố ISO/phải công bố): biểu đồ vẽ tử số.",
                 "Item 13 is printed as “28/28” (declared ISO / required to): the chart draws the first number."),
}

# Short series names for the charts (the tables keep the names as printed).
SERIES = {
    "pl05_1_inspected": ("Cơ quan, đơn vị được kiểm tra CCHC", "Agencies and units inspected"),
    "pl05_2a_contest": ("Cuộc thi tìm hiểu CCHC", "Reform knowledge contest"),
    "pl05_2d_portal_section": ("Chuyên mục CCHC trên Cổng TTĐT tỉnh", "Reform section on the provincial portal"),
    "pl05_2b_bulletins": ("Bản tin CCHC trên đài PT-TH tỉnh", "Reform bulletins on radio and TV"),
    "pl05_2c_classes": ("Lớp tập huấn chuyên đề CCHC", "Reform training classes"),
    "pl05_3_initiatives": ("Mô hình, sáng kiến CCHC được áp dụng", "Reform models and initiatives applied"),
    "pl05_5c_rate": ("Mức độ hài lòng chung", "Overall satisfaction"),
    "pl05_4a_dept": ("Bộ tiêu chí đánh giá sở, ngành", "Criteria set: departments"),
    "pl05_4b_district": ("Bộ tiêu chí đánh giá UBND cấp huyện", "Criteria set: district PCs"),
    "pl05_4c_commune": ("Bộ tiêu chí đánh giá UBND cấp xã", "Criteria set: commune PCs"),
    "pl05_4d_vertical": ("Bộ tiêu chí đánh giá cơ quan ngành dọc", "Criteria set: vertical agencies"),
    "pl06_1a_nq_province": ("Nghị quyết HĐND tỉnh", "Provincial council resolutions"),
    "pl06_1b_qd_province": ("Quyết định UBND tỉnh", "Provincial committee decisions"),
    "pl06_1c_nq_district": ("Nghị quyết HĐND cấp huyện", "District council resolutions"),
    "pl06_1d_qd_district": ("Quyết định UBND cấp huyện", "District committee decisions"),
    "pl06_1e_nq_commune": ("Nghị quyết HĐND cấp xã", "Commune council resolutions"),
    "pl06_1f_qd_commune": ("Quyết định UBND cấp xã", "Commune committee decisions"),
    "pl06_2_proposed": ("Đề nghị sửa đổi, thay thế, bãi bỏ sau rà soát", "Proposed for amendment or repeal"),
    "pl06_3_handled": ("Đã xử lý sau rà soát", "Handled after review"),
    "pl06_4_checked": ("Đã kiểm tra theo thẩm quyền", "Checked"),
    "pl06_5_unlawful": ("Trái pháp luật", "Found unlawful"),
    "pl06_6_unlawful_handled": ("Trái pháp luật đã xử lý", "Unlawful ones handled"),
    "pl06_7_nonlegal": ("Không phải VBQPPL nhưng chứa QPPL", "Non-legal documents with legal norms"),
    "pl08_depts": ("Sở và cơ quan tương đương", "Departments and equivalent"),
    "pl08_dept_subagencies": ("Chi cục, ban thuộc Sở", "Sub-departments and boards"),
    "pl08_dept_offices": ("Phòng, văn phòng, thanh tra thuộc Sở", "Divisions and offices of departments"),
    "pl08_prov_service_units": ("Đơn vị sự nghiệp cấp tỉnh", "Provincial public service units"),
    "pl08_districts": ("UBND cấp huyện", "District people's committees"),
    "pl08_district_offices": ("Phòng chuyên môn cấp huyện", "District specialised divisions"),
    "pl08_district_admin_offices": ("Văn phòng, thanh tra cấp huyện", "District offices and inspectorates"),
    "pl08_district_service_units": ("Đơn vị sự nghiệp cấp huyện", "District public service units"),
    "pl09_1a_assigned": ("Biên chế được giao", "Posts assigned"),
    "pl09_1b_present": ("Số có mặt", "In post"),
    "pl09_2a_assigned": ("Biên chế được giao", "Posts assigned"),
    "pl09_2b_present": ("Số có mặt", "In post"),
    "pl09_3_recruited_exam": ("Công chức tuyển qua thi cạnh tranh", "Civil servants recruited by exam"),
    "pl09_4_leaders_exam": ("Lãnh đạo bổ nhiệm qua thi tuyển", "Leaders appointed by exam"),
    "pl09_5_downsized": ("Tinh giản biên chế", "Released (downsizing)"),
    "pl09_6_cs_trained": ("Công chức được bồi dưỡng", "Civil servants trained"),
    "pl09_7_pe_trained": ("Viên chức được bồi dưỡng", "Public employees trained"),
    "pl09_8_classes": ("Lớp đào tạo, bồi dưỡng", "Training classes"),
    "pl10_1": ("Thuộc UBND tỉnh", "Under the provincial PC"),
    "pl10_2": ("Thuộc cơ quan chuyên môn tỉnh (sở)", "Under provincial departments"),
    "pl10_3": ("Thuộc UBND cấp huyện", "Under district PCs"),
    "pl10_4_science": ("Tổ chức KH&CN công lập", "Public science organisations"),
    "pl10_type_a": ("Tự bảo đảm chi thường xuyên và chi đầu tư", "Self-financing recurrent and investment spending"),
    "pl10_type_b": ("Tự bảo đảm chi thường xuyên", "Self-financing recurrent spending"),
    "pl10_type_c": ("Tự bảo đảm một phần chi thường xuyên", "Partly self-financing recurrent spending"),
    "pl10_type_d": ("Nhà nước bảo đảm chi thường xuyên", "Recurrent spending covered by the State"),
    "pl11_0_unlabelled": ("(dòng không có tên)", "(row without a label)"),
    "pl11_1_axis_units": ("Kết nối Trục liên thông", "Connected to the national axis"),
    "pl11_2_docs_received": ("Văn bản nhận", "Documents received"),
    "pl11_3_docs_sent": ("Văn bản gửi", "Documents sent"),
    "pl11_4_signatures": ("Chữ ký số", "Digital signatures"),
    "pl11_5_email": ("Công chức có hộp thư điện tử", "Civil servants with e-mail"),
    "pl11_6_doc_software": ("Dùng phần mềm quản lý văn bản", "Using document software"),
    "pl11_7_lan": ("Dùng mạng LAN", "Using a LAN"),
    "pl11_8_portal": ("Có Cổng/Trang thông tin điện tử", "With a web portal"),
    "pl11_9_online_services": ("DVC trực tuyến mức độ 3, 4", "Level-3/4 online services"),
    "pl11_10_services_used": ("DVC mức độ 3, 4 có phát sinh hồ sơ", "Level-3/4 services with dossiers"),
    "pl11_11_e_one_stop_units": ("Dùng phần mềm một cửa điện tử", "Using e-one-stop software"),
    "pl11_12_e_one_stop_share": ("Hồ sơ giải quyết qua một cửa điện tử", "Dossiers via e-one-stop"),
    "pl11_13_iso": ("Có bản công bố ISO", "With an ISO declaration"),
}

SECTORS = {
    "edu": ("Giáo dục - đào tạo", "Education and training"),
    "health": ("Y tế", "Health"),
    "culture": ("Văn hóa, thể dục thể thao", "Culture and sport"),
    "other": ("Sự nghiệp khác", "Other services"),
}
OWNERS = {
    "ppc": ("thuộc UBND tỉnh", "under the provincial PC"),
    "dept": ("thuộc sở, ngành tỉnh", "under provincial departments"),
    "district": ("thuộc UBND cấp huyện", "under district PCs"),
}

UNITS = {
    "units": ("đơn vị", "units"),
    "items": ("bản tin", "bulletins"),
    "classes": ("lớp", "classes"),
    "yes/no": ("Có/Không", "Yes/No"),
    "initiatives": ("mô hình, sáng kiến", "initiatives"),
    "services": ("dịch vụ", "services"),
    "samples": ("mẫu", "samples"),
    "%": ("%", "%"),
    "documents": ("văn bản", "documents"),
    "people": ("người", "people"),
    "organisations": ("tổ chức", "organisations"),
    "signatures": ("chữ ký số", "signatures"),
}
