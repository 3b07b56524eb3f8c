"""The scenario's state in a session: slider values that survive page switches and travel in the URL.

The current scenario lives in ``st.session_state["scn"]`` (only the values that differ from the
defaults); widgets are drawn from it and write back to it, so a value survives moving to another
page and back. After each run the non-default values are written to the URL, so a copied link
reopens the scenario. The parameters themselves (ranges, defaults, link format) are
:mod:`reform.model.params`.
"""
from __future__ import annotations

from reform.data import db
from reform.i18n.fmt import fmt_number
from reform.model.params import (  # noqa: F401 - re-exported for the pages
    LINK_VERSION, OLD_LINK, STORE, UI_KEYS, WARNINGS, link_query, params, read_link,
)


#: The plan the verdicts judge against travels in the URL as ``plan=<id>`` (absent: Decision 688).
PLAN_PARAM, PLAN_KEY, PLAN_DEFAULT = "plan", "plan_chosen", "688"


# --- Streamlit glue ----------------------------------------------------------------------

def init(st) -> None:
    """On a session's first run, take the scenario from the URL (with warnings for bad values)."""
    if STORE in st.session_state:
        return
    raw = {k: st.query_params.get(k) for k in st.query_params.keys()}
    plan = raw.pop(PLAN_PARAM, None)  # the plan judged against: checked by the page that offers the choice
    st.session_state[PLAN_KEY] = str(plan)[:60] if plan else PLAN_DEFAULT
    values, ignored = read_link(raw)
    st.session_state[STORE] = values
    st.session_state[WARNINGS] = ignored
    version = raw.get("v")
    st.session_state[OLD_LINK] = bool(ignored) and version is not None and version != LINK_VERSION


def get(st, key: str):
    """The scenario's current value for ``key``."""
    return st.session_state.get(STORE, {}).get(key, params()[key].default)


def set_value(st, key: str, value) -> None:
    """Set a scenario value (removing it from the store when it is the default)."""
    store = st.session_state.setdefault(STORE, {})
    if value == params()[key].default:
        store.pop(key, None)
    else:
        store[key] = value
    st.session_state.pop(f"w_{key}", None)


def _copy(st, key: str) -> None:
    set_value(st, key, st.session_state[f"w_{key}"])
    st.session_state[f"w_{key}"] = get(st, key)


def slider(st, key: str, label: str, lang: str, decimals: int = 2, help: str | None = None,
           suffix: str = "", container=None, scale: float = 1.0, upper: float | None = None):
    """A select-slider bound to scenario value ``key``, labels in the page's number format.

    ``upper`` caps the options (e.g. what the other values leave of an index's maximum); the current
    value is always offered. In presentation mode no slider is drawn (the room sees results, not
    controls); the value is returned all the same.
    """
    if presenting(st):
        return get(st, key)
    wkey = f"w_{key}"
    if wkey not in st.session_state:
        st.session_state[wkey] = get(st, key)
    target = container or st
    options, labels = _options(key, lang, decimals, suffix, scale)
    if upper is not None:
        current = st.session_state[wkey]
        options = [o for o in options if o <= upper + 1e-9 or o == current]
    return target.select_slider(
        label, options=options, key=wkey, help=help, format_func=labels.__getitem__,
        on_change=_copy, args=(st, key),
    )


@db.memo
def _options(key: str, lang: str, decimals: int, suffix: str, scale: float) -> tuple[list, dict]:
    """A slider's options and their labels in the language, shown × ``scale`` (formatted once,
    not on every run)."""
    options = params()[key].options()
    return options, {v: fmt_number(scale * v, lang, decimals) + suffix for v in options}


def reset(st, keys) -> None:
    """Put the given scenario values back to their defaults."""
    for key in keys:
        set_value(st, key, params()[key].default)


def sync_url(st) -> None:
    """Write the current scenario to the URL so that a copied link reopens it."""
    query = link_query(st.session_state.get(STORE, {}))
    plan = st.session_state.get(PLAN_KEY, PLAN_DEFAULT)
    if plan != PLAN_DEFAULT:
        query[PLAN_PARAM] = plan
    if dict(st.query_params.to_dict()) != query:
        st.query_params.from_dict(query)


