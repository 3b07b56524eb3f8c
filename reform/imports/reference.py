"""File kind ``reference``: national reference points (issue 15 item 3), other provinces' published composite
and rank of a year, used by the rank estimate (:func:`reform.model.scenario.pci_rank_estimate`).

Columns ``year, province, composite, rank, out_of, method_id, source`` (``out_of_note`` optional): a year up to
the current one, a province other than Lai Châu (its own result is a figure: ``pci_score``, ``pci_rank``), the
method that applies to that year (a year's points are of one method: never mixed), a composite within the
method's scale, a rank whole within 1..``out_of``, ``out_of`` the number of provinces ranked that year (34 from
2025) unless ``out_of_note`` documents the exception, a source; no province twice in a year. A point replaces the
build's point of the same index, year and province while its revision is in force.
"""
from __future__ import annotations

from reform.data import db
from reform.data.build import PROVINCE
from reform.imports import checks, files, kinds
from reform.imports.files import Problem
from reform.store import revisions as store

COLUMNS = ("year", "province", "composite", "rank", "out_of", "method_id", "source")
OPTIONAL = ("out_of_note",)
REQUIRED_COLUMNS = COLUMNS
ROW_KEYS = COLUMNS + OPTIONAL + ("index_id",)


def validate(records: list[tuple[int, dict]]) -> tuple[list[dict], list[Problem], list[Problem]]:
    rows, problems, warnings = [], [], []
    seen: dict[tuple, int] = {}
    for n, rec in records:
        row = checks.Row(n, rec)
        year = row.year("year", low=2000, result=True)
        province = row.text("province", 80, required=True)
        if province and " ".join(province.split()).casefold() == PROVINCE.casefold():
            row.err("province", "own_province", province=PROVINCE)
        m = row.method("method_id", year, "method_id")
        out_of = row.out_of("out_of", year)
        rank = None
        if row.blank("rank"):
            row.err("rank", "required")
        else:
            rank = files.whole(row.cell("rank"))
            if rank is None or rank < 1:
                row.err("rank", "bad_rank", value=files.text(row.cell("rank"))[:20])
            elif out_of is not None and rank > out_of:
                row.err("rank", "rank_above_out_of", value=rank, out_of=out_of)
                rank = None
        composite = None
        if row.blank("composite"):
            row.err("composite", "required")
        else:
            composite = files.number(row.cell("composite"))
            top = m.composite_max if m is not None and m.composite_max is not None else None
            if composite is None:
                row.err("composite", "bad_number", value=files.text(row.cell("composite"))[:40])
            elif composite < 0 or (top is not None and composite > top):
                row.err("composite", "out_of_range", value=files.fmt(composite), low=0,
                        high=files.fmt(top) if top is not None else "∞", scale=m.name_vi if m else "")
        source = row.text("source", checks.MAX_SOURCE, required=True)
        if year is not None and province:
            first = seen.setdefault((year, province), n)
            if first != n:
                row.err("province", "duplicate", first=first)
        if not row.keep(problems, warnings):
            continue
        rows.append({"row": n, "year": year, "province": province, "composite": composite, "rank": rank,
                     "out_of": out_of, "method_id": m.id, "index_id": m.index_id, "source": source,
                     "out_of_note": files.text(row.cell("out_of_note")) or None})
    return rows, problems, warnings


def compare(rows: list[dict]) -> dict:
    """Each point ``new``, ``changed`` (the point in force old → new) or ``unchanged``."""
    cur = db.run("pci_reference_all")
    current = {(int(r["year"]), r["province"]): r for r in cur.to_dict("records")}
    out = {"new": [], "changed": [], "unchanged": []}
    for r in rows:
        old = current.get((r["year"], r["province"]))
        if old is None:
            out["new"].append(r)
        elif abs(float(old["score"]) - r["composite"]) < 1e-9 and int(old["rank"]) == r["rank"] \
                and int(old["out_of"]) == r["out_of"]:
            out["unchanged"].append(r)
        else:
            out["changed"].append({**r, "old_composite": float(old["score"]), "old_rank": int(old["rank"]),
                                   "old_out_of": int(old["out_of"]), "old_source": old["source"]})
    out["can_apply"] = bool(out["new"] or out["changed"])
    return out


KIND = kinds.register(kinds.Kind(
    id=store.REFERENCE, columns=COLUMNS, required=REQUIRED_COLUMNS, signature=frozenset({"province", "composite"}),
    validate=validate, compare=compare, row_keys=ROW_KEYS, priority=20))
