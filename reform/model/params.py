"""The scenario's parameters: every what-if value, its range and default, and how it travels in a link.

Every what-if value is a :class:`Param` with a URL key, a range and a default
taken from the data (:mod:`reform.ui.state` keeps a session's values).

A link's parameters are validated one by one: an unknown key, a wrong type, an
out-of-range or overlong value gives a short warning and the default. Nothing
from the URL is rendered as markup or reaches SQL.
"""
from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from reform.data import db
from reform.data.indices import PAR_AREAS, PAR_MAX_TOTAL
from reform.model import scenario

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


@db.memo
def params() -> Mapping[str, Param]:
    """Every scenario value the dashboard knows, keyed by its URL key (read-only, shared)."""
    out: dict[str, Param] = {
        "lang": Param("lang", "choice", "vi", choices=("vi", "en")),
        "present": Param("present", "choice", "0", choices=("0", "1")),
    }
    for sub, score in scenario.pci_base_scores().items():
        out[f"pci_{sub}"] = Param(f"pci_{sub}", "float", round(score, 2), 1.0, 10.0, 0.1)
    # the reference year of every method the what-if offers (its method decides the sliders: issue 15 item 2)
    years = tuple(scenario.pci_whatif_years())
    out["pci_ref"] = Param("pci_ref", "choice", scenario.default_reference_year(), choices=years)
    for key, (default, lo, hi, step) in scenario.pci_method_params().items():
        out[key] = Param(key, "float", default, lo, hi, step)
    for area, score in scenario.par_base_scores().items():
        hi = 40.0 if area == "impact" else 20.0
        out[f"par_{area}"] = Param(f"par_{area}", "float", round(score, 2), 0.0, hi, 0.25)
    for target_id, (pace, _) in scenario.default_paces().items():
        unit = "rank" if target_id.endswith("_rank") else "%"
        lo, hi, step = (-6.0, 6.0, 0.1) if unit == "rank" else (-10.0, 30.0, 0.25)
        out[f"pace_{target_id}"] = Param(f"pace_{target_id}", "float", round(pace, 4), lo, hi, step,
                                         anchored=False)
    out["pace_factor"] = Param("pace_factor", "float", 1.0, 0.0, 2.0, 0.05, anchored=False)
    return MappingProxyType(out)  # shared by every session: read-only


def par_headroom(values: dict, area: str) -> float:
    """The highest score ``area`` may take so that the PAR INDEX total stays within its maximum (100):
    the maximum minus the other areas' scores (``values`` by area; an area not given keeps its base)."""
    base = scenario.par_base_scores()
    others = sum(float(values.get(a, base[a])) for a in PAR_AREAS if a != area)
    return PAR_MAX_TOTAL - others


def par_total_ok(values: dict) -> bool:
    """True when the PAR INDEX areas of a scenario (by area; others at their base) add up to at most the
    index's maximum."""
    base = scenario.par_base_scores()
    return sum(float(values.get(a, base[a])) for a in PAR_AREAS) <= PAR_MAX_TOTAL + 1e-9


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
    # each area may be within its range and the areas together still above the index's maximum: such a
    # link's PAR INDEX values are all refused (a slider can never reach it, see par_headroom)
    par = {k.removeprefix("par_"): v for k, v in values.items() if k.startswith("par_")}
    if par and not par_total_ok(par):
        for area in par:
            values.pop(f"par_{area}")
            ignored.append(f"par_{area}")
    return values, ignored


def link_query(values: dict) -> dict[str, str]:
    """The URL parameters for a scenario (only non-default values, plus the link version)."""
    spec = params()
    out = {"v": LINK_VERSION}
    for key, value in sorted(values.items()):
        if key in spec and value != spec[key].default:
            out[key] = spec[key].to_url(value)
    return out


#: Values that belong to the viewer, not to the scenario: saving, loading and presets leave them.
UI_KEYS = ("lang", "present")


def clean_values(values: dict) -> dict:
    """A scenario's values validated like a link (non-default values only); ValueError names the bad keys."""
    spec = params()
    unknown = set(values) - set(spec)
    try:
        query = {k: spec[k].to_url(v) for k, v in values.items() if k in spec}
    except (TypeError, ValueError) as exc:
        raise ValueError(str(exc)) from exc
    accepted, ignored = read_link(query)
    if ignored or unknown:
        raise ValueError(", ".join(sorted(set(ignored) | unknown)))
    return accepted
