"""Kịch bản / Scenarios: save, open, compare, share and export a brief."""
import pandas as pd
import streamlit as st

from reform.data import db
from reform.i18n import escape
from reform.i18n import scenarios as text
from reform.model import saved as store
from reform.ui import auth
from reform.ui import components as ui
from reform.ui import state
from reform.views import brief
from reform.views import charts
from reform.views import compare

ui.page_guard()

lang = ui.lang()

T = ui.texts(text.TEXT)
actor = auth.actor()  # who owns what this session saves; the store checks it on every change


def error_text(err: store.StoreError) -> str:
    if f"error_{err.code}" not in text.TEXT:
        return err.code
    return T(f"error_{err.code}", detail=escape.markdown(err.detail[:120]))


def plain(name: str) -> str:
    """A name or note someone typed, for any place that renders Markdown (alerts, button labels)."""
    return escape.markdown(name)


def too_long(name: str, note: str = "") -> str | None:
    """The limit in words when a name or note is over it (the text stays in the field)."""
    if len(name.strip()) > store.MAX_NAME:
        return T("name_too_long", n=len(name.strip()), max=store.MAX_NAME)
    if len(note.strip()) > store.MAX_NOTE:
        return T("note_too_long", n=len(note.strip()), max=store.MAX_NOTE)
    return None


def flash(message: str, kind: str = "success") -> None:
    st.session_state["scenario_flash"] = (kind, message)


def open_values(values: dict, name: str, other_data: str | None = None) -> None:
    state.load(st, values)
    flash(T("loaded", name=plain(name)) + (" " + T("older_data", v=other_data) if other_data else ""),
          "warning" if other_data else "success")


st.title(T("title"))
st.write(T("lead"))
if "scenario_flash" in st.session_state:
    kind, message = st.session_state.pop("scenario_flash")
    getattr(st, kind)(message)

try:
    saved = store.list_all()
    store_error = None
except store.StoreError as err:
    saved, store_error = [], err
if store_error:
    st.error(error_text(store_error))

# --- quick switch (in presentation mode too: "and with the actual figures?" is a question from the room) ------
current = state.scenario_values(st)
st.caption(f"{T('current')}: {T('current_changes', n=len(current))}")
presets = {"actual": T("preset_actual"), "required": T("preset_required")}
presets.update({s.id: s.name for s in saved})
cols = st.columns(min(len(presets), 4))
for i, (pid, label) in enumerate(presets.items()):
    if pid in ("actual", "required"):
        cols[i % len(cols)].button(plain(label), key=f"preset_{pid}", on_click=open_values,
                                   args=(compare.preset(pid), label))
    else:
        s = next(x for x in saved if x.id == pid)
        # a button label is Markdown: the name is escaped so that it reads as typed
        cols[i % len(cols)].button(plain(label), key=f"preset_{pid}", on_click=open_values,
                                   args=(s.values, s.name, s.data_version if store.made_on_other_data(s) else None))

# --- save ---------------------------------------------------------------------------------
if not ui.presenting():
    if st.session_state.pop("save_form_clear", False):  # after a save: an empty form for the next one
        for k in ("save_name", "save_note"):
            st.session_state.pop(k, None)
    # no max_chars: a browser refuses a paste longer than the limit (the field stays empty); the text
    # is kept and the limit said in words instead, and a failed save keeps the name and the note
    with st.form("save_form", clear_on_submit=False, enter_to_submit=False):  # no English "Press Enter to submit form"
        st.header(T("save_title"))
        name = st.text_input(T("name"), key="save_name", help=T("name_help", n=store.MAX_NAME))
        note = st.text_area(T("note"), key="save_note", height=80, help=T("note_help", n=store.MAX_NOTE))
        if st.form_submit_button(T("save")):
            problem = too_long(name, note)
            if problem:
                st.error(problem)
            else:
                try:
                    s = store.save(name, state.scenario_values(st), note, actor=auth.actor())
                    flash(T("saved", name=plain(s.name)))
                    st.session_state["save_form_clear"] = True
                    st.rerun()
                except store.StoreError as err:
                    st.error(error_text(err))

# --- saved scenarios -----------------------------------------------------------------------
st.header(T("saved_title"))
if not saved:
    st.info(T("none_saved"))
