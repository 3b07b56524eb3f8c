"""File kind ``regions``: a region's membership as data (issue 18 item 1), one row per member province and period.

Columns :data:`reform.data.build.REGION_COLUMNS`: the region's fields (``region_id``, ``name_vi``, ``name_en``) on
the first row and blank or the same on the others (one region per file); each row is a member: ``province``, the
years its membership holds (``year_from``; ``year_to`` blank while it holds), ``carries`` (for a province formed in
the 2025 reorganisation, the former members it carries, e.g. ``Hà Giang; Tuyên Quang``), ``basis`` (``stated`` by
the source, or ``derived``; blank: ``stated``), ``source`` and ``note``. A province's periods never overlap. The
file is the region's whole membership: importing it replaces every row of the region in force (the build's
``trung_du_mien_nui_phia_bac`` included), and the preview lists the rows that would go. Warnings: a province
named nowhere in the data (no reference point, no component scores: a typing error, or a province with no figure
yet), and a region Lai Châu is never a member of (the peers page shows only Lai Châu's regions). Nothing in force
depends on a region, so its rollback is never refused.
"""
from __future__ import annotations

import re

import pandas as pd

from reform.data import db
from reform.data.build import PROVINCE, REGION_COLUMNS
from reform.imports import checks, files, kinds
from reform.imports.files import Problem
from reform.store import revisions as store

COLUMNS = REGION_COLUMNS
REQUIRED_COLUMNS = ("region_id", "name_vi", "province", "year_from", "source")
REGION_FIELDS = ("region_id", "name_vi", "name_en")
ID = re.compile(r"[a-z][a-z0-9_.-]{0,59}")
YEAR_LOW = 2000
#: The bases a membership may have (a subset of the figures' bases: a membership is stated or derived).
BASES = ("stated", "derived")
#: A member's fields compared old → new (the key is province and first year).
COMPARED = ("year_to", "carries", "basis", "source", "note")


def _known_provinces() -> set[str]:
    """Every province the data names: reference points, component scores and the regions in force."""
    names = set(db.run("pci_reference_all")["province"]) | set(db.run("component_scores_all")["province"])
    return names | set(db.run("regions")["province"]) | {PROVINCE}


def validate(records: list[tuple[int, dict]]) -> tuple[list[dict], list[Problem], list[Problem]]:
    rows, problems, warnings = [], [], []
    region: dict | None = None
    first_row = 0
    spans: dict[str, list[tuple[int, int, int]]] = {}  # province -> (from, to, row)
    known = _known_provinces()
    for n, rec in records:
        row = checks.Row(n, rec)
        fields: dict = {}
        for col in REGION_FIELDS:
            if row.blank(col):
                if region is None and col != "name_en":
                    row.err(col, "required")
                continue
            if col == "region_id":
                v = files.text(row.cell(col))
                if not ID.fullmatch(v):
                    row.err(col, "bad_id", value=v[:60])
                    continue
            else:
                v = row.text(col, checks.MAX_NAME)
            if not v:
                continue
            if region is not None and region.get(col) is not None and region[col] != v:
                row.err(col, "region_differs", first=first_row)
                continue
            fields[col] = v
        if region is None:
            region, first_row = dict.fromkeys(REGION_FIELDS), n
            region.update(fields)
        province = " ".join(row.text("province", 80, required=True).split())
        start = row.year("year_from", low=YEAR_LOW, high=checks.YEAR_HIGH)
        end = row.year("year_to", low=YEAR_LOW, high=checks.YEAR_HIGH, required=False)
        if start is not None and end is not None and start > end:
            row.err("year_to", "bad_period", start=start, end=end)
        carries = row.text("carries", checks.MAX_NAME)
        basis = files.text(row.cell("basis")) or "stated"
        if basis not in BASES:
            row.err("basis", "region_bad_basis", value=basis[:40], bases=", ".join(BASES))
        source = row.text("source", checks.MAX_SOURCE, required=True)
        note = row.text("note", checks.MAX_NOTE)
        if province and start is not None and (end is None or start <= end):
            stop = end if end is not None else 9999
            for a, b, m in spans.get(province, []):
                if start <= b and a <= stop:
                    row.err("year_from", "region_overlap", province=province, first=m)
                    break
            spans.setdefault(province, []).append((start, stop, n))
            if province not in known:
                row.warn("province", "region_unknown_province", province=province)
        if not row.keep(problems, warnings):
            continue
        rows.append({"row": n, **{k: region.get(k) for k in REGION_FIELDS}, "province": province,
                     "year_from": start, "year_to": end, "carries": carries or None, "basis": basis,
                     "source": source, "note": note or None})
    if rows and not problems and PROVINCE not in {r["province"] for r in rows}:
        warnings.append(Problem(rows[0]["row"], "province", "region_without_own", {"province": PROVINCE},
                                warning=True))
    return rows, problems, warnings


def _clean(v):
    """A stored cell as Python: None for a null (NaN, NA)."""
    return None if v is None or (not isinstance(v, str) and pd.isna(v)) else v


def compare(rows: list[dict]) -> dict:
    """Each member row ``new``, ``changed`` (the row in force of the same province and first year, old → new) or
    ``unchanged``; ``removed``: the region's rows in force the file no longer has (the file is the region's whole
    membership); ``region_status`` ``new`` or ``changed``/``unchanged``."""
    region_id = rows[0]["region_id"]
    cur = db.run("regions")
    cur = cur[cur["region_id"] == region_id]
    current = {(r["province"], int(r["year_from"])): r for r in cur.to_dict("records")}
    out = {"new": [], "changed": [], "unchanged": [], "removed": []}
    keys = set()
    for r in rows:
        key = (r["province"], r["year_from"])
        keys.add(key)
        old = current.get(key)
        if old is None:
            out["new"].append(r)
            continue
        old_v = {c: _clean(old[c]) for c in COMPARED}
        old_v["year_to"] = None if old_v["year_to"] is None else int(old_v["year_to"])
        if all(old_v[c] == r[c] for c in COMPARED) and old["name_vi"] == r["name_vi"]:
            out["unchanged"].append(r)
        else:
            out["changed"].append({**r, **{f"old_{c}": old_v[c] for c in COMPARED}})
    for key, old in current.items():
        if key not in keys:
            out["removed"].append({c: _clean(old[c]) for c in REGION_COLUMNS}
                                  | {"year_to": None if _clean(old["year_to"]) is None else int(old["year_to"])})
    out["region_status"] = "new" if not current else ("changed" if out["new"] or out["changed"] or out["removed"]
                                                       else "unchanged")
    out["can_apply"] = bool(out["new"] or out["changed"] or out["removed"])
    return out


def _summary(p: dict) -> dict:
    rows = p.get("new", []) + p.get("changed", []) + p.get("unchanged", [])
    return {"region_id": rows[0]["region_id"] if rows else None, "region_status": p.get("region_status"),
            "removed": len(p.get("removed", []))}


KIND = kinds.register(kinds.Kind(
    id=store.REGIONS, columns=COLUMNS, required=REQUIRED_COLUMNS,
    signature=frozenset({"region_id", "province", "year_from"}), validate=validate, compare=compare,
    row_keys=COLUMNS, summary=_summary, priority=50))
