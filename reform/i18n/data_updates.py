"""Words of the data-updates page (pages/data_updates.py)."""

TEXT = {
    "title": ("Cập nhật số liệu", "Data updates"),
    "lead": ("Biên tập viên nhập kết quả các năm sau 2020 (PCI, PAR INDEX, SIPAS, PAPI, một cửa, dịch vụ công "
             "trực tuyến) từ tệp mẫu; số liệu của Quyết định 688 không bị thay đổi.",
             "Editors add the results of the years after 2020 (PCI, PAR INDEX, SIPAS, PAPI, one-stop shop, online "
             "services) from a template file; the figures of Decision 688 are never changed."),
    "template_title": ("1. Tải tệp mẫu", "1. Download the template"),
    "template_soon": ("Tệp mẫu (XLSX và CSV, có mã chỉ tiêu, tên, đơn vị và khoảng giá trị cho phép) sẽ có ở đây.",
                      "The template (XLSX and CSV, with the indicator ids, names, units and allowed ranges) will be "
                      "offered here."),
    "upload_title": ("2. Tải tệp số liệu lên", "2. Upload the figures"),
    "upload": ("Tệp số liệu (CSV hoặc XLSX, tối đa {mb} MB)", "Figures file (CSV or XLSX, {mb} MB at most)"),
    "upload_help": ("Dùng tệp mẫu ở trên. Chưa có gì được áp dụng cho đến khi bạn xác nhận bản xem trước.",
                    "Use the template above. Nothing is applied until you confirm the preview."),
    "too_big": ("Tệp {size} lớn hơn giới hạn {mb} MB.", "The file ({size}) is larger than the limit of {mb} MB."),
    "import_soon": ("Đã nhận tệp “{name}” ({size}). Chức năng kiểm tra, xem trước và nhập số liệu đang được xây dựng: "
                    "chưa có số liệu nào được đọc hay thay đổi.",
                    "Received “{name}” ({size}). Checking, previewing and importing figures is being built: no "
                    "figure has been read or changed."),
}
