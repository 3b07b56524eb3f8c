"""Altair chart builders shared by the pages.

Every chart has a title, axis titles in the page's language, tooltips with
numbers already formatted for that language, and colours from the Okabe-Ito
palette (readable with the common colour-vision deficiencies and on a
projector). Ranks are drawn on a reversed axis so that up is better.
"""
from __future__ import annotations

import math
import textwrap
from dataclasses import dataclass

import altair as alt
import pandas as pd

from reform.i18n.fmt import fmt_number
from reform.views import numbers

# Okabe & Ito (2008), "Color Universal Design".
BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, YELLOW, GREY = (
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#555555")
STATUS_COLOURS = {"met": BLUE, "on_track": GREEN, "moderate": ORANGE, "stagnating": VERMILLION,
                  "decreasing": PURPLE, "not_met": VERMILLION, "off_track": VERMILLION}
STATUS_SYMBOLS = {"met": "✔", "on_track": "▲", "moderate": "◆", "stagnating": "■", "decreasing": "▼",
                  "not_met": "✖", "off_track": "■"}
SERIES = [BLUE, ORANGE, GREEN, VERMILLION, PURPLE, SKY, GREY]


def locale(lang: str) -> alt.Locale:
    """Number format of the chart's axes (Vietnamese: 1.543 and 61,98)."""
    if lang == "en":
        return alt.Locale(number=alt.NumberLocale(decimal=".", thousands=",", grouping=[3],
                                                  currency=["", ""], minus="−"))
    return alt.Locale(number=alt.NumberLocale(decimal=",", thousands=".", grouping=[3],
                                              currency=["", ""], minus="−"))


@dataclass(frozen=True)
class Sizes:
    """Text and mark sizes of a chart: on a screen, or in presentation mode (a projector, read from
    the back of a room)."""
    title: int
    label: int
    marks: float  # factor on the builders' own mark sizes (line widths, points, value labels)


SCREEN = Sizes(title=16, label=13, marks=1.0)
ROOM = Sizes(title=22, label=18, marks=1.4)


#: The chart's padding (px) around what Vega lays out (:func:`finish`).
PADDING = {"left": 10, "top": 10, "right": 5, "bottom": 5}


def sizes(present: bool = False) -> Sizes:
    return ROOM if present else SCREEN


def finish(chart: alt.TopLevelMixin, lang: str, present: bool = False) -> alt.TopLevelMixin:
    """Apply the shared configuration: locale, readable font sizes, left-aligned titles; larger
    text and marks in presentation mode (see also :func:`for_room`)."""
    size = sizes(present)
    if not isinstance(chart, (alt.FacetChart, alt.HConcatChart, alt.VConcatChart, alt.ConcatChart)):
        # fit the width only: a legend under the plot then adds to the height instead of squashing it
        chart = chart.properties(autosize=alt.AutoSizeParams(type="fit-x", contains="padding"))
    # room for what Vega measures smaller than the browser draws it: the tops of Vietnamese capitals'
    # marks over a title, the left of a vertical axis title (they were cut by 3-4 px)
    chart = chart.properties(padding=dict(PADDING))
    chart = (chart.configure(locale=locale(lang))
             .configure_title(fontSize=size.title, anchor="start")
             .configure_axis(labelFontSize=size.label, titleFontSize=size.label, labelSeparation=4)
             .configure_legend(labelFontSize=size.label, titleFontSize=size.label, orient="bottom",
                               symbolSize=100 * size.marks)
             .configure_header(labelFontSize=size.label, titleFontSize=size.label))
    if present:  # the defaults of marks drawn without sizes of their own
        chart = (chart.configure_line(strokeWidth=3).configure_point(size=70)
                 .configure_text(fontSize=16).configure_tick(thickness=3))
    return chart


#: Mark and axis properties that :func:`for_room` scales.
_MARK_SIZES = {"strokeWidth": 1, "size": 2, "fontSize": 1, "thickness": 1, "dy": 1, "dx": 1}
_AXIS_SIZES = ("labelLimit", "labelFontSize", "titleFontSize")


def _walk_spec(node, visit, skip: tuple[str, ...]) -> None:
    """Call ``visit(name, value)`` on every property of a spec (dicts and lists, not the ``skip``
    keys); where it returns True the property is handled and not walked into."""
    if isinstance(node, list):
        for item in node:
            _walk_spec(item, visit, skip)
    elif isinstance(node, dict):
        for name, value in node.items():
            if name not in skip and not visit(name, value):
                _walk_spec(value, visit, skip)


def for_room(spec: dict, present: bool = True) -> dict:
    """A Vega-Lite spec (a dict) with the builders' own mark sizes scaled for presentation mode:
    line widths, value labels and offsets by ``ROOM.marks``, point areas by its square; axis
    label limits and fonts set by a builder grow with the text. The spec is changed in place."""
    if not present:
        return spec
    k = ROOM.marks

    def scale(d: dict, names) -> None:
        for name, power in names.items():
            if isinstance(d.get(name), (int, float)) and not isinstance(d.get(name), bool):
                d[name] = round(d[name] * k ** power, 1)

    def visit(name: str, value) -> bool:
        if name == "mark" and isinstance(value, dict):
            scale(value, _MARK_SIZES)
            if isinstance(value.get("point"), dict):
                scale(value["point"], _MARK_SIZES)
            return True
        if name == "axis" and isinstance(value, dict):
            scale(value, dict.fromkeys(_AXIS_SIZES, 1))
            return True
        return False

    _walk_spec(spec, visit, skip=("datasets", "data", "config"))  # the configuration has the room's sizes
    return spec


def _lines_expr(text_expr: str, width_expr: str, font: float) -> str:
    """A Vega expression: the text ``text_expr`` broken at spaces into lines (an array) that fit
    ``width_expr`` pixels at ``font`` px (a generous character width, so that a line is never cut)."""
    # the expression's string literals need "\\s" for the regular expression's \s; "\n" is a
    # line break, on which the text is split into lines
    chars = f"max(8, floor(({width_expr}) / {0.6 * font:g}))"
    return (f"split(trim(replace({text_expr}, regexp('(.{{1,' + {chars} + '}})(\\\\s+|$)', 'g'), "
            "'$1\\n')), '\\n')")


def _literal(text: str) -> str:
    """``text`` as a string literal of a Vega expression."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", " ") + "'"


#: The width (px) a legend's labels and title are broken to: a chart in half of a 1024 px wide page
#: with the sidebar open (about 300 px), less the rank axis the legend is aligned after (up to 95 px)
#: and the legend's symbol.
LEGEND_WIDTH = 170
#: The width (px) a chart's title is broken to (a Vega expression): the chart's container (its column on the
#: page, ``containerSize()``: the box Streamlit sizes, never the chart's own drawing) less the chart's left and
#: right padding, where the title has its whole line (it starts at the left of the axis titles). Never the
#: ``width`` signal: with ``autosize`` "fit-x" Vega sets that signal to the plot's width once it has laid the
#: chart out and runs the dataflow again without laying it out a second time (vega-view's ``resizeView``:
#: ``_autosize = 0``, then ``run('enter')``); a title wrapped on it gained a line on that second run (the first
#: run has the column's width, the second the plot's, narrower by the axes: 428 and 329 px for the overview's
#: rank charts at 1024) and was drawn a line above the chart's top (17-18 px in presentation mode), on the charts
#: nothing updated again after a resize (which ones varied run to run).
#: The container does not change between the two runs, so the title has the same lines in both. ``width``
#: stays in the expression (the other branch): the title is worked out again when Streamlit gives the chart a
#: new width (its column changed), and where there is no container (an export) it is the fallback. Never
#: narrower than 200 px.
TITLE_WIDTH = (f"isFinite(containerSize()[0]) && containerSize()[0] > 0 "
               f"? max(containerSize()[0] - {PADDING['left'] + PADDING['right']}, 200) : max(width + 40, 200)")
#: The width (px) an x axis's title is broken to (the plot beside a name axis on a phone).
AXIS_TITLE_WIDTH = 160


def fit_text(spec: dict, present: bool = False) -> dict:
    """Break a chart's title and legend labels into lines instead of letting Vega cut them with an
    ellipsis at the chart's edge, on a phone as on a projector: the title to the chart's column
    (:data:`TITLE_WIDTH`, a Vega expression), legend labels to :data:`LEGEND_WIDTH`. Charts without one
    width (facets, concatenations) and legends with an expression of their own are kept. The spec is
    changed in place."""
    if any(k in spec for k in ("facet", "hconcat", "vconcat", "concat", "repeat")):
        return spec
    size = sizes(present)
    title = spec.get("title")
    params = title if isinstance(title, dict) else {"text": title}
    text = params.get("text")
    if isinstance(text, list):
        text = " ".join(str(t) for t in text)
    if isinstance(text, str) and text:
        # "limit": 0, no cut: Streamlit's frontend gives a title without a limit one of its own, the chart's width
        # less 40 px when it first draws it, and keeps it when the chart is drawn wider later (a resize, the
        # sidebar closed): "Chỉ số PCI: xếp hạng 2016-…" at 1280 after 1000. The lines fit without it.
        spec["title"] = {"limit": 0, **params, "text": {"expr": _lines_expr(_literal(text), TITLE_WIDTH, size.title)}}
        if isinstance(spec.get("autosize"), dict):
            # Vega's flag to lay the chart out again at its next update; it runs no update itself, so it
            # never kept a title wrapped on the width signal inside the chart (see TITLE_WIDTH)
            spec["autosize"]["resize"] = True

    def visit(name: str, value) -> bool:
        if name == "encoding" and isinstance(value, dict):
            x = value.get("x")
            if isinstance(x, dict) and isinstance(x.get("title"), str) and len(x["title"]) > 16:
                # the x axis's title in lines of a phone's plot ("PCI composite points gained" ran past the edge)
                x["title"] = _wrap(x["title"], AXIS_TITLE_WIDTH, size.label)
            for channel in value.values():
                if isinstance(channel, dict) and isinstance(channel.get("legend"), dict):
                    legend = channel["legend"]
                    text = legend.get("title", channel.get("title"))
                    if isinstance(text, str) and text:
                        # the legend's title in lines too ("Trạng thái 2025 (giả đ…" was cut)
                        legend["title"] = _wrap(text, LEGEND_WIDTH, size.label)
                        legend["titleLimit"] = 0
            return False
        if name == "axis" and isinstance(value, dict) and value.get("labelLimit") and "labelExpr" not in value:
            # a name axis (targets, tasks): its labels in lines of the axis's width, never "…at st…"
            value["labelExpr"] = _lines_expr("datum.label", str(value["labelLimit"]), size.label)
            value["labelLimit"] = 0
            return True
        if name == "legend" and isinstance(value, dict) and value.get("direction") == "horizontal":
            value["direction"] = "vertical"  # a row of entries never wraps: it ran past the chart's edge
            value.setdefault("columns", 2)
        if name == "legend" and isinstance(value, dict) and "labelExpr" not in value:
            # a fixed number of characters, not one on the width signal: Vega lays a legend
            # out once, and labels that gain a line after the first draw overlap
            columns = value.get("columns", 1) if value.get("direction") != "horizontal" else 1
            value["labelExpr"] = _lines_expr("datum.label", f"{LEGEND_WIDTH} / {columns}", size.label)
            value["labelLimit"] = 0  # the lines fit: no ellipsis
            return True
        return False

    _walk_spec(spec, visit, skip=("datasets", "data"))
    return spec


#: The widest a value label may be drawn (px per character at a 1 px font: a generous estimate, so that
#: two labels kept apart by it never touch); value labels are thinned for presentation mode's larger text.
CHAR_WIDTH = 0.6


def year_axis(years, title: str, field: str = "year") -> alt.X:
    """Years on an axis spaced by time: a quantitative axis of whole years, so that a year without a
    figure (PAR INDEX 2020, 2023) is a gap, never drawn next to its neighbours as if one year apart. The
    domain reaches half a year past the first and last, so that the points and their labels stay inside;
    a label Vega would draw over another is left out (``labelOverlap``)."""
    ys = sorted({int(y) for y in years if pd.notna(y)}) or [0]
    ticks = list(range(ys[0], ys[-1] + 1))
    return alt.X(f"{field}:Q", title=title,
                 scale=alt.Scale(domain=[ys[0] - 0.5, ys[-1] + 0.5], nice=False, zero=False),
                 axis=alt.Axis(values=ticks, format="d", labelAngle=0, labelOverlap="greedy", grid=False,
                               labelFlush=False))


def with_gaps(df: pd.DataFrame, field: str = "year", by: str | None = None) -> pd.DataFrame:
    """``df`` with an empty row for every year missing between its first and last (per ``by`` group):
    a line drawn over it breaks at the missing year instead of joining its neighbours."""
    if df.empty:
        return df
    groups = [(None, df)] if by is None else list(df.groupby(by, sort=False))
    parts = []
    for key, part in groups:
        ys = {int(y) for y in part[field].dropna()}
        missing = sorted(set(range(min(ys), max(ys) + 1)) - ys) if ys else []
        if missing:
            fill = pd.DataFrame({field: missing, **({by: key} if by else {})})
            part = pd.concat([part, fill], ignore_index=True).sort_values(field, kind="stable")
        parts.append(part)
    return pd.concat(parts, ignore_index=True)


def _longest(texts) -> int:
    """The characters of the longest of ``texts`` (value labels; a missing one counts none), at least 1."""
    return max((len(str(t)) for t in texts if t is not None and str(t) != "nan"), default=1)


def thinned(field: str, years, texts, font: float, field_year: str = "year", room: bool = True):
    """A text channel printing ``field`` only on every k-th year counted back from the latest, k such
    that two printed labels are at least a label's width apart on the drawn plot (``width``, a Vega
    signal: the layout of the page decides it): value labels never sit on one another, at any width.
    ``texts`` are the labels (their longest sets the width), ``font`` their size in px (by
    presentation mode's factor when ``room``, so that the larger labels are thinned enough)."""
    ys = [int(y) for y in years if pd.notna(y)]
    if not ys:
        return alt.Text(f"{field}:N")
    first, last = min(ys), max(ys)
    span = last - first + 1
    label_px = _longest(texts) * CHAR_WIDTH * font * (ROOM.marks if room else 1) + 6
    step = f"max(1, ceil({label_px:g} / (width / {span})))"
    return alt.condition(f"({last} - datum.{field_year}) % {step} == 0", alt.Text(f"{field}:N"), alt.value(""))


def label_room(values: pd.Series, texts, font: float, dx: float) -> alt.Scale:
    """A scale from 0 whose top leaves room, right of the longest bar, for its value label (``texts``' longest,
    ``font`` px, ``dx`` px from the bar's end) at any drawn width: the top is a Vega expression of ``width``
    (the layout of the page decides it), max · width / (width − the label's px), sized for presentation mode's
    larger labels (:func:`for_room`). A phone's narrow plot then gives the labels more of its domain."""
    top = float(values.max()) if len(values) and pd.notna(values.max()) and values.max() > 0 else 1.0
    label_px = (_longest(texts) * CHAR_WIDTH * font + dx) * ROOM.marks + 10  # and a margin: a browser's glyphs may be wider
    return alt.Scale(domainMin=0, domainMax=alt.ExprRef(f"{top:g} * width / max(width - {label_px:g}, width / 2)"))


def add_formatted(df: pd.DataFrame, lang: str, cols: dict[str, int]) -> pd.DataFrame:
    """Copy ``df`` adding ``<col>_fmt`` text columns (numbers in the language's format) for tooltips."""
    out = df.copy()
    for col, decimals in cols.items():
        out[f"{col}_fmt"] = out[col].map(lambda v: fmt_number(v, lang, decimals))
    return out


def rank_axis(out_of: int) -> alt.Scale:
    """Ranks on a reversed axis: 1 (best) at the top, ``out_of`` (the number ranked) at the bottom."""
    return alt.Scale(domain=[int(out_of), 1], nice=False)


def field_size(df: pd.DataFrame, *columns: str, extra: list[float] | None = None) -> int:
    """How many provinces a rank axis must show: the data's ``out_of`` where it has one, else the worst
    rank among ``columns`` (and ``extra`` values such as band limits)."""
    if "out_of" in df and df["out_of"].notna().any():
        return int(df["out_of"].max())
    values = [float(v) for c in columns if c in df for v in df[c].dropna()] + [float(v) for v in extra or []]
    return int(math.ceil(max(values))) if values else 1


def score_rank_chart(df: pd.DataFrame, *, lang: str, title_score: str, title_rank: str,
                     x_title: str, y_score: str, y_rank: str, bands: list[dict] | None = None,
                     score_domain: list[float] | None = None, band_title: str = "") -> tuple[alt.Chart, alt.LayerChart]:
    """Two charts for one index over the years: the score, and the rank on a reversed axis.

    ``df`` has columns year, score, rank. ``bands`` are rank target bands (dicts with low, high,
    label), drawn as shaded areas named in the legend.
    """
    data = add_formatted(df, lang, {"score": 2, "rank": 0})
    data["year_str"] = data["year"].astype(str)
    n = field_size(df, "rank", extra=[b["high"] for b in bands or []])
    data = with_gaps(data)  # a year without figures breaks the lines
    tooltip = [alt.Tooltip("year_str:N", title=x_title), alt.Tooltip("score_fmt:N", title=y_score),
               alt.Tooltip("rank_fmt:N", title=y_rank)]
    x = year_axis(df["year"], x_title)
    y_scale = alt.Scale(domain=score_domain, zero=False) if score_domain else alt.Scale(zero=False)
    base = alt.Chart(data)
    score_line = (base.mark_line(point=alt.OverlayMarkDef(size=80), color=BLUE, strokeWidth=3)
                  .encode(x=x, y=alt.Y("score:Q", title=y_score, scale=y_scale), tooltip=tooltip))
    score_labels = base.mark_text(dy=-13, fontSize=12, color=GREY).encode(
        x=x, y=alt.Y("score:Q", scale=y_scale),
        text=thinned("score_fmt", df["year"], data["score_fmt"].dropna(), 12))
    score = (score_line + score_labels).properties(title=title_score, width="container", height=260)
    rank_line = (base.mark_line(point=alt.OverlayMarkDef(size=80), color=ORANGE, strokeWidth=3)
                 .encode(x=x, y=alt.Y("rank:Q", title=y_rank, scale=rank_axis(n)), tooltip=tooltip))
    labels = base.mark_text(dy=-13, fontSize=12, color=GREY).encode(
        x=x, y=alt.Y("rank:Q", scale=rank_axis(n)),
        text=thinned("rank_fmt", df["year"], data["rank_fmt"].dropna(), 12))
    layers = []
    if bands:
        band_df = pd.DataFrame(bands)
        names = list(band_df["label"])
        colours = [GREEN, SKY, PURPLE][:len(names)]
        layers.append(alt.Chart(band_df).mark_rect(opacity=0.22).encode(
            y=alt.Y("low:Q", scale=rank_axis(n)), y2="high:Q",
            color=alt.Color("label:N", title=band_title or None, sort=names,
                            scale=alt.Scale(domain=names, range=colours),
                            legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=500)),
            tooltip=[alt.Tooltip("label:N", title=band_title or y_rank)]))
    rank = alt.layer(*layers, rank_line, labels).properties(
        title=title_rank, width="container", height=260,
        autosize=alt.AutoSizeParams(type="fit-x", contains="padding"))  # the legend adds to the height
    return score, rank


