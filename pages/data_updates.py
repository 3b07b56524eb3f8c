"""Cập nhật số liệu / Data updates: editors sign in, then upload a year's results (issue 9).

Viewers see only the sign-in. A signed-in editor downloads the template, uploads a file, sees its errors
(nothing applied) or a preview (new, changed and unchanged rows, the verdicts that would change), confirms
it as a revision, browses the history and rolls a revision back. The engine is :mod:`reform.imports.engine`
(every file kind); the tables are :mod:`reform.views.data_updates`. Every write calls
``auth.require_editor()`` again right before it.
"""
import hashlib

import streamlit as st

from reform.imports import engine as rev
from reform.i18n import data_updates as text
from reform.i18n import escape
from reform.ui import auth
from reform.ui import components as ui
from reform.ui import upload as uploads
from reform.views import data_updates as present
from reform.views import plans as plans_view
from reform.views import revision_template
from reform.views import verdicts as words

ui.page_guard()

T = ui.texts(text.TEXT)
#: The upload limit in MB; .streamlit/config.toml's server.maxUploadSize is the same (the browser refuses
#: a larger file before this page sees it; reform.ui.upload says so, and refuses one that arrives anyway).
MAX_UPLOAD_MB = 2
PARSED = "du_parsed"          # {sha256: Parsed} of the upload being previewed (kept between the two runs)
UPLOAD_ROUND = "du_round"     # part of the uploader's key: a new round clears the upload after an import
DONE = "du_done"              # the revision just applied: said once on the next run
ROLLED = "du_rolled"          # the revision just rolled back: said once
SEEN = "du_seen"              # (sha256, stamp) of the preview shown: a confirm applies what the editor saw


def parsed_upload(name: str, data: bytes) -> rev.Parsed:
    """The upload read and validated once, kept in the session under its sha256 until it is applied."""
    sha = hashlib.sha256(data).hexdigest()
    kept = st.session_state.get(PARSED) or {}
    if sha not in kept:
        kept = {sha: rev.read_file(name, data)}
        st.session_state[PARSED] = kept
    return kept[sha]


def show_upload(parsed: rev.Parsed, lang: str) -> None:
    """The errors (nothing applied), or the preview with a note and the confirm button."""
    if not parsed.ok:
        errors = parsed.errors()
        st.error(T("errors_title", n=len(errors)), icon=":material/error:")
        ui.table(present.errors_table(errors, lang), hide_index=True)
        return
    seen = st.session_state.get(SEEN)  # the preview of the run before, which the editor confirms
    p = rev.preview(parsed)
    st.session_state[SEEN] = (parsed.sha256, p["stamp"])
    st.header(T("preview_title"))
    if p["warnings"]:  # a value that looks like another unit, a documented exception: read before confirming
        lines = "\n".join(f"- {escape.markdown(line)}" for line in present.warning_lines(p["warnings"], lang))
        st.warning(f"{T('warnings_title', n=len(p['warnings']))}\n\n{lines}", icon=":material/warning:")
    if parsed.kind == "plan":
        show_plan_preview(p, lang)
    elif parsed.kind == "method":
        show_method_preview(p, lang)
    elif parsed.kind in present.KIND_COLUMNS:
        show_rows_preview(p, parsed.kind, lang)
    else:
        show_figures_preview(p, lang)
    if not p["can_apply"]:
        st.info(T("nothing_new"))
        return
    note = st.text_area(T("note"), key="du_note", max_chars=500, height=80)
    if st.button(T("confirm"), type="primary", key="du_confirm", icon=":material/check:"):
        editor = auth.require_editor()  # the check on the server, right before the write
        try:
            # the stamp of the preview the editor saw: a revision applied since then makes it stale
            stamp = seen[1] if seen and seen[0] == parsed.sha256 else p["stamp"]
            done = rev.apply(parsed, by=editor, note=note or "", expect_stamp=stamp)
        except rev.RevisionError as exc:
            st.error(exc.message(lang), icon=":material/error:")
            return
        st.session_state.pop(PARSED, None)
        st.session_state.pop(SEEN, None)
        st.session_state.pop("du_note", None)
        st.session_state[UPLOAD_ROUND] = st.session_state.get(UPLOAD_ROUND, 0) + 1
        st.session_state[DONE] = done
        st.rerun()


