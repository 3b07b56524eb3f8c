"""Chỉ số PCI: each year with its method (composite, rank out of that year's field, components per method), the
decision's sub-indices 2016-2020, and a what-if on the method of the chosen reference year with a rank estimate."""
import pandas as pd
import streamlit as st

from reform.i18n import pci as text, pick
from reform.i18n.fmt import fmt_number, fmt_range, fmt_signed, fmt_year_spans
from reform.model import methods, scenario
from reform.ui import components as ui
from reform.ui import peers as peers_ui
from reform.ui import state
from reform.views import charts
from reform.views import indices
from reform.views import pci_methods
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
                      comp.rename(columns={"year": ui.t("year"), "score": ui.t("score"), "rank": ui.t("rank"),
                                           "out_of": T("col_out_of")}),
                      {ui.t("score"): 2, ui.t("rank"): 0})),
                  comp, "pci_composite_2016_2020.csv", "pci_comp", title=T("composite_score"),
                  source=ui.decision_source("PL03"), cache="pci_comp")

# --- each year with its method ---------------------------------------------------------------
st.header(T("years_title"))
st.caption(T("years_lead"))
YEAR_COLS = {"year": ui.t("year"), "method": T("col_method"), "score": ui.t("score"), "rank": ui.t("rank"),
             "basis": T("col_basis"), "source": ui.t("source")}
# in presentation mode without the long source column (its line below names every year's source)
ui.table(lambda: pci_methods.years_table(lang, YEAR_COLS, T("no_data")), cache="pci_years_methods",
         hide_index=True, room_columns=tuple(YEAR_COLS[k] for k in ("year", "score", "rank", "method", "basis")))
ui.source_caption(ui.cached("pci_years_sources", lambda: pci_methods.years_sources(ui.decision_source("PL03"))))

# --- the 10 sub-indices -------------------------------------------------------------------
BASE_METHOD = methods.method_of_year(scenario.pci_base_year(), "pci")
st.header(T("method_heading", method=pick(lang, BASE_METHOD.name_vi, BASE_METHOD.name_en),
               years=fmt_year_spans(sorted(scenario.pci_subindex_series()["year"].unique()))))


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
st.header(T("detail_title"))
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


# --- the other methods' components, each method apart -----------------------------------------------


def _method_block(block: dict) -> None:
    m = block["method"]
    name = pick(lang, m.name_vi, m.name_en)
    st.header(T("method_heading", method=name, years=fmt_year_spans(block["years"])))
    if m.weights is None:
        st.caption(T("weights_unpublished"))
    if not block["score_years"]:
        st.info(T("no_scores", method=name))
    for year in block["score_years"]:
        ui.show_chart(lambda y=year: pci_methods.components_chart(
            m.id, y, lang, title=T("method_chart_title", method=name, year=y), x_title=T("sub_score"),
            y_title=T("subindex"), weight_title=T("weight"), unpublished=T("unpublished")),
            key=f"pci_method_{m.id}_{year}", cache=("pci_method_chart", m.id, year))
    cols = {"component": T("subindex"), "weight": T("weight"), "score": ui.t("score")}
    ui.table(lambda: pci_methods.components_table(m.id, block["score_years"], lang, cols, T("no_data"),
                                                  T("unpublished")),
             cache=("pci_method_table", m.id), hide_index=True)
    ui.source_caption(m.source)


for _block in ui.cached("pci_method_blocks", lambda: tuple(pci_methods.method_blocks(skip=BASE_METHOD.id))):
    _method_block(_block)


# --- what-if ---------------------------------------------------------------------------------
# What the what-if shows that depends on the data and the language only: made here, once per full run,
# not on every slider move (a move reruns only the fragment, which sees these names as they are).
base_year = scenario.pci_base_year()
weights = dict(zip(subs["subindex"], subs["weight"]))
slider_labels = {sub: T("slider_label", name=names[sub], w=fmt_number(100 * weights[sub], lang, 0) + "%")
                 for sub in scenario.PCI_SUBINDICES}
reset_keys = [f"pci_{s}" for s in scenario.PCI_SUBINDICES]
WHATIF_YEARS = scenario.pci_whatif_years()  # reference year -> its method


def _ref_labels() -> dict:
    points = scenario.pci_reference_year_points()
    out = {}
    for y, mid in WHATIF_YEARS.items():
        if mid == BASE_METHOD.id:
            out[y] = T("ref_year_fmt", year=y, points=points[y])
        else:
            out[y] = T("ref_year_method_fmt", year=y, points=len(scenario.pci_reference_points(y)),
                       method=pci_methods.method_name(mid, lang))
    return out


ref_labels = ui.cached("pci_ref_labels", _ref_labels)
ref_help = T("ref_help", complete=fmt_year_spans(scenario.pci_complete_reference_years()))  # from the data
base_scores = scenario.pci_base_scores()
table_names = [names[s] for s in scenario.PCI_SUBINDICES]
table_base = [float(base_scores[s]) for s in scenario.PCI_SUBINDICES]