#: The layouts of the small multiples, widest first: (columns, width of one panel in px). Every
#: layout is drawn (a hidden one is compiled by Vega all the same: each costs a page's first load about
#: 5 %, so three, not five: 5 columns on a wide screen or a projector, 3 on a laptop with the sidebar or a
#: tablet, 1 on a phone); the browser shows the widest that fits its column (reform/ui/styles.py).
MULTIPLES = ((5, 150), (3, 150), (1, 250))
FACET_SPACING = 20


def multiples_width(columns: int, panel: int, present: bool = False) -> int:
    """The width (px) small multiples of ``columns`` × ``panel`` px need: the panels, the gaps
    between them, the score axis on the left and the padding (measured in Chromium, with a margin)."""
    axis = 95 if present else 60
    return columns * panel + (columns - 1) * FACET_SPACING + axis


def _wrap(text: str, width_px: float, font_px: float) -> list[str]:
    """``text`` broken into lines that fit ``width_px`` at ``font_px`` (a generous estimate of the
    width of a character, so that a line is never cut)."""
    return textwrap.wrap(text, max(8, int(width_px / (0.6 * font_px)))) or [text]


def small_multiples(df: pd.DataFrame, *, lang: str, title: str, x_title: str, y_title: str,
                    rank_title: str, weight_title: str, columns: int = 5, width: int = 150,
                    every_axis: bool = False, present: bool = False) -> alt.FacetChart:
    """The 10 PCI sub-indices in one faceted chart: score per year, rank printed at each point.

    ``df`` has year, label (facet title incl. weight), score, rank, weight. Panel titles and the
    chart title are broken into lines so that the chart is no wider than its panels
    (:func:`multiples_width`); ``present``: the sizes of presentation mode.
    """
    size = sizes(present)
    data = add_formatted(df, lang, {"score": 2, "rank": 0})
    data["weight_fmt"] = data["weight"].map(lambda w: fmt_number(100 * w, lang, 0) + "%")
    data["year_str"] = data["year"].astype(str)
    data["rank_label"] = "#" + data["rank_fmt"]
    data["panel"] = data["label"].map(lambda t: "|".join(_wrap(t, width, size.label)))
    tooltip = [alt.Tooltip("label:N", title=title), alt.Tooltip("year_str:N", title=x_title),
               alt.Tooltip("score_fmt:N", title=y_title), alt.Tooltip("rank_fmt:N", title=rank_title),
               alt.Tooltip("weight_fmt:N", title=weight_title)]
    base = alt.Chart().encode(x=alt.X("year_str:O", title=x_title, axis=alt.Axis(labelAngle=-45)))
    line = base.mark_line(point=True, color=BLUE, strokeWidth=2.5).encode(
        y=alt.Y("score:Q", title=y_title, scale=alt.Scale(domain=[3, 10])), tooltip=tooltip)
    text = base.mark_text(dy=-11, fontSize=10, color=GREY).encode(
        y=alt.Y("score:Q"), text="rank_label:N")
    order = list(dict.fromkeys(data["panel"]))
    header = alt.Header(labelExpr="split(datum.label, '|')", labelLimit=width, labelAlign="left",
                        labelAnchor="start")
    total = multiples_width(columns, width, present)
    chart = (alt.layer(line, text, data=data)
             .properties(width=width, height=130)
             .facet(facet=alt.Facet("panel:N", title=None, sort=order, header=header), columns=columns,
                    spacing=FACET_SPACING)
             .properties(title=alt.TitleParams(_wrap(title, total, size.title))))
    # one column on a phone: every panel gets its own year axis
    return chart.resolve_axis(x="independent") if every_axis else chart


