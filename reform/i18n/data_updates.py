"""Words of the data-updates page (pages/data_updates.py)."""

TEXT = {
    "title": ("Cập nhật số liệu", "Data updates"),
    "lead": ("Biên tập viên nhập kết quả các năm sau 2020 (PCI, PAR INDEX, SIPAS, PAPI, một cửa, dịch vụ công "
             "trực tuyến) từ tệp mẫu; số liệu của Quyết định 688 không bị thay đổi.",
             "Editors add the results of the years after 2020 (PCI, PAR INDEX, SIPAS, PAPI, one-stop shop, online "
             "services) from a template file; the figures of Decision 688 are never changed."),
    "template_title": ("1. Tải tệp mẫu", "1. Download the template"),
    "template_caption": ("Điền mỗi dòng một số liệu: mã chỉ tiêu, năm, giá trị, cách ghi trong nguồn, “trên bao nhiêu "
                         "tỉnh” (chỉ cho thứ hạng) và nguồn. Tệp XLSX có sẵn trang danh mục chỉ tiêu được nhập.",
                         "One figure per row: indicator id, year, value, the value as printed, “out of how many "
                         "provinces” (ranks only) and the source. The XLSX has a sheet of the allowed indicators."),
    "dl_xlsx": ("Tệp mẫu XLSX", "Template (XLSX)"),
    "dl_csv": ("Tệp mẫu CSV", "Template (CSV)"),
    "dl_allowed": ("Danh mục chỉ tiêu (CSV)", "Allowed indicators (CSV)"),
    "upload_title": ("2. Tải tệp số liệu lên", "2. Upload the figures"),
    "upload": ("Tệp số liệu (CSV hoặc XLSX, tối đa {mb} MB)", "Figures file (CSV or XLSX, {mb} MB at most)"),
    "upload_help": ("Dùng tệp mẫu ở trên. Chưa có gì được áp dụng cho đến khi bạn xác nhận bản xem trước.",
                    "Use the template above. Nothing is applied until you confirm the preview."),
    "too_big": ("Tệp {size} lớn hơn giới hạn {mb} MB.", "The file ({size}) is larger than the limit of {mb} MB."),
    "errors_title": ("Tệp có {n} lỗi; chưa có số liệu nào được nhập. Hãy sửa tệp rồi tải lên lại.",
                     "The file has {n} errors; nothing was imported. Correct the file and upload it again."),
    "preview_title": ("3. Xem trước", "3. Preview"),
    "preview_lead": ("Tệp “{name}”: {rows} dòng — {new} mới, {changed} thay đổi, {unchanged} không đổi. Chưa có gì "
                     "được áp dụng.",
                     "File “{name}”: {rows} rows — {new} new, {changed} changed, {unchanged} unchanged. Nothing has "
                     "been applied yet."),
    "new_title": ("Số liệu mới ({n})", "New figures ({n})"),
    "changed_title": ("Số liệu thay đổi ({n}): cũ → mới", "Changed figures ({n}): old → new"),
    "unchanged_title": ("Số liệu không đổi ({n})", "Unchanged figures ({n})"),
    "verdicts_title": ("Đánh giá sẽ thay đổi ({n})", "Verdicts that would change ({n})"),
    "no_verdicts": ("Không đánh giá nào thay đổi.", "No verdict would change."),
    "nothing_new": ("Tệp không có số liệu mới hay thay đổi: không có gì để nhập.",
                    "The file has no new or changed figure: nothing to import."),
    "note": ("Ghi chú (không bắt buộc)", "Note (optional)"),
    "confirm": ("Xác nhận nhập số liệu", "Confirm the import"),
    "applied": ("Đã nhập lần cập nhật số {id} ({n} dòng).", "Imported as revision {id} ({n} rows)."),
    "history_title": ("Lịch sử cập nhật", "Revision history"),
    "no_history": ("Chưa có lần cập nhật nào.", "No revision yet."),
    "pick_revision": ("Xem các dòng của lần cập nhật", "Show the rows of revision"),
    "rollback": ("Hủy lần cập nhật {id}", "Roll back revision {id}"),
    "rollback_ask": ("Hủy lần cập nhật số {id}? Số liệu của nó thôi được dùng; việc hủy được ghi lại.",
                     "Roll back revision {id}? Its figures stop being used; the rollback is recorded."),
    "rollback_yes": ("Có, hủy lần cập nhật {id}", "Yes, roll back revision {id}"),
    "rolled_back": ("Đã hủy lần cập nhật số {id}.", "Revision {id} was rolled back."),
    # table columns
    "c_row": ("Dòng", "Row"), "c_column": ("Cột", "Column"), "c_message": ("Lỗi", "Error"),
    "c_indicator": ("Chỉ tiêu", "Indicator"), "c_year": ("Năm", "Year"), "c_value": ("Giá trị", "Value"),
    "c_source": ("Nguồn", "Source"), "c_old_new": ("Cũ → mới", "Old → new"), "c_old_source": ("Nguồn cũ", "Old source"),
    "c_new_source": ("Nguồn mới", "New source"),
    "c_target": ("Chỉ tiêu của Đề án", "Target"), "c_before": ("Trước", "Before"), "c_after": ("Sau", "After"),
    "c_id": ("Số", "Id"), "c_by": ("Người nhập", "Entered by"), "c_at": ("Thời điểm (UTC)", "When (UTC)"),
    "c_file": ("Tệp", "File"), "c_rows": ("Số dòng", "Rows"), "c_note": ("Ghi chú", "Note"),
    "c_status": ("Trạng thái", "Status"), "c_rb_by": ("Người hủy", "Rolled back by"),
    "c_rb_at": ("Thời điểm hủy (UTC)", "Rolled back at (UTC)"),
    "s_applied": ("đang dùng", "in force"), "s_rolled_back": ("đã hủy", "rolled back"),
    "whole_file": ("(cả tệp)", "(whole file)"),
}
