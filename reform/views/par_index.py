"""PAR INDEX page logic: Appendix 04 shaped for display, sum checks, later ranks, what-if table.

The page only draws what these functions return; every sum, difference and
grouping lives here (and is unit-tested in ``tests/test_page_par_index.py``).
"""
from __future__ import annotations

import re
import textwrap

import altair as alt
import pandas as pd

from reform.views import charts
from reform.data import db
from reform.model import scenario
from reform.i18n.fmt import fmt_number

AREAS = scenario.PAR_AREAS
#: A printed total may differ from the sum of its 8 parts by rounding: half a unit of the last
#: printed digit per part (as in the audit).
ROUNDING = len(AREAS) * 0.005
#: Rank groups of the area grid: thirds of the provinces ranked; "text" is a rank printed as words.
GROUPS = ("top", "middle", "bottom")


def rank_groups(out_of: int) -> dict[str, tuple[int, int]]:
    """The thirds of a field of ``out_of`` provinces: 63 -> 1-21, 22-42, 43-63; 34 -> 1-11, 12-23, 24-34."""
    first, second = round(out_of / 3), round(2 * out_of / 3)
    return {"top": (1, first), "middle": (first + 1, second), "bottom": (second + 1, out_of)}


@db.memo
def out_of() -> int:
    """How many provinces the decision's PAR INDEX ranks (Appendix 04) are out of, from the data."""
    return int(table()["out_of"].dropna().max())
GROUP_COLOURS = {"top": charts.SKY, "middle": charts.YELLOW, "bottom": charts.ORANGE, "text": "#DDDDDD"}
_TEXT_RANK = re.compile(r"tốp\s+(\d+)\s+t[ỉìi]nh\s+đạt\s+điểm\s+tối\s+đa", re.IGNORECASE)


def table() -> pd.DataFrame:
    """Appendix 04 tidy (year, area, item, name_vi, name_en, score, rank, rank_text, rank_flag, source)."""
    return scenario.par_table()


def years() -> list[int]:
    return list(_years())


@db.memo
def _years() -> tuple[int, ...]:
    return tuple(sorted(int(y) for y in table()["year"].unique()))


def base_year() -> int:
    return max(years())


# --- the total -------------------------------------------------------------------------------

def _status(difference: float) -> str:
    if abs(difference) < 1e-9:
        return "ok"
    return "rounding" if abs(difference) <= ROUNDING + 1e-9 else "mismatch"


@db.memo
def total_series() -> pd.DataFrame:
    """Per year: the printed total (score, rank), the sum of the 8 areas, their difference and a status
    (ok / rounding / mismatch)."""
    df = table()
    areas = df[df["area"] != "total"].groupby("year")["score"].sum(min_count=len(AREAS))
    tot = df[df["area"] == "total"][["year", "score", "rank"]].set_index("year")
    out = tot.assign(sum_areas=areas.reindex(tot.index).round(2))
    out["difference"] = (out["score"] - out["sum_areas"]).round(2)
    out["status"] = out["difference"].map(_status)
    out = out.reset_index()
    out["year"] = out["year"].astype(int)
    out["rank"] = out["rank"].astype("Int64")
    return out[["year", "score", "rank", "sum_areas", "difference", "status"]]


@db.memo
def total_chart_frame() -> pd.DataFrame:
    """year, score, rank, out_of of the printed total (for charts.score_rank_chart)."""
    s = total_series()
    return s[["year", "score", "rank"]].assign(rank=s["rank"].astype(float), out_of=out_of())


@db.memo
def sum_issues() -> pd.DataFrame:
    """Years whose printed total is not the sum of its areas (status rounding or mismatch)."""
    s = total_series()
    return s[s["status"] != "ok"].reset_index(drop=True)


# --- the 8 areas -----------------------------------------------------------------------------

