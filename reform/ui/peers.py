""""Match a peer" presets on the PCI what-if (issue 18 item 3): set one component (or all) to the regional median,
the regional best or a chosen province's value in the what-if's reference year, and see the rank effect first.

A what-if, never a finding: the panel says so, shows the rank estimate before and after, and sets the sliders only
when asked (through :func:`reform.ui.state.set_value`, so each slider is drawn anew with its new value). Offered only
where the reference year has the peers' components under the sliders' own method, and a province only for the
components it has. The page calls :func:`match_peer` once, inside its what-if.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from reform.i18n import peers as text
from reform.i18n.fmt import fmt_number
from reform.model import peers
from reform.ui import components as ui
from reform.ui import state
from reform.views import peers as present
from reform.views.brief import rank_short

ALL = "__all"


def _apply(values: dict[str, float]) -> None:
    for component, value in values.items():
        state.set_value(st, f"pci_{component}", value)


def match_peer(ref_year: int) -> None:
    """The presets for reference year ``ref_year`` (nothing where the year has no peers' components under the
    sliders' method). In presentation mode too: "if we were as good as Lào Cai on land access?" is a question
    from the room, and the mode keeps the sliders it moves (its table then in large type)."""
    targets = peers.preset_targets(int(ref_year))
    current = state.values(st, "pci_")
    current.pop("ref", None)
    if not targets or peers.preset_plan(int(ref_year), "best", None, current) is None:
        return
    lang = ui.lang()
    T = ui.texts(text.TEXT)
    with st.expander(T("match_title", year=ref_year), icon=":material/group:"):
        st.caption(T("match_lead", year=ref_year))
        kinds = {"best": T("target_best"), "median": T("target_median"), "province": T("target_province")}
        provinces = peers.preset_provinces(int(ref_year))
        if not provinces:
            kinds.pop("province")
        cols = st.columns(3)
        target = state.choose(st, "selectbox", "peers_target", T("match_target"), kinds, default="best",
                              container=cols[0])
        province = None
        if target == "province":
            province = state.choose(st, "selectbox", "peers_province", T("match_province"),
                                    {p: p for p in provinces}, default=provinces[0], container=cols[1])
        offered = [c for c in targets if target != "province" or province in targets[c]["provinces"]]
        names = {ALL: T("match_all"), **{c: present.measure_name(c, ref_year, lang) for c in offered}}
        chosen = state.choose(st, "selectbox", "peers_component", T("match_component"), names, default=ALL,
                              container=cols[2 if province else 1])
        plan = peers.preset_plan(int(ref_year), target, None if chosen == ALL else chosen, current, province)
        if plan is None:
            st.caption(T("match_none"))
            return
        rows = [{T("p_component"): present.measure_name(c, ref_year, lang),
                 T("p_now"): fmt_number(current.get(c), lang, 2),
                 T("p_value", year=ref_year): fmt_number(v, lang, 2),
                 T("p_set"): fmt_number(plan["set"][c], lang, 2)} for c, v in plan["values"].items()]
        ui.table(pd.DataFrame(rows), hide_index=True)
        before, after = plan["before"], plan["after"]
        st.write(T("match_effect", year=ref_year, before=rank_short(before.estimate),
                   after=rank_short(after.estimate), c_before=fmt_number(before.composite, lang, 2),
                   c_after=fmt_number(after.composite, lang, 2)))
        st.caption(T("match_step"))
        st.button(T("match_apply"), key="peers_apply", icon=":material/tune:", on_click=_apply,
                  args=(dict(plan["set"]),))
