"""The data: the decision's tables as transcribed, parsed, built and queried.

What belongs here: reading ``data/sources`` (``parse``, ``seed``), building the Parquet files
(``build``), the index definitions (``indices``: PCI weights, PAR INDEX areas), running
``queries/*.sql`` (``db``), the one cache keyed by the data version (``cache``), the
consistency audit (``audit``), what the data revisions in force add to the build's tables (``entered``,
loaded by ``db``), what may be entered and its ranges (``catalog``), the plans in force (``plans``) and the
whole dataset as an open data package (``package``). Reading, validating and applying an import file is the
import engine's (``reform.imports``, above the model). May import ``reform.store``, ``reform.i18n`` and
``reform.paths``; never the import engine, the model, views or UI.
"""
