"""The scenario's state in a session: slider values that survive page switches and travel in the URL.

The current scenario lives in ``st.session_state["scn"]`` (only the values that differ from the
defaults); widgets are drawn from it and write back to it, so a value survives moving to another
page and back. After each run the non-default values are written to the URL, so a copied link
reopens the scenario. The parameters themselves (ranges, defaults, link format) are
:mod:`reform.model.params`.

Widget state is kept by meaning, never by label (:func:`bound`). Streamlit keeps a select widget's
value (select-slider, selectbox, pills, multiselect) in the browser as the *label* of the chosen
option and sends that label back with every rerun; a widget whose labels changed (the language
switched: "6,78" became "6.78"; the data changed a label) would find no option for it and fall
back to its first one. So a widget's key carries a signature of its labels: when they change, it
is a new widget, drawn with the value kept by meaning (the scenario store, or :data:`CHOICES` for a
page's own choices), and the old widget's state is dropped. A value changed by code (a reset, a
scenario opened, a preset) likewise draws a new widget (a generation in the key), so no browser
keeps an old value beside the new one.
"""
from __future__ import annotations

import zlib
from collections.abc import Callable, Mapping, Sequence

from reform.data import db
from reform.i18n.fmt import fmt_number
from reform.model.params import (  # noqa: F401 - re-exported for the pages
    LINK_VERSION, OLD_LINK, STORE, UI_KEYS, WARNINGS, link_query, params, read_link,
)


#: The plan the verdicts judge against travels in the URL as ``plan=<id>`` (absent: Decision 688).
PLAN_PARAM, PLAN_KEY, PLAN_DEFAULT = "plan", "plan_chosen", "688"


# --- Streamlit glue ----------------------------------------------------------------------

#: A page's own choices that are not part of the scenario (the table shown, the target in detail …),
#: by meaning: ``st.session_state[CHOICES][key]``.
CHOICES = "ui_choices"
#: Per meaning, how often code (not the widget itself) changed its value: part of the widget's key.
_GENERATION = "ui_generation"


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
    store = st.session_state.get(STORE, {})
    return store[key] if key in store else params()[key].default


def _store(st, key: str, value) -> None:
    store = st.session_state.setdefault(STORE, {})
    if value == params()[key].default:
        store.pop(key, None)
    else:
        store[key] = value


def renew(st, key: str) -> None:
    """The value of meaning ``key`` was changed by code: its next widget is a new one showing it."""
    generations = st.session_state.setdefault(_GENERATION, {})
    generations[key] = generations.get(key, 0) + 1


def set_value(st, key: str, value) -> None:
    """Set a scenario value from code (removing it from the store when it is the default); the widget
    that shows it is drawn anew with it."""
    _store(st, key, value)
    renew(st, key)


def widget_key(st, key: str, labels: Sequence[str], signature: int | None = None) -> str:
    """The key of the widget showing meaning ``key`` with the option ``labels``: ``w_<key>~<signature>``,
    the signature changing with the labels and with every change of the value by code (``signature``:
    :func:`label_signature` of the labels, when the caller has it already)."""
    generation = st.session_state.get(_GENERATION, {}).get(key, 0)
    signature = label_signature(labels) if signature is None else signature
    return f"w_{key}~{signature:08x}g{generation}"


def label_signature(labels: Sequence[str]) -> int:
    """The signature of a widget's option labels in its key (:func:`widget_key`)."""
    return zlib.crc32("\x1f".join(labels).encode("utf-8"))


def meaning(widget_key_: str) -> str:
    """The meaning key of a widget key made by :func:`widget_key` (``w_pci_land~1a2b3c4dg0`` → ``pci_land``)."""
    return widget_key_.removeprefix("w_").split("~", 1)[0]


#: How each kind of select widget takes its initial value.
_INITIAL = {
    "select_slider": lambda values, v: {"value": v},
    "selectbox": lambda values, v: {"index": values.index(v)},
    "segmented_control": lambda values, v: {"default": v},
    "pills": lambda values, v: {"default": v},
    "multiselect": lambda values, v: {"default": list(v)},
}


