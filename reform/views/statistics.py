"""Reform statistics: the printed rows of Appendices 05, 06, 08, 09, 10 and 11 shaped for charts and tables.

Every figure comes from the decision as printed (query ``appendix_table``). Heading
rows carry no figures: they become the group label of the rows under them and are
never drawn. An empty cell stays empty (a gap, "–"), "-" reads "not applicable",
text cells stay text and 1/0 rows read Yes/No. The few figures the decision does
not print (unfilled posts, units by degree of autonomy, a recomputed share) are
computed here and the page labels them as computed.
"""
from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

import altair as alt
import pandas as pd

from reform.views import charts
from reform.data import db
from reform.views import numbers
from reform.i18n import fmt
from reform.i18n.fmt import NO_VALUE, fmt_number, fmt_value
from reform.i18n import pick, tr
from reform.i18n import statistics as text

APPENDICES = ("PL05", "PL06", "PL08", "PL09", "PL10", "PL11")
YES_NO = "yes/no"
PERCENT = "%"
_NUMBERED = re.compile(r"^\s*(\d+|[IVX]+)\.?\s*$")


def T(key: str, lang: str, **kw) -> str:
    return tr(text.TEXT, key, lang, **kw)


# --- rows ------------------------------------------------------------------------------------

@db.memo
def appendix_rows(appendix: str) -> pd.DataFrame:
    """Every printed cell of one appendix in printed order, with ``group_id`` (the row it sits under)."""
    return add_groups(db.run("appendix_table", appendix=appendix))


def add_groups(df: pd.DataFrame) -> pd.DataFrame:
    """Add ``group_id``: the last numbered row above an un-numbered one ("-", blank, a sub-label).

    A component row (``<id>__num``, ``<id>__den``) belongs to its base row.
    """
    parents: dict[str, str | None] = {}
    current = None
    for r in df.drop_duplicates("indicator_id").itertuples():
        base = r.indicator_id.split("__")[0]
        if base != r.indicator_id:
            parents[r.indicator_id] = base
            continue
        item = r.item if isinstance(r.item, str) else ""
        if _NUMBERED.match(item):
            current = r.indicator_id
            parents[r.indicator_id] = None
        else:
            parents[r.indicator_id] = current
    out = df.copy()
    out["group_id"] = out["indicator_id"].map(parents)
    return out


def indicator_name(name_vi: object, name_en: object, lang: str) -> str:
    """The indicator's name as printed (English from the catalogue); a row printed without a label says so."""
    vi = name_vi if isinstance(name_vi, str) else ""
    if not vi.strip():
        return T("unlabelled", lang)
    en = name_en if isinstance(name_en, str) else ""
    return en if lang == "en" and en else vi


def names(df: pd.DataFrame, lang: str) -> dict[str, str]:
    """indicator_id → name as printed, for every row of ``df`` (headings included)."""
    first = df.drop_duplicates("indicator_id")
    return {r.indicator_id: indicator_name(r.name_vi, r.name_en, lang) for r in first.itertuples()}


def series_name(indicator_id: str, lang: str, fallback: str = "") -> str:
    """A short name for a chart legend (the tables keep the printed names)."""
    pair = text.SERIES.get(indicator_id)
    return pick(lang, *pair) if pair else fallback or indicator_id


def unit_label(unit: object, lang: str) -> str:
    if not isinstance(unit, str) or not unit:
        return ""
    pair = text.UNITS.get(unit)
    return pick(lang, *pair) if pair else unit


def period_label(period: object, lang: str) -> str:
    """'Giai đoạn 2011-2020 (Tính đến 12/2019)' as printed in Vietnamese, 'Period 2011-2020 (as of 12/2019)' in English."""
    if not isinstance(period, str):
        return ""
    if lang != "en":
        return period
    out = period.replace("Giai đoạn", "Period")
    return re.sub(r"\(Tính đến ([^)]*)\)", r"(as of \1)", out)


# --- cells -----------------------------------------------------------------------------------

def value_text(value: object, unit: object, lang: str) -> str:
    """A number in the page's format with its short unit (metadata), up to two decimals as the
    document prints; yes/no units read Yes/No."""
    if value is None or pd.isna(value):
        return NO_VALUE
    if unit == YES_NO and value in (0, 1):
        return T("yes" if value == 1 else "no", lang)
    return fmt_value(value, numbers.number_format(unit)[1], lang)


