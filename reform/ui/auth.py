"""Editors' sign-in, the Streamlit side: who is signed in, the form, sign-out, and the check every
editing function makes on the server.

The API::

    current_editor() -> str | None   # the signed-in editor's name, or None (an idle session expires here)
    sign_in_form() -> None           # the user-name/password form (or a note that no editor exists)
    sign_out_button() -> None        # a button that signs out
    require_editor() -> str          # the editor's name; otherwise an error message and st.stop()
    actor() -> saved.Actor           # who owns what this session saves: the editor, or the browser session

Hiding a widget is not the check: a page or callback that writes calls :func:`require_editor` (data
updates) or passes :func:`actor` to :mod:`reform.model.saved` (scenarios), which the store enforces.

Accounts are the ``[editors]`` table of Streamlit's secrets (``.streamlit/secrets.toml``, never in git;
``python -m reform add-editor NAME`` writes one): ``"name" = "<argon2id hash>"``. The rules (hashes, the
limit on failed sign-ins, the idle timeout) are :mod:`reform.model.editors`; every sign-in, failure,
refusal, sign-out and expiry goes to the sign-in log in the state store. The platform's OIDC sign-in
(``st.login``) is not used: see README, "Editors".
"""
from __future__ import annotations

import math
import secrets as _random
from datetime import datetime, timezone

import streamlit as st

from reform.i18n import auth as text
from reform.i18n import escape
from reform.i18n import tr
from reform.model import editors
from reform.model import saved
from reform.store import sign_in_log
from reform.store.base import StoreError
from reform.ui import state

EDITOR = "auth_editor"          # the signed-in editor's name
LAST_SEEN = "auth_last_seen"    # epoch seconds of the session's last run while signed in
NOTICE = "auth_notice"          # "expired" or "signed_out": said once on the next sign-in form
OWNER_TOKEN = "owner_token"     # a viewer session's opaque owner token (scenarios it saved)


def _now() -> datetime:
    """The clock (tests move it)."""
    return datetime.now(timezone.utc)


def _T(key: str, **fmt) -> str:
    # the page's language, read as components.lang reads it (components imports the shell, which imports this)
    return tr(text.TEXT, key, state.get(st, "lang"), **fmt)


def _accounts() -> dict[str, str]:
    try:
        table = st.secrets.get(editors.SECTION)
    except Exception:  # noqa: BLE001 - no secrets file, or one Streamlit cannot parse: no editors
        return {}
    return editors.accounts({editors.SECTION: table}) if table else {}


def _client() -> str:
    try:
        headers = dict(st.context.headers or {})
        ip = st.context.ip_address
    except Exception:  # noqa: BLE001 - no request context (a bare script run)
        headers, ip = {}, None
    # a string or nothing (AppTest's context gives a mock object, a new one per run: every attempt would
    # count as a new client and the pair's limit would never be reached)
    return editors.client_key(headers, ip if isinstance(ip, str) else None)


def _log(name: str, outcome: str) -> None:
    try:
        sign_in_log.record(name, _client(), outcome, at=_now())
    except StoreError:
        pass  # a sign-out or expiry happens all the same; sign-ins refuse when the log fails (below)


def _end(outcome: str) -> None:
    name = st.session_state.pop(EDITOR, None)
    st.session_state.pop(LAST_SEEN, None)
    if name:
        _log(name, outcome)
        st.session_state[NOTICE] = "expired" if outcome == "expired" else "signed_out"


def current_editor() -> str | None:
    """The signed-in editor's name, or None.

    A session idle for longer than the timeout (``REFORM_EDITOR_IDLE_MINUTES``, default 30) is signed
    out here (logged as ``expired``), as is one whose account was removed from the secrets; otherwise
    the call counts as activity (the shell calls it on every run, so any interaction keeps it alive).
    """
    name = st.session_state.get(EDITOR)
    if not name:
        return None
    now = _now().timestamp()
    last = st.session_state.get(LAST_SEEN)
    if not isinstance(last, (int, float)) or now - last > editors.idle_timeout().total_seconds():
        _end("expired")
        return None
    if name not in _accounts():
        _end("sign_out")
        return None
    st.session_state[LAST_SEEN] = now
    return name


