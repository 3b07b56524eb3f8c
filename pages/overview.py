"""Tổng quan / Overview: where the province stands, one status per target."""
import streamlit as st

from reform.i18n import overview as text, pick
from reform.i18n.fmt import fmt_number, fmt_range
from reform.model import scenario
from reform.ui import components as ui
from reform.views import numbers

ui.page_guard()

lang = ui.lang()

T = ui.texts(text.TEXT)


st.title(T("title"))
st.write(T("lead"))

heads = scenario.headline()
c1, c2 = st.columns(2)
for col, idx, card, page in ((c1, "pci", "pci_card", "pages/pci.py"), (c2, "par", "par_card", "pages/par_index.py")):
    h = heads[idx]
    with col.container(border=True):
        st.metric(T(card, year=h["year"]), T("points", score=fmt_number(h["score"], lang, 2)),
                  help=h["source"])
        st.markdown(f"### {T('rank_line', rank=fmt_number(h['rank'], lang, 0))}")
        if h["later"]:
            st.caption(T("later", items="; ".join(T("later_item", year=y, rank=fmt_number(r, lang, 0))
                                                 for y, r in h["later"])))
        st.page_link(page, label=ui.t("go_to_page", page=ui.t("page_pci" if idx == "pci" else "page_par")))

bands = scenario.rank_bands()
with st.container(border=True):
    st.subheader(T("bands_title"))
    st.markdown("- " + T("bands_pci", pl01=fmt_range(*bands["pci"]["pl01_2025"], lang=lang),
                         text=fmt_range(*bands["pci"]["text_2025"], lang=lang),
                         y2030=fmt_range(*bands["pci"]["2030"], lang=lang)))
    st.markdown("- " + T("bands_par", y2025=fmt_range(*bands["par"]["pl01_2025"], lang=lang),
                         y2030=fmt_range(*bands["par"]["2030"], lang=lang)))
    st.page_link("pages/targets.py", label=ui.t("go_to_page", page=ui.t("page_targets")))

st.subheader(T("status_title"), help=T("status_help"))
proj = scenario.project_targets(ui.scenario_paces(), ui.pace_factor())
summary = scenario.status_counts(proj["status_2025"])
st.write(T("counts", met=summary["met"], on=summary["on_track"], off=summary["off_track"]))
cols = st.columns(2)
for i, row in enumerate(proj.itertuples()):
    with cols[i % 2].container(border=True):
        st.markdown(f"**{pick(lang, row.name_vi, row.name_en)}**")
        ui.status_badge(ui.overview_status(row.status_2025))
        latest = numbers.value_text(row.anchor_value, lang, row.unit)
        goal = (T("at_most_rank", v=fmt_number(row.goal_2025, lang, 0)) if row.unit == "rank"
                else T("at_least", v=fmt_number(row.goal_2025, lang, 0) + "%"))
        note = f" · {T('assumed')}" if row.pace_source == "required" and row.status_2025 != "met" else ""
        st.caption(T("latest", value=latest, year=row.anchor_year) + " · " + T("goal", goal=goal) + note)
st.page_link("pages/targets.py", label=ui.t("go_to_page", page=ui.t("page_targets")))
ui.source_caption(ui.decision_source("PL01") + "; " + ui.decision_source("PL03") + "; "
                  + ui.decision_source("PL04"))
