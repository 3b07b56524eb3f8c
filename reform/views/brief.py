"""A one-page brief of a scenario (or a comparison) for the minutes: self-contained HTML for A4.

Charts are rendered on the server to inline SVG with vl-convert, so the brief needs no network and
no script. Every text that a user typed (names, notes) is escaped; nothing is rendered as markup.

A brief states its assumptions: every value that differs from the decision's figures (name, the
decision's value, the scenario's), assumed paces marked as such, the date, the data version and the
link that reopens each scenario. It is built from sections (:data:`SCENARIO_SECTIONS`,
:data:`COMPARISON_SECTIONS`): a new part is one function ``Brief -> str`` added to the tuple.
"""
from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from types import SimpleNamespace

import pandas as pd

from reform.data import db
from reform.views import charts
from reform.views import compare
from reform.views import export
from reform.views import numbers
from reform.views import peers as peers_view
from reform.views import verdicts as words
from reform.model import verdicts, whatif
from reform.i18n.fmt import fmt_number, fmt_signed
from reform.i18n import brief as text
from reform.i18n import common, pick, tr

CSS = """
@page { size: A4; margin: 12mm 12mm 14mm 12mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; color: #111; font-size: 8pt; margin: 0; }
h1 { font-size: 14pt; margin: 0 0 1mm 0; }
h2 { font-size: 10.5pt; margin: 2.5mm 0 1mm 0; border-bottom: 1px solid #999; }
.meta { color: #333; margin-bottom: 2mm; }
.note { font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm 0; }
th, td { border: 1px solid #bbb; padding: 0.5mm 1.2mm; text-align: left; vertical-align: top; }
td span { white-space: nowrap; }
table td:first-child { width: 24%; }
table.assumptions { table-layout: fixed; } table.assumptions td { white-space: normal; }
table.assumptions td:first-child { width: 30%; }
th { background: #eef2f6; }
td.num { text-align: right; white-space: nowrap; }
td.diff { background: #fff3cd; font-weight: bold; }
.status-met { color: #0072B2; } .status-on_track { color: #007a5a; }
.status-moderate { color: #9a6a00; } .status-stagnating { color: #B34700; } .status-decreasing { color: #8a3d6b; }
.chart svg { display: block; max-width: 100%; height: auto; }
.small { font-size: 7.5pt; color: #333; }
p { margin: 1mm 0; }
.link { word-break: break-all; }
.assumed { font-style: italic; color: #8a3d6b; white-space: nowrap; }
table.compare td { font-size: 7.6pt; padding: 0.3mm 1mm; line-height: 1.15; }
body { line-height: 1.25; }
.grid { display: flex; gap: 4mm; } .grid > div { flex: 1; min-width: 0; }
table.key { table-layout: fixed; } table.key th { width: 44%; } table.key td.num { white-space: normal; }
table.region td:first-child { width: auto; } table.region td { white-space: normal; }
"""


def _e(s: object) -> str:
    return html.escape(str(s), quote=True)


def _status(status: str, lang: str, symbol_only: bool = False) -> str:
    """A status as symbol and word (or the symbol alone where :func:`_symbol_legend` explains it)."""
    word = tr(common.TEXT, f"status_{status}", lang)
    shown = charts.STATUS_SYMBOLS[status] if symbol_only else f"{charts.STATUS_SYMBOLS[status]} {word}"
    return f'<span class="status-{_e(status)}" title="{_e(word)}">{_e(shown)}</span>'


def _symbol_legend(lang: str) -> str:
    return " · ".join(f"{charts.STATUS_SYMBOLS[s]} {tr(common.TEXT, f'status_{s}', lang).lower()}"
                      for s in whatif.STATUS_ORDER)


def _goal(r, lang: str) -> str:
    """A 2025 target as printed in spirit: a rank band, or a floor."""
    if r.kind_2025 == "rank_band":
        return f"{fmt_number(r.low_2025, lang, 0)}–{fmt_number(r.high_2025, lang, 0)}"
    return "≥ " + numbers.value_text(r.goal_2025, lang, r.unit)