def bar_chart(df: pd.DataFrame, *, lang: str, x: str, y: str, title: str, x_title: str, y_title: str,
              decimals: int = 2, colour: str = BLUE, sort: str | list | None = "-x",
              extra_tooltips: list[tuple[str, str]] | None = None) -> alt.Chart:
    """A horizontal bar chart with value labels (``x`` numeric, ``y`` category)."""
    data = add_formatted(df, lang, {x: decimals})
    tooltip = [alt.Tooltip(f"{y}:N", title=y_title), alt.Tooltip(f"{x}_fmt:N", title=x_title)]
    tooltip += [alt.Tooltip(f"{c}:N", title=t) for c, t in (extra_tooltips or [])]
    base = alt.Chart(data).encode(y=alt.Y(f"{y}:N", title=None, sort=sort,
                                          axis=alt.Axis(labelLimit=260)))
    bars = base.mark_bar(color=colour).encode(
        x=alt.X(f"{x}:Q", title=x_title, scale=label_room(data[x], data[f"{x}_fmt"], 12, 3)), tooltip=tooltip)
    labels = base.mark_text(align="left", dx=3, fontSize=12).encode(x=f"{x}:Q", text=f"{x}_fmt:N")
    return (bars + labels).properties(title=title, width="container", height=32 * max(len(data), 2))


