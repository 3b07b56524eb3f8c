"""Một cửa / One-stop shop: procedures, one-stop desks, on-time rates, online services, related targets."""
from types import MappingProxyType

import pandas as pd
import streamlit as st

from reform.i18n import one_stop as text, pick
from reform.i18n.fmt import fmt_number, fmt_signed, fmt_value
from reform.ui import components as ui
from reform.ui import state
from reform.views import charts
from reform.views import numbers
from reform.views import one_stop as logic

ui.page_guard()

lang = ui.lang()

T = ui.texts(text.TEXT)


def pct(v, d=None):
    """A share with the decimals of a share in the metadata (or ``d``: a goal prints whole)."""
    return numbers.value_text(v, lang, "%") if d is None else fmt_value(v, "%", lang, d)


def num(v):
    return fmt_number(v, lang, 0)


def sources(*parts):
    """One citation line for several appendix items: 'Decision …, Appendix 07, items 1, 5; Appendix 11, items 9'."""
    def word(items):
        return "mục" if lang == "vi" else ("items" if any(c in items for c in ",-–") else "item")

    return ui.t("decision") + ", " + "; ".join(
        ui.t("appendix", n=app.removeprefix("PL")) + (f", {word(items)} {items}" if items else "")
        for app, items in parts)


levels = logic.level_labels(lang)
st.title(T("title"))
st.write(T("lead"))

# --- key figures ----------------------------------------------------------------------------
grow = logic.growth(logic.PROCEDURE_TOTAL)
ontime_now = logic.on_time_latest()
# the series of Appendix 11 items 9 and 12: their last years for the key figures (made once), the series
# themselves only when their charts are made
svc = logic.online_services
e_share = lambda: logic.series([logic.E_ONE_STOP_SHARE])  # noqa: E731
(svc_year, svc_value), (e_year, e_value) = ui.cached("os_last_values", lambda: tuple(
    (int(f.iloc[-1]["year"]), f.iloc[-1]["value"]) for f in (svc(), e_share())))
k1, k2, k3, k4 = st.columns(4)
k1.metric(T("m_procedures", year=grow["last_year"]), num(grow["last"]),
          delta=T("m_procedures_delta", d=fmt_signed(grow["change"], lang, 0), y0=grow["first_year"]),
          delta_color="off", help=T("m_procedures_help"))
prov = ontime_now[0]
k2.metric(T("m_ontime", year=prov["year"]), pct(prov["value"]), help=T("m_ontime_help"),
          delta=T("pp_delta", d=fmt_signed(prov["change"], lang, 2), y0=prov["year"] - 1),
          **ui.delta_style(prov["change"]))
k3.metric(T("m_online", year=svc_year), num(svc_value), help=T("m_online_help"))
k4.metric(T("m_e_one_stop", year=e_year), pct(e_value, 0), help=T("m_e_one_stop_help"))
ui.source_caption(sources(("PL07", "1, 5"), ("PL11", "9, 12")))
st.caption(T("legend_cells"))

# --- 1. procedures by level ---------------------------------------------------------------------
st.header(T("proc_title"), divider="gray")
ui.show_chart(lambda: logic.stacked_levels_chart(logic.procedures_by_level(lang), lang=lang, title=T("proc_chart"), x_title=ui.t("year"),
                                       y_title=T("proc_axis"), series_title=T("level"),
                                       total_title=T("total")), key="os_proc", cache="os_proc")
st.caption(T("proc_chart_note"))
ui.source_caption(ui.decision_source("PL07", "1"))
sums_agree, sums_differ = ui.cached("os_level_sums", lambda: (
    bool((sums := logic.level_sum_check())["agrees"].all()), ", ".join(str(y) for y in sums[~sums["agrees"]]["year"])))
if sums_agree:
    st.write(T("proc_sum_ok", y0=grow["first_year"], y1=grow["last_year"], v0=num(grow["first"]),
               v1=num(grow["last"]), d=fmt_signed(grow["change"], lang, 0),
               p=fmt_signed(grow["change_pct"], lang, 1) + "%"))
else:
    st.warning(T("proc_sum_bad", years=sums_differ))
