"""Cập nhật số liệu / Data updates: editors sign in, then upload a year's results (issue 9).

Viewers see only the sign-in. The import itself (validation, preview, revisions, rollback) is another
engine's; the upload's handling below is a stub until it is wired in.
"""
import streamlit as st

from reform.i18n import data_updates as text
from reform.i18n import escape
from reform.ui import auth
from reform.ui import components as ui

ui.page_guard()

T = ui.texts(text.TEXT)
#: The upload limit in MB; .streamlit/config.toml's server.maxUploadSize is the same (Streamlit refuses
#: a larger file before this page sees it; the check below holds if that setting is raised).
MAX_UPLOAD_MB = 2

st.title(T("title"))
st.write(T("lead"))

if auth.current_editor() is None:
    auth.sign_in_form()
else:
    editor = auth.require_editor()  # the check on the server: nothing below runs without it
    with st.container(horizontal=True, vertical_alignment="center"):
        auth.signed_in_caption()
        auth.sign_out_button()

    st.subheader(T("template_title"))
    with st.container(border=True, key="template_area"):
        # PLACEHOLDER: the template downloads (XLSX and its CSV twin) come with the import engine.
        st.caption(T("template_soon"))

    st.subheader(T("upload_title"))
    upload = st.file_uploader(T("upload", mb=MAX_UPLOAD_MB), type=["csv", "xlsx"], key="data_upload",
                              help=T("upload_help"), max_upload_size=MAX_UPLOAD_MB)
    if upload is not None:
        size = f"{upload.size / 1024:.0f} KB"
        if upload.size > MAX_UPLOAD_MB * 1024 * 1024:
            st.error(T("too_big", size=size, mb=MAX_UPLOAD_MB))
        else:
            # STUB (issue 9, item 2): the data-revision engine's validation, preview and apply are
            # wired in here (another branch); until then nothing is read, validated or imported.
            auth.require_editor()  # the engine's apply step must call it again before writing
            st.info(T("import_soon", name=escape.markdown(upload.name), size=size))
