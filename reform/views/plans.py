"""A later plan on the data-updates page (pages/data_updates.py): its targets in a preview, what a changed
plan changes (old → new), and a stored plan revision's rows. No Streamlit; every cell is text in the page's
language. The plan's verdicts are :func:`reform.views.verdicts.plan_table`."""
from __future__ import annotations

import pandas as pd

from reform.data import plans as plan_data
from reform.i18n import data_updates as text
from reform.i18n import pick, tr
from reform.views import verdicts as words


def T(key: str, lang: str, **kw) -> str:
    return tr(text.TEXT, key, lang, **kw)


def _goal(h: dict | None, lang: str) -> str:
    if not h:
        return "—"
    return words.plan_goal_text(h, h["kind"], h.get("unit"), lang)


def _baseline(t: dict, lang: str) -> str:
    n = t.get("baseline_out_of") if t["kind"] == "rank_band" else None
    return f"{words.value_text(t['baseline_value'], t.get('unit'), lang, n)} ({t['baseline_year']})"


def summary_line(p: dict, lang: str) -> str:
    """"Kế hoạch “…” (mã …), ngày …, giai đoạn …–…; nguồn: …"."""
    return T("plan_summary", lang, name=p["name"], id=p["id"], date=p["date"], start=p["period_from"],
             end=p["period_to"], source=p["source"], n=len(p["targets"]))


def targets_table(p: dict, lang: str) -> pd.DataFrame:
    """One row per target and horizon year of a plan: target, indicator, kind, baseline, year, target value."""
    cols = ["c_target", "c_indicator", "c_kind", "c_baseline", "c_horizon", "c_goal"]
    rows = []
    for t in p["targets"]:
        for h in t["horizons"]:
            rows.append({
                T("c_target", lang): f"{t['target_id']}: {pick(lang, t['name_vi'], t.get('name_en') or t['name_vi'])}",
                T("c_indicator", lang): t["indicator_id"], T("c_kind", lang): T(f"kind_{t['kind']}", lang),
                T("c_baseline", lang): _baseline(t, lang), T("c_horizon", lang): str(h["year"]),
                T("c_goal", lang): _goal({**h, "kind": t["kind"], "unit": t.get("unit")}, lang)})
    return pd.DataFrame(rows, columns=[T(k, lang) for k in cols])


def changes_table(changes: list[dict], lang: str) -> pd.DataFrame:
    """A changed plan: per target and horizon year, the plan in force → the new one (a removed target's new
    side and an added one's old side read "—")."""
    cols = ["c_target", "c_horizon", "c_old_new"]

    def side(x: dict | None) -> str:
        if not x:
            return "—"
        return f"{_goal(x, lang)} · {T('c_baseline', lang).lower()} {_baseline(x, lang)}"

    return pd.DataFrame([{
        T("c_target", lang): c["target_id"], T("c_horizon", lang): str(c["year"]),
        T("c_old_new", lang): f"{side(c['old'])} → {side(c['new'])}"} for c in changes],
        columns=[T(k, lang) for k in cols])


def stored_table(rows: list[dict], lang: str) -> pd.DataFrame:
    """A plan revision's stored rows, as its targets."""
    return targets_table(plan_data.plan_from_rows(rows), lang)