#: The chart's font: Liberation Sans, the font vl-convert measures its labels with, then the fonts of the same
#: widths (Arial, Helvetica) a reader's browser has where it lacks Liberation Sans. With "sans-serif" alone a
#: browser may draw the labels in a wider font than the one measured, and the row labels, right-aligned to the
#: axis, then run off the chart's left edge (cut in print).
CHART_FONT = "Liberation Sans, Arial, Helvetica, sans-serif"
#: Sizes in the SVG's pixels (drawn at about 1:1 in the brief's column): the body text is 8 pt (10,7 px).
CHART_LABEL_PX, CHART_TITLE_PX = 10, 12
#: The height of one target's row: the label's line (10 px text, a 12 px box) and room between rows.
CHART_ROW_PX = 14
#: The chart's width: its column of the brief's grid (:data:`CSS`, ``.grid``) on A4 with 12 mm margins.
CHART_WIDTH_PX = 340


def _target_svg(targets: pd.DataFrame, lang: str) -> str:
    df = targets[targets["unit"] == "%"].copy()
    df["name"] = [pick(lang, v, e) for v, e in zip(df["short_vi"], df["short_en"])]
    df["latest"] = df["anchor_value"]
    df["status_word"] = [f"{charts.STATUS_SYMBOLS[s]} {tr(common.TEXT, f'status_{s}', lang)}"
                         for s in df["status_2025"]]
    labels = {k: tr(text.TEXT, k, lang) for k in ("target", "latest", "projected", "goal", "status")}
    labels.update({f"status_{s}": f"{charts.STATUS_SYMBOLS[s]} {tr(common.TEXT, f'status_{s}', lang)}"
                   for s in whatif.STATUS_ORDER})
    chart = charts.target_chart(df, lang=lang, title=tr(text.TEXT, "chart_title", lang),
                                x_title=tr(text.TEXT, "axis_pct", lang), labels=labels)
    import vl_convert as vlc

    spec = charts.finish(chart.properties(width=CHART_WIDTH_PX, height=CHART_ROW_PX * len(df)), lang).to_dict()
    for layer in spec.get("layer", []):
        enc = layer.get("encoding", {})
        if "color" in enc:  # the statuses are words in the table above: no legend
            enc["color"]["legend"] = None
        if isinstance(enc.get("y", {}).get("axis"), dict):
            enc["y"]["axis"]["labelLimit"] = 0  # every name whole: the chart's width leaves room for the longest
    config = spec.setdefault("config", {})
    config["font"] = CHART_FONT
    spec.pop("padding", None)  # the dashboard's room for the browser's fonts: the brief's own margins frame it
    config["padding"] = {"left": 5, "right": 5, "top": 2, "bottom": 3}
    config.setdefault("axis", {}).update(labelFontSize=CHART_LABEL_PX, titleFontSize=CHART_LABEL_PX)
    config.setdefault("title", {}).update(fontSize=CHART_TITLE_PX)
    return vlc.vegalite_to_svg(spec)


def _head(title: str, landscape: bool = False) -> str:
    page = "@page { size: A4 landscape; }" if landscape else ""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_e(title)}</title>'
            f"<style>{CSS}{page}</style></head><body>")


def _meta(b: Brief) -> str:
    """Date, data version and the link that reopens each scenario."""
    today = date.today()
    day = f"{today.day:02d}/{today.month:02d}/{today.year}" if b.lang == "vi" else today.isoformat()
    parts = [b.t("date", day=day), b.t("data_version", v=b.data_version or "–")]
    out = f'<div class="meta">{_e(" · ".join(parts))}</div>'
    links = [(n, b.links[n]) for n in b.names if b.links.get(n)]
    if links:
        shown = " · ".join(f"“{n}”: {url}" if len(b.names) > 1 else url for n, url in links)
        out += f'<div class="small link">{_e(b.t("link"))}: {_e(shown)}</div>'
    return out


