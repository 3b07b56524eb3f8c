"""File kind ``scores``: a year's component scores of an index (issue 15 item 2), one row per province and
component, keyed by (method, year, province, component): Lai Châu's own and any other province's fit (the
build ships Lai Châu's PCI sub-indices 2016-2020 and every province's 2013-2016).

Columns ``method_id, year, province, component_id, score, rank, out_of, source`` (``rank``, ``out_of`` and
``out_of_note`` optional): a method in force that applies to the year (a year's scores are of its method, never
another's), a year up to the current one, a component of that method, a score within the component's scale
(where the method states it), a rank whole within 1..``out_of`` with ``out_of`` the number of provinces ranked that
year (or a documented exception), a source, no key twice.
"""
from __future__ import annotations

from reform.data import db
from reform.imports import checks, files, kinds
from reform.imports.files import Problem
from reform.store import revisions as store

COLUMNS = ("method_id", "year", "province", "component_id", "score", "rank", "out_of", "source")
OPTIONAL = ("out_of_note",)
REQUIRED_COLUMNS = ("method_id", "year", "province", "component_id", "score", "source")
ROW_KEYS = COLUMNS + OPTIONAL + ("index_id",)
MAX_PROVINCE = 80


def validate(records: list[tuple[int, dict]]) -> tuple[list[dict], list[Problem], list[Problem]]:
    rows, problems, warnings = [], [], []
    seen: dict[tuple, int] = {}
    for n, rec in records:
        row = checks.Row(n, rec)
        year = row.year("year", low=2000, result=True)
        m = row.method("method_id", year, "year")
        province = row.text("province", MAX_PROVINCE, required=True)
        cid = files.text(row.cell("component_id"))
        comp = next((c for c in m.components if c.id == cid), None) if m else None
        if not cid:
            row.err("component_id", "required")
        elif m is not None and comp is None:
            row.err("component_id", "unknown_component", value=cid[:60], method=m.id,
                    known=", ".join(c.id for c in m.components))
        score = None
        if row.blank("score"):
            row.err("score", "required")
        else:
            score = files.number(row.cell("score"))
            if score is None:
                row.err("score", "bad_number", value=files.text(row.cell("score"))[:40])
            elif comp is not None and comp.scale_max is not None and not comp.scale_min <= score <= comp.scale_max:
                row.err("score", "out_of_range", value=files.fmt(score), low=files.fmt(comp.scale_min),
                        high=files.fmt(comp.scale_max), scale=comp.name_vi)
        rank = out_of = None
        if not row.blank("rank"):
            out_of = row.out_of("out_of", year)
            rank = files.whole(row.cell("rank"))
            if rank is None or rank < 1:
                row.err("rank", "bad_rank", value=files.text(row.cell("rank"))[:20])
            elif out_of is not None and rank > out_of:
                row.err("rank", "rank_above_out_of", value=rank, out_of=out_of)
        elif not row.blank("out_of"):
            row.err("out_of", "out_of_without_rank")
        source = row.text("source", checks.MAX_SOURCE, required=True)
        if m is not None and year is not None and province and cid:
            first = seen.setdefault((m.id, year, province, cid), n)
            if first != n:
                row.err("component_id", "duplicate", first=first)
        if not row.keep(problems, warnings):
            continue
        rows.append({"row": n, "method_id": m.id, "index_id": m.index_id, "year": year, "province": province,
                     "component_id": cid, "score": score, "rank": rank, "out_of": out_of, "source": source,
                     "out_of_note": files.text(row.cell("out_of_note")) or None})
    return rows, problems, warnings


def compare(rows: list[dict]) -> dict:
    """Each score ``new``, ``changed`` (old → new, with the old source) or ``unchanged`` against the scores in
    force."""
    cur = db.run("component_scores_all")
    current = {(r["method_id"], int(r["year"]), r["province"], r["component_id"]): r for r in cur.to_dict("records")}
    out = {"new": [], "changed": [], "unchanged": []}
    for r in rows:
        old = current.get((r["method_id"], r["year"], r["province"], r["component_id"]))
        if old is None:
            out["new"].append(r)
        elif abs(float(old["score"]) - r["score"]) < 1e-9:
            out["unchanged"].append(r)
        else:
            out["changed"].append({**r, "old_score": float(old["score"]), "old_source": old["source"]})
    out["can_apply"] = bool(out["new"] or out["changed"])
    return out


KIND = kinds.register(kinds.Kind(
    id=store.SCORES, columns=COLUMNS, required=REQUIRED_COLUMNS,
    signature=frozenset({"method_id", "province", "component_id", "score"}), validate=validate, compare=compare,
    row_keys=ROW_KEYS, priority=30))
