"""What-if calculations for the Lai Châu administrative-reform dashboard.

Pure Python (standard library only; the index definitions are
:mod:`reform.data.indices`). The module covers three things:

1. PCI (Provincial Competitiveness Index, VCCI, 2016-2021 method): simple
   "what if sub-index X rises by one point" scenarios.
2. Rank estimates: placing a composite score among the other provinces'
   published (score, rank) pairs of one year: counted where every province
   is known, interpolated elsewhere.
3. Targets and projections for the scheme's 2025/2030 targets (Decision
   688/QĐ-UBND 2021): linear paces, projections, the year a target is
   reached and an SDG-Index-style progress word.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping, Sequence

from reform.data.indices import PCI_WEIGHTS, pci_composite, pci_gain_per_point

# ---------------------------------------------------------------------------
# 1. PCI what-if
# ---------------------------------------------------------------------------


def pci_scenario(base: Mapping[str, float], scenario: Mapping[str, float]) -> dict:
    """Compare a base set of PCI sub-index scores with a scenario.

    ``scenario`` may give all ten sub-indices or only the changed ones; any
    sub-index it does not give keeps its ``base`` value. Returns a dict with:

    - ``composite_base``: composite of ``base``;
    - ``composite``: composite of the scenario;
    - ``change``: composite - composite_base;
    - ``gains``: sub_id -> composite gain per +1 on that sub-index, ordered
      by gain, largest first (ties keep the PCI_WEIGHTS order);
    - ``contributions``: sub_id -> 10 * weight * (scenario - base), for all
      ten sub-indices in PCI_WEIGHTS order.
    """
    merged: dict[str, float] = {sub_id: base[sub_id] for sub_id in PCI_WEIGHTS if sub_id in base}
    merged.update({k: v for k, v in scenario.items() if k in PCI_WEIGHTS})
    composite_base = pci_composite(base)
    composite = pci_composite(merged)
    gains_order = sorted(PCI_WEIGHTS, key=pci_gain_per_point, reverse=True)
    gains = {sub_id: pci_gain_per_point(sub_id) for sub_id in gains_order}
    contributions = {
        sub_id: 10.0 * weight * (float(merged[sub_id]) - float(base[sub_id]))
        for sub_id, weight in PCI_WEIGHTS.items()
    }
    return {
        "composite_base": composite_base,
        "composite": composite,
        "change": composite - composite_base,
        "gains": gains,
        "contributions": contributions,
    }


# ---------------------------------------------------------------------------
# 2. Rank estimate
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RankEstimate:
    """A national rank for a composite score, among the OTHER provinces of one year.

    ``rank`` is 1 + the number of other provinces scoring higher (None where the points cannot say);
    ``low`` is the better (smaller) bound and ``high`` the worse one; ``out_of`` is how many provinces
    that year ranked. ``method`` is "count" (every other province's score is known: the rank is
    counted) or "interpolated" (only some points are known: the count is interpolated between
    them); ``position`` is "inside", "above" (higher than every point), "below" (lower than every
    point) or "none" (no points). ``points`` is the number of points used.
    """

    year: int
    score: float
    rank: int | None
    low: int | None
    high: int | None
    points: int
    position: str
    out_of: int | None = None
    method: str = "interpolated"


def _is_missing(value: object) -> bool:
    """Return True if ``value`` is None or a float NaN."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def _round_half_up(value: float) -> int:
    """Round to the nearest integer, halves upwards (avoids banker's rounding)."""
    return int(math.floor(value + 0.5))


