"""PCI and PAR INDEX over the years, as measured: the decision's 2016-2020 figures and every result
published since, each with how many provinces were ranked and its basis (the overview's cards and
trend charts, the PCI page's later results). No what-if enters here."""
from __future__ import annotations

import altair as alt
import pandas as pd

from reform.data import db
from reform.i18n.fmt import fmt_number, fmt_year_spans
from reform.model import ranks
from reform.views import charts
from reform.views.verdicts import site_of

#: index -> (score series, rank series, the target part of its rank, the decision's appendix of its 2016-2020 figures)
INDICES = {"pci": ("pci_score", "pci_rank", "pci_rank", "PL03"),
           "par": ("par_total_score", "par_total_rank", "par_index_rank", "PL04")}


def scheme_trend(index: str) -> pd.DataFrame:
    """:func:`index_trend` from the decision's first year of that index on (its baseline table: 2016 in PL03 and
    PL04), as ``scenario._target_actuals`` keeps the decision's years: the overview's rank charts. Lai Châu's
    earlier results (PCI 2013-2015) are on the PCI page, by year and method."""
    df = index_trend(index)
    own = df.loc[df["basis"] == "decision", "year"]
    return df[df["year"] >= own.min()].reset_index(drop=True) if len(own) else df


@db.memo
def index_trend(index: str) -> pd.DataFrame:
    """One row per year with a figure: year, score, rank, out_of, basis, basis_text, source, scale_note,
    entered_by and entered_at (a data revision's figure; the latest known where several).

    The decision's 2016-2020 (2016-2019 for PAR INDEX) and every result published since; a year with
    only a rank (or only a score) keeps the other empty, never zero.
    """
    score_id, rank_id = INDICES[index][:2]
    df = db.run("index_results", ids=[score_id, rank_id])
    score = df[df["indicator_id"] == score_id].set_index("year")
    rank = df[df["indicator_id"] == rank_id].set_index("year")
    years = sorted(set(score.index) | set(rank.index))
    rows = []
    for y in years:
        s = score.loc[y] if y in score.index else None
        r = rank.loc[y] if y in rank.index else None
        first = r if r is not None else s
        rows.append({
            "year": int(y),
            "score": None if s is None else float(s["value"]),
            "rank": None if r is None else int(r["value"]),
            "out_of": None if r is None or pd.isna(r["out_of"]) else int(r["out_of"]),
            "basis": first["basis"], "basis_text": first["basis_text"], "source": first["source"],
            "scale_note": None if pd.isna(first["scale_note"]) else first["scale_note"],
            # a figure from a data revision: who entered it and when (None for the build's figures)
            "entered_by": None if pd.isna(first["entered_by"]) else first["entered_by"],
            "entered_at": None if pd.isna(first["entered_at"]) else first["entered_at"],
        })
    return pd.DataFrame(rows).astype({"rank": "Int64", "out_of": "Int64"})


def later_results(index: str, after: int) -> pd.DataFrame:
    """The results published after ``after`` (the rows of :func:`index_trend` with a later year)."""
    df = index_trend(index)
    return df[df["year"] > after].reset_index(drop=True)


def index_now(index: str) -> dict:
    """The latest year with a rank: year, score (of that year, if published), rank, out_of, basis, source."""
    df = index_trend(index)
    ranked = df[df["rank"].notna()]
    row = ranked.iloc[-1]
    return {"year": int(row["year"]), "score": None if pd.isna(row["score"]) else float(row["score"]),
            "rank": int(row["rank"]), "out_of": int(row["out_of"]), "basis": row["basis"],
            "basis_text": row["basis_text"], "source": row["source"], "scale_note": row["scale_note"],
            "first_year": int(ranked.iloc[0]["year"]), "first_rank": int(ranked.iloc[0]["rank"])}