@dataclass(frozen=True)
class Brief:
    """What every section of a brief may draw on: the scenarios (name -> values, in order), their
    figures and notes, the share link of each, the language and the data version.

    A section is a function ``Brief -> str`` (an HTML fragment, every outside text escaped);
    :data:`SCENARIO_SECTIONS` and :data:`COMPARISON_SECTIONS` list them in print order, so a new
    part of the brief (e.g. verdicts) is one function added to a tuple.
    """

    lang: str
    named: dict[str, dict]
    notes: dict[str, str] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)
    data_version: str = ""

    def t(self, key: str, **kw) -> str:
        return tr(text.TEXT, key, self.lang, **kw)

    @property
    def names(self) -> list[str]:
        return list(self.named)

    @cached_property
    def figures(self) -> dict[str, compare.Figures]:
        return {n: compare.figures(v) for n, v in self.named.items()}

    @cached_property
    def assumptions(self) -> pd.DataFrame:
        return compare.assumptions(self.named)


Section = Callable[[Brief], str]


def _rank_text(est, T) -> str:
    """A rank estimate as whole ranks out of the provinces ranked that year: "57/63 (đếm …)", "49/63 (khoảng
    24–50, …)", or a range beyond the points."""
    if est.rank is not None:
        how = (T("counted", year=est.year) if est.method == "count"
               else T("range", low=est.low, high=est.high, points=est.points, year=est.year))
        return f"{est.rank}/{est.out_of} ({how})"
    if est.position == "above":
        return T("above", high=est.high, points=est.points, year=est.year)
    if est.position == "below":
        return T("below", low=est.low, n=est.out_of, points=est.points, year=est.year)
    return "–"


def key_figures(b: Brief) -> str:
    """PCI composite and rank estimate, PAR INDEX total, how many 2025 targets by status."""
    T, lang = b.t, b.lang
    f = b.figures[b.names[0]]
    counts = {s: int((f.targets["status_2025"] == s).sum()) for s in charts.STATUS_COLOURS if s != "off_track"}
    out = [f"<h2>{_e(T('key_figures'))}</h2><table class='key'>"]
    out.append(f"<tr><th>{_e(T('pci_composite', year=f.pci.base_year))}</th><td class='num'>"
               f"{_e(numbers.value_text(f.pci.composite, lang, indicator_id='pci_score'))} "
               f"({_e(fmt_signed(f.pci.change, lang))})</td></tr>")
    out.append(f"<tr><th>{_e(T('pci_rank'))}</th><td class='num'>{_e(_rank_text(f.pci.estimate, T))}</td></tr>")
    out.append(f"<tr><th>{_e(T('par_total', year=f.par['year']))}</th><td class='num'>"
               f"{_e(numbers.value_text(f.par['total'], lang, indicator_id='par_total_score'))} "
               f"({_e(fmt_signed(f.par['change'], lang))})</td></tr>")
    status_line = " · ".join(f"{_status(s, lang)}: {n}" for s, n in counts.items() if n)
    out.append(f"<tr><th>{_e(T('targets_2025'))}</th><td>{status_line}</td></tr></table>")
    return "".join(out)


def param_label(key: str, lang: str) -> str:
    """A scenario value's name for a reader: "PCI 2020: Land access", "Pace: online services"."""
    T = lambda k, **kw: tr(text.TEXT, k, lang, **kw)  # noqa: E731
    kind = compare._kind(key)
    if kind == "pace":
        return T("a_pace", name=short_names(lang)[key.removeprefix("pace_")])
    if kind == "factor":
        return T("a_factor")
    if kind == "ref":
        return T("a_ref")
    if kind == "pci":
        other = _method_param(key, lang)  # a slider of a method other than the decision's (issue 15)
        if other:
            return T("a_pci_method", method=other[0], name=other[1])
    ind = f"{key}_score"  # pci_land -> pci_land_score, par_legal -> par_legal_score
    name = _indicator_names(lang).get(ind, key)
    return T("a_pci" if kind == "pci" else "a_par", name=name)


def _method_param(key: str, lang: str) -> tuple[str, str] | None:
    """(method's name, component's name or "composite") of a ``pci_<method>_<component>`` key, else None."""
    from reform.model import methods, scenario

    for m in methods.methods():
        prefix = f"pci_{m.id}_"
        if key.startswith(prefix) and scenario.method_key(m.id, key.removeprefix(prefix)) == key:
            part = key.removeprefix(prefix)
            if part == scenario.COMPOSITE_KEY:
                return pick(lang, m.name_vi, m.name_en), tr(text.TEXT, "a_composite", lang)
            comp = next((c for c in m.components if c.id == part), None)
            if comp is not None:
                return pick(lang, m.name_vi, m.name_en), pick(lang, comp.name_vi, comp.name_en)
    return None


