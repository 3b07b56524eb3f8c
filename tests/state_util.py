"""A fresh state store for one test, on either backend (shared by the store, revision, plan and page tests)."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import pytest

from reform.data import cache, db
from reform.store import backends

#: Each store test runs on both backends; the PostgreSQL one carries the marker ``postgres``.
BACKENDS = ["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)]
#: For a test that needs only one backend (e.g. an AppTest of a page: the page code is the same on both).
ONLY_DUCKDB = pytest.mark.parametrize("backend", ["duckdb"], indirect=True)


@contextmanager
def fresh_state(request, monkeypatch, folder: Path, backend: str = "duckdb", *, forget_data: bool = True):
    """The state store in ``folder`` (DuckDB) or a fresh PostgreSQL database (``backend="postgres"``, from
    the ``postgres_url`` fixture), no idle limit from the environment, and the store's pool (and, with
    ``forget_data``, the data connection and the cache) forgotten before and after, so that the revisions
    of another test never show."""
    monkeypatch.setenv("REFORM_STATE_DIR", str(folder))
    monkeypatch.delenv("REFORM_EDITOR_IDLE_MINUTES", raising=False)
    if backend == "postgres":
        monkeypatch.setenv("REFORM_DATABASE_URL", request.getfixturevalue("postgres_url"))
    else:
        monkeypatch.delenv("REFORM_DATABASE_URL", raising=False)

    def forget():
        backends.reset()
        if forget_data:
            db.reset()
            cache.clear()

    forget()
    try:
        yield folder
    finally:
        forget()
