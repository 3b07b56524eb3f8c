"""The peers page's tables and chart (pages/peers.py), and the short regional table of the brief and the report:
Lai Châu among its region (reform/model/peers.py), every figure with its basis and source, unknown members said
as unknown. No Streamlit; every cell is text in the page's language (numbers through :mod:`reform.i18n.fmt`).
"""
from __future__ import annotations

import altair as alt
import pandas as pd

from reform.data import db
from reform.i18n import peers as text
from reform.i18n import pick, tr
from reform.i18n.fmt import NO_VALUE, fmt_number, fmt_signed
from reform.model import methods
from reform.model import peers
from reform.views import charts
from reform.views import verdicts as words

#: Lai Châu's line and the other members': a colour, a width and a shape (never colour alone).
OWN_COLOUR, OTHER_COLOUR = charts.VERMILLION, "#8C8C8C"
#: The bases of a rank drawn as published (a filled diamond); any other (derived, the province's own statement)
#: is drawn as an open diamond.
PUBLISHED = ("decision", "stated")


def T(key: str, lang: str, **kw) -> str:
    return tr(text.TEXT, key, lang, **kw)


def region_name(region: peers.Region, lang: str) -> str:
    return pick(lang, region.name_vi, region.name_en)


def measure_name(measure: str, year: int, lang: str) -> str:
    """"PCI (tổng hợp)" or the component's name under the year's method."""
    if measure == peers.COMPOSITE:
        return T("composite", lang)
    m = methods.method_of_year(int(year), "pci")
    c = next((c for c in (m.components if m else ()) if c.id == measure), None)
    return pick(lang, c.name_vi, c.name_en) if c else measure


def score(v, lang: str) -> str:
    """A composite or component score as VCCI publishes it (2 decimals); "–" where unknown."""
    return fmt_number(v, lang, 2)


def gap(v, lang: str) -> str:
    return fmt_signed(v, lang, 2)


def rank_text(s: peers.Standing, lang: str, short: bool = False) -> str:
    """"hạng 9/11 tỉnh có số liệu (vùng 14 tỉnh)", or with ``short`` "9/11 (vùng 14)" (a table's cell, its caption
    says how to read it); "chưa có số liệu" where Lai Châu's figure is unknown."""
    if s.rank_in_region is None:
        return T("own_unknown", lang)
    return T("rank_cell" if short else "rank_in_region", lang, rank=s.rank_in_region, known=s.known,
             size=s.region_size)


def national_rank(p: peers.Point) -> str:
    return f"{p.rank}/{p.out_of}" if p.rank is not None and p.out_of is not None else (
        str(p.rank) if p.rank is not None else NO_VALUE)


def basis_text(basis: str | None, lang: str) -> str:
    """A figure's basis in the pages' words (Quyết định 688, số liệu công bố, suy ra …)."""
    return words.basis_word(basis, lang) if basis else ""


def why_unknown(p: peers.Point, lang: str, short: bool = False) -> str:
    """Why a member's figure is unknown: not published (VCCI's top 30 only, from 2023) or not in the sources."""
    if p.why == peers.NOT_PUBLISHED:
        return T("unknown_top_short" if short else "unknown_top", lang, top=peers.TOP_PUBLISHED,
                 year=peers.TOP_ONLY_FROM)
    return T("unknown_sources_short" if short else "unknown_sources", lang)


def _own_basis(s: peers.Standing, lang: str) -> str:
    if s.own is None or s.own.status == "unknown":
        return T("own_unknown", lang)
    return basis_text(s.own.basis, lang)


