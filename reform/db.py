"""The query runner: one DuckDB connection over the Parquet files, queries from ``queries/*.sql``.

Every page query is a file ``queries/<name>.sql`` named after what it returns.
:func:`run` executes it with bound parameters only (DuckDB's ``$name``
placeholders); nothing a user types is ever formatted into SQL text. Results are
cached per (query, parameters) for the life of the connection: the data only
changes when the files are rebuilt, and :func:`reset` then drops the cache.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq

from reform.build import OUTPUTS
from reform import paths
from reform.paths import QUERIES_DIR

_lock = threading.Lock()
_state: dict = {}
_generation = [0]


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


def connection(data_dir: Path | None = None) -> duckdb.DuckDBPyConnection:
    """The shared connection (opened on first use)."""
    data_dir = Path(data_dir or paths.DATA_DIR)
    with _lock:
        if _state.get("dir") != data_dir or "con" not in _state:
            _state.clear()
            _state["con"] = _open(data_dir)
            _state["dir"] = data_dir
            _state["cache"] = {}
            _state["generation"] = _generation[0] = _generation[0] + 1
        return _state["con"]


def generation() -> int:
    """A number that changes whenever the data is reopened (a key for caches derived from it)."""
    connection()
    return _state["generation"]


def _freeze(x):
    if isinstance(x, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in x.items()))
    if isinstance(x, (list, tuple, set, frozenset)):
        return tuple(_freeze(v) for v in x)
    return x


def memo(fn):
    """Cache a function of the data until the data is reopened.

    Arguments may be dicts and lists (they are frozen into the key). A DataFrame result is
    returned as a copy, so callers may change it freely.
    """
    cache: dict = {}

    def wrapper(*args, **kwargs):
        key = (generation(), _freeze(args), _freeze(kwargs))
        if key not in cache:
            if len(cache) > 512:
                cache.clear()
            cache[key] = fn(*args, **kwargs)
        result = cache[key]
        return result.copy() if isinstance(result, pd.DataFrame) else result

    wrapper.__wrapped__ = fn
    wrapper.__doc__ = fn.__doc__
    wrapper.__name__ = fn.__name__
    return wrapper


def reset() -> None:
    """Forget the connection and cached results (after a rebuild)."""
    with _lock:
        con = _state.pop("con", None)
        _state.clear()
    if con is not None:
        con.close()


@lru_cache(maxsize=None)
def sql_text(name: str) -> str:
    """The text of ``queries/<name>.sql``; the name must be one of the files there."""
    if name not in query_names():
        raise KeyError(f"no query named {name!r}")
    return (QUERIES_DIR / f"{name}.sql").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def query_names() -> frozenset[str]:
    """Every query the project has."""
    return frozenset(p.stem for p in QUERIES_DIR.glob("*.sql"))


def _key(params: dict) -> tuple:
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in params.items()))


def run(name: str, data_dir: Path | None = None, **params) -> pd.DataFrame:
    """Run query ``name`` with bound parameters and return a DataFrame (a copy: callers may modify it)."""
    con = connection(data_dir)
    key = (name, _key(params))
    cache = _state["cache"]
    if key not in cache:
        text = sql_text(name)
        cur = con.cursor()
        try:
            cache[key] = cur.execute(text, params or None).df()
        finally:
            cur.close()
    return cache[key].copy()


def example_params(name: str) -> dict:
    """The parameters given on the query's ``-- example: {json}`` line (none if it has no line)."""
    import json

    for line in sql_text(name).splitlines():
        if line.startswith("-- example:"):
            return json.loads(line.removeprefix("-- example:"))
    return {}
