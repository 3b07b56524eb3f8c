"""Chỉ số PCI: composite and sub-indices 2016-2020, what-if sliders with a rank estimate."""
import pandas as pd
import streamlit as st

from reform.i18n import pci as text, pick
from reform.i18n.fmt import fmt_number, fmt_range, fmt_signed, fmt_year_spans
from reform.model import scenario
from reform.ui import components as ui
from reform.ui import peers as peers_ui
from reform.ui import state
from reform.views import charts
from reform.views import indices
from reform.views import verdicts as words_v

ui.page_guard()

lang = ui.lang()

T = ui.texts(text.TEXT)


st.title(T("title"))
st.write(T("lead"))
bands = scenario.rank_bands()["pci"]
b_pl01, b_text, b_2030 = (fmt_range(*bands[k], lang=lang) for k in ("pl01_2025", "text_2025", "2030"))

# --- composite -------------------------------------------------------------------------
comp = scenario.pci_composite_series()
band_list = [
    {"low": bands["pl01_2025"][0], "high": bands["pl01_2025"][1], "label": T("band_pl01", b=b_pl01)},
    {"low": bands["text_2025"][0], "high": bands["text_2025"][1], "label": T("band_text", b=b_text)},
    {"low": bands["2030"][0], "high": bands["2030"][1], "label": T("band_2030", b=b_2030)},
]
ui.show_pair(lambda: charts.score_rank_chart(
    comp, lang=lang, title_score=T("composite_score"), title_rank=T("composite_rank"),
    x_title=ui.t("year"), y_score=ui.t("score"), y_rank=ui.t("rank"), bands=band_list,
    band_title=T("bands_legend")), key="pci_comp", cache="pci_comp")
ui.source_caption(ui.decision_source("PL03") + "; " + ui.decision_source("PL01", "I.2"))
# what follows depends on the data and the language only: made once and shared (ui.cached)


def _later_caption() -> str:
    later = indices.later_results("pci", scenario.pci_base_year())
    return T("later_caption", items="; ".join(
        T("later_item", year=r.year, rank=f"{r.rank}/{r.out_of}", basis=words_v.basis_word(r.basis, lang))
        + (f", {fmt_number(r.score, lang, 2)} {T('points')}" if pd.notna(r.score) else "")
        for r in later.itertuples()))


st.caption(ui.cached("pci_later_caption", _later_caption))
ui.table_expander(ui.cached("pci_comp_table", lambda: ui.display_frame(
                      comp.rename(columns={"year": ui.t("year"), "score": ui.t("score"), "rank": ui.t("rank")}),
                      {ui.t("score"): 2, ui.t("rank"): 0})),
                  comp, "pci_composite_2016_2020.csv", "pci_comp", title=T("composite_score"),
                  source=ui.decision_source("PL03"), cache="pci_comp")

# --- the 10 sub-indices -------------------------------------------------------------------


def _labelled_subs() -> pd.DataFrame:
    subs = scenario.pci_subindex_series()
    subs["label"] = [f"{pick(lang, v, e)} ({fmt_number(100 * w, lang, 0)}%)"
                     for v, e, w in zip(subs["name_vi"], subs["name_en"], subs["weight"])]
    return subs


subs = ui.cached("pci_subs_labelled", _labelled_subs)
ui.show_multiples(
    lambda columns, panel: charts.small_multiples(
        subs, lang=lang, title=T("subs_title_short" if columns == 1 else "subs_title"), x_title=ui.t("year"),
        y_title=T("sub_score"), rank_title=ui.t("rank"), weight_title=T("weight"), columns=columns,
        width=panel, every_axis=columns == 1, present=ui.presenting()),
    key="pci_subs", cache="pci_subs")
ui.source_caption(ui.decision_source("PL03", "1-10"))


def _wide_table() -> pd.DataFrame:
    wide = subs.pivot_table(index=["label"], columns="year", values=["score", "rank"], sort=False)
    wide.columns = [f"{ui.t('score') if m == 'score' else ui.t('rank')} {y}" for m, y in wide.columns]
    wide = wide.reset_index().rename(columns={"label": T("subindex")})
    return ui.display_frame(wide, {c: (2 if c.startswith(ui.t("score")) else 0) for c in wide.columns[1:]})


ui.table_expander(_wide_table, scenario.pci_subindex_series, "pci_subindices_2016_2020.csv", "pci_subs",
                  title=T("subs_title"), source=ui.decision_source("PL03"), cache="pci_subs")

# --- one sub-index in detail ---------------------------------------------------------------
st.subheader(T("detail_title"))
names = dict(ui.cached("pci_names", lambda: tuple(
    (r.subindex, pick(lang, r.name_vi, r.name_en)) for r in subs.drop_duplicates("subindex").itertuples())))
items = dict(ui.cached("pci_items", lambda: tuple(
    (r.subindex, str(r.item)) for r in subs.drop_duplicates("subindex").itertuples())))
chosen = state.choose(st, "selectbox", "pci_detail", T("detail_pick"), names, default=next(iter(names)))
ui.show_pair(lambda: charts.score_rank_chart(
    subs[subs["subindex"] == chosen][["year", "score", "rank"]], lang=lang,
    title_score=T("detail_score", name=names[chosen]),
    title_rank=T("detail_rank", name=names[chosen]), x_title=ui.t("year"), y_score=ui.t("score"),
    y_rank=ui.t("rank")), key="pci_detail_chart", cache=("pci_detail", chosen))
ui.source_caption(ui.decision_source("PL03", items[chosen]))


