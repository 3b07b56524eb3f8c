"""The sign-in log: every editor sign-in, failure, refusal (locked out), sign-out and idle expiry, in
the state store (migration 3), so that the limit on failed sign-ins holds across processes and replicas.

Persistence only: :mod:`reform.model.editors` decides what a failure is and how many are allowed.
Each write is one INSERT at READ COMMITTED; a count is one SELECT. Checking the limit and recording the
attempt are two transactions with the password check between them, so two attempts arriving at the
same instant may both pass the check: the limit can be exceeded by the number of simultaneous attempts,
never by more, and every attempt is recorded.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from reform.store import backends
from reform.store.base import Isolation

__all__ = ["OUTCOMES", "Entry", "record", "failures_since", "recent"]

#: What an entry records.
OUTCOMES = ("ok", "failed", "locked", "sign_out", "expired")
MAX_FIELD = 200  # a user name or client as typed is cut to this (the log is not a place to store essays)


@dataclass(frozen=True)
class Entry:
    at: datetime
    user_name: str
    client: str
    outcome: str
    method: str


def record(user_name: str, client: str, outcome: str, method: str = "password",
           at: datetime | None = None) -> None:
    """Append one entry (``outcome`` one of :data:`OUTCOMES`)."""
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    with backends.current().transaction(Isolation.READ_COMMITTED) as tx:
        tx.execute("INSERT INTO sign_in_log (id, happened_at, user_name, client, outcome, method) VALUES (?, ?, ?, ?, ?, ?)",
                   [uuid.uuid4().hex, at or datetime.now(timezone.utc), str(user_name)[:MAX_FIELD],
                    str(client)[:MAX_FIELD], outcome, method])


def failures_since(since: datetime, *, user_name: str | None = None, client: str | None = None) -> int:
    """How many failed sign-ins since ``since`` for ``user_name`` (and/or from ``client``)."""
    sql = "SELECT count(*) FROM sign_in_log WHERE outcome = 'failed' AND happened_at >= ?"
    params: list = [since]
    if user_name is not None:
        sql += " AND user_name = ?"
        params.append(str(user_name)[:MAX_FIELD])
    if client is not None:
        sql += " AND client = ?"
        params.append(str(client)[:MAX_FIELD])
    with backends.current().transaction(Isolation.READ_COMMITTED, read_only=True) as tx:
        return int(tx.execute(sql, params)[0][0])


def recent(limit: int = 100) -> list[Entry]:
    """The latest entries, newest first."""
    with backends.current().transaction(Isolation.READ_COMMITTED, read_only=True) as tx:
        rows = tx.execute("SELECT happened_at, user_name, client, outcome, method FROM sign_in_log "
                          "ORDER BY happened_at DESC LIMIT ?", [int(limit)])
    return [Entry(*r) for r in rows]