def _indicator_names(lang: str) -> dict[str, str]:
    df = db.run("indicators_catalog")
    names = [pick(lang, v, e) for v, e in zip(df["name_vi"], df["name_en"])]
    return {i: str(n).removesuffix(" (score)").rstrip(". ") for i, n in zip(df["indicator_id"], names)}


def param_value(key: str, value, lang: str) -> str:
    """A scenario value as read: a score with 2 decimals, a pace signed per year in its unit, the
    overall pace in percent, a year as a year."""
    kind = compare._kind(key)
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "–"
    if kind in ("pci", "par"):
        return numbers.value_text(value, lang, "points")
    if kind == "factor":
        return fmt_number(100 * float(value), lang, 0) + "%"
    if kind == "ref":
        return str(value)
    tid = key.removeprefix("pace_")
    unit = "rank" if tid.endswith("_rank") else "%"
    per_year = tr(text.TEXT, "per_year_rank" if unit == "rank" else "per_year_pct", lang)
    return f"{fmt_signed(value, lang, 1 if unit == 'rank' else 2)} {per_year}"


def _decision_cell(r, lang: str) -> str:
    if r.kind == "pace" and (r.decision is None or pd.isna(r.decision)):
        # the decision has no series: the starting pace is itself assumed
        return tr(text.TEXT, "no_series", lang, v=param_value(r.key, r.default, lang))
    return param_value(r.key, r.decision, lang)


def _assumed_mark(assumed, lang: str) -> str:
    return f" <span class='assumed'>{_e(tr(text.TEXT, 'assumed_mark', lang))}</span>" if assumed else ""


def assumptions_section(b: Brief) -> str:
    """What the scenario(s) assume: every value that differs from the decision's figures (name,
    decision value, scenario value), paces marked as assumptions; then the paces the dashboard
    itself assumes because the decision has no series for them."""
    T, lang = b.t, b.lang
    df = b.assumptions
    changed = df[df["changed"]]
    out = [f"<h2>{_e(T('assumptions'))}</h2>"]
    if changed.empty:
        out.append(f"<p>{_e(T('no_changes'))}</p>")
    else:
        heads = [T("a_value"), T("a_decision")] + (b.names if len(b.names) > 1 else [T("a_scenario")])
        out.append("<table class='assumptions'><tr>" + "".join(f"<th>{_e(h)}</th>" for h in heads) + "</tr>")
        for row in changed.to_dict("records"):  # scenario names are columns: not attribute names
            r = SimpleNamespace(**{k: row[k] for k in ("key", "kind", "decision", "default", "assumed")})
            cells = []
            for n in b.names:
                v = row[n]
                same = v == r.default
                cls = "num" if same else "num diff"
                cells.append(f"<td class='{cls}'>{_e(param_value(r.key, v, lang))}"
                             f"{'' if same else _assumed_mark(r.kind in ('pace', 'factor'), lang)}</td>")
            out.append(f"<tr><td>{_e(param_label(r.key, lang))}</td><td class='num'>{_e(_decision_cell(r, lang))}</td>"
                       f"{''.join(cells)}</tr>")
        out.append("</table>")
    default_assumed = df[(df["assumed"] == "required") & ~df["changed"]]
    if len(default_assumed):
        items = "; ".join(f"{short_names(lang)[r.target_id]} {param_value(r.key, r.default, lang)}"
                          for r in default_assumed.itertuples())
        out.append(f"<p class='small'><span class='assumed'>{_e(T('assumed_mark'))}</span> "
                   f"{_e(T('default_assumed', items=items))}</p>")
    return "".join(out)