@db.memo
def areas() -> pd.DataFrame:
    """The 8 areas per year, in the printed order."""
    df = table()
    df = df[df["area"] != "total"].copy()
    df["order"] = df["area"].map({a: i for i, a in enumerate(AREAS)})
    df = df.sort_values(["order", "year"]).reset_index(drop=True)
    df["year"] = df["year"].astype(int)
    return df


def rank_group(rank, n: int | None = None) -> str | None:
    """'top', 'middle' or 'bottom' third of ``n`` provinces (default: Appendix 04's number, 63: 1-21,
    22-42, 43-63); None without a numeric rank."""
    if rank is None or pd.isna(rank):
        return None
    for name, (low, high) in rank_groups(n or out_of()).items():
        if low <= int(rank) <= high:
            return name
    return None


def text_gloss(rank_text: str) -> str | None:
    """An English reading of a rank printed as words ('among the 38 provinces with the maximum score')."""
    m = _TEXT_RANK.search(str(rank_text))
    if not m:
        return None
    return f"in the group of {m.group(1)} provinces that reached the maximum score"


@db.memo
def text_ranks() -> pd.DataFrame:
    """The ranks printed as words: year, area, item, name_vi, name_en, score, rank_text (verbatim), gloss_en."""
    a = areas()
    t = a[a["rank_flag"] == "text"][["year", "area", "item", "name_vi", "name_en", "score", "rank_text"]].copy()
    t["gloss_en"] = t["rank_text"].map(text_gloss)
    return t.reset_index(drop=True)


def rank_shown(row, lang: str, text_marker: str = "*") -> str:
    """A rank as shown in a table: '#31' for a number; the printed words (with a marker) for a text rank."""
    if row["rank_flag"] == "text":
        text = f"“{row['rank_text']}”"
        if lang == "en":
            gloss = text_gloss(row["rank_text"])
            text += f" ({gloss})" if gloss else ""
        return text + text_marker
    return fmt_number(row["rank"], lang, 0)


@db.memo
def area_grid(lang: str, labels: dict[str, str], text_label: str) -> pd.DataFrame:
    """The cells of the area grid: label, year_str, score_fmt, rank_label, rank_tip, group, name."""
    a = areas()
    out = pd.DataFrame({
        "area": a["area"],
        "label": a["area"].map(labels),
        "name": a["name_en"] if lang == "en" else a["name_vi"],
        "year_str": a["year"].astype(str),
        "score": a["score"],
        "score_fmt": a["score"].map(lambda v: fmt_number(v, lang, 2)),
        "rank_label": [text_label if f == "text" else "#" + fmt_number(r, lang, 0)
                       for f, r in zip(a["rank_flag"], a["rank"])],
        "rank_tip": [rank_shown(r, lang, "") for _, r in a.iterrows()],
        "group": [("text" if f == "text" else rank_group(r)) for f, r in zip(a["rank_flag"], a["rank"])],
    })
    return out


@db.memo
def area_wide(lang: str, labels: dict[str, str], area_col: str, score_col: str, rank_col: str) -> pd.DataFrame:
    """One row per area, a score and a rank column per year, as display text (text ranks verbatim)."""
    a = areas()
    rows = []
    for area in AREAS:
        sub = a[a["area"] == area].set_index("year")
        rec = {area_col: labels[area]}
        for y in _years():
            r = sub.loc[y]
            rec[f"{score_col} {y}"] = fmt_number(r["score"], lang, 2)
            rec[f"{rank_col} {y}"] = rank_shown(r, lang)
        rows.append(rec)
    return pd.DataFrame(rows)


@db.memo
def area_series(area: str) -> pd.DataFrame:
    """year, score, rank (null where printed as words) of one area."""
    a = areas()
    one = a[a["area"] == area][["year", "score", "rank", "out_of"]].copy()
    one["rank"] = one["rank"].astype(float)
    return one.reset_index(drop=True)


