"""The state store on PostgreSQL, when ``REFORM_DATABASE_URL=postgresql://…`` is set (several replicas).

psycopg 3 with a connection pool (``psycopg_pool``, up to ``REFORM_DATABASE_POOL`` connections per
process, default 5; a connection is checked before use, so a restarted server costs no failed page).
Connections are in autocommit mode and each transaction is explicit,
``BEGIN ISOLATION LEVEL <level> [READ ONLY]`` … ``COMMIT``, at the level the operation asks for.
A client killed in the middle of a transaction drops its connection and the server rolls it back.

Migrations take a transaction-scoped advisory lock first, so replicas starting together migrate once.
"""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
import psycopg_pool
from psycopg import errors as pg_errors

from reform.store.base import Backend, Isolation, StoreError

#: pg_advisory_xact_lock key for migrations (any constant shared by every replica).
MIGRATION_LOCK = 688_2021_0611
POOL_TIMEOUT_S = 10.0


def _pg_sql(sql: str) -> str:
    """The store's ``?`` placeholders as psycopg's ``%s`` (a literal ``%`` doubled).

    The store's SQL is constant text of this package, never built from values, and has no ``?``
    inside a string literal; every value goes through the bound parameters.
    """
    return sql.replace("%", "%%").replace("?", "%s")


class _PgTx:
    def __init__(self, cur: psycopg.Cursor) -> None:
        self._cur = cur

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        self._cur.execute(_pg_sql(sql), list(params))
        return self._cur.fetchall() if self._cur.description is not None else []


class PostgresBackend(Backend):
    dialect = "postgres"

    def __init__(self, url: str) -> None:
        super().__init__()
        size = max(int(os.environ.get("REFORM_DATABASE_POOL", "5")), 1)
        self.pool = psycopg_pool.ConnectionPool(
            url, min_size=1, max_size=size, kwargs={"autocommit": True}, timeout=POOL_TIMEOUT_S,
            check=psycopg_pool.ConnectionPool.check_connection, name="reform-store", open=True)

    def __repr__(self) -> str:
        return f"PostgresBackend(pool={self.pool.name!r})"  # the URL may hold a password

    def close(self) -> None:
        self.pool.close()

    @contextmanager
    def _transaction(self, isolation: Isolation, read_only: bool) -> Iterator[_PgTx]:
        begin = f"BEGIN ISOLATION LEVEL {Isolation(isolation).value}" + (" READ ONLY" if read_only else "")
        try:
            with self.pool.connection() as conn, conn.cursor() as cur:
                cur.execute(begin)
                try:
                    yield _PgTx(cur)
                    cur.execute("COMMIT")
                except BaseException as exc:
                    try:
                        cur.execute("ROLLBACK")
                    except psycopg.Error:
                        pass  # a broken connection: the pool discards it when it comes back
                    if isinstance(exc, pg_errors.UniqueViolation):
                        raise StoreError("conflict", str(exc)) from exc
                    if isinstance(exc, psycopg.Error) and conn.broken:  # the server went away meanwhile
                        raise StoreError("unreadable", str(exc)) from exc
                    if isinstance(exc, (psycopg.Error, OSError)):  # serialization failure, deadlock, full disk…
                        raise StoreError("write_failed", str(exc)) from exc
                    raise
        except psycopg_pool.PoolTimeout as exc:  # no connection within POOL_TIMEOUT_S: server down or pool full
            raise StoreError("unreadable", str(exc)) from exc
        except psycopg.OperationalError as exc:  # BEGIN on a connection that broke after its check
            raise StoreError("unreadable", str(exc)) from exc

    def serialise(self, tx: _PgTx, key: int) -> None:
        tx.execute("SELECT pg_advisory_xact_lock(?)", [key])

    def _lock_for_migration(self, tx: _PgTx) -> None:
        """A transaction-scoped advisory lock: other starts wait here until this migration commits."""
        tx.execute("SELECT pg_advisory_xact_lock(?)", [MIGRATION_LOCK])