def show_plan_preview(p: dict, lang: str) -> None:
    """A plan file: the plan (new, or the plan in force under its id and what changes, old → new), its
    targets, and their verdicts on the data in force."""
    plan = p["plan"]
    st.write(escape.markdown(plans_view.summary_line(plan, lang)))
    st.markdown(f"**{T('plan_status_' + p['plan_status'], id=escape.markdown(plan['id']))}**")
    for field, (old, new) in (p.get("plan_changes") or {}).items():
        st.caption(f"{T(f'pf_{field}')}: {escape.markdown(str(old))} → {escape.markdown(str(new))}")
    if p["target_changes"]:
        st.markdown(f"**{T('plan_changes_title', n=len(p['target_changes']))}**")
        ui.table(plans_view.changes_table(p["target_changes"], lang), hide_index=True)
    st.markdown(f"**{T('plan_targets_title', n=len(plan['targets']))}**")
    ui.table(plans_view.targets_table(plan, lang), hide_index=True)
    st.markdown(f"**{T('plan_verdicts_title')}**")
    labels = {k: T(f"pv_{k}") for k in ("target", "year", "goal", "verdict", "latest", "baseline", "source")}
    ui.table(words.plan_table(p["plan_verdicts"], lang, labels), hide_index=True)


def show_method_preview(p: dict, lang: str) -> None:
    """An index method: new, or the method in force under its id and what changes; its components with their
    scales and weights; whether a composite can be recomputed from them."""
    m = p["method"]
    end = m["year_to"] if m["year_to"] is not None else "…"
    st.markdown(f"**{T('method_status_' + p['status'], id=escape.markdown(m['id']), start=m['year_from'], end=end)}**")
    st.caption(escape.markdown(f"{m['name_vi']} · {m['source']}"))
    ui.table(present.method_table(p, lang), hide_index=True)
    st.caption(T("method_recompute" if p["can_recompute"] else "method_no_recompute"))


def show_rows_preview(p: dict, kind: str, lang: str) -> None:
    """Indicators, component scores, reference points or a region: new, changed (old → new) and unchanged rows (a
    region: and the rows in force its file no longer has)."""
    st.write(T("preview_lead", name=escape.markdown(p["file_name"]), rows=p["rows"], new=len(p["new"]),
               changed=len(p["changed"]), unchanged=len(p["unchanged"])))
    for which, old in (("new", False), ("changed", True), ("unchanged", False), ("removed", False)):
        if p.get(which):
            st.markdown(f"**{T(f'{which}_title', n=len(p[which]))}**")
            ui.table(present.kind_rows_table(kind, p[which], lang, old=old), hide_index=True)


def show_figures_preview(p: dict, lang: str) -> None:
    """A file of figures: new, changed (old → new) and unchanged rows, and the verdicts that would change."""
    st.write(T("preview_lead", name=escape.markdown(p["file_name"]), rows=p["rows"], new=len(p["new"]),
               changed=len(p["changed"]), unchanged=len(p["unchanged"])))
    for kind, old in (("new", False), ("changed", True), ("unchanged", False)):
        if p[kind]:
            st.markdown(f"**{T(f'{kind}_title', n=len(p[kind]))}**")
            ui.table(present.rows_table(p[kind], lang, old=old), hide_index=True)
    st.markdown(f"**{T('verdicts_title', n=len(p['verdicts_changed']))}**")
    if p["verdicts_changed"]:
        ui.table(present.verdicts_table(p["verdicts_changed"], lang), hide_index=True)
    else:
        st.caption(T("no_verdicts"))


