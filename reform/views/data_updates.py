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


# --- the other file kinds (indicators, an index method, component scores, reference points, regions) -----

#: What a preview shows of each kind's rows: its columns, in the file's order (headers ``kc_<column>``).
KIND_COLUMNS = {
    "indicators": ("indicator_id", "name_vi", "name_en", "unit", "higher_is_better", "scale_min", "scale_max",
                   "is_rank", "group", "source"),
    "scores": ("method_id", "year", "province", "component_id", "score", "rank", "out_of", "source"),
    "reference": ("year", "province", "composite", "rank", "out_of", "method_id", "source"),
    "regions": ("region_id", "name_vi", "province", "year_from", "year_to", "carries", "basis", "source", "note"),
}
#: A changed row: (its value now, the value in force) shown "old → new".
_OLD = {"scores": ("score", "old_score"), "reference": ("composite", "old_composite"),
        "regions": ("year_to", "old_year_to")}


def _cell(v, lang: str) -> str:
    if v is None or (isinstance(v, float) and v != v):
        return ""
    if isinstance(v, float):
        if v.is_integer():
            return fmt_number(v, lang, 0)
        return fmt_number(v, lang, 4).rstrip("0")  # up to 4 decimals, as entered (0,1; 6,95; 0,7056)
    return str(v)


def kind_rows_table(kind: str, rows: list[dict], lang: str, *, old: bool = False) -> pd.DataFrame:
    """The rows of a file of indicators, component scores or reference points, one column per field of the
    file (headers in the page's language); with ``old`` (changed rows) the figure in force → the new one."""
    cols = list(KIND_COLUMNS[kind])
    out = []
    for r in rows:
        d = {c: _cell(r.get(c), lang) for c in cols}
        if old and kind in _OLD:
            new_key, old_key = _OLD[kind]
            d[new_key] = f"{_cell(r.get(old_key), lang)} → {d[new_key]}"
        elif old and kind == "indicators":
            d["name_vi"] = f"{r['old'].get('name_vi') or ''} → {d['name_vi']}"
        out.append({T(f"kc_{c}", lang): d[c] for c in cols})
    return pd.DataFrame(out, columns=[T(f"kc_{c}", lang) for c in cols])


def method_table(preview: dict, lang: str) -> pd.DataFrame:
    """A method's components: id, names, scale, weight ("—" where unpublished), and the method in force's
    weight beside it where the file replaces a method."""
    old = {c["id"]: c for c in (preview.get("old") or {}).get("components", [])}
    cols = ["kc_component_id", "kc_component_name_vi", "kc_component_name_en", "kc_scale", "kc_weight",
            "kc_old_weight"]
    rows = []
    for c in preview["method"]["components"]:
        scale = "—" if c["scale_max"] is None else f"{_cell(c['scale_min'], lang)}–{_cell(c['scale_max'], lang)}"
        prev = old.get(c["id"])
        rows.append({"kc_component_id": c["id"], "kc_component_name_vi": c["name_vi"],
                     "kc_component_name_en": c.get("name_en") or "", "kc_scale": scale,
                     "kc_weight": "—" if c["weight"] is None else _cell(c["weight"], lang),
                     "kc_old_weight": "" if prev is None else ("—" if prev["weight"] is None
                                                               else _cell(prev["weight"], lang))})
    return pd.DataFrame([{T(k, lang): r[k] for k in cols} for r in rows], columns=[T(k, lang) for k in cols])


def warning_lines(warnings: list[dict], lang: str) -> list[str]:
    """The preview's warnings, one sentence each with its row and column (plain text; the file may still be
    applied): "Dòng 2, cột value: …"."""
    return [T("warning_line", lang, row=w["row"], column=w["column"] or T("whole_file", lang),
              message=w["message"] if lang == "vi" else w["message_en"]) for w in warnings]


def stored_method(rows: list[dict]) -> dict:
    """A stored method revision's rows as the ``method`` of a preview (for :func:`method_table`)."""
    return {"components": [{"id": r["component_id"], "name_vi": r["component_name_vi"],
                            "name_en": r.get("component_name_en"), "scale_min": r.get("scale_min"),
                            "scale_max": r.get("scale_max"), "weight": r.get("weight")} for r in rows]}
