"""Words of the data revisions (reform/data/revisions.py, reform/model/revisions.py): errors of an imported
file per row and column, the template, the audit's comparison of a revision with the decision's figure."""

#: An error of the file as a whole (row 0): reading it failed before any row.
FILE_ERRORS = {
    "too_large": ("Tệp quá lớn ({size}); tối đa {limit}.", "The file is too large ({size}); at most {limit}."),
    "too_many_rows": ("Tệp có {rows} dòng số liệu; tối đa {limit} dòng mỗi lần nhập.",
                      "The file has {rows} data rows; at most {limit} per import."),
    "empty_file": ("Tệp trống hoặc không có dòng số liệu nào.", "The file is empty or has no data rows."),
    "macro_file": ("Không nhận tệp có macro (.xlsm); hãy lưu thành .xlsx.",
                   "Files with macros (.xlsm) are not accepted; save it as .xlsx."),
    "bad_extension": ("Chỉ nhận tệp .csv hoặc .xlsx (tệp “{name}”).",
                      "Only .csv or .xlsx files are accepted (file “{name}”)."),
    "binary_csv": ("Tệp “{name}” mang đuôi .csv nhưng không phải văn bản CSV (có thể là tệp Excel hoặc tệp nhị phân "
                   "đổi tên); hãy xuất lại thành CSV UTF-8 hoặc tải lên tệp .xlsx.",
                   "“{name}” is named .csv but is not CSV text (perhaps a renamed Excel or binary file); export it "
                   "again as UTF-8 CSV or upload the .xlsx."),
    "not_utf8": ("Tệp CSV không ở mã UTF-8; hãy lưu lại với mã UTF-8.",
                 "The CSV file is not UTF-8; save it again as UTF-8."),
    "bad_xlsx": ("Không đọc được tệp Excel (.xlsx): tệp hỏng hoặc không phải Excel.",
                 "The Excel file (.xlsx) cannot be read: it is damaged or not Excel."),
    "missing_columns": ("Thiếu cột: {columns}. Cần đủ các cột: {required}.",
                        "Missing columns: {columns}. The columns needed: {required}."),
    "unknown_columns": ("Cột không được dùng: {columns}.", "Columns not used: {columns}."),
    "duplicate_columns": ("Cột bị lặp: {columns}.", "Repeated columns: {columns}."),
}

#: An error of one cell (row, column).
ROW_ERRORS = {
    "required": ("Bắt buộc phải có giá trị.", "A value is required."),
    "unknown_indicator": ("Mã chỉ tiêu “{value}” không có trong danh mục (xem trang “Chỉ tiêu được nhập” của mẫu).",
                          "Indicator id “{value}” is not in the catalogue (see the template's sheet of allowed "
                          "indicators)."),
    "bad_year": ("Năm “{value}” không hợp lệ; phải là số nguyên từ {low} đến {high}.",
                 "Year “{value}” is not valid; it must be a whole number from {low} to {high}."),
    "bad_number": ("“{value}” không phải là số (ví dụ: 85,97 hoặc 85.97 hoặc 1.543).",
                   "“{value}” is not a number (for example 85,97 or 85.97 or 1.543)."),
    "out_of_range": ("Giá trị {value} nằm ngoài khoảng cho phép {low}–{high} ({scale}).",
                     "The value {value} is outside the allowed range {low}–{high} ({scale})."),
    "rank_not_whole": ("Thứ hạng phải là số nguyên (đang là {value}).", "A rank must be a whole number ({value})."),
    "rank_above_out_of": ("Thứ hạng {value} lớn hơn số tỉnh được xếp hạng ({out_of}).",
                          "Rank {value} is above the number of provinces ranked ({out_of})."),
    "out_of_required": ("Thứ hạng phải ghi số tỉnh được xếp hạng ở cột out_of (ví dụ 34).",
                        "A rank needs the number of provinces ranked in column out_of (for example 34)."),
    "bad_out_of": ("Số tỉnh được xếp hạng “{value}” không hợp lệ; phải là số nguyên từ 1 đến {high}.",
                   "The number ranked “{value}” is not valid; it must be a whole number from 1 to {high}."),
    "out_of_not_rank": ("Chỉ tiêu này không phải thứ hạng; để trống cột out_of.",
                        "This indicator is not a rank; leave out_of empty."),
    "duplicate": ("Trùng với dòng {first}: cùng mã chỉ tiêu và năm.",
                  "Repeats row {first}: the same indicator id and year."),
    "too_long": ("Quá dài ({length} ký tự; tối đa {limit}).", "Too long ({length} characters; at most {limit})."),
    "formula_text": ("Ô bắt đầu bằng “{char}” giống công thức; hãy bỏ ký tự đó.",
                     "The cell starts with “{char}” like a formula; remove that character."),
}