def _anchors(others: Sequence[tuple[float, int]], own: tuple[float, int] | None) -> list[tuple[float, int, bool]]:
    """(score, others strictly above that score, is a competitor) for each known point, by score.

    A competitor P published at rank r_P has r_P - 1 provinces above it; if the province itself
    (``own``, its published score and rank that year) scored higher than P, one of those is the
    province, not a competitor: others above P = r_P - 1 - [own score > score of P]. The province's
    own published point is never a competitor, but it says how many others scored above its score:
    own rank - 1. Duplicate scores keep the best rank; a lower score never gets fewer provinces
    above it than a higher one (monotone, fixed from the top down).
    """
    own_score = None if own is None or _is_missing(own[0]) else float(own[0])
    best: dict[float, tuple[int, bool]] = {}
    for score, rank in others:
        if _is_missing(score) or _is_missing(rank):
            continue
        s, r = float(score), int(rank)
        above = r - 1 - (1 if own_score is not None and own_score > s else 0)
        if s not in best or above < best[s][0]:
            best[s] = (above, True)
    if own_score is not None and not _is_missing(own[1]):
        above = int(own[1]) - 1
        if own_score not in best or above <= best[own_score][0]:
            best[own_score] = (above, best.get(own_score, (0, False))[1])
    out: list[tuple[float, int, bool]] = []
    floor = 0
    for s in sorted(best, reverse=True):
        above, competitor = best[s]
        floor = max(floor, above)
        out.append((s, floor, competitor))
    out.reverse()  # by score ascending
    return out


def rank_among(
    score: float,
    others: Sequence[tuple[float, int]],
    out_of: int,
    year: int,
    own: tuple[float, int] | None = None,
) -> RankEstimate:
    """The rank of ``score`` among the other provinces' published (score, rank) points of one year.

    ``others`` never holds the province itself; ``own`` is its published (score, rank) that year,
    if known. Where the year is complete (``len(others) == out_of - 1``) the rank is counted:
    1 + the number of others scoring strictly higher (ties give the range 1 + higher ..
    1 + higher + ties). Elsewhere the number of others above is interpolated linearly in the score
    between the known points (:func:`_anchors`), rounded half up, and the range is what the two
    bracketing points allow; outside the points the rank is open (None) unless the bound is exact.
    """
    if _is_missing(score) or not math.isfinite(float(score)):
        raise ValueError("score must be a finite number")
    if out_of < 1:
        raise ValueError("out_of must be at least 1")
    score = float(score)
    clean = [(float(s), int(r)) for s, r in others if not (_is_missing(s) or _is_missing(r))]
    if clean and len(clean) == out_of - 1:
        higher = sum(1 for s, _ in clean if s > score)
        ties = sum(1 for s, _ in clean if s == score)
        return RankEstimate(year, score, 1 + higher, 1 + higher, 1 + higher + ties, len(clean), "inside",
                            out_of, "count")
    anchors = _anchors(clean, own)
    n = len(anchors)
    if n == 0:
        return RankEstimate(year, score, None, None, None, 0, "none", out_of, "interpolated")
    lowest, highest = anchors[0], anchors[-1]
    if score > highest[0]:
        high = highest[1] + 1  # at most the others above the best point
        return RankEstimate(year, score, 1 if high == 1 else None, 1, high, n, "above", out_of, "interpolated")
    if score < lowest[0]:
        low = lowest[1] + 1 + (1 if lowest[2] else 0)
        rank = low if low == out_of else None
        return RankEstimate(year, score, rank, min(low, out_of), out_of, n, "below", out_of, "interpolated")
    for i, (s, above, competitor) in enumerate(anchors):
        if score == s:
            high = above + 1 + (1 if competitor else 0)  # a tie with a competitor may rank after it
            return RankEstimate(year, score, above + 1, above + 1, min(high, out_of), n, "inside", out_of,
                                "interpolated")
        if score < s:
            s_low, above_low, _ = anchors[i - 1]
            fraction = (score - s_low) / (s - s_low)
            count = above_low + fraction * (above - above_low)
            rank = min(max(_round_half_up(count) + 1, 1), out_of)
            # between the two points the upper one (if a competitor) is also above; inconsistent
            # published ranks (fixed to equal counts) may leave no room: the range never inverts
            low = min(above + 1 + (1 if competitor else 0), above_low + 1)
            return RankEstimate(year, score, max(min(rank, above_low + 1), low), low, above_low + 1, n,
                                "inside", out_of, "interpolated")
    raise AssertionError("unreachable: score lies within the points")


