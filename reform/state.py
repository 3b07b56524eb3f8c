"""The scenario's state: slider values that survive page switches and travel in the URL.

Every what-if value is a :class:`Param` with a URL key, a range and a default
taken from the data. The current scenario lives in ``st.session_state["scn"]``
(only the values that differ from the defaults); widgets are drawn from it and
write back to it, so a value survives moving to another page and back. After
each run the non-default values are written to the URL, so a copied link
reopens the scenario.

A link's parameters are validated one by one: an unknown key, a wrong type, an
out-of-range or overlong value gives a short warning and the default. Nothing
from the URL is rendered as markup or reaches SQL.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from reform import scenario
from reform.fmt import fmt_number

#: Version of the link format; links without it (or with an older one) still open.
LINK_VERSION = "1"
MAX_VALUE_LEN = 40
STORE = "scn"
WARNINGS = "scn_warnings"
OLD_LINK = "scn_old_link"
_SAFE_KEY = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")


@dataclass(frozen=True)
class Param:
    """One scenario value: URL key, kind, range, grid and default."""

    key: str
    kind: str  # "float" | "choice"
    default: float | str | int
    lo: float = 0.0
    hi: float = 0.0
    step: float = 0.0
    choices: tuple = field(default_factory=tuple)
    #: True: the grid runs through the default (a score: "+1" is exact); False: a round grid
    #: (multiples of ``step``) with the default added (a pace: 2.0 per year is offered).
    anchored: bool = True

    def options(self) -> list:
        """The values a slider offers within ``[lo, hi]``, the default always among them."""
        if self.kind == "choice":
            return list(self.choices)
        d = float(self.default)
        if not self.anchored:
            n = int(round((self.hi - self.lo) / self.step))
            grid = {round(self.lo + k * self.step, 4) for k in range(n + 1)}
            return sorted(grid | {round(d, 4)})
        below = int(math.floor((d - self.lo) / self.step + 1e-9))
        above = int(math.floor((self.hi - d) / self.step + 1e-9))
        return [round(d + k * self.step, 4) for k in range(-below, above + 1)]

    def snap(self, value: float) -> float:
        """The option nearest to ``value``."""
        opts = self.options()
        return min(opts, key=lambda o: abs(o - value))

    def parse(self, text: str):
        """The value of a URL parameter; raises ValueError if it is not acceptable."""
        if len(text) > MAX_VALUE_LEN:
            raise ValueError("too long")
        if self.kind == "choice":
            for c in self.choices:
                if str(c) == text:
                    return c
            raise ValueError("not one of the choices")
        value = float(text)  # ValueError for words, script text, empty strings
        if not math.isfinite(value) or value < self.lo - 1e-9 or value > self.hi + 1e-9:
            raise ValueError("out of range")
        return self.snap(value)

    def to_url(self, value) -> str:
        """The value as written in a link (a plain dot decimal, no grouping)."""
        if self.kind == "choice":
            return str(value)
        return f"{float(value):.4f}".rstrip("0").rstrip(".")


@lru_cache(maxsize=1)
def params() -> dict[str, Param]:
    """Every scenario value the dashboard knows, keyed by its URL key."""
    out: dict[str, Param] = {
        "lang": Param("lang", "choice", "vi", choices=("vi", "en")),
        "present": Param("present", "choice", "0", choices=("0", "1")),
    }
    for sub, score in scenario.pci_base_scores().items():
        out[f"pci_{sub}"] = Param(f"pci_{sub}", "float", round(score, 2), 1.0, 10.0, 0.1)
    years = tuple(int(y) for y in scenario.pci_reference_years()["year"])
    out["pci_ref"] = Param("pci_ref", "choice", scenario.default_reference_year(), choices=years)
    for area, score in scenario.par_base_scores().items():
        hi = 40.0 if area == "impact" else 20.0
        out[f"par_{area}"] = Param(f"par_{area}", "float", round(score, 2), 0.0, hi, 0.25)
    for target_id, (pace, _) in scenario.default_paces().items():
        unit = "rank" if target_id.endswith("_rank") else "%"
        lo, hi, step = (-6.0, 6.0, 0.1) if unit == "rank" else (-10.0, 30.0, 0.25)
        out[f"pace_{target_id}"] = Param(f"pace_{target_id}", "float", round(pace, 4), lo, hi, step,
                                         anchored=False)
    out["pace_factor"] = Param("pace_factor", "float", 1.0, 0.0, 2.0, 0.05, anchored=False)
    return out


def read_link(query: dict[str, str]) -> tuple[dict, list[str]]:
    """Validate a link's parameters: (accepted non-default values, keys ignored with a reason)."""
    spec = params()
    values: dict = {}
    ignored: list[str] = []
    for key, text in query.items():
        if key == "v":
            continue
        shown = key if _SAFE_KEY.match(key) else "?"
        param = spec.get(key)
        if param is None:
            ignored.append(shown)
            continue
        try:
            value = param.parse(str(text))
        except (ValueError, TypeError):
            ignored.append(shown)
            continue
        if value != param.default:
            values[key] = value
    return values, ignored


def link_query(values: dict) -> dict[str, str]:
    """The URL parameters for a scenario (only non-default values, plus the link version)."""
    spec = params()
    out = {"v": LINK_VERSION}
    for key, value in sorted(values.items()):
        if key in spec and value != spec[key].default:
            out[key] = spec[key].to_url(value)
    return out


# --- Streamlit glue ----------------------------------------------------------------------

def init(st) -> None:
    """On a session's first run, take the scenario from the URL (with warnings for bad values)."""
    if STORE in st.session_state:
        return
    raw = {k: st.query_params.get(k) for k in st.query_params.keys()}
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
           suffix: str = "", container=None, scale: float = 1.0):
    """A select-slider bound to scenario value ``key``, labels in the page's number format.

    In presentation mode no slider is drawn (the room sees results, not controls); the value is
    returned all the same.
    """
    if presenting(st):
        return get(st, key)
    wkey = f"w_{key}"
    if wkey not in st.session_state:
        st.session_state[wkey] = get(st, key)
    target = container or st
    options, labels = _options(key, lang, decimals, suffix, scale)
    return target.select_slider(
        label, options=options, key=wkey, help=help, format_func=labels.__getitem__,
        on_change=_copy, args=(st, key),
    )


@lru_cache(maxsize=512)
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


#: Values that belong to the viewer, not to the scenario: saving, loading and presets leave them.
UI_KEYS = ("lang", "present")


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


def share_url(st) -> str:
    """A link that reopens the current scenario (every value, the language too) on the current page."""
    from urllib.parse import urlencode, urlsplit, urlunsplit

    query = urlencode(link_query(st.session_state.get(STORE, {})))
    try:
        url = st.context.url or ""
    except Exception:  # noqa: BLE001 - no browser context (tests): a relative link
        url = ""
    if not url:
        return f"?{query}"
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))