def standing_rows(year: int, lang: str, region_id: str | None = None) -> list[dict]:
    """One row per measure of ``year`` with something to compare: its name, Lai Châu's value, rank in the
    region, median and best with their counts, the gaps, the basis of Lai Châu's figure (text in ``lang``)."""
    out = []
    for measure, s in peers.standings(int(year), region_id).items():
        best = (T("best_cell", lang, value=score(s.best, lang), province=s.best_province)
                if s.best is not None else (T("best_rank_only", lang, province=s.best_province, rank=s.best_rank)
                                            if s.best_province else NO_VALUE))
        out.append({
            "measure": measure_name(measure, year, lang),
            "own": score(s.value, lang) if s.value is not None else (
                T("own_rank_only", lang, rank=national_rank(s.own)) if s.own and s.own.rank else NO_VALUE),
            "rank": rank_text(s, lang, short=True),
            "median": T("median_cell", lang, value=score(s.median, lang), n=s.valued) if s.median is not None
            else NO_VALUE,
            "best": best,
            "gap_median": gap(s.gap_to_median, lang),
            "gap_best": gap(s.gap_to_best, lang),
            "basis": _own_basis(s, lang),
        })
    return out


STANDING_COLUMNS = ("measure", "own", "rank", "median", "best", "gap_median", "gap_best", "basis")


def standing_table(year: int, lang: str, region_id: str | None = None) -> pd.DataFrame:
    """:func:`standing_rows` with headings in ``lang``."""
    rows = standing_rows(year, lang, region_id)
    return pd.DataFrame([{T(f"c_{k}", lang): r[k] for k in STANDING_COLUMNS} for r in rows],
                        columns=[T(f"c_{k}", lang) for k in STANDING_COLUMNS])


def standing_raw(year: int, region_id: str | None = None) -> pd.DataFrame:
    """The standings for machines: plain codes and full values (the ``peers`` command's fields)."""
    rows = []
    for measure, s in peers.standings(int(year), region_id).items():
        rows.append({"year": s.year, "measure": measure, "method_id": s.method_id, "region_id": s.region_id,
                     "rank_in_region": s.rank_in_region, "known": s.known, "region_size": s.region_size,
                     "order_by": s.order_by, "value": s.value, "median": s.median, "median_of": s.valued,
                     "best": s.best, "best_province": s.best_province, "gap_to_median": s.gap_to_median,
                     "gap_to_best": s.gap_to_best, "basis": s.own.basis if s.own else None,
                     "source": s.own.source if s.own else None})
    return pd.DataFrame(rows)


MEMBER_COLUMNS = ("province", "value", "national", "regional", "basis", "source")


def members_table(year: int, measure: str, lang: str, region_id: str | None = None) -> pd.DataFrame:
    """Every member of the region in ``year`` on ``measure``: its figure, national rank, rank in the region, basis
    and source; an unknown member says why (not published by VCCI, or not in the sources). Known members first, by
    their order in the region; Lai Châu marked."""
    s = peers.standing(int(year), measure, region_id)
    if s is None:
        return pd.DataFrame(columns=[T(f"m_{k}", lang) for k in MEMBER_COLUMNS])
    rows = []
    for p in s.points:
        rank = s.regional_rank(p.province)
        name = p.province + (f" ({T('carries', lang, names=p.carries)})" if p.carries and p.carries != p.province
                             else "")
        if p.own:
            name = f"▶ {name}"
        if p.status == "unknown":
            rows.append((1, 0, {"province": name, "value": NO_VALUE, "national": NO_VALUE, "regional": NO_VALUE,
                                "basis": why_unknown(p, lang, short=True), "source": ""}))
            continue
        value = score(p.value, lang) if p.value is not None else T("value_not_stated", lang)
        regional = f"{rank}/{s.known}" if rank is not None else NO_VALUE
        rows.append((0, rank or 0, {"province": name, "value": value, "national": national_rank(p),
                                    "regional": regional, "basis": basis_text(p.basis, lang),
                                    "source": p.source or ""}))
    rows.sort(key=lambda r: (r[0], r[1]))
    return pd.DataFrame([{T(f"m_{k}", lang): r[k] for k in MEMBER_COLUMNS} for _, _, r in rows],
                        columns=[T(f"m_{k}", lang) for k in MEMBER_COLUMNS])


