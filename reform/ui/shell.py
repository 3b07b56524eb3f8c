"""The dashboard's shell: data check, language, navigation, presentation mode; then the chosen page.

``app.py`` calls :func:`main` on every run. A page calls :func:`reform.ui.components.page_guard`
first, which calls :func:`main` when the page was started without it (see there).
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from reform.data import build
from reform.data import db
from reform.ui import auth
from reform.ui import state
from reform.ui import styles
from reform.i18n import common, tr

PAGES = [
    ("pages/overview.py", "page_overview", ":material/home:"),
    ("pages/pci.py", "page_pci", ":material/trending_up:"),
    ("pages/peers.py", "page_peers", ":material/groups:"),
    ("pages/par_index.py", "page_par", ":material/account_balance:"),
    ("pages/one_stop.py", "page_one_stop", ":material/inbox:"),
    ("pages/targets.py", "page_targets", ":material/flag:"),
    ("pages/projects.py", "page_projects", ":material/payments:"),
    ("pages/statistics.py", "page_statistics", ":material/bar_chart:"),
    ("pages/scenarios.py", "page_scenarios", ":material/tune:"),
    ("pages/data_sources.py", "page_data", ":material/dataset:"),
    ("pages/data_updates.py", "page_data_updates", ":material/upload_file:"),
]

#: Set while the shell runs the chosen page (``components.page_guard`` reads it).
ROUTED = "_routed_by_app"
#: The default page's own url_path (it is served at "/"); its file name is routed by a hidden entry.
DEFAULT_ALIAS = "home"
#: The tab's icon, served by the dashboard itself (a Material icon as page_icon is fetched from
#: fonts.gstatic.com, which a provincial intranet may not reach).
ICON = Path(__file__).parent / "assets" / "favicon.png"


def _data_ready() -> str | None:
    """Build the data if needed and open it; return an error detail instead of raising.

    A missing or stale file is rebuilt; a corrupt one is rebuilt once from the sources.
    """
    try:
        build.ensure_built()
        try:
            db.connection()
        except db.DataError:
            build.build()
            db.reset()
            db.connection()
    except (build.BuildError, db.DataError) as exc:
        return str(exc)
    except OSError as exc:  # e.g. a data folder that cannot be written
        return f"{type(exc).__name__}: {exc.strerror or exc}"
    return None


def main() -> None:
    """One run of the dashboard: check the data, draw the sidebar, run the chosen page, write the link."""
    st.set_page_config(page_title="CCHC & PCI Lai Châu", page_icon=ICON, layout="wide",
                       initial_sidebar_state="auto")
    problem = _data_ready()
    if problem:
        lang = st.query_params.get("lang", "vi")
        lang = lang if lang in ("vi", "en") else "vi"
        st.title(tr(common.TEXT, "data_error_title", lang))
        st.error(tr(common.TEXT, "data_error_body", lang, detail=problem[:300]))
        st.stop()

    state.init(st)
    lang = state.get(st, "lang")

    # The URL path of a page is its file name: a first request may reach a page before the shell has
    # run (see page_guard), and Streamlit then resolves it by file name, so the two must agree.
    # The default page is served at the root only (its own url_path is not routed), so a link to
    # /overview needs a second, hidden entry for the same file; the default's own path, which must
    # differ from it, is an alias nobody links to.
    pages = [st.Page(path, title=tr(common.TEXT, key, lang), icon=icon, default=(i == 0),
                     url_path=(DEFAULT_ALIAS if i == 0 else path[6:-3]))
             for i, (path, key, icon) in enumerate(PAGES)]
    first, key, icon = PAGES[0]
    pages.append(st.Page(first, title=tr(common.TEXT, key, lang), icon=icon, url_path=first[6:-3],
                         visibility="hidden"))
    nav = st.navigation(pages)

    with st.sidebar:
        st.markdown(f"**{tr(common.TEXT, 'app_title', lang)}**")
        st.caption(tr(common.TEXT, "app_subtitle", lang))
        state.radio_lang(st, tr(common.TEXT, "language", lang))
        state.toggle_present(st, tr(common.TEXT, "present", lang))
        auth.signed_in_caption()  # every run counts as an editor's activity (the idle timeout)

    styles.apply(st, state.presenting(st))

    warnings = st.session_state.get(state.WARNINGS)
    if warnings:
        key = "old_link" if st.session_state.get(state.OLD_LINK) else "warning_params"
        st.warning(tr(common.TEXT, key, lang, items=", ".join(f"`{w}`" for w in warnings[:8])))

    st.session_state[ROUTED] = True
    try:
        nav.run()
    finally:
        st.session_state[ROUTED] = False
    state.sync_url(st)
