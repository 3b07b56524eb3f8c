"""Words of the data and sources page."""

TEXT = {
    "title": ("Dữ liệu và nguồn", "Data and sources"),
    "lead": ("Mọi bảng số liệu của bảng điều khiển, nguồn của từng con số, kết quả đối chiếu số liệu của văn bản và "
             "cách trích dẫn. Bảng điều khiển không sửa số liệu gốc: con số nào cũng được hiển thị như văn bản in.",
             "Every data table of the dashboard, where each figure comes from, the cross-check of the decision's "
             "figures and how to cite. The dashboard never corrects the source: every figure is shown as printed."),
    "toc": ("Trên trang này: **Bảng dữ liệu** · **Đối chiếu số liệu** · **Chú thích của văn bản** · "
            "**Số liệu công bố sau 2020** · **Các nguồn mâu thuẫn nhau** · **Nguồn bảng PCI các tỉnh** · **Cách trích dẫn** · "
            "**Tệp tải về và mã** · **Thông tin dựng dữ liệu**",
            "On this page: **Data tables** · **Consistency audit** · **The decision's footnotes** · "
            "**Figures published after 2020** · **Sources that contradict each other** · **Sources of the provinces' PCI table** · "
            "**How to cite** · **Downloads and codes** · **Data build**"),
    # tables
    "tables_title": ("Bảng dữ liệu", "Data tables"),
    "tables_lead": ("Chọn một bảng và lọc theo phụ lục. Tải CSV gồm các dòng đang hiển thị; tải Parquet là toàn bộ "
                    "tệp dữ liệu đã dựng (kiểu dữ liệu giữ nguyên).",
                    "Choose a table and filter it by appendix. The CSV download holds the rows shown; the Parquet "
                    "download is the whole built data file (types kept)."),
    "pick_table": ("Bảng", "Table"),
    "pick_appendix": ("Phụ lục", "Appendix"),
    "all": ("Tất cả", "All"),
    "appendix_text": ("Phần lời văn (Phần 1-3)", "Text of Parts 1-3"),
    "appendix_external": ("Nguồn công bố sau 2020", "Published after 2020"),
    "appendix_n": ("Phụ lục {n}", "Appendix {n}"),
    "t_indicators": ("Chỉ tiêu (danh mục)", "Indicators (catalogue)"),
    "t_observations": ("Số liệu (mọi ô)", "Observations (every cell)"),
    "t_targets": ("Mục tiêu 2025/2030", "Targets 2025/2030"),
    "t_pci": ("PCI 2016-2020 (Phụ lục 03)", "PCI 2016-2020 (Appendix 03)"),
    "t_par_index": ("PAR INDEX 2016-2019 (Phụ lục 04)", "PAR INDEX 2016-2019 (Appendix 04)"),
    "t_footnotes": ("Chú thích của văn bản", "The decision's footnotes"),
    "t_pci_reference": ("PCI các tỉnh (bảng tham chiếu)", "Provinces' PCI (reference table)"),
    "t_text_figures": ("Số liệu trong lời văn", "Figures in the text"),
    "t_source_conflicts": ("Các nguồn mâu thuẫn", "Conflicting sources"),
    "d_indicators": ("Mỗi dòng in của các phụ lục (và mỗi số liệu trong lời văn) với tên, đơn vị, cấp và số ô có số.",
                     "Every printed row of the appendices (and every figure in the text) with name, unit, level and "
                     "the number of cells holding a value."),
    "d_observations": ("Mỗi ô số liệu: giá trị, nguyên văn như in, loại ô (số, trống, không áp dụng, chữ), chú thích "
                       "và nguồn.",
                       "Every cell: value, verbatim as printed, kind of cell (value, empty, not applicable, text), "
                       "footnote and source."),
    "d_targets": ("Các mục tiêu của Phụ lục 01 và Phần 3 mục I.2, theo từng phần chỉ tiêu.",
                  "The targets of Appendix 01 and Part 3 §I.2, one row per target part."),
    "d_pci": ("Điểm và hạng PCI cùng 10 chỉ số thành phần với trọng số VCCI.",
              "PCI score and rank with the 10 sub-indices and their VCCI weights."),
    "d_par_index": ("Điểm và hạng PAR INDEX của 8 lĩnh vực và tổng; hạng in bằng chữ giữ nguyên.",
                    "PAR INDEX scores and ranks of the 8 areas and the total; ranks printed as words stay words."),
    "d_footnotes": ("23 chú thích của văn bản, nguyên văn, với nơi được dẫn.",
                    "The decision's 23 footnotes, verbatim, with where each is cited."),
    "d_pci_reference": ("Điểm và hạng PCI đã công bố của các tỉnh, dùng để ước tính hạng trong phần giả định.",
                        "Other provinces' published PCI scores and ranks, used for the what-if rank estimate."),
    "d_text_figures": ("Các con số nêu trong lời văn (Phần 1-3, chú thích, ô chữ của Phụ lục 01), nguyên văn.",
                       "Figures stated in the text (Parts 1-3, footnotes, text cells of Appendix 01), verbatim."),
    "rows_shown": ("{shown} trên {total} dòng", "{shown} of {total} rows"),
    "no_rows": ("Bảng này không có dòng nào thuộc phụ lục đã chọn.", "This table has no rows for the chosen appendix."),
    "dl_csv": ("Tải CSV (các dòng đang hiển thị)", "Download CSV (rows shown)"),
    "dl_parquet": ("Tải Parquet (toàn bộ tệp)", "Download Parquet (whole file)"),
    "dl_xlsx": ("Tải Excel (các dòng đang hiển thị)", "Download Excel (rows shown)"),
    # downloads and their codes
    "codes_title": ("Tệp tải về: Excel cho văn phòng, CSV cho máy", "Downloads: Excel for the office, CSV for machines"),
    "codes_lead": (
        "Mỗi bảng có hai tệp. **Excel (XLSX)**: bảng như trên trang, dòng tiêu đề, tên cột và trạng thái bằng ngôn ngữ "
        "của trang, số có định dạng đúng số chữ số thập phân như trên màn hình, dòng nguồn ở cuối. **CSV**: giá trị "
        "gốc cho máy đọc, mã hóa UTF-8 có BOM, dấu chấm thập phân, số làm tròn đến số chữ số thập phân được in "
        "(hạng là số nguyên), tên cột và trạng thái là mã gốc như sau.",
        "Every table has two files. **Excel (XLSX)**: the table as on the page, with a title row, headings and "
        "statuses in the page's language, numbers formatted with the decimals shown on screen, and the source "
        "below. **CSV**: the raw values for machines, UTF-8 with a BOM, dot decimals, numbers rounded to the "
        "decimals they print with (ranks whole), column names and statuses as plain codes:"),
    "codes_col": ("Cột", "Column"),
    "codes_code": ("Mã", "Code"),
    "codes_meaning": ("Nghĩa", "Meaning"),
    "code_flag_value": ("ô có số", "the cell holds a number"),
    "code_flag_empty": ("ô để trống trong văn bản: không có số liệu (không phải 0)",
                        "the cell is empty in the decision: no data (not 0)"),
    "code_flag_not_applicable": ("ô in “-”: không áp dụng", "the cell prints “-”: not applicable"),
    "code_flag_text": ("ô in chữ (ví dụ “Chưa xác định”)", "the cell prints words (e.g. “Chưa xác định”)"),
    "code_status_met": ("đã đạt mục tiêu", "target met"),
    "code_status_on_track": ("đúng tiến độ", "on track"),
    "code_status_moderate": ("cải thiện chậm", "moderately improving"),
    "code_status_stagnating": ("chững lại", "stagnating"),
    "code_status_decreasing": ("đi lùi", "moving away"),
    "code_pace_source_historical": ("tốc độ theo xu hướng 2016-2020 của văn bản", "pace from the decision's 2016-2020 trend"),
    "code_pace_source_required": ("tốc độ giả định: vừa đủ đạt mục tiêu 2025 (văn bản không có chuỗi số liệu)",
                                  "assumed pace: just enough for the 2025 target (the decision has no series)"),
    "code_pace_source_scenario": ("tốc độ do người dùng đặt trong kịch bản", "pace set by the user in the scenario"),
    "code_kind_actual": ("số thực hiện", "actual figure"),
    "code_kind_target": ("chỉ tiêu", "target"),
    "code_kind_plan": ("kế hoạch", "plan"),
    "code_measure_score": ("điểm", "score"),
    "code_measure_rank": ("xếp hạng (1 là tốt nhất)", "rank (1 is best)"),
    "all_downloads": ("Tải tất cả các bảng", "Download every table"),
    "col_table": ("Bảng", "Table"),
    "col_file": ("Tệp", "File"),
    "col_rows": ("Số dòng", "Rows"),
    # audit
    "audit_title": ("Đối chiếu số liệu của văn bản", "Consistency audit of the decision"),
    "audit_lead": ("Bảng điều khiển kiểm tra lại những con số văn bản nêu hai lần hoặc suy ra được: tổng so với các "
                   "phần, chỉ số tính lại, cùng một con số ở phụ lục và trong lời văn. Bảng điều khiển không sửa số "
                   "liệu gốc: khi văn bản tự mâu thuẫn, mọi trang hiển thị số in, còn ở đây nêu cả hai con số.",
                   "The dashboard re-checks the figures the decision states twice or that can be derived: totals "
                   "against their parts, recomputed indices, the same figure in an appendix and in the text. The "
                   "dashboard never corrects the source: where the decision disagrees with itself, every page shows "
                   "the printed figure, and both figures are listed here."),
    "audit_summary": ("{n} phép kiểm tra: {ok} khớp · {rounding} lệch do làm tròn · {mismatch} không khớp · "
                      "{missing} thiếu số liệu",
                      "{n} checks: {ok} consistent · {rounding} differ by rounding only · {mismatch} do not match · "
                      "{missing} cannot be checked"),
    "mismatch_title": ("Những chỗ văn bản không khớp với chính nó", "Where the decision disagrees with itself"),
    "mismatch_line": ("{what}: văn bản in **{found}**, nhưng tính từ các số liệu khác được **{expected}** "
                      "(chênh {diff}).",
                      "{what}: the decision prints **{found}**, but the other figures give **{expected}** "
                      "(difference {diff})."),
    "plain_par_total": ("PAR INDEX {year}: tổng điểm in là **{found}**, nhưng cộng điểm 8 lĩnh vực được **{expected}**",
                        "PAR INDEX {year}: the printed total **{found}** is not the sum of its 8 areas, **{expected}**"),
    "plain_pci": ("PCI {year}: điểm in **{found}**, tính lại từ 10 chỉ số thành phần với trọng số VCCI được **{expected}**",
                  "PCI {year}: printed **{found}**, recomputed from the 10 sub-indices with the VCCI weights "
                  "**{expected}**"),
    "plain_pl11_share": ("Phụ lục 11 mục 10, năm {year}: tỷ lệ in là **{found}%**, nhưng số dịch vụ có hồ sơ chia cho "
                         "số dịch vụ mức độ 3, 4 (in cùng ô) là **{expected}%**",
                         "Appendix 11 item 10, {year}: the printed share **{found}%** is not the services with dossiers "
                         "÷ the level-3/4 services printed in the same cell, **{expected}%**"),
    "plain_pl11_den": ("Phụ lục 11 mục 10, năm {year}: mẫu số in là **{found}**, nhưng mục 9 ghi **{expected}** dịch vụ "
                       "mức độ 3, 4",
                       "Appendix 11 item 10, {year}: the printed denominator **{found}** differs from the "
                       "**{expected}** level-3/4 services of item 9"),
    "plain_text": ("{section}: văn bản ghi “{printed}”, nhưng {how} là **{expected}**",
                   "{section}: the decision writes “{printed}”, but {how} is **{expected}**"),
    "how_ratio": ("{num} chia cho {den}", "{num} ÷ {den}"),
    "how_sum": ("tổng {parts}{years}", "the sum of {parts}{years}"),
    "plain_target": ("Mục tiêu {year} “{name}”{end}: Phụ lục 01 ghi **{expected}**, Phần 3 mục I.2 ghi **{found}**",
                     "{year} target “{name}”{end}: Appendix 01 gives **{expected}**, Part 3 §I.2 gives **{found}**"),
    "end_lower": (" (đầu dưới của nhóm)", " (lower end of the band)"),
    "end_upper": (" (đầu trên của nhóm)", " (upper end of the band)"),
    "plain_baseline": ("Mức xuất phát “{name}” ({year}): phần mục tiêu ghi **{found}**, phụ lục số liệu ghi **{expected}**",
                       "Starting point “{name}” ({year}): the targets give **{found}**, the data appendix gives "
                       "**{expected}**"),
    "diff_suffix": (" (chênh {diff}).", " (difference {diff})."),
    "rounding_title": ("Lệch do làm tròn (không phải lỗi)", "Differences from rounding (not errors)"),
    "rounding_line": ("{what}: in {found}, tính lại {expected}.", "{what}: printed {found}, recomputed {expected}."),
    "missing_line": ("{what}: thiếu một con số nên không kiểm tra được.", "{what}: a figure is missing, so it cannot "
                                                                           "be checked."),
    "audit_table": ("Toàn bộ kết quả đối chiếu", "Every audit result"),
    "status_ok": ("Khớp", "Consistent"),
    "status_rounding": ("Lệch do làm tròn", "Differs by rounding only"),
    "status_mismatch": ("Không khớp", "Does not match"),
    "status_missing": ("Thiếu số liệu để so", "Cannot be checked"),
    "col_check": ("Mã kiểm tra", "Check"),
    "col_description": ("Nội dung", "What is checked"),
    "col_expected": ("Tính từ số liệu khác", "From the other figures"),
    "col_found": ("Văn bản in", "Printed"),
    "col_difference": ("Chênh lệch", "Difference"),
    "col_status": ("Kết quả", "Result"),
    # footnotes
    "footnotes_title": ("Chú thích của văn bản (nguyên văn)", "The decision's footnotes (verbatim)"),
    "footnotes_lead": ("23 chú thích [1]-[23] của Quyết định, giữ nguyên văn, với nơi mỗi chú thích được dẫn.",
                       "The decision's 23 footnotes [1]-[23], quoted verbatim in Vietnamese, with where each is cited."),
    "footnotes_open": ("Xem 23 chú thích", "Show the 23 footnotes"),
    "footnote_line": ("**[{n}]** · {where} · {text}", "**[{n}]** · {where} · {text}"),
    # later figures
    "later_title": ("Số liệu công bố sau năm 2020", "Figures published after 2020"),
    "later_lead": ("Quyết định dừng ở năm 2020. Các con số sau đây lấy từ bài báo, trang tin và văn bản đã công bố, kèm "
                   "đường dẫn, câu trích và căn cứ (nguồn nêu / suy ra / văn bản của tỉnh nêu); mỗi hạng ghi rõ trên "
                   "bao nhiêu tỉnh. Ô để trống là chưa có số công bố, không phải 0. PCI từ năm 2022 theo phương pháp "
                   "sửa đổi của VCCI nên không so trực tiếp điểm với 2016-2021.",
                   "The decision stops at 2020. The figures below come from published articles, pages and documents, "
                   "with their links, quotes and basis (stated / derived / stated in a provincial document); every "
                   "rank says out of how many provinces. A figure not published is absent, never 0. PCI from 2022 "
                   "uses VCCI's revised method, so its scores are not directly comparable with 2016-2021."),
    "col_indicator": ("Chỉ tiêu", "Indicator"),
    "col_year": ("Năm", "Year"),
    "col_value": ("Giá trị", "Value"),
    "col_printed": ("Nguyên văn", "As published"),
    "col_note": ("Lưu ý", "Note"),
    "col_source": ("Nguồn", "Source"),
    "col_link": ("Đường dẫn", "Link"),
    "col_basis": ("Căn cứ", "Basis"),
    "col_basis_words": ("Căn cứ (nguyên văn của nguồn)", "Basis (the source's words)"),
    "col_quote": ("Trích dẫn", "Quote"),
    "rank_of": ("{rank}/{n}", "{rank} of {n}"),
    # source conflicts
    "conflicts_title": ("Các nguồn mâu thuẫn nhau", "Sources that contradict each other"),
    "conflicts_lead": ("Những con số đã công bố dưới đây không thể cùng đúng. Bảng điều khiển giữ nguyên từng con số "
                       "với nguồn của nó, không tự chọn một bên; số của Lai Châu dùng trong các đánh giá là số do "
                       "tỉnh công bố.",
                       "The published figures below cannot all be right. The dashboard keeps each figure with its "
                       "source and does not pick a side; the Lai Châu figures used in the verdicts are those the "
                       "province published."),
    "col_conflict": ("Mâu thuẫn", "Conflict"),
    "col_claimant": ("Bên nêu / đối tượng", "Who / about whom"),
    "col_rank": ("Hạng", "Rank"),
    "col_claim": ("Nội dung nguồn nêu", "What the source says"),
    # PCI reference
    "ref_title": ("Nguồn của bảng PCI các tỉnh", "Sources of the provinces' PCI table"),
    "ref_lead": ("Bảng tham chiếu gồm {rows} cặp (điểm, hạng) của các tỉnh, {first}-{last}, từ {n} nguồn dưới đây. "
                 "Thang “2022+” là phương pháp sửa đổi của VCCI, không trộn với thang 2016-2021.",
                 "The reference table holds {rows} (score, rank) pairs of the provinces, {first}-{last}, from the "
                 "{n} sources below. The “2022+” scale is VCCI's revised method, never mixed with the 2016-2021 scale."),
    "col_scale": ("Thang", "Scale"),
    "col_years": ("Năm", "Years"),
    "col_provinces": ("Số tỉnh", "Provinces"),
    # citing
    "cite_title": ("Cách trích dẫn", "How to cite"),
    "cite_lead": ("Gợi ý trích dẫn, bằng hai thứ tiếng. Khi dùng một con số, nên trích dẫn Quyết định (phụ lục, mục) "
                  "như dòng nguồn dưới mỗi biểu đồ; khi dùng cách trình bày hoặc phép tính của bảng điều khiển, "
                  "trích dẫn cả bảng điều khiển.",
                  "Suggested citations, in both languages. When you use a figure, cite the decision (appendix, item) "
                  "as in the source line under each chart; when you use the dashboard's presentation or "
                  "calculations, cite the dashboard as well."),
    "cite_decision": ("Quyết định", "The decision"),
    "cite_dashboard": ("Bảng điều khiển", "The dashboard"),
    "cite_vi": ("Tiếng Việt", "Vietnamese"),
    "cite_en": ("Tiếng Anh", "English"),
    # build
    "build_title": ("Thông tin dựng dữ liệu", "Data build"),
    "build_lead": ("Dữ liệu được dựng lúc {built} từ các tệp nguồn đã rà soát (data/sources); dấu vân tay nguồn "
                   "{fp}, phiên bản lược đồ {schema}.",
                   "The data was built at {built} from the reviewed source files (data/sources); source fingerprint "
                   "{fp}, schema version {schema}."),
    "build_missing": ("Không đọc được build.json.", "build.json could not be read."),
}

