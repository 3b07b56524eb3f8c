"""What-if scenarios over the built data: the glue between the queries and :mod:`reform.model.whatif`.

Pages call these functions with the slider values and show what they return;
all arithmetic lives here or in ``whatif``.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import pandas as pd

from reform.data import catalog, db
from reform.data.indices import PAR_AREAS, PCI_SUBINDICES, par_total, pci_gain_per_point
from reform.model import methods, ranks, whatif
from reform.data.parse import CellError, parse_entered_number, target_numbers

#: The scale word of the reference points of VCCI's 2006-2021 method (the what-if's sub-indices); a year's
#: method is data (:mod:`reform.model.methods`): PCI 2006-2021, 2022-2024 (revised), 2.0 from 2025.
PCI_SCALE = "2016-2021"
HORIZON = (2025, 2030)


# --- PCI -----------------------------------------------------------------------------------

def pci_table() -> pd.DataFrame:
    """PL03 tidy: year, sub-index, weight, score, rank."""
    return db.run("pci_subindices")


@dataclass(frozen=True)
class PciFacts:
    """What a PCI what-if needs from the data, read once per data version and shared read-only by every
    session (no pandas on a slider's answer): the base year, its 10 sub-index scores, its printed
    composite, the default reference year and the other provinces' point count per reference year."""

    base_year: int
    base_scores: Mapping[str, float]
    printed: float
    default_ref: int
    ref_points: Mapping[int, int]


@db.memo
def pci_facts() -> PciFacts:
    """The shared :class:`PciFacts` of the current data (read-only mappings)."""
    df = pci_table()
    base_year = int(df["year"].max())
    printed = df[(df["year"] == base_year) & (df["subindex"] == "composite")]["score"].iloc[0]
    years = pci_reference_years()
    ref_points = {int(y): int(p) for y, p in zip(years["year"], years["points"])}
    default_ref = base_year if base_year in ref_points else max(y for y in ref_points if y <= base_year)
    return PciFacts(base_year, MappingProxyType(dict(_pci_base_scores(base_year))), float(printed),
                    default_ref, MappingProxyType(ref_points))


def pci_base_year() -> int:
    """The latest PCI year printed in the decision."""
    return pci_facts().base_year


def pci_base_scores(year: int | None = None) -> dict[str, float]:
    """The 10 sub-index scores of a year (default: the latest)."""
    return dict(_pci_base_scores(year))


@db.memo
def _pci_base_scores(year: int | None) -> dict[str, float]:
    df = pci_table()
    year = year or int(df["year"].max())
    sub = df[(df["year"] == year) & (df["subindex"] != "composite")]
    return {r.subindex: float(r.score) for r in sub.itertuples()}


def pci_reference_years() -> pd.DataFrame:
    """Reference years under the method of the decision's latest PCI year (the what-if's sub-indices): year,
    points (other provinces), out_of, complete."""
    return db.run("pci_reference_years", method_id=_base_method())


@db.memo
def _base_method() -> str:
    base = int(pci_table()["year"].max())
    m = methods.method_of_year(base, "pci")
    if m is None:
        raise ValueError(f"no PCI method covers {base}")
    return m.id


def default_reference_year() -> int:
    """The year a what-if composite is compared with: the base year (the decision's latest PCI year),
    when the reference table has points for it, else the latest reference year on the same scale."""
    return pci_facts().default_ref


def pci_reference_year_points() -> Mapping[int, int]:
    """Reference year -> how many other provinces' points it has (read-only; the years of
    :func:`pci_reference_years` in their order)."""
    return pci_facts().ref_points


@db.memo
def pci_reference_points(year: int) -> tuple[tuple[float, int], ...]:
    """The other provinces' published (composite, rank) pairs of a year under that year's method (Lai Châu is
    never among them; points of another method are never mixed in)."""
    m = methods.method_of_year(int(year), "pci")
    if m is None:
        return ()
    df = db.run("pci_reference_points", year=int(year), method_id=m.id)
    df = df[df["score"].notna()]
    return tuple((float(r.score), int(r.rank)) for r in df.itertuples())


@db.memo
def pci_year_info(year: int) -> Mapping:
    """What the data says about a PCI year: its method (``method_id``; ``scale`` the reference table's scale
    word), out_of (how many provinces were ranked: the reference points', else Lai Châu's own published rank's,
    else the number of provinces national rankings rank that year) and Lai Châu's own published (score, rank),
    if any (read-only: shared by every caller)."""
    m = methods.method_of_year(int(year), "pci")
    method_id = m.id if m else None
    refs = db.run("pci_reference_points", year=int(year), method_id=method_id or "")
    own = db.run("pci_own_result", year=int(year))
    out_of = None
    if len(refs):
        out_of = int(refs["out_of"].max())
    elif len(own) and pd.notna(own["out_of"].iloc[0]):
        out_of = int(own["out_of"].iloc[0])
    else:
        out_of = catalog.field_of(int(year))
    scale = str(refs["scale"].iloc[0]) if len(refs) else (PCI_SCALE if method_id == _base_method() else method_id)
    own_point = None
    if len(own):
        r = own.iloc[0]
        own_point = (None if pd.isna(r["score"]) else float(r["score"]), int(r["rank"]))
    return MappingProxyType({"year": int(year), "scale": scale, "method_id": method_id, "out_of": out_of,
                             "own": own_point})


def pci_rank_estimate(year: int, score: float) -> whatif.RankEstimate:
    """The rank of ``score`` among the other provinces' published results of ``year`` (on that year's
    own scale): counted where the year is complete, interpolated elsewhere; Lai Châu's own published
    point of that year anchors the count (it is never a competitor)."""
    info = pci_year_info(int(year))
    if info["out_of"] is None:
        return whatif.RankEstimate(int(year), float(score), None, None, None, 0, "none", None, "interpolated")
    return whatif.rank_among(float(score), pci_reference_points(year), info["out_of"], int(year), info["own"])


#: The scale of a PCI composite: VCCI's ten sub-indices of 0-10, weighted to 0-100.
PCI_SCORE_RANGE = (0.0, 100.0)


def read_pci_score(text: object) -> float:
    """A PCI composite typed by a person (the command line), in Vietnamese or English format ("62,5",
    "62.5"): a number on the PCI scale (:data:`PCI_SCORE_RANGE`); ValueError otherwise (not a number, NaN,
    infinite, below 0 or above 100)."""
    try:
        score = parse_entered_number(text)
    except CellError as exc:
        raise ValueError(f"not a number: {text!r}") from exc
    low, high = PCI_SCORE_RANGE
    if not (math.isfinite(score) and low <= score <= high):
        raise ValueError(f"off the PCI scale {low:g}-{high:g}: {text!r}")
    return score


def pci_complete_reference_years() -> tuple[int, ...]:
    """The reference years on the 2016-2021 scale where every other province's score is published (the
    rank is counted there, interpolated elsewhere)."""
    years = pci_reference_years()
    return tuple(int(y) for y in years.loc[years["complete"].astype(bool), "year"])


def pci_rank_json(year: int, score: float) -> dict:
    """The CLI's one-line answer: year, score, rank, low, high, out_of, points, position, method."""
    return whatif.estimate_to_json(pci_rank_estimate(year, score))


def pci_rank_whatif(scores: dict[str, float], ref_year: int | None = None) -> dict:
    """The PCI what-if's rank: the scenario composite (base year's printed composite plus the change of
    the moved sub-indices) placed among the other provinces of ``ref_year`` (default: the base year).

    Returns a dict: base_year, ref_year, composite, change, rank, low, high, out_of, points, position,
    method ("count" / "interpolated"), complete, published_rank (Lai Châu's own rank in ``ref_year``,
    if published). With no slider moved and ``ref_year`` = base year the rank is the published one
    (57 of 63 in 2020). Raises ValueError for a reference year on VCCI's revised method (2022 on): the
    sub-indices are on the 2016-2021 method, and the two scales are never mixed.
    """
    result = pci_whatif(scores, ref_year)
    est = result.estimate
    info = pci_year_info(est.year)
    return {
        "base_year": result.base_year, "ref_year": est.year, "composite": result.composite,
        "change": result.change, "rank": est.rank, "low": est.low, "high": est.high,
        "out_of": est.out_of, "points": est.points, "position": est.position, "method": est.method,
        "complete": est.method == "count",
        "published_rank": info["own"][1] if info["own"] else None,
    }


def pci_gains() -> dict[str, float]:
    """Composite points gained per +1 on each sub-index, largest first (10 × the VCCI weight)."""
    gains = {sub: pci_gain_per_point(sub) for sub in PCI_SUBINDICES}
    return dict(sorted(gains.items(), key=lambda kv: -kv[1]))


@dataclass(frozen=True)
class PciWhatIf:
    """The recomputed PCI for a scenario."""

    base_year: int
    composite_base: float  # recomputed from the base year's sub-indices
    composite_printed: float  # as printed in PL03
    composite: float  # the printed composite plus the scenario's change
    change: float
    gains: dict[str, float]
    contributions: dict[str, float]
    estimate: whatif.RankEstimate


def pci_whatif(scores: dict[str, float], ref_year: int | None = None) -> PciWhatIf:
    """Composite, change against the base year, points per +1, and rank estimate of a scenario."""
    facts = pci_facts()
    base_year, base, printed = facts.base_year, facts.base_scores, facts.printed
    result = whatif.pci_scenario(base, {k: float(v) for k, v in scores.items() if k in base})
    ref = int(ref_year or facts.default_ref)
    if pci_year_info(ref)["method_id"] != _base_method():
        raise ValueError(f"PCI {ref} is on another VCCI method ({pci_year_info(ref)['method_id']}); the what-if's "
                         f"sub-indices are on {_base_method()}: two methods are never mixed in one estimate")
    # The change is applied to the printed composite: recomputing from sub-indices printed with two
    # decimals differs from it by up to ±0.02 (see the audit), which must not show as a scenario effect.
    composite = float(printed) + result["change"]
    return PciWhatIf(
        base_year=base_year,
        composite_base=result["composite_base"],
        composite_printed=float(printed),
        composite=composite,
        change=result["change"],
        gains=result["gains"],
        contributions=result["contributions"],
        estimate=pci_rank_estimate(ref, composite),
    )


# --- PAR INDEX -----------------------------------------------------------------------------

def par_table() -> pd.DataFrame:
    """PL04 tidy."""
    return db.run("par_index")


def par_base_scores(year: int | None = None) -> dict[str, float]:
    """The 8 area scores of a year (default: the latest)."""
    return dict(_par_base_scores(year))


@db.memo
def _par_base_scores(year: int | None) -> dict[str, float]:
    df = par_table()
    year = year or int(df["year"].max())
    sub = df[(df["year"] == year) & (df["area"] != "total")]
    return {r.area: float(r.score) for r in sub.itertuples()}


def par_whatif(scores: dict[str, float]) -> dict[str, float]:
    """The PAR INDEX total of a scenario against the latest year's sum and printed total (computed once
    per data version and scenario; the caller's own dict)."""
    return dict(_par_whatif(scores))


@db.memo
def _par_whatif(scores: dict[str, float]) -> dict[str, float]:
    df = par_table()
    year = int(df["year"].max())
    base = par_base_scores(year)
    merged = {**base, **{k: float(v) for k, v in scores.items() if k in base}}
    printed = float(df[(df["year"] == year) & (df["area"] == "total")]["score"].iloc[0])
    total = par_total(merged)
    base_total = par_total(base)
    return {"year": year, "total": total, "base_total": base_total, "printed_total": printed,
            "change": total - base_total}


# --- targets -------------------------------------------------------------------------------

def targets() -> pd.DataFrame:
    """The target table (one row per target part)."""
    return db.run("targets")


def _band_out_of(t) -> int | None:
    """The number of provinces a rank target's band ranks (63 for the decision's); None for other targets."""
    n = getattr(t, "band_out_of", None)
    return int(n) if t.unit == "rank" and n is not None and not pd.isna(n) else None


def rank_band_out_of() -> int | None:
    """How many provinces the rank targets' bands rank (the decision's: 63), the most of them if they differ;
    None without a rank target. A rank projection stays within 1 to it (:func:`_bounds`)."""
    found = [n for n in (_band_out_of(t) for t in _target_rows().values()) if n is not None]
    return max(found) if found else None


def _bounds(unit: str, band_out_of: int | None = None) -> tuple[float | None, float | None]:
    """The range a projection stays in: 0-100 for a share, 1 to the band's number ranked for a rank (ranks
    are projected at their position out of the band's number)."""
    if unit == "%":
        return 0.0, 100.0
    if unit == "rank":
        return 1.0, (float(band_out_of) if band_out_of else None)
    return None, None


def target_actuals(indicator_id: str | None, decision_only: bool = False,
                   band_out_of: int | None = None) -> dict[int, float]:
    """Observed values (by year) of the series linked to a target, one per year (the figures in force);
    ``decision_only`` keeps the years of the decision's own 2016-2020 figures and drops later ones. With
    ``band_out_of`` a rank out of another number of provinces is put at the same position out of
    ``band_out_of`` (:func:`reform.model.ranks.on_scale`: the dashboard's equivalence), so that a rank of 34
    is never compared with a band of 63 as a raw number; a rank out of ``band_out_of`` is unchanged."""
    if not isinstance(indicator_id, str):
        return {}
    return {y: v for y, (v, _n) in _target_actuals(indicator_id, decision_only, band_out_of).items()}


def rank_measured(indicator_id: str | None, year: int) -> tuple[int, int] | None:
    """The rank of a year as measured, with the number ranked (30, 34); None without one."""
    if not isinstance(indicator_id, str):
        return None
    v, n = _target_actuals(indicator_id, False, None).get(int(year), (None, None))
    return None if v is None or n is None else (int(v), int(n))


@db.memo
def _target_actuals(indicator_id: str, decision_only: bool, band_out_of: int | None) -> dict[int, tuple]:
    """year -> (value, out_of); the value on the band's scale where ``band_out_of`` is given."""
    df = db.run("target_actuals")
    df = df[df["indicator_id"] == indicator_id]
    if decision_only:  # the decision's years (a revision of one of them is the figure in force for it),
        # neither earlier results (Lai Châu's PCI of 2013-2015) nor later ones
        own = df[df["appendix"].astype(str).str.startswith("PL")]
        df = df[df["year"].between(own["year"].min(), own["year"].max())] if len(own) else df.iloc[0:0]
    out = {}
    for r in df.itertuples():
        n = None if pd.isna(r.out_of) else int(r.out_of)
        value = float(r.value)
        if band_out_of and n and n != band_out_of:
            value = ranks.on_scale(value, n, band_out_of)
        out[int(r.year)] = (value, n)
    return out


def _anchor(t, actuals: dict[int, float]) -> tuple[int, float]:
    """The latest observed point at or after the baseline (the baseline itself if none is later)."""
    year, value = int(t.baseline_year), float(t.baseline_value)
    later = {y: v for y, v in actuals.items() if y > year}
    if later:
        year = max(later)
        value = later[year]
    return year, value


@db.memo
def default_paces() -> Mapping[str, tuple[float, str]]:
    """Each target's default yearly progress: the historical pace where the data has one, else the
    pace that exactly reaches the 2025 target.

    The historical pace is the trend of the decision's own 2016-2020 series; figures published
    after 2020 move the starting point (see :func:`project_targets`), not the pace.
    """
    out = {}
    for t in targets().itertuples():
        own = target_actuals(t.indicator_id, decision_only=True, band_out_of=_band_out_of(t))
        history = sorted(own.items()) if len(own) >= 2 else None
        year, value = _anchor(t, target_actuals(t.indicator_id, band_out_of=_band_out_of(t)))
        goal = float(t.goal_2025)
        if year >= 2025:
            out[t.target_id] = (0.0, "required")
            continue
        pace, source = whatif.default_pace(history, value, year, goal, 2025)
        out[t.target_id] = (round(pace, 4), source)
    return MappingProxyType(out)  # shared by every caller: read-only


@db.memo
def project_targets(paces: dict[str, float] | None = None, factor: float = 1.0) -> pd.DataFrame:
    """Every target projected to 2025 and 2030 under the given yearly paces, scaled by ``factor``.

    Columns: target_id, item, part, name_vi, name_en, unit, baseline_year, baseline_value,
    anchor_year, anchor_value (the latest observation), goal_2025, goal_2030, pace, pace_source,
    pace_used, projected_2025, projected_2030, status_2025, status_2030, year_reached, gap_2025
    (goal minus the latest value, in the improving direction), uses_actuals, and for a rank: out_of (the
    band's number ranked: every value of the row is a rank at its position out of it, the dashboard's
    equivalence, as the verdicts compare) with anchor_rank and anchor_out_of (the latest rank as measured,
    e.g. 30 of 34, whose anchor_value is 55,16 of 63).
    """
    defaults = default_paces()
    paces = paces or {}
    rows = []
    for t in targets().itertuples():
        default, source = defaults[t.target_id]
        pace = float(paces.get(t.target_id, default))
        if t.target_id in paces and not math.isclose(pace, default):
            source = "scenario"
        used = whatif.scale_pace(pace, factor)
        hib = bool(t.higher_is_better)
        band_n = _band_out_of(t)
        lower, upper = _bounds(t.unit, band_n)
        acts = target_actuals(t.indicator_id, band_out_of=band_n)  # a rank of 34 at its position of 63
        year, value = _anchor(t, acts)
        measured = rank_measured(t.indicator_id, year) if band_n else None
        series = {y: v for y, v, _ in whatif.project_series(
            float(t.baseline_value), int(t.baseline_year), used, range(int(t.baseline_year), 2031),
            actuals={y: v for y, v in acts.items() if y >= int(t.baseline_year)}, lower=lower, upper=upper)}
        rec = {
            "target_id": t.target_id, "item": t.item, "part": t.part, "name_vi": t.name_vi,
            "name_en": t.name_en, "short_vi": t.short_vi, "short_en": t.short_en, "unit": t.unit, "level": t.level, "kind_2025": t.kind_2025,
            "kind_2030": t.kind_2030, "higher_is_better": hib,
            "baseline_year": int(t.baseline_year), "baseline_value": float(t.baseline_value),
            "baseline_text": t.baseline_text, "anchor_year": year, "anchor_value": value,
            "goal_2025": float(t.goal_2025), "goal_2030": float(t.goal_2030),
            "low_2025": t.low_2025, "high_2025": t.high_2025, "low_2030": t.low_2030, "high_2030": t.high_2030,
            "pace": pace, "pace_source": source, "pace_used": used,
            "projected_2025": series[2025], "projected_2030": series[2030],
            "uses_actuals": year > int(t.baseline_year),
            # a rank's values are at their position out of the band's number (out_of); the latest as measured
            "out_of": band_n, "anchor_rank": measured[0] if measured else None,
            "anchor_out_of": measured[1] if measured else None,
        }
        for target_year in HORIZON:
            goal = float(getattr(t, f"goal_{target_year}"))
            if whatif.meets(value, goal, hib):
                st = "met"
            elif year >= target_year:
                st = "not_met"  # the year has passed: a fact, not a trend
            else:
                st = whatif.status(value, year, used, goal, target_year, hib)
            rec[f"status_{target_year}"] = st
        rec["year_reached"] = whatif.year_reached(value, year, used, float(t.goal_2025), hib)
        rec["gap_2025"] = (float(t.goal_2025) - value) * (1 if hib else -1)
        rec["note_vi"], rec["note_en"] = t.note_vi, t.note_en
        rows.append(rec)
    out = pd.DataFrame(rows)
    # a year or nothing: without the nullable integer type one missing year turns the column into
    # floats and every year prints as 2025.0
    out["year_reached"] = out["year_reached"].astype("Int64")
    return out


# --- overview ------------------------------------------------------------------------------

def rank_bands() -> dict[str, dict[str, tuple[float, float]]]:
    """The PCI and PAR INDEX target bands: 2025 as in Appendix 01 and as in Part 3 §I.2, and 2030."""
    return {key: dict(bands) for key, bands in _rank_bands().items()}  # the caller's own dicts


@db.memo
def _rank_bands() -> dict[str, dict[str, tuple[float, float]]]:
    out = {}
    for key, target_id in (("pci", "pci_rank"), ("par", "par_index_rank")):
        t = targets().set_index("target_id").loc[target_id]
        out[key] = {
            "pl01_2025": (float(t.low_2025), float(t.high_2025)),
            "text_2025": target_numbers(t.text_2025_text, "rank_band"),
            "2030": (float(t.low_2030), float(t.high_2030)),
        }
    return out


def assumed_on_track(projection: pd.DataFrame) -> int:
    """How many targets are "on track" only because their pace is assumed (no series to take a
    trend from, and no figure after 2020)."""
    p = projection
    return int(((p["pace_source"] == "required") & (p["status_2025"] == "on_track")).sum())


def status_counts(statuses) -> dict[str, int]:
    """How many targets are met, on track and off track (moderate, stagnating or moving away)."""
    out = {"met": 0, "on_track": 0, "off_track": 0}
    for s in statuses:
        out[s if s in ("met", "on_track") else "off_track"] += 1
    return out


def band_position(rank: float | None, low: float, high: float, out_of: int | None = None,
                  band_out_of: int | None = None) -> str | None:
    """Where a rank falls against a target band: "in", "better" (a smaller rank number) or "worse".
    With ``out_of`` and ``band_out_of`` (the numbers ranked) a rank out of N is compared with a band out
    of M by position (:mod:`reform.model.ranks`); without them both are taken as out of the same number."""
    if rank is None:
        return None
    if out_of and band_out_of:
        return ranks.band_position(rank, out_of, low, high, band_out_of)
    if rank < low:
        return "better"
    return "in" if rank <= high else "worse"


@db.memo
def pci_composite_series() -> pd.DataFrame:
    """The printed PCI composite per year: year, score, rank, out_of (how many provinces were ranked)."""
    df = pci_table()
    return df[df["subindex"] == "composite"][["year", "score", "rank", "out_of"]].reset_index(drop=True)


@db.memo
def pci_subindex_series() -> pd.DataFrame:
    """The 10 sub-indices per year with their weights: year, subindex, name_vi, name_en, weight, score, rank."""
    df = pci_table()
    return df[df["subindex"] != "composite"].reset_index(drop=True)


@db.memo
def _target_rows() -> Mapping[str, tuple]:
    """target_id -> its row of :func:`targets` (a named tuple; read-only, shared)."""
    return MappingProxyType({r.target_id: r for r in targets().itertuples(index=False)})


@db.memo
def _projection_rows(paces: dict[str, float] | None, factor: float) -> Mapping[str, tuple]:
    """target_id -> its row of :func:`project_targets` (a named tuple; read-only, shared)."""
    return MappingProxyType({r.target_id: r for r in project_targets(paces, factor).itertuples(index=False)})


def target_path(target_id: str, paces: dict[str, float] | None = None, factor: float = 1.0) -> pd.DataFrame:
    """One target's observed values and its projection to 2030: year, value, kind (actual/projected)."""
    proj = _projection_rows(paces, factor)[target_id]
    t = _target_rows()[target_id]
    band_n = _band_out_of(t)
    acts = target_actuals(t.indicator_id, band_out_of=band_n) or {int(t.baseline_year): float(t.baseline_value)}
    acts.setdefault(int(t.baseline_year), float(t.baseline_value))
    lower, upper = _bounds(t.unit, band_n)
    rows = [{"year": y, "value": v, "kind": "actual"} for y, v in sorted(acts.items())]
    start = int(proj.anchor_year)
    for y in range(start, 2031):
        value = whatif.project(float(proj.anchor_value), start, float(proj.pace_used), y, lower, upper)
        rows.append({"year": y, "value": value, "kind": "projected"})
    return pd.DataFrame(rows)


# --- PCI by method (issue 15 item 2) ------------------------------------------------------------
# The what-if works on the method of the chosen reference year. The decision's method (the sub-indices of
# PL03) keeps its own what-if above (pci_whatif, URL keys ``pci_<sub-index>``); a year of another method gets:
# - where the method's weights and scales are known and Lai Châu's component scores of a year of it are known:
#   a slider per component (URL key ``pci_<method>_<component>``), the composite recomputed with
#   :func:`reform.model.methods.composite`;
# - elsewhere (weights unpublished): no recomputed composite; a what-if on the composite itself (URL key
#   ``pci_<method>_composite``, a change in points from the published composite of the reference year).
# Either is placed among that year's reference points of the same method, out of that year's field.

#: The suffix of a method's composite what-if (a change in points from the published composite).
COMPOSITE_KEY = "composite"
#: How far the composite what-if moves the published composite, either way (points of a 0-100 composite).
COMPOSITE_SPAN = 20.0


def method_key(method_id: str, component: str) -> str:
    """The URL key of a what-if slider of ``method_id``: ``pci_<component>`` for the decision's method (old links
    keep working), ``pci_<method>_<component>`` for any other."""
    return f"pci_{component}" if method_id == _base_method() else f"pci_{method_id}_{component}"


def pci_own_composite(year: int) -> tuple[float | None, int | None, int | None]:
    """Lai Châu's own published PCI of a year: (composite or None, rank or None, out of how many or None)."""
    info = pci_year_info(int(year))
    own = info["own"]
    if own is None:
        return None, None, None
    return own[0], own[1], info["out_of"]


@db.memo
def pci_method_base(method_id: str) -> Mapping | None:
    """The base of a component what-if under ``method_id`` (not the decision's): the latest year of the method
    with all of Lai Châu's component scores, and those scores (read-only); None where the method's composite
    cannot be recomputed (weights or scales unknown) or no year has every score."""
    m = methods.method(method_id)
    if m is None or not m.can_recompute or method_id == _base_method():
        return None
    years = [y for y, mid in methods.years_with_methods(m.index_id).items() if mid == method_id]
    for y in sorted(years, reverse=True):
        scores = methods.component_scores(y, m.index_id)
        if all(c.id in scores for c in m.components):
            return MappingProxyType({"year": int(y), "scores": MappingProxyType(dict(scores))})
    return None


@db.memo
def pci_whatif_years() -> Mapping[int, str]:
    """Every reference year the PCI what-if offers -> the method it was published under: the decision's method's
    reference years (as before), and each year of another method with other provinces' points where a what-if
    can be made honestly (Lai Châu's component scores under known weights, or its published composite)."""
    out = {int(y): _base_method() for y in pci_reference_years()["year"]}
    for m in methods.methods():
        if m.index_id != "pci" or m.id == _base_method():
            continue
        base = pci_method_base(m.id)
        for y in db.run("pci_reference_years", method_id=m.id)["year"]:
            y = int(y)
            if y in out or not pci_reference_points(y):
                continue
            if base is not None or pci_own_composite(y)[0] is not None:
                out[y] = m.id
    return MappingProxyType(dict(sorted(out.items())))


@db.memo
def pci_method_params() -> Mapping[str, tuple[float, float, float, float]]:
    """The what-if values of the methods other than the decision's: URL key -> (default, low, high, step). A
    component slider per component of a method with a base (:func:`pci_method_base`), on the component's scale;
    a composite what-if (a change in points, default 0) for a method without one."""
    out: dict[str, tuple[float, float, float, float]] = {}
    offered = set(pci_whatif_years().values()) - {_base_method()}
    for mid in sorted(offered):
        m = methods.method(mid)
        base = pci_method_base(mid)
        if base is None:
            out[method_key(mid, COMPOSITE_KEY)] = (0.0, -COMPOSITE_SPAN, COMPOSITE_SPAN, 0.1)
            continue
        for c in m.components:
            step = round((c.scale_max - c.scale_min) / 100, 4) or 0.1
            out[method_key(mid, c.id)] = (round(float(base["scores"][c.id]), 2), float(c.scale_min),
                                          float(c.scale_max), step)
    return MappingProxyType(out)


@dataclass(frozen=True)
class MethodWhatIf:
    """A PCI what-if on a method other than the decision's (:func:`pci_method_whatif`).

    ``mode`` "components" (the composite recomputed from the sliders with the method's weights) or "composite"
    (weights unknown: the composite itself moved, a what-if); ``base_year`` the year of the base (the reference
    year itself in "composite" mode); ``composite_base`` Lai Châu's published composite of the base year
    (recomputed from its components where none is published; ``base_recomputed`` says so); ``moved`` whether any
    value differs from the base; ``published`` Lai Châu's own published (composite, rank, out_of) of the
    reference year, or None."""

    method_id: str
    mode: str
    ref_year: int
    base_year: int
    composite_base: float | None
    base_recomputed: bool
    composite: float | None
    change: float
    moved: bool
    contributions: Mapping[str, float]
    published: tuple | None
    estimate: whatif.RankEstimate | None


def pci_method_whatif(ref_year: int, values: Mapping[str, float]) -> MethodWhatIf:
    """The what-if of ``ref_year`` on its own method (not the decision's: :func:`pci_whatif`). ``values`` by URL
    key (:func:`method_key`); a key not given keeps its base. ValueError for a year the what-if does not offer."""
    ref_year = int(ref_year)
    mid = pci_whatif_years().get(ref_year)
    if mid is None or mid == _base_method():
        raise ValueError(f"PCI {ref_year} has no what-if on a method of its own")
    m = methods.method(mid)
    spec = pci_method_params()
    own = pci_own_composite(ref_year)
    published = own if own[1] is not None else None
    base = pci_method_base(mid)
    if base is None:
        key = method_key(mid, COMPOSITE_KEY)
        change = float(values.get(key, spec[key][0]))
        composite_base = own[0]
        composite = None if composite_base is None else composite_base + change
        est = None if composite is None else pci_rank_estimate(ref_year, min(max(composite, 0.0), m.composite_max))
        return MethodWhatIf(mid, "composite", ref_year, ref_year, composite_base, False, composite, change,
                            abs(change) > 1e-9, MappingProxyType({}), published, est)
    base_scores = base["scores"]
    now = {c.id: float(values.get(method_key(mid, c.id), base_scores[c.id])) for c in m.components}
    recomputed_base = methods.composite(mid, base_scores)
    change = methods.composite(mid, now) - recomputed_base
    printed = pci_own_composite(base["year"])[0]
    composite_base = printed if printed is not None else recomputed_base
    composite = composite_base + change
    contributions = MappingProxyType({c.id: m.composite_max * c.weight * (now[c.id] - base_scores[c.id]) / c.scale_max
                                      for c in m.components})
    moved = any(abs(now[c] - base_scores[c]) > 1e-9 for c in now)
    return MethodWhatIf(mid, "components", ref_year, base["year"], composite_base, printed is None, composite,
                        change, moved, contributions, published, pci_rank_estimate(ref_year, composite))
