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

__all__ = ["OUTCOMES", "Entry", "record", "count_since", "failures_since", "last_at", "recent"]

#: What an entry records: a sign-in, a wrong password, a refusal without checking the password (``locked``:
#: the pair of name and client is locked; ``throttled``: the name's throttle), a sign-out, an idle expiry.
OUTCOMES = ("ok", "failed", "locked", "throttled", "sign_out", "expired")
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


def _where(outcome: str, since: datetime | None, user_name: str | None, client: str | None) -> tuple[str, list]:
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    sql, params = " WHERE outcome = ?", [outcome]
    if since is not None:
        sql += " AND happened_at >= ?"
        params.append(since)
    if user_name is not None:
        sql += " AND user_name = ?"
        params.append(str(user_name)[:MAX_FIELD])
    if client is not None:
        sql += " AND client = ?"
        params.append(str(client)[:MAX_FIELD])
    return sql, params


def count_since(since: datetime, outcome: str, *, user_name: str | None = None, client: str | None = None) -> int:
    """How many entries of ``outcome`` since ``since`` for ``user_name`` (and/or from ``client``)."""
    where, params = _where(outcome, since, user_name, client)
    with backends.current().transaction(Isolation.READ_COMMITTED, read_only=True) as tx:
        return int(tx.execute("SELECT count(*) FROM sign_in_log" + where, params)[0][0])


def failures_since(since: datetime, *, user_name: str | None = None, client: str | None = None) -> int:
    """How many failed sign-ins since ``since`` for ``user_name`` (and/or from ``client``)."""
    return count_since(since, "failed", user_name=user_name, client=client)


def last_at(outcome: str, *, user_name: str | None = None, client: str | None = None) -> datetime | None:
    """When the latest entry of ``outcome`` for ``user_name`` (and/or from ``client``) happened (UTC), or None."""
    where, params = _where(outcome, None, user_name, client)
    with backends.current().transaction(Isolation.READ_COMMITTED, read_only=True) as tx:
        at = tx.execute("SELECT max(happened_at) FROM sign_in_log" + where, params)[0][0]
    return None if at is None else (at if at.tzinfo else at.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


def recent(limit: int = 100) -> list[Entry]:
    """The latest entries, newest first."""
    with backends.current().transaction(Isolation.READ_COMMITTED, read_only=True) as tx:
        rows = tx.execute("SELECT happened_at, user_name, client, outcome, method FROM sign_in_log "
                          "ORDER BY happened_at DESC LIMIT ?", [int(limit)])
    return [Entry(*r) for r in rows]