# Where a footnote is cited, in English (the Vietnamese is shown as recorded).
CITED_IN_EN = (
    ("Chú thích", "Footnote"),
    ("Phần", "Part"),
    ("mục", "item"),
    ("năm", "year"),
    ("(cuộc thi)", "(contest)"),
    ("(bản tin)", "(bulletins)"),
    ("(lớp tập huấn)", "(training classes)"),
)

# Names of the series that have figures published after 2020 (the catalogue's printed names, e.g. "Tổng cộng",
# do not say which index they belong to).
LATER_NAMES = {
    "pci_score": ("Điểm PCI", "PCI score"),
    "pci_rank": ("Xếp hạng PCI", "PCI rank"),
    "par_total_score": ("Điểm PAR INDEX", "PAR INDEX score"),
    "par_total_rank": ("Xếp hạng PAR INDEX", "PAR INDEX rank"),
    "sipas_score": ("Chỉ số SIPAS (%)", "SIPAS (%)"),
    "sipas_rank": ("Xếp hạng SIPAS", "SIPAS rank"),
    "papi_score": ("Điểm PAPI", "PAPI score"),
    "papi_rank": ("Xếp hạng PAPI", "PAPI rank"),
}

# How a figure is known (the ``basis`` column of the data contract).
BASIS = {
    "decision": ("Quyết định 688", "Decision 688"),
    "stated": ("nguồn công bố nêu", "stated by the source"),
    "derived": ("suy ra (từ số công bố sau và mức thay đổi đã nêu)", "derived (from a later stated value and a stated change)"),
    "stated_provincial": ("văn bản của tỉnh nêu", "stated in a provincial document"),
    "revision": ("cán bộ nhập trên bảng điều khiển (có nguồn)", "entered on the dashboard by staff (with its source)"),
}