def bound(st, kind: str, key: str, label: str, options: Mapping, *, value, on_set: Callable, shown=None,
          container=None, labels: tuple[Sequence[str], int] | None = None, **kwargs):
    """The select widget ``kind`` (``select_slider``, ``selectbox``, ``segmented_control``, ``pills`` or
    ``multiselect``) for meaning ``key``: ``options`` maps each value to its label, ``value`` is the
    value kept by meaning (a list for a multiselect) and ``on_set(new)`` keeps the user's choice.
    ``shown`` (a subset of the options, in order) limits what is offered without changing the widget's
    identity. ``labels``: the options' labels made distinct and their signature, where the caller has them
    already (a slider's, made once per language). Returns the widget's value."""
    distinct, signature = labels if labels is not None else (
        _distinct([str(x) for x in options.values()]), None)
    wkey = widget_key(st, key, distinct, signature)
    by_value = dict(zip(options, distinct))
    values = list(shown if shown is not None else options)

    def _changed() -> None:
        on_set(st.session_state.get(wkey))

    return getattr(container or st, kind)(
        label, options=values, key=wkey, format_func=by_value.__getitem__, on_change=_changed,
        **_INITIAL[kind](values, value), **kwargs)


def _distinct(labels: list[str]) -> list[str]:
    """The labels, a repeated one numbered (" (2)", " (3)" …): the browser tells options apart by label, so
    two scenarios of the same name must not share one."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return out


def choice(st, key: str, default):
    """The value a page's own choice ``key`` holds (``default`` until someone chose)."""
    return st.session_state.get(CHOICES, {}).get(key, default)


def choose(st, kind: str, key: str, label: str, options: Mapping, *, default, container=None, **kwargs):
    """A page's own choice (not part of the scenario) as the select widget ``kind``, kept by meaning for the
    session (a language switch, another page and back keep it). A value no longer among ``options`` (the
    data changed) gives ``default``. Returns the chosen value."""
    current = choice(st, key, default)
    if kind == "multiselect":
        current = [v for v in current if v in options]
    elif current not in options:
        current = default

    def _keep(new) -> None:
        st.session_state.setdefault(CHOICES, {})[key] = default if new is None else new

    out = bound(st, kind, key, label, options, value=current, on_set=_keep, container=container, **kwargs)
    return current if out is None else out


def slider(st, key: str, label: str, lang: str, decimals: int = 2, help: str | None = None,
           suffix: str = "", container=None, scale: float = 1.0, upper: float | None = None):
    """A select-slider bound to scenario value ``key``, labels in the page's number format.

    ``upper`` caps the options (e.g. what the other values leave of an index's maximum); the current
    value is always offered. Presentation mode draws the same slider (staff move it in front of the
    room; ``styles.PRESENT`` makes it large), with the same key, so switching the mode keeps its value.
    """
    options, labels, distinct = _options(key, lang, decimals, suffix, scale)
    current = get(st, key)
    shown = None
    if upper is not None:
        shown = [o for o in options if o <= upper + 1e-9 or o == current]
    return bound(st, "select_slider", key, label, labels, value=current, shown=shown, container=container,
                 help=help, on_set=lambda v: _store(st, key, v), labels=distinct)


@db.memo
def _options(key: str, lang: str, decimals: int, suffix: str, scale: float) -> tuple[list, dict, tuple[tuple, int]]:
    """A slider's options, their labels in the language, shown × ``scale``, and those labels made distinct
    with their signature (:func:`bound`): formatted once, not on every run."""
    options = params()[key].options()
    labels = {v: fmt_number(scale * v, lang, decimals) + suffix for v in options}
    distinct = tuple(_distinct(list(labels.values())))  # shared by every session: read-only
    return options, labels, (distinct, label_signature(distinct))


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
    """The language switch; it keeps the page and every scenario value (deselecting the chosen
    language keeps it, drawn anew)."""
    def _set(value) -> None:
        if value:
            _store(st, "lang", value)
        else:
            renew(st, "lang")

    return bound(st, "segmented_control", "lang", label, {"vi": "Tiếng Việt", "en": "English"},
                 value=get(st, "lang"), on_set=_set)


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
            renew(st, k)
    return dropped + ignored


def toggle_present(st, label: str) -> None:
    """The presentation-mode switch."""
    wkey = "w_present"
    st.session_state[wkey] = presenting(st)
    st.toggle(label, key=wkey, on_change=lambda: _store(st, "present", "1" if st.session_state[wkey] else "0"))


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

    def _keep(value) -> None:
        st.session_state[PLAN_KEY] = value or PLAN_DEFAULT

    bound(st, "selectbox", "plan", label, options, value=wanted, on_set=_keep, help=help)
    return st.session_state[PLAN_KEY], unknown