def show_history(lang: str) -> None:
    """The revisions, a revision's rows, and the rollback (with a confirmation)."""
    st.header(T("history_title"))
    rolled = st.session_state.pop(ROLLED, None)
    if rolled:
        st.success(T("rolled_back", id=rolled), icon=":material/undo:")
    try:
        history = rev.history()
    except rev.RevisionError as exc:
        st.error(exc.message(lang))
        return
    if not history:
        st.caption(T("no_history"))
        return
    ui.table(present.history_table(history, lang), hide_index=True)
    ids = [h["id"] for h in history]
    pick = st.selectbox(T("pick_revision"), ids, key="du_pick")
    chosen = next(h for h in history if h["id"] == pick)
    try:
        rows = rev.revision_rows(pick)
    except rev.RevisionError as exc:
        st.error(exc.message(lang))
        return
    if chosen.get("kind") == "plan":  # a plan and its targets (rolling it back removes the plan)
        st.caption(T("history_plan", id=pick, plan=escape.markdown(rows[0].get("plan_name") or "")))
        ui.table(plans_view.stored_table(rows, lang), hide_index=True)
    elif chosen.get("kind") in present.KIND_COLUMNS:
        ui.table(present.kind_rows_table(chosen["kind"], rows, lang), hide_index=True)
    elif chosen.get("kind") == "method":
        ui.table(present.method_table({"method": present.stored_method(rows)}, lang), hide_index=True)
    else:
        ui.table(present.rows_table(rows, lang), hide_index=True)
    if chosen["status"] != "applied":
        return
    with st.popover(T("rollback", id=pick), icon=":material/undo:"):
        st.write(T("rollback_ask", id=pick))
        if st.button(T("rollback_yes", id=pick), type="primary", key=f"du_rollback_{pick}"):
            editor = auth.require_editor()  # the check on the server, right before the write
            try:
                rev.rollback(pick, by=editor)
            except rev.RevisionError as exc:
                st.error(exc.message(lang))
                return
            st.session_state[ROLLED] = pick
            st.rerun()

st.title(T("title"))
st.write(T("lead"))

if auth.current_editor() is None:
    auth.sign_in_form()
else:
    editor = auth.require_editor()  # the check on the server: nothing below runs without it
    with st.container(horizontal=True, vertical_alignment="center"):
        auth.signed_in_caption()
        auth.sign_out_button()

    lang = ui.lang()
    st.header(T("template_title"))
    with st.container(border=True, key="template_area"):
        st.caption(T("template_caption"))
        with st.container(horizontal=True):
            st.download_button(T("dl_xlsx"), revision_template.xlsx_bytes(lang), file_name="mau_nhap_so_lieu.xlsx",
                               mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                               key="dl_template_xlsx", icon=":material/download:", on_click="ignore")
            st.download_button(T("dl_csv"), revision_template.csv_bytes(), file_name="mau_nhap_so_lieu.csv",
                               mime="text/csv", key="dl_template_csv", icon=":material/download:", on_click="ignore")
            st.download_button(T("dl_allowed"), revision_template.allowed_csv_bytes(lang),
                               file_name="mau_nhap_so_lieu.indicators.csv", mime="text/csv",
                               key="dl_template_allowed", icon=":material/download:", on_click="ignore")
        st.caption(T("plan_template_caption"))
        with st.container(horizontal=True):
            st.download_button(T("dl_plan_xlsx"), revision_template.xlsx_bytes(lang, plan=True),
                               file_name="mau_nhap_ke_hoach.xlsx",
                               mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                               key="dl_plan_template_xlsx", icon=":material/download:", on_click="ignore")
            st.download_button(T("dl_plan_csv"), revision_template.plan_csv_bytes(), file_name="mau_nhap_ke_hoach.csv",
                               mime="text/csv", key="dl_plan_template_csv", icon=":material/download:",
                               on_click="ignore")
        st.caption(T("kind_template_caption"))  # the other file kinds: a CSV header each
        with st.container(horizontal=True):
            for kind in revision_template.OTHER_KINDS:
                st.download_button(T(f"dl_kind_{kind}"), revision_template.kind_csv_bytes(kind),
                                   file_name=f"mau_{kind}.csv", mime="text/csv", key=f"dl_kind_{kind}",
                                   icon=":material/download:", on_click="ignore")

    done = st.session_state.pop(DONE, None)
    if done and done.get("kind") == "plan":
        st.success(T("plan_applied", id=done["id"], plan=escape.markdown(done["plan_id"]), n=done["targets"]),
                   icon=":material/check_circle:")
    elif done:
        st.success(T("applied", id=done["id"], n=done["row_count"]), icon=":material/check_circle:")

    st.header(T("upload_title"))
    upload = uploads.file_upload(T("upload"), key=f"data_upload_{st.session_state.get(UPLOAD_ROUND, 0)}",
                                 types=["csv", "xlsx"], max_mb=MAX_UPLOAD_MB, help=T("upload_help"))
    if upload is not None:  # a file over the limit gets its message from the helper and comes back as None
        parsed = parsed_upload(upload.name, upload.getvalue())
        show_upload(parsed, lang)

    show_history(lang)