def area_grid_chart(grid: pd.DataFrame, *, title: str, x_title: str, y_title: str, group_title: str,
                    group_labels: dict[str, str], tips: dict[str, str], present: bool = False) -> alt.LayerChart:
    """The 8 areas × years as a grid: each cell prints the score and the rank, coloured by rank group.
    The cells' texts shrink with the drawn width (a Vega expression on ``width``) so that the texts of
    neighbouring cells never meet on a phone; never larger than the screen's (``present``: the room's)."""
    groups = [g for g in ("top", "middle", "bottom", "text") if g in set(grid["group"])]
    # labels wrapped on "|" (drawn as lines) so that the cells keep their width on a phone
    data = grid.assign(group_label=grid["group"].map(group_labels),
                       row=grid["label"].map(lambda t: "|".join(textwrap.wrap(str(t), 18))))
    order = list(dict.fromkeys(data["row"]))
    n_years = max(1, data["year_str"].nunique())
    k = 1.4 if present else 1.0  # presentation mode's factor (charts.ROOM.marks)

    def fits(font: float, column: str) -> dict:
        chars = max((len(str(t)) for t in data[column]), default=1)
        return {"expr": f"min({font * k:g}, max(8, width / {n_years} / {0.62 * chars + 0.8:g}))"}

    x = alt.X("year_str:O", title=x_title, axis=alt.Axis(labelAngle=0, orient="top", labelOverlap=False,
                                                        labelFontSize=fits(13, "year_str")))
    y = alt.Y("row:N", title=y_title, sort=order,
              axis=alt.Axis(labelLimit=120, labelFontSize=12, labelExpr="split(datum.value, '|')"))
    tooltip = [alt.Tooltip("name:N", title=tips["area"]), alt.Tooltip("year_str:N", title=x_title),
               alt.Tooltip("score_fmt:N", title=tips["score"]), alt.Tooltip("rank_tip:N", title=tips["rank"])]
    base = alt.Chart(data).encode(x=x, y=y, tooltip=tooltip)
    cells = base.mark_rect(stroke="white", strokeWidth=2).encode(
        color=alt.Color("group_label:N", title=group_title, sort=[group_labels[g] for g in groups],
                        scale=alt.Scale(domain=[group_labels[g] for g in groups],
                                        range=[GROUP_COLOURS[g] for g in groups]),
                        # one column in presentation mode: two of the room's larger labels ran past a phone's edge
                        legend=alt.Legend(orient="bottom", columns=1 if present else 2, labelLimit=300,
                                          titleLimit=500)))
    score = base.mark_text(dy=-8, fontSize=fits(13, "score_fmt"), fontWeight="bold", color="black").encode(
        text="score_fmt:N")
    rank = base.mark_text(dy=9, fontSize=fits(11, "rank_label"), color="#222222").encode(text="rank_label:N")
    return alt.layer(cells, score, rank).properties(title=title, width="container", height=54 * len(order))


# --- later published ranks --------------------------------------------------------------------

@db.memo
def later_ranks() -> pd.DataFrame:
    """PAR INDEX ranks published after the decision (another source and scale): year, rank, out_of,
    value_text, basis, derived (basis "derived": inferred from a published change), source, scale_note."""
    df = db.run("target_actuals")
    df = df[(df["indicator_id"] == "par_total_rank") & (df["appendix"] == "external")].copy()
    df["year"] = df["year"].astype(int)
    df["rank"] = df["value"].astype(int)
    df["out_of"] = df["out_of"].astype(int)
    df["derived"] = df["basis"] == "derived"
    return df[["year", "rank", "out_of", "value_text", "basis", "derived", "source", "scale_note"]].reset_index(drop=True)


# --- what-if ------------------------------------------------------------------------------------

@db.memo
def whatif_table(scores: dict[str, float]) -> pd.DataFrame:
    """Per area: the latest year's score, the scenario score and the change."""
    base = scenario.par_base_scores()
    rows = []
    for area in AREAS:
        new = float(scores.get(area, base[area]))
        rows.append({"area": area, "base": base[area], "scenario": new, "change": round(new - base[area], 2)})
    return pd.DataFrame(rows)