# Notes recorded in Vietnamese with the later figures, in English.
SCALE_NOTES_EN = {
    "PCI 2022 theo phương pháp sửa đổi của VCCI": "PCI 2022 on VCCI's revised method",
    "PCI 2022 theo phương pháp sửa đổi của VCCI: không so sánh trực tiếp với 2016-2021":
        "PCI 2022 on VCCI's revised method: not directly comparable with 2016-2021",
    "PCI 2022 trở đi theo phương pháp sửa đổi của VCCI: không so sánh trực tiếp với 2016-2021":
        "PCI from 2022 on VCCI's revised method: not directly comparable with 2016-2021",
}

CITATIONS = {
    "decision": (
        "Ủy ban nhân dân tỉnh Lai Châu (2021). Quyết định số 688/QĐ-UBND ngày 11/6/2021 phê duyệt Đề án “Đẩy mạnh "
        "cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh cấp tỉnh giai "
        "đoạn 2021-2025, định hướng đến năm 2030”.",
        "Lai Châu Provincial People's Committee (2021). Decision No. 688/QĐ-UBND of 11 June 2021 approving the "
        "scheme “Accelerating administrative reform, improving the investment and business environment and "
        "raising provincial competitiveness, 2021-2025, with an orientation to 2030” (in Vietnamese).",
    ),
    "dashboard": (
        "Bảng điều khiển “Cải cách hành chính & năng lực cạnh tranh Lai Châu”, dữ liệu dựng ngày {built} từ Quyết "
        "định 688/QĐ-UBND ngày 11/6/2021 của UBND tỉnh Lai Châu và các nguồn công bố được nêu trên trang “Dữ liệu và "
        "nguồn”. Truy cập ngày {today}.",
        "“Lai Châu administrative reform & competitiveness” dashboard, data built on {built} from Decision "
        "688/QĐ-UBND of 11 June 2021 of the Lai Châu Provincial People's Committee and the published sources listed "
        "on its “Data and sources” page. Accessed on {today}.",
    ),
}