law = logic.provincial_law_years()
st.caption(T("proc_law", items="; ".join(T("proc_law_item", v=num(v), y=y) for y, v in law.items())))
proc_ids = [logic.PROCEDURE_TOTAL, *logic.PROCEDURE_LEVELS, logic.PROVINCIAL_LAW]
proc_labels = {logic.PROCEDURE_TOTAL: T("total"), **{i: levels[logic.LEVEL_OF[i]] for i in logic.PROCEDURE_LEVELS},
               logic.PROVINCIAL_LAW: T("proc_law_row")}
ui.table_expander(lambda: logic.wide_table(proc_ids, lang, first_col=T("row"), labels=proc_labels),
                  lambda: logic.raw_table(proc_ids), "pl07_procedures_by_level.csv", "os_proc",
                  title=T("proc_title"), source=ui.decision_source("PL07", "1"), cache="os_proc")

# --- 2. one-stop desks ------------------------------------------------------------------------------
st.header(T("desk_title"), divider="gray")
ui.show_chart(lambda: logic.labelled_groups(logic.desks(lang), lang=lang, title=T("desk_chart"), x_title=ui.t("year"),
                                  y_title=T("desk_axis"), series_title=T("desk_series"), decimals=0), key="os_desks", cache="os_desks")
ui.source_caption(ui.decision_source("PL07", "4"))
ui.table_expander(lambda: logic.wide_table(logic.DESKS, lang, first_col=T("row"),
                                         labels=logic.desk_labels(lang, full=True)),
                  lambda: logic.raw_table(logic.DESKS), "pl07_one_stop_desks.csv", "os_desks",
                  title=T("desk_title"), source=ui.decision_source("PL07", "4"), cache="os_desks")
st.subheader(T("joint_title"))
st.write(T("joint_lead", y=logic.first_value_year(logic.JOINT)))
joint_names = logic.joint_labels(lang)
for col, ind in zip(st.columns(len(logic.JOINT)), logic.JOINT):
    year, value = logic.latest(ind)
    extra = " " + T("four_on_spot_help") if ind == "pl07_4f_four_on_spot" else ""
    col.metric(T("joint_metric", name=T(f"joint_short_{ind}"), year=year), num(value),
               help=T("joint_help", name=joint_names[ind]) + extra)
    col.caption(T("joint_history", items="; ".join(f"{y}: {t}" for y, t in logic.history(ind, lang, until=year))))
st.caption(T("joint_note"))
ui.source_caption(ui.decision_source("PL07", "4"))
ui.table_expander(lambda: logic.wide_table(logic.JOINT, lang, first_col=T("row"), labels=joint_names),
                  lambda: logic.raw_table(logic.JOINT), "pl07_joint_handling.csv", "os_joint",
                  title=T("joint_title"), source=ui.decision_source("PL07", "4"), cache="os_joint")

# --- 3. on time -------------------------------------------------------------------------------------
st.header(T("ontime_title"), divider="gray")
cols = st.columns(len(ontime_now))
for col, r in zip(cols, ontime_now):
    col.metric(T("ontime_metric", level=levels[r["level"]], year=r["year"]), pct(r["value"]),
               delta=T("pp_delta", d=fmt_signed(r["change"], lang, 2), y0=r["year"] - 1),
               **ui.delta_style(r["change"]))
domain = logic.on_time_domain()
ui.show_chart(lambda: charts.lines_chart(logic.on_time(lang), lang=lang, title=T("ontime_chart"), x_title=ui.t("year"),
                                 y_title=T("ontime_axis"), series_title=T("level"), decimals=2,
                                 y_domain=domain, height=300), key="os_ontime", cache="os_ontime")
st.caption("⚠️ " + T("ontime_axis_note", lo=fmt_number(domain[0], lang, 1)))
ui.source_caption(ui.decision_source("PL07", "5"))
below = logic.below_text_floor()
if below:
    st.info(T("ontime_text_claim", items="; ".join(
        T("ontime_item", level=levels[b["level"]].lower(), year=b["year"], v=pct(b["value"])) for b in below)))
ui.table_expander(lambda: logic.wide_table(logic.ON_TIME, lang, first_col=T("level"),
                                         labels={i: levels[logic.LEVEL_OF[i]] for i in logic.ON_TIME}),
                  lambda: logic.raw_table(logic.ON_TIME), "pl07_on_time.csv", "os_ontime",
                  title=T("ontime_title"), source=ui.decision_source("PL07", "5"), cache="os_ontime")