def text_cell(printed: object, lang: str) -> str:
    """The printed words of a text cell (translated where known)."""
    return fmt.cell_text(None, "text", printed, lang) if isinstance(printed, str) and printed.strip() else ""


def cell_text(value: object, printed: object, flag: str, footnote: object, unit: object, lang: str) -> str:
    """One table cell (:func:`reform.i18n.fmt.cell_text`); 1/0 in a yes/no row reads Yes/No."""
    if flag == "value" and unit == YES_NO and value in (0, 1):
        s = value_text(value, unit, lang)
        return s + (f" [{int(footnote)}]" if footnote is not None and not pd.isna(footnote) else "")
    return fmt.cell_text(value, flag, printed, lang, numbers.number_format(unit)[1], footnote=footnote)


def _column(row, by: str, lang: str) -> str:
    return str(int(row.year)) if by == "year" else period_label(row.period, lang)


def wide_table(df: pd.DataFrame, lang: str, ids: list[str] | None = None, by: str = "year") -> pd.DataFrame:
    """The printed table as text: item, group, indicator, unit, then one column per year (or period).

    Heading rows are left out (they have no figures); their name is the group of the rows under them.
    """
    all_names = names(df, lang)
    part = df[~df["is_heading"]] if ids is None else df[df["indicator_id"].isin(ids)]
    if ids is not None:
        order = {k: i for i, k in enumerate(ids)}
        part = part.sort_values(["indicator_id"], key=lambda s: s.map(order), kind="stable")
    columns: list[str] = []
    table: dict[str, dict] = {}
    for r in part.itertuples():
        col = _column(r, by, lang)
        if col not in columns:
            columns.append(col)
        row = table.setdefault(r.indicator_id, {
            T("col_item", lang): r.item if isinstance(r.item, str) and (_NUMBERED.match(r.item) or r.item == "-")
            else "",
            T("col_group", lang): all_names.get(r.group_id, "") if isinstance(r.group_id, str) else "",
            T("col_indicator", lang): all_names[r.indicator_id],
            T("col_unit", lang): unit_label(r.unit, lang),
        })
        row[col] = cell_text(r.value, r.value_text, r.flag, r.footnote, r.unit, lang)
    out = pd.DataFrame(list(table.values()))
    if not len(out):
        return out
    if not out[T("col_group", lang)].astype(bool).any():
        out = out.drop(columns=[T("col_group", lang)])
    return out.fillna(NO_VALUE)


RAW_COLUMNS = ["indicator_id", "item", "name_vi", "name_en", "unit", "year", "period", "value", "value_text",
               "flag", "footnote", "footnote_text", "source"]


def long_raw(df: pd.DataFrame, ids: list[str] | None = None) -> pd.DataFrame:
    """The cells as data (for the CSV download): one row per indicator and year, values as numbers."""
    part = df if ids is None else df[df["indicator_id"].isin(ids)]
    return part[RAW_COLUMNS].reset_index(drop=True)


