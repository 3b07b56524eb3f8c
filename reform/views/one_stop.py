"""One-stop shop page logic: procedures, one-stop desks, on-time rates and online services.

Everything the "Một cửa" page computes lives here (sums, shares, differences, axis
ranges, the comparisons between the appendices and the text); the page only lays
the results out. Figures come from Appendix 07 (procedure reform), Appendix 11
items 9-12 (online services and the electronic one-stop system), the figures
stated in the text of Part 2 §2.2 and §2.6 and footnote [6], and the targets of
Appendix 01 items II.2, II.3 and II.8.

A source cell keeps its meaning: an empty cell is "no data" (null, never 0), a
"-" is "not applicable", and a text cell ("Chưa xác định") is shown as text.
"""
from __future__ import annotations

import math

import altair as alt
import pandas as pd

from reform.views import charts
from reform.data import db
from reform.model import scenario
from reform.views import numbers
from reform.i18n import fmt
from reform.i18n.fmt import NO_VALUE, fmt_number
from reform.i18n import one_stop as text, pick, tr

# --- which rows of the appendices the page shows ---------------------------------------------

#: Appendix 07 item 1: procedures by level (the total first).
PROCEDURE_TOTAL = "pl07_1_procedures"
PROCEDURE_LEVELS = ("pl07_1a_province", "pl07_1b_district", "pl07_1c_commune")
PROVINCIAL_LAW = "pl07_1d_provincial_law"
#: Appendix 07 item 4: where procedures are received and returned, and joint handling.
DESKS = ("pl07_4a_centre", "pl07_4b_district_desk", "pl07_4c_commune_desk")
JOINT = ("pl07_4d_same_level", "pl07_4e_inter_level", "pl07_4f_four_on_spot")
#: Appendix 07 item 5: dossiers resolved on time, by level.
ON_TIME = ("pl07_5a_ontime_province", "pl07_5b_ontime_district", "pl07_5c_ontime_commune")
#: Appendix 07 item 6: feedback and petitions about procedures.
FEEDBACK = ("pl07_6a_received", "pl07_6b_resolved", "pl07_6c_published")
#: Appendix 11 items 9-12.
ONLINE_SERVICES = "pl11_9_online_services"
SERVICES_USED = "pl11_10_services_used"
SERVICES_USED_NUM = "pl11_10_services_used__num"
SERVICES_USED_DEN = "pl11_10_services_used__den"
E_ONE_STOP_UNITS = "pl11_11_e_one_stop_units"
E_ONE_STOP_SHARE = "pl11_12_e_one_stop_share"
#: The targets of Appendix 01 this page follows, in the order shown.
TARGET_IDS = ("online_l34", "l4_mobile", "work_files_province", "work_files_district", "work_files_commune")
#: Part 2 §2.2 says dossiers are returned on time "above 99%".
TEXT_ON_TIME_FLOOR = 99.0

LEVEL_OF = {"pl07_1a_province": "province", "pl07_1b_district": "district", "pl07_1c_commune": "commune",
            "pl07_4a_centre": "province", "pl07_4b_district_desk": "district", "pl07_4c_commune_desk": "commune",
            "pl07_5a_ontime_province": "province", "pl07_5b_ontime_district": "district",
            "pl07_5c_ontime_commune": "commune"}


def T(key: str, lang: str, **kw) -> str:
    return tr(text.TEXT, key, lang, **kw)


# --- reading the series ------------------------------------------------------------------------

@db.memo
def series(ids) -> pd.DataFrame:
    """Observations of the given indicators (list order), one row per indicator and year."""
    df = db.run("indicator_series", ids=list(ids))
    df = df[df["kind"] == "actual"] if "kind" in df else df
    df["year"] = df["year"].astype(int)
    return df.reset_index(drop=True)


def _value(df: pd.DataFrame, indicator_id: str, year: int) -> float | None:
    rows = df[(df["indicator_id"] == indicator_id) & (df["year"] == year)]
    if rows.empty or pd.isna(rows["value"].iloc[0]):
        return None
    return float(rows["value"].iloc[0])


