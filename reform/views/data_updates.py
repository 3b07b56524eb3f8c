"""The data-updates page's tables (pages/data_updates.py): a file's errors, the preview of an import (new,
changed, unchanged rows and the verdicts that would change) and the revision history. No Streamlit; every
cell is text in the page's language (numbers through :mod:`reform.i18n.fmt`)."""
from __future__ import annotations

from datetime import datetime

import pandas as pd

from reform.data import catalog
from reform.i18n import data_updates as text
from reform.i18n import pick, tr
from reform.i18n.fmt import fmt_number
from reform.views import verdicts as words


def T(key: str, lang: str, **kw) -> str:
    return tr(text.TEXT, key, lang, **kw)


def _names(lang: str) -> dict[str, str]:
    ind = catalog.allowed_indicators()
    return {r.indicator_id: pick(lang, r.name_vi, r.name_en) for r in ind.itertuples()}


def _units() -> dict[str, str]:
    ind = catalog.allowed_indicators()
    return dict(zip(ind["indicator_id"], ind["unit"]))


def _value(value, out_of, unit: str | None, lang: str) -> str:
    if unit == "rank":
        return words.value_text(value, unit, lang, out_of)
    if value is None or value != value:
        return words.value_text(value, unit, lang)
    return fmt_number(value, lang, 2 if float(value) != int(value) else 0) + ("%" if unit == "%" else "")


def when(stamp: str | datetime | None, lang: str) -> str:
    """"16:05 27/11/2026" (vi) or "2026-11-27 16:05" (en) in Vietnam time (stored in UTC; the column's header
    says the zone); "" for none."""
    return words.vietnam_time(stamp, lang, zone_label=False)


def errors_table(errors: list[dict], lang: str) -> pd.DataFrame:
    """One row per error: row in the file, column, message (Vietnamese, or English in English)."""
    return pd.DataFrame([{
        T("c_row", lang): str(e["row"]) if e["row"] else "",
        T("c_column", lang): e["column"] or T("whole_file", lang),
        T("c_message", lang): e["message"] if lang == "vi" else e["message_en"],
    } for e in errors], columns=[T(k, lang) for k in ("c_row", "c_column", "c_message")])


def rows_table(rows: list[dict], lang: str, *, old: bool = False) -> pd.DataFrame:
    """New or unchanged rows (indicator, year, value, source), or with ``old`` the changed rows with the
    figure in force and its source beside the new one."""
    names, units = _names(lang), _units()
    cols = ["c_row", "c_indicator", "c_year"] + (["c_old_new", "c_old_source", "c_new_source"] if old
                                                  else ["c_value", "c_source"])
    if rows and "row" not in rows[0]:
        cols.remove("c_row")  # a stored revision's rows: no row numbers of the file
    out = []
    for r in rows:
        unit = units.get(r["indicator_id"])
        d = {"c_row": str(r.get("row", "")), "c_indicator": f"{r['indicator_id']}: {names.get(r['indicator_id'], '')}",
             "c_year": str(r["year"]), "c_value": _value(r["value"], r.get("out_of"), unit, lang),
             "c_source": r.get("source") or ""}
        if old:
            d["c_old_new"] = f"{_value(r['old_value'], r.get('old_out_of'), unit, lang)} → {d['c_value']}"
            d["c_old_source"] = r.get("old_source") or ""
            d["c_new_source"] = d["c_source"]
        out.append({T(k, lang): d[k] for k in cols})
    return pd.DataFrame(out, columns=[T(k, lang) for k in cols])


def _verdict(b: dict, lang: str) -> str:
    word = words.verdict_word(b["verdict_2025"], lang)
    if b.get("verdict_2025_year") and b["verdict_2025"] != "no_data":
        word += f" ({b['verdict_2025_year']})"
    return f"{word} · {words.outlook_word(b['outlook_2030'], lang)}"


def verdicts_table(changes: list[dict], lang: str) -> pd.DataFrame:
    """The target parts whose verdict would change: 2025 verdict and 2030 outlook, before → after."""
    cols = ["c_target", "c_before", "c_after"]
    return pd.DataFrame([{
        T("c_target", lang): f"{c['target_id']}: {pick(lang, c['name_vi'], c['name_en'])}",
        T("c_before", lang): _verdict(c["before"], lang),
        T("c_after", lang): _verdict(c["after"], lang),
    } for c in changes], columns=[T(k, lang) for k in cols])


def history_table(history: list[dict], lang: str) -> pd.DataFrame:
    """The revisions, newest first: id, who, when, file, rows, note, status, rolled back by and when."""
    cols = ["c_id", "c_by", "c_at", "c_file", "c_rows", "c_note", "c_status", "c_rb_by", "c_rb_at"]
    return pd.DataFrame([{
        T("c_id", lang): str(h["id"]), T("c_by", lang): h["entered_by"], T("c_at", lang): when(h["entered_at"], lang),
        T("c_file", lang): h.get("file_name") or "", T("c_rows", lang): str(h["row_count"]),
        T("c_note", lang): h.get("note") or "", T("c_status", lang): T(f"s_{h['status']}", lang),
        T("c_rb_by", lang): h.get("rolled_back_by") or "", T("c_rb_at", lang): when(h.get("rolled_back_at"), lang),
    } for h in history], columns=[T(k, lang) for k in cols])
