"""Words of editors' sign-in (reform/ui/auth.py)."""

TEXT = {
    "sign_in_title": ("Đăng nhập dành cho biên tập viên", "Sign-in for editors"),
    "sign_in_lead": ("Người xem không cần đăng nhập. Chỉ biên tập viên được cấp tài khoản mới cập nhật được số liệu.",
                     "Viewers need not sign in. Only editors with an account can update the figures."),
    "user_name": ("Tên đăng nhập", "User name"),
    "password": ("Mật khẩu", "Password"),
    "sign_in": ("Đăng nhập", "Sign in"),
    "sign_out": ("Đăng xuất", "Sign out"),
    "signed_in_as": ("Đang đăng nhập: {name}", "Signed in as {name}"),
    "idle_note": ("Phiên tự đăng xuất sau {minutes} phút không thao tác.",
                  "The session signs out after {minutes} minutes without activity."),
    "failed": ("Sai tên đăng nhập hoặc mật khẩu.", "Wrong user name or password."),
    "locked": ("Đã đăng nhập sai {n} lần trong {minutes} phút: tài khoản hoặc máy này tạm khóa. "
               "Hãy thử lại sau, chậm nhất {minutes} phút nữa.",
               "{n} failed sign-ins within {minutes} minutes: this account or this computer is locked for now. "
               "Try again later, in {minutes} minutes at most."),
    "empty": ("Hãy nhập tên đăng nhập và mật khẩu.", "Enter your user name and password."),
    "no_editors": ("Chưa có tài khoản biên tập viên nào được cấu hình trên máy chủ (xem README, mục Biên tập viên).",
                   "No editor account is configured on the server (see README, Editors)."),
    "signed_out": ("Đã đăng xuất.", "Signed out."),
    "expired": ("Phiên đăng nhập đã hết hạn do không thao tác; hãy đăng nhập lại.",
                "The session expired after a time without activity; sign in again."),
    "need_editor": ("Chức năng này dành cho biên tập viên đã đăng nhập.",
                    "This is for signed-in editors only."),
    "log_unavailable": ("Không ghi được nhật ký đăng nhập nên tạm thời không đăng nhập được.",
                        "The sign-in log cannot be written, so signing in is not possible for now."),
}
