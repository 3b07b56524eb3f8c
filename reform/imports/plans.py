"""File kind ``plan`` (issue 9 item 6): a plan of the province (a resolution or decision for a period, e.g. 2026-2030)
and its targets, entered by an editor through the import path and kept as a data revision of kind ``plan``.

The one built-in plan is Decision 688 (:data:`BUILTIN`, its 14 target parts in ``targets.parquet``); no
other plan's figures are in the repository (their index targets are not published in our sources: staff
enter them as they are published).

A plan file is an import file (CSV or XLSX, read by :func:`reform.imports.engine.read_file`) whose header
has ``plan_id``; one row per target and horizon year, columns :data:`COLUMNS`:

* the plan: ``plan_id`` (letters, digits, ``.`` ``_`` ``-``; not ``688``), ``plan_name`` (the decision, e.g.
  "Quyết định 3068/QĐ-UBND"), ``plan_date`` (dd/mm/yyyy or yyyy-mm-dd), ``period_from``, ``period_to``,
  ``plan_source``: required on the first row, blank or the same on the others; one plan per file;
* the target: ``target_id``, ``name_vi`` (``name_en`` optional), ``indicator_id`` (one of the indicators a
  figure may be entered for, so its results feed the target), ``kind`` (:data:`KINDS`), ``baseline_year``,
  ``baseline_value`` (and ``baseline_out_of`` for a rank: a rank always says out of how many): the same on
  every row of a target (names may be left blank after its first row);
* the horizon: ``year`` (after the baseline, within the plan's period) and ``value`` (``at_least``,
  ``at_most``, ``maintain``), or ``best``, ``worst``, ``out_of`` for a ``rank_band`` (best <= worst <=
  out_of; the indicator must be a rank, and a rank's target must be a band).

Every problem is a :class:`reform.data.revisions.Problem` with its row and column; a file with any problem is
never applied. A plan imported again under the same id replaces the earlier one while its revision is in
force; rolling a plan's revision back removes it (or brings back the earlier version).
"""
from __future__ import annotations

import re

from reform.data import catalog
from reform.data import plans as plan_data
from reform.imports import checks, files, kinds
from reform.imports.files import Problem
from reform.store import revisions as store

BUILTIN = plan_data.BUILTIN
KINDS = ("at_least", "at_most", "maintain", "rank_band")
PLAN_COLUMNS = ("plan_id", "plan_name", "plan_date", "period_from", "period_to", "plan_source")
TARGET_COLUMNS = ("target_id", "name_vi", "name_en", "indicator_id", "kind", "baseline_year", "baseline_value",
                  "baseline_out_of")
HORIZON_COLUMNS = ("year", "value", "best", "worst", "out_of")
#: The last column: where a rank band's (or a baseline rank's) "out of how many" is not the number of provinces
#: ranked in its year, the documented reason (else it is refused).
NOTE_COLUMNS = ("out_of_note",)
COLUMNS = PLAN_COLUMNS + TARGET_COLUMNS + HORIZON_COLUMNS + NOTE_COLUMNS
REQUIRED_COLUMNS = ("plan_id", "target_id", "indicator_id", "kind", "baseline_year", "baseline_value", "year")
#: What a plan revision's stored rows keep.
ROW_KEYS = COLUMNS
MAX_NAME = 200
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")


