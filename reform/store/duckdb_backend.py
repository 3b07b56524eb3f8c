"""The default state store: an embedded DuckDB file, ``REFORM_STATE_DIR/scenarios.duckdb``.

Every transaction opens the file, runs and closes it, under a lock that serialises them across
threads and processes (a thread lock and ``flock`` on ``.lock`` beside the file; DuckDB itself lets
only one process open the file for writing). One transaction at a time is stricter than any isolation
level, so the level (and read-only) asked for needs nothing more here. A crash, a killed process or a full disk in
the middle of a transaction rolls it back (DuckDB's write-ahead log).
"""
from __future__ import annotations

import fcntl
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from reform.store.base import Backend, Isolation, StoreError

_thread_lock = threading.Lock()
FILE_NAME = "scenarios.duckdb"  # the name it had before there were other tables; kept for existing files


class _DuckTx:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self._con.execute(sql, list(params)).fetchall()


class DuckDBBackend(Backend):
    dialect = "duckdb"

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = Path(directory)
        self.path = self.directory / FILE_NAME

    def __repr__(self) -> str:
        return f"DuckDBBackend({str(self.path)!r})"

    def transaction(self, *args, **kwargs):
        if not self.path.exists():  # removed while the process runs (a reset by hand): made again
            self._migrated = False
        return super().transaction(*args, **kwargs)

    @contextmanager
    def _transaction(self, isolation: Isolation, read_only: bool) -> Iterator[_DuckTx]:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError("unwritable", str(exc)) from exc
        with _thread_lock, open(self.directory / ".lock", "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                try:
                    con = duckdb.connect(str(self.path))
                except (duckdb.Error, OSError) as exc:
                    raise StoreError("unreadable", str(exc)) from exc
                try:
                    con.execute("BEGIN TRANSACTION")
                    try:
                        yield _DuckTx(con)
                        con.execute("COMMIT")
                    except BaseException as exc:
                        try:
                            con.execute("ROLLBACK")
                        except duckdb.Error:
                            pass
                        if isinstance(exc, duckdb.ConstraintException):
                            raise StoreError("conflict", str(exc)) from exc
                        if isinstance(exc, (duckdb.Error, OSError)):
                            raise StoreError("write_failed", str(exc)) from exc
                        raise
                finally:
                    con.close()
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def absent(self) -> bool:
        return not self.path.exists()

    def change_hint(self) -> object | None:
        """The size and modification time (ns) of the file and of its write-ahead log: a write moves one."""
        out = []
        for path in (self.path, self.path.with_name(self.path.name + ".wal")):
            try:
                st = path.stat()
                out.append((st.st_size, st.st_mtime_ns, st.st_ino))
            except OSError:
                out.append(None)
        return tuple(out)

    def _lock_for_migration(self, tx: _DuckTx) -> None:
        """Nothing to add: the file lock already keeps every other transaction out."""