def estimate_to_json(e: RankEstimate) -> dict:
    """Return the JSON-ready dict of a rank estimate.

    Keys: year, score, rank, low, high, out_of, points, position, method. Used by the CLI, which
    prints it as one JSON line.
    """
    return {
        "year": e.year,
        "score": e.score,
        "rank": e.rank,
        "low": e.low,
        "high": e.high,
        "out_of": e.out_of,
        "points": e.points,
        "position": e.position,
        "method": e.method,
    }


# ---------------------------------------------------------------------------
# 3. Targets and projections
# ---------------------------------------------------------------------------

#: The what-if's statuses; "not_met": the target year has passed (a result of that year or later is known) and
#: the target is not met, a fact rather than a trend word.
STATUS_ORDER: tuple[str, ...] = ("met", "on_track", "moderate", "stagnating", "decreasing", "not_met")
"""Progress words, best first (SDG Index "trend" method)."""

_EPS = 1e-9


def required_pace(baseline: float, baseline_year: int, target: float, target_year: int) -> float:
    """Return the yearly change needed to go from ``baseline`` to ``target`` by ``target_year``.

    (target - baseline) / (target_year - baseline_year). Raises ValueError
    if the two years are equal.
    """
    if target_year == baseline_year:
        raise ValueError("target_year must differ from baseline_year")
    return (target - baseline) / (target_year - baseline_year)


def _clamp(value: float, lower: float | None, upper: float | None) -> float:
    """Clamp ``value`` to [lower, upper]; a bound of None is not applied."""
    if lower is not None and value < lower:
        value = lower
    if upper is not None and value > upper:
        value = upper
    return value


def project(
    baseline: float,
    baseline_year: int,
    pace: float,
    year: int,
    lower: float | None = None,
    upper: float | None = None,
) -> float:
    """Return the linear projection baseline + pace * (year - baseline_year).

    The result is clamped to [lower, upper] where given (e.g. 0-100 for
    percentages, 1-N for ranks out of N).
    """
    return _clamp(baseline + pace * (year - baseline_year), lower, upper)


def project_series(
    baseline: float,
    baseline_year: int,
    pace: float,
    years: Sequence[int],
    actuals: Mapping[int, float] | None = None,
    lower: float | None = None,
    upper: float | None = None,
) -> list[tuple[int, float, bool]]:
    """Return (year, value, is_actual) for each year in ``years``.

    A year with an actual value uses it as-is (flag True). Other years are
    projected (flag False), anchored on the latest actual at or before that
    year when there is one from ``baseline_year`` onwards (baseline := that
    actual, baseline_year := its year); otherwise on the original baseline.
    Projections are clamped to [lower, upper]; actuals are not. Missing
    (None/NaN) actuals are ignored.
    """
    known = {y: float(v) for y, v in (actuals or {}).items() if not _is_missing(v)}
    series: list[tuple[int, float, bool]] = []
    for year in years:
        if year in known:
            series.append((year, known[year], True))
            continue
        anchor_years = [y for y in known if baseline_year <= y <= year]
        if anchor_years:
            anchor_year = max(anchor_years)
            value = project(known[anchor_year], anchor_year, pace, year, lower, upper)
        else:
            value = project(baseline, baseline_year, pace, year, lower, upper)
        series.append((year, value, False))
    return series


def meets(value: float, target: float, higher_is_better: bool) -> bool:
    """Return True if ``value`` meets ``target`` (with a tiny float tolerance): >= when higher is
    better, <= when lower is better (a rank meets a band when it is no worse than its worst rank).
    The one test of "met" in the project; ranks out of different numbers of provinces are first put
    on one scale with :mod:`reform.model.ranks`."""
    if higher_is_better:
        return value >= target - _EPS
    return value <= target + _EPS


