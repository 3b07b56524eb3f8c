"""Saved scenarios: values validated like a link, stamped with the data and link versions, kept in
the state store (:mod:`reform.store.scenarios`, which only keeps what it is given)."""
from __future__ import annotations

from reform.data import db
from reform.model import params
from reform.store import scenarios as store
from reform.store.scenarios import MAX_NAME, MAX_NOTE, Scenario, StoreError  # noqa: F401 - for the pages

list_all = store.list_all
get = store.get
rename = store.rename
delete = store.delete


def _clean(values: dict) -> dict:
    try:
        return params.clean_values(values)
    except ValueError as exc:
        raise StoreError("bad_values", str(exc)) from exc


def save(name: str, values: dict, note: str = "") -> Scenario:
    """Store a new scenario under ``name`` (names are unique), made on the current data."""
    return store.save(name, _clean(values), note, data_version=db.data_version(), link_version=params.LINK_VERSION)


def update(sid: str, values: dict, note: str | None = None) -> Scenario:
    """Replace a scenario's values (and note, if given)."""
    return store.update(sid, _clean(values), note, data_version=db.data_version())


def duplicate(sid: str, new_name: str) -> Scenario:
    """A copy of a scenario under another name."""
    original = store.get(sid)
    return save(new_name, original.values, original.note)


def made_on_other_data(s: Scenario) -> bool:
    """True when the scenario was saved on another version of the data."""
    return s.data_version != db.data_version()