def values(st, prefix: str) -> dict:
    """All current values whose key starts with ``prefix``, keyed without it."""
    return {k.removeprefix(prefix): get(st, k) for k in params() if k.startswith(prefix)}


def radio_lang(st, label: str) -> str:
    """The language switch; it keeps the page and every scenario value."""
    wkey = "w_lang"
    if wkey not in st.session_state:
        st.session_state[wkey] = get(st, "lang")
    return st.segmented_control(label, options=["vi", "en"], key=wkey,
                                format_func=lambda v: {"vi": "Tiếng Việt", "en": "English"}[v],
                                on_change=_copy_lang, args=(st,))


def _copy_lang(st) -> None:
    value = st.session_state.get("w_lang") or get(st, "lang")  # deselecting keeps the language
    set_value(st, "lang", value)
    st.session_state["w_lang"] = value


def presenting(st) -> bool:
    """True in presentation mode."""
    return get(st, "present") == "1"


def scenario_values(st) -> dict:
    """The current scenario: every non-default value except the viewer's own (language, mode)."""
    return {k: v for k, v in st.session_state.get(STORE, {}).items() if k not in UI_KEYS}


def load(st, values: dict) -> list[str]:
    """Replace the scenario's values (keeping language and mode); return the keys dropped as invalid."""
    spec = params()
    query = {}
    dropped = []
    for k, v in values.items():
        if k in spec and k not in UI_KEYS:
            try:
                query[k] = spec[k].to_url(v)
            except (TypeError, ValueError):
                dropped.append(k)
        else:
            dropped.append(k)
    accepted, ignored = read_link(query)
    keep = {k: v for k, v in st.session_state.get(STORE, {}).items() if k in UI_KEYS}
    st.session_state[STORE] = {**keep, **accepted}
    for k in spec:
        if k not in UI_KEYS:
            st.session_state.pop(f"w_{k}", None)
    return dropped + ignored


def toggle_present(st, label: str) -> None:
    """The presentation-mode switch."""
    wkey = "w_present"
    st.session_state[wkey] = presenting(st)
    st.toggle(label, key=wkey, on_change=lambda: set_value(st, "present", "1" if st.session_state[wkey] else "0"))


def share_url(st, values: dict | None = None) -> str:
    """A link that reopens the current scenario (every value, the language too) on the current page;
    with ``values``, a link that opens that scenario instead (in the current language)."""
    from urllib.parse import urlencode, urlsplit, urlunsplit

    current = st.session_state.get(STORE, {})
    chosen = current if values is None else {**values, **({"lang": current["lang"]} if "lang" in current else {})}
    query = urlencode(link_query(chosen))
    try:
        url = st.context.url or ""
    except Exception:  # noqa: BLE001 - no browser context (tests): a relative link
        url = ""
    if not url:
        return f"?{query}"
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def plan_choice(st, label: str, options: dict[str, str], help: str | None = None) -> tuple[str, str | None]:
    """The plan to judge against, as a selectbox of ``options`` ({id: label}, Decision 688 first), kept in
    the session and the URL (``plan=<id>``). Returns (chosen id, the unknown id asked for or None): a plan
    id that is not among the options (a link to a plan since rolled back, a mistyped id) falls back to
    Decision 688, and the page says so."""
    wanted = st.session_state.get(PLAN_KEY, PLAN_DEFAULT)
    unknown = None
    if wanted not in options:
        unknown, wanted = wanted, PLAN_DEFAULT
        st.session_state[PLAN_KEY] = PLAN_DEFAULT
        st.session_state.pop("w_plan", None)
    if st.session_state.get("w_plan") not in options:
        st.session_state["w_plan"] = wanted

    def _copy_plan() -> None:
        st.session_state[PLAN_KEY] = st.session_state.get("w_plan") or PLAN_DEFAULT

    st.selectbox(label, list(options), key="w_plan", format_func=options.get, on_change=_copy_plan, help=help)
    return st.session_state[PLAN_KEY] if st.session_state[PLAN_KEY] in options else PLAN_DEFAULT, unknown