def conflicts(year: int, lang: str) -> list[str]:
    """The conflicting published claims of ``year``'s PCI (``source_conflicts``), one sentence each, and the
    dashboard's note on them (kept, not resolved); made once per data version (the caller's own list)."""
    return list(_conflicts(int(year), lang))


@db.memo
def _conflicts(year: int, lang: str) -> tuple[str, ...]:
    df = db.run("source_conflicts")
    df = df[(df["year"] == int(year)) & (df["index"] == "PCI")]
    lines = [pick(lang, r.note_vi, r.note_en) for r in df.itertuples()]
    return tuple(dict.fromkeys(lines))


@db.memo
def membership_table(lang: str, region_id: str | None = None) -> pd.DataFrame:
    """The region's members by period: province, years, the former members it carries, basis, source, note."""
    reg = peers.region(region_id)
    cols = ("province", "years", "carries", "basis", "source", "note")
    rows = []
    for m in (reg.members if reg else ()):
        years = f"{m.year_from}–{m.year_to}" if m.year_to is not None else T("years_open", lang, start=m.year_from)
        rows.append({"province": m.province, "years": years, "carries": m.carries or "",
                     "basis": T(f"member_{m.basis}", lang) if m.basis in ("stated", "derived") else m.basis,
                     "source": m.source, "note": m.note or ""})
    return pd.DataFrame([{T(f"r_{k}", lang): r[k] for k in cols} for r in rows],
                        columns=[T(f"r_{k}", lang) for k in cols])


def periods(region_id: str | None = None) -> list[tuple[int, int | None, int]]:
    """The region's periods of membership: (first year, last year or None, number of members)."""
    reg = peers.region(region_id)
    spans = sorted({(m.year_from, m.year_to) for m in (reg.members if reg else ())},
                   key=lambda s: (s[0], s[1] if s[1] is not None else 9999))
    return [(a, b, sum(1 for m in reg.members if m.year_from == a and m.year_to == b)) for a, b in spans]


# --- the chart of the region's ranks over time ---------------------------------------------------------------

def history_data(lang: str, region_id: str | None = None) -> pd.DataFrame:
    """The chart's rows: one per member and year with a national rank, with tooltip texts in ``lang``."""
    df = peers.rank_history(region_id).copy()
    if df.empty:
        return df
    own_label, other_label = T("legend_own", lang), T("legend_others", lang)
    df["group"] = [own_label if o else other_label for o in df["own"]]
    df["year_str"] = df["year"].astype(str)
    df["rank_fmt"] = [f"{r}/{n}" for r, n in zip(df["rank"], df["out_of"])]
    df["score_fmt"] = [score(v, lang) if pd.notna(v) else T("value_not_stated", lang) for v in df["score"]]
    df["regional_fmt"] = [T("rank_in_region", lang, rank=r, known=k, size=z) if pd.notna(r) else NO_VALUE
                          for r, k, z in zip(df["rank_in_region"], df["known"], df["region_size"])]
    df["basis_fmt"] = [basis_text(b, lang) for b in df["basis"]]
    df["label"] = [f"{r}/{n}" if o else "" for r, n, o in zip(df["rank"], df["out_of"], df["own"])]
    return df


def history_years(df: pd.DataFrame, out_of: int) -> pd.DataFrame:
    """The rows of one field (ranks out of ``out_of``), every member × year of it present (a year a member has no
    rank is a null: the line breaks there instead of joining across the gap)."""
    part = df[df["out_of"] == out_of]
    years = sorted(part["year"].unique())
    grid = pd.MultiIndex.from_product([sorted(part["province"].unique()), years], names=["province", "year"])
    full = part.set_index(["province", "year"]).reindex(grid).reset_index()
    own = dict(zip(part["province"], part["own"]))
    group = dict(zip(part["province"], part["group"]))
    full["own"] = full["province"].map(own)
    full["group"] = full["province"].map(group)
    full["year_str"] = full["year"].astype(str)
    full["out_of"] = out_of
    return full