else:
    table = pd.DataFrame({  # a data frame's cells are plain text
        T("col_name"): [s.name for s in saved],
        T("col_note"): [s.note for s in saved],
        T("col_changed"): [s.updated_at.strftime("%d/%m/%Y %H:%M" if lang == "vi" else "%Y-%m-%d %H:%M")
                           for s in saved],
        T("col_values"): [len(s.values) for s in saved],
        T("col_data"): [T("other_data") if store.made_on_other_data(s) else T("same_data") for s in saved],
        T("col_owner"): [T("owner_you") if s.owner == actor.owner else
                         (T("owner_none") if s.owner is None else T("owner_other")) for s in saved],
    })
    ui.table(table, hide_index=True, width="stretch")  # static and large in presentation mode
    if not ui.presenting():
        ids = [s.id for s in saved]
        names = {s.id: s.name for s in saved}
        chosen = state.choose(st, "selectbox", "scenario_pick", T("pick"), names, default=ids[0])
        c1, c2, c3 = st.columns(3)
        sel = next(s for s in saved if s.id == chosen)
        mine = store.may_change(sel, actor)  # the buttons say it; the store enforces it
        if not mine:
            st.caption(T("not_yours"))
        c1.button(T("open"), key="open_saved", on_click=open_values,
                  args=(sel.values, sel.name, sel.data_version if store.made_on_other_data(sel) else None))

        def overwrite(sid=chosen):
            try:
                s = store.update(sid, state.scenario_values(st), actor=auth.actor())
                flash(T("saved", name=plain(s.name)))
            except store.StoreError as err:
                flash(error_text(err), "error")

        c2.button(T("overwrite"), key="overwrite_saved", on_click=overwrite, disabled=not mine)
        with c3.popover(T("delete"), disabled=not mine):
            def remove(sid=chosen, nm=sel.name):
                try:
                    store.delete(sid, actor=auth.actor())
                    flash(T("deleted", name=plain(nm)))
                except store.StoreError as err:
                    flash(error_text(err), "error")

            st.button(T("confirm_delete"), key="confirm_delete", on_click=remove, type="primary")
        st.text_input(T("new_name"), key="scenario_new_name", help=T("name_help", n=store.MAX_NAME))

        def do(action, sid=chosen):
            new_name = st.session_state.get("scenario_new_name", "")  # the text as typed at the click
            problem = too_long(new_name)
            if problem:
                flash(problem, "error")
                return
            try:
                who = auth.actor()
                s = (store.rename(sid, new_name, actor=who) if action == "rename"
                     else store.duplicate(sid, new_name, actor=who))
                flash(T("saved", name=plain(s.name)))
            except store.StoreError as err:
                flash(error_text(err), "error")

        d1, d2 = st.columns(2)
        d1.button(T("rename"), key="rename_saved", on_click=do, args=("rename",), disabled=not mine)
        d2.button(T("duplicate"), key="duplicate_saved", on_click=do, args=("duplicate",))

# --- compare -------------------------------------------------------------------------------
st.header(T("compare_title"))
pool = {"__current": (T("current"), current), "__actual": (T("preset_actual"), compare.preset("actual")),
        "__required": (T("preset_required"), compare.preset("required"))}
pool.update({s.id: (s.name, s.values) for s in saved})
picked = state.choose(st, "multiselect", "compare_pick", T("compare_pick"), {k: v[0] for k, v in pool.items()},
                      default=["__actual", "__current"], max_selections=3)
if not 2 <= len(picked) <= 3:
    st.info(T("compare_need"))