def lines_data(df: pd.DataFrame, lang: str, decimals: int = 2) -> pd.DataFrame:
    """The data :func:`lines_chart` draws (with formatted tooltip columns)."""
    data = add_formatted(df, lang, {"value": decimals})
    data["year_str"] = data["year"].astype(str)
    return data


def lines_chart(df: pd.DataFrame, *, lang: str, title: str, x_title: str, y_title: str,
                series_title: str, decimals: int = 2, y_domain: list[float] | None = None,
                zero: bool = True, height: int = 280) -> alt.Chart:
    """One line per series over the years. ``df`` has year, series, value (nulls leave gaps)."""
    data = lines_data(df, lang, decimals)
    order = list(dict.fromkeys(data["series"]))
    scale = alt.Scale(domain=y_domain, zero=False, nice=False) if y_domain else alt.Scale(zero=zero)
    colour = alt.Color("series:N", title=series_title, sort=order,
                       scale=alt.Scale(domain=order, range=SERIES[:len(order)] or SERIES),
                       legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=400))
    tooltip = [alt.Tooltip("series:N", title=series_title), alt.Tooltip("year_str:N", title=x_title),
               alt.Tooltip("value_fmt:N", title=y_title)]
    chart = alt.Chart(data).mark_line(point=alt.OverlayMarkDef(size=60), strokeWidth=3).encode(
        x=alt.X("year_str:O", title=x_title, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=y_title, scale=scale),
        color=colour, strokeDash=alt.StrokeDash("series:N", sort=order, legend=None), tooltip=tooltip)
    return chart.properties(title=title, width="container", height=height)


