"""Streamlit: the shell (``shell``: data check, navigation, sidebar), page helpers (``components``:
captions, charts, tables, badges, the page guard), a session's scenario state (``state``), the CSS
(``styles``), editors' sign-in (``auth``) and the file upload (``upload``). No module here imports one that
imports it back (an import-linter contract).

The only layer that imports Streamlit. Pages (``pages/*.py``) use it and the views.
"""
