"""The data: the decision's tables as transcribed, parsed, built and queried.

What belongs here: reading ``data/sources`` (``parse``, ``seed``), building the Parquet files
(``build``), the index definitions (``indices``: PCI weights, PAR INDEX areas), running
``queries/*.sql`` (``db``), the one cache keyed by the data version (``cache``), and the
consistency audit (``audit``), the data revisions: imported figures read, validated, compared, applied
and rolled back, and loaded beside the build by ``db`` (``revisions``). May import ``reform.store``, ``reform.i18n`` and ``reform.paths``;
never the model, views or UI.
"""
