"""The query runner: one DuckDB connection over the Parquet files, queries from ``queries/*.sql``.

Every page query is a file ``queries/<name>.sql`` named after what it returns.
:func:`run` executes it with bound parameters only (DuckDB's ``$name``
placeholders); nothing a user types is ever formatted into SQL text. Results go
through the one cache (:mod:`reform.data.cache`) under :func:`data_version`, and so
does every function decorated with :func:`memo`.
"""
from __future__ import annotations

import functools
import json
import logging
import threading
import time
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq

from reform import paths
from reform.data import cache, entered
from reform.data.build import BUILD_INFO, OUTPUTS
from reform.paths import QUERIES_DIR

log = logging.getLogger(__name__)
_lock = threading.Lock()
_state: dict = {}
_opened = [0]

#: Every query the project has: name -> SQL text (read once; the files are code, not data).
QUERIES: dict[str, str] = {p.stem: p.read_text(encoding="utf-8") for p in sorted(QUERIES_DIR.glob("*.sql"))}


class DataError(RuntimeError):
    """A data file is missing or unreadable."""


def _read_tables(data_dir: Path) -> dict:
    """The build's Parquet files as Arrow tables (read once per opening of a data folder)."""
    tables = {}
    for name in OUTPUTS:
        path = data_dir / name
        try:
            tables[path.stem] = pq.read_table(path)
        except (OSError, ValueError) as exc:  # missing, truncated or not Parquet
            raise DataError(f"{path.name}: {exc}") from exc
    return tables


def _open(tables: dict, revisions: dict[str, pd.DataFrame] | None = None) -> duckdb.DuckDBPyConnection:
    """A connection holding the build's ``tables`` plus the rows the revisions in force add
    (:func:`reform.data.entered.frames`: figures beside the build's observations; indicators, index methods,
    component scores and reference points in force, replacing the build's rows of the same key), and the view
    ``figures``: the observations in force, one per indicator, year and kind."""
    con = duckdb.connect(":memory:")
    for view, table in tables.items():
        con.register(f"_arrow_{view}", table)
        con.execute(f"CREATE TABLE {view} AS SELECT * FROM _arrow_{view}")  # names are our own constants
        con.unregister(f"_arrow_{view}")
    # every table revisions feed carries who entered a row and when (null for the build's rows)
    for view in entered.TABLES:
        con.execute(f"ALTER TABLE {view} ADD COLUMN revision_id INTEGER")
        con.execute(f"ALTER TABLE {view} ADD COLUMN entered_by VARCHAR")
        con.execute(f"ALTER TABLE {view} ADD COLUMN entered_at TIMESTAMPTZ")
    for view, frame in (revisions or {}).items():
        if not len(frame):
            continue
        keys = entered.TABLES[view][2]
        con.register("_revisions", frame)
        if keys:  # a revision's row replaces the build's row (or an earlier revision's) of the same key
            match = " AND ".join(f"{view}.{k} = _revisions.{k}" for k in keys)
            con.execute(f"DELETE FROM {view} USING _revisions WHERE {match}")
        con.execute(f"INSERT INTO {view} BY NAME SELECT * FROM _revisions")
        con.unregister("_revisions")
    # the figures in force: one per indicator, year and kind, a revision's superseding the build's figure it
    # revises (reform.data.entered keeps one per revised indicator and year). Every query that computes or draws
    # reads it; observations keeps both, for the data page and the audit's comparison.
    con.execute("CREATE VIEW figures AS SELECT * FROM observations o WHERE o.revision_id IS NOT NULL OR NOT EXISTS ("
                "SELECT 1 FROM observations r WHERE r.revision_id IS NOT NULL AND r.indicator_id = o.indicator_id "
                "AND r.year = o.year AND r.kind = o.kind)")
    return con


#: How often (seconds) a process asks the state store whether the revisions in force changed: every
#: process sees an import or a rollback within this time; the process that made it sees it at once.
#: The question is cheap: a stat of the DuckDB file (a few µs; the store is read only when the file
#: changed), or one indexed query on PostgreSQL (about a millisecond); and it is asked outside the lock.
REVISION_CHECK_S = 1.0


def _revisions_in_force() -> tuple[int | None, dict[str, pd.DataFrame] | None]:
    """(stamp, rows per table) of the revisions in force; (None, None) when the store cannot be read
    (the decision's build is shown alone, and the version says so)."""
    from reform.store import revisions as rev_store
    from reform.store.base import StoreError

    try:
        stamp, revs = rev_store.in_force()
    except StoreError as exc:
        log.warning("data revisions not loaded: the state store cannot be read (%s)", exc.code)
        return None, None
    return stamp, entered.frames(revs)


def _revision_stamp() -> tuple[str, int | None]:
    """(which store, its stamp): a process that changes stores (tests, tools) reloads even where the new
    store's stamp equals the old one's."""
    from reform.store import backends
    from reform.store import revisions as rev_store
    from reform.store.base import StoreError

    try:
        return repr(backends.current()), rev_store.cheap_stamp()
    except StoreError:
        return "", None


