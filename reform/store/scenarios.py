"""Named scenarios, kept in the state store (:mod:`reform.store.backends`: an embedded DuckDB file under
``REFORM_STATE_DIR`` by default, PostgreSQL when ``REFORM_DATABASE_URL`` is set).

Every operation is one transaction, so a scenario is stored whole or not at all and the others are
untouched by a crash, a killed process or a full disk in the middle of a save. Two people saving at the
same moment are both kept; two saving (or renaming to) the same name at once: one succeeds, the other
gets ``name_taken``.

Isolation: every operation is a single statement at READ COMMITTED. Names are unique by the table's
UNIQUE constraint, and PostgreSQL enforces a unique index against concurrent transactions at every
isolation level: a second insert (or rename) of a name another transaction has just written waits for
that transaction and fails with a unique violation once it commits. Nothing is read first and then
decided on (no check-then-insert, which would need SERIALIZABLE), so a higher level would only add
serialization failures to retry. ``update``, ``rename`` and ``delete`` act on the row with ``WHERE id``
and ``RETURNING``; no row back means it was deleted meanwhile (``not_found``).

A scenario stores its slider values, the data version it was made on, the link version and its owner
(migration 4: ``editor:<name>`` or ``session:<token>``; NULL for scenarios saved before owners were
kept). ``update``, ``rename`` and ``delete`` take the caller's ``owner`` and ``any_owner`` (True for an
editor) and change the row only ``WHERE id = ? AND (any_owner OR owner = ?)``, in the same statement, so
the check cannot be raced; no row back and the scenario still there means ``forbidden``. ``save`` counts
the owner's scenarios and all of them and inserts in one transaction that holds the backend's
:meth:`~reform.store.base.Backend.serialise` key, so two saves at once cannot both take the last place
(``owner_limit``, ``total_limit``).

This module only keeps them; :mod:`reform.model.saved` validates the values, stamps the version and
decides who the owner is and what the limits are.
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone

from reform.store import backends
from reform.store.base import Isolation, StoreError

__all__ = ["MAX_NAME", "MAX_NOTE", "Scenario", "StoreError", "save", "update", "list_all", "get", "rename",
           "delete", "count"]

MAX_NAME = 80
MAX_NOTE = 500
#: Test hook: called inside a write transaction, just before it commits.
_before_commit: Callable[[], None] | None = None

_COLUMNS = 'id, name, note, "values", data_version, link_version, created_at, updated_at, owner'
#: The serialise() key of saves (any constant): a count and its insert are not interleaved with another's.
SAVE_LOCK = 688_2021_0004


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
    owner: str | None = None


def _row(r) -> Scenario:
    return Scenario(id=r[0], name=r[1], note=r[2], values=json.loads(r[3]), data_version=r[4],
                    link_version=r[5], created_at=r[6], updated_at=r[7], owner=r[8])


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


@contextmanager
def _writing() -> Iterator:
    """A READ COMMITTED write transaction whose unique-name conflict reads ``name_taken``; the test
    hook runs just before it commits."""
    try:
        with backends.current().transaction(Isolation.READ_COMMITTED) as tx:
            yield tx
            if _before_commit is not None:
                _before_commit()
    except StoreError as exc:
        if exc.code == "conflict":
            raise StoreError("name_taken", exc.detail) from exc
        raise


def _write(sid: str, sql: str, params: list) -> tuple:
    """One statement ending in ``RETURNING``, in its own READ COMMITTED transaction (see above): the row.

    No row back: ``not_found`` when the scenario is gone, ``forbidden`` when it is there (the statement's
    owner condition did not hold)."""
    with _writing() as tx:
        rows = tx.execute(sql, params)
    if not rows:
        if _read("SELECT id FROM scenarios WHERE id = ?", [sid]):
            raise StoreError("forbidden", sid)
        raise StoreError("not_found", sid)
    return rows[0]


#: The owner condition of a change: an editor (``any_owner``) or the scenario's own owner.
_MAY_CHANGE = "(? OR owner = ?)"


def _read(sql: str, params: list) -> list[tuple]:
    with backends.current().transaction(Isolation.READ_COMMITTED, read_only=True) as tx:
        return tx.execute(sql, params)


def save(name: str, values: dict, note: str, *, data_version: str, link_version: str, owner: str,
         per_owner: int | None, total: int) -> Scenario:
    """Store a new scenario under ``name`` (names are unique) for ``owner``; ``values`` are already
    validated. Refused with ``owner_limit`` when ``owner`` has ``per_owner`` scenarios (None: no limit
    per owner), ``total_limit`` when the store holds ``total``."""
    now = datetime.now(timezone.utc)
    sid = uuid.uuid4().hex
    row = [sid, _clean_name(name), _clean_note(note), json.dumps(values, sort_keys=True), data_version,
           link_version, now, now, owner]
    with _writing() as tx:
        backends.current().serialise(tx, SAVE_LOCK)
        mine, everyone = tx.execute("SELECT count(*) FILTER (WHERE owner = ?), count(*) FROM scenarios",
                                    [owner])[0]
        if per_owner is not None and mine >= per_owner:
            raise StoreError("owner_limit", str(per_owner))
        if everyone >= total:
            raise StoreError("total_limit", str(total))
        rows = tx.execute(f"INSERT INTO scenarios ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                          f"RETURNING {_COLUMNS}", row)
    return _row(rows[0])


def update(sid: str, values: dict, note: str | None = None, *, data_version: str, owner: str,
           any_owner: bool) -> Scenario:
    """Replace a scenario's values (and note, if given); ``values`` are already validated."""
    sql = ('UPDATE scenarios SET "values" = ?, note = COALESCE(?, note), data_version = ?, updated_at = ? '
           f"WHERE id = ? AND {_MAY_CHANGE} RETURNING {_COLUMNS}")
    note = None if note is None else _clean_note(note)
    return _row(_write(sid, sql, [json.dumps(values, sort_keys=True), note, data_version,
                                  datetime.now(timezone.utc), sid, bool(any_owner), owner]))


def list_all() -> list[Scenario]:
    """Every scenario, the most recently changed first."""
    return [_row(r) for r in _read(f"SELECT {_COLUMNS} FROM scenarios ORDER BY updated_at DESC, name", [])]


def count(owner: str | None = None) -> int:
    """How many scenarios ``owner`` has (all of them without ``owner``)."""
    if owner is None:
        return int(_read("SELECT count(*) FROM scenarios", [])[0][0])
    return int(_read("SELECT count(*) FROM scenarios WHERE owner = ?", [owner])[0][0])


def get(sid: str) -> Scenario:
    """One scenario by id."""
    rows = _read(f"SELECT {_COLUMNS} FROM scenarios WHERE id = ?", [sid])
    if not rows:
        raise StoreError("not_found", sid)
    return _row(rows[0])


def rename(sid: str, new_name: str, *, owner: str, any_owner: bool) -> Scenario:
    """Give a scenario another (unused) name."""
    sql = f"UPDATE scenarios SET name = ?, updated_at = ? WHERE id = ? AND {_MAY_CHANGE} RETURNING {_COLUMNS}"
    return _row(_write(sid, sql, [_clean_name(new_name), datetime.now(timezone.utc), sid, bool(any_owner), owner]))


def delete(sid: str, *, owner: str, any_owner: bool) -> None:
    """Remove a scenario."""
    _write(sid, f"DELETE FROM scenarios WHERE id = ? AND {_MAY_CHANGE} RETURNING id", [sid, bool(any_owner), owner])