# gains per +1 depend on the weights only: cached, so a slider move sends the chart as it was
def _gains_chart():
    gains = pd.DataFrame(list(scenario.pci_gains().items()), columns=["subindex", "gain"])
    gains["name"] = gains["subindex"].map(names)
    return charts.bar_chart(gains, lang=lang, x="gain", y="name", title=T("gains_title"),
                            x_title=T("gains_axis"), y_title=T("subindex"), decimals=2)


def _method_gains(mid: str) -> pd.DataFrame:
    """Composite points per +1 on each component of a method with known weights (composite_max × weight / scale)."""
    m = methods.method(mid)
    gains = pd.DataFrame({"name": [pick(lang, c.name_vi, c.name_en) for c in m.components],
                          "gain": [m.composite_max * c.weight / (c.scale_max - c.scale_min) for c in m.components]})
    return gains.sort_values("gain", ascending=False).reset_index(drop=True)


def _method_gains_chart(mid: str):
    return charts.bar_chart(_method_gains(mid), lang=lang, x="gain", y="name",
                            title=T("gains_title"), x_title=T("gains_axis"), y_title=T("subindex"), decimals=2)



def _estimate(est, label: str, container) -> None:
    """A rank estimate, always out of how many, with how it was made."""
    n = est.out_of
    with container:
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


def _published(year: int, rank: int, out_of: int, container) -> None:
    """Lai Châu's own published rank of a year: shown as published, never as an estimate."""
    with container:
        st.metric(T("rank_published", year=year), f"{rank}/{out_of}")
        st.caption(T("rank_published_caption", year=year))


def _base_method_whatif(ref: int) -> None:
    """The decision's method: the 10 sub-indices of the base year (2020), placed among the reference year's points."""
    st.write(T("whatif_lead", year=base_year))
    for i, sub in enumerate(scenario.PCI_SUBINDICES):
        if i % 2 == 0:  # one row per pair, so that a phone stacks them in order
            cols = st.columns(2)
        state.slider(st, f"pci_{sub}", slider_labels[sub], lang, decimals=2, container=cols[i % 2])
    ui.reset_button(reset_keys, "pci")
    peers_ui.match_peer(ref)  # "match a peer" presets of the reference year (what-ifs), where it has peers' components

    scores = state.values(st, "pci_")
    result = scenario.pci_whatif(scores, ref_year=ref)
    own = scenario.pci_own_composite(ref)
    moved = any(abs(float(scores[s]) - float(base_scores[s])) > 1e-9 for s in scenario.PCI_SUBINDICES)
    published = not moved and ref == base_year and own[1] is not None
    if not published:  # what follows is an estimate: said so (with nothing moved, the figures are the published ones)
        ui.scenario_banner()
    c1, c2 = st.columns(2)
    c1.metric(T("composite_scenario"), fmt_number(result.composite, lang, 2),
              delta=f"{fmt_signed(result.change, lang)} {T('change_vs_base', year=base_year)}",
              **ui.delta_style(result.change),
              help=T("composite_base_help", year=base_year, base=fmt_number(result.composite_base, lang, 3),
                     printed=fmt_number(result.composite_printed, lang, 2)))
    est = result.estimate
    n = est.out_of
    if published:
        _published(ref, own[1], own[2], c2)
        shown_rank = own[1]
    else:
        _estimate(est, T("rank_estimate", year=est.year), c2)
        shown_rank = est.rank
    if est.year != base_year:
        st.info(T("ref_other", base=base_year, ref=est.year))
    words = {"in": T("in_band"), "better": T("better_than_band"), "worse": T("worse_than_band")}
    st.write(T("band_compare", pl01=b_pl01, text=b_text, y2030=b_2030))
    if shown_rank is not None:
        st.write(T("band_verdict_published" if published else "band_verdict", rank=f"{shown_rank}/{n}",
                   pl01=words[scenario.band_position(shown_rank, *bands["pl01_2025"])], b1=b_pl01,
                   text=words[scenario.band_position(shown_rank, *bands["text_2025"])], b2=b_text))

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
    # the weights of the decision's method (the sliders above): drawn with them, cached (the same element each run)
    ui.show_chart(_gains_chart, key="pci_gains", cache="pci_gains")
    st.caption(T("gains_caption"))
    ui.source_caption(ui.decision_source("PL03") + " · VCCI")
    # the chart's numbers as a table (a screen reader reads the figures there)
    gains_raw = lambda: pd.DataFrame({T("subindex"): [names[s] for s in scenario.pci_gains()],  # noqa: E731
                                      T("gains_axis"): list(scenario.pci_gains().values())})
    ui.table_expander(lambda: ui.display_frame(gains_raw(), {T("gains_axis"): 2}), gains_raw, "pci_gains.csv",
                      "pci_gains", title=T("gains_title"), source=ui.decision_source("PL03") + " · VCCI",
                      csv_decimals={T("gains_axis"): 3}, cache="pci_gains_table")


