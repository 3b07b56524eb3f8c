"""The import engine: every file an editor enters (figures, a plan and its targets, indicators, an index method,
a year's component scores, national reference points, a region's membership) is a file kind of one engine, with one registry of kinds
(``kinds``), one reader (``files``: CSV and XLSX, with the workbook's unzipped sizes checked before parsing),
shared row checks (``checks``), one preview, one revision history and rollback (``engine``). One module per kind:
``figures``, ``plans``, ``indicators``, ``methods``, ``scores``, ``reference``, ``regions``.

A layer of its own, between the views and the model: it may import ``reform.model`` (the preview shows the
verdicts a file would change), ``reform.data``, ``reform.store`` and ``reform.i18n``; the views and the pages
import it; nothing below it does. What the revisions in force add to the data is read below it, by
``reform.data.entered`` (loaded by ``reform.data.db``), so the data layer never needs the engine.
"""