def years(df: pd.DataFrame) -> list[int]:
    return sorted(int(y) for y in df["year"].unique())


def cell_text(value, flag: str, value_text, lang: str, indicator_id: str | None = None) -> str:
    """How a source cell reads in a table (:func:`reform.i18n.fmt.cell_text`: as printed, "không áp
    dụng" for "-", the words of a text cell, "–" for no data), with the indicator's short unit."""
    return fmt.cell_text(value, flag, value_text, lang, numbers.number_format(indicator_id=indicator_id)[1])


def name(row, lang: str) -> str:
    return pick(lang, row.name_vi, row.name_en)


@db.memo
def long_frame(ids, lang: str, labels: dict[str, str] | None = None) -> pd.DataFrame:
    """year, series (label in the page's language), value (null where the cell is empty or "-"), flag."""
    df = series(ids)
    out = pd.DataFrame({
        "year": df["year"],
        "indicator_id": df["indicator_id"],
        "series": [(labels or {}).get(r.indicator_id) or name(r, lang) for r in df.itertuples()],
        "value": df["value"].where(df["flag"] == "value"),
        "flag": df["flag"],
        "value_text": df["value_text"],
    })
    return out


@db.memo
def wide_table(ids, lang: str, first_col: str = "", labels: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per indicator, one text column per year (cells as :func:`cell_text` reads them)."""
    df = series(ids)
    yrs = years(df)
    rows = []
    for ind in ids:
        sub = df[df["indicator_id"] == ind].set_index("year")
        if sub.empty:
            continue
        first = sub.iloc[0]
        rec = {first_col or "indicator": (labels or {}).get(ind) or pick(lang, first["name_vi"], first["name_en"])}
        for y in yrs:
            if y in sub.index:
                r = sub.loc[y]
                rec[str(y)] = cell_text(r["value"], r["flag"], r["value_text"], lang, ind)
            else:
                rec[str(y)] = NO_VALUE
        rows.append(rec)
    return pd.DataFrame(rows)


@db.memo
def raw_table(ids) -> pd.DataFrame:
    """The observations as stored (for the CSV download): id, names, year, value, printed text, flag."""
    df = series(ids)
    return df[["indicator_id", "name_vi", "name_en", "unit", "year", "value", "value_text", "flag"]]


# --- Appendix 07 item 1: procedures by level ---------------------------------------------------

def level_labels(lang: str) -> dict[str, str]:
    return {"province": T("level_province", lang), "district": T("level_district", lang),
            "commune": T("level_commune", lang)}


@db.memo
def procedures_by_level(lang: str) -> pd.DataFrame:
    """year, series (level), value, total (the printed total of the year), order."""
    lab = level_labels(lang)
    df = long_frame(PROCEDURE_LEVELS, lang, {i: lab[LEVEL_OF[i]] for i in PROCEDURE_LEVELS})
    totals = series([PROCEDURE_TOTAL]).set_index("year")["value"]
    df["total"] = df["year"].map(totals)
    df["order"] = df["indicator_id"].map({i: k for k, i in enumerate(PROCEDURE_LEVELS)})
    return df


@db.memo
def level_sum_check() -> pd.DataFrame:
    """Per year: the printed total, the sum of the three levels, and whether they agree."""
    df = series((PROCEDURE_TOTAL, *PROCEDURE_LEVELS))
    rows = []
    for y in years(df):
        parts = [_value(df, i, y) for i in PROCEDURE_LEVELS]
        total = _value(df, PROCEDURE_TOTAL, y)
        s = None if any(p is None for p in parts) else sum(parts)
        rows.append({"year": y, "total": total, "sum_levels": s,
                     "agrees": s is not None and total is not None and abs(s - total) < 1e-9})
    return pd.DataFrame(rows)


def provincial_law_years() -> dict[int, float]:
    """Years in which the "procedures issued by the province" row has a number (else it is "-")."""
    return dict(_provincial_law_years())


@db.memo
def _provincial_law_years() -> tuple[tuple[int, float], ...]:
    df = series([PROVINCIAL_LAW])
    return tuple((int(r.year), float(r.value)) for r in df.itertuples() if r.flag == "value")


@db.memo
def growth(indicator_id: str) -> dict:
    """First and last year of a series and the change between them (absolute and in %)."""
    df = series([indicator_id])
    df = df[df["flag"] == "value"]
    first, last = df.iloc[0], df.iloc[-1]
    change = float(last["value"]) - float(first["value"])
    return {"first_year": int(first["year"]), "first": float(first["value"]),
            "last_year": int(last["year"]), "last": float(last["value"]), "change": change,
            "change_pct": 100 * change / float(first["value"]) if first["value"] else None}


def stacked_levels_chart(df: pd.DataFrame, *, lang: str, title: str, x_title: str, y_title: str,
                         series_title: str, total_title: str) -> alt.LayerChart:
    """Stacked bars per year (one colour per level) with the printed total above each bar."""
    data = charts.add_formatted(df, lang, {"value": 0, "total": 0})
    data["year_str"] = data["year"].astype(str)
    order = list(dict.fromkeys(data["series"]))
    x = alt.X("year_str:O", title=x_title, axis=alt.Axis(labelAngle=0))
    tooltip = [alt.Tooltip("year_str:N", title=x_title), alt.Tooltip("series:N", title=series_title),
               alt.Tooltip("value_fmt:N", title=y_title), alt.Tooltip("total_fmt:N", title=total_title)]
    bars = alt.Chart(data).mark_bar().encode(
        x=x, y=alt.Y("value:Q", title=y_title, stack="zero"),
        color=alt.Color("series:N", title=series_title, sort=order,
                        scale=alt.Scale(domain=order, range=charts.SERIES[:len(order)]),
                        legend=alt.Legend(orient="bottom", direction="horizontal")),
        order=alt.Order("order:Q", sort="ascending"), tooltip=tooltip)
    totals = data.drop_duplicates("year")
    labels = alt.Chart(totals).mark_text(dy=-8, fontSize=13, fontWeight="bold", color=charts.GREY).encode(
        x=x, y=alt.Y("total:Q"), text="total_fmt:N")
    return alt.layer(bars, labels).properties(title=title, width="container", height=300)


def year_bars(df: pd.DataFrame, *, lang: str, title: str, x_title: str, y_title: str, decimals: int = 0,
              colour: str = charts.BLUE, y_domain: list[float] | None = None) -> alt.LayerChart:
    """One bar per year with its value printed above (``df``: year, value; a null leaves a gap)."""
    data = charts.add_formatted(df[["year", "value"]], lang, {"value": decimals})
    data["year_str"] = data["year"].astype(str)
    x = alt.X("year_str:O", title=x_title, axis=alt.Axis(labelAngle=0))
    scale = alt.Scale(domain=y_domain) if y_domain else alt.Scale(zero=True)
    tooltip = [alt.Tooltip("year_str:N", title=x_title), alt.Tooltip("value_fmt:N", title=y_title)]
    bars = alt.Chart(data).mark_bar(color=colour).encode(
        x=x, y=alt.Y("value:Q", title=y_title, scale=scale), tooltip=tooltip)
    # only as many values as the drawn width keeps apart, counted back from the latest year (the table has all)
    years = list(data["year_str"])
    data["slot"] = range(len(data))
    labels = alt.Chart(data[data["value"].notna()]).mark_text(dy=-8, fontSize=13, color=charts.GREY).encode(
        x=x, y=alt.Y("value:Q", scale=scale),
        text=charts.thinned("value_fmt", range(len(years)), data["value_fmt"], 13, field_year="slot"))
    return alt.layer(bars, labels).properties(title=title, width="container", height=260)


def labelled_groups(df: pd.DataFrame, *, lang: str, title: str, x_title: str, y_title: str, series_title: str,
                    decimals: int = 0, height: int = 260, labels: bool = True,
                    extra: list | None = None) -> alt.LayerChart:
    """Side-by-side bars per year with each value printed above its bar (a true 0 shows "0", a null
    shows nothing), on a whole-number axis when ``decimals`` is 0. ``df``: year, series, value.
    ``extra`` layers (sharing the x axis ``year_str``) are drawn on top."""
    data = charts.add_formatted(df[["year", "series", "value"]], lang, {"value": decimals})
    data["year_str"] = data["year"].astype(str)
    order = list(dict.fromkeys(data["series"]))
    axis = alt.Axis(format=",d", tickMinStep=1) if decimals == 0 else alt.Axis()
    top = float(data["value"].max()) * 1.2 if data["value"].notna().any() else 1.0
    x = alt.X("year_str:O", title=x_title, axis=alt.Axis(labelAngle=0))
    y = alt.Y("value:Q", title=y_title, axis=axis, scale=alt.Scale(domain=[0, top]))
    tooltip = [alt.Tooltip("series:N", title=series_title), alt.Tooltip("year_str:N", title=x_title),
               alt.Tooltip("value_fmt:N", title=y_title)]
    offset = alt.XOffset("series:N", sort=order)
    bars = alt.Chart(data).mark_bar().encode(
        x=x, xOffset=offset, y=y, tooltip=tooltip,
        color=alt.Color("series:N", title=series_title, sort=order,
                        scale=alt.Scale(domain=order, range=charts.SERIES[:len(order)]),
                        legend=alt.Legend(orient="bottom", direction="vertical", labelLimit=400)))
    layers = [bars]
    if labels:
        # upright along each bar (reading upwards from its top): as wide as the text is high, so that the
        # labels of bars side by side never sit on one another however narrow the bars get
        # (and no thicker than a bar: the font shrinks with the drawn width, a Vega expression on ``width``)
        bars_drawn = max(1, data["year_str"].nunique() * len(order))
        layers.append(alt.Chart(data[data["value"].notna()]).mark_text(
            angle=270, align="left", baseline="middle", dx=4, color=charts.GREY,
            fontSize={"expr": f"min(13, max(7, width / {bars_drawn} * 0.55))"})
                      .encode(x=x, xOffset=offset, y=alt.Y("value:Q"), text="value_fmt:N"))
    return alt.layer(*layers, *(extra or [])).properties(title=title, width="container", height=height)


# --- Appendix 07 item 4: one-stop desks and joint handling -------------------------------------

def desk_labels(lang: str, full: bool = False) -> dict[str, str]:
    return {"pl07_4a_centre": T("desk_centre_full" if full else "desk_centre", lang),
            "pl07_4b_district_desk": T("desk_district", lang),
            "pl07_4c_commune_desk": T("desk_commune", lang)}


@db.memo
def desks(lang: str) -> pd.DataFrame:
    """year, series (desk), value for the three one-stop desks."""
    return long_frame(DESKS, lang, desk_labels(lang))


def joint_labels(lang: str) -> dict[str, str]:
    return {"pl07_4d_same_level": T("joint_same_level", lang), "pl07_4e_inter_level": T("joint_inter_level", lang),
            "pl07_4f_four_on_spot": T("joint_four_on_spot", lang)}


@db.memo
def history(indicator_id: str, lang: str, until: int | None = None) -> list[tuple[str, str]]:
    """The cells of a series as (years, text) runs, consecutive years with the same text merged:
    [("2016-2018", "no data"), ("2019", "86")]. ``until`` stops before that year."""
    df = series([indicator_id])
    runs: list[list] = []
    for r in df.itertuples():
        if until is not None and r.year >= until:
            break
        txt = cell_text(r.value, r.flag, r.value_text, lang, indicator_id)
        txt = T("no_data", lang) if txt == NO_VALUE else txt
        if runs and runs[-1][2] == txt and runs[-1][1] == r.year - 1:
            runs[-1][1] = r.year
        else:
            runs.append([r.year, r.year, txt])
    return [(str(a) if a == b else f"{a}-{b}", txt) for a, b, txt in runs]


@db.memo
def latest(indicator_id: str) -> tuple[int, float | None]:
    """The last year of a series and its value (None when that cell has no number)."""
    df = series([indicator_id])
    r = df.iloc[-1]
    return int(r["year"]), (float(r["value"]) if r["flag"] == "value" else None)


@db.memo
def first_value_year(ids) -> int | None:
    """The first year in which any of the indicators has a number."""
    df = series(list(ids))
    df = df[df["flag"] == "value"]
    return int(df["year"].min()) if len(df) else None


# --- Appendix 07 item 5: on time ---------------------------------------------------------------

@db.memo
def on_time(lang: str) -> pd.DataFrame:
    lab = level_labels(lang)
    return long_frame(ON_TIME, lang, {i: lab[LEVEL_OF[i]] for i in ON_TIME})


def on_time_domain(step: float = 0.5, top: float = 100.0) -> list[float]:
    """A y range that shows the differences: from just under the lowest rate (to a multiple of
    ``step``) up to 100%."""
    lo = _lowest_on_time()
    return [math.floor((lo - 0.1) / step) * step, top]


@db.memo
def _lowest_on_time() -> float:
    return float(series(ON_TIME)["value"].min())


def on_time_latest() -> list[dict]:
    """Per level: the latest rate, the year before, and the change in percentage points."""
    return [dict(r) for r in _on_time_latest()]


@db.memo
def _on_time_latest() -> tuple[dict, ...]:
    df = series(ON_TIME)
    y = max(years(df))
    out = []
    for ind in ON_TIME:
        now, before = _value(df, ind, y), _value(df, ind, y - 1)
        out.append({"indicator_id": ind, "level": LEVEL_OF[ind], "year": y, "value": now,
                    "previous": before, "change": None if now is None or before is None else now - before})
    return tuple(out)


def below_text_floor() -> list[dict]:
    """Rates printed in Appendix 07 below the "above 99%" of Part 2 §2.2: level, year, value."""
    return [dict(r) for r in _below_text_floor()]


@db.memo
def _below_text_floor() -> tuple[dict, ...]:
    df = series(ON_TIME)
    rows = df[(df["flag"] == "value") & (df["value"] < TEXT_ON_TIME_FLOOR)]
    return tuple({"level": LEVEL_OF[r.indicator_id], "year": int(r.year), "value": float(r.value)}
                 for r in rows.itertuples())


# --- Appendix 07 item 6: feedback ----------------------------------------------------------------

@db.memo
def feedback(lang: str) -> pd.DataFrame:
    lab = {"pl07_6a_received": T("fb_received", lang), "pl07_6b_resolved": T("fb_resolved", lang),
           "pl07_6c_published": T("fb_published", lang)}
    return long_frame(FEEDBACK, lang, lab)


def feedback_totals() -> dict[str, float]:
    """Sum over the years of each feedback row."""
    return dict(_feedback_totals())


@db.memo
def _feedback_totals() -> tuple[tuple[str, float], ...]:
    df = series(FEEDBACK)
    return tuple((i, float(df[df["indicator_id"] == i]["value"].sum())) for i in FEEDBACK)


@db.memo
def feedback_all_handled() -> bool:
    """Whether every year all feedback received was resolved and its reply published."""
    df = series(FEEDBACK)
    for y in years(df):
        got = _value(df, FEEDBACK[0], y)
        if any(_value(df, i, y) != got for i in FEEDBACK[1:]):
            return False
    return True


# --- Appendix 11 items 9-12: online services ------------------------------------------------------

@db.memo
def online_services() -> pd.DataFrame:
    """year, value of item 9 (level-3/4 online services)."""
    df = series([ONLINE_SERVICES])
    return df[["year", "value", "value_text", "flag"]]


@db.memo
def services_used() -> pd.DataFrame:
    """Item 10 per year: the printed share (or its text), the numerator and denominator printed in
    the same cell, the share they give, and whether the printed share matches it.

    Columns: year, printed (float or None), printed_text, flag, num, den, recomputed, difference,
    agrees, den_is_item9.
    """
    df = series([SERVICES_USED, SERVICES_USED_NUM, SERVICES_USED_DEN, ONLINE_SERVICES])
    rows = []
    for y in years(df):
        cell = df[(df["indicator_id"] == SERVICES_USED) & (df["year"] == y)]
        if cell.empty:
            continue
        c = cell.iloc[0]
        printed = float(c["value"]) if c["flag"] == "value" else None
        num, den = _value(df, SERVICES_USED_NUM, y), _value(df, SERVICES_USED_DEN, y)
        rec = round(100 * num / den, 4) if num is not None and den else None
        diff = None if rec is None or printed is None else printed - rec
        decimals = fmt.printed_decimals(str(c["value_text"])) or 0
        tol = 0.5 * 10 ** -decimals + 1e-9
        rows.append({"year": y, "printed": printed, "printed_text": c["value_text"], "flag": c["flag"],
                     "num": num, "den": den, "recomputed": rec, "difference": diff,
                     "agrees": None if diff is None else abs(diff) <= tol,
                     "den_is_item9": den is not None and den == _value(df, ONLINE_SERVICES, y)})
    return pd.DataFrame(rows)


@db.memo
def services_used_mismatches() -> pd.DataFrame:
    df = services_used()
    return df[df["agrees"] == False]  # noqa: E712  (None means "cannot be checked")


def _glossed(printed: str, note: str) -> str:
    """A printed text cell with its gloss in the page's language ("Chưa xác định (not determined)"); none
    where the gloss says what the cell already says ("Chưa xác định" on a Vietnamese page)."""
    same = note.strip("() ").casefold() == str(printed).strip().casefold()
    return str(printed).strip() if same or not note else f"{printed} {note}".strip()


def share_chart(df: pd.DataFrame, *, lang: str, title: str, x_title: str, y_title: str,
                printed_label: str, recomputed_label: str, series_title: str,
                text_note: str = "") -> alt.LayerChart:
    """Item 10: the printed share and the share recomputed from its numerator/denominator, side by
    side per year; a year with a text cell gets the text instead of a bar."""
    long = pd.concat([
        pd.DataFrame({"year": df["year"], "series": printed_label, "value": df["printed"]}),
        pd.DataFrame({"year": df["year"], "series": recomputed_label, "value": df["recomputed"]}),
    ], ignore_index=True)
    long["value"] = pd.to_numeric(long["value"])
    cells = df[df["flag"] == "text"]
    texts = pd.DataFrame({"year_str": cells["year"].astype(str), "y": 0.0,
                          "label": [_glossed(t, text_note) for t in cells["printed_text"]]})
    extra = []
    if len(texts):
        # upright in the year's own empty slot, from the axis up: never over a neighbour's bars or labels
        extra.append(alt.Chart(texts).mark_text(angle=270, align="left", baseline="middle", dx=4, fontSize=12,
                                                fontStyle="italic", color=charts.GREY)
                     .encode(x=alt.X("year_str:O"), y="y:Q", text="label:N"))
    return labelled_groups(long, lang=lang, title=title, x_title=x_title, y_title=y_title,
                           series_title=series_title, decimals=2, extra=extra)


# --- figures stated in the text ----------------------------------------------------------------

#: The comparisons shown, in order: (key, figure id, what it is checked against).
#: A check is ``("sum", [ids])``, ``("ratio", num_id, den_id)`` or ``("same", id)``; ids starting
#: with ``pl`` are appendix cells (read at the figure's year), others are text figures.
COMPARISONS = (
    ("l3", "t_services_l3", None),
    ("l4", "t_services_l4", None),
    ("l34", "t_services_l34", ("sum", ["t_services_l3", "t_services_l4"])),
    ("l34_pl01", "t_pl01_l34_services", ("same", "t_services_l34")),
    ("l34_pl11", ONLINE_SERVICES, ("same", "t_services_l34")),
    ("proc_fn6", "t_fn6_procedures", None),
    ("proc_pl01", "t_pl01_procedures", ("same", "t_fn6_procedures")),
    ("proc_pl07", PROCEDURE_TOTAL, None),
    ("share_fn6", "t_fn6_l34_share", ("ratio", "t_services_l34", "t_fn6_procedures")),
    ("share_pl01", "t_pl01_l34_share", ("ratio", "t_pl01_l34_services", "t_pl01_procedures")),
    ("share_l3", "t_fn6_l3_share", ("ratio", "t_services_l3", "t_fn6_procedures")),
    ("share_l4", "t_fn6_l4_share", ("ratio", "t_services_l4", "t_fn6_procedures")),
    ("portal", "t_national_portal_integrated", None),
    ("portal_share", "t_national_portal_share", ("ratio", "t_national_portal_integrated", "t_services_l34")),
    ("dossiers_online", "t_online_dossier_share_2020", ("same", SERVICES_USED)),
    ("used_2020", SERVICES_USED, ("ratio", SERVICES_USED_NUM, SERVICES_USED_DEN)),
)
COMPARE_YEAR = 2020


@db.memo
def _figures() -> dict[str, dict]:
    """Every text figure, and the 2020 appendix cells the comparisons use, keyed by id."""
    out = {}
    for r in db.run("text_figures").itertuples():
        out[r.indicator_id] = {"value": float(r.value), "value_text": r.value_text, "where_vi": r.section,
                               "name_en": r.name_en, "quote_vi": r.quote_vi, "unit": r.unit}
    app = series([ONLINE_SERVICES, PROCEDURE_TOTAL, SERVICES_USED, SERVICES_USED_NUM, SERVICES_USED_DEN])
    app = app[app["year"] == COMPARE_YEAR]
    for r in app.itertuples():
        out[r.indicator_id] = {"value": float(r.value), "value_text": r.value_text, "where_vi": None,
                               "name_en": r.name_en, "quote_vi": r.name_vi, "unit": r.unit,
                               "item": str(r.item).rstrip(".")}
    return out


@db.memo
def text_checks() -> pd.DataFrame:
    """The figures about online services and procedures, each against what it should equal.

    Columns: key, figure_id, value, value_text, unit, expected (None when nothing to check),
    expected_parts (ids), kind, decimals, difference, agrees (None when nothing to check), alt
    (for a share: the share on the other printed base, when that base matches the printed figure).
    """
    fig = _figures()
    rows = []
    for key, fid, check in COMPARISONS:
        f = fig[fid]
        dec = fmt.printed_decimals(str(f["value_text"])) or 0 if f["unit"] == "%" else 0
        expected, parts, kind = None, [], None
        if check:
            kind = check[0]
            if kind == "sum":
                parts = list(check[1])
                expected = sum(fig[p]["value"] for p in parts)
            elif kind == "ratio":
                parts = [check[1], check[2]]
                expected = 100 * fig[check[1]]["value"] / fig[check[2]]["value"]
            else:
                parts = [check[1]]
                expected = fig[check[1]]["value"]
        diff = None if expected is None else f["value"] - expected
        tol = 0.5 * 10 ** -dec + 1e-9 if kind == "ratio" else 1e-9
        agrees = None if diff is None else abs(diff) <= tol
        rows.append({"key": key, "figure_id": fid, "value": f["value"], "value_text": f["value_text"],
                     "unit": f["unit"], "expected": expected, "parts": parts, "kind": kind, "decimals": dec,
                     "difference": diff, "agrees": agrees})
    df = pd.DataFrame(rows)
    # A level share that does not match its own base may match the other printed base (PL01's 1.877).
    alt_base = fig["t_pl01_procedures"]["value"]
    df["other_base"] = [100 * fig[r.parts[0]]["value"] / alt_base
                        if r.kind == "ratio" and r.parts[1] == "t_fn6_procedures" else None
                        for r in df.itertuples()]
    return df


def figure_where(figure_id: str, lang: str) -> str:
    """Where a compared figure is printed, in the page's language."""
    fig = _figures()[figure_id]
    if figure_id.startswith("pl"):
        app = "PL11" if figure_id.startswith("pl11") else "PL07"
        return T("where_appendix", lang, n=app[2:], item=fig["item"], year=COMPARE_YEAR)
    where = fig["where_vi"].replace("PL01", "Phụ lục 01")
    if lang == "en":
        where = (where.replace("Chú thích", "Footnote").replace("Phần", "Part").replace(", mục ", ", §")
                 .replace("Phụ lục", "Appendix").replace(", mục", ", §"))
    return where


def figure_name(key: str, lang: str) -> str:
    """The dashboard's own short name of a compared figure (by comparison key)."""
    return T(f"fig_{key}", lang)


# --- targets --------------------------------------------------------------------------------

def default_pace(target_id: str) -> tuple[float, str]:
    """A target's default yearly pace and where it comes from ("historical" or "required")."""
    return scenario.default_paces()[target_id]


@db.memo
def related_targets(paces: dict[str, float] | None = None, factor: float = 1.0) -> pd.DataFrame:
    """The targets this page follows, projected under the scenario (rows of
    :func:`reform.model.scenario.project_targets`, in :data:`TARGET_IDS` order)."""
    proj = scenario.project_targets(paces, factor)
    proj = proj[proj["target_id"].isin(TARGET_IDS)].set_index("target_id").loc[list(TARGET_IDS)]
    return proj.reset_index()



@db.memo
def text_check_table(lang: str) -> pd.DataFrame:
    """The comparisons of :func:`text_checks` as a text table in the page's language."""
    from reform.i18n.fmt import fmt_signed

    df = text_checks()
    fig = _figures()
    rows = []
    for r in df.itertuples():
        pct = r.unit == "%"
        dec = 2 if pct else 0

        def show(v, d=dec, p=pct):
            return fmt_number(v, lang, d) + ("%" if p else "")

        if r.kind == "sum":
            against = " + ".join(fmt_number(fig[p]["value"], lang, 0) for p in r.parts)
        elif r.kind == "ratio":
            against = " / ".join(fmt_number(fig[p]["value"], lang, 0) for p in r.parts)
        elif r.kind == "same":
            against = figure_where(r.parts[0], lang)
        else:
            against = NO_VALUE
        if r.agrees is None:
            result = T("res_none", lang)
        elif r.agrees:
            result = T("res_match", lang)
        else:
            result = T("res_differ", lang, d=fmt_signed(r.difference, lang, dec) + (" " + T("pp", lang) if pct else ""))
        rows.append({T("col_figure", lang): figure_name(r.key, lang),
                     T("col_where", lang): figure_where(r.figure_id, lang),
                     T("col_value", lang): show(r.value, r.decimals) if pct else show(r.value),
                     T("col_against", lang): against,
                     T("col_expected", lang): (NO_VALUE if r.expected is None or pd.isna(r.expected)
                                               else show(r.expected)),
                     T("col_result", lang): result})
    return pd.DataFrame(rows)


def check(key: str) -> dict:
    """One row of :func:`text_checks` as a dict (values by figure id under ``fig``)."""
    row, fig = _check(key)
    return {**row, "fig": dict(fig)}


@db.memo
def _check(key: str) -> tuple[dict, dict]:
    df = text_checks().set_index("key")
    return df.loc[key].to_dict(), {k: v["value"] for k, v in _figures().items()}
