"""Thống kê CCHC / Reform statistics: Appendices 05, 06, 08, 09, 10 and 11, each charted and tabled."""
import streamlit as st

from reform.i18n import statistics as text
from reform.i18n.fmt import fmt_number, fmt_percent, fmt_signed
from reform.i18n import escape
from reform.ui import components as ui
from reform.ui import state
from reform.views import data_sources as catalog
from reform.views import statistics as stats

ui.page_guard()

lang = ui.lang()

T = ui.texts(text.TEXT)


st.title(T("title"))
st.write(T("lead"))
app = state.choose(st, "pills", "stat_appendix", T("pick"), {a: T(f"app_{a}") for a in stats.APPENDICES},
                   default="PL05", required=True, wrap=True) or "PL05"
rows = stats.appendix_rows(app)
n = app.removeprefix("PL")
st.header(T(f"head_{app}"))
st.caption(T(f"lead_{app}") + " " + T("gaps_note"))


def block(key, chart, ids, items, notes=(), by="year", table=None, raw=None):
    """A chart (or a function making it), its source line, its notes and its numbers as a table on demand
    (``table`` and ``raw``: functions making the frames, else the rows of ``ids``).

    The charts and tables depend only on the data and the language, so they are made once (``cache``).
    """
    ui.show_chart(chart, key=f"st_{key}", cache=("statistics", key))
    ui.source_caption(ui.decision_source(app, items))
    for note in notes:
        st.caption(note)
    ui.table_expander(lambda: table() if table is not None else stats.wide_table(rows, lang, ids, by=by),
                      lambda: raw() if raw is not None else stats.long_raw(rows, ids), f"{app.lower()}_{key}.csv",
                      f"st_{key}", title=T(f"head_{app}"), source=ui.decision_source(app, items),
                      cache=("statistics", key))


def bars(key, ids, items, y_key, *, percent=False, notes=(), stacked=False, total=None, table_ids=None,
         height=300):
    def chart():
        return stats.year_bars(stats.series_frame(rows, ids, lang), lang=lang, title=T(f"c_{key}"),
                               y_title=T(y_key), percent=percent, stacked=stacked, height=height,
                               totals=stats.printed_totals(rows, total) if total else None)

    block(key, chart, table_ids or ([total] if total else []) + ids, items, notes)


def whole_table(by="year"):
    st.subheader(T("whole_table", n=n))
    st.caption(T("whole_table_note"))
    ui.table_expander(lambda: stats.wide_table(rows, lang, by=by), lambda: stats.long_raw(rows),
                      f"{app.lower()}_all.csv", f"st_{app}_all", title=T(f"head_{app}"),
                      source=ui.decision_source(app), cache=("statistics", app, "all"))
    notes = ui.cached(("statistics_footnotes", app), lambda: tuple(
        escape.markdown(T("footnote_line", **f)) for f in stats.footnotes(rows, lang)))
    if notes:
        with st.expander(T("footnotes_title", n=n)):
            for note in notes:
                st.markdown(note)


def pct(v, d=None):
    return stats.value_fmt(v, lang, percent=True) if d is None else fmt_percent(v, lang, d)


def pl05():
    c1, c2, c3 = st.columns(3)
    rate_2019, rate_2020, delta, services, samples = ui.cached("statistics_pl05_figures", lambda: (
        stats.value_of(rows, "pl05_5c_rate", 2019), stats.value_of(rows, "pl05_5c_rate", 2020),
        stats.change(rows, "pl05_5c_rate", 2019, 2020), stats.value_of(rows, "pl05_5a_services", 2020),
        stats.value_of(rows, "pl05_5b_samples", 2020)))
    c1.metric(T("sat_metric", year=2019), pct(rate_2019))
    c2.metric(T("sat_metric", year=2020), pct(rate_2020),
              delta=T("sat_delta", d=fmt_signed(delta, lang), year=2019) if delta is not None else None,
              **ui.delta_style(delta))
    c3.metric(T("survey_metric", year=2020),
              T("survey_value", services=fmt_number(services, lang), samples=fmt_number(samples, lang)))
    left, right = st.columns(2)
    with left:
        bars("pl05_activity", ["pl05_1_inspected", "pl05_2c_classes", "pl05_3_initiatives"], "1, 2, 3",
             "y_pl05_activity")
    with right:
        bars("pl05_bulletins", ["pl05_2b_bulletins"], "2", "y_pl05_bulletins")
    st.caption(T("footnotes_hint"))
    left, right = st.columns(2)
    with left:
        bars("pl05_satisfaction", ["pl05_5c_rate"], "5", "y_pl05_satisfaction", percent=True,
             notes=[T("sat_note")], table_ids=["pl05_5a_services", "pl05_5b_samples", "pl05_5c_rate"])
    with right:
        st.markdown(f"**{T('yes_no_title')}**")
        def _yes_no():
            yes_no = stats.yes_no_table(rows, lang)
            return yes_no.set_index(yes_no.columns[0])

        st.table(ui.cached("statistics_yes_no", _yes_no))  # a static table: long names wrap on a phone
        st.caption(T("yes_no_note"))
        ui.source_caption(ui.decision_source(app, "2, 4"))
    whole_table()


