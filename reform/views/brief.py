"""A one-page brief of a scenario (or a comparison) for the minutes: self-contained HTML for A4.

Charts are rendered on the server to inline SVG with vl-convert, so the brief needs no network and
no script. Every text that a user typed (names, notes) is escaped; nothing is rendered as markup.
"""
from __future__ import annotations

import html
from datetime import date

import pandas as pd

from reform.views import charts
from reform.views import compare
from reform.i18n.fmt import fmt_number, fmt_signed
from reform.views import numbers
from reform.i18n import brief as text
from reform.i18n import common, pick, tr

CSS = """
@page { size: A4; margin: 12mm 12mm 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; color: #111; font-size: 8.6pt; margin: 0; }
h1 { font-size: 14pt; margin: 0 0 1mm 0; }
h2 { font-size: 10.5pt; margin: 2.5mm 0 1mm 0; border-bottom: 1px solid #999; }
.meta { color: #333; margin-bottom: 2mm; }
.note { font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm 0; }
th, td { border: 1px solid #bbb; padding: 0.5mm 1.2mm; text-align: left; vertical-align: top; }
td span { white-space: nowrap; }
th { background: #eef2f6; }
td.num { text-align: right; white-space: nowrap; }
td.diff { background: #fff3cd; font-weight: bold; }
.status-met { color: #0072B2; } .status-on_track { color: #007a5a; }
.status-moderate { color: #9a6a00; } .status-stagnating { color: #B34700; } .status-decreasing { color: #8a3d6b; }
.chart svg { max-width: 100%; height: auto; }
.small { font-size: 8.5pt; color: #333; }
.grid { display: flex; gap: 4mm; } .grid > div { flex: 1; }
"""


def _e(s: object) -> str:
    return html.escape(str(s), quote=True)


def _status(status: str, lang: str) -> str:
    word = f"{charts.STATUS_SYMBOLS[status]} {tr(common.TEXT, f'status_{status}', lang)}"
    return f'<span class="status-{_e(status)}">{_e(word)}</span>'


def _goal(r, lang: str) -> str:
    """A 2025 target as printed in spirit: a rank band, or a floor."""
    if r.kind_2025 == "rank_band":
        return f"{fmt_number(r.low_2025, lang, 0)}–{fmt_number(r.high_2025, lang, 0)}"
    return "≥ " + numbers.value_text(r.goal_2025, lang, r.unit)


def _target_svg(targets: pd.DataFrame, lang: str) -> str:
    df = targets[targets["unit"] == "%"].copy()
    df["name"] = [pick(lang, v, e) for v, e in zip(df["short_vi"], df["short_en"])]
    df["latest"] = df["anchor_value"]
    df["status_word"] = [f"{charts.STATUS_SYMBOLS[s]} {tr(common.TEXT, f'status_{s}', lang)}"
                         for s in df["status_2025"]]
    labels = {k: tr(text.TEXT, k, lang) for k in ("target", "latest", "projected", "goal", "status")}
    labels.update({f"status_{s}": f"{charts.STATUS_SYMBOLS[s]} {tr(common.TEXT, f'status_{s}', lang)}"
                   for s in ("met", "on_track", "moderate", "stagnating", "decreasing")})
    chart = charts.target_chart(df, lang=lang, title=tr(text.TEXT, "chart_title", lang),
                                x_title=tr(text.TEXT, "axis_pct", lang), labels=labels)
    import vl_convert as vlc

    spec = charts.finish(chart.properties(width=520, height=17 * len(df)), lang).to_dict()
    return vlc.vegalite_to_svg(spec)


def _head(title: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_e(title)}</title>'
            f"<style>{CSS}</style></head><body>")


def _meta(lang: str, link: str | None, data_version: str) -> str:
    today = date.today()
    day = f"{today.day:02d}/{today.month:02d}/{today.year}" if lang == "vi" else today.isoformat()
    parts = [tr(text.TEXT, "date", lang, day=day), tr(text.TEXT, "data_version", lang, v=data_version)]
    out = f'<div class="meta">{_e(" · ".join(parts))}</div>'
    if link:
        out += f'<div class="small">{_e(tr(text.TEXT, "link", lang))}: {_e(link)}</div>'
    return out


