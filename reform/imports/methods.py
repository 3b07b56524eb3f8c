"""File kind ``method``: an index method (issue 15 item 2), one row per component.

Columns :data:`reform.data.build.METHOD_COLUMNS`. The method's fields (``method_id``, ``index_id``, ``name_vi``,
``name_en``, ``year_from``, ``year_to`` (blank: open), ``composite_max``, ``source``) are on the first row and
blank or the same on the others (one method per file); each row is a component: ``component_id``, names, its
scale (``scale_min``, ``scale_max``: both or neither; neither where unpublished) and ``weight`` (a fraction; all
weights blank where unpublished, or all given and summing to 1). A method's years may not overlap another method
of the same index, except the one with its own id, which it replaces (e.g. ``pci_2_0`` with its weights once
VCCI publishes them). Rolling a method back is refused while component scores or reference points in force need
it (its id, or a component the method left in force lacks).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from reform.data import db
from reform.data.build import METHOD_COLUMNS
from reform.imports import checks, files, kinds
from reform.imports.files import Problem
from reform.model import methods as model_methods
from reform.store import revisions as store

COLUMNS = METHOD_COLUMNS
REQUIRED_COLUMNS = ("method_id", "index_id", "name_vi", "year_from", "composite_max", "source", "component_id",
                    "component_name_vi", "weight")
METHOD_FIELDS = ("method_id", "index_id", "name_vi", "name_en", "year_from", "year_to", "composite_max", "source")
ID = re.compile(r"[a-z][a-z0-9_.-]{0,39}")
YEAR_LOW = 2000
WEIGHT_SUM_TOLERANCE = 0.001


def _id(row: checks.Row, col: str) -> str:
    v = files.text(row.cell(col))
    if not v:
        row.err(col, "required")
    elif not ID.fullmatch(v):
        row.err(col, "bad_id", value=v[:60])
        return ""
    return v


def validate(records: list[tuple[int, dict]]) -> tuple[list[dict], list[Problem], list[Problem]]:
    rows, problems, warnings = [], [], []
    method: dict | None = None
    first_row = 0
    seen: dict[str, int] = {}
    for n, rec in records:
        row = checks.Row(n, rec)
        fields: dict = {}
        for col in METHOD_FIELDS:
            if row.blank(col):
                if method is None and col not in ("name_en", "year_to"):
                    row.err(col, "required")
                continue
            if col in ("method_id", "index_id"):
                v = _id(row, col)
            elif col in ("year_from", "year_to"):
                v = row.year(col, low=YEAR_LOW, high=checks.YEAR_HIGH)
            elif col == "composite_max":
                v = files.number(row.cell(col))
                if v is None or v <= 0:
                    row.err(col, "bad_number", value=files.text(row.cell(col))[:40])
                    v = None
            else:
                v = row.text(col, checks.MAX_SOURCE if col == "source" else checks.MAX_NAME)
            if v in (None, ""):
                continue
            if method is not None and method.get(col) is not None and method[col] != v:
                row.err(col, "plan_differs", first=first_row)
                continue
            fields[col] = v
        if method is None:
            method, first_row = dict.fromkeys(METHOD_FIELDS), n
            method.update(fields)
            if method["year_from"] is not None and method["year_to"] is not None \
                    and method["year_from"] > method["year_to"]:
                row.err("year_to", "bad_period", start=method["year_from"], end=method["year_to"])
        cid = _id(row, "component_id")
        if cid and seen.setdefault(cid, n) != n:
            row.err("component_id", "duplicate", first=seen[cid])
        name_vi = row.text("component_name_vi", checks.MAX_NAME, required=True)
        name_en = row.text("component_name_en", checks.MAX_NAME)
        scale = {}
        for col in ("scale_min", "scale_max"):
            if not row.blank(col):
                v = files.number(row.cell(col))
                if v is None:
                    row.err(col, "bad_number", value=files.text(row.cell(col))[:40])
                scale[col] = v
        if len(scale) == 1:
            row.err("scale_max" if "scale_min" in scale else "scale_min", "required")
        elif len(scale) == 2 and None not in scale.values() and scale["scale_min"] >= scale["scale_max"]:
            row.err("scale_max", "bad_scale", low=files.fmt(scale["scale_min"]), high=files.fmt(scale["scale_max"]))
        weight = None
        if not row.blank("weight"):
            weight = files.number(row.cell("weight"))
            if weight is None or not 0 < weight <= 1:
                row.err("weight", "bad_weight", value=files.text(row.cell("weight"))[:20])
                weight = None
        if not row.keep(problems, warnings):
            continue
        rows.append({"row": n, **{k: method.get(k) for k in METHOD_FIELDS}, "component_id": cid,
                     "component_name_vi": name_vi, "component_name_en": name_en or None,
                     "scale_min": scale.get("scale_min"), "scale_max": scale.get("scale_max"), "weight": weight})
    if rows and not problems:
        problems += _whole_method(rows, records)
    return rows, problems, warnings


def _whole_method(rows: list[dict], records: list[tuple[int, dict]]) -> list[Problem]:
    """Checks of the method as a whole: its weights (all or none, summing to 1) and its years against the
    other methods of its index in force."""
    out = []
    given = [r["weight"] for r in rows if r["weight"] is not None]
    if given and len(given) != len(rows):
        missing = next(r["row"] for r in rows if r["weight"] is None)
        out.append(Problem(missing, "weight", "weights_partial"))
    elif given and abs(sum(given) - 1) > WEIGHT_SUM_TOLERANCE:
        out.append(Problem(rows[0]["row"], "weight", "weights_sum", {"total": files.fmt(round(sum(given), 6))}))
    first = rows[0]
    for m in model_methods.methods():
        if m.index_id != first["index_id"] or m.id == first["method_id"]:
            continue
        end = first["year_to"] if first["year_to"] is not None else 9999
        other_end = m.year_to if m.year_to is not None else 9999
        if first["year_from"] <= other_end and m.year_from <= end:
            out.append(Problem(first["row"], "year_from", "method_overlap",
                               {"other": m.id, "start": m.year_from, "end": m.year_to or "…"}))
    return out


def compare(rows: list[dict]) -> dict:
    """``new`` (no method of that id in force) or ``changed`` with the method in force (``old``): its fields
    and components old → new; ``unchanged`` when they are the same."""
    first = rows[0]
    old = model_methods.method(first["method_id"])
    new_m = {"id": first["method_id"], "index_id": first["index_id"], "name_vi": first["name_vi"],
             "year_from": first["year_from"], "year_to": first["year_to"], "composite_max": first["composite_max"],
             "source": first["source"], "components": [
                 {"id": r["component_id"], "name_vi": r["component_name_vi"], "name_en": r["component_name_en"],
                  "scale_min": r["scale_min"], "scale_max": r["scale_max"], "weight": r["weight"]} for r in rows]}
    weights_known = all(r["weight"] is not None for r in rows)
    out = {"method": new_m, "old": None, "status": "new", "can_recompute": weights_known and all(
        r["scale_max"] is not None for r in rows)}
    if old is not None:
        old_m = {"id": old.id, "index_id": old.index_id, "name_vi": old.name_vi, "year_from": old.year_from,
                 "year_to": old.year_to, "composite_max": old.composite_max, "source": old.source,
                 "components": [{"id": c.id, "name_vi": c.name_vi, "name_en": c.name_en, "scale_min": c.scale_min,
                                 "scale_max": c.scale_max, "weight": c.weight} for c in old.components]}
        out["old"] = old_m
        out["status"] = "unchanged" if _norm(old_m) == _norm(new_m) else "changed"
    out["can_apply"] = out["status"] != "unchanged"
    return out


def _norm(m: dict) -> str:
    return repr({k: (None if isinstance(v, float) and pd.isna(v) else v) for k, v in m.items()})


def _defined_after(method_id: str, revision, in_force: Sequence) -> set[str] | None:
    """The components method ``method_id`` has once ``revision`` is rolled back (another revision of it in
    force, the latest; else the build's), None when no method of that id is left."""
    later = [r for r in in_force if r.kind == store.METHOD and r.id != revision.id
             and r.rows and r.rows[0]["method_id"] == method_id]
    if later:
        return {row["component_id"] for row in later[-1].rows}
    built = db.built_table("index_methods")
    got = built[built["method_id"] == method_id]
    return set(got["component_id"]) if len(got) else None


def uses(revision, in_force: Sequence) -> list[str]:
    """What in force would lose its method (or a component of it) if ``revision`` were rolled back."""
    method_id = revision.rows[0]["method_id"]
    left = _defined_after(method_id, revision, in_force)
    out = []
    for r in in_force:
        if r.id == revision.id or r.kind not in (store.SCORES, store.REFERENCE):
            continue
        mine = [row for row in r.rows if row["method_id"] == method_id]
        if not mine:
            continue
        if left is None or (r.kind == store.SCORES and {row["component_id"] for row in mine} - left):
            out.append(f"#{r.id} ({method_id})")
    return out


def _summary(p: dict) -> dict:
    return {"method_id": (p.get("method") or {}).get("id"), "method_status": p.get("status"),
            "can_recompute": p.get("can_recompute")}


KIND = kinds.register(kinds.Kind(
    id=store.METHOD, columns=COLUMNS, required=REQUIRED_COLUMNS,
    signature=frozenset({"method_id", "component_id", "year_from"}), validate=validate, compare=compare,
    row_keys=COLUMNS, uses=uses, summary=_summary, priority=40))
