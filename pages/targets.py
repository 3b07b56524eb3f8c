"""Mục tiêu 2025/2030: every target with its gap, projection, status and pace sliders."""
from types import MappingProxyType

import pandas as pd
import streamlit as st

from reform.i18n import escape, pick
from reform.i18n import targets as text
from reform.i18n.fmt import fmt_number, fmt_range
from reform.model import scenario, verdicts, whatif
from reform.ui import components as ui
from reform.ui import state
from reform.views import charts
from reform.views import export
from reform.views import numbers
from reform.views import report
from reform.views import verdicts as words

ui.page_guard()

lang = ui.lang()

T = ui.texts(text.TEXT)


def goal_text(kind, low, high) -> str:
    if kind == "rank_band":
        return T("band", low=fmt_number(low, lang, 0), high=fmt_number(high, lang, 0))
    return T("maintain" if kind == "maintain" else "at_least", v=fmt_number(low, lang))  # "≥ 100%", as decided


def value_text(value, unit) -> str:
    return numbers.value_text(value, lang, unit)


def latest_text(r) -> str:
    """The latest value; a rank of another field with its equivalent on the band's number (e.g. "30/34 ≈ 55/63")."""
    return words.rank_with_equivalent(r.anchor_value, r.unit, lang, r.anchor_rank, r.anchor_out_of, r.out_of)


st.title(T("title"))
st.write(T("lead"))
bands = scenario.rank_bands()["pci"]


