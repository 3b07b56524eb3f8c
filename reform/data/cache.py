"""The one cache: every result derived from the data, keyed by the data version.

Query results, shaped tables, chart specs and slider parameters depend on the data only, so they
are computed once per data version and reused by every session. A key is (data version, namespace,
arguments): when the data changes (a rebuild; later an imported revision) the version changes, the
old entries are never asked for again and age out of the bound.

* Bounded: least recently used entries go first once :data:`MAX_ENTRIES` are held.
* Thread-safe: one lock guards the table; a value is computed outside it, so a long computation
  never blocks other sessions (two sessions may compute the same entry once each; both results
  are equal).
* Shared, never mutated: a DataFrame comes back as a shallow copy. pandas 3 copies on write (always on),
  so whatever a caller does to its frame (new or overwritten columns, ``.loc`` assignments, renames,
  in-place sorts) changes its own frame only; the array behind a column is read-only
  (``ValueError: assignment destination is read-only``). The cached frame's data is never copied
  per use. Other values (dicts, tuples) are returned as they are: what is cached must be immutable
  (tuples, frozen dataclasses, :class:`types.MappingProxyType`) or copied by its function's public
  wrapper. ``tests/test_cache_shared.py`` mutates results and checks that the cache is unchanged.
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

#: Copy-on-write is what makes a shallow copy safe to hand out; it is always on from pandas 3.
_SHALLOW_IS_SAFE = int(pd.__version__.split(".")[0]) >= 3


def get_or_make(key: Hashable, make: Callable[[], V]) -> V:
    """The cached value of ``key``, made by ``make()`` when absent. A DataFrame comes back as a copy
    (shallow: its data is shared copy-on-write), so callers may change it freely."""
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
    if isinstance(value, (pd.DataFrame, pd.Series)):
        return value.copy(deep=not _SHALLOW_IS_SAFE)
    return value


def clear() -> None:
    """Forget every entry (tests; a data version change does not need it)."""
    with _lock:
        _entries.clear()


def size() -> int:
    """How many entries are held."""
    with _lock:
        return len(_entries)


#: Types that are hashable and equal only to what they hash like (no container to freeze inside).
_PLAIN = frozenset({str, int, float, bool, type(None)})


def freeze(x) -> Hashable:
    """A hashable form of arguments that may hold dicts, lists and sets."""
    if type(x) is tuple and all(type(v) in _PLAIN for v in x):  # the common case: nothing to freeze
        return x
    if isinstance(x, dict):
        return tuple(sorted((k, freeze(v)) for k, v in x.items()))
    if isinstance(x, (list, tuple)):
        return tuple(freeze(v) for v in x)
    if isinstance(x, (set, frozenset)):
        return tuple(sorted(freeze(v) for v in x))
    return x