def targets_section(b: Brief) -> str:
    """Every target: latest, 2025 goal, projections and statuses for 2025 and 2030."""
    T, lang = b.t, b.lang
    f = b.figures[b.names[0]]
    out = [f"<h2>{_e(T('targets'))}</h2><table><tr><th>{_e(T('target'))}</th><th>{_e(T('latest'))}</th>"
           f"<th>{_e(T('pace'))}</th><th>{_e(T('goal'))}</th><th>{_e(T('projected'))}</th><th>{_e(T('status'))}</th>"
           f"<th>{_e(T('projected_2030'))}</th></tr>"]
    for r in f.targets.itertuples():
        pace = param_value(f"pace_{r.target_id}", r.pace_used, lang).split(" ")[0]
        out.append(
            f"<tr><td>{_e(pick(lang, r.short_vi, r.short_en))}</td>"
            f"<td class='num'>{_e(numbers.value_text(r.anchor_value, lang, r.unit))} ({r.anchor_year})</td>"
            f"<td class='num'>{_e(pace)}{_pace_mark(r, lang)}</td>"
            f"<td class='num'>{_e(_goal(r, lang))}</td>"
            f"<td class='num'>{_e(numbers.value_text(r.projected_2025, lang, r.unit))}</td>"
            f"<td>{_status(r.status_2025, lang)}</td>"
            f"<td class='num'>{_e(numbers.value_text(r.projected_2030, lang, r.unit))} "
            f"{_status(r.status_2030, lang, symbol_only=True)}</td></tr>")
    out.append(f"</table><p class='small'>{_e(T('symbols', legend=_symbol_legend(lang)))}</p>")
    return "".join(out)


def _pace_mark(r, lang: str) -> str:
    """"(giả định)" after a target whose projection rests on an assumed pace."""
    return _assumed_mark(r.pace_source in ("required", "scenario"), lang)


def chart_section(b: Brief) -> str:
    """The percentage targets drawn: latest, projected 2025 (coloured by status), 2025 goal."""
    return (f'<div class="chart">{_target_svg(b.figures[b.names[0]].targets, b.lang)}</div>'
            f'<p class="small">{_e(b.t("chart_legend"))}</p>')


def comparison_section(b: Brief) -> str:
    """The scenarios side by side: PCI, PAR INDEX, and each target's 2025 and 2030 projection with its
    status, shaded where the scenarios differ."""
    T, lang = b.t, b.lang
    figs = b.figures
    heads = [T("figure")] + b.names
    out = [f"<h2>{_e(T('results'))}</h2><table class='compare'><tr>"
           + "".join(f"<th>{_e(h)}</th>" for h in heads) + "</tr>"]

    def row(label: str, cells: list[str]) -> None:
        differs = len(set(cells)) > 1
        cls = "num diff" if differs else "num"
        out.append(f"<tr><td>{_e(label)}</td>" + "".join(f"<td class='{cls}'>{c}</td>" for c in cells) + "</tr>")

    row(T("row_pci"), [_e(numbers.value_text(f.pci.composite, lang, indicator_id="pci_score")) for f in figs.values()])
    row(T("row_pci_rank"), [_e(rank_short(f.pci.estimate)) for f in figs.values()])
    row(T("row_par"), [_e(numbers.value_text(f.par["total"], lang, indicator_id="par_total_score"))
                       for f in figs.values()])
    indexed = {n: f.targets.set_index("target_id") for n, f in figs.items()}
    first = next(iter(figs.values())).targets
    for t in first.itertuples():
        cells = []
        for n in b.names:
            r = indexed[n].loc[t.target_id]
            cells.append(f"{_e(numbers.value_text(r.projected_2025, lang, t.unit))} {_status(r.status_2025, lang)}"
                         f"<br><span class='small'>2030: {_e(numbers.value_text(r.projected_2030, lang, t.unit))} "
                         f"{_status(r.status_2030, lang)}</span>")
        row(pick(lang, t.short_vi, t.short_en), cells)
    out.append(f'</table><p class="small">{_e(T("diff_note"))} {_e(T("compare_cells"))}</p>')
    return "".join(out)


def rank_short(est) -> str:
    """A rank estimate as whole ranks out of N: "49/63 (24–50)", "57/63", "1–12/63", "50–63/63", "–"."""
    if est.rank is not None:
        spread = f" ({est.low}–{est.high})" if est.low != est.high else ""
        return f"{est.rank}/{est.out_of}{spread}"
    if est.position == "above":
        return f"1–{est.high}/{est.out_of}"
    if est.position == "below":
        return f"{est.low}–{est.out_of}/{est.out_of}"
    return "–"


