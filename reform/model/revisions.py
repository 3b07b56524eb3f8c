"""The verdicts a file of figures would change: Decision 688's verdicts judged on the observations as they would
be with the file's rows applied (pure over the data in force; nothing is applied).

The import engine (:mod:`reform.imports`, above the model) reads, validates, compares and applies a file; its
preview of a file of figures calls :func:`verdict_changes`.
"""
from __future__ import annotations

import pandas as pd

from reform.data import db
from reform.data import entered as rev
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
