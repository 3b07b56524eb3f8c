"""Data revisions, kept in the state store: each confirmed import of figures is one revision.

A revision holds who entered it, when, the file's name and SHA-256, a note, its rows (JSON: a list of
objects with ``indicator_id, year, value, value_text, out_of, source``) and its status: ``applied`` or
``rolled_back`` (with who rolled it back and when). Nothing is ever deleted: a rollback only marks it.
``revision_events`` records every import and rollback in order; its largest id is the *stamp* of the
revisions in force, read cheaply by :func:`stamp` to version the data (``reform.data.db.data_version``).

Isolation. An import and a rollback are each one transaction that first locks the revision tables
(PostgreSQL: ``LOCK TABLE … IN SHARE ROW EXCLUSIVE MODE``, which conflicts with itself, so two imports at
the same moment run one after the other; DuckDB: the store's file lock already runs one transaction at a
time), then reads the next ids and writes. So ids are gap-free and in commit order, both imports are
recorded, and a caller that passes ``expect_stamp`` (the stamp its preview was made on) gets ``stale``
instead of applying over figures it has not seen. Reads are single statements at READ COMMITTED.
A process killed inside the transaction leaves nothing behind (the transaction never commits).

Persistence only: validation and the meaning of the rows live in the import engine (:mod:`reform.imports`);
what the rows in force add to the data, in :mod:`reform.data.entered`.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

from reform.store import backends
from reform.store.base import Isolation, StoreError

__all__ = ["Revision", "StoreError", "add", "rollback", "list_all", "get", "in_force", "stamp", "cheap_stamp",
           "MAX_NAME", "MAX_NOTE", "ROW_KEYS", "FIGURES", "PLAN", "INDICATORS", "METHOD", "SCORES", "REFERENCE",
           "REGIONS", "KINDS"]

MAX_NAME = 120
MAX_NOTE = 1000
ROW_KEYS = ("indicator_id", "year", "value", "value_text", "out_of", "source")
APPLIED, ROLLED_BACK = "applied", "rolled_back"
#: Test hook: called inside a write transaction (after its writes), just before it commits.
_before_commit: Callable[[], None] | None = None

_COLUMNS = ('id, entered_by, entered_at, file_name, sha256, note, row_count, "rows", status, '
            'rolled_back_by, rolled_back_at, kind')
#: What a revision carries (the file kinds of :mod:`reform.imports`): figures (rows of :data:`ROW_KEYS`), a plan
#: with its targets, indicators, an index method, component scores, national reference points or a region's
#: membership. The column ``kind`` is a plain text (migration 5): a new kind needs no migration.
FIGURES, PLAN, INDICATORS, METHOD, SCORES, REFERENCE = "figures", "plan", "indicators", "method", "scores", "reference"
REGIONS = "regions"
KINDS = (FIGURES, PLAN, INDICATORS, METHOD, SCORES, REFERENCE, REGIONS)


@dataclass(frozen=True)
class Revision:
    """One import, as recorded."""

    id: int
    entered_by: str
    entered_at: datetime
    file_name: str
    sha256: str
    note: str
    row_count: int
    rows: list[dict] = field(repr=False)
    status: str
    rolled_back_by: str | None
    rolled_back_at: datetime | None
    kind: str = FIGURES

    def summary(self) -> dict:
        """JSON-ready, without the rows."""
        return {"id": self.id, "entered_by": self.entered_by, "entered_at": self.entered_at.isoformat(),
                "file_name": self.file_name, "sha256": self.sha256, "note": self.note,
                "row_count": self.row_count, "status": self.status, "rolled_back_by": self.rolled_back_by,
                "rolled_back_at": None if self.rolled_back_at is None else self.rolled_back_at.isoformat(),
                "kind": self.kind}


def _row(r) -> Revision:
    return Revision(id=int(r[0]), entered_by=r[1], entered_at=r[2], file_name=r[3], sha256=r[4], note=r[5],
                    row_count=int(r[6]), rows=json.loads(r[7]), status=r[8], rolled_back_by=r[9],
                    rolled_back_at=r[10], kind=r[11] or FIGURES)


def _clean_name(who: str) -> str:
    who = " ".join(str(who or "").split())
    if not who:
        raise StoreError("empty_name")
    if len(who) > MAX_NAME:
        raise StoreError("long_name")
    return who


def _lock(tx, dialect: str) -> None:
    if dialect == "postgres":  # DuckDB: the file lock already serialises every transaction
        tx.execute("LOCK TABLE revisions, revision_events IN SHARE ROW EXCLUSIVE MODE")


def _stamp(tx) -> int:
    return int(tx.execute("SELECT COALESCE(MAX(id), 0) FROM revision_events")[0][0])


def _event(tx, revision_id: int, action: str, actor: str, at: datetime) -> int:
    eid = _stamp(tx) + 1
    tx.execute("INSERT INTO revision_events (id, revision_id, action, actor, acted_at) VALUES (?, ?, ?, ?, ?)",
               [eid, revision_id, action, actor, at])
    return eid


def add(rows: Sequence[dict], *, entered_by: str, file_name: str, sha256: str, note: str = "",
        expect_stamp: int | None = None, kind: str = FIGURES, row_keys: Sequence[str] = ROW_KEYS) -> Revision:
    """Record a revision of ``rows`` (already validated) as applied; its id is the next one.

    ``expect_stamp``: the :func:`stamp` the caller's preview saw; another import or rollback since then
    raises ``StoreError("stale")`` and nothing is written. ``empty`` for no rows. ``kind``: one of :data:`KINDS`,
    whose rows keep ``row_keys``.
    """
    if not rows:
        raise StoreError("empty")
    if kind not in KINDS:
        raise StoreError("bad_kind", kind)
    note = (note or "").strip()
    if len(note) > MAX_NOTE:
        raise StoreError("long_note")
    payload = json.dumps([{k: r.get(k) for k in row_keys} for r in rows], ensure_ascii=False)
    who = _clean_name(entered_by)
    backend = backends.current()
    with backend.transaction(Isolation.READ_COMMITTED) as tx:
        _lock(tx, backend.dialect)
        if expect_stamp is not None and _stamp(tx) != expect_stamp:
            raise StoreError("stale", f"expected stamp {expect_stamp}")
        rid = int(tx.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM revisions")[0][0])
        now = datetime.now(timezone.utc)
        out = tx.execute(f"INSERT INTO revisions ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?) "
                         f"RETURNING {_COLUMNS}",
                         [rid, who, now, str(file_name)[:255], sha256, note, len(rows), payload, APPLIED, kind])
        _event(tx, rid, "apply", who, now)
        if _before_commit is not None:
            _before_commit()
    return _row(out[0])


def rollback(revision_id: int, *, by: str, expect_stamp: int | None = None) -> Revision:
    """Mark a revision rolled back (who, when); ``not_found``, or ``already_rolled_back``; ``stale`` when the
    store moved past ``expect_stamp`` (the stamp the caller's check of what still uses the revision saw)."""
    who = _clean_name(by)
    backend = backends.current()
    with backend.transaction(Isolation.READ_COMMITTED) as tx:
        _lock(tx, backend.dialect)
        if expect_stamp is not None and _stamp(tx) != expect_stamp:
            raise StoreError("stale", f"expected stamp {expect_stamp}")
        found = tx.execute("SELECT status FROM revisions WHERE id = ?", [int(revision_id)])
        if not found:
            raise StoreError("not_found", str(revision_id))
        if found[0][0] != APPLIED:
            raise StoreError("already_rolled_back", str(revision_id))
        now = datetime.now(timezone.utc)
        out = tx.execute("UPDATE revisions SET status = ?, rolled_back_by = ?, rolled_back_at = ? WHERE id = ? "
                         f"RETURNING {_COLUMNS}", [ROLLED_BACK, who, now, int(revision_id)])
        _event(tx, int(revision_id), "rollback", who, now)
        if _before_commit is not None:
            _before_commit()
    return _row(out[0])


def _read(sql: str, params: Sequence = ()) -> list[tuple]:
    with backends.current().transaction(Isolation.READ_COMMITTED, read_only=True) as tx:
        return tx.execute(sql, list(params))


def list_all() -> list[Revision]:
    """Every revision, the newest first (applied and rolled back); a store not yet made is not created."""
    if backends.current().absent():
        return []
    return [_row(r) for r in _read(f"SELECT {_COLUMNS} FROM revisions ORDER BY id DESC")]


def get(revision_id: int) -> Revision:
    if backends.current().absent():
        raise StoreError("not_found", str(revision_id))
    rows = _read(f"SELECT {_COLUMNS} FROM revisions WHERE id = ?", [int(revision_id)])
    if not rows:
        raise StoreError("not_found", str(revision_id))
    return _row(rows[0])


def in_force() -> tuple[int, list[Revision]]:
    """The stamp and the applied revisions, oldest first, read in one transaction (so they agree).
    A store that does not exist yet is not created: (0, [])."""
    if backends.current().absent():
        return 0, []
    with backends.current().transaction(Isolation.REPEATABLE_READ, read_only=True) as tx:
        st = _stamp(tx)
        rows = tx.execute(f"SELECT {_COLUMNS} FROM revisions WHERE status = ? ORDER BY id", [APPLIED])
    return st, [_row(r) for r in rows]


_cheap: dict = {}


def cheap_stamp() -> int:
    """:func:`stamp`, read from the store only when the backend's :meth:`change_hint` moved (a DuckDB file's
    size and time: a stat, microseconds against ~70 ms to open the file); PostgreSQL: every time (one
    indexed query on a pooled connection)."""
    backend = backends.current()
    hint = backend.change_hint()
    key = repr(backend)
    if hint is not None and _cheap.get(key, (None,))[0] == hint:
        return _cheap[key][1]
    value = stamp()
    newest = max((h[1] for h in hint if h), default=0) if isinstance(hint, tuple) else 0
    if hint is not None and time.time_ns() - newest > 100_000_000:
        # cached only once the file has been still for 0.1 s: a write in the same clock tick as this read
        # (same size and time) would otherwise go unseen
        _cheap[key] = (hint, value)
    return value


def stamp() -> int:
    """How many imports and rollbacks there have been (0 on a fresh store, which is not created): changes
    with every one."""
    if backends.current().absent():
        return 0
    with backends.current().transaction(Isolation.READ_COMMITTED, read_only=True) as tx:
        return _stamp(tx)