def yes_no_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The 1/0 rows as Yes/No per year, with short names (compact enough for a phone)."""
    ids = list(dict.fromkeys(df.loc[df["unit"] == YES_NO, "indicator_id"]))
    out = wide_table(df, lang, ids)
    out[T("col_indicator", lang)] = [series_name(i, lang, n) for i, n in zip(ids, out[T("col_indicator", lang)])]
    return out.drop(columns=[T("col_item", lang), T("col_group", lang), T("col_unit", lang)], errors="ignore")


def footnotes(df: pd.DataFrame, lang: str) -> list[dict]:
    """The footnotes cited in ``df``: number, where (indicator, year) and text, in number order."""
    all_names = names(df, lang)
    cited = df[df["footnote"].notna()].sort_values("footnote")
    return [{"n": int(r.footnote), "where": f"{series_name(r.indicator_id, lang, all_names[r.indicator_id])}, "
                                             f"{int(r.year)}",
             "text": r.footnote_text if isinstance(r.footnote_text, str) else ""}
            for r in cited.itertuples()]


# --- chart data -------------------------------------------------------------------------------

def series_frame(df: pd.DataFrame, ids: list[str], lang: str, labels: dict[str, str] | None = None) -> pd.DataFrame:
    """year, series, value (null where nothing is printed), printed text, footnote note; ``ids`` order kept."""
    all_names = names(df, lang)
    rows = []
    for k, ind in enumerate(ids):
        for r in df[df["indicator_id"] == ind].itertuples():
            value = r.value if r.flag == "value" else None
            note = f"[{int(r.footnote)}] {r.footnote_text}" if not pd.isna(r.footnote) else ""
            rows.append({"year": int(r.year), "period": r.period, "indicator_id": ind, "order": k,
                         "series": (labels or {}).get(ind) or series_name(ind, lang, all_names[ind]),
                         "value": value, "printed": text_cell(r.value_text, lang) or NO_VALUE, "note": note})
    out = pd.DataFrame(rows)
    out["value"] = pd.to_numeric(out["value"], errors="coerce")
    return out


def value_fmt(value: object, lang: str, percent: bool = False) -> str:
    return value_text(value, PERCENT if percent else None, lang)


def _tooltip(data: pd.DataFrame, lang: str, y_title: str, x: str = "year_str", x_title: str | None = None) -> list:
    tips = [alt.Tooltip("series:N", title=T("series", lang)),
            alt.Tooltip(f"{x}:N", title=x_title or T("year", lang)),
            alt.Tooltip("value_fmt:N", title=y_title),
            alt.Tooltip("printed:N", title=T("printed", lang))]
    if data["note"].astype(bool).any():
        tips.append(alt.Tooltip("note:N", title=T("note", lang)))
    return tips


def year_bars(frame: pd.DataFrame, *, lang: str, title: str, y_title: str, percent: bool = False,
              stacked: bool = False, totals: pd.DataFrame | None = None, height: int = 300) -> alt.LayerChart:
    """Bars per year, one colour per series (side by side, or stacked). Nulls draw nothing; every year keeps its slot.

    ``totals`` (year, value, printed) are printed totals written above stacked bars.
    """
    data = frame.copy()
    data["year_str"] = data["year"].astype(str)
    data["value_fmt"] = [value_fmt(v, lang, percent) for v in data["value"]]
    years = sorted(data["year_str"].unique())
    order = list(dict.fromkeys(data["series"]))
    single = len(order) == 1
    legend = None if single else alt.Legend(orient="bottom", direction="vertical", labelLimit=400, title=None)
    colour = alt.Color("series:N", sort=order, legend=legend,
                       scale=alt.Scale(domain=order, range=(charts.SERIES * 2)[:len(order)]))
    x = alt.X("year_str:O", title=T("year", lang), scale=alt.Scale(domain=years), axis=alt.Axis(labelAngle=0))
    y_scale = alt.Scale(domain=[0, 100]) if percent else alt.Scale(zero=True)
    top = None
    if not percent:
        peak = (data.groupby("year_str")["value"].sum() if stacked else data["value"]).max()
        if totals is not None and len(totals):
            peak = max(peak, float(totals["value"].max()))
        top = float(peak) * 1.12 if pd.notna(peak) and peak > 0 else 1.0
        y_scale = alt.Scale(domain=[0, top])
    y = alt.Y("value:Q", title=y_title, scale=y_scale, stack="zero" if stacked else None)
    tooltip = _tooltip(data, lang, y_title)
    base = alt.Chart(data).encode(x=x)
    if stacked:
        bars = base.mark_bar().encode(y=y, color=colour, order=alt.Order("order:Q", sort="descending"),
                                      tooltip=tooltip)
    else:
        bars = base.mark_bar().encode(xOffset=alt.XOffset("series:N", sort=order), y=y, color=colour,
                                      tooltip=tooltip)
    layers = [bars]
    if not stacked and not single:
        # a printed 0 gets a "0" so that it never looks like an empty cell (single series: every bar is labelled)
        layers.append(base.transform_filter("datum.value === 0").mark_text(dy=-7, fontSize=12, color=charts.GREY)
                      .encode(xOffset=alt.XOffset("series:N", sort=order), y=alt.Y("value:Q", scale=y_scale),
                              text="value_fmt:N"))
    # the printed values above the bars: only as many as the drawn width keeps apart, counted back from the
    # latest year (the table has them all)
    slots = list(range(len(years)))
    if single:
        data["slot"] = [years.index(y) for y in data["year_str"]]
        base = alt.Chart(data).encode(x=x)
        layers.append(base.mark_text(dy=-8, fontSize=13, color=charts.GREY).encode(
            y=alt.Y("value:Q", scale=y_scale),
            text=charts.thinned("value_fmt", slots, data["value_fmt"], 13, field_year="slot")))
    if totals is not None and len(totals):
        tot = totals.copy()
        tot["year_str"] = tot["year"].astype(str)
        tot["value_fmt"] = [value_fmt(v, lang, percent) for v in tot["value"]]
        tot["slot"] = [years.index(y) if y in years else -1 for y in tot["year_str"]]
        layers.append(alt.Chart(tot).mark_text(dy=-8, fontSize=13, fontWeight="bold", color="black").encode(
            x=x, y=alt.Y("value:Q", scale=y_scale),
            text=charts.thinned("value_fmt", slots, tot["value_fmt"], 13, field_year="slot"),
            tooltip=[alt.Tooltip("year_str:N", title=T("year", lang)),
                     alt.Tooltip("value_fmt:N", title=T("total_printed", lang))]))
    return alt.layer(*layers).properties(title=title_lines(title), width="container", height=height)


def period_frame(df: pd.DataFrame, ids: list[str], lang: str, labels: dict[str, str] | None = None) -> pd.DataFrame:
    """category (short name), period (label in the page language), value, printed: for Appendix 08."""
    out = series_frame(df, ids, lang, labels)
    out["category"] = out["series"]
    out["period_label"] = [period_label(p, lang) for p in out["period"]]
    return out


def period_bars(frame: pd.DataFrame, *, lang: str, title: str, x_title: str) -> alt.LayerChart:
    """Horizontal bars, one row per indicator, one bar per period (Appendix 08 compares two periods)."""
    data = frame.copy()
    data["value_fmt"] = [value_fmt(v, lang) for v in data["value"]]
    data["axis_label"] = [wrap(c, 26) for c in data["category"]]
    cats = list(dict.fromkeys(data["axis_label"]))
    data["period_key"] = [p.replace(" (", "| (") for p in data["period_label"]]  # legend on two lines
    periods = list(dict.fromkeys(data["period_key"]))
    top = float(data["value"].max()) * 1.15 if data["value"].notna().any() else 1.0
    base = alt.Chart(data).encode(
        y=alt.Y("axis_label:N", title=None, sort=cats,
                axis=alt.Axis(labelLimit=200, labelExpr="split(datum.label, '|')")),
        yOffset=alt.YOffset("period_key:N", sort=periods))
    tooltip = [alt.Tooltip("category:N", title=T("col_category", lang)),
               alt.Tooltip("period_label:N", title=T("period", lang)),
               alt.Tooltip("value_fmt:N", title=x_title)]
    bars = base.mark_bar().encode(
        x=alt.X("value:Q", title=x_title, scale=alt.Scale(domain=[0, top]), axis=alt.Axis(tickCount=6)),
        color=alt.Color("period_key:N", sort=periods, title=None,
                        scale=alt.Scale(domain=periods, range=[charts.SKY, charts.BLUE][:len(periods)]),
                        legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=400,
                                          labelExpr="split(datum.label, '|')")),
        tooltip=tooltip)
    labels = base.mark_text(align="left", dx=3, fontSize=12).encode(x="value:Q", text="value_fmt:N")
    return alt.layer(bars, labels).properties(title=title_lines(title), width="container",
                                              height=max(120, 24 * len(cats) * len(periods)))


def title_lines(title: str, width: int = 40) -> alt.TitleParams:
    """A chart title on as many lines as it needs (a phone cuts a long one-line title)."""
    return alt.TitleParams(textwrap.wrap(title, width) or [title])


def wrap(label: str, width: int) -> str:
    """A long axis label on several lines ('|' separates them; the chart splits on it)."""
    return "|".join(textwrap.wrap(label, width)) or label


# --- Appendix 08, part III labels ---------------------------------------------------------------

def sector_owner_label(indicator_id: str, lang: str) -> str:
    """'pl08_su_edu_dept' → 'Giáo dục - đào tạo, thuộc cơ quan chuyên môn tỉnh'."""
    m = re.match(r"pl08_su_(\w+?)_(ppc|dept|district)$", indicator_id)
    if not m:
        return indicator_id
    return f"{pick(lang, *text.SECTORS[m.group(1)])}, {pick(lang, *text.OWNERS[m.group(2)])}"


def pl08_parts(df: pd.DataFrame) -> dict[str, list[str]]:
    """Part (I, II, III) → its indicator ids in printed order."""
    out: dict[str, list[str]] = {}
    for r in df.drop_duplicates("indicator_id").itertuples():
        out.setdefault(str(r.item), []).append(r.indicator_id)
    return out


# --- figures the decision does not print (computed, and labelled so) -----------------------------

def _values(df: pd.DataFrame, ind: str) -> dict[int, float]:
    part = df[(df["indicator_id"] == ind) & (df["flag"] == "value")]
    return {int(y): float(v) for y, v in zip(part["year"], part["value"])}


@dataclass(frozen=True)
class Fill:
    year: int
    assigned: float
    present: float

    @property
    def gap(self) -> float:
        return self.assigned - self.present

    @property
    def share(self) -> float:
        return 100 * self.present / self.assigned


def staff_fill(df: pd.DataFrame, assigned: str, present: str, year: int | None = None) -> Fill | None:
    """Posts assigned against people in post in ``year`` (default: the latest year with both)."""
    a, p = _values(df, assigned), _values(df, present)
    years = sorted(set(a) & set(p))
    if not years:
        return None
    y = year if year in years else years[-1]
    return Fill(y, a[y], p[y])


AUTONOMY_TYPES = ("a", "b", "c", "d")


def autonomy_by_type(df: pd.DataFrame, owners: tuple[str, ...] = ("1", "2", "3")) -> pd.DataFrame:
    """Appendix 10: per year and degree of autonomy (a-d), the sum over the managing levels 1-3.

    Empty cells are skipped; a year where every cell of a degree is empty stays null.
    Columns: year, indicator_id ('pl10_type_<x>'), value.
    """
    rows = []
    years = sorted(df["year"].unique())
    for t in AUTONOMY_TYPES:
        for y in years:
            vals = [v for o in owners for v in [_values(df, f"pl10_{o}{t}").get(int(y))] if v is not None]
            rows.append({"year": int(y), "indicator_id": f"pl10_type_{t}", "value": sum(vals) if vals else None})
    out = pd.DataFrame(rows)
    out["value"] = pd.to_numeric(out["value"], errors="coerce")
    return out


def type_frame(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The degrees of autonomy as a chart frame (series names, formatted printed column)."""
    sums = autonomy_by_type(df)
    sums["series"] = [series_name(i, lang) for i in sums["indicator_id"]]
    sums["order"] = [AUTONOMY_TYPES.index(i[-1]) for i in sums["indicator_id"]]
    sums["printed"] = [T("computed", lang)] * len(sums)
    sums["note"] = ""
    return sums


