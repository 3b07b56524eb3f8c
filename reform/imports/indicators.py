"""File kind ``indicators``: indicators defined as data (issue 15 item 1), one row per indicator.

Columns :data:`reform.data.build.INDICATOR_FILE_COLUMNS`: ``indicator_id`` (a lower-case letter, then up to 59
of a-z, 0-9, ``_``; not an id of the build's), ``name_vi`` (``name_en`` optional), ``unit``, ``higher_is_better``
(true/false), ``scale_min`` and ``scale_max`` (a number each, min < max; blank for a rank), ``is_rank``
(true/false: every figure of a rank then carries ``out_of``), ``group`` (e.g. ``dti``), ``source``. Once in force,
figures and plans may use it. Rolling back a revision that defines an indicator is refused while a figure or a
plan in force uses it (and no other revision in force defines it).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from reform.data import db
from reform.data.build import INDICATOR_FILE_COLUMNS, defined_indicator
from reform.imports import checks, files, kinds
from reform.imports.files import Problem
from reform.store import revisions as store

COLUMNS = INDICATOR_FILE_COLUMNS
REQUIRED_COLUMNS = ("indicator_id", "name_vi", "unit", "higher_is_better", "is_rank", "source")
_ID = re.compile(r"[a-z][a-z0-9_]{0,59}")
_TRUE = {"true", "1", "x", "yes", "có"}
_FALSE = {"false", "0", "no", "không"}
#: What the preview shows of an indicator, old → new.
SHOWN = ("name_vi", "name_en", "unit", "higher_is_better", "scale_min", "scale_max", "is_rank", "group", "source")


def _flag(row: checks.Row, col: str, required: bool = True) -> bool | None:
    t = files.text(row.cell(col)).lower()
    if not t:
        if required:
            row.err(col, "required")
        return None
    if t in _TRUE | _FALSE:
        return t in _TRUE
    row.err(col, "bad_flag", value=t[:20])
    return None


def validate(records: list[tuple[int, dict]]) -> tuple[list[dict], list[Problem], list[Problem]]:
    built = set(db.run("indicators_catalog").query("revision_id.isna()")["indicator_id"])
    rows, problems, warnings = [], [], []
    seen: dict[str, int] = {}
    for n, rec in records:
        row = checks.Row(n, rec)
        iid = files.text(rec.get("indicator_id"))
        if not iid:
            row.err("indicator_id", "required")
        elif not _ID.fullmatch(iid):
            row.err("indicator_id", "bad_indicator_id", value=iid[:60])
        elif iid in built:
            row.err("indicator_id", "indicator_builtin", value=iid)
        elif seen.setdefault(iid, n) != n:
            row.err("indicator_id", "duplicate", first=seen[iid])
        name_vi = row.text("name_vi", checks.MAX_NAME, required=True)
        name_en = row.text("name_en", checks.MAX_NAME)
        unit = row.text("unit", 40, required=True)
        hib = _flag(row, "higher_is_better")
        is_rank = _flag(row, "is_rank")
        group = row.text("group", 40)
        source = row.text("source", checks.MAX_SOURCE, required=True)
        low = high = None
        for col in ("scale_min", "scale_max"):
            if row.blank(col):
                if is_rank is False:
                    row.err(col, "required")
                continue
            if is_rank:
                row.err(col, "scale_of_rank")
                continue
            v = files.number(row.cell(col))
            if v is None:
                row.err(col, "bad_number", value=files.text(row.cell(col))[:40])
            elif col == "scale_min":
                low = v
            else:
                high = v
        if low is not None and high is not None and low >= high:
            row.err("scale_max", "bad_scale", low=files.fmt(low), high=files.fmt(high))
        if is_rank and hib:
            row.err("higher_is_better", "rank_lower_is_better")
        if not row.keep(problems, warnings):
            continue
        rows.append({"row": n, "indicator_id": iid, "name_vi": name_vi, "name_en": name_en or None, "unit": unit,
                     "higher_is_better": "false" if is_rank else str(bool(hib)).lower(),
                     "scale_min": low, "scale_max": high, "is_rank": str(bool(is_rank)).lower(),
                     "group": group or None, "source": source})
    return rows, problems, warnings


def _shown(r: dict) -> dict:
    return {k: r.get(k) for k in SHOWN}


def compare(rows: list[dict]) -> dict:
    """Each indicator ``new`` or ``changed`` (an indicator entered earlier, old → new) or ``unchanged``."""
    cat = db.run("indicators_catalog")
    current = {r["indicator_id"]: r for r in cat[cat["revision_id"].notna()].to_dict("records")}
    out = {"new": [], "changed": [], "unchanged": []}
    for r in rows:
        cur = current.get(r["indicator_id"])
        if cur is None:
            out["new"].append(r)
            continue
        old = defined_indicator({**{k: cur.get(k) for k in ("indicator_id", "name_vi", "name_en", "unit", "source")},
                                 "higher_is_better": str(cur.get("higher_is_better")).lower(),
                                 "scale_min": cur.get("scale_min"), "scale_max": cur.get("scale_max"),
                                 "is_rank": str(bool(cur.get("is_rank"))).lower(), "group": cur.get("group_id")})
        new = defined_indicator(r)
        same = all(str(old.get(k)) == str(new.get(k)) for k in
                   ("name_vi", "name_en", "unit", "higher_is_better", "scale_min", "scale_max", "is_rank", "group_id",
                    "source"))
        out["unchanged" if same else "changed"].append({**r, "old": {
            "name_vi": cur.get("name_vi"), "name_en": cur.get("name_en"), "unit": cur.get("unit"),
            "scale_min": cur.get("scale_min"), "scale_max": cur.get("scale_max"), "source": cur.get("source"),
            "revision_id": cur.get("revision_id")}})
    out["can_apply"] = bool(out["new"] or out["changed"])
    return out


def users(indicator_ids: set[str], revisions: Sequence) -> list[str]:
    """What in force uses these indicators: a figure revision's or a plan's (its id and revision)."""
    out = []
    for r in revisions:
        if r.kind == store.FIGURES:
            used = sorted({row["indicator_id"] for row in r.rows} & indicator_ids)
            if used:
                out.append(f"#{r.id} ({', '.join(used)})")
        elif r.kind == store.PLAN:
            used = sorted({row["indicator_id"] for row in r.rows} & indicator_ids)
            if used:
                out.append(f"#{r.id} ({r.rows[0].get('plan_id')}: {', '.join(used)})")
    return out


def uses(revision, in_force: Sequence) -> list[str]:
    """Rolling back ``revision`` would leave these uses without their indicator (another revision in force
    that defines the same indicator keeps it defined)."""
    mine = {r["indicator_id"] for r in revision.rows}
    others = {row["indicator_id"] for r in in_force if r.kind == store.INDICATORS and r.id != revision.id
              for row in r.rows}
    return users(mine - others, [r for r in in_force if r.id != revision.id])


KIND = kinds.register(kinds.Kind(
    id=store.INDICATORS, columns=COLUMNS, required=REQUIRED_COLUMNS,
    signature=frozenset({"indicator_id", "is_rank", "higher_is_better"}), validate=validate, compare=compare,
    row_keys=COLUMNS, uses=uses, priority=10))