def validate(records: list[tuple[int, dict]]) -> tuple[list[dict], list[Problem], list[Problem]]:
    """Validate a plan file's rows (row number, {column: cell}): the clean rows, every problem and every
    warning found."""
    cat = {r["indicator_id"]: r for r in catalog.allowed_indicators().to_dict("records")}
    rows: list[dict] = []
    problems: list[Problem] = []
    warnings: list[Problem] = []
    plan: dict | None = None  # the plan's fields, from the first row
    plan_row = 0
    targets: dict[str, tuple[int, dict]] = {}  # target_id -> (first row, its fields)
    seen: dict[tuple[str, int], int] = {}
    for n, rec in records:
        row = checks.Row(n, rec)
        bad = row.problems
        err = row.err

        def field_size(col: str, year: int | None) -> int | None:
            """A rank band's "out of how many" in ``col``: required, a whole number 1..the largest field, and
            the number of provinces ranked in ``year`` unless ``out_of_note`` documents the exception."""
            if row.blank(col):
                err(col, "band_out_of_required")
                return None
            return row.out_of(col, year)

        # --- the plan: on the first row; blank or the same on the others
        fields: dict = {}
        for col in PLAN_COLUMNS:
            cell = rec.get(col)
            if files.blank(cell):
                if plan is None:
                    err(col, "required")
                continue
            if col == "plan_id":
                v = files.text(cell)
                if not _ID.fullmatch(v):
                    err(col, "bad_id", value=v[:60])
                    continue
                if v == BUILTIN:
                    err(col, "plan_builtin", value=v)
                    continue
            elif col in ("plan_name", "plan_source"):
                v = files.text(cell)
                limit = MAX_NAME if col == "plan_name" else checks.MAX_SOURCE
                if len(v) > limit:
                    err(col, "too_long", length=len(v), limit=limit)
                    continue
                if v[:1] in ("=", "@"):
                    err(col, "formula_text", char=v[0])
                    continue
            elif col == "plan_date":
                v = files.iso_date(cell)
                if v is None:
                    err(col, "bad_date", value=files.text(cell)[:30])
                    continue
            else:
                v = files.whole(cell)
                if v is None or not checks.YEAR_LOW <= v <= checks.YEAR_HIGH:
                    err(col, "bad_year", value=files.text(cell)[:20], low=checks.YEAR_LOW, high=checks.YEAR_HIGH)
                    continue
            if plan is not None and plan.get(col) is not None and plan[col] != v:
                err(col, "plan_differs", first=plan_row)
                continue
            fields[col] = v
        if plan is None:
            plan, plan_row = dict.fromkeys(PLAN_COLUMNS), n
            plan.update(fields)
            if plan["period_from"] is not None and plan["period_to"] is not None \
                    and plan["period_from"] > plan["period_to"]:
                err("period_to", "bad_period", start=plan["period_from"], end=plan["period_to"])

        # --- the target
        tid = files.text(rec.get("target_id"))
        if not tid:
            err("target_id", "required")
        elif not _ID.fullmatch(tid):
            err("target_id", "bad_id", value=tid[:60])
            tid = ""
        first = targets.get(tid) if tid else None
        t: dict = {}
        name_vi, name_en = files.text(rec.get("name_vi")), files.text(rec.get("name_en"))
        for col, v in (("name_vi", name_vi), ("name_en", name_en)):
            if len(v) > MAX_NAME:
                err(col, "too_long", length=len(v), limit=MAX_NAME)
            elif v[:1] in ("=", "@"):
                err(col, "formula_text", char=v[0])
        if name_vi:
            t["name_vi"] = name_vi
        elif first is None:
            err("name_vi", "required")
        if name_en:
            t["name_en"] = name_en
        iid = files.text(rec.get("indicator_id"))
        ind = cat.get(iid)
        if not iid:
            err("indicator_id", "required")
        elif ind is None:
            err("indicator_id", "unknown_indicator", value=iid[:60])
        else:
            t["indicator_id"] = iid
        kind = files.text(rec.get("kind")).lower()
        if not kind:
            err("kind", "required")
        elif kind not in KINDS:
            err("kind", "bad_kind", value=kind[:30], kinds=", ".join(KINDS))
            kind = ""
        else:
            t["kind"] = kind
            if ind is not None and bool(ind["is_rank"]) != (kind == "rank_band"):
                err("kind", "band_not_rank" if kind == "rank_band" else "rank_needs_band", indicator=iid)
        base_year = None
        if files.blank(rec.get("baseline_year")):
            err("baseline_year", "required")
        else:
            base_year = files.whole(rec["baseline_year"])
            if base_year is None or not checks.YEAR_LOW <= base_year <= checks.YEAR_HIGH:
                err("baseline_year", "bad_year", value=files.text(rec["baseline_year"])[:20], low=checks.YEAR_LOW,
                    high=checks.YEAR_HIGH)
                base_year = None
            else:
                t["baseline_year"] = base_year
        base_value = None
        if files.blank(rec.get("baseline_value")):
            err("baseline_value", "required")
        else:
            base_value = files.number(rec["baseline_value"])
            if base_value is None:
                err("baseline_value", "bad_number", value=files.text(rec["baseline_value"])[:40])
            elif ind is None or kind == "rank_band" or row.in_range("baseline_value", base_value, ind):
                t["baseline_value"] = base_value
            else:
                base_value = None
        if kind == "rank_band":  # a rank says out of how many: the baseline's own field
            n_base = field_size("baseline_out_of", base_year)
            if n_base is not None:
                if base_value is not None and not (float(base_value).is_integer() and 1 <= base_value <= n_base):
                    err("baseline_value", "rank_above_out_of", value=files.fmt(base_value), out_of=n_base)
                else:
                    t["baseline_out_of"] = n_base
        elif kind and not files.blank(rec.get("baseline_out_of")):
            err("baseline_out_of", "band_only")
        if first is not None:  # a target's fields agree on all its rows
            for col, v in t.items():
                if first[1].get(col) is not None and first[1][col] != v:
                    err(col, "target_differs", target=tid, first=first[0])
            t = {**first[1], **{k: v for k, v in t.items() if first[1].get(k) is None}}

        # --- the horizon
        year = None
        if files.blank(rec.get("year")):
            err("year", "required")
        else:
            year = files.whole(rec["year"])
            if year is None or not checks.YEAR_LOW <= year <= checks.YEAR_HIGH:
                err("year", "bad_year", value=files.text(rec["year"])[:20], low=checks.YEAR_LOW, high=checks.YEAR_HIGH)
                year = None
            elif t.get("baseline_year") is not None and year <= t["baseline_year"]:
                err("year", "horizon_before_baseline", year=year, baseline=t["baseline_year"])
            elif (plan.get("period_from") is not None and plan.get("period_to") is not None
                  and not plan["period_from"] <= year <= plan["period_to"]):
                err("year", "horizon_outside_period", year=year, start=plan["period_from"], end=plan["period_to"])
        value = best = worst = out_of = None
        if kind == "rank_band":
            out_of = field_size("out_of", year)
            for col in ("best", "worst"):
                cell = rec.get(col)
                if files.blank(cell):
                    err(col, "required")
                    continue
                r = files.whole(cell)
                if r is None or r < 1:
                    err(col, "bad_rank", value=files.text(cell)[:20])
                elif out_of is not None and r > out_of:
                    err(col, "rank_above_out_of", value=r, out_of=out_of)
                elif col == "best":
                    best = r
                else:
                    worst = r
            if best is not None and worst is not None and best > worst:
                err("best", "best_after_worst", best=best, worst=worst)
        elif kind:
            if files.blank(rec.get("value")):
                err("value", "required")
            else:
                value = files.number(rec["value"])
                if value is None:
                    err("value", "bad_number", value=files.text(rec["value"])[:40])
                elif ind is not None:
                    row.in_range("value", value, ind)
            for col in ("best", "worst", "out_of"):
                if not files.blank(rec.get(col)):
                    err(col, "band_only")

        if tid and year is not None:
            dup = seen.setdefault((tid, year), n)
            if dup != n:
                err("target_id", "duplicate_target", target=tid, year=year, first=dup)
        if tid and first is None and not bad:
            targets[tid] = (n, t)
        elif tid and first is None:
            targets.setdefault(tid, (n, t))
        warnings.extend(row.warnings)
        if bad:
            problems.extend(bad)
            continue
        rows.append({"row": n, **{k: plan.get(k) for k in PLAN_COLUMNS}, "target_id": tid,
                     "name_vi": t.get("name_vi"), "name_en": t.get("name_en"), "indicator_id": t["indicator_id"],
                     "kind": t["kind"], "baseline_year": t["baseline_year"], "baseline_value": t["baseline_value"],
                     "baseline_out_of": t.get("baseline_out_of"), "year": year, "value": value, "best": best, "worst": worst, "out_of": out_of,
                     "out_of_note": files.text(rec.get("out_of_note")) or None})
    return rows, problems, warnings


