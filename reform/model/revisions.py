"""The preview of a data import with the verdicts it would change, and the import as one call.

The data layer (:mod:`reform.data.revisions`) reads, validates, compares and applies; the verdicts are
the model's, so the preview that runs them on the would-be observations lives here. The data-updates
page calls :func:`preview` on an upload, shows it, and on confirmation calls
:func:`reform.data.revisions.apply` with the preview's ``stamp`` as ``expect_stamp``.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from reform.data import db
from reform.data import revisions as rev
from reform.model import verdicts

#: What a verdict is compared on.
_VERDICT_KEYS = ("verdict_2025", "verdict_2025_year", "provisional", "outlook_2030", "latest_year",
                 "latest_value", "latest_out_of")


def would_be_actuals(rows: list[dict]) -> pd.DataFrame:
    """``target_actuals`` as it would be with ``rows`` applied as a new revision (pure over the current one):
    as in the view ``figures``, the new figure supersedes the one in force for its indicator and year (the
    build's or an earlier revision's), so that a year keeps one figure."""
    cur = db.run("target_actuals")
    if not rows:
        return cur
    keys = {(r["indicator_id"], int(r["year"])) for r in rows}
    superseded = pd.Series([(i, int(y)) in keys for i, y in zip(cur["indicator_id"], cur["year"])],
                           index=cur.index, dtype=bool)
    linked = set(db.run("targets")["indicator_id"].dropna())
    add = pd.DataFrame([{
        "indicator_id": r["indicator_id"], "year": int(r["year"]), "value": float(r["value"]),
        "value_text": r.get("value_text"), "appendix": rev.REVISION, "source": r.get("source"),
        "scale_note": None, "out_of": r.get("out_of"), "basis": rev.REVISION_BASIS, "basis_text": None, "quote": None,
        "revision_id": -1, "entered_by": None, "entered_at": None} for r in rows if r["indicator_id"] in linked])
    out = pd.concat([cur[~superseded], add], ignore_index=True) if len(add) else cur[~superseded]
    return out.sort_values(["indicator_id", "year"], kind="stable").reset_index(drop=True)


def _brief(v: dict) -> dict:
    return {k: v.get(k) for k in _VERDICT_KEYS}


def verdict_changes(rows: list[dict]) -> list[dict]:
    """The target parts whose verdict would change with ``rows``: target_id, names, ``before`` and
    ``after`` (verdict_2025, its year, provisional, outlook_2030, the latest result)."""
    targets = db.run("targets")
    before = verdicts.verdicts()
    after = verdicts.judge_all(targets, would_be_actuals(rows))
    out = []
    for b, a in zip(before, after):
        if _brief(b) != _brief(a):
            out.append({"target_id": a["target_id"], "name_vi": a["name_vi"], "name_en": a["name_en"],
                        "before": _brief(b), "after": _brief(a)})
    return out


def preview(parsed: rev.Parsed) -> dict:
    """What applying ``parsed`` would do, applying nothing.

    ``{"file_name", "sha256", "rows": n, "errors": [{row, column, code, message, message_en}],
    "new": [...], "changed": [... old_value, old_out_of, old_source, old_basis ...], "unchanged": [...],
    "verdicts_changed": [{target_id, name_vi, name_en, before, after}], "stamp": int, "can_apply": bool}``.
    With errors, the comparison and verdicts are empty and ``can_apply`` is False.
    """
    out = {"file_name": parsed.file_name, "sha256": parsed.sha256, "rows": len(parsed.rows),
           "errors": parsed.errors(), "new": [], "changed": [], "unchanged": [], "verdicts_changed": [],
           "stamp": rev.stamp(), "can_apply": False}
    if parsed.problems or not parsed.rows:
        return out
    if parsed.kind == "plan":
        return _preview_plan(parsed, out)
    out.update(rev.compare(parsed.rows))
    out["verdicts_changed"] = verdict_changes(parsed.rows)
    out["can_apply"] = bool(out["new"] or out["changed"])
    return out


def _preview_plan(parsed: rev.Parsed, out: dict) -> dict:
    """A plan file's preview: ``plan`` (the plan and its targets), ``plan_status`` (new / changed / unchanged),
    ``old`` (the plan in force under the same id), ``plan_changes`` and ``target_changes`` (old → new), and
    ``plan_verdicts`` (the plan's targets judged on the data in force)."""
    from reform.data import plans

    diff = plans.compare(parsed.rows)
    out.update(kind="plan", plan=diff["plan"], plan_status=diff["status"], old=diff["old"],
               plan_changes=diff.get("plan_changes", {}), target_changes=diff["changes"],
               plan_verdicts=verdicts.judge_plan(diff["plan"]), can_apply=diff["status"] != "unchanged")
    return out


def import_file(path: str | Path, *, by: str, note: str = "", dry_run: bool = False) -> tuple[int, dict]:
    """The ``import`` command: (exit code, JSON summary). 0 when applied or a clean dry run; 1 when any row
    fails (nothing applied) or the import is refused (``refused``: a code and message)."""
    parsed = rev.read_path(path)
    p = preview(parsed)
    summary = {"file": p["file_name"], "sha256": p["sha256"], "dry_run": dry_run, "rows": p["rows"],
               "added": len(p["new"]), "changed": len(p["changed"]), "unchanged": len(p["unchanged"]),
               "errors": p["errors"], "changes": p["changed"],
               "verdicts_changed": p["verdicts_changed"], "revision_id": None, "applied": False}
    if parsed.kind == "plan":  # a plan file: the plan, new / changed / unchanged, its targets' verdicts
        summary.update(kind="plan", plan_id=(p.get("plan") or {}).get("id"), plan_status=p.get("plan_status"),
                       targets=len((p.get("plan") or {}).get("targets", [])),
                       target_changes=p.get("target_changes", []), plan_verdicts=p.get("plan_verdicts", []))
    if p["errors"]:
        return 1, summary
    if dry_run:
        return 0, summary
    try:
        # no expect_stamp: two imports at the same moment are both applied, one after the other
        done = rev.apply(parsed, by=by, note=note)
    except rev.RevisionError as exc:
        summary["refused"] = {"code": exc.code, "message": exc.message("vi"), "message_en": exc.message("en")}
        return 1, summary
    if parsed.kind == "plan":
        summary.update(revision_id=done["id"], applied=True)
        return 0, summary
    summary.update(revision_id=done["id"], applied=True, added=done["added"], changed=done["changed"],
                   unchanged=done["unchanged"])
    return 0, summary
