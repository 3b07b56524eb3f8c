"""Chỉ số PAR INDEX: the total and the 8 areas 2016-2019 (Appendix 04), later ranks, what-if sliders."""
from types import MappingProxyType

import pandas as pd
import streamlit as st

from reform.i18n import par_index as text, pick
from reform.i18n.fmt import fmt_number, fmt_range, fmt_signed
from reform.model import params, scenario
from reform.ui import components as ui
from reform.ui import state
from reform.views import charts
from reform.views import par_index as par

ui.page_guard()

lang = ui.lang()

T = ui.texts(text.TEXT)


st.title(T("title"))
st.write(T("lead"))
labels = {a: T(f"area_{a}") for a in par.AREAS}
bands = scenario.rank_bands()["par"]
b2025, b2030 = fmt_range(*bands["pl01_2025"], lang=lang), fmt_range(*bands["2030"], lang=lang)

# --- the total -----------------------------------------------------------------------------
st.header(T("total_header"))
band_list = [{"low": bands["pl01_2025"][0], "high": bands["pl01_2025"][1], "label": T("band_2025", b=b2025)},
             {"low": bands["2030"][0], "high": bands["2030"][1], "label": T("band_2030", b=b2030)}]
ui.show_pair(lambda: charts.score_rank_chart(
    par.total_chart_frame(), lang=lang, title_score=T("total_score"), title_rank=T("total_rank"),
    x_title=ui.t("year"), y_score=ui.t("score"), y_rank=ui.t("rank"), bands=band_list,
    band_title=T("bands_legend")), key="par_total", cache="par_total")
ui.source_caption(ui.decision_source("PL04") + "; " + ui.decision_source("PL01", "I.1"))
if bands["pl01_2025"] == bands["text_2025"]:
    st.caption(T("bands_same", b=b2025))

totals = par.total_series()
for r in ui.cached("par_sum_issues", lambda: tuple(par.sum_issues().itertuples())):
    words = {"year": r.year, "printed": fmt_number(r.score, lang, 2), "sum": fmt_number(r.sum_areas, lang, 2),
             "diff": fmt_number(abs(r.difference), lang, 2)}
    if r.status == "mismatch":
        st.warning(T("sum_mismatch", **words), icon="⚠️")
    else:
        st.caption(T("sum_rounding", **words))
st.caption(T("sum_ok"))
checks = {"ok": T("check_ok"), "rounding": T("check_rounding"), "mismatch": T("check_mismatch")}
shown = lambda: pd.DataFrame({  # noqa: E731 - made once per data version and language (cache below)
    ui.t("year"): totals["year"].astype(str),
    T("col_printed"): totals["score"],
    T("col_sum"): totals["sum_areas"],
    T("col_diff"): totals["difference"],
    ui.t("rank"): totals["rank"],
    T("col_check"): totals["status"].map(checks),
})
ui.table_expander(lambda: ui.display_frame(shown(), {T("col_printed"): 2, T("col_sum"): 2, T("col_diff"): 2,
                                                     ui.t("rank"): 0}),
                  totals, "par_index_total_2016_2019.csv", "par_total",
                  title=T("total_header"), source=ui.decision_source("PL04"), cache="par_total")

# --- later ranks, another source --------------------------------------------------------------
later = par.later_ranks()
if len(later):
    with st.container(border=True):
        st.markdown(f"**{T('later_header')}**")
        st.caption(T("later_lead"))
        cols = st.columns(len(later))
        for col, r in zip(cols, ui.cached("par_later_rows", lambda: tuple(later.itertuples()))):
            col.metric(T("later_metric", year=r.year), T("later_value", rank=fmt_number(r.rank, lang, 0), n=r.out_of),
                       help=r.source)
            col.caption(T("later_derived") if r.derived else T("later_published"))
        last = later.iloc[-1]
        words = {"in": T("in_band"), "better": T("better_than_band"), "worse": T("worse_than_band")}
        st.write(T("later_bands", rank=fmt_number(last["rank"], lang, 0), year=int(last["year"]),
                   p2025=words[scenario.band_position(last["rank"], *bands["pl01_2025"])], b2025=b2025,
                   p2030=words[scenario.band_position(last["rank"], *bands["2030"])], b2030=b2030))
        st.caption(T("no_2020"))
        ui.source_caption(T("later_source") + ": " + "; ".join(dict.fromkeys(later["source"])))
        ui.table_expander(lambda: pd.DataFrame({
            ui.t("year"): later["year"].astype(str),
            ui.t("rank"): later["rank"].map(lambda v: fmt_number(v, lang, 0)),
            T("later_table_text"): later["value_text"],
            ui.t("source"): later["source"],
        }), later, "par_index_later_ranks.csv", "par_later", title=T("later_table_text"),
            source="; ".join(dict.fromkeys(later["source"])), cache="par_later")

# --- the 8 areas -------------------------------------------------------------------------------
st.header(T("areas_header"))
n_ranked = par.out_of()
group_labels = {g: T(f"group_{g}", low=lo, high=hi) for g, (lo, hi) in par.rank_groups(n_ranked).items()}
group_labels["text"] = T("group_text")
grid = par.area_grid(lang, labels, T("text_cell"))
ui.show_chart(lambda: par.area_grid_chart(
    grid, title=T("grid_title"), x_title=ui.t("year"), y_title=None, group_title=T("group_title", n=n_ranked),
    group_labels=group_labels, tips={"area": T("area"), "score": ui.t("score"), "rank": ui.t("rank")},
    present=ui.presenting()),
    key="par_areas", cache="par_areas")
