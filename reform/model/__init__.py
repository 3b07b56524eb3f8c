"""The domain model: PCI and PAR INDEX what-ifs, rank estimates, target projections and statuses,
the scenario parameters and saved scenarios.

Functions of the data and of their arguments, with no Streamlit and no display text. May import
``reform.data``, ``reform.store``, ``reform.i18n``; never the views or UI.
"""
