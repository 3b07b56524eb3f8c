"""The state store's interface: a backend runs transactions at a stated isolation and migrates the schema.

Two backends implement it (:func:`reform.store.backends.current` picks one):

* :class:`reform.store.duckdb_backend.DuckDBBackend`: an embedded DuckDB file under ``REFORM_STATE_DIR``
  (the default, nothing to install or run);
* :class:`reform.store.postgres_backend.PostgresBackend`: PostgreSQL when ``REFORM_DATABASE_URL`` is set
  (psycopg 3 with a connection pool), for replicas on several machines.

A table's module (``scenarios.py``, ``sign_in_log.py``; data revisions later) writes portable SQL with
``?`` placeholders and bound parameters only, and runs it in ``with backend.transaction(...) as tx``.
The schema is the list in :mod:`reform.store.migrations`, applied on a backend's first use in a process
and recorded in ``schema_version``.
"""
from __future__ import annotations

import enum
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import Any, Protocol

from reform.store import migrations as _migrations

#: Test hook: called inside the migration transaction (after its lock), just before it commits.
_before_migration_commit: Callable[[], None] | None = None


class StoreError(Exception):
    """A store operation that cannot be done; ``code`` names the reason for the UI's message.

    Codes raised by a backend: ``conflict`` (a unique key is taken), ``unreadable`` (the store cannot
    be opened), ``unwritable`` (its folder cannot be written), ``write_failed`` (anything else; the
    transaction was rolled back). A table's module adds its own (``name_taken``, ``not_found``, …).
    """

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


class Isolation(enum.Enum):
    """The isolation a transaction asks for (PostgreSQL's levels; DuckDB runs one transaction at a time)."""

    READ_COMMITTED = "READ COMMITTED"
    REPEATABLE_READ = "REPEATABLE READ"
    SERIALIZABLE = "SERIALIZABLE"


class Tx(Protocol):
    """An open transaction."""

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        """Run one statement (``?`` placeholders, bound ``params``); the rows it returns, if any."""


class Backend(ABC):
    """One state store: where the tables live and how a transaction runs there."""

    #: "duckdb" or "postgres": picks a migration's dialect-specific SQL where it has one.
    dialect: str

    def __init__(self) -> None:
        self._migrated = False

    @abstractmethod
    @contextmanager
    def _transaction(self, isolation: Isolation, read_only: bool) -> Iterator[Tx]:
        """Begin, yield, commit; roll back on any exception and raise it as a :class:`StoreError`."""

    @abstractmethod
    def _lock_for_migration(self, tx: Tx) -> None:
        """Inside the migration transaction, before anything else: keep other starts out until it ends."""

    def serialise(self, tx: Tx, key: int) -> None:
        """Inside a transaction: hold ``key`` until it ends, so that transactions naming the same key run
        one after another (a count-then-insert that must not overshoot a limit). DuckDB runs one
        transaction at a time already; PostgreSQL takes a transaction-scoped advisory lock."""

    def close(self) -> None:
        """Release connections (a pool); the backend is not used afterwards."""

    def absent(self) -> bool:
        """True when the store does not exist yet (nothing written, ever): a reader may answer "empty"
        without creating it. PostgreSQL: never (the database exists; its tables are made on first use)."""
        return False

    def change_hint(self) -> object | None:
        """Something cheap that changes whenever a transaction may have written (a file's size and time), or
        None when the backend has nothing cheaper than a query."""
        return None

    @contextmanager
    def transaction(self, isolation: Isolation = Isolation.READ_COMMITTED, *,
                    read_only: bool = False) -> Iterator[Tx]:
        """One transaction at ``isolation``; the schema is migrated first if this backend has not yet."""
        if not self._migrated:
            self.migrate()
        with self._transaction(isolation, read_only) as tx:
            yield tx

    def migrate(self) -> list[int]:
        """Apply the migrations not yet recorded in ``schema_version``; the versions applied now.

        One transaction at READ COMMITTED, serialised across processes and machines by the backend's
        lock: a start that waited for another sees, once it holds the lock, the versions the other
        committed (a REPEATABLE READ snapshot would have been taken before the wait and miss them).
        A schema newer than this code is refused rather than used.
        """
        applied: list[int] = []
        with self._transaction(Isolation.READ_COMMITTED, False) as tx:
            self._lock_for_migration(tx)
            tx.execute(_migrations.VERSION_TABLE)
            done = {row[0] for row in tx.execute("SELECT version FROM schema_version")}
            known = {m.version for m in _migrations.MIGRATIONS}
            if done - known:
                raise StoreError("unreadable", f"schema version {max(done - known)} is newer than this code "
                                               f"(it knows up to {max(known)})")
            for m in _migrations.MIGRATIONS:
                if m.version in done:
                    continue
                for statement in m.statements(self.dialect):
                    tx.execute(statement)
                tx.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                           [m.version, m.name, datetime.now(timezone.utc)])
                applied.append(m.version)
            if _before_migration_commit is not None:
                _before_migration_commit()
        self._migrated = True
        return applied
