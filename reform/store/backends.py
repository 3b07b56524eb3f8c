"""Which state store this process uses: PostgreSQL when ``REFORM_DATABASE_URL`` is set, else the DuckDB file.

One backend per configuration and process (a PostgreSQL backend holds a connection pool), made on first
use, when it also creates or migrates the schema. Read from the environment at every call, so a test
(or a tool) that changes ``REFORM_STATE_DIR`` or ``REFORM_DATABASE_URL`` gets the store it names.
"""
from __future__ import annotations

import atexit
import os
import threading
from pathlib import Path

from reform import paths
from reform.store.base import Backend, StoreError

_lock = threading.Lock()
_backends: dict[tuple[str, str], Backend] = {}


def state_dir() -> Path:
    """Where the embedded store lives (``REFORM_STATE_DIR``, default ``data/scenarios/``)."""
    return Path(os.environ.get("REFORM_STATE_DIR", paths.DATA_DIR / "scenarios"))


def database_url() -> str | None:
    """``REFORM_DATABASE_URL`` when set (and not empty)."""
    return os.environ.get("REFORM_DATABASE_URL") or None


def make(url: str | None = None) -> Backend:
    """A new backend for ``url`` (PostgreSQL) or else the DuckDB file in :func:`state_dir`; not cached,
    its schema not yet migrated (that happens at its first transaction, or by calling ``migrate()``)."""
    if url:
        if not url.startswith(("postgresql://", "postgres://")):
            raise StoreError("unreadable", "REFORM_DATABASE_URL must start with postgresql://")
        from reform.store.postgres_backend import PostgresBackend  # psycopg only when it is used

        return PostgresBackend(url)
    from reform.store.duckdb_backend import DuckDBBackend

    return DuckDBBackend(state_dir())


def current() -> Backend:
    """The backend the environment names, made (and its schema migrated on first use) once per process."""
    url = database_url()
    key = ("postgres", url) if url else ("duckdb", str(state_dir()))
    backend = _backends.get(key)
    if backend is None:
        with _lock:
            backend = _backends.get(key)
            if backend is None:
                backend = _backends[key] = make(url)
    return backend


def reset() -> None:
    """Close and forget every backend of this process (tests; the end of the process)."""
    with _lock:
        backends = list(_backends.values())
        _backends.clear()
    for backend in backends:
        backend.close()


atexit.register(reset)