# --- 4. feedback ------------------------------------------------------------------------------------
st.header(T("fb_title"), divider="gray")
fb = lambda: logic.feedback(lang)  # noqa: E731 - made only when the chart is made, or once below
ui.show_chart(lambda: logic.labelled_groups(fb(), lang=lang, title=T("fb_chart"), x_title=ui.t("year"), y_title=T("fb_axis"),
                                  series_title=T("fb_series"), decimals=0, height=240), key="os_fb", cache="os_fb")
ui.source_caption(ui.decision_source("PL07", "6"))
fb_years, fb_labels = ui.cached("os_fb_years_labels", lambda: (
    (int((f := fb())["year"].min()), int(f["year"].max())), MappingProxyType(dict(zip(f["indicator_id"], f["series"])))))
if logic.feedback_all_handled():
    st.write(T("fb_all", y0=fb_years[0], y1=fb_years[1], n=num(logic.feedback_totals()[logic.FEEDBACK[0]])))
else:
    st.warning(T("fb_not_all"))
ui.table_expander(lambda: logic.wide_table(logic.FEEDBACK, lang, first_col=T("row"), labels=dict(fb_labels)),
                  lambda: logic.raw_table(logic.FEEDBACK), "pl07_feedback.csv", "os_fb",
                  title=T("fb_title"), source=ui.decision_source("PL07", "6"), cache="os_fb")

# --- 5. online services -------------------------------------------------------------------------------
st.header(T("online_title"), divider="gray")
ui.show_chart(lambda: logic.year_bars(svc(), lang=lang, title=T("svc_chart"), x_title=ui.t("year"), y_title=T("svc_axis")),
              key="os_svc", cache="os_svc")
ui.source_caption(ui.decision_source("PL11", "9"))
l34 = logic.check("l34")
st.caption(T("svc_note", pl11=num(svc_value), text=num(l34["value"])))

used = logic.services_used  # the frame is made only where it is needed: a chart, a line, the table
ui.show_chart(lambda: logic.share_chart(used(), lang=lang, title=T("used_chart"), x_title=ui.t("year"), y_title=T("used_axis"),
                              printed_label=T("used_printed"), recomputed_label=T("used_recomputed"),
                              series_title=T("used_series"), text_note=T("not_determined")), key="os_used", cache="os_used")
st.caption(T("used_chart_note"))
ui.source_caption(ui.decision_source("PL11", "10"))


def used_text_years() -> tuple[str, ...]:  # the years printed as text: made once (cache below)
    u = used()
    return tuple(T("used_text_year", year=r.year, text=r.printed_text) for r in u[u["flag"] == "text"].itertuples())


for line in ui.cached("os_used_text_years", used_text_years):
    st.caption(line)
for line in ui.cached("os_used_warnings", lambda: tuple(
        T("used_warning", year=r.year, printed=str(r.printed_text).strip("() "), num=num(r.num), den=num(r.den),
          rec=pct(r.recomputed), printed_v=pct(r.printed)) for r in logic.services_used_mismatches().itertuples())):
    st.warning(line, icon="⚠️")
st.caption(T("used_ok"))


def used_display() -> pd.DataFrame:  # made once per data version and language (cache below)
    u = used()
    return pd.DataFrame({
        T("col_year"): u["year"].astype(str),
        T("col_printed_cell"): u["printed_text"].astype(str).str.strip("() "),
        T("col_printed"): [logic.cell_text(v, f, t, lang, logic.SERVICES_USED) for v, f, t in
                           zip(u["printed"], u["flag"], u["printed_text"])],
        T("col_num"): [num(v) for v in u["num"]],
        T("col_den"): [num(v) for v in u["den"]],
        T("col_rec"): [pct(v) if pd.notna(v) else "–" for v in u["recomputed"]],
        T("col_check"): ["–" if a is None else T("agrees" if a else "differs") for a in u["agrees"]],
    })


ui.table_expander(used_display, used, "pl11_10_services_with_dossiers.csv", "os_used",
                  title=T("online_title"), source=ui.decision_source("PL11", "10"),
                  csv_decimals={"recomputed": 2, "difference": 2}, cache="os_used")

