"""Saved scenarios: values validated like a link, stamped with the data and link versions, kept in
the state store (:mod:`reform.store.scenarios`, which only keeps what it is given).

Who may change what (issue 9, item 5), decided here and enforced by the store's statements: a scenario
belongs to whoever saved it, an :class:`Actor` (a signed-in editor, or a viewer's browser session by an
opaque random token). Its author or any editor may overwrite, rename or delete it; a scenario saved
before owners were kept has none and only an editor may change it. Anyone may open, compare or
duplicate any scenario (a duplicate belongs to whoever made it). Saves are limited per viewer session
(``REFORM_SCENARIOS_PER_OWNER``, default 20; a signed-in editor has no limit of their own) and in all
(``REFORM_SCENARIOS_TOTAL``, default 500, editors included).
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, replace

from reform.data import cache
from reform.data import db
from reform.model import params
from reform.store import backends
from reform.store import scenarios as store
from reform.store.scenarios import MAX_NAME, MAX_NOTE, Scenario, StoreError  # noqa: F401 - for the pages

get = store.get
count = store.count

def list_all() -> list[Scenario]:
    """Every scenario, the most recently changed first (:func:`reform.store.scenarios.list_all`), read again
    only when the store changed: on DuckDB its file's size and times (a stat, microseconds against the
    milliseconds of opening the file) key the one cache, once the file has been still for 0.1 s (a write in
    the same clock tick as a read keeps them); PostgreSQL is read every time. The caller's own copies."""
    backend = backends.current()
    hint = backend.change_hint()
    newest = max((h[1] for h in hint if h), default=0) if isinstance(hint, tuple) else 0
    if hint is None or time.time_ns() - newest <= 100_000_000:
        return store.list_all()
    held = cache.get_or_make(("saved_scenarios", repr(backend), hint), lambda: tuple(store.list_all()))
    return [replace(s, values=dict(s.values)) for s in held]


DEFAULT_PER_OWNER = 20
DEFAULT_TOTAL = 500


@dataclass(frozen=True)
class Actor:
    """Who asks: ``owner`` is ``editor:<name>`` or ``session:<token>``; ``editor`` may change any scenario."""

    owner: str
    editor: bool = False

    @classmethod
    def for_editor(cls, name: str) -> "Actor":
        return cls(f"editor:{name}", True)

    @classmethod
    def for_session(cls, token: str) -> "Actor":
        if not token:
            raise ValueError("a session actor needs its token")
        return cls(f"session:{token}", False)


def _setting(name: str, default: int) -> int:
    try:
        return max(int(os.environ.get(name, default)), 0)
    except ValueError:
        return default


def per_owner_limit() -> int:
    """How many scenarios one viewer session may keep (``REFORM_SCENARIOS_PER_OWNER``, default 20)."""
    return _setting("REFORM_SCENARIOS_PER_OWNER", DEFAULT_PER_OWNER)


def total_limit() -> int:
    """How many scenarios the store keeps in all (``REFORM_SCENARIOS_TOTAL``, default 500)."""
    return _setting("REFORM_SCENARIOS_TOTAL", DEFAULT_TOTAL)


def may_change(s: Scenario, actor: Actor) -> bool:
    """True when ``actor`` may overwrite, rename or delete ``s`` (for the page's buttons; the store
    checks the same rule in the statement that changes the row)."""
    return actor.editor or (s.owner is not None and s.owner == actor.owner)


def _clean(values: dict) -> dict:
    try:
        return params.clean_values(values)
    except ValueError as exc:
        raise StoreError("bad_values", str(exc)) from exc


def save(name: str, values: dict, note: str = "", *, actor: Actor) -> Scenario:
    """Store a new scenario under ``name`` (names are unique), made on the current data, owned by ``actor``."""
    return store.save(name, _clean(values), note, data_version=db.data_version(), link_version=params.LINK_VERSION,
                      owner=actor.owner, per_owner=None if actor.editor else per_owner_limit(),
                      total=total_limit())


def update(sid: str, values: dict, note: str | None = None, *, actor: Actor) -> Scenario:
    """Replace a scenario's values (and note, if given): its author or an editor only (``forbidden``)."""
    return store.update(sid, _clean(values), note, data_version=db.data_version(), owner=actor.owner,
                        any_owner=actor.editor)


def rename(sid: str, new_name: str, *, actor: Actor) -> Scenario:
    """Give a scenario another (unused) name: its author or an editor only."""
    return store.rename(sid, new_name, owner=actor.owner, any_owner=actor.editor)


def delete(sid: str, *, actor: Actor) -> None:
    """Remove a scenario: its author or an editor only."""
    store.delete(sid, owner=actor.owner, any_owner=actor.editor)


def duplicate(sid: str, new_name: str, *, actor: Actor) -> Scenario:
    """A copy of a scenario under another name, owned by ``actor`` (anyone may copy any scenario)."""
    original = store.get(sid)
    return save(new_name, original.values, original.note, actor=actor)


def made_on_other_data(s: Scenario) -> bool:
    """True when the scenario was saved on another version of the data."""
    return s.data_version != db.data_version()
