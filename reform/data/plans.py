"""Later plans in force (issue 9 item 6): a plan of the province (a resolution or decision for a period, e.g.
2026-2030) and its targets, entered by an editor as a file of kind ``plan`` (:mod:`reform.imports.plans`
validates it) and kept as a data revision of kind ``plan``.

The one built-in plan is Decision 688 (:data:`BUILTIN`, its 14 target parts in ``targets.parquet``); no
other plan's figures are in the repository (their index targets are not published in our sources: staff
enter them as they are published). A plan imported again under the same id replaces the earlier one while its
revision is in force; rolling a plan's revision back removes it (or brings back the earlier version).
"""
from __future__ import annotations

from reform.data import catalog, db
from reform.store import revisions as store
from reform.store.base import StoreError

BUILTIN = "688"


def plan_from_rows(rows: list[dict], **meta) -> dict:
    """A plan (its fields and targets, each with its horizons in year order) from a plan file's rows;
    ``meta`` (revision_id, entered_by, entered_at) is kept on the plan."""
    first = rows[0]
    ind = {r["indicator_id"]: r for r in catalog.allowed_indicators().to_dict("records")}
    targets: dict[str, dict] = {}
    for r in rows:
        t = targets.setdefault(r["target_id"], {
            "target_id": r["target_id"], "name_vi": r.get("name_vi"), "name_en": r.get("name_en") or None,
            "indicator_id": r["indicator_id"], "kind": r["kind"], "baseline_year": int(r["baseline_year"]),
            "baseline_value": float(r["baseline_value"]), "baseline_out_of": r.get("baseline_out_of"),
            "unit": (ind.get(r["indicator_id"]) or {}).get("unit"),
            "horizons": []})
        t["horizons"].append({"year": int(r["year"]), "value": r.get("value"), "best": r.get("best"),
                              "worst": r.get("worst"), "out_of": r.get("out_of")})
    for t in targets.values():
        t["horizons"].sort(key=lambda h: h["year"])
    return {"id": first["plan_id"], "name": first["plan_name"], "date": first["plan_date"],
            "period_from": int(first["period_from"]), "period_to": int(first["period_to"]),
            "source": first["plan_source"], **meta, "targets": list(targets.values())}


@db.memo
def _in_force() -> tuple:
    try:
        _, revisions = store.in_force()
    except StoreError:
        return ()
    found: dict[str, dict] = {}
    for r in revisions:  # oldest first: a later import of the same plan replaces it
        if r.kind == store.PLAN and r.rows:
            p = plan_from_rows(r.rows, revision_id=r.id, entered_by=r.entered_by,
                               entered_at=r.entered_at.isoformat())
            found[p["id"]] = p
    return tuple(found.values())


def in_force() -> dict[str, dict]:
    """The plans entered by editors and in force, by id (not Decision 688, which is the build's)."""
    import copy

    return {p["id"]: copy.deepcopy(p) for p in _in_force()}