def rank_points(df: pd.DataFrame, band_out_of: int) -> pd.DataFrame:
    """The years of :func:`index_trend` with a rank: year, rank, out_of, basis, source, and ``equivalent``:
    the rank at the same position out of ``band_out_of`` (the decision's bands rank 63 provinces; from 2025
    national rankings rank 34), by the dashboard's equivalence (:func:`reform.model.ranks.on_scale`, not
    an official conversion). A rank out of ``band_out_of`` is its own equivalent."""
    data = df[df["rank"].notna()][["year", "rank", "out_of", "basis", "source"]].copy()
    data["rank"] = data["rank"].astype(int)
    data["out_of"] = data["out_of"].astype(int)
    data["equivalent"] = [float(r) if n == band_out_of else ranks.on_scale(r, n, band_out_of)
                          for r, n in zip(data["rank"], data["out_of"])]
    return data.reset_index(drop=True)


def mixed_fields(points: pd.DataFrame, band_out_of: int) -> list[int]:
    """The numbers ranked in ``points`` (:func:`rank_points`) other than the bands' own, in order."""
    return sorted({int(n) for n in points["out_of"]} - {int(band_out_of)}, reverse=True)


def rank_trend_chart(points: pd.DataFrame, bands: list[dict], *, lang: str, title: str, subtitle: str,
                     x_title: str, y_title: str, band_title: str, basis_title: str, basis_words: dict[str, str],
                     band_out_of: int, rank_title: str, equivalent_title: str) -> alt.LayerChart:
    """The rank over the years on a reversed axis (1, the best, at the top), the decision's target bands
    (ranks out of ``band_out_of``) shaded and named in the legend, each point's rank printed ("33/63"); a
    derived point is drawn hollow.

    Ranks out of different numbers of provinces are never drawn as if comparable: every point stands at its
    position out of ``band_out_of`` (``equivalent``, :func:`rank_points`), so that a rank out of 63 keeps its
    place. Where the chart holds ranks out of another number (:func:`mixed_fields`), ``y_title`` must say
    that the axis is the dashboard's equivalence (and the page say how, beside the chart); those points
    are diamonds, the line is not drawn from one field to another, and their label and tooltip give both
    the rank and its equivalent ("12/34 ≈ 22/63").

    ``points``: :func:`rank_points`. ``bands``: dicts with low, high, label (ranks out of ``band_out_of``).
    """
    data = points[["year", "rank", "out_of", "basis", "equivalent"]].copy()
    data["year_str"] = data["year"].astype(str)
    data["rank_fmt"] = [f"{fmt_number(r, lang, 0)}/{fmt_number(n, lang, 0)}" for r, n in zip(data["rank"], data["out_of"])]
    data["equivalent_fmt"] = [f"{fmt_number(round(e), lang, 0)}/{fmt_number(band_out_of, lang, 0)}"
                              for e in data["equivalent"]]
    other = data["out_of"] != band_out_of
    data["label"] = [f"{r} ≈ {e}" if o else r for r, e, o in zip(data["rank_fmt"], data["equivalent_fmt"], other)]
    data["basis_word"] = data["basis"].map(basis_words)
    data["filled"] = data["basis"] != "derived"
    scale = alt.Scale(domain=[band_out_of, 1], nice=False)
    x = charts.year_axis(data["year"], x_title)  # spaced by time: a year without a rank is a gap
    tooltip = [alt.Tooltip("year_str:N", title=x_title), alt.Tooltip("rank_fmt:N", title=rank_title)]
    if other.any():
        tooltip.append(alt.Tooltip("equivalent_fmt:N", title=equivalent_title))
    tooltip.append(alt.Tooltip("basis_word:N", title=basis_title))
    band_df = pd.DataFrame(bands)
    names = list(band_df["label"])
    layers = [alt.Chart(band_df).mark_rect(opacity=0.22).encode(
        y=alt.Y("low:Q", scale=scale), y2="high:Q",
        color=alt.Color("label:N", title=band_title, sort=names,
                        scale=alt.Scale(domain=names, range=[charts.GREEN, charts.SKY, charts.PURPLE][:len(names)]),
                        legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=500, titleLimit=500)),
        tooltip=[alt.Tooltip("label:N", title=band_title)])]
    labels = data["label"]
    years = data["year"]
    data = charts.with_gaps(data, by="out_of")  # the line breaks at a year without a rank
    base = alt.Chart(data).encode(x=x, y=alt.Y("equivalent:Q", title=y_title, scale=scale), tooltip=tooltip)
    # one line per field: a rank out of 34 is never joined to one out of 63 as if a move along one scale
    layers.append(base.mark_line(color=charts.ORANGE, strokeWidth=3).encode(detail="out_of:N"))
    fields = [band_out_of] + mixed_fields(points, band_out_of)
    shape = alt.Shape("out_of:N", legend=None,  # the page names the diamonds beside the chart
                      scale=alt.Scale(domain=fields, range=["circle", "diamond", "square", "triangle-up"][:len(fields)]))
    layers.append(base.mark_point(size=90, strokeWidth=2.5, color=charts.ORANGE, opacity=1).encode(
        shape=shape, fill=alt.condition("datum.filled", alt.value(charts.ORANGE), alt.value("white"))))
    # the labels: centred over their points, the last year's ending at its point, so that no label reaches past
    # the plot (a label past the edge narrows the plot after the title has been broken into lines)
    # and only as many as the plot's width keeps apart, counted back from the latest (the table has them all)
    last = int(years.max())
    text = charts.thinned("label", years, labels, 12)
    layers.append(base.mark_text(dy=-14, fontSize=12, color=charts.GREY).encode(text=text)
                  .transform_filter(alt.datum.year != last))
    layers.append(base.mark_text(dy=-14, dx=8, align="right", fontSize=12, color=charts.GREY).encode(text=text)
                  .transform_filter(alt.datum.year == last))
    return alt.layer(*layers).properties(title=alt.TitleParams(title, subtitle=subtitle), width="container",
                                         height=260)