def _method_whatif(ref: int, mid: str) -> None:
    """Another method (the reference year's own): its components' sliders where its weights are known, else a
    what-if on the composite itself; placed among that year's points of the same method, out of that year's field."""
    m = methods.method(mid)
    name = pick(lang, m.name_vi, m.name_en)
    base = scenario.pci_method_base(mid)
    if base is None:
        own_score = scenario.pci_own_composite(ref)[0]
        st.warning(T("no_weights_whatif", method=name))
        st.write(T("composite_whatif_lead", year=ref, score=fmt_number(own_score, lang, 2)))
        keys = [scenario.method_key(mid, scenario.COMPOSITE_KEY)]
        state.slider(st, keys[0], T("composite_slider", year=ref), lang, decimals=1)
    else:
        st.write(T("method_whatif_lead", method=name, year=base["year"]))
        keys = []
        for i, c in enumerate(m.components):
            if i % 2 == 0:
                cols = st.columns(2)
            key = scenario.method_key(mid, c.id)
            keys.append(key)
            state.slider(st, key, T("slider_label", name=pick(lang, c.name_vi, c.name_en),
                                    w=fmt_number(100 * c.weight, lang, 1) + "%"),
                         lang, decimals=2, container=cols[i % 2])
    ui.reset_button(keys, f"pci_{mid}")
    values = {k: state.get(st, k) for k in keys}
    r = scenario.pci_method_whatif(ref, values)
    published = not r.moved and r.ref_year == r.base_year and r.published is not None
    if not published:
        ui.scenario_banner()
    c1, c2 = st.columns(2)
    if r.composite is not None:
        help_text = T("composite_recomputed_help", year=r.base_year) if r.base_recomputed else None
        c1.metric(T("composite_scenario"), fmt_number(r.composite, lang, 2),
                  delta=f"{fmt_signed(r.change, lang)} {T('change_vs_base', year=r.base_year)}",
                  **ui.delta_style(r.change), help=help_text)
    if published:
        _published(ref, r.published[1], r.published[2], c2)
    elif r.estimate is not None:
        _estimate(r.estimate, T("rank_estimate", year=ref), c2)
    if r.estimate is not None and not published:  # how the estimate was made (nothing to say of a published rank)
        st.caption(T("method_points", year=ref, method=name, n=r.estimate.out_of))
    if r.ref_year != r.base_year:
        st.info(T("ref_other", base=r.base_year, ref=r.ref_year))
    if base is not None:
        rows = pd.DataFrame({
            T("subindex"): [pick(lang, c.name_vi, c.name_en) for c in m.components],
            T("base_col", year=base["year"]): [float(base["scores"][c.id]) for c in m.components],
            T("scenario_col"): [float(values[scenario.method_key(mid, c.id)]) for c in m.components],
            T("contrib_col"): [float(r.contributions[c.id]) for c in m.components],
        })
        ui.table_expander(lambda: ui.display_frame(rows, {c: 2 for c in rows.columns[1:]}), rows,
                          f"pci_scenario_{mid}.csv", f"pci_whatif_{mid}", title=T("whatif_title"), source=m.source,
                          csv_decimals={c: 2 for c in rows.columns[1:]})
        ui.show_chart(lambda: _method_gains_chart(mid), key=f"pci_gains_{mid}", cache=("pci_gains", mid))
        ui.source_caption(m.source)
        gains = lambda: _method_gains(mid).rename(columns={"name": T("subindex"), "gain": T("gains_axis")})  # noqa: E731
        ui.table_expander(lambda: ui.display_frame(gains(), {T("gains_axis"): 2}), gains, f"pci_gains_{mid}.csv",
                          f"pci_gains_{mid}", title=T("gains_title"), source=m.source,
                          csv_decimals={T("gains_axis"): 3}, cache=("pci_gains_table", mid))


@st.fragment
def whatif():
    ref = state.get(st, "pci_ref")
    mid = WHATIF_YEARS.get(ref, BASE_METHOD.id)
    # a method without weights moves the composite itself, not its components: the title says which
    composite_only = mid != BASE_METHOD.id and scenario.pci_method_base(mid) is None
    st.header(T("whatif_composite_title" if composite_only else "whatif_title"))
    state.bound(st, "selectbox", "pci_ref", T("ref_year"), ref_labels, value=ref, help=ref_help,
                on_set=lambda v: state.set_value(st, "pci_ref", v))
    ref = state.get(st, "pci_ref")
    mid = WHATIF_YEARS.get(ref, BASE_METHOD.id)
    if mid == BASE_METHOD.id:
        _base_method_whatif(ref)
    else:
        _method_whatif(ref, mid)
    state.sync_url(st)


whatif()