def _version_of(build: str, stamp: int | None) -> str:
    return build if stamp == 0 else f"{build}+r{'?' if stamp is None else stamp}"


def _current(data_dir: Path | None = None) -> tuple[duckdb.DuckDBPyConnection, str]:
    """The shared connection (opened on first use) and the version of the data it holds, read together.

    At most every :data:`REVISION_CHECK_S` one caller asks the state store whether the revisions in force
    changed (outside the lock: other sessions keep answering from the current connection); when they did,
    a new connection with the build and the new revisions replaces the current one (queries running on
    the old one finish there), and the version changes with it.
    """
    data_dir = paths.DATA_DIR if data_dir is None else data_dir  # read each call: tests point it elsewhere
    if not isinstance(data_dir, Path):
        data_dir = Path(data_dir)
    with _lock:
        now = time.monotonic()
        if _state.get("dir") != data_dir or "con" not in _state:
            _state.clear()
            tables = _read_tables(data_dir)
            store = _revision_stamp()[0]
            stamp, frame = _revisions_in_force()
            _state.update(con=_open(tables, frame), tables=tables, dir=data_dir, build=_version(data_dir),
                          stamp=stamp, store=store, checked=now)
        due = now - _state["checked"] >= REVISION_CHECK_S
        if due:
            _state["checked"] = now  # one caller checks; the others go on meanwhile
        con, version, known, tables = _state["con"], _version_of(_state["build"], _state["stamp"]), \
            (_state["store"], _state["stamp"]), _state["tables"]
    if not due or _revision_stamp() == known:
        return con, version
    store = _revision_stamp()[0]
    stamp, frame = _revisions_in_force()  # an import or a rollback (in any process), or another store
    fresh = _open(tables, frame)
    with _lock:
        if _state.get("tables") is tables:  # not reset or reopened meanwhile
            _state["con"], _state["stamp"], _state["store"] = fresh, stamp, store
            return fresh, _version_of(_state["build"], stamp)
    return con, version


def built_table(name: str) -> pd.DataFrame:
    """A table as the build wrote it (``name`` a stem of :data:`reform.data.build.OUTPUTS`), before any data
    revision: e.g. the methods the build ships, which an imported method of the same id replaces in force."""
    _current()
    with _lock:
        table = _state["tables"][name]
    return table.to_pandas()


def refresh_revisions() -> None:
    """Look at the revisions in force on the next query (after this process imported or rolled back)."""
    with _lock:
        if "checked" in _state:
            _state["checked"] = float("-inf")


def connection(data_dir: Path | None = None) -> duckdb.DuckDBPyConnection:
    """The shared connection (opened on first use)."""
    return _current(data_dir)[0]


def _version(data_dir: Path) -> str:
    """The fingerprint of the build in ``data_dir`` (short form), or a number of this opening when the
    build record is unreadable (so that nothing cached from another opening is reused)."""
    _opened[0] += 1
    try:
        info = json.loads((data_dir / BUILD_INFO).read_text(encoding="utf-8"))
        return str(info["fingerprint"])[:12]
    except (OSError, ValueError, KeyError, TypeError):
        return f"unversioned-{_opened[0]}"


def data_version() -> str:
    """The version of the data the dashboard shows: the decision build's fingerprint (12 characters), and
    ``+r<stamp>`` once there have been data revisions (the stamp counts imports and rollbacks; ``+r?``
    when the state store cannot be read). Every cached result is keyed by it, so an import or a rollback
    changes every key at once, in every process within :data:`REVISION_CHECK_S`."""
    return _current()[1]


def memo(fn):
    """Cache a function of the data in the one cache, keyed by the data version and the arguments
    (dicts and lists are frozen into the key). A DataFrame result comes back as a copy."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        key = (data_version(), name, cache.freeze(args), cache.freeze(kwargs) if kwargs else ())
        return cache.get_or_make(key, lambda: fn(*args, **kwargs))

    return wrapper


def reset() -> None:
    """Forget the connection and cached results (after a rebuild)."""
    with _lock:
        con = _state.pop("con", None)
        _state.clear()
    if con is not None:
        con.close()


def sql_text(name: str) -> str:
    """The text of ``queries/<name>.sql``; the name must be one of the files there."""
    if name not in QUERIES:
        raise KeyError(f"no query named {name!r}")
    return QUERIES[name]


def query_names() -> frozenset[str]:
    """Every query the project has."""
    return frozenset(QUERIES)


def run(name: str, data_dir: Path | None = None, **params) -> pd.DataFrame:
    """Run query ``name`` with bound parameters and return a DataFrame (a copy: callers may modify it)."""
    con, version = _current(data_dir)
    text = sql_text(name)

    def execute() -> pd.DataFrame:
        cur = con.cursor()
        try:
            return cur.execute(text, params or None).df()
        finally:
            cur.close()

    return cache.get_or_make((version, "query", name, cache.freeze(params)), execute)


def example_params(name: str) -> dict:
    """The parameters given on the query's ``-- example: {json}`` line (none if it has no line)."""
    for line in sql_text(name).splitlines():
        if line.startswith("-- example:"):
            return json.loads(line.removeprefix("-- example:"))
    return {}