def equivalence_years(points: pd.DataFrame, out_of: int) -> list[int]:
    """The years of :func:`rank_points` ranked out of ``out_of``."""
    return [int(y) for y, n in zip(points["year"], points["out_of"]) if int(n) == int(out_of)]


def rank_table(points: pd.DataFrame, band_out_of: int, lang: str, labels: dict[str, str],
               basis_words: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The numbers of :func:`rank_trend_chart` as a table: (as shown, raw for the CSV). Columns named by
    ``labels``: year, rank, out_of, equivalent (only where some rank is out of another number than
    ``band_out_of``), basis, source."""
    other = bool(mixed_fields(points, band_out_of))
    raw = pd.DataFrame({labels["year"]: points["year"].astype(int), labels["rank"]: points["rank"],
                        labels["out_of"]: points["out_of"]})
    shown = pd.DataFrame({labels["year"]: points["year"].astype(str),
                          labels["rank"]: [fmt_number(r, lang, 0) for r in points["rank"]],
                          labels["out_of"]: [fmt_number(n, lang, 0) for n in points["out_of"]]})
    if other:
        raw[labels["equivalent"]] = points["equivalent"].round(2)
        shown[labels["equivalent"]] = [fmt_number(e, lang, 2) for e in points["equivalent"]]
    for frame in (raw, shown):
        frame[labels["basis"]] = points["basis"].map(basis_words).fillna("").to_numpy()
        frame[labels["source"]] = points["source"].fillna("").to_numpy()
    return shown, raw


def sources_line(points: pd.DataFrame, decision: str) -> str:
    """Where each point of :func:`rank_points` comes from, with its years, in order: ``decision`` (the
    decision's appendix, in the page's language) for its own figures, else the site or the citation
    ("Quyết định 688/QĐ-UBND, Phụ lục 03 (2016–2020); baodienbienphu.com.vn (2021); …")."""
    years: dict[str, list[int]] = {}
    for year, basis, source in zip(points["year"], points["basis"], points["source"]):
        name = decision if basis == "decision" else (site_of(source) or "–")
        years.setdefault(name, []).append(int(year))
    return "; ".join(f"{name} ({fmt_year_spans(ys)})" for name, ys in years.items())