else:
    labels_seen: dict[str, int] = {}
    named = {}
    for k in picked:
        label = pool[k][0]
        labels_seen[label] = labels_seen.get(label, 0) + 1
        named[label if labels_seen[label] == 1 else f"{label} ({labels_seen[label]})"] = pool[k][1]
    only_differences = st.toggle(T("only_differences"), value=False, key="compare_only_diff")
    compared = (repr(named), only_differences)  # what the table and chart below depend on

    def _compared() -> pd.DataFrame:
        df = compare.comparison(named)
        return df[df["differs"]].reset_index(drop=True) if only_differences else df

    def _shown() -> pd.DataFrame:
        df, row_labels = _compared(), brief.compare_labels(lang)
        shown = pd.DataFrame({T("scenario"): df["key"].map(row_labels)})
        for n in named:
            shown[n] = [brief.figure_text(v, u, m, lang) for v, u, m in zip(df[n], df["unit"], df["measure"])]
        return shown

    df = ui.cached(("compare_rows", compared), _compared)
    shown = ui.cached(("compare_shown", compared), _shown)
    def marked(_col) -> list[str]:  # a differing row's scenario cells: tinted and bold (not colour alone)
        return ["background-color: #fff3cd; font-weight: bold" if d else "" for d in df["differs"]]

    styled = shown.style.apply(marked, subset=list(named))
    with st.container(key="resp_wide_compare"):  # a screen wider than a phone: scenarios side by side
        if ui.presenting():  # a static table in the room's type (names as typed), its differences still marked
            cells = ui.static_frame(shown)  # every cell and name escaped: st.table reads them as Markdown
            st.table(cells.style.apply(marked, subset=list(cells.columns[1:])).hide(axis="index"))
        else:
            st.dataframe(styled, hide_index=True, width="stretch", height=36 * (len(shown) + 1) + 4)
    with st.container(key="resp_narrow_compare"):  # a phone: one card per scenario, stacked
        for i, n in enumerate(named):
            with st.container(border=True, key=f"compare_card_{i}"):
                st.markdown(f"**{escape.markdown(n)}**")
                ui.table(lambda n=n: pd.DataFrame({T("figure"): shown[T("scenario")], T("value"): shown[n]}),
                         cache=("compare_card", compared, n), hide_index=True, width="stretch",
                         height=36 * (len(shown) + 1) + 4,
                         column_config={T("figure"): st.column_config.TextColumn(width=190),
                                        T("value"): st.column_config.TextColumn(width=130)})
    st.caption(T("differs_note"))

    def _chart():  # every share target, whatever the table shows ("only differences" filters the table)
        every = compare.comparison(named)
        pct = every[(every["kind"] == "target") & (every["measure"] == "projected_2025") & (every["unit"] == "%")]
        long = pct.melt(id_vars=["target_id"], value_vars=list(named), var_name="series", value_name="value")
        long["target"] = long["target_id"].map(brief.short_names(lang))
        return charts.compare_bars(long, lang=lang, title=T("compare_chart"), x_title=T("axis_pct"),
                                   series_title=T("scenario"))

    ui.show_chart(_chart, key="compare_chart", cache=("compare_chart", repr(named)))
    ui.source_caption(ui.decision_source("PL01"))
    if not ui.presenting():
        notes = {s.name: s.note for s in saved}
        version = db.data_version()
        # built only when clicked (the brief renders its charts on the server)
        links = {n: state.share_url(st, v) for n, v in named.items()}
        st.download_button(T("compare_html"), lambda: brief.comparison_brief(named, notes, lang, version, links),
                           file_name="so-sanh-kich-ban.html", mime="text/html", key="dl_compare_html",
                           on_click="ignore")
        ui.downloads(shown, lambda: brief.figures_raw(named, lang), "kich-ban.csv", "compare_csv",
                     title=T("compare_title"), source=brief.source_line(lang))

# --- share and export ----------------------------------------------------------------------
st.header(T("share_title"))
st.caption(T("share_help"))
st.code(state.share_url(st), language=None)
if not ui.presenting():
    st.header(T("export_title"))
    brief_name = st.text_input(T("brief_name"), value=T("current"), key="brief_name",
                               help=T("name_help", n=store.MAX_NAME))
    problem = too_long(brief_name)
    if problem:
        st.error(problem)
    link, version = state.share_url(st), db.data_version()
    label = (brief_name.strip() or T("current")) if not problem else T("current")
    st.download_button(T("brief_html"), lambda: brief.scenario_brief(label, "", current, lang, link, version),
                       file_name="tom-tat-kich-ban.html", mime="text/html", key="dl_brief_html",
                       on_click="ignore")
    one = {label: current}
    ui.downloads(lambda: brief.figures_table(one, lang), lambda: brief.figures_raw(one, lang),
                 "kich-ban-hien-tai.csv", "brief_csv", title=f"{T('current')}: {label}", source=brief.source_line(lang))