st.caption(T("grid_how"))
tr_rows = par.text_ranks()
items = ui.cached("par_text_ranks", lambda: tuple(
    T("text_rank_item", item=r.item, year=r.year, score=fmt_number(r.score, lang, 2), text=r.rank_text,
      gloss=(f" ({r.gloss_en})" if lang == "en" and r.gloss_en else ""))
    for r in tr_rows.itertuples()))
if items:
    st.info(T("text_ranks_note", items="; ".join(items)) + " " + T("text_rank_verbatim"), icon="✳️")
ui.source_caption(ui.decision_source("PL04", "1-8"))
ui.table_expander(lambda: par.area_wide(lang, labels, T("area"), T("score_col"), T("rank_col")),
                  lambda: par.areas().drop(columns=["order"]), "par_index_areas_2016_2019.csv", "par_areas",
                  title=T("areas_header"), source=ui.decision_source("PL04", "1-8"), cache="par_areas")

# --- one area in detail ------------------------------------------------------------------------
st.header(T("detail_title"))
chosen = state.choose(st, "selectbox", "par_detail", T("detail_pick"), {a: labels[a] for a in par.AREAS},
                      default=par.AREAS[0])
ui.show_pair(lambda: charts.score_rank_chart(
    par.area_series(chosen), lang=lang, title_score=T("detail_score", name=labels[chosen]),
    title_rank=T("detail_rank", name=labels[chosen]), x_title=ui.t("year"), y_score=ui.t("score"),
    y_rank=ui.t("rank")), key="par_detail_chart", cache=("par_detail", chosen))
for line in ui.cached(("par_text_gaps", chosen), lambda: tuple(
        T("detail_text_gap", year=r.year, text=r.rank_text) for r in tr_rows[tr_rows["area"] == chosen].itertuples())):
    st.caption(line)
names = ui.cached("par_area_names", lambda: MappingProxyType({
    r.area: (str(r.item), pick(lang, r.name_vi, r.name_en)) for r in par.areas().drop_duplicates("area").itertuples()}))
ui.source_caption(ui.decision_source("PL04", names[chosen][0]) + " · " + names[chosen][1])


# --- what-if -----------------------------------------------------------------------------------
@st.fragment
def whatif():
    year = par.base_year()
    base = scenario.par_base_scores()
    st.header(T("whatif_title"))
    st.write(T("whatif_lead", year=year))
    st.caption(T("range_note"))
    current = state.values(st, "par_")
    for i, area in enumerate(par.AREAS):
        if i % 2 == 0:  # one row per pair: on a phone the columns stack in the printed order 1, 2, 3 …
            cols = st.columns(2)
        # no slider reaches past what the other areas leave of the index's maximum (100 points)
        state.slider(st, f"par_{area}", T("slider_label", name=labels[area], year=year,
                                          base=fmt_number(base[area], lang, 2)),
                     lang, decimals=2, container=cols[i % 2], upper=params.par_headroom(current, area))
    ui.reset_button([f"par_{a}" for a in par.AREAS], "par")
    scores = state.values(st, "par_")
    result = scenario.par_whatif(scores)
    ui.scenario_banner()
    c1, c2 = st.columns(2)
    c1.metric(T("total_scenario"), fmt_number(result["total"], lang, 2),
              delta=f"{fmt_signed(result['change'], lang)} {T('change_vs_base', year=result['year'])}",
              **ui.delta_style(round(result["change"], 2)),
              help=T("total_help", year=result["year"], base=fmt_number(result["base_total"], lang, 2),
                     printed=fmt_number(result["printed_total"], lang, 2)))
    base_rank = ui.cached(("par_base_rank", result["year"]),
                          lambda: totals[totals["year"] == result["year"]].iloc[0]["rank"])
    c2.metric(T("base_metric", year=result["year"]), fmt_number(result["printed_total"], lang, 2),
              delta=T("base_rank", rank=fmt_number(base_rank, lang, 0), n=par.out_of()), delta_color="off",
              delta_arrow="off")
    st.info(T("no_rank"), icon="ℹ️")
    tbl = par.whatif_table(scores)
    shown = lambda: pd.DataFrame({  # noqa: E731 - made once per scenario (cache below)
        T("area"): tbl["area"].map(labels),
        T("base_col", year=year): tbl["base"],
        T("scenario_col"): tbl["scenario"],
        T("change_col"): tbl["change"].map(lambda v: fmt_signed(v, lang)),
    })
    ui.table_expander(lambda: ui.display_frame(shown(), {T("base_col", year=year): 2, T("scenario_col"): 2}), tbl,
                      "par_index_scenario.csv", "par_whatif", title=T("whatif_title"),
                      source=ui.decision_source("PL04"), csv_decimals={"base": 2, "scenario": 2, "change": 2},
                      cache=("par_whatif", tuple(sorted(scores.items()))))
    ui.source_caption(ui.decision_source("PL04"))
    state.sync_url(st)


whatif()
