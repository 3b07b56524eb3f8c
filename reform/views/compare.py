"""Scenario figures, presets and comparisons (for the Scenarios page and the brief).

A scenario is a dict of slider values keyed like the link parameters (``pci_land``,
``pace_online_l34``, ``pace_factor``...); missing keys take their defaults.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from reform.data import db
from reform.model import scenario
from reform.model import params

ACTUAL = "actual"
REQUIRED = "required"


def full(values: dict) -> dict:
    """Every scenario value, defaults filled in."""
    return {k: values.get(k, p.default) for k, p in params.params().items()}


def preset(name: str) -> dict:
    """The non-default values of a preset: "actual" (every value as observed, the defaults) or
    "required" (every target's pace set to exactly meet its 2025 target, the overall pace at 100%).
    Made once per data version; the caller gets its own dict."""
    return dict(_preset(name))


@db.memo
def _preset(name: str) -> tuple[tuple[str, float], ...]:
    if name == ACTUAL:
        return ()
    if name == REQUIRED:
        spec = params.params()
        out = {}
        for r in scenario.project_targets().itertuples():
            key = f"pace_{r.target_id}"
            if r.anchor_year >= 2025:
                continue
            pace = (r.goal_2025 - r.anchor_value) / (2025 - r.anchor_year)
            if r.status_2025 == "met":
                continue  # already met: keep its own pace
            value = spec[key].snap(max(spec[key].lo, min(spec[key].hi, pace)))
            # the grid may round down: take the first option that still reaches the target
            opts = spec[key].options()
            better = [o for o in opts if (o >= pace - 1e-9 if r.higher_is_better else o <= pace + 1e-9)]
            if better:
                value = min(better) if r.higher_is_better else max(better)
            if value != spec[key].default:
                out[key] = value
        return tuple(out.items())
    raise KeyError(name)


@dataclass(frozen=True)
class Figures:
    """The key figures of one scenario."""

    pci: scenario.PciWhatIf
    par: dict
    targets: pd.DataFrame


def figures(values: dict) -> Figures:
    """PCI composite and rank estimate, PAR INDEX total and every target's projection."""
    v = full(values)
    # the figures here are the decision's sub-indices' what-if: placed among a reference year of their own method
    # (a scenario whose PCI page chose a year of another method, e.g. 2024, is placed in the default year; the
    # chosen year stays among its values; issue 15 item 2)
    ref = v["pci_ref"]
    if scenario.pci_whatif_years().get(ref) != scenario.pci_whatif_years().get(scenario.default_reference_year()):
        ref = scenario.default_reference_year()
    pci = scenario.pci_whatif({k.removeprefix("pci_"): x for k, x in v.items()
                               if k.startswith("pci_") and k != "pci_ref"}, ref_year=ref)
    par = scenario.par_whatif({k.removeprefix("par_"): x for k, x in v.items() if k.startswith("par_")})
    paces = {k.removeprefix("pace_"): x for k, x in v.items() if k.startswith("pace_") and k != "pace_factor"}
    targets = scenario.project_targets(paces, float(v["pace_factor"]))
    return Figures(pci=pci, par=par, targets=targets)


@db.memo
def comparison(named: dict[str, dict]) -> pd.DataFrame:
    """Two or three scenarios side by side, one row per figure.

    Columns: key, kind (pci/par/target), target_id, measure, unit, then one column per scenario
    name, and ``differs`` (True where the scenarios disagree).
    """
    if not 1 <= len(named) <= 3:
        raise ValueError("compare one to three scenarios")
    figs = {name: figures(values) for name, values in named.items()}
    indexed = {name: f.targets.set_index("target_id") for name, f in figs.items()}
    rows: list[dict] = []

    def add(key, kind, measure, unit, getter, target_id=None):
        rec = {"key": key, "kind": kind, "target_id": target_id, "measure": measure, "unit": unit}
        for name, f in figs.items():
            rec[name] = getter(name, f)
        rows.append(rec)

    add("pci_composite", "pci", "composite", "points", lambda n, f: f.pci.composite)
    add("pci_rank", "pci", "rank_estimate", "rank", lambda n, f: f.pci.estimate.rank)
    add("pci_rank_low", "pci", "rank_low", "rank", lambda n, f: f.pci.estimate.low)
    add("pci_rank_high", "pci", "rank_high", "rank", lambda n, f: f.pci.estimate.high)
    add("par_total", "par", "total", "points", lambda n, f: f.par["total"])
    first = next(iter(figs.values()))
    for t in first.targets.itertuples():
        tid = t.target_id

        def col(column, tid=tid):
            return lambda n, f: indexed[n].at[tid, column]

        add(f"{tid}.projected_2025", "target", "projected_2025", t.unit, col("projected_2025"), tid)
        add(f"{tid}.status_2025", "target", "status_2025", "", col("status_2025"), tid)
        add(f"{tid}.projected_2030", "target", "projected_2030", t.unit, col("projected_2030"), tid)
        add(f"{tid}.status_2030", "target", "status_2030", "", col("status_2030"), tid)
    df = pd.DataFrame(rows)
    names = list(named)

    def differs(r) -> bool:
        vals = [r[n] for n in names]
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in vals if v is not None):
            nums = [round(float(v), 6) for v in vals if v is not None]
            return len(set(nums)) > 1 or len(nums) != len(vals)
        return len({str(v) for v in vals}) > 1

    df["differs"] = df.apply(differs, axis=1)
    return df