units = lambda: logic.series([logic.E_ONE_STOP_UNITS])  # noqa: E731 - made only when the chart is made
left, right = st.columns(2)
with left:
    ui.show_chart(lambda: logic.year_bars(units(), lang=lang, title=T("units_chart"), x_title=ui.t("year"),
                                y_title=T("units_axis"), colour=charts.GREEN), key="os_units", cache="os_units")
with right:
    ui.show_chart(lambda: logic.year_bars(e_share(), lang=lang, title=T("e_share_chart"), x_title=ui.t("year"),
                                y_title=T("e_share_axis"), decimals=2, colour=charts.SKY,
                                y_domain=[0, 110]), key="os_e_share", cache="os_e_share")
ui.source_caption(ui.decision_source("PL11", "11, 12"))
online_ids = [logic.ONLINE_SERVICES, logic.E_ONE_STOP_UNITS, logic.E_ONE_STOP_SHARE]
ui.table_expander(lambda: logic.wide_table(online_ids, lang, first_col=T("row")),
                  lambda: logic.raw_table(online_ids), "pl11_online_services.csv", "os_online",
                  title=T("online_title"), source=ui.decision_source("PL11", "9, 11, 12"), cache="os_online")

# --- 6. text figures ----------------------------------------------------------------------------------
st.header(T("text_title"), divider="gray")
st.write(T("text_lead"))


def text_bullets() -> str:  # the figures stated in the text, against each other: made once (cache below)
    c = {k: logic.check(k) for k in ("l34", "l34_pl01", "l34_pl11", "proc_fn6", "proc_pl01", "proc_pl07", "share_fn6",
                                   "share_pl01", "share_l3", "share_l4", "portal", "portal_share", "dossiers_online",
                                   "used_2020")}
    fig = c["l34"]["fig"]
    b1, b2 = fig["t_fn6_procedures"], fig["t_pl01_procedures"]
    bullets = [
        T("f_services", text=num(c["l34"]["value"]), l3=num(fig["t_services_l3"]), l4=num(fig["t_services_l4"]),
          pl01=num(c["l34_pl01"]["value"]), pl11=num(c["l34_pl11"]["value"])),
        T("f_procedures", fn6=num(b1), pl01=num(b2), pl07=num(c["proc_pl07"]["value"])),
        T("f_share", fn6=pct(c["share_fn6"]["value"]), l34=num(fig["t_services_l34"]), b1=num(b1),
          pl01=pct(c["share_pl01"]["value"]), l34b=num(fig["t_pl01_l34_services"]), b2=num(b2)),
        T("f_levels", s3=pct(c["share_l3"]["value"], 1), s4=pct(c["share_l4"]["value"], 1), b1=num(b1), b2=num(b2),
          r3=pct(c["share_l3"]["expected"]), r4=pct(c["share_l4"]["expected"]),
          a3=pct(c["share_l3"]["other_base"]), a4=pct(c["share_l4"]["other_base"])),
        T("f_portal", n=num(c["portal"]["value"]), l34=num(fig["t_services_l34"]), rec=pct(c["portal_share"]["expected"]),
          printed=pct(c["portal_share"]["value"], 1)),
        T("f_dossiers", v=pct(c["dossiers_online"]["value"]), num=num(fig[logic.SERVICES_USED_NUM]),
          den=num(fig[logic.SERVICES_USED_DEN]), rec=pct(c["used_2020"]["expected"])),
    ]
    return "\n".join(f"- {b}" for b in bullets)


st.markdown(ui.cached("os_text_bullets", text_bullets))
with st.expander(T("text_table")):
    ui.table(lambda: logic.text_check_table(lang), cache="os_checks", hide_index=True, width="stretch",
             height=36 * (len(logic.COMPARISONS) + 1) + 4)
ui.source_caption(sources(("PL01", "II.2"), ("PL07", "1"), ("PL11", "9, 10")) + "; " + T("text_parts"))


