"""The dashboard's file upload (reform/ui/upload.py; issue 16, item 6; issue 17, item 4): the uploader's words in
the page's language, the message of a file the browser refuses (shown by CSS: tests/e2e/test_hostile_input.py
checks it in Chromium) and a file over the limit that reaches the server all the same, refused unread."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from apptest_util import TIMEOUT
from reform.ui import styles


def _script():
    import streamlit as st

    from reform.ui import state
    from reform.ui import upload as uploads

    state.init(st)  # the language from the link, as the shell does
    f = uploads.file_upload("Tệp số liệu", key="data_upload_0", types=["csv", "xlsx"], max_mb=2,
                            help="Dùng tệp mẫu.")
    st.write("READ" if f is not None else "NOTHING")


def _app(lang: str) -> AppTest:
    at = AppTest.from_function(_script, default_timeout=TIMEOUT)
    at.query_params["lang"] = lang
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize("lang, limits, refused", [
    ("vi", "Nhận tệp CSV, XLSX, tối đa 2 MB. Dùng tệp mẫu.", "Tệp vừa chọn không được nhận"),
    ("en", "Accepts CSV, XLSX files of up to 2 MB. Dùng tệp mẫu.", "The file just chosen was not accepted"),
])
def test_the_uploader_speaks_the_page_language(lang, limits, refused):
    at = _app(lang)
    up = at.file_uploader[0]
    assert up.label == "Tệp số liệu" and not up.help  # a caption, not a tooltip button named "Help for …"
    assert up.proto.max_upload_size_mb == 2 and list(up.proto.type) == [".csv", ".xlsx"]
    assert [c.value for c in at.caption] == [limits]
    # drawn in a container CSS shows only while the browser holds a refused file
    box = at.get("error")[0]
    assert refused in box.value
    css = styles.upload_css("Chọn tệp")
    assert 'st-key-upload_box_"]:not(:has([data-testid=stFileChip][aria-invalid="true"]))' in css
    assert "st-key-upload_refused_" in css and 'content: "Chọn tệp"' in css


def test_a_file_over_the_limit_that_reaches_the_server_is_refused_unread():
    at = _app("vi")
    at.file_uploader[0].upload("lon.csv", b"x" * (2 * 1024 * 1024 + 1), "text/csv").run()
    assert not at.exception, at.exception
    assert "NOTHING" in [m.value for m in at.markdown]
    assert any("Tệp 2,0 MB lớn hơn giới hạn 2 MB; tệp chưa được đọc." in e.value for e in at.error)
    at.file_uploader[0].upload("vua.csv", b"x" * (2 * 1024 * 1024), "text/csv").run()  # at the limit: read
    assert "READ" in [m.value for m in at.markdown]


def test_css_strings_are_escaped():
    assert styles.css_string('a"b\\c') == '"a\\"b\\\\c"'
    assert styles.css_string("x</style><script>") == '"x\\3C /style>\\3C script>"'
    assert styles.css_string("một\nhai") == '"một\\A hai"'