def show_688() -> None:
    """Decision 688's 14 target parts: the verdict table, the report's downloads, the method."""
    st.markdown(ui.cached("targets_688_counts", lambda: f"**{words.counts_line(verdicts.counts(), lang)}**"))
    st.caption(T("results_lead"))
    labels = {k: T(f"v_col_{k}") for k in ("item", "target", "baseline", "goal_2025", "latest", "basis",
                                           "verdict_2025", "goal_2030", "outlook_2030", "source")}
    results = ui.cached("targets_688", lambda: words.table(verdicts.verdicts(), lang, labels))
    item_px = ui.cached("targets_688_item_px",  # "II.8 huyện" whole, not "II.8 huy"
                        lambda: 8 * max(len(str(x)) for x in results[labels["item"]]) + 24)
    # a screen wider than a phone: the table; a phone: one card per target part (the table's verdict column
    # was cut there, "✖ Chưa đạt (tạ…"), with the same words (styles.BASE shows one or the other)
    with st.container(key="resp_wide_688_table"):
        ui.table(results, cache="targets_688", hide_index=True, width="stretch", height=36 * (len(results) + 1) + 4,
                 column_config={labels["source"]: st.column_config.TextColumn(labels["source"], width="small"),
                                labels["item"]: st.column_config.TextColumn(labels["item"], width=item_px)})
    # a card's name and its verdict's badge in one Markdown element (two paragraphs: the same lines and
    # spacing as two elements, where each element cost a full rerun about as much as the words in it)
    cards = ui.cached("targets_688_cards", lambda: tuple(
        (f"**{escape.markdown(str(row[labels['item']]))} · {escape.markdown(row[labels['target']])}**\n\n"
         + ui.badge_markdown(row[labels["verdict_2025"]], words.VERDICT_BADGE[v["verdict_2025"]]),
         " · ".join(f"{labels[k]}: {escape.markdown(str(row[k_]))}" for k, k_ in
                    ((k, labels[k]) for k in ("goal_2025", "latest", "outlook_2030")) if row[k_]))
        for v, row in zip(verdicts.verdicts(), results.to_dict("records"))))
    with st.container(key="resp_narrow_688_cards"):
        for name_and_badge, line in cards:
            with st.container(border=True):
                st.markdown(name_and_badge)
                st.caption(line)
    downloads = st.container(horizontal=True)  # wraps on a phone
    # built only when clicked: the end-of-scheme report for the committee (Word), its table for Excel and machines
    downloads.download_button(T("report_docx"), lambda: report.docx_bytes(lang), file_name=T("report_file") + ".docx",
                              mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                              key="dl_report_docx", icon=":material/description:", on_click="ignore")
    downloads.download_button(ui.t("download_xlsx"), lambda: export.xlsx_bytes(
        results, title=T("results_title"), source=T("results_source"), lang=lang, read_text=False),
        file_name=T("report_file") + ".xlsx", key="dl_verdicts_xlsx", on_click="ignore",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    downloads.download_button(ui.t("download_csv"), lambda: report.csv_bytes(lang), file_name=T("report_file") + ".csv",
                              mime="text/csv", key="dl_verdicts", on_click="ignore")
    with st.expander(T("verdict_method_title")):
        st.markdown(T("verdict_method"))
    st.caption(T("district_note"))


def show_plan(plan: dict) -> None:
    """A plan entered by an editor: one verdict per target and horizon year, with the same rules."""
    items = verdicts.plan_verdicts(plan["id"])
    st.markdown(f"**{words.counts_line(verdicts.plan_counts(items), lang)}**")
    st.caption(T("plan_results_lead"))
    labels = {k: T(f"p_col_{k}") for k in ("target", "year", "goal", "verdict", "latest", "baseline", "source")}
    results = words.plan_table(items, lang, labels)
    # a screen wider than a phone: a static table whose columns fit their text and wrap (no column cut, no
    # sideways scrolling, no empty row); a phone: one card per target and horizon year (styles.BASE)
    with st.container(key="resp_wide_plan_table"):
        st.table(results.map(escape.markdown), hide_index=True)  # names and sources are an editor's text
    with st.container(key="resp_narrow_plan_cards"):
        for v, row in zip(items, results.to_dict("records")):
            with st.container(border=True):
                st.markdown(f"**{escape.markdown(row[labels['target']])}** · {labels['year']} {row[labels['year']]}")
                st.badge(row[labels["verdict"]], color=words.VERDICT_BADGE[v["verdict"]])
                st.caption(" · ".join(f"{labels[k]}: {escape.markdown(row[labels[k]])}"
                                      for k in ("goal", "latest", "baseline", "source") if row[labels[k]]))
    downloads = st.container(horizontal=True)  # wraps on a phone
    # the plan's report (Word) and its table (CSV), judged against this plan and naming it
    downloads.download_button(T("report_docx"), lambda: report.docx_bytes(lang, plan["id"]),
                              file_name=T("plan_report_file") + f"_{plan['id']}.docx",
                              mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                              key="dl_plan_docx", icon=":material/description:", on_click="ignore")
    downloads.download_button(ui.t("download_xlsx"), lambda: export.xlsx_bytes(
        results, title=T("results_title"), source=words.judged_by(plan, lang), lang=lang, read_text=False),
        file_name=T("plan_report_file") + f"_{plan['id']}.xlsx", key="dl_plan_xlsx", on_click="ignore",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    downloads.download_button(ui.t("download_csv"), lambda: report.csv_bytes(lang, plan["id"]),
                              file_name=T("plan_report_file") + f"_{plan['id']}.csv", mime="text/csv",
                              key="dl_plan_csv", on_click="ignore")
    with st.expander(T("verdict_method_title")):
        st.markdown(T("plan_method"))


# --- what was measured: one verdict per target part, never an assumed pace -------------------------
st.header(T("results_title"), divider="gray")
plans = {p["id"]: p for p in verdicts.plans()}
plan_id, unknown = state.plan_choice(st, T("plan_pick"), {k: words.plan_label(p, lang) for k, p in plans.items()},
                                     help=T("plan_pick_help"))
if unknown:  # a link to a plan since rolled back, or a mistyped id: never a stack trace
    st.warning(T("plan_unknown", id=escape.markdown(unknown)), icon=":material/warning:")
chosen_plan = plans[plan_id]
st.caption(escape.markdown(words.judged_by(chosen_plan, lang)))
if plan_id == verdicts.BUILTIN_PLAN:
    show_688()
else:
    show_plan(chosen_plan)

# --- what if: assumed paces, kept apart from the results above -----------------------------------
st.header(T("whatif_title"), divider="gray")
st.write(T("whatif_lead"))
if plan_id != verdicts.BUILTIN_PLAN:  # the sliders and projections below are the decision's targets
    st.info(T("whatif_688", plan=escape.markdown(words.plan_label(chosen_plan, lang))), icon=":material/info:")
with st.expander(T("method_title")):
    st.write(ui.cached("targets_method", lambda: T("method", n=scenario.rank_band_out_of() or "—")))


@st.fragment
def targets_view():
    state.slider(st, "pace_factor", T("factor"), lang, decimals=0, suffix="%", scale=100, help=T("factor_help"))

    names = ui.cached("targets_names", lambda: MappingProxyType({r.target_id: pick(lang, r.name_vi, r.name_en)
                                                                for r in scenario.targets().itertuples()}))
    units = ui.cached("targets_units", lambda: tuple((r.target_id, r.unit) for r in scenario.targets().itertuples()))
    with st.expander(T("sliders_title")):
        for i, (target_id, unit) in enumerate(units):
            if i % 2 == 0:  # one row per pair, so that a phone stacks them in order
                cols = st.columns(2)
            label = T("slider_rank" if unit == "rank" else "slider_pct", name=names[target_id])
            state.slider(st, f"pace_{target_id}", label, lang, decimals=2, container=cols[i % 2])
        ui.reset_button([k for k in state.params() if k.startswith("pace_")], "targets", T("reset_all"))

    paces, factor = ui.scenario_paces(), ui.pace_factor()
    key = (tuple(sorted(paces.items())), factor)  # the scenario: what everything below depends on

    def _projection():
        proj = scenario.project_targets(paces, factor)
        proj["name"] = [pick(lang, v, e) for v, e in zip(proj["short_vi"], proj["short_en"])]
        proj["status_word"] = [ui.status_word(s) for s in proj["status_2025"]]
        return proj

    proj = ui.cached(("targets_projection", key), _projection)  # made once per scenario and language
    counts, assumed = ui.cached(("targets_counts", key), lambda: (
        scenario.status_counts(proj["status_2025"]), scenario.assumed_on_track(proj)))
    ui.scenario_banner()
    st.subheader(T("summary", met=counts["met"], on=counts["on_track"], off=counts["off_track"], n=len(proj)))
    if assumed:
        st.caption(T("assumed_note", n=assumed))

    labels = {"target": T("lbl_target"), "latest": T("lbl_latest"), "projected": T("lbl_projected"),
              "goal": T("lbl_goal"), "status": T("lbl_status"),
              **{f"status_{s}": ui.status_word(s) for s in whatif.STATUS_ORDER}}
    shown = lambda unit: proj[proj["unit"] == unit].rename(columns={"anchor_value": "latest"})  # noqa: E731
    ui.show_dynamic(lambda d: charts.target_chart(d, lang=lang, title=T("chart_pct"), x_title=T("axis_pct"),
                                                  labels=labels),
                    lambda: charts.target_data(shown("%"), lang), key="targets_pct", cache="targets_pct", scenario=key)

    def _rank_axis() -> str:  # ranks of another field stand at their position of the bands' number: the axis says so
        ranked = proj[proj["unit"] == "rank"]
        fields = sorted({int(n) for n, b in zip(ranked["anchor_out_of"], ranked["out_of"]) if pd.notna(n) and n != b})
        return (T("axis_rank_x_equivalent", n=scenario.rank_band_out_of(), m=", ".join(map(str, fields))) if fields
                else T("axis_rank_x"))

    rank_axis = ui.cached(("targets_rank_axis", key), _rank_axis)
    ui.show_dynamic(lambda d: charts.target_chart(d, lang=lang, title=T("chart_rank"), x_title=rank_axis,
                                                  labels=labels, rank=True),
                    lambda: charts.target_data(shown("rank"), lang).assign(
                        latest_fmt=[latest_text(r) for r in proj[proj["unit"] == "rank"].itertuples()]),
                    key="targets_rank", cache="targets_rank", scenario=key)
    # the charts' notes and source: one caption of paragraphs (the same lines and spacing as one caption each,
    # in one element of the fragment instead of four)
    def _notes() -> str:
        later = tuple(f"{r.name} ({r.anchor_year}: {latest_text(r)})" for r in proj.itertuples() if r.uses_actuals)
        return "\n\n".join((
            T("legend_note"),
            T("band_note", pl01=fmt_range(*bands["pl01_2025"], lang=lang), text=fmt_range(*bands["text_2025"], lang=lang),
              goal=fmt_number(bands["pl01_2025"][1], lang, 0)),
            *([T("after_2020", items="; ".join(later))] if later else []),
            ui.source_text(ui.decision_source("PL01") + "; " + ui.t("band_text"))))

    st.caption(ui.cached(("targets_notes", key), _notes), unsafe_allow_html=False)

    pace_words = {"historical": T("pace_historical"), "required": T("pace_required"), "scenario": T("pace_scenario")}
    table = lambda: pd.DataFrame({  # noqa: E731 - made once per scenario and language (cache below)
        T("col_item"): [f"{r.item}{' ' + r.part if isinstance(r.part, str) else ''}" for r in proj.itertuples()],
        T("col_target"): [names[t] for t in proj["target_id"]],
        T("col_baseline"): [f"{value_text(r.baseline_value, r.unit)} ({r.baseline_year})" for r in proj.itertuples()],
        T("col_latest"): [f"{latest_text(r)} ({r.anchor_year})" for r in proj.itertuples()],
        T("col_goal_2025"): [goal_text(r.kind_2025, r.low_2025, r.high_2025) for r in proj.itertuples()],
        T("col_goal_2030"): [goal_text(r.kind_2030, r.low_2030, r.high_2030) for r in proj.itertuples()],
        T("col_gap"): [fmt_number(max(r.gap_2025, 0.0), lang, numbers.number_format(r.unit)[0])
                       for r in proj.itertuples()],
        T("col_pace"): [fmt_number(r.pace_used, lang, 2) for r in proj.itertuples()],
        T("col_pace_source"): [pace_words[s] for s in proj["pace_source"]],
        T("col_proj_2025"): [value_text(v, u) for v, u in zip(proj["projected_2025"], proj["unit"])],
        T("col_proj_2030"): [value_text(v, u) for v, u in zip(proj["projected_2030"], proj["unit"])],
        T("col_status_2025"): [ui.status_word(s) for s in proj["status_2025"]],
        T("col_status_2030"): [ui.status_word(s) for s in proj["status_2030"]],
        T("col_reached"): [str(int(y)) if pd.notna(y) else T("never") for y in proj["year_reached"]],
    })
    st.subheader(T("table_title"))
    room = tuple(T(c) for c in ("col_target", "col_latest", "col_goal_2025", "col_pace", "col_proj_2025",
                                "col_status_2025", "col_proj_2030", "col_status_2030"))  # a projector's 8 of the 14
    table = ui.table(table, cache=("targets_table", key), hide_index=True, width="stretch",
                     height=36 * (len(proj) + 1) + 4, room_columns=room)
    raw = lambda: export.round_by_unit(proj.drop(columns=["name", "status_word"]), [  # noqa: E731 - on a click
        "baseline_value", "anchor_value", "goal_2025", "goal_2030", "low_2025", "high_2025", "low_2030",
        "high_2030", "projected_2025", "projected_2030", "gap_2025"])
    ui.downloads(table, raw, "targets_scenario.csv", "targets", title=T("table_title"),
                 source=ui.decision_source("PL01"), csv_decimals={"pace": 2, "pace_used": 2})

    st.subheader(T("detail_title"))
    chosen = state.choose(st, "selectbox", "targets_detail", T("detail_pick"), names, default=next(iter(names)))
    row = ui.cached(("targets_row", key, chosen), lambda: proj.set_index("target_id").loc[chosen])
    m1, m2, m3 = st.columns(3)
    m1.metric(T("lbl_latest") + f" ({row.anchor_year})", latest_text(row))
    m2.metric(T("lbl_projected"), value_text(row.projected_2025, row.unit))
    m3.metric(T("lbl_status"), ui.status_word(row.status_2025))

    def _detail_data():
        path = scenario.target_path(chosen, paces, factor)
        path["series"] = path["kind"].map({"actual": T("series_actual"), "projected": T("series_projected")})
        goals = pd.DataFrame({"year": [2025, 2030], "series": T("series_goal"),
                              "value": [row.goal_2025, row.goal_2030]})
        data = pd.concat([path[["year", "series", "value"]], goals], ignore_index=True)
        return charts.lines_data(data, lang, numbers.number_format(row.unit)[0])

    is_rank = row.unit == "rank"
    ui.show_dynamic(lambda d: charts.lines_chart(
        d, lang=lang, title=T("detail_chart", name=names[chosen]), x_title=ui.t("year"),
        y_title=T("axis_rank") if is_rank else T("axis_pct"), series_title=ui.t("value"),
        decimals=numbers.number_format(row.unit)[0],
        y_domain=[int(row.out_of), 1] if is_rank else [0, 100]),  # a rank at its position of the band's number
        _detail_data, key="targets_detail_chart", cache=("targets_detail", chosen), scenario=key)
    ui.source_caption(ui.decision_source("PL01", str(row["item"])))
    # the chart's numbers as a table (a screen reader reads the figures there): year, series, value
    detail_cols = {"year_str": ui.t("year"), "series": ui.t("value"), "value_fmt": T("axis_rank") if is_rank else T("axis_pct")}
    ui.table_expander(lambda: _detail_data()[list(detail_cols)].rename(columns=detail_cols),
                      lambda: _detail_data()[["year", "series", "value"]], f"target_{chosen}.csv", "targets_detail",
                      title=T("detail_chart", name=names[chosen]), source=ui.decision_source("PL01", str(row["item"])),
                      csv_decimals={"value": 2}, cache=("targets_detail_table", key, chosen))
    state.sync_url(st)


targets_view()