def method_and_source(b: Brief) -> str:
    return f'<p class="small">{_e(b.t("method"))}</p><p class="small">{_e(source_line(b.lang, prefix=True))}</p>'


def verdicts_section(b: Brief) -> str:
    """What was measured, whatever the scenario, in two lines: the verdict counts and every target part
    that has a result after its baseline (latest result, 2025 verdict, 2030 outlook); the others are
    counted as having no data, never given a status."""
    lang = b.lang
    items = verdicts.verdicts()
    measured = "; ".join(
        f"{pick(lang, v['short_vi'], v['short_en'])}: {words.latest_text(v, lang)}, {words.verdict_text(v, lang)}, "
        f"{b.t('outlook_2030')}: {words.outlook_text(v, lang)}"
        for v in items if v["latest_year"] is not None)
    no_data = sum(1 for v in items if v["latest_year"] is None)
    # the scenario is Decision 688's what-if: the brief judges against Decision 688, whatever plan is in force,
    # and says so (a later plan's verdicts are on the targets page)
    plan = words.judged_by(verdicts.plan(verdicts.BUILTIN_PLAN), lang)
    later = [words.plan_label(p, lang) for p in verdicts.plans() if p["id"] != verdicts.BUILTIN_PLAN]
    other = f" {_e(b.t('verdicts_other_plans', plans='; '.join(later)))}" if later else ""
    return (f'<p class="verdicts"><b>{_e(b.t("verdicts_title"))}</b> ({_e(plan)}): '
            f"{_e(words.counts_line(verdicts.counts(items), lang))}. {_e(measured)}. "
            f"{_e(b.t('verdicts_note', n=no_data))}{other}</p>")


def regional_section(b: Brief) -> str:
    """Lai Châu among its region (measured, never the scenario): the PCI composite's standing in the latest year
    with regional figures (one row: the brief prints on one A4 page; the peers page has every year); nothing where
    no year has one."""
    lang = b.lang
    from reform.model import peers

    years = peers.years()
    if not years:
        return ""
    rows = peers_view.short_rows(lang, [years[-1]])
    if not rows:
        return ""
    cols = peers_view.BRIEF_COLUMNS
    out = [f"<h2>{_e(peers_view.brief_title(lang))}</h2><table class='compare region'><tr>"
           + "".join(f"<th>{_e(h)}</th>" for h in peers_view.short_headings(lang, cols)) + "</tr>"]
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{_e(r[k])}</td>" for k in cols) + "</tr>")
    out.append(f"</table><p class='small'>{_e(peers_view.brief_note(lang))}</p>")
    return "".join(out)


def stacked(*sections: Section) -> Section:
    """Sections one under the other in one column (e.g. of :func:`side_by_side`)."""
    def section(b: Brief) -> str:
        return "".join(s(b) for s in sections)

    section.__name__ = "stacked_" + "_".join(s.__name__ for s in sections)
    return section


def side_by_side(*sections: Section) -> Section:
    """Sections next to each other (one column each), to keep a brief on one page."""
    def section(b: Brief) -> str:
        return '<div class="grid">' + "".join(f"<div>{s(b)}</div>" for s in sections) + "</div>"

    section.__name__ = "side_by_side_" + "_".join(s.__name__ for s in sections)
    return section


#: The parts of a scenario brief and of a comparison, in print order (add a section here).
SCENARIO_SECTIONS: tuple[Section, ...] = (verdicts_section,
                                          side_by_side(stacked(key_figures, regional_section), chart_section),
                                          assumptions_section, targets_section, method_and_source)
COMPARISON_SECTIONS: tuple[Section, ...] = (assumptions_section, comparison_section, method_and_source)


def render(b: Brief, title: str, sections: tuple[Section, ...], landscape: bool = False) -> str:
    """A brief as a self-contained HTML page: title, notes, date, data version and links, sections."""
    out = [_head(title, landscape), f"<h1>{_e(title)}</h1>"]
    for n in b.names:
        if b.notes.get(n):
            prefix = f"{n}: " if len(b.names) > 1 else ""
            out.append(f'<div class="note">{_e(prefix)}{_e(b.notes[n])}</div>')
    out.append(_meta(b))
    out.extend(section(b) for section in sections)
    out.append("</body></html>")
    return "".join(out)


