"""The dashboard's shell: data check, language, navigation, presentation mode; then the chosen page.

``app.py`` calls :func:`main` on every run. A page calls :func:`reform.ui.components.page_guard`
first, which calls :func:`main` when the page was started without it (see there).
"""
from __future__ import annotations

import base64
import gc
import time
from pathlib import Path

import streamlit as st

from reform import paths
from reform.data import build
from reform.data import db
from reform.ui import a11y
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
#: The tab's icon, carried by the page itself (a Material icon as page_icon is fetched from
#: fonts.gstatic.com, which a provincial intranet may not reach): a data URL of the 274-byte PNG, read
#: once (as a file, Streamlit read it and registered it as a media file on every run).
ICON = "data:image/png;base64," + base64.b64encode((Path(__file__).parent / "assets" / "favicon.png").read_bytes()).decode()
#: Where a session keeps its navigation's pages (:func:`_pages`).
NAV_PAGES = "_nav_pages"
#: Set once this process has frozen its long-lived objects (:func:`_settle`).
_settled = False


#: How often (seconds) a process looks whether the data must be built again (a source changed, a file is
#: missing): the look lists and stats every source file and reads the build record, a few milliseconds
#: that every page's run paid. Within this time of a look that found the data ready, a run trusts it.
DATA_CHECK_S = 1.0
_ready: dict = {}


def _data_ready() -> str | None:
    """Build the data if needed and open it; return an error detail instead of raising.

    A missing or stale file is rebuilt; a corrupt one is rebuilt once from the sources. Looked at no more
    than every :data:`DATA_CHECK_S` per data folder while the data is ready.
    """
    data_dir, now = paths.DATA_DIR, time.monotonic()  # read each run: tests point it elsewhere
    if _ready.get("dir") is data_dir and now - _ready["at"] < DATA_CHECK_S:
        return None
    _ready.clear()
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
    _ready.update(dir=data_dir, at=now)
    return None


def _pages(lang: str) -> list:
    """The navigation's pages with their titles in ``lang``, made once per session and language (making a
    page resolves its file's path on the disk, a millisecond a run for the eleven)."""
    held = st.session_state.get(NAV_PAGES)
    if held is None or held[0] != lang:
        pages = [st.Page(path, title=tr(common.TEXT, key, lang), icon=icon, default=(i == 0),
                         url_path=(DEFAULT_ALIAS if i == 0 else path[6:-3]))
                 for i, (path, key, icon) in enumerate(PAGES)]
        first, key, icon = PAGES[0]
        pages.append(st.Page(first, title=tr(common.TEXT, key, lang), icon=icon, url_path=first[6:-3],
                             visibility="hidden"))
        held = st.session_state[NAV_PAGES] = (lang, pages)
    return held[1]


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
    nav = st.navigation(_pages(lang))

    with st.sidebar:
        st.markdown(f"**{tr(common.TEXT, 'app_title', lang)}**")
        st.caption(tr(common.TEXT, "app_subtitle", lang))
        state.radio_lang(st, tr(common.TEXT, "language", lang))
        state.toggle_present(st, tr(common.TEXT, "present", lang))
        auth.signed_in_caption()  # every run counts as an editor's activity (the idle timeout)

    styles.apply(st, state.presenting(st))
    a11y.apply(st, lang, nav.title)  # the page's title, <html lang>, skip link, focus ring, live region

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
    _settle()


def _settle() -> None:
    """After the process's first complete run (every library imported, the data open, the first page's
    cache filled): one full garbage collection, then freeze what survives (``gc.freeze``), so that later
    collections of the oldest generation no longer walk the ~150 000 long-lived objects of pandas, Altair,
    DuckDB and Streamlit. Such a collection came every 20-30 reruns and added 100-150 ms to the rerun it
    fell in (a slider's answer among them). Objects frozen are still freed when nothing refers to them."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.collect()
    gc.freeze()
