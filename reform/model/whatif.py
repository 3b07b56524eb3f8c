"""What-if calculations for the Lai Châu administrative-reform dashboard.

Pure Python (standard library only; the index definitions are
:mod:`reform.data.indices`). The module covers three things:

1. PCI (Provincial Competitiveness Index, VCCI, 2016-2021 method): simple
   "what if sub-index X rises by one point" scenarios.
2. Rank estimates: turning a composite score into an approximate national
   rank by interpolating between other provinces' published
   (score, rank) pairs for the same year.
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
    """An approximate national rank for a composite score.

    ``position`` is "inside" (score within the reference points), "above"
    (higher than the best reference score), "below" (lower than the worst)
    or "none" (no reference points). ``low`` is the better (smaller) rank
    bound and ``high`` the worse (larger) one. ``points`` is the number of
    reference points used after cleaning.
    """

    year: int
    score: float
    rank: int | None
    low: int | None
    high: int | None
    points: int
    position: str


def _is_missing(value: object) -> bool:
    """Return True if ``value`` is None or a float NaN."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def _clean_points(points: Sequence[tuple[float, int]]) -> list[tuple[float, int]]:
    """Prepare reference (score, rank) points for interpolation.

    Steps: drop points with a missing score or rank; sort by score
    ascending; for equal scores keep the best (lowest) rank; then enforce
    monotonicity, since a higher score must never get a worse rank. A
    violation in the data is resolved by walking from the highest score to
    the lowest and setting rank = max(rank, previous rank), i.e. a
    lower-scored point is never ranked better than a higher-scored one.
    """
    best: dict[float, int] = {}
    for score, rank in points:
        if _is_missing(score) or _is_missing(rank):
            continue
        s, r = float(score), int(rank)
        if s not in best or r < best[s]:
            best[s] = r
    ordered = sorted(best.items())
    fixed: list[tuple[float, int]] = []
    previous_rank: int | None = None
    for s, r in reversed(ordered):
        if previous_rank is not None:
            r = max(r, previous_rank)
        fixed.append((s, r))
        previous_rank = r
    fixed.reverse()
    return fixed


def _round_half_up(value: float) -> int:
    """Round to the nearest integer, halves upwards (avoids banker's rounding)."""
    return int(math.floor(value + 0.5))


def estimate_rank(
    score: float,
    points: Sequence[tuple[float, int]],
    year: int,
    n_provinces: int = 63,
) -> RankEstimate:
    """Estimate the national rank of ``score`` from other provinces' (score, rank) points.

    The points are cleaned (see ``_clean_points``: missing scores dropped,
    duplicate scores keep the best rank, monotonicity enforced) and the
    rank is interpolated linearly between the two points bracketing the
    score. Linear interpolation between monotone points is itself
    monotone, so a higher score never gets a worse estimate.

    - Inside the points: rank = interpolated rank rounded (halves up) and
      clamped to [1, n_provinces]; low/high = better/worse rank of the
      bracketing points (both equal to the point's rank on an exact hit).
    - Above the best point: rank None, low 1, high = best point's rank.
    - Below the worst point: rank None, low = worst point's rank,
      high = n_provinces.
    - No usable points: position "none", rank/low/high None.
    """
    if _is_missing(score) or not math.isfinite(float(score)):
        raise ValueError("score must be a finite number")
    if n_provinces < 1:
        raise ValueError("n_provinces must be at least 1")
    score = float(score)
    cleaned = _clean_points(points)
    n_points = len(cleaned)
    if n_points == 0:
        return RankEstimate(year, score, None, None, None, 0, "none")

    lowest_score, worst_rank = cleaned[0]
    highest_score, best_rank = cleaned[-1]
    if score > highest_score:
        return RankEstimate(year, score, None, 1, best_rank, n_points, "above")
    if score < lowest_score:
        return RankEstimate(year, score, None, worst_rank, n_provinces, n_points, "below")

    for i, (s, r) in enumerate(cleaned):
        if score == s:
            rank = min(max(r, 1), n_provinces)
            return RankEstimate(year, score, rank, r, r, n_points, "inside")
        if score < s:
            s_low, r_low = cleaned[i - 1]  # lower score, worse (larger) rank
            fraction = (score - s_low) / (s - s_low)
            rank_float = r_low + fraction * (r - r_low)
            rank = min(max(_round_half_up(rank_float), 1), n_provinces)
            return RankEstimate(year, score, rank, r, r_low, n_points, "inside")
    raise AssertionError("unreachable: score lies within the reference points")


def estimate_to_json(e: RankEstimate) -> dict:
    """Return the JSON-ready dict of a rank estimate.

    Keys: year, score, rank, low, high, points, position. Used by the CLI, which prints it as one JSON line.
    """
    return {
        "year": e.year,
        "score": e.score,
        "rank": e.rank,
        "low": e.low,
        "high": e.high,
        "points": e.points,
        "position": e.position,
    }


# ---------------------------------------------------------------------------
# 3. Targets and projections
# ---------------------------------------------------------------------------

STATUS_ORDER: tuple[str, ...] = ("met", "on_track", "moderate", "stagnating", "decreasing")
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
    percentages, 1-63 for ranks).
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


def _meets(value: float, target: float, higher_is_better: bool) -> bool:
    """Return True if ``value`` meets ``target`` (with a tiny float tolerance)."""
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
    if _meets(baseline, target, higher_is_better):
        return baseline_year
    improving = pace > 0 if higher_is_better else pace < 0
    if not improving:
        return None
    for year in range(baseline_year, horizon + 1):
        if _meets(project(baseline, baseline_year, pace, year), target, higher_is_better):
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
    if _meets(baseline, target, higher_is_better):
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
        n = len(pts)
        mean_x = sum(y for y, _ in pts) / n
        mean_y = sum(v for _, v in pts) / n
        sxx = sum((y - mean_x) ** 2 for y, _ in pts)
        sxy = sum((y - mean_x) * (v - mean_y) for y, v in pts)
        return sxy / sxx, "historical"
    return required_pace(baseline, baseline_year, target, target_year), "required"


# ---------------------------------------------------------------------------
# 4. PAR INDEX
# ---------------------------------------------------------------------------
