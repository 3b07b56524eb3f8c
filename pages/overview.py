"""Tổng quan / Overview: the latest measured PCI and PAR INDEX results, and the verdicts against the chosen plan
(Decision 688's 14 by default)."""
import streamlit as st

from reform.i18n import escape
from reform.i18n import overview as text, pick
from reform.i18n.fmt import fmt_number, fmt_range, fmt_year_spans
from reform.model import ranks, scenario, verdicts
from reform.ui import components as ui
from reform.ui import state
from reform.views import indices as view
from reform.views import verdicts as words

ui.page_guard()

lang = ui.lang()

T = ui.texts(text.TEXT)

st.title(T("title"))

# --- the answer first: Decision 688's verdict counts and the two index cards, above the fold on a 1280×720
# projector in presentation mode and on a 390×844 phone; the 14 verdicts follow, the rank trends after them ---
plans = {p["id"]: p for p in verdicts.plans()}
items = ui.cached("ov_verdicts", lambda: tuple(verdicts.verdicts()))  # read, never changed: once per data version
counts = ui.cached("ov_counts", lambda: verdicts.counts(items))
answer = st.container(key="ov_answer")  # the chosen plan's counts: filled once the plan is known (below)

bands = scenario.rank_bands()
basis_words = {b: words.basis_word(b, lang) for b in ("decision", "stated", "derived", "stated_provincial")}
cards = {}
cols = st.columns(2)
for col, idx in ((cols[0], "pci"), (cols[1], "par")):
    now = ui.cached(("ov_now", idx), lambda: view.index_now(idx))  # read, never changed: made once per data version
    v = ui.cached(("ov_verdict", idx), lambda: verdicts.verdict(view.INDICES[idx][2]))
    cards[idx] = (now, v)
    with col.container(border=True, key=f"ov_card_{idx}"):
        st.markdown(f"**{T(f'card_{idx}')}**")  # bold, not a heading: the two cards fit the first screen
        st.metric(T("metric_label", year=now["year"]), f"{now['rank']}/{now['out_of']}",
                  help=now["source"])
        score_key = "score_line" if now["score"] is not None else "no_score_line"
        st.caption(T(score_key, year=now["year"], score=fmt_number(now["score"], lang, 2),
                     basis=basis_words[now["basis"]]))
        # the decision's band (out of its band_out_of) with its equivalent out of the number the result is ranked among
        st.markdown(T("goal_2025", goal=words.goal_with_equivalent(v, 2025, lang), verdict=words.verdict_text(v, lang)))
        st.markdown(T("goal_2030", goal=words.goal_with_equivalent(v, 2030, lang), outlook=words.outlook_text(v, lang)))
st.caption(escape.markdown(words.judged_by(plans[verdicts.BUILTIN_PLAN], lang)))  # the cards' goals are 688's
st.write(T("lead"))

# --- the verdicts against the chosen plan (Decision 688's 14 by default): measured, or plainly "no data" ---
# the heading names the chosen plan, which the choice below it sets: drawn once the choice is known
heading = st.empty()
plan_id, unknown = state.plan_choice(st, T("plan_pick"), {k: words.plan_label(p, lang) for k, p in plans.items()})
if unknown:  # a link to a plan since rolled back, or a mistyped id: never a stack trace
    st.warning(T("plan_unknown", id=escape.markdown(unknown)), icon=":material/warning:")
chosen = plans[plan_id]
if plan_id != verdicts.BUILTIN_PLAN:  # Decision 688 is named under the cards above, in the same words
    st.caption(escape.markdown(words.judged_by(chosen, lang)))
    plan_items = verdicts.plan_verdicts(plan_id)
    years = ", ".join(str(y) for y in words.plan_years(chosen))
    plan_title = T("plan_verdicts_title", n=len(chosen["targets"]), plan=escape.markdown(chosen["name"]), years=years)
    plan_counts = verdicts.plan_counts(plan_items)
with answer:  # the answer first, for the plan chosen
    if plan_id == verdicts.BUILTIN_PLAN:
        st.caption(T("verdicts_title"))
        st.markdown(f"**{words.counts_line(counts, lang)}**")
    else:
        st.caption(plan_title)
        st.markdown(f"**{words.counts_line(plan_counts, lang)}**")


def _verdict_card(v) -> tuple[str, str, str, str, str]:
    """(name, verdict, badge colour, latest and target, outlook) of one of Decision 688's verdicts."""
    entered = words.entered_text(v, lang)  # a figure from a data revision: who entered it, when, its source
    return (f"**{pick(lang, v['short_vi'], v['short_en'])}**", words.verdict_text(v, lang),
            words.VERDICT_BADGE[v["verdict_2025"]],
            T("latest", latest=words.latest_text(v, lang))
            + (f" ({escape.markdown(entered)}; {escape.markdown(v['source'] or '')})" if entered else "")
            + " · " + T("target", goal=words.goal_with_equivalent(v, 2025, lang)),
            T("outlook", outlook=words.outlook_text(v, lang)))


if plan_id == verdicts.BUILTIN_PLAN:  # its counts lead the page (above)
    heading.header(T("verdicts_title"), help=T("verdicts_help"))
    if counts["no_result"]:
        st.info(T("missing", n=counts["no_result"]))
    for i, (name, verdict_word, colour, latest, outlook) in enumerate(
            ui.cached("ov_verdict_cards", lambda: tuple(_verdict_card(v) for v in items))):
        if i % 2 == 0:  # one row per pair, so that a phone stacks the cards in the decision's order
            grid = st.columns(2)
        with grid[i % 2].container(border=True):
            st.markdown(name)
            st.badge(verdict_word, color=colour)
            st.caption(latest)
            st.caption(outlook)
