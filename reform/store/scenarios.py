"""Named scenarios, stored on the server in an embedded DuckDB database.

The database file lives under ``REFORM_STATE_DIR`` (default ``data/scenarios/``, ignored by git), so
a scenario saved on one computer opens on another. Every operation opens the file, runs one
transaction and closes it, under a lock that serialises writers across threads and processes:

* a crash, a killed process or a full disk in the middle of a save rolls the transaction back
  (DuckDB's write-ahead log), so a scenario is either stored whole or not at all, and the others
  are untouched;
* two people saving at the same moment are written one after the other; neither is lost.

A scenario stores its slider values, the data version it was made on and the link version. This
module only keeps them; :mod:`reform.model.saved` validates the values and stamps the version.
"""
from __future__ import annotations

import fcntl
import json
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from reform import paths

MAX_NAME = 80
MAX_NOTE = 500
_thread_lock = threading.Lock()
#: Test hook: called inside the save transaction, just before it commits.
_before_commit: Callable[[], None] | None = None

SCHEMA = """
CREATE TABLE IF NOT EXISTS scenarios (
    id VARCHAR PRIMARY KEY,
    name VARCHAR NOT NULL UNIQUE,
    note VARCHAR NOT NULL,
    "values" VARCHAR NOT NULL,
    data_version VARCHAR NOT NULL,
    link_version VARCHAR NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
)
"""


class StoreError(Exception):
    """A scenario operation that cannot be done; ``code`` names the reason for the UI's message."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Scenario:
    """One saved scenario."""

    id: str
    name: str
    note: str
    values: dict
    data_version: str
    link_version: str
    created_at: datetime
    updated_at: datetime


def state_dir() -> Path:
    """Where the scenario database lives."""
    return Path(os.environ.get("REFORM_STATE_DIR", paths.DATA_DIR / "scenarios"))


def db_path() -> Path:
    return state_dir() / "scenarios.duckdb"


@contextmanager
def _open() -> Iterator[duckdb.DuckDBPyConnection]:
    directory = state_dir()
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError("unwritable", str(exc)) from exc
    with _thread_lock, open(directory / ".lock", "a+") as handle:
        # one connection at a time across processes: DuckDB locks the file per process anyway
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            con = duckdb.connect(str(db_path()))
        except (duckdb.Error, OSError) as exc:
            raise StoreError("unreadable", str(exc)) from exc
        try:
            con.execute(SCHEMA)
            yield con
        finally:
            con.close()
            fcntl.flock(handle, fcntl.LOCK_UN)


def _row(r) -> Scenario:
    return Scenario(id=r[0], name=r[1], note=r[2], values=json.loads(r[3]), data_version=r[4],
                    link_version=r[5], created_at=r[6], updated_at=r[7])


def _clean_name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise StoreError("empty_name")
    if len(name) > MAX_NAME:
        raise StoreError("long_name")
    return name


def _clean_note(note: str | None) -> str:
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise StoreError("long_note")
    return note


def _write(sql_steps: list[tuple[str, list]]) -> None:
    with _open() as con:
        con.execute("BEGIN TRANSACTION")
        try:
            for sql, params in sql_steps:
                con.execute(sql, params)
            if _before_commit is not None:
                _before_commit()
            con.execute("COMMIT")
        except duckdb.ConstraintException as exc:
            con.execute("ROLLBACK")
            raise StoreError("name_taken", str(exc)) from exc
        except (duckdb.Error, OSError) as exc:
            try:
                con.execute("ROLLBACK")
            except duckdb.Error:
                pass
            raise StoreError("write_failed", str(exc)) from exc


def save(name: str, values: dict, note: str, *, data_version: str, link_version: str) -> Scenario:
    """Store a new scenario under ``name`` (names are unique); ``values`` are already validated."""
    now = datetime.now(timezone.utc)
    sid = uuid.uuid4().hex
    _write([("INSERT INTO scenarios VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
             [sid, _clean_name(name), _clean_note(note), json.dumps(values, sort_keys=True), data_version,
              link_version, now, now])])
    return get(sid)


def update(sid: str, values: dict, note: str | None = None, *, data_version: str) -> Scenario:
    """Replace a scenario's values (and note, if given); ``values`` are already validated."""
    current = get(sid)
    _write([('UPDATE scenarios SET "values" = ?, note = ?, data_version = ?, updated_at = ? WHERE id = ?',
             [json.dumps(values, sort_keys=True), _clean_note(current.note if note is None else note),
              data_version, datetime.now(timezone.utc), sid])])
    return get(sid)


def list_all() -> list[Scenario]:
    """Every scenario, the most recently changed first."""
    with _open() as con:
        rows = con.execute("SELECT * FROM scenarios ORDER BY updated_at DESC, name").fetchall()
    return [_row(r) for r in rows]


def get(sid: str) -> Scenario:
    """One scenario by id."""
    with _open() as con:
        r = con.execute("SELECT * FROM scenarios WHERE id = ?", [sid]).fetchone()
    if r is None:
        raise StoreError("not_found", sid)
    return _row(r)


def rename(sid: str, new_name: str) -> Scenario:
    """Give a scenario another (unused) name."""
    get(sid)
    _write([("UPDATE scenarios SET name = ?, updated_at = ? WHERE id = ?",
             [_clean_name(new_name), datetime.now(timezone.utc), sid])])
    return get(sid)


def delete(sid: str) -> None:
    """Remove a scenario."""
    get(sid)
    _write([("DELETE FROM scenarios WHERE id = ?", [sid])])
