"""What may be entered, read from the data in force: the indicators a figure (or a plan's target) may be
entered for with their ranges, and how many provinces national rankings rank in a year.

The ranges are data: every indicator carries ``scale_min``/``scale_max`` (the build's from their unit,
:func:`reform.data.build.unit_scale`; an indicator defined as data, its own). A count has no scale maximum;
:data:`COUNT_MAX` bounds it as a plausibility check.
"""
from __future__ import annotations

import pandas as pd

from reform.data import build, db

#: The largest count a figure may hold (procedures, documents, staff, million VND …): the largest figure the
#: decision prints is 1 316 627 documents; a value above this bound is a typing or unit error.
COUNT_MAX = 100_000_000.0


def _num(x) -> float | None:
    return None if x is None or pd.isna(x) else float(x)


@db.memo
def _catalogue() -> pd.DataFrame:
    ind = db.run("indicators_catalog")
    targets = db.run("targets")
    keep = ~ind["is_heading"].fillna(False).astype(bool) & ind["appendix"].ne("text") & ind["unit"].fillna("").ne("")
    # PL01's own rows are the printed targets, not results; a target part's result series is section "result"
    keep &= ind["appendix"].ne("PL01") | ind["section"].eq("result")
    out = ind.loc[keep, ["indicator_id", "appendix", "name_vi", "name_en", "unit", "unit_short", "decimals",
                         "measure", "higher_is_better", "group_id", "revision_id"]].copy()
    sel = ind.loc[keep]
    out["low"] = sel["scale_min"].astype("float64")
    out["high"] = sel["scale_max"].astype("float64")
    out["scale"] = sel["scale"]
    out["is_rank"] = sel["is_rank"].fillna(False).astype(bool)
    linked = targets.dropna(subset=["indicator_id"]).groupby("indicator_id")["target_id"].agg(", ".join)
    out["target_ids"] = out["indicator_id"].map(linked)
    # the target parts first, then the indices, then the appendices
    out["_order"] = out["target_ids"].isna().astype(int)
    return out.sort_values(["_order", "appendix", "indicator_id"]).drop(columns="_order").reset_index(drop=True)


def allowed_indicators() -> pd.DataFrame:
    """Every indicator a file may carry: id, names, unit, ``low``/``high`` (high null for a rank: its
    ``out_of``; for a count: none), ``scale``, ``is_rank``, ``target_ids`` (the target parts it measures),
    ``group_id``, ``revision_id`` (the revision that defined it, for an indicator entered as data)."""
    return _catalogue()


def value_range(ind: dict) -> tuple[float | None, float | None, str]:
    """(low, high, scale word) of an indicator's figures (a row of :func:`allowed_indicators`); high None for a
    rank (its ``out_of``) and a count (bounded by :data:`COUNT_MAX` as a plausibility check)."""
    return _num(ind.get("low")), _num(ind.get("high")), str(ind.get("scale") or "count")


@db.memo
def _fields() -> pd.DataFrame:
    return db.run("national_field")


def field_of(year: int) -> int | None:
    """How many provinces national rankings rank in ``year`` (``national_field.csv``: 63 up to 2024, 34 from
    2025); None for a year the data does not cover."""
    return build.field_of(int(year), _fields())


def max_field() -> int:
    """The most provinces any year ranked (the bound of an ``out_of``)."""
    return int(_fields()["provinces"].max())
