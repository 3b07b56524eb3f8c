"""Presenters: one module per page (and the brief) shaping the model's results for display.

Tables with texts and numbers in the reader's language, Altair chart builders (``charts``), the
HTML brief. No Streamlit: a presenter returns data and charts, the page draws them. May import
``reform.imports``, ``reform.model``, ``reform.data``, ``reform.store``, ``reform.i18n``; never the UI.
"""
