"""PCI and PAR INDEX over the years, as measured: the decision's 2016-2020 figures and every result
published since, each with how many provinces were ranked and its basis (the overview's cards and
trend charts, the PCI page's later results). No what-if enters here."""
from __future__ import annotations

import altair as alt
import pandas as pd

from reform.data import db
from reform.i18n.fmt import fmt_number
from reform.views import charts

#: index -> (score series, rank series, the target part of its rank)
INDICES = {"pci": ("pci_score", "pci_rank", "pci_rank"), "par": ("par_total_score", "par_total_rank", "par_index_rank")}


@db.memo
def index_trend(index: str) -> pd.DataFrame:
    """One row per year with a figure: year, score, rank, out_of, basis, basis_text, source, scale_note,
    entered_by and entered_at (a data revision's figure; the latest known where several).

    The decision's 2016-2020 (2016-2019 for PAR INDEX) and every result published since; a year with
    only a rank (or only a score) keeps the other empty, never zero.
    """
    score_id, rank_id, _ = INDICES[index]
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


def rank_trend_chart(df: pd.DataFrame, bands: list[dict], *, lang: str, title: str, subtitle: str, x_title: str,
                     y_title: str, band_title: str, basis_title: str, basis_words: dict[str, str]) -> alt.LayerChart:
    """The rank over the years on a reversed axis (1, the best, at the top), the decision's target bands
    shaded and named in the legend, each point's rank printed; a derived point is drawn hollow.

    ``df``: year, rank, out_of, basis. ``bands``: dicts with low, high, label.
    """
    data = df[df["rank"].notna()][["year", "rank", "out_of", "basis"]].copy()
    data["rank"] = data["rank"].astype(float)
    data["year_str"] = data["year"].astype(str)
    data["rank_fmt"] = [f"{fmt_number(r, lang, 0)}/{fmt_number(n, lang, 0)}" for r, n in zip(data["rank"], data["out_of"])]
    data["basis_word"] = data["basis"].map(basis_words)
    data["filled"] = data["basis"] != "derived"
    top = int(data["out_of"].max())
    scale = alt.Scale(domain=[top, 1], nice=False)
    x = alt.X("year_str:O", title=x_title, axis=alt.Axis(labelAngle=0))
    tooltip = [alt.Tooltip("year_str:N", title=x_title), alt.Tooltip("rank_fmt:N", title=y_title),
               alt.Tooltip("basis_word:N", title=basis_title)]
    band_df = pd.DataFrame(bands)
    names = list(band_df["label"])
    layers = [alt.Chart(band_df).mark_rect(opacity=0.22).encode(
        y=alt.Y("low:Q", scale=scale), y2="high:Q",
        color=alt.Color("label:N", title=band_title, sort=names,
                        scale=alt.Scale(domain=names, range=[charts.GREEN, charts.SKY, charts.PURPLE][:len(names)]),
                        legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=500, titleLimit=500)),
        tooltip=[alt.Tooltip("label:N", title=band_title)])]
    base = alt.Chart(data).encode(x=x, y=alt.Y("rank:Q", title=y_title, scale=scale), tooltip=tooltip)
    layers.append(base.mark_line(color=charts.ORANGE, strokeWidth=3))
    layers.append(base.mark_point(size=90, strokeWidth=2.5, color=charts.ORANGE).encode(
        fill=alt.condition("datum.filled", alt.value(charts.ORANGE), alt.value("white"))))
    layers.append(base.mark_text(dy=-14, fontSize=12, color=charts.GREY).encode(text="rank_fmt:N"))
    return alt.layer(*layers).properties(title=alt.TitleParams(title, subtitle=subtitle), width="container",
                                         height=260)
