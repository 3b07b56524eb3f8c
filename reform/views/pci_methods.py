"""The PCI page by method (issue 15 item 2): each year with the method VCCI published it under, and each method's
components apart (never one line through the components of two methods).

What is measured only: Lai Châu's published composite and rank of each year (out of how many provinces that year
ranked), its component scores where known; a component or weight nobody published says so. The what-if's words
are the page's; this module builds the tables and charts it shows.
"""
from __future__ import annotations

import altair as alt
import pandas as pd

from reform.data import db
from reform.i18n import pick
from reform.i18n.fmt import fmt_number
from reform.model import methods
from reform.views import charts
from reform.views import indices
from reform.views.verdicts import basis_word


def method_name(method_id: str | None, lang: str) -> str:
    m = methods.method(method_id) if method_id else None
    return pick(lang, m.name_vi, m.name_en) if m else ""


@db.memo
def pci_years() -> pd.DataFrame:
    """Every PCI year with a result of Lai Châu or its component scores: year, method_id, score, rank, out_of,
    basis, source (score and rank null where not published)."""
    trend = indices.index_trend("pci").set_index("year")
    rows = []
    for year, mid in methods.years_with_methods("pci").items():
        r = trend.loc[year] if year in trend.index else None
        rows.append({"year": int(year), "method_id": mid,
                     "score": None if r is None or pd.isna(r["score"]) else float(r["score"]),
                     "rank": None if r is None or pd.isna(r["rank"]) else int(r["rank"]),
                     "out_of": None if r is None or pd.isna(r["out_of"]) else int(r["out_of"]),
                     "basis": None if r is None else r["basis"], "source": None if r is None else r["source"]})
    return pd.DataFrame(rows, columns=["year", "method_id", "score", "rank", "out_of", "basis", "source"])


def years_table(lang: str, labels: dict[str, str], no_data: str) -> pd.DataFrame:
    """The years as the page shows them: year, composite, rank "r/N" (out of that year's field), method, basis,
    source (the figures first: a phone shows them without scrolling sideways); ``no_data`` where nothing was
    published. ``labels`` names the columns (year, method, score, rank, basis, source)."""
    df = pci_years()
    return pd.DataFrame({
        labels["year"]: [str(y) for y in df["year"]],
        labels["score"]: [no_data if pd.isna(s) else fmt_number(s, lang, 2) for s in df["score"]],
        labels["rank"]: [no_data if pd.isna(r) else f"{int(r)}/{int(n)}" if pd.notna(n) else str(int(r))
                         for r, n in zip(df["rank"], df["out_of"])],
        labels["method"]: [method_name(m, lang) or no_data for m in df["method_id"]],
        labels["basis"]: [basis_word(b, lang) if isinstance(b, str) else "" for b in df["basis"]],
        labels["source"]: [s if isinstance(s, str) else "" for s in df["source"]],
    })


def years_sources(decision: str) -> str:
    """Where the figures of :func:`years_table` come from, with their years ("VCCI (2013–2015); ``decision``
    (2016–2020); baodienbienphu.com.vn (2021); …"): the table's source line, and in presentation mode, where
    the table leaves its long source column out, the only place a room reads them."""
    df = pci_years()
    return indices.sources_line(df[df["score"].notna() | df["rank"].notna()], decision)


def method_blocks(skip: str | None = None) -> list[dict]:
    """One block per PCI method with a year of Lai Châu's (in order of years; ``skip`` a method the page shows
    otherwise): ``method`` (:class:`reform.model.methods.Method`), ``years`` (its years with a result or scores)
    and ``score_years`` (the years with Lai Châu's component scores under it)."""
    by_method: dict[str, list[int]] = {}
    for year, mid in methods.years_with_methods("pci").items():
        if mid is not None and mid != skip:
            by_method.setdefault(mid, []).append(int(year))
    scored = set(methods.years_with_scores("pci"))
    out = []
    for mid, years in by_method.items():
        out.append({"method": methods.method(mid), "years": years,
                    "score_years": [y for y in years if y in scored and methods.component_scores(y, "pci")]})
    return sorted(out, key=lambda b: b["method"].year_from)


def components_frame(method_id: str, years: list[int], lang: str) -> pd.DataFrame:
    """Lai Châu's component scores of ``years`` under ``method_id``, long: year, component_id, name, weight (None:
    unpublished), score (None: not known), rank, out_of, source."""
    m = methods.method(method_id)
    rows = []
    for y in years:
        got = methods.score_table(y, m.index_id)
        for r in got.itertuples():
            rows.append({"year": int(y), "component_id": r.component_id, "name": pick(lang, r.name_vi, r.name_en),
                         "weight": None if pd.isna(r.weight) else float(r.weight),
                         "score": None if pd.isna(r.score) else float(r.score),
                         "rank": None if pd.isna(r.rank) else int(r.rank),
                         "out_of": None if pd.isna(r.out_of) else int(r.out_of),
                         "source": r.source if isinstance(r.source, str) else None})
    return pd.DataFrame(rows, columns=["year", "component_id", "name", "weight", "score", "rank", "out_of", "source"])


def components_table(method_id: str, years: list[int], lang: str, labels: dict[str, str], no_data: str,
                     unpublished: str) -> pd.DataFrame:
    """The components of a method as a table: one row per component, its weight (``unpublished`` where not
    published) and a score column per year (``no_data`` where not known)."""
    m = methods.method(method_id)
    df = components_frame(method_id, years, lang)
    out = {labels["component"]: [pick(lang, c.name_vi, c.name_en) for c in m.components],
           labels["weight"]: [unpublished if c.weight is None else fmt_number(100 * c.weight, lang, 1) + "%"
                              for c in m.components]}
    for y in years:
        got = df[df["year"] == y].set_index("component_id")
        out[f"{labels['score']} {y}"] = [
            no_data if c.id not in got.index or pd.isna(got.loc[c.id, "score"])
            else fmt_number(got.loc[c.id, "score"], lang, 2) for c in m.components]
    return pd.DataFrame(out)


def components_chart(method_id: str, year: int, lang: str, *, title: str, x_title: str, y_title: str,
                     weight_title: str, unpublished: str) -> alt.Chart:
    """Lai Châu's component scores of one year under one method (bars: one method, one year; components of
    two methods never share a chart), the weight in the tooltip (``unpublished`` where not published)."""
    df = components_frame(method_id, [year], lang)
    df = df[df["score"].notna()].copy()
    df["weight_txt"] = [unpublished if w is None or pd.isna(w) else fmt_number(100 * w, lang, 1) + "%"
                        for w in df["weight"]]
    return charts.bar_chart(df, lang=lang, x="score", y="name", title=title, x_title=x_title, y_title=y_title,
                            sort=None, extra_tooltips=[("weight_txt", weight_title)])