# --- 7. targets ----------------------------------------------------------------------------------------
@st.fragment
def targets_section():
    st.header(T("targets_title"), divider="gray")
    st.write(T("targets_lead"))
    ui.scenario_banner()
    factor, paces = ui.pace_factor(), ui.scenario_paces()
    scenario = (tuple(sorted(paces.items())), factor)  # what the projections below depend on
    proj = logic.related_targets(paces, factor)
    words = {s: ui.status_word(s) for s in charts.STATUS_COLOURS}
    chart_df = ui.cached(("os_targets_chart", scenario), lambda: pd.DataFrame({
        "name": [T(f"chart_{r.target_id}") for r in proj.itertuples()],
        "latest": proj["anchor_value"], "projected_2025": proj["projected_2025"], "goal_2025": proj["goal_2025"],
        "status": proj["status_2025"], "status_word": [words[s] for s in proj["status_2025"]],
    }))
    labels = {"target": T("col_target"), "latest": T("col_latest"), "projected": T("col_projected"),
              "goal": T("col_goal"), "status": T("col_status"), **{f"status_{s}": w for s, w in words.items()}}
    placeholder = st.container()
    rows = ui.cached(("os_targets_rows", scenario), lambda: tuple(proj.itertuples()))
    for i, r in enumerate(rows):
        if i % 2 == 0:
            cols = st.columns(2)
        with cols[i % 2].container(border=True):
            st.markdown(f"**{T(f'short_{r.target_id}')}**", help=pick(lang, r.name_vi, r.name_en))
            ui.status_badge(r.status_2025)
            gap = T("t_gap", v=fmt_number(r.gap_2025, lang, 2)) if r.gap_2025 > 0 else T("t_gap_met")
            st.markdown(" · ".join([T("t_latest", v=pct(r.anchor_value), y=r.anchor_year),
                                    T("t_goal", v=pct(r.goal_2025, 0)), gap,
                                    f"**{T('t_projected', v=pct(r.projected_2025))}**"]))
            state.slider(st, f"pace_{r.target_id}", T("slider"), lang, decimals=2, suffix=T("slider_suffix"))
            default = logic.default_pace(r.target_id)
            st.caption(T(f"t_pace_{default[1] if default[1] in ('required', 'historical') else 'required'}",
                         v=fmt_number(default[0], lang, 2)))
            if factor != 1:
                st.caption(T("t_factor", f=fmt_number(100 * factor, lang, 0) + "%", v=fmt_number(r.pace_used, lang, 2)))
            if r.target_id == "online_l34":
                st.caption(T("t_baseline_online", v=pct(r.anchor_value), n=num(logic.check("l34_pl01")["value"]),
                             d=num(logic.check("proc_pl01")["value"]), alt=pct(logic.check("share_fn6")["value"])))
            note = pick(lang, r.note_vi, r.note_en)
            if isinstance(note, str) and note:
                st.caption("ℹ️ " + note)
    with placeholder:
        ui.show_dynamic(lambda d: charts.target_chart(d, lang=lang, title=T("targets_chart"),
                                                      x_title=T("targets_axis"), labels=labels),
                        lambda: charts.target_data(chart_df, lang), key="os_targets", cache="os_targets",
                        scenario=scenario)
        st.caption(T("targets_legend") + " " + T("status_help"))
    ui.reset_button([f"pace_{t}" for t in logic.TARGET_IDS], "one_stop")
    table = lambda: pd.DataFrame({  # noqa: E731 - made once per scenario (cache below)
        T("col_target"): [T(f"short_{t}") for t in proj["target_id"]],
        T("col_latest"): [pct(v) for v in proj["anchor_value"]],
        T("col_latest_year"): proj["anchor_year"].astype(str),
        T("col_goal"): [pct(v, 0) for v in proj["goal_2025"]],
        T("col_gap"): [fmt_number(v, lang, 2) for v in proj["gap_2025"]],
        T("col_pace"): [fmt_number(v, lang, 2) for v in proj["pace_used"]],
        T("col_projected"): [pct(v) for v in proj["projected_2025"]],
        T("col_status"): chart_df["status_word"],
    })
    raw = lambda: proj[["target_id", "anchor_year", "anchor_value", "goal_2025", "gap_2025", "pace",  # noqa: E731
                        "pace_used", "projected_2025", "status_2025"]]
    ui.table_expander(table, raw, "one_stop_targets.csv", "os_targets", title=T("targets_title"),
                      source=ui.decision_source("PL01", "II.2, II.3, II.8"),
                      csv_decimals={c: 2 for c in ("anchor_value", "goal_2025", "gap_2025", "pace", "pace_used",
                                                   "projected_2025")}, cache=("os_targets", scenario))
    ui.source_caption(ui.decision_source("PL01", "II.2, II.3, II.8"))
    state.sync_url(st)


targets_section()
