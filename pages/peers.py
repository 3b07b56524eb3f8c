"""Lai Châu among its region: rank within the region, regional median and best, the gaps, the region's ranks over
time; measured figures only, each with its basis and source, unknown members said as unknown."""
import streamlit as st

from reform.i18n import escape
from reform.i18n import peers as text
from reform.model import peers
from reform.ui import components as ui
from reform.ui import state
from reform.views import peers as present

ui.page_guard()

lang = ui.lang()
T = ui.texts(text.TEXT)

st.title(T("title"))
st.write(T("lead"))

own = peers.own_regions()
if not own:
    st.info(T("no_region"))
    st.stop()
names = {r.id: present.region_name(r, lang) for r in own}
shown = {k: escape.markdown(v) for k, v in names.items()}  # a region's name is data (an editor may enter one)
region_id = own[0].id
if len(own) > 1:
    region_id = state.choose(st, "selectbox", "peers_region", T("region_pick"), names, default=own[0].id)
region = peers.region(region_id)
years = peers.years(region_id)
if not years:
    st.info(T("no_years", region=shown[region_id]))
    st.stop()
year = state.choose(st, "selectbox", "peers_year", T("year_pick"), {y: str(y) for y in reversed(years)},
                    default=years[-1])

# --- the year's headline: the composite ----------------------------------------------------------------------
st.header(T("year_title", year=year, region=shown[region_id], size=region.size(year)))
s = peers.standing(year, peers.COMPOSITE, region_id)
if s is not None:
    c1, c2, c3 = st.columns(3)
    c1.metric(T("metric_rank"), f"{s.rank_in_region}/{s.known}" if s.rank_in_region else T("own_unknown"),
              help=T("metric_rank_help", known=s.known, size=s.region_size, order=T(f"order_{s.order_by}")))
    c1.caption(present.rank_text(s, lang))
    c2.metric(T("metric_gap_median"), present.gap(s.gap_to_median, lang),
              help=T("metric_median_help", n=s.valued))
    c2.caption(T("median_line", value=present.score(s.median, lang), n=s.valued))
    c3.metric(T("metric_gap_best"), present.gap(s.gap_to_best, lang))
    c3.caption(T("best_line", value=present.score(s.best, lang), province=s.best_province or "–"))
    if s.own is not None and s.own.status != "unknown":
        st.caption(T("own_line" if s.own.value is not None else "own_line_rank",
                     value=present.score(s.own.value, lang), rank=present.national_rank(s.own),
                     basis=present.basis_text(s.own.basis, lang), source=escape.markdown(s.own.source or "")))
    if s.unknown:
        unknown = escape.markdown(", ".join(p.province for p in s.unknown))
        st.caption(T("unknown_line", n=len(s.unknown), names=unknown, why=present.why_unknown(s.unknown[0], lang)))
conflicting = present.conflicts(year, lang)
if conflicting:  # published figures that contradict each other: all kept and shown, none chosen
    lines = "\n".join(f"- {escape.markdown(line)}" for line in conflicting)
    st.warning(f"{T('conflicts_title', year=year)}\n\n{lines}", icon=":material/report:")

# --- every measure of the year --------------------------------------------------------------------------------
st.header(T("table_title", year=year))
table = ui.cached(("peers_standing", region_id, year), lambda: present.standing_table(year, lang, region_id))
ui.table(table, hide_index=True, height=36 * (len(table) + 1) + 3)  # presentation mode: a static table
if len(table) == 1:  # the composite alone: no component of the year has peers' scores (and Lai Châu's)
    st.caption(T("no_components", year=year))
st.caption(T("table_caption"))
ui.downloads(table, lambda: present.standing_raw(year, region_id), f"lai_chau_trong_vung_{year}.csv",
             "peers_standing", title=T("table_title", year=year), source=T("source_line"),
             csv_decimals={"value": 4, "median": 4, "best": 4, "gap_to_median": 4, "gap_to_best": 4})
ui.source_caption(T("source_line"))

measures = {m: present.measure_name(m, year, lang) for m in peers.standings(year, region_id)}
measure = state.choose(st, "selectbox", "peers_measure", T("measure_pick"), measures, default=peers.COMPOSITE)
st.markdown(f"**{T('members_title', measure=escape.markdown(measures[measure]), year=year)}**")
members = ui.cached(("peers_members", region_id, year, measure),
                    lambda: present.members_table(year, measure, lang, region_id))
ui.table(members, hide_index=True, height=36 * (len(members) + 1) + 3)  # every province, no inner scroll
st.caption(T("members_caption"))

# --- the region's ranks over time -------------------------------------------------------------------------------
st.header(T("chart_heading"))
history = ui.cached(("peers_history", region_id), lambda: present.history_data(lang, region_id))
for n in present.fields(history):
    ui.show_chart(lambda n=n: present.rank_chart(history, n, lang, names[region_id]), key=f"peers_chart_{n}",
                  cache=("peers_chart", region_id, n))
st.caption(T("chart_caption"))
ui.source_caption(T("source_line"))
ui.table_expander(ui.cached(("peers_history_table", region_id), lambda: present.history_table(history, lang)),
                  lambda: peers.rank_history(region_id), "vung_hang_pci.csv", "peers_history",
                  title=T("chart_heading"), source=T("source_line"))

# --- the region as data -------------------------------------------------------------------------------------------
with st.expander(T("membership_title", region=shown[region_id])):
    for start, end, n in present.periods(region_id):
        st.write(T("period_line", start=start, end=end if end is not None else "…", n=n))
    ui.table(present.membership_table(lang, region_id), hide_index=True)
    st.caption(T("membership_caption"))