else:  # a plan entered by an editor: one card per target and horizon year; every line names this plan
    heading.header(plan_title, help=T("plan_verdicts_help"))  # its counts lead the page (above)
    st.caption(T("plan_counts_of", k=len(plan_items), n=len(chosen["targets"]), years=years))
    if plan_counts["no_data"]:
        st.info(T("plan_missing", n=plan_counts["no_data"], k=len(plan_items)))
    for i, v in enumerate(plan_items):
        if i % 2 == 0:  # one row per pair, so that a phone stacks the cards in the plan's order
            grid = st.columns(2)
        with grid[i % 2].container(border=True):
            name = pick(lang, v["name_vi"], v.get("name_en") or v["name_vi"])
            st.markdown(f"**{escape.markdown(name)} ({v['year']})**")
            st.badge(words.plan_verdict_text(v, lang), color=words.VERDICT_BADGE[v["verdict"]])
            st.caption(T("latest", latest=escape.markdown(words.plan_latest_text(v, lang)))
                       + " · " + T("plan_target", year=v["year"],
                                   goal=words.plan_goal_text(v, v["kind"], v["unit"], lang)))
st.page_link("pages/targets.py", label=ui.t("go_to_page", page=ui.t("page_targets")))
if plan_id == verdicts.BUILTIN_PLAN:
    st.caption(T("map_note", m=ranks.FIELD_FROM_2025, n=next(v["band_out_of"] for v in items if v["band_out_of"])))
    ui.source_caption(T("sources"))
else:
    if any(t["kind"] == "rank_band" for t in chosen["targets"]):  # ranks out of different fields: how they compare
        st.caption(T("plan_map_note", m=ranks.FIELD_FROM_2025))
    ui.source_caption(T("plan_sources", source=escape.markdown(chosen["source"] or chosen["name"])))

# --- the rank trends of the two indices (after the verdicts: what a reader looks at next) ---
cols = st.columns(2)
for col, idx, page in ((cols[0], "pci", "pages/pci.py"), (cols[1], "par", "pages/par_index.py")):
    now, v = cards[idx]
    with col.container(border=True):
        # ranks out of different numbers of provinces are never drawn as comparable: each at its position out of the
        # bands' number (band_n)
        band_n = v["band_out_of"]
        points, others = ui.cached(("ov_points", idx), lambda: (
            (pts := view.rank_points(view.scheme_trend(idx), band_n)), tuple(view.mixed_fields(pts, band_n))))

        def band_label(key: str, low: float, high: float) -> str:
            eq = "".join(f" ≈ {fmt_range(*ranks.equivalent_band(low, high, band_n, n), lang=lang)}/{n}" for n in others)
            return T(key, b=fmt_range(low, high, lang=lang)) + eq

        b = bands[idx]
        band_list = [{"low": b["pl01_2025"][0], "high": b["pl01_2025"][1], "label": band_label("band_pl01", *b["pl01_2025"])}]
        if b["text_2025"] and tuple(b["text_2025"]) != tuple(b["pl01_2025"]):
            band_list.append({"low": b["text_2025"][0], "high": b["text_2025"][1],
                              "label": band_label("band_text", *b["text_2025"])})
        band_list.append({"low": b["2030"][0], "high": b["2030"][1], "label": band_label("band_2030", *b["2030"])})
        name = T(f"card_{idx}")
        chart_title = T("trend_title", name=name, y0=now["first_year"], y1=now["year"])
        ui.show_chart(lambda: view.rank_trend_chart(
            points, band_list, lang=lang, title=chart_title, subtitle=T("trend_subtitle"), x_title=ui.t("year"),
            y_title=T("axis_rank_equivalent", n=band_n) if others else T("axis_rank"),
            band_title=T("bands_legend", n=band_n), basis_title=T("basis"), basis_words=basis_words,
            band_out_of=band_n, rank_title=T("rank_tip"), equivalent_title=T("equivalent_tip", n=band_n)),
            key=f"ov_trend_{idx}", cache=("ov_trend", idx))
        for n in others:  # how the diamonds stand on the axis of the bands' number (band_n)
            st.caption(ui.cached(("ov_equivalence", idx, n), lambda: T(
                "equivalence_note", n=n, m=band_n, years=fmt_year_spans(view.equivalence_years(points, n)))))
        if idx == "pci":
            st.caption(T("scale_note"))
        trend_source = ui.cached(("ov_sources", idx), lambda: view.sources_line(
            points, ui.decision_source(view.INDICES[idx][3])))
        ui.source_caption(trend_source)
        columns = {"year": ui.t("year"), "rank": T("rank_tip"), "out_of": T("field_title"),
                   "equivalent": T("equivalent_tip", n=band_n), "basis": T("basis"), "source": ui.t("source")}
        table = lambda: view.rank_table(points, band_n, lang, columns, basis_words)  # noqa: E731 - (shown, raw)
        ui.table_expander(lambda: table()[0], lambda: table()[1], f"{idx}_rank_trend.csv", f"ov_trend_{idx}",
                          title=chart_title, source=trend_source, csv_decimals={columns["equivalent"]: 2},
                          cache=("ov_trend_table", idx))
        st.page_link(page, label=ui.t("go_to_page", page=ui.t("page_pci" if idx == "pci" else "page_par")))
st.caption(T("hollow_note"))