def scenario_brief(name: str, note: str, values: dict, lang: str = "vi", link: str | None = None,
                   data_version: str = "") -> str:
    """The brief of one scenario as a self-contained HTML page."""
    T = lambda k, **kw: tr(text.TEXT, k, lang, **kw)  # noqa: E731
    f = compare.figures(values)
    est = f.pci.estimate
    if est.rank is not None:
        rank = f"{est.rank}/63 ({T('range', low=est.low, high=est.high, points=est.points, year=est.year)})"
    elif est.position == "above":
        rank = T("above", high=est.high, points=est.points, year=est.year)
    elif est.position == "below":
        rank = T("below", low=est.low, points=est.points, year=est.year)
    else:
        rank = "–"
    counts = {s: int((f.targets["status_2025"] == s).sum()) for s in charts.STATUS_COLOURS if s != "off_track"}
    out = [_head(T("title")), f"<h1>{_e(T('title'))}: {_e(name)}</h1>"]
    if note:
        out.append(f'<div class="note">{_e(note)}</div>')
    out.append(_meta(lang, link, data_version))
    out.append(f"<h2>{_e(T('key_figures'))}</h2><table>")
    out.append(f"<tr><th>{_e(T('pci_composite', year=f.pci.base_year))}</th><td class='num'>"
               f"{_e(numbers.value_text(f.pci.composite, lang, indicator_id='pci_score'))} ({_e(fmt_signed(f.pci.change, lang))})</td></tr>")
    out.append(f"<tr><th>{_e(T('pci_rank'))}</th><td class='num'>{_e(rank)}</td></tr>")
    out.append(f"<tr><th>{_e(T('par_total', year=f.par['year']))}</th><td class='num'>"
               f"{_e(numbers.value_text(f.par['total'], lang, indicator_id='par_total_score'))} ({_e(fmt_signed(f.par['change'], lang))})</td></tr>")
    status_line = " · ".join(f"{_status(s, lang)}: {n}" for s, n in counts.items() if n)
    out.append(f"<tr><th>{_e(T('targets_2025'))}</th><td>{status_line}</td></tr></table>")
    out.append(f"<h2>{_e(T('targets'))}</h2><table><tr><th>{_e(T('target'))}</th><th>{_e(T('latest'))}</th>"
               f"<th>{_e(T('goal'))}</th><th>{_e(T('projected'))}</th><th>{_e(T('status'))}</th>"
               f"<th>{_e(T('projected_2030'))}</th><th>{_e(T('status_2030'))}</th></tr>")
    for r in f.targets.itertuples():
        out.append(
            f"<tr><td>{_e(pick(lang, r.short_vi, r.short_en))}</td>"
            f"<td class='num'>{_e(numbers.value_text(r.anchor_value, lang, r.unit))} ({r.anchor_year})</td>"
            f"<td class='num'>{_e(_goal(r, lang))}</td>"
            f"<td class='num'>{_e(numbers.value_text(r.projected_2025, lang, r.unit))}</td><td>{_status(r.status_2025, lang)}</td>"
            f"<td class='num'>{_e(numbers.value_text(r.projected_2030, lang, r.unit))}</td><td>{_status(r.status_2030, lang)}</td></tr>")
    out.append("</table>")
    out.append(f'<div class="chart">{_target_svg(f.targets, lang)}</div>')
    out.append(f'<p class="small">{_e(T("method"))}</p><p class="small">{_e(T("source"))}</p></body></html>')
    return "".join(out)


def comparison_brief(named: dict[str, dict], notes: dict[str, str], lang: str = "vi",
                     data_version: str = "") -> str:
    """The brief of a comparison of two or three scenarios as a self-contained HTML page."""
    T = lambda k, **kw: tr(text.TEXT, k, lang, **kw)  # noqa: E731
    df = compare.comparison(named)
    names = list(named)
    out = [_head(T("compare_title")), f"<h1>{_e(T('compare_title'))}</h1>", _meta(lang, None, data_version)]
    for n in names:
        if notes.get(n):
            out.append(f'<div class="note">{_e(n)}: {_e(notes[n])}</div>')
    out.append(f"<table><tr><th>{_e(T('figure'))}</th>" + "".join(f"<th>{_e(n)}</th>" for n in names) + "</tr>")
    labels = compare_labels(lang)
    for r in df.itertuples(index=False):
        row = r._asdict()
        cells = []
        for n in names:
            v = df.loc[df["key"] == row["key"], n].iloc[0]
            cls = "num diff" if row["differs"] else "num"
            shown = (_status(v, lang) if str(row["measure"]).startswith("status")
                     else _e(cell_text(v, row["unit"], row["measure"], lang)))
            cells.append(f"<td class='{cls}'>{shown}</td>")
        out.append(f"<tr><td>{_e(labels[row['key']])}</td>{''.join(cells)}</tr>")
    out.append(f'</table><p class="small">{_e(T("diff_note"))}</p>')
    out.append(f'<p class="small">{_e(T("method"))}</p><p class="small">{_e(T("source"))}</p></body></html>')
    return "".join(out)


def cell_text(value, unit: str, measure: str, lang: str) -> str:
    """A comparison cell as plain text: a status word, or the value in the language's format."""
    if str(measure).startswith("status"):
        return f"{charts.STATUS_SYMBOLS[value]} {tr(common.TEXT, f'status_{value}', lang)}"
    return numbers.value_text(value, lang, unit)


def short_names(lang: str) -> dict[str, str]:
    """Each target's short name in the language."""
    from reform.model import scenario

    return {t.target_id: pick(lang, t.short_vi, t.short_en) for t in scenario.targets().itertuples()}


def compare_labels(lang: str) -> dict[str, str]:
    """Row labels of :func:`compare.comparison` in the page language."""

    T = lambda k, **kw: tr(text.TEXT, k, lang, **kw)  # noqa: E731
    out = {"pci_composite": T("row_pci"), "pci_rank": T("row_pci_rank"), "pci_rank_low": T("row_pci_low"),
           "pci_rank_high": T("row_pci_high"), "par_total": T("row_par")}
    for tid, short in short_names(lang).items():
        for m in ("projected_2025", "status_2025", "projected_2030", "status_2030"):
            out[f"{tid}.{m}"] = f"{short}: {T('row_' + m)}"
    return out


def figures_csv(named: dict[str, dict], lang: str = "vi") -> bytes:
    """The scenario figures (one column per scenario) as CSV for spreadsheets."""
    df = compare.comparison(named)
    df.insert(1, "label", df["key"].map(compare_labels(lang)))
    return df.to_csv(index=False).encode("utf-8-sig")
