"""Streamlit: the shell (``shell``: data check, navigation, sidebar), page helpers (``components``:
captions, charts, tables, badges, the page guard) and a session's scenario state (``state``).

The only layer that imports Streamlit. Pages (``pages/*.py``) use it and the views.
"""
