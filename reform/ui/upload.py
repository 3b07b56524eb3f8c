"""One file upload for the dashboard: Streamlit's uploader with its texts in the page's language where
Streamlit 1.67 allows, and a clear message for a file that is too large.

What Streamlit lets us set, and what it does not (its frontend, ``static/js/FileUploader.*.js`` and
``utils.*.js``; there is no locale setting):

* the label and the box's ``aria-label`` are the label we pass: ours;
* the help: Streamlit's tooltip button would be named "Help for …" in English, so the help is a caption
  under the box instead;
* "200MB per file • CSV, XLSX" under the button: hidden by CSS, the caption says the types and the limit;
* the button's "Upload": replaced by CSS generated content (also its accessible name);
* a file larger than the limit is refused by the browser before it is sent: the server never sees it,
  and Streamlit only marks the file with a small red icon, "File must be 2.0MB or smaller." in an English
  tooltip and a hidden English alert. A message in the page's language is drawn with the box and shown by
  CSS only while the box holds such a refused file (``styles.UPLOAD``). It names both rules (types and
  size), since CSS cannot tell which one the file broke;
* not changed: "Drag and drop a file here" (shown only while a file is dragged over the box), and the
  English names of the refused file's tooltip, its remove button ("Remove …") and the "Add files" button.

A file that reaches the server larger than the limit (the setting raised, a forged request) is refused
here with the same words, and nothing of it is read.
"""
from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from reform.i18n import tr
from reform.i18n import upload as text
from reform.i18n.fmt import fmt_number
from reform.ui import components as ui
from reform.ui import styles

#: The server's "MB" (max_upload_size, server.maxUploadSize) is a mebibyte; the browser's is 10^6 bytes
#: (1024^2 on Windows), so the browser refuses first.
MB = 1024 * 1024


def _T(key: str, **fmt) -> str:
    return tr(text.TEXT, key, ui.lang(), **fmt)


def file_upload(label: str, *, key: str, types: Sequence[str], max_mb: int, help: str | None = None):
    """An uploader for one file of ``types`` (extensions such as ``"csv"``) up to ``max_mb`` MB; returns
    Streamlit's ``UploadedFile`` or None (nothing uploaded, or a file over the limit, which gets a message).

    ``label`` and ``help`` are our own texts in the page's language (Markdown; the help is shown as a caption
    under the box, not as Streamlit's tooltip).
    ``key`` is the uploader's widget key (a new key clears it); the containers around it are keyed from it.
    """
    kinds = ", ".join(t.upper().lstrip(".") for t in types)
    st.html(styles.upload_css(_T("button")))
    with st.container(key=f"upload_box_{key}"):
        upload = st.file_uploader(label, type=list(types), key=key, max_upload_size=max_mb)
        limits = _T("limits", types=kinds, mb=max_mb)
        st.caption(f"{limits} {help}" if help else limits)
        with st.container(key=f"upload_refused_{key}"):  # shown by CSS while the browser refuses a file
            st.error(_T("refused", types=kinds, mb=max_mb), icon=":material/error:")
    if upload is not None and upload.size > max_mb * MB:
        st.error(_T("too_big", size=fmt_number(upload.size / MB, ui.lang(), 1), mb=max_mb), icon=":material/error:")
        return None
    return upload
