"""The one cache: every result derived from the data, keyed by the data version.

Query results, shaped tables, chart specs and slider parameters depend on the data only, so they
are computed once per data version and reused by every session. A key is (data version, namespace,
arguments): when the data changes (a rebuild; later an imported revision) the version changes, the
old entries are never asked for again and age out of the bound.

* Bounded: least recently used entries go first once :data:`MAX_ENTRIES` are held.
* Thread-safe: one lock guards the table; a value is computed outside it, so a long computation
  never blocks other sessions (two sessions may compute the same entry once each; both results
  are equal).
* No read-after-write race: :func:`get_or_make` returns the value it found or made, never looks
  it up a second time, so another session clearing or evicting entries cannot make it fail.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

import pandas as pd

MAX_ENTRIES = 4096
_lock = threading.Lock()
_entries: OrderedDict[Hashable, object] = OrderedDict()
_MISSING = object()

V = TypeVar("V")


def get_or_make(key: Hashable, make: Callable[[], V]) -> V:
    """The cached value of ``key``, made by ``make()`` when absent. A DataFrame comes back as a copy,
    so callers may change it freely."""
    with _lock:
        value = _entries.get(key, _MISSING)
        if value is not _MISSING:
            _entries.move_to_end(key)
    if value is _MISSING:
        value = make()
        with _lock:
            _entries[key] = value
            _entries.move_to_end(key)
            while len(_entries) > MAX_ENTRIES:
                _entries.popitem(last=False)
    return value.copy() if isinstance(value, pd.DataFrame) else value


def clear() -> None:
    """Forget every entry (tests; a data version change does not need it)."""
    with _lock:
        _entries.clear()


def size() -> int:
    """How many entries are held."""
    with _lock:
        return len(_entries)


def freeze(x) -> Hashable:
    """A hashable form of arguments that may hold dicts, lists and sets."""
    if isinstance(x, dict):
        return tuple(sorted((k, freeze(v)) for k, v in x.items()))
    if isinstance(x, (list, tuple)):
        return tuple(freeze(v) for v in x)
    if isinstance(x, (set, frozenset)):
        return tuple(sorted(freeze(v) for v in x))
    return x
