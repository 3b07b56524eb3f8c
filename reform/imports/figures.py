"""File kind ``figures``: results of indicators, one row per indicator and year.

Columns ``indicator_id, year, value, value_text, out_of, source`` (``value_text``, ``out_of`` and ``out_of_note``
may be absent). Every row: a known indicator (:func:`reform.data.catalog.allowed_indicators`: every target part
has one, and so has every indicator entered as data), a whole year from 2016 up to the current year (a result is
known once its year has come), a number in Vietnamese or English format within the indicator's range, ``out_of``
for a rank and only for a rank, the number of provinces ranked that year (63 up to 2024, 34 from 2025) unless
``out_of_note`` documents the exception, a source, no indicator and year twice. Warnings (in the preview, not
errors): a share under 1 in a percent series, a value 50 times the last figure in force or 50 times smaller.
"""
from __future__ import annotations

import math

import pandas as pd

from reform.data import catalog, db
from reform.imports import checks, files, kinds
from reform.imports.files import Problem
from reform.store import revisions as store

COLUMNS = ("indicator_id", "year", "value", "value_text", "out_of", "source")
OPTIONAL = ("out_of_note",)
REQUIRED_COLUMNS = ("indicator_id", "year", "value", "source")
ROW_KEYS = COLUMNS + OPTIONAL


def current_figures() -> dict[tuple[str, int], dict]:
    """The figure in force per (indicator, year): a revision's where one is in force, else the build's
    actual figure (the one without a period where several)."""
    obs = db.run("observations_all")
    obs = obs[obs["kind"].eq("actual") & obs["value"].notna()]
    obs = obs.assign(_rev=obs["revision_id"].notna(), _period=obs["period"].isna())
    obs = obs.sort_values(["_rev", "_period", "revision_id"], na_position="first", kind="stable")
    return {(r["indicator_id"], int(r["year"])): r for r in obs.to_dict("records")}


def _last_values() -> dict[str, float]:
    out: dict[str, tuple[int, float]] = {}
    for (iid, year), r in current_figures().items():
        if iid not in out or year > out[iid][0]:
            out[iid] = (year, float(r["value"]))
    return {k: v for k, (_, v) in out.items()}


def validate(records: list[tuple[int, dict]]) -> tuple[list[dict], list[Problem], list[Problem]]:
    """Validate rows (row number, {column: cell}); the clean rows, every problem and every warning."""
    cat = {r["indicator_id"]: r for r in catalog.allowed_indicators().to_dict("records")}
    last = _last_values()
    rows: list[dict] = []
    problems: list[Problem] = []
    warnings: list[Problem] = []
    seen: dict[tuple[str, int], int] = {}
    for n, rec in records:
        row = checks.Row(n, rec)
        iid = files.text(rec.get("indicator_id"))
        ind = cat.get(iid)
        if not iid:
            row.err("indicator_id", "required")
        elif ind is None:
            row.err("indicator_id", "unknown_indicator", value=iid[:60])
        year = row.year("year", result=True)
        out_of = None
        if not row.blank("out_of") and ind is not None and not ind["is_rank"]:
            row.err("out_of", "out_of_not_rank")
        elif ind is None or ind["is_rank"]:
            out_of = row.out_of("out_of", year, required=ind is not None)
        value = row.value("value", ind, out_of, last.get(iid))
        source = row.text("source", checks.MAX_SOURCE, required=True)
        value_text = row.text("value_text", checks.MAX_VALUE_TEXT)
        if ind is not None and year is not None:
            first = seen.setdefault((iid, year), n)
            if first != n:
                row.err("indicator_id", "duplicate", first=first)
        if not row.keep(problems, warnings):
            continue
        rows.append({"row": n, "indicator_id": iid, "year": year, "value": float(value),
                     "value_text": value_text or files.text(rec.get("value")), "out_of": out_of, "source": source,
                     "out_of_note": files.text(rec.get("out_of_note")) or None})
    return rows, problems, warnings


def _same(a, b) -> bool:
    return a is None and b is None or (a is not None and b is not None and abs(float(a) - float(b)) < 1e-9)


def clean(x):
    if x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x)):
        return None
    return x.item() if hasattr(x, "item") else x


def compare(rows: list[dict]) -> dict:
    """Each clean row as ``new`` (no figure for its indicator and year), ``changed`` (another value or
    out_of than the figure in force: old and new value, out_of and source) or ``unchanged``."""
    current = current_figures()
    out = {"new": [], "changed": [], "unchanged": []}
    for r in rows:
        cur = current.get((r["indicator_id"], r["year"]))
        item = {"row": r["row"], "indicator_id": r["indicator_id"], "year": r["year"], "value": r["value"],
                "value_text": r["value_text"], "out_of": r["out_of"], "source": r["source"]}
        if cur is None:
            out["new"].append(item)
            continue
        old_out = clean(cur.get("out_of"))
        old = {"old_value": float(cur["value"]), "old_value_text": clean(cur.get("value_text")),
               "old_out_of": None if old_out is None else int(old_out), "old_source": clean(cur.get("source")),
               "old_basis": clean(cur.get("basis")), "old_revision_id": clean(cur.get("revision_id"))}
        same = _same(old["old_value"], r["value"]) and _same(old["old_out_of"], r["out_of"])
        out["unchanged" if same else "changed"].append({**item, **old})
    out["can_apply"] = bool(out["new"] or out["changed"])
    return out


def preview(rows: list[dict], diff: dict) -> dict:
    """The target parts whose verdict would change with these figures (:mod:`reform.model.revisions`)."""
    from reform.model import revisions as model_rev

    return {"verdicts_changed": model_rev.verdict_changes(rows)}


KIND = kinds.register(kinds.Kind(
    id=store.FIGURES, columns=COLUMNS, required=REQUIRED_COLUMNS,
    signature=frozenset({"indicator_id", "year", "value"}), validate=validate, compare=compare,
    row_keys=ROW_KEYS, preview=preview))
