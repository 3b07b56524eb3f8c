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
import threading
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq

from reform import paths
from reform.data import cache
from reform.data.build import BUILD_INFO, OUTPUTS
from reform.paths import QUERIES_DIR

_lock = threading.Lock()
_state: dict = {}
_opened = [0]

#: Every query the project has: name -> SQL text (read once; the files are code, not data).
QUERIES: dict[str, str] = {p.stem: p.read_text(encoding="utf-8") for p in sorted(QUERIES_DIR.glob("*.sql"))}


class DataError(RuntimeError):
    """A data file is missing or unreadable."""


def _open(data_dir: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(":memory:")
    for name in OUTPUTS:
        path = data_dir / name
        try:
            table = pq.read_table(path)
        except (OSError, ValueError) as exc:  # missing, truncated or not Parquet
            raise DataError(f"{path.name}: {exc}") from exc
        view = path.stem
        con.register(f"_arrow_{view}", table)
        con.execute(f"CREATE TABLE {view} AS SELECT * FROM _arrow_{view}")  # names are our own constants
        con.unregister(f"_arrow_{view}")
    return con


def _current(data_dir: Path | None = None) -> tuple[duckdb.DuckDBPyConnection, str]:
    """The shared connection (opened on first use) and the version of the data it holds, read together."""
    data_dir = Path(data_dir or paths.DATA_DIR)
    with _lock:
        if _state.get("dir") != data_dir or "con" not in _state:
            _state.clear()
            _state["con"] = _open(data_dir)
            _state["dir"] = data_dir
            _state["version"] = _version(data_dir)
        return _state["con"], _state["version"]


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
    """The version of the data the dashboard shows: the decision build's fingerprint (12 characters).
    Every cached result is keyed by it."""
    return _current()[1]


def memo(fn):
    """Cache a function of the data in the one cache, keyed by the data version and the arguments
    (dicts and lists are frozen into the key). A DataFrame result comes back as a copy."""
    name = f"{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        key = (data_version(), name, cache.freeze(args), cache.freeze(kwargs))
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