def require_editor() -> str:
    """The signed-in editor's name; otherwise an error message and the run stops (nothing below runs).

    Call it before any write of an editing function, in the page and in callbacks: it is the check,
    whatever the page shows or hides.
    """
    name = current_editor()
    if name is None:
        st.error(_T("need_editor"), icon=":material/lock:")
        st.stop()
    return name


def actor() -> saved.Actor:
    """Who owns what this session saves: the signed-in editor, else this browser session (a random token
    kept in the session state, never shown or put in a link)."""
    name = current_editor()
    if name:
        return saved.Actor.for_editor(name)
    token = st.session_state.get(OWNER_TOKEN)
    if not token:
        token = st.session_state[OWNER_TOKEN] = _random.token_urlsafe(24)
    return saved.Actor.for_session(token)


def _sign_in(name: str, password: str) -> str:
    """One attempt: "ok", "failed", "locked", "throttled", "empty" or "log_unavailable"."""
    if not name.strip() or not password:
        return "empty"
    try:
        outcome = editors.attempt(_accounts(), name, password, _client(), now=_now())
    except StoreError:
        return "log_unavailable"  # no log, no limit: refuse rather than allow unlimited guesses
    if outcome == "ok":
        st.session_state[EDITOR] = editors.normalise_name(name)
        st.session_state[LAST_SEEN] = _now().timestamp()
        st.session_state.pop(NOTICE, None)
    return outcome


def sign_in_form() -> None:
    """The sign-in form (user name, password); on success the run starts again signed in."""
    st.header(_T("sign_in_title"))
    st.caption(_T("sign_in_lead"))
    notice = st.session_state.pop(NOTICE, None)
    if notice:
        (st.warning if notice == "expired" else st.info)(_T(notice))
    if not _accounts():
        st.info(_T("no_editors"))
        return
    # enter_to_submit=False: no "Press Enter to submit form" in English under the fields (the button submits)
    with st.form("sign_in_form", clear_on_submit=True, enter_to_submit=False):  # the password does not stay
        name = st.text_input(_T("user_name"), key="sign_in_name", autocomplete="username", max_chars=80)
        password = st.text_input(_T("password"), key="sign_in_password", type="password",
                                 autocomplete="current-password", max_chars=200)
        submitted = st.form_submit_button(_T("sign_in"), type="primary")
    if not submitted:
        return
    outcome = _sign_in(name, password)
    if outcome == "ok":
        st.rerun()
    minutes = int(editors.WINDOW.total_seconds() // 60)
    wait = 0
    if outcome == "throttled":
        try:
            wait = math.ceil(editors.throttle_wait(name, _client(), now=_now()))
        except StoreError:
            wait = int(editors.THROTTLE.total_seconds())
    # every outcome but "ok" has its message (the keys written out, so the catalog check sees them)
    message = {"failed": "failed", "locked": "locked", "throttled": "throttled", "empty": "empty",
               "log_unavailable": "log_unavailable"}[outcome]
    st.error(_T(message, n=editors.MAX_FAILURES, minutes=minutes, seconds=int(editors.THROTTLE.total_seconds()),
                wait=max(wait, 1)), icon=":material/error:")


def _sign_out() -> None:
    _end("sign_out")


def sign_out_button() -> None:
    """A button that signs the editor out (logged)."""
    st.button(_T("sign_out"), key="sign_out", on_click=_sign_out, icon=":material/logout:")


def signed_in_caption() -> None:
    """'Signed in as NAME' (plain text) and the idle rule, for the page of a signed-in editor."""
    name = current_editor()
    if name:
        minutes = int(editors.idle_timeout().total_seconds() // 60)
        st.caption(f"{_T('signed_in_as', name=escape.markdown(name))} · {_T('idle_note', minutes=minutes)}", unsafe_allow_html=False)