def compare(rows: list[dict]) -> dict:
    """What importing a plan's rows would do: ``new`` (no plan of that id) or ``changed`` with the plan in
    force (``old``) and, per target and horizon, ``changes``: rows whose fields differ (old → new), added
    (old None) and removed (new None)."""
    new = plan_data.plan_from_rows(rows)
    old = plan_data.in_force().get(new["id"])
    out = {"plan": new, "old": old, "status": "new" if old is None else "changed", "changes": []}
    if old is None:
        return out

    def flat(p: dict) -> dict:
        return {(t["target_id"], h["year"]): {**{k: v for k, v in t.items() if k != "horizons"}, **h}
                for t in p["targets"] for h in t["horizons"]}

    a, b = flat(old), flat(new)
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            out["changes"].append({"target_id": key[0], "year": key[1], "old": a.get(key), "new": b.get(key)})
    fields = ("name", "date", "period_from", "period_to", "source")
    out["plan_changes"] = {k: (old[k], new[k]) for k in fields if old[k] != new[k]}
    if not out["changes"] and not out["plan_changes"]:
        out["status"] = "unchanged"
    return out


def preview(rows: list[dict], diff: dict) -> dict:
    """The plan's targets judged on the data in force (:func:`reform.model.verdicts.judge_plan`)."""
    from reform.model import verdicts

    return {"plan": diff["plan"], "plan_status": diff["status"], "old": diff["old"],
            "plan_changes": diff.get("plan_changes", {}), "target_changes": diff["changes"],
            "plan_verdicts": verdicts.judge_plan(diff["plan"])}


def _compare(rows: list[dict]) -> dict:
    diff = compare(rows)
    return {**diff, "can_apply": diff["status"] != "unchanged"}


def _summary(p: dict) -> dict:
    return {"plan_id": (p.get("plan") or {}).get("id"), "plan_status": p.get("plan_status"),
            "targets": len((p.get("plan") or {}).get("targets", [])),
            "target_changes": p.get("target_changes", []), "plan_verdicts": p.get("plan_verdicts", [])}


KIND = kinds.register(kinds.Kind(
    id=store.PLAN, columns=COLUMNS, required=REQUIRED_COLUMNS, signature=frozenset({"plan_id"}),
    validate=validate, compare=_compare, row_keys=ROW_KEYS, preview=preview, summary=_summary, priority=50))