def scenario_brief(name: str, note: str, values: dict, lang: str = "vi", link: str | None = None,
                   data_version: str = "") -> str:
    """The brief of one scenario as a self-contained HTML page (one A4 page, portrait)."""
    b = Brief(lang, {name: values}, {name: note} if note else {}, {name: link} if link else {}, data_version)
    return render(b, f"{b.t('title')}: {name}", SCENARIO_SECTIONS)


def comparison_brief(named: dict[str, dict], notes: dict[str, str], lang: str = "vi",
                     data_version: str = "", links: dict[str, str] | None = None) -> str:
    """The brief of a comparison of two or three scenarios (one A4 page, portrait: each target's cell
    holds 2025 over 2030, so three scenarios fit the width)."""
    b = Brief(lang, named, {n: notes[n] for n in named if notes.get(n)}, links or {}, data_version)
    return render(b, b.t("compare_title"), COMPARISON_SECTIONS)


def figure_text(value, unit: str, measure: str, lang: str) -> str:
    """A comparison cell as plain text: a status word, or the value in the language's format."""
    if str(measure).startswith("status"):
        return f"{charts.STATUS_SYMBOLS[value]} {tr(common.TEXT, f'status_{value}', lang)}"
    return numbers.value_text(value, lang, unit)


def short_names(lang: str) -> dict[str, str]:
    """Each target's short name in the language (the caller's own dict)."""
    return dict(_short_names(lang))


@db.memo
def _short_names(lang: str) -> tuple[tuple[str, str], ...]:
    from reform.model import scenario

    return tuple((t.target_id, pick(lang, t.short_vi, t.short_en)) for t in scenario.targets().itertuples())


def compare_labels(lang: str) -> dict[str, str]:
    """Row labels of :func:`compare.comparison` in the page language (the caller's own dict)."""
    return dict(_compare_labels(lang))


@db.memo
def _compare_labels(lang: str) -> tuple[tuple[str, str], ...]:
    T = lambda k, **kw: tr(text.TEXT, k, lang, **kw)  # noqa: E731
    out = {"pci_composite": T("row_pci"), "pci_rank": T("row_pci_rank"), "pci_rank_low": T("row_pci_low"),
           "pci_rank_high": T("row_pci_high"), "par_total": T("row_par")}
    for tid, short in _short_names(lang):
        for m in ("projected_2025", "status_2025", "projected_2030", "status_2030"):
            out[f"{tid}.{m}"] = f"{short}: {T('row_' + m)}"
    return tuple(out.items())


def figures_raw(named: dict[str, dict], lang: str = "vi") -> pd.DataFrame:
    """The scenario figures for machines (one column per scenario, plain status codes), each number
    rounded to the decimals it prints with (a rank whole, a share to 2)."""
    df = compare.comparison(named)
    df.insert(1, "label", df["key"].map(compare_labels(lang)))
    for n in named:
        df[n] = [v if str(m).startswith("status") else numbers.round_to(v, u)
                 for v, u, m in zip(df[n], df["unit"], df["measure"])]
    return df


def figures_table(named: dict[str, dict], lang: str = "vi") -> pd.DataFrame:
    """The scenario figures as the page shows them: one row per figure, one text column per scenario."""
    df = compare.comparison(named)
    out = pd.DataFrame({tr(text.TEXT, "figure", lang): df["key"].map(compare_labels(lang))})
    for n in named:
        out[n] = [figure_text(v, u, m, lang) for v, u, m in zip(df[n], df["unit"], df["measure"])]
    return out


def figures_csv(named: dict[str, dict], lang: str = "vi") -> bytes:
    """:func:`figures_raw` as CSV (UTF-8 with BOM)."""
    return export.csv_bytes(figures_raw(named, lang))


def source_line(lang: str, prefix: bool = False) -> str:
    """The sources of a brief's figures, in one line ("Nguồn: …" with ``prefix``)."""
    sources = tr(text.TEXT, "sources", lang)
    return f"{tr(common.TEXT, 'source', lang)}: {sources}" if prefix else sources