@dataclass(frozen=True)
class ShareCheck:
    year: int
    printed: float
    num: float
    den: float

    @property
    def recomputed(self) -> float:
        return 100 * self.num / self.den

    @property
    def agrees(self) -> bool:
        """Equal to the printed precision (the decision prints up to two decimals)."""
        return abs(self.recomputed - self.printed) <= 0.01 + 1e-9


def share_checks(df: pd.DataFrame, base: str = "pl11_10_services_used") -> list[ShareCheck]:
    """Appendix 11 item 10: the printed share against its own numerator/denominator, per year."""
    share, num, den = _values(df, base), _values(df, f"{base}__num"), _values(df, f"{base}__den")
    return [ShareCheck(y, share[y], num[y], den[y]) for y in sorted(share) if y in num and den.get(y)]


def change(df: pd.DataFrame, ind: str, y0: int, y1: int) -> float | None:
    """Value in ``y1`` minus value in ``y0`` (None if either is missing)."""
    v = _values(df, ind)
    return round(v[y1] - v[y0], 6) if y0 in v and y1 in v else None


def value_of(df: pd.DataFrame, ind: str, year: int) -> float | None:
    return _values(df, ind).get(year)


def printed_totals(df: pd.DataFrame, ind: str) -> pd.DataFrame:
    """year, value, printed of a total row (written above stacked bars)."""
    part = df[df["indicator_id"] == ind]
    return pd.DataFrame({"year": part["year"].astype(int), "value": part["value"],
                         "printed": part["value_text"]}).reset_index(drop=True)


def type_table(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The degrees of autonomy (computed sums) as a text table: one row per degree, one column per year."""
    out = frame.pivot_table(index=["order", "series"], columns="year", values="value", dropna=False, sort=True)
    out = out.reset_index().drop(columns=["order"]).rename(columns={"series": T("col_indicator", lang)})
    out.columns = [str(c) for c in out.columns]
    for col in out.columns[1:]:
        out[col] = out[col].map(lambda v: fmt_number(v, lang))
    return out