# --- what-if ---------------------------------------------------------------------------------
# What the what-if shows that depends on the data and the language only: made here, once per full run,
# not on every slider move (a move reruns only the fragment, which sees these names as they are).
base_year = scenario.pci_base_year()
weights = dict(zip(subs["subindex"], subs["weight"]))
slider_labels = {sub: T("slider_label", name=names[sub], w=fmt_number(100 * weights[sub], lang, 0) + "%")
                 for sub in scenario.PCI_SUBINDICES}
reset_keys = [f"pci_{s}" for s in scenario.PCI_SUBINDICES]
points = scenario.pci_reference_year_points()
ref_labels = {y: T("ref_year_fmt", year=y, points=points[y]) for y in points}
ref_help = T("ref_help", complete=fmt_year_spans(scenario.pci_complete_reference_years()))  # from the data
base_scores = scenario.pci_base_scores()
table_names = [names[s] for s in scenario.PCI_SUBINDICES]
table_base = [float(base_scores[s]) for s in scenario.PCI_SUBINDICES]


@st.fragment
def whatif():
    st.subheader(T("whatif_title"))
    st.write(T("whatif_lead", year=base_year))
    for i, sub in enumerate(scenario.PCI_SUBINDICES):
        if i % 2 == 0:  # one row per pair, so that a phone stacks them in order
            cols = st.columns(2)
        state.slider(st, f"pci_{sub}", slider_labels[sub], lang, decimals=2, container=cols[i % 2])
    ui.reset_button(reset_keys, "pci")
    ref = state.get(st, "pci_ref")
    state.bound(st, "selectbox", "pci_ref", T("ref_year"), ref_labels, value=ref, help=ref_help,
                on_set=lambda v: state.set_value(st, "pci_ref", v))
    ref = state.get(st, "pci_ref")
    peers_ui.match_peer(ref)  # "match a peer" presets of the reference year (what-ifs), where it has peers' components

    scores = state.values(st, "pci_")
    result = scenario.pci_whatif(scores, ref_year=ref)
    ui.scenario_banner()
    c1, c2 = st.columns(2)
    c1.metric(T("composite_scenario"), fmt_number(result.composite, lang, 2),
              delta=f"{fmt_signed(result.change, lang)} {T('change_vs_base', year=base_year)}",
              **ui.delta_style(result.change),
              help=T("composite_base_help", year=base_year, base=fmt_number(result.composite_base, lang, 3),
                     printed=fmt_number(result.composite_printed, lang, 2)))
    est = result.estimate
    n = est.out_of
    with c2:
        label = T("rank_estimate", year=est.year)
        if est.rank is not None:
            st.metric(label, f"{est.rank}/{n}")
            if est.method == "count":
                st.caption(T("rank_counted", year=est.year, others=est.points, n=n))
            else:
                st.caption(T("rank_range", low=est.low, high=est.high, points=est.points))
        elif est.position == "above":
            st.metric(label, f"1–{est.high}/{n}")
            st.warning(T("rank_above", year=est.year, high=est.high, points=est.points))
        elif est.position == "below":
            st.metric(label, f"{est.low}–{n}/{n}")
            st.warning(T("rank_below", year=est.year, low=est.low, n=n, points=est.points))
        else:
            st.warning(T("rank_none", year=est.year))
    if est.year != base_year:
        st.info(T("ref_other", base=base_year, ref=est.year))
    words = {"in": T("in_band"), "better": T("better_than_band"), "worse": T("worse_than_band")}
    st.write(T("band_compare", pl01=b_pl01, text=b_text, y2030=b_2030))
    if est.rank is not None:
        st.write(T("band_verdict", rank=f"{est.rank}/{n}",
                   pl01=words[scenario.band_position(est.rank, *bands["pl01_2025"])], b1=b_pl01,
                   text=words[scenario.band_position(est.rank, *bands["text_2025"])], b2=b_text))

    figures = {  # every column a float column
        T("base_col", year=base_year): table_base,
        T("scenario_col"): [float(state.get(st, f"pci_{s}")) for s in scenario.PCI_SUBINDICES],
        T("gain_col"): [float(result.gains[s]) for s in scenario.PCI_SUBINDICES],
        T("contrib_col"): [float(result.contributions[s]) for s in scenario.PCI_SUBINDICES],
    }
    # the table as shown, formatted straight from the figures (what ui.display_frame gives); the raw
    # frame is made only when its CSV is downloaded
    shown = lambda: pd.DataFrame({T("subindex"): table_names,  # noqa: E731 - made once per scenario (cache below)
                                  **{c: [fmt_number(v, lang, 2) for v in vals] for c, vals in figures.items()}})
    ui.table_expander(shown, lambda: pd.DataFrame({T("subindex"): table_names, **figures}),
                      "pci_scenario.csv", "pci_whatif", title=T("whatif_title"), source=ui.decision_source("PL03"),
                      csv_decimals={c: 2 for c in figures},
                      cache=("pci_whatif", tuple(sorted(scores.items()))))
    state.sync_url(st)


whatif()


# gains per +1 depend on the weights only: drawn outside the what-if, so a slider does not redraw it
def _gains_chart():
    gains = pd.DataFrame(list(scenario.pci_gains().items()), columns=["subindex", "gain"])
    gains["name"] = gains["subindex"].map(names)
    return charts.bar_chart(gains, lang=lang, x="gain", y="name", title=T("gains_title"),
                            x_title=T("gains_axis"), y_title=T("subindex"), decimals=2)


ui.show_chart(_gains_chart, key="pci_gains", cache="pci_gains")
st.caption(T("gains_caption"))
ui.source_caption(ui.decision_source("PL03") + " · VCCI")