#: The width (px, on a screen; presentation mode's is 1,4 times) of a name axis: its names are broken into
#: lines of it (:func:`fit_text`), so that a phone keeps a plot beside them.
NAME_AXIS = 130


def name_row(names, least: int = 42) -> int:
    """The height (px) of a row of a name axis: the most lines a name takes at presentation mode's size
    (the larger), 22 px each and a gap; at least ``least``."""
    per_line = max(8, int(NAME_AXIS * ROOM.marks / (0.6 * ROOM.label)))
    lines = max((len(textwrap.wrap(str(n), per_line)) for n in names), default=1)
    return max(least, 22 * lines + 8)


def target_data(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The data :func:`target_chart` draws, with tooltip texts formatted by each target's unit
    (a rank as a whole number, a share with two decimals and "%")."""
    cols = ["name", "latest", "projected_2025", "goal_2025", "status_word"]
    out = df[cols + (["out_of"] if "out_of" in df else [])].copy()
    units = df["unit"] if "unit" in df else pd.Series("%", index=df.index)
    for col in ("latest", "projected_2025", "goal_2025"):
        out[f"{col}_fmt"] = [numbers.value_text(v, lang, u) for v, u in zip(df[col], units)]
    return out


def target_chart(df: pd.DataFrame, *, lang: str, title: str, x_title: str, labels: dict[str, str],
                 rank: bool = False) -> alt.LayerChart:
    """Where each target stands: latest value, projected 2025 value and the 2025 goal.

    ``df`` has name, latest, projected_2025, goal_2025, status, status_word (and out_of for ranks,
    the number ranked; without it the axis ends at the worst rank shown).
    """
    data = target_data(df, lang)
    order = list(data["name"])
    # ranks run N (left) to 1 (right): further right is better, and every tick is a whole rank
    n = field_size(df, "latest", "projected_2025", "goal_2025") if rank else None
    scale = alt.Scale(domain=[n, 1], nice=False) if rank else alt.Scale(domain=[0, 100])
    ticks = (alt.Axis(values=sorted({n, 1, *range(10, n - 5, 10)}, reverse=True), format="d") if rank
             else alt.Axis(tickCount=8))
    y = alt.Y("name:N", title=None, sort=order, axis=alt.Axis(labelLimit=NAME_AXIS))
    tooltip = [alt.Tooltip("name:N", title=labels["target"]),
               alt.Tooltip("latest_fmt:N", title=labels["latest"]),
               alt.Tooltip("projected_2025_fmt:N", title=labels["projected"]),
               alt.Tooltip("goal_2025_fmt:N", title=labels["goal"]),
               alt.Tooltip("status_word:N", title=labels["status"])]
    base = alt.Chart(data).encode(y=y, tooltip=tooltip)
    rule = base.mark_rule(color=GREY, strokeWidth=2).encode(
        x=alt.X("latest:Q", title=x_title, scale=scale, axis=ticks), x2="projected_2025:Q")
    latest = base.mark_point(filled=True, size=110, color=GREY, shape="circle").encode(x="latest:Q")
    status_order = list(STATUS_COLOURS)
    projected = base.mark_point(filled=True, size=170, shape="triangle-right").encode(
        x="projected_2025:Q",
        color=alt.Color("status_word:N", title=labels["status"],
                        legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=200),
                        scale=alt.Scale(domain=[labels[f"status_{s}"] for s in status_order if f"status_{s}" in labels],
                                        range=[STATUS_COLOURS[s] for s in status_order if f"status_{s}" in labels])))
    goal = base.mark_tick(color="black", thickness=3, size=26).encode(x="goal_2025:Q")
    return alt.layer(rule, latest, projected, goal).properties(title=title, width="container",
                                                               height=max(90, name_row(order) * len(data)))


def compare_bars(df: pd.DataFrame, *, lang: str, title: str, x_title: str, series_title: str) -> alt.Chart:
    """Horizontal bars per target, one bar per scenario. ``df``: target, series, value."""
    data = add_formatted(df, lang, {"value": 2})
    order = list(dict.fromkeys(data["series"]))
    targets = list(dict.fromkeys(data["target"]))
    return alt.Chart(data).mark_bar().encode(
        y=alt.Y("target:N", title=None, sort=targets, axis=alt.Axis(labelLimit=NAME_AXIS)),
        yOffset=alt.YOffset("series:N", sort=order),
        x=alt.X("value:Q", title=x_title, scale=alt.Scale(domain=[0, 100])),
        color=alt.Color("series:N", title=series_title, sort=order,
                        scale=alt.Scale(domain=order, range=SERIES[:len(order)]),
                        legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=300)),
        tooltip=[alt.Tooltip("target:N", title=title), alt.Tooltip("series:N", title=series_title),
                 alt.Tooltip("value_fmt:N", title=x_title)],
    ).properties(title=title, width="container",
                 height=alt.Step(max(9, math.ceil(name_row(targets, 0) / max(1, len(order))))))


# --- what a screen reader and low vision need of every chart (issue 17, WCAG 2.1 AA) -----------------------
#: Axis, legend and header text: Streamlit's chart theme draws it #808495 (3.7:1 on white); this is 13:1.
INK = "#262730"
#: The configuration keys that take :data:`INK` (labels and titles of axes, legends, facet headers).
_INKED = {"axis": ("labelColor", "titleColor"), "legend": ("labelColor", "titleColor"),
          "header": ("labelColor", "titleColor"), "title": ("color", "subtitleColor")}


def _title_text(title) -> str:
    """The words of a Vega-Lite title (a string, lines, or ``{"text", "subtitle"}``)."""
    if isinstance(title, dict):
        return ". ".join(t for t in (_title_text(title.get("text")), _title_text(title.get("subtitle"))) if t)
    if isinstance(title, (list, tuple)):
        return " ".join(str(t) for t in title if t)
    return title if isinstance(title, str) else ""


def _encoding_titles(spec: dict) -> dict[str, list[str]]:
    """Every channel's titles (x, y, color…) over the spec's layers and sub-charts, in order, once each."""
    found: dict[str, list[str]] = {}

    def visit(name: str, value) -> bool:
        if name == "encoding" and isinstance(value, dict):
            for channel, enc in value.items():
                title = enc.get("title") if isinstance(enc, dict) else None
                if isinstance(title, str) and title and title not in found.setdefault(channel, []):
                    found[channel].append(title)
            return True
        return False

    _walk_spec(spec, visit, skip=("datasets", "data", "config"))
    return found


def describe(spec: dict, lang: str) -> str:
    """The chart's description for a screen reader: its title and what its axes and colours show, and
    where its numbers are (a table under every chart). In ``lang``; from the spec alone."""
    from reform.i18n import common, tr

    titles = _encoding_titles(spec)
    title = _title_text(spec.get("title")) or " / ".join(
        _title_text(s.get("title")) for key in ("hconcat", "vconcat", "concat", "layer")
        for s in spec.get(key, []) if isinstance(s, dict) and s.get("title")) or tr(common.TEXT, "chart_untitled", lang)
    parts = [tr(common.TEXT, "chart_desc", lang, title=title.rstrip(". "))]
    for channel, key in (("x", "chart_desc_x"), ("y", "chart_desc_y"), ("color", "chart_desc_colour")):
        if titles.get(channel):
            parts.append(tr(common.TEXT, key, lang, what=", ".join(titles[channel])))
    parts.append(tr(common.TEXT, "chart_desc_table", lang))
    return " ".join(parts)


def _tooltip_expr(tooltip) -> str | None:
    """A Vega expression reading a mark's tooltip as words: "Year: 2016; Rank: 62/63" (titles, never fields)."""
    entries = tooltip if isinstance(tooltip, list) else [tooltip]
    parts = [f"{_literal(t['title'] + ': ')} + (datum[{_literal(t['field'])}] == null ? '' : '' + datum[{_literal(t['field'])}])"
             for t in entries if isinstance(t, dict) and t.get("field") and t.get("title")]
    return " + '; ' + ".join(parts) or None


def _describe_marks(node, inherited=None) -> None:
    """Each mark's description (what a screen reader reads on it; Vega-Lite's own lists every encoded field by
    its name, e.g. "out_of: 63") from its tooltip, in words; a mark without a tooltip is left out of the
    reading (``aria: false``: its figures are in the chart's tooltips and table)."""
    if isinstance(node, list):
        for item in node:
            _describe_marks(item, inherited)
        return
    if not isinstance(node, dict):
        return
    encoding = node.get("encoding") if isinstance(node.get("encoding"), dict) else {}
    tooltip = encoding.get("tooltip", (inherited or {}).get("tooltip"))
    if "mark" in node:
        mark = node["mark"] if isinstance(node["mark"], dict) else {"type": node["mark"]}
        expr = _tooltip_expr(tooltip) if tooltip else None
        if expr:
            mark.setdefault("description", {"expr": expr})
        else:
            mark.setdefault("aria", False)
        node["mark"] = mark
    for key in ("layer", "hconcat", "vconcat", "concat"):
        if key in node:
            _describe_marks(node[key], {**(inherited or {}), **encoding})
    if "spec" in node:
        _describe_marks(node["spec"], {**(inherited or {}), **encoding})


def accessible(spec: dict, lang: str) -> dict:
    """The spec with a description (Vega writes it as the chart's ``aria-label``, in place of "Vega
    visualization"), each mark's description in words (:func:`_describe_marks`) and :data:`INK` for its axes,
    legends, headers and titles. Changed in place."""
    if not spec.get("description"):
        spec["description"] = describe(spec, lang)
    _describe_marks(spec)
    config = spec.setdefault("config", {})
    for part, keys in _INKED.items():
        block = config.setdefault(part, {})
        for key in keys:
            block.setdefault(key, INK)
    # Vega describes axes and legends itself, in English ("X-axis titled …"): the chart's description names them
    for part in ("axis", "legend"):
        config[part].setdefault("aria", False)
    return spec