def rank_chart(df: pd.DataFrame, out_of: int, lang: str, region: str) -> alt.LayerChart:
    """The region's national ranks out of ``out_of`` over the years, one line per province, Lai Châu's thick,
    vermillion, with diamonds and its rank written at each point; the others thin grey lines with circles. Ranks on
    a reversed axis (1 at the top); one chart per field: ranks out of different numbers never share an axis."""
    data = history_years(df, out_of)
    own_label, other_label = T("legend_own", lang), T("legend_others", lang)
    x = charts.year_axis(data["year"], T("axis_year", lang))  # spaced by time: a year without ranks is a gap
    ticks = sorted({1, out_of, *range(10, out_of - 4, 10)})
    y = alt.Y("rank:Q", title=T("axis_rank", lang, n=out_of), scale=charts.rank_axis(out_of),
              axis=alt.Axis(values=ticks, format="d"))
    colour = alt.Color("group:N", title=None, scale=alt.Scale(domain=[own_label, other_label],
                                                            range=[OWN_COLOUR, OTHER_COLOUR]),
                       legend=alt.Legend(orient="bottom", direction="horizontal"))
    tooltip = [alt.Tooltip("province:N", title=T("m_province", lang)),
               alt.Tooltip("year_str:N", title=T("axis_year", lang)),
               alt.Tooltip("rank_fmt:N", title=T("m_national", lang)),
               alt.Tooltip("score_fmt:N", title=T("m_value", lang)),
               alt.Tooltip("regional_fmt:N", title=T("m_regional", lang)),
               alt.Tooltip("basis_fmt:N", title=T("m_basis", lang))]
    base = alt.Chart(data)
    others = base.transform_filter(alt.datum.own == False)  # noqa: E712 - a Vega expression
    mine = base.transform_filter(alt.datum.own == True)  # noqa: E712
    other_lines = others.mark_line(strokeWidth=1.5, opacity=0.7, invalid="break-paths-filter-domains").encode(
        x=x, y=y, detail="province:N", color=colour)
    other_points = others.mark_point(filled=True, size=45, shape="circle", opacity=0.85).encode(
        x=x, y=y, color=colour, tooltip=tooltip)
    own_line = mine.mark_line(strokeWidth=4, invalid="break-paths-filter-domains").encode(x=x, y=y, color=colour)
    # a published rank (the decision's, VCCI's, the press's) a filled diamond; a derived rank or the province's
    # own statement an open one (the caption says so, the tooltip names the basis)
    published = mine.transform_filter(alt.FieldOneOfPredicate(field="basis", oneOf=list(PUBLISHED)))
    other_basis = mine.transform_filter(~alt.FieldOneOfPredicate(field="basis", oneOf=list(PUBLISHED)))
    own_points = (published.mark_point(filled=True, size=150, shape="diamond", opacity=1)
                  .encode(x=x, y=y, color=colour, tooltip=tooltip)
                  + other_basis.mark_point(filled=False, size=150, shape="diamond", fill="white", strokeWidth=2.5,
                                           opacity=1).encode(x=x, y=y, color=colour, tooltip=tooltip))
    # Lai Châu's ranks printed only as far apart as the drawn width allows (the table has every one)
    own_rows = data[data["own"] == True]  # noqa: E712
    labels = mine.mark_text(dy=-14, fontSize=12, fontWeight="bold", color=OWN_COLOUR).encode(
        x=x, y=y, text=charts.thinned("label", own_rows["year"], own_rows["label"], 12))
    title = T("chart_title", lang, region=region, n=out_of)
    return alt.layer(other_lines, other_points, own_line, own_points, labels).properties(
        title=title, width="container", height=340)