def pl06():
    kinds = ["pl06_1a_nq_province", "pl06_1b_qd_province", "pl06_1c_nq_district", "pl06_1d_qd_district",
             "pl06_1e_nq_commune", "pl06_1f_qd_commune"]
    bars("pl06_kinds", kinds, "1", "y_documents", stacked=True, total="pl06_1_issued", notes=[T("kinds_note")],
         height=360)
    bars("pl06_review", ["pl06_2_proposed", "pl06_3_handled", "pl06_4_checked", "pl06_5_unlawful",
                         "pl06_6_unlawful_handled", "pl06_7_nonlegal"], "2-7", "y_documents", height=340)
    whole_table()


def pl08_part(part, ids):
    labels = {i: stats.sector_owner_label(i, lang) for i in ids} if part == "III" else None

    def chart():
        return stats.period_bars(stats.period_frame(rows, ids, lang, labels), lang=lang,
                                 title=T(f"c_pl08_{part}"), x_title=T("y_units"))

    block(f"pl08_{part}", chart, ids, part, notes=[T("part_III_note")] if part == "III" else (), by="period")


def pl08():
    parts = ui.cached("statistics_pl08_parts", lambda: stats.pl08_parts(rows))
    left, right = st.columns(2)
    for col, part in ((left, "I"), (right, "II")):
        with col:
            pl08_part(part, parts[part])
    pl08_part("III", parts["III"])
    whole_table(by="period")


def fill_note(assigned, present):
    f = ui.cached(("statistics_fill", assigned, present), lambda: stats.staff_fill(rows, assigned, present))
    if f is None:
        return []
    return [T("fill_note", year=f.year, present=fmt_number(f.present, lang), assigned=fmt_number(f.assigned, lang),
              share=fmt_percent(f.share, lang, 1), gap=fmt_number(f.gap, lang), computed=T("computed"))]


def pl09():
    left, right = st.columns(2)
    with left:
        bars("pl09_cs", ["pl09_1a_assigned", "pl09_1b_present"], "1", "y_people",
             notes=fill_note("pl09_1a_assigned", "pl09_1b_present"))
    with right:
        bars("pl09_pe", ["pl09_2a_assigned", "pl09_2b_present"], "2", "y_people",
             notes=fill_note("pl09_2a_assigned", "pl09_2b_present"))
    left, right = st.columns(2)
    with left:
        bars("pl09_trained", ["pl09_6_cs_trained", "pl09_7_pe_trained"], "6, 7", "y_people")
    with right:
        bars("pl09_moves", ["pl09_3_recruited_exam", "pl09_4_leaders_exam", "pl09_5_downsized"], "3, 4, 5",
             "y_people")
    left, _ = st.columns(2)
    with left:
        bars("pl09_classes", ["pl09_8_classes"], "8", "y_classes")
    whole_table()


def pl10():
    bars("pl10_owner", ["pl10_1", "pl10_2", "pl10_3", "pl10_4_science"], "1-4", "y_units", stacked=True,
         total="pl10_total", notes=[T("owner_note")], height=360)
    frame = lambda: stats.type_frame(rows, lang)  # noqa: E731 - made only when the chart or table is made
    block("pl10_type", lambda: stats.year_bars(frame(), lang=lang, title=T("c_pl10_type"), y_title=T("y_units"),
                                               stacked=True, height=360),
          [], "1-3", notes=[T("type_note")], table=lambda: stats.type_table(frame(), lang),
          raw=lambda: stats.autonomy_by_type(rows))
    whole_table()


def pl11():
    c1, c2 = st.columns(2)
    for col, year in ((c1, 2019), (c2, 2020)):
        col.metric(T("docs_metric", year=year), fmt_number(ui.cached(
            ("statistics_docs", year), lambda y=year: stats.value_of(rows, "pl11_2_docs_received", y)), lang))
    notes = [T("unlabelled_note"), T("item10_2016")]
    for c in ui.cached("statistics_share_checks", lambda: tuple(stats.share_checks(rows))):
        if not c.agrees:
            notes.append(T("share_note", printed=pct(c.printed), year=c.year, num=fmt_number(c.num, lang),
                           den=fmt_number(c.den, lang), recomputed=pct(c.recomputed, 2), computed=T("computed")))
    shares = ["pl11_0_unlabelled", "pl11_5_email", "pl11_10_services_used", "pl11_12_e_one_stop_share"]
    bars("pl11_shares", shares, T("items_pl11_shares"), "y_share", percent=True, notes=notes, height=320,
         table_ids=shares[:3] + ["pl11_10_services_used__num", "pl11_10_services_used__den", shares[3]])
    left, right = st.columns(2)
    with left:
        bars("pl11_docs", ["pl11_2_docs_received", "pl11_3_docs_sent"], "2, 3", "y_documents")
    with right:
        bars("pl11_services", ["pl11_4_signatures", "pl11_9_online_services"], "4, 9", "y_count_mixed")
    units = ["pl11_1_axis_units", "pl11_6_doc_software", "pl11_7_lan", "pl11_8_portal", "pl11_11_e_one_stop_units",
             "pl11_13_iso"]
    bars("pl11_units", units, "1, 6, 7, 8, 11, 13", "y_units", notes=[T("iso_note")], height=340,
         table_ids=units + ["pl11_13_iso__den"])
    whole_table()


{"PL05": pl05, "PL06": pl06, "PL08": pl08, "PL09": pl09, "PL10": pl10, "PL11": pl11}[app]()
