"""The domain model: PCI and PAR INDEX what-ifs, rank estimates, target projections and statuses,
index methods and component scores (``methods``), the verdicts a file of figures would change
(``revisions``), the scenario parameters and saved scenarios.

Functions of the data and of their arguments, with no Streamlit and no display text. May import
``reform.data``, ``reform.store``, ``reform.i18n``; never the import engine (``reform.imports``, which
sits above it), the views or UI.
"""