def year_reached(
    baseline: float,
    baseline_year: int,
    pace: float,
    target: float,
    higher_is_better: bool,
    horizon: int = 2040,
) -> int | None:
    """Return the first year >= baseline_year at which the projection meets ``target``.

    "Meets" is >= target when higher is better and <= target when lower is
    better (ranks). Returns baseline_year if the baseline already meets the
    target, and None if the pace does not move towards the target or the
    target is not met by ``horizon``.
    """
    if meets(baseline, target, higher_is_better):
        return baseline_year
    improving = pace > 0 if higher_is_better else pace < 0
    if not improving:
        return None
    for year in range(baseline_year, horizon + 1):
        if meets(project(baseline, baseline_year, pace, year), target, higher_is_better):
            return year
    return None


def status(
    baseline: float,
    baseline_year: int,
    pace: float,
    target: float,
    target_year: int,
    higher_is_better: bool,
) -> str:
    """Return the SDG-Index progress word for a target (Sachs et al., "trend" method).

    "met" if the baseline already meets the target. Otherwise, with
    r = pace / required pace (both signed so that improving is positive):
    "on_track" if r >= 1, "moderate" if 0.5 <= r < 1, "stagnating" if
    0 <= r < 0.5 and "decreasing" if r < 0 (moving away from the target).

    For lower-is-better targets such as ranks, pass the worst acceptable
    value as ``target``: a band "rank 45-50 by 2025" means target 50, and
    improving means the rank number falls.
    """
    if meets(baseline, target, higher_is_better):
        return "met"
    direction = 1.0 if higher_is_better else -1.0
    needed = direction * required_pace(baseline, baseline_year, target, target_year)
    if needed <= 0:
        # Target not met and its year is already behind the baseline.
        raise ValueError("target_year must be after baseline_year for an unmet target")
    ratio = (direction * pace) / needed
    if ratio >= 1.0 - _EPS:
        return "on_track"
    if ratio >= 0.5 - _EPS:
        return "moderate"
    if ratio >= 0.0:
        return "stagnating"
    return "decreasing"


def scale_pace(pace: float, factor: float) -> float:
    """Return ``pace`` scaled by the global implementation-pace ``factor`` (1.0 = as assumed).

    Raises ValueError for a negative or non-finite factor.
    """
    if not math.isfinite(factor) or factor < 0:
        raise ValueError("factor must be a finite number >= 0")
    return pace * factor


def default_pace(
    history: Sequence[tuple[int, float]] | None,
    baseline: float,
    baseline_year: int,
    target: float,
    target_year: int,
) -> tuple[float, str]:
    """Return the default pace of a target and where it comes from.

    If ``history`` (year, value) has at least two usable points with
    different years, returns (least-squares slope, "historical"); points
    with a missing value are ignored. Otherwise returns
    (required pace from baseline to target, "required").
    """
    pts = [(float(y), float(v)) for y, v in (history or []) if not _is_missing(v)]
    if len({y for y, _ in pts}) >= 2:
        return slope(pts), "historical"
    return required_pace(baseline, baseline_year, target, target_year), "required"


def slope(points: Sequence[tuple[float, float]]) -> float:
    """The least-squares slope of (year, value) points: the observed yearly pace (the one least-squares fit
    of the project: the what-if's historical pace and the verdicts' observed pace). Raises ValueError
    with fewer than two distinct years."""
    n = len(points)
    if len({float(y) for y, _ in points}) < 2:
        raise ValueError("a slope needs points of at least two different years")
    mean_x = sum(float(y) for y, _ in points) / n
    mean_y = sum(float(v) for _, v in points) / n
    sxx = sum((float(y) - mean_x) ** 2 for y, _ in points)
    sxy = sum((float(y) - mean_x) * (float(v) - mean_y) for y, v in points)
    return sxy / sxx


# ---------------------------------------------------------------------------
# 4. PAR INDEX
# ---------------------------------------------------------------------------
