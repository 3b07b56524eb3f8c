"""Dự án & kinh phí: the key tasks and projects of Appendix 02 with their planned funds, and cross-checks."""
import pandas as pd
import streamlit as st

from reform.i18n import pick, projects as text
from reform.i18n.fmt import fmt_money_million, fmt_number
from reform.i18n import escape
from reform.ui import components as ui
from reform.views import projects

ui.page_guard()

lang = ui.lang()

T = ui.texts(text.TEXT)


st.title(T("title"))
st.write(T("lead"))

tot = projects.totals()
tasks = projects.tasks()
fund_labels = {k: T(f"fund_{k}") for k in projects.FUND_HEADS}

# --- the totals --------------------------------------------------------------------------------
c1, c2, c3 = st.columns(3)
with c1.container(border=True):
    st.metric(T("m_total"), fmt_money_million(tot["total"], lang))
    st.caption(T("m_total_note", n=tot["n_tasks"]))
for col, kind in ((c2, "recurrent"), (c3, "investment")):
    with col.container(border=True):
        st.metric(T(f"m_{kind}"), fmt_money_million(tot[kind], lang), help=T("fund_help"))
        st.caption(T("m_share_note", share=fmt_number(tot[f"share_{kind}"], lang, 2), n=tot[f"n_{kind}"]))
ui.source_caption(ui.decision_source("PL02") + "; " + ui.t("decision") + ", " + pick(lang, "Phần 3 mục III.2",
                                                                                         "Part 3 §III.2"))

# --- the 7 amounts -------------------------------------------------------------------------------
chart_df = lambda: pd.DataFrame({  # noqa: E731 - made only when the chart is made (once per data version)
    "label": [f"{r} {T('short_' + i)}" for r, i in zip(tasks["ref"], tasks["indicator_id"])],
    "name": tasks["name_en"] if lang == "en" else tasks["name_vi"],
    "fund_type": tasks["fund_type"],
    "amount": tasks["amount"],
    "share_total": tasks["share_total"],
})
ui.show_chart(lambda: projects.amounts_chart(
    chart_df(), lang=lang, title=T("chart_title"), x_title=T("x_title"), type_title=T("fund_type"),
    type_labels=fund_labels, tips={"task": T("task"), "share": T("share_total")}), key="proj_amounts", cache="proj_amounts")
smallest_ref, smallest_amount = ui.cached("proj_smallest", lambda: tuple(
    tasks.loc[tasks["amount"].idxmin(), ["ref", "amount"]]))
st.caption(T("chart_how", total=fmt_number(tot["total"], lang)) + " "
           + T("small_note", ref=smallest_ref, amount=fmt_number(smallest_amount, lang)))
ui.source_caption(ui.decision_source("PL02", "I.1-3, II.1-4"))
table = lambda: pd.DataFrame({  # noqa: E731 - made once per data version and language (cache below)
    T("ref"): tasks["ref"],
    T("task"): tasks["name_en"] if lang == "en" else tasks["name_vi"],
    T("fund_type"): tasks["fund_type"].map(fund_labels),
    T("amount"): tasks["amount"],
    T("share_total"): tasks["share_total"],
    T("share_fund"): tasks["share_fund"],
})
ui.table_expander(lambda: ui.display_frame(table(), {T("amount"): 0, T("share_total"): 2, T("share_fund"): 2}),
                  lambda: tasks.drop(columns=["source"]), "pl02_tasks_projects.csv", "proj_amounts",
                  title=T("chart_title"), source=ui.decision_source("PL02"),
                  csv_decimals={"share_total": 2, "share_fund": 2}, cache="proj_amounts")

# --- each task: name and purpose ---------------------------------------------------------------------
st.header(T("details_title"))
st.caption(T("details_lead"))
for r in ui.cached("proj_task_rows", lambda: tuple(tasks.itertuples())):
    name = pick(lang, T("short_" + r.indicator_id), r.name_en)
    with st.expander(T("expander", ref=r.ref, name=name, amount=fmt_number(r.amount, lang))):
        if lang == "en":
            st.markdown(f"**{r.name_en}**")
        st.markdown(f"*{T('name_printed')}:* {escape.markdown(r.name_vi)}")
        st.markdown(f"*{T('purpose')}:*")
        st.markdown(escape.markdown(r.note_vi))
        st.caption(T("share_line", share_total=fmt_number(r.share_total, lang, 2),
                     share_fund=fmt_number(r.share_fund, lang, 2), fund=T(f"fund_lower_{r.fund_type}")))
        ui.source_caption(r.source)

# --- cross-checks --------------------------------------------------------------------------------------
st.header(T("checks_title"))
st.write(T("checks_lead"))
sums = projects.sum_checks()
texts = projects.text_checks()
if ui.cached("proj_checks_ok", lambda: bool(sums["ok"].all() and texts["ok"].all() and len(texts))):
    st.success(T("checks_all_ok", total=fmt_number(tot["total"], lang)), icon=":material/check_circle:")
else:
    st.error(T("checks_not_ok"), icon=":material/error:")
result = {True: T("ok"), False: T("not_ok")}
ui.table(lambda: ui.display_frame(pd.DataFrame({
    T("col_result"): sums["ok"].map(result),
    T("col_check"): [T(f"check_{c}", parts=p, n=tot["n_tasks"]) for c, p in zip(sums["check"], sums["parts"])],
    T("col_parts_sum"): sums["parts_sum"],
    T("col_printed"): sums["printed"],
    T("col_diff"): sums["difference"],
}), {T("col_parts_sum"): 0, T("col_printed"): 0, T("col_diff"): 0}), cache="proj_checks", hide_index=True,
         width="stretch")
ui.source_caption(ui.decision_source("PL02"))

st.markdown(f"**{T('text_title')}**")
whats = {projects.TOTAL: T("m_total"), **{v: T(f"m_{k}") for k, v in projects.FUND_HEADS.items()}}
st.markdown(ui.cached("proj_text_lines", lambda: "\n".join(
    "- " + T("text_line", mark=result[bool(r.ok)], what=whats[r.appendix_id],
             text_value=fmt_money_million(r.text_value, lang), appendix_value=fmt_money_million(r.appendix_value, lang),
             quote=escape.markdown(r.quote_vi))
    for r in texts.itertuples())))
ui.source_caption(ui.t("decision") + ", " + pick(lang, "Phần 3 mục III.2", "Part 3 §III.2") + "; "
                  + ui.decision_source("PL02"))