def fields(df: pd.DataFrame) -> list[int]:
    """The numbers of provinces ranked in the chart's years (63 up to 2024, 34 from 2025): one chart each."""
    return sorted({int(n) for n in df["out_of"].dropna()}, reverse=True) if not df.empty else []


def history_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The chart's numbers as a table (one row per member and year)."""
    cols = ("year", "province", "value", "national", "regional", "basis", "source")
    rows = [{"year": str(r.year), "province": ("▶ " if r.own else "") + r.province, "value": r.score_fmt,
             "national": r.rank_fmt, "regional": r.regional_fmt, "basis": r.basis_fmt, "source": r.source or ""}
            for r in df.sort_values(["year", "rank"]).itertuples()]
    heads = {"year": T("axis_year", lang), **{k: T(f"m_{k}", lang) for k in cols if k != "year"}}
    return pd.DataFrame([{heads[k]: r[k] for k in cols} for r in rows], columns=[heads[k] for k in cols])


# --- the short regional table of the brief and the report -------------------------------------------------------

def short_rows(lang: str, years: list[int] | None = None, region_id: str | None = None) -> list[dict]:
    """The composite's standing in each of ``years`` that has one (default: every year with data from 2021, the
    scheme's period): year, Lai Châu (value, national rank, basis), rank in the region, median, best, gaps, and
    the members not known. Measured figures only: never a what-if."""
    all_years = peers.years(region_id)
    chosen = [y for y in (years if years is not None else [y for y in all_years if y >= 2021]) if y in all_years]
    out = []
    for y in chosen:
        s = peers.standing(y, peers.COMPOSITE, region_id)
        if s is None:
            continue
        own = s.own
        own_text = (f"{score(own.value, lang)} ({national_rank(own)})" if own and own.value is not None
                    else (national_rank(own) if own else NO_VALUE))
        own_text += f"; {_own_basis(s, lang)}"
        out.append({"year": str(y), "own": own_text, "basis": _own_basis(s, lang), "rank": rank_text(s, lang, True),
                    "median": T("median_cell", lang, value=score(s.median, lang), n=s.valued)
                    if s.median is not None else NO_VALUE,
                    "best": T("best_cell", lang, value=score(s.best, lang), province=s.best_province)
                    if s.best is not None else NO_VALUE,
                    "gap_median": gap(s.gap_to_median, lang), "gap_best": gap(s.gap_to_best, lang),
                    "unknown": len(s.unknown)})
        r = out[-1]
        r["median_gap"] = f"{score(s.median, lang)} ({r['gap_median']})" if s.median is not None else NO_VALUE
        r["best_gap"] = (f"{score(s.best, lang)} {s.best_province} ({r['gap_best']})" if s.best is not None
                         else NO_VALUE)
    return out


SHORT_COLUMNS = ("year", "own", "rank", "median", "best", "gap_median", "gap_best")
#: The brief's columns (a narrow column of one A4 page): the gaps inside the median's and the best's cells.
BRIEF_COLUMNS = ("year", "rank", "median_gap", "best_gap")


def short_headings(lang: str, columns: tuple[str, ...] = SHORT_COLUMNS) -> list[str]:
    return [T(f"s_{k}", lang) for k in columns]


def short_title(lang: str, region_id: str | None = None) -> str:
    reg = peers.region(region_id)
    return T("short_title", lang, region=region_name(reg, lang) if reg else "")


def short_note(lang: str) -> str:
    return T("short_note", lang, top=peers.TOP_PUBLISHED, year=peers.TOP_ONLY_FROM)


def brief_title(lang: str) -> str:
    """The brief's heading of the regional table (one line of its narrow column)."""
    return T("brief_title", lang)


def brief_note(lang: str, region_id: str | None = None) -> str:
    reg = peers.region(region_id)
    return T("brief_note", lang, top=peers.TOP_PUBLISHED, year=peers.TOP_ONLY_FROM,
             region=region_name(reg, lang) if reg else "")