#: What a scenario value is, by its key's prefix.
KINDS = (("pci_ref", "ref"), ("pci_", "pci"), ("par_", "par"), ("pace_factor", "factor"), ("pace_", "pace"))


def _kind(key: str) -> str | None:
    return next((kind for prefix, kind in KINDS if key.startswith(prefix)), None)


def assumptions(named: dict[str, dict]) -> pd.DataFrame:
    """Every value in which one of the scenarios departs from the decision's figures, and every pace
    that is an assumption whatever the scenario.

    One row per value: key, kind (pci/par/pace/factor/ref), default (the dashboard's starting value),
    decision (the same where it is the decision's: the printed
    sub-index or area score, the decision's own 2016-2020 trend as a pace, 100% as the overall pace;
    None for a pace the decision gives no series for), then one column per scenario (its value),
    ``changed`` (some scenario differs from the default) and ``assumed`` (a pace: a guess about the
    future; "required" when the decision has no series and the default pace is the one that just
    reaches the 2025 target, "scenario" when a scenario sets it). Rows keep the order of the
    parameters (PCI, PAR INDEX, paces, overall pace).
    """
    spec = params.params()
    paces = scenario.default_paces()
    full_values = {name: full(values) for name, values in named.items()}
    rows = []
    for key, p in spec.items():
        kind = _kind(key)
        if kind is None:
            continue
        values = {name: v[key] for name, v in full_values.items()}
        changed = any(v != p.default for v in values.values())
        source = paces[key.removeprefix("pace_")][1] if kind == "pace" else None
        if not changed and source != "required":
            continue
        # a slider of a method other than the decision's (``pci_<method>_<component>``, issue 15) starts from an
        # imported score or a change of 0: not a figure of the decision
        other_method = kind == "pci" and key.removeprefix("pci_") not in scenario.PCI_SUBINDICES
        decision = None if source == "required" or other_method else p.default
        rows.append({"key": key, "kind": kind, "target_id": key.removeprefix("pace_") if kind == "pace" else None,
                     "decision": decision, "default": p.default, **values, "changed": changed,
                     "assumed": "scenario" if changed and kind in ("pace", "factor") else
                     ("required" if source == "required" else None)})
    cols = ["key", "kind", "target_id", "decision", "default", *named, "changed", "assumed"]
    return pd.DataFrame(rows, columns=cols)
