"""Shared logic of the Lai Châu reform dashboard, in layers; a layer imports only those below it.

    reform.ui      Streamlit: the shell, page helpers, session state        (may import everything below)
    reform.views   one presenter per page: data shaped for display, charts  (no Streamlit)
    reform.imports the import engine: every file kind an editor enters     (reads, validates, previews with the
                   (figures, plans, indicators, methods, scores, reference  model's verdicts, applies, rolls back)
                   points)
    reform.model   PCI, PAR INDEX, targets, verdicts, what-if, parameters   (pure functions over the data)
    reform.data    sources -> parse -> build -> queries, the cache, audit,   (the data and nothing above it)
                   what the data revisions in force add (entered), the data package
    reform.store   the state store: saved scenarios, data revisions         (persistence only, no domain knowledge)
    reform.i18n    words and numbers in the reader's language               (imports nothing of reform)

``reform.paths`` (where things are) may be imported from anywhere; ``reform.__main__`` (the
command line) and ``reform.serve`` (starts a server for tests and benchmarks) sit on top. The
directions are enforced by import-linter (``pyproject.toml``), run by ``tests/test_layers.py``.
"""