#: What a scale is called in an out_of_range message.
SCALES = {
    "percent": ("tỷ lệ phần trăm", "a percentage"),
    "pci": ("điểm PCI", "the PCI score"),
    "pci_sub": ("điểm chỉ số thành phần PCI", "a PCI sub-index score"),
    "par": ("điểm PAR INDEX", "the PAR INDEX score"),
    "papi": ("điểm PAPI", "the PAPI score"),
    "count": ("số lượng không âm", "a count, not negative"),
    "yes_no": ("0 (không) hoặc 1 (có)", "0 (no) or 1 (yes)"),
    "rank_change": ("số bậc tăng (âm là giảm)", "ranks gained (negative: lost)"),
    "rank": ("thứ hạng", "a rank"),
}

#: Errors of applying or rolling back (StoreError codes and the engine's own).
ACTION_ERRORS = {
    "has_errors": ("Tệp còn lỗi; chưa áp dụng dòng nào.", "The file has errors; no row was applied."),
    "nothing_new": ("Tệp không có số liệu mới hoặc thay đổi; không tạo phiên bản.",
                    "The file holds nothing new or changed; no revision was made."),
    "stale": ("Số liệu vừa được người khác cập nhật; hãy xem trước lại rồi xác nhận.",
              "Someone else has just updated the data; preview again, then confirm."),
    "not_found": ("Không có phiên bản số {id}.", "There is no revision {id}."),
    "already_rolled_back": ("Phiên bản số {id} đã được hoàn tác trước đó.", "Revision {id} was already rolled back."),
    "empty_name": ("Cần ghi tên người nhập.", "The name of who enters it is required."),
    "long_name": ("Tên người nhập quá dài.", "The name is too long."),
    "long_note": ("Ghi chú quá dài.", "The note is too long."),
    "store": ("Không ghi được vào kho trạng thái ({detail}); chưa thay đổi gì.",
              "The state store cannot be written ({detail}); nothing changed."),
}

#: The template's words.
TEMPLATE = {
    "sheet_data": ("Số liệu", "Figures"),
    "sheet_allowed": ("Chỉ tiêu được nhập", "Allowed indicators"),
    "col_indicator_id": ("Mã chỉ tiêu", "Indicator id"),
    "col_name_vi": ("Tên chỉ tiêu", "Name (Vietnamese)"),
    "col_name_en": ("Tên tiếng Anh", "Name (English)"),
    "col_unit": ("Đơn vị", "Unit"),
    "col_low": ("Nhỏ nhất", "Lowest"),
    "col_high": ("Lớn nhất", "Highest"),
    "col_rank": ("Thứ hạng (cần out_of)", "Rank (needs out_of)"),
    "col_target": ("Chỉ tiêu của Đề án", "Target part of the scheme"),
    "rank_high": ("out_of", "out_of"),
    "guide": ("Mỗi dòng một số liệu: mã chỉ tiêu, năm (2016-2035), giá trị (85,97 hoặc 85.97), cách ghi trong "
              "nguồn, số tỉnh được xếp hạng (chỉ với thứ hạng), nguồn (bắt buộc).",
              "One figure a row: indicator id, year (2016-2035), value (85,97 or 85.97), the text as the source "
              "prints it, how many provinces were ranked (ranks only), source (required)."),
}

#: The audit's check of a revision's figure against the decision's figure of the same indicator and year.
AUDIT = {
    "revision_vs_build": ("Phiên bản {id} ({who}, {when}): “{name}” năm {year} so với số liệu gốc ({source})",
                          "Revision {id} ({who}, {when}): “{name}” {year} against the original figure ({source})"),
    "basis_revision": ("nhập bởi {who} lúc {when}", "entered by {who} at {when}"),
}
