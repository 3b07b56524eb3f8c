"""Unit tests for reform.model.whatif and reform.data.indices (PCI, rank estimates, projections, PAR INDEX)."""

from __future__ import annotations

import json
import math

import pytest

from reform.data.indices import PAR_AREAS, PCI_WEIGHTS, par_total, pci_composite, pci_gain_per_point
from reform.model.whatif import (
    STATUS_ORDER,
    RankEstimate,
    default_pace,
    estimate_to_json,
    meets,
    pci_scenario,
    project,
    project_series,
    rank_among,
    required_pace,
    scale_pace,
    status,
    year_reached,
)

LAI_CHAU_2020 = {
    "entry": 7.82,
    "land": 5.78,
    "transparency": 6.50,
    "time": 6.04,
    "informal": 5.98,
    "bias": 6.67,
    "proactivity": 6.56,
    "support": 5.64,
    "labour": 5.94,
    "legal": 6.84,
}
LAI_CHAU_2016 = dict(zip(("entry", "land", "transparency", "time", "informal", "bias", "proactivity", "support",
                          "labour", "legal"), (8.84, 5.22, 6.13, 6.56, 4.54, 4.83, 4.77, 4.55, 4.78, 5.76)))

POINTS = [(60.0, 40), (62.0, 30), (64.0, 20)]


# --- PCI --------------------------------------------------------------------


def test_weights_order_and_sum() -> None:
    """The ten PCI weights are VCCI's (2016-2021 method), in VCCI order, written out here."""
    assert list(PCI_WEIGHTS.items()) == [
        ("entry", 0.05), ("land", 0.05), ("transparency", 0.20), ("time", 0.05), ("informal", 0.10),
        ("bias", 0.05), ("proactivity", 0.05), ("support", 0.20), ("labour", 0.20), ("legal", 0.05),
    ]
    assert sum(PCI_WEIGHTS.values()) == pytest.approx(1.0)


def test_pci_composite_lai_chau_2020() -> None:
    """Lai Châu 2020 sub-indices give 61.995, within 0.02 of the published 61.98."""
    value = pci_composite(LAI_CHAU_2020)
    assert value == pytest.approx(61.995)
    assert value == pytest.approx(61.98, abs=0.02)


def test_pci_composite_lai_chau_2016() -> None:
    """Lai Châu 2016 sub-indices give 53.45, within 0.02 of the published 53.46."""
    value = pci_composite(LAI_CHAU_2016)
    assert value == pytest.approx(53.45)
    assert value == pytest.approx(53.46, abs=0.02)


def test_pci_composite_missing_id_named() -> None:
    """A missing sub-index raises ValueError naming it."""
    scores = dict(LAI_CHAU_2020)
    del scores["labour"]
    with pytest.raises(ValueError, match="labour"):
        pci_composite(scores)


def test_pci_gain_per_point() -> None:
    """Gain per +1 point is 10 * weight; unknown ids are rejected."""
    assert pci_gain_per_point("transparency") == pytest.approx(2.0)
    assert pci_gain_per_point("entry") == pytest.approx(0.5)
    assert pci_gain_per_point("informal") == pytest.approx(1.0)
    with pytest.raises(ValueError):
        pci_gain_per_point("nonexistent")


def test_pci_scenario_land_plus_one() -> None:
    """Land 5.78 -> 6.78 raises the composite by exactly 0.5."""
    result = pci_scenario(LAI_CHAU_2020, {**LAI_CHAU_2020, "land": 6.78})
    assert result["composite_base"] == pytest.approx(61.995)
    assert result["composite"] == pytest.approx(62.495)
    assert result["change"] == pytest.approx(0.5)
    assert result["contributions"]["land"] == pytest.approx(0.5)
    assert result["contributions"]["transparency"] == pytest.approx(0.0)
    assert set(result["contributions"]) == set(PCI_WEIGHTS)


def test_pci_scenario_partial_and_gains_sorted() -> None:
    """A partial scenario keeps base values; gains are sorted largest first."""
    result = pci_scenario(LAI_CHAU_2020, {"transparency": 7.0, "entry": 7.32})
    # +0.5 transparency (x2.0) and -0.5 entry (x0.5)
    assert result["change"] == pytest.approx(1.0 - 0.25)
    gains = list(result["gains"].values())
    assert gains == sorted(gains, reverse=True)
    assert list(result["gains"])[:3] == ["transparency", "support", "labour"]
    assert result["gains"]["legal"] == pytest.approx(0.5)


# --- Rank estimate ------------------------------------------------------------
# Hand-worked: a competitor published at rank r has r - 1 provinces above it, so POINTS give
# "others above" 39 at 60, 29 at 62 and 19 at 64 (no own point to discount).


def test_rank_interpolated_midpoint() -> None:
    """Score 61 halfway between 60 (39 above) and 62 (29 above): 34 above, rank 35; between the two
    points at least 62's province and everything above it is higher (rank >= 31), at most 40."""
    e = rank_among(61.0, POINTS, 63, 2020)
    assert isinstance(e, RankEstimate)
    assert (e.rank, e.low, e.high, e.points, e.position, e.out_of, e.method) == (35, 31, 40, 3, "inside", 63,
                                                                                 "interpolated")
    assert e.year == 2020 and e.score == 61.0


def test_rank_interpolated_rounds_half_up() -> None:
    """63.5: 29 + 0.75 x (19 - 29) = 21.5 above, rounded half up to 22: rank 23."""
    e = rank_among(63.5, POINTS, 63, 2020)
    assert (e.rank, e.low, e.high) == (23, 21, 30)


def test_rank_exact_hit_on_a_competitor() -> None:
    """A score equal to a competitor's: 29 above it, so rank 30, or 31 if the tie goes the other way."""
    e = rank_among(62.0, POINTS, 63, 2020)
    assert (e.rank, e.low, e.high, e.position) == (30, 30, 31, "inside")


def test_rank_above_and_below() -> None:
    above = rank_among(65.0, POINTS, 63, 2020)
    assert (above.rank, above.low, above.high, above.position) == (None, 1, 20, "above")
    below = rank_among(59.0, POINTS, 63, 2020)
    assert (below.rank, below.low, below.high, below.position) == (None, 41, 63, "below")
    # out of 34 the open range ends at 34
    below34 = rank_among(50.0, [(70.0, 1), (60.0, 20)], 34, 2025)
    assert (below34.low, below34.high, below34.out_of) == (21, 34, 34)


def test_rank_no_points() -> None:
    e = rank_among(61.0, [], 63, 2021)
    assert (e.rank, e.low, e.high, e.points, e.position) == (None, None, None, 0, "none")
    assert rank_among(61.0, [(None, 3), (math.nan, 4)], 63, 2021).position == "none"


def test_rank_drops_missing_scores() -> None:
    e = rank_among(61.0, POINTS + [(None, 1), (math.nan, 2)], 63, 2020)
    assert (e.rank, e.points) == (35, 3)


def test_own_point_anchors_but_never_competes() -> None:
    """The province's own published point (61, rank 36): 35 others above 61. The competitor at 60
    (rank 40) had the province above it, so 38 others above 60."""
    e = rank_among(61.0, POINTS, 63, 2020, own=(61.0, 36))
    assert (e.rank, e.low, e.high, e.points) == (36, 36, 36, 4)
    # 61.5 halfway between (61, 35 above) and (62, 29 above): 32 above, rank 33; at least 31
    e = rank_among(61.5, POINTS, 63, 2020, own=(61.0, 36))
    assert (e.rank, e.low, e.high) == (33, 31, 36)
    # just above 60: between (60, 38 above) and (61, 35 above)
    e = rank_among(60.5, POINTS, 63, 2020, own=(61.0, 36))
    assert e.rank == 38  # 38 + 0.5 x (35 - 38) = 36.5 -> 37 above -> rank 38


def test_rank_counted_where_the_year_is_complete() -> None:
    """Out of 5 with all 4 others known (the province was 3rd): the rank is counted, ties give a range."""
    others = [(70.0, 1), (65.0, 2), (60.0, 4), (55.0, 5)]
    assert (rank_among(62.0, others, 5, 2016).rank, rank_among(62.0, others, 5, 2016).method) == (3, "count")
    tie = rank_among(65.0, others, 5, 2016)
    assert (tie.rank, tie.low, tie.high) == (2, 2, 3)
    assert rank_among(50.0, others, 5, 2016).rank == 5
    assert rank_among(99.0, others, 5, 2016).rank == 1


def test_rank_monotonicity_violation_resolved() -> None:
    """62 published at rank 45, worse than 60 at rank 40: from the top down the number above never
    falls, so 60 gets 44 above (as 62) and 61 is rank 45."""
    points = [(60.0, 40), (62.0, 45), (64.0, 20)]
    assert rank_among(61.0, points, 63, 2020).rank == 45
    ranks = [rank_among(59.0 + i * 0.25, points, 63, 2020).rank for i in range(5, 21)]
    assert ranks == sorted(ranks, reverse=True)  # higher score never worse rank


def test_rank_rejects_bad_score() -> None:
    with pytest.raises(ValueError):
        rank_among(math.nan, POINTS, 63, 2020)


def test_estimate_to_json_keys() -> None:
    data = estimate_to_json(rank_among(61.0, POINTS, 63, 2020))
    assert data == {
        "year": 2020, "score": 61.0, "rank": 35, "low": 31, "high": 40, "out_of": 63,
        "points": 3, "position": "inside", "method": "interpolated",
    }
    line = json.dumps(estimate_to_json(rank_among(70.0, POINTS, 63, 2020)))
    assert json.loads(line)["rank"] is None


def test_meets_is_the_one_rule() -> None:
    assert meets(30.0, 30.0, True) and not meets(29.99, 30.0, True)
    assert meets(55.0, 55.0, False) and not meets(56.0, 55.0, False)


# --- Targets and projections ------------------------------------------------------


def test_required_pace() -> None:
    """Required pace is the signed yearly change to the target."""
    assert required_pace(60.0, 2020, 70.0, 2025) == pytest.approx(2.0)
    assert required_pace(57.0, 2021, 50.0, 2025) == pytest.approx(-1.75)
    with pytest.raises(ValueError):
        required_pace(1.0, 2020, 2.0, 2020)


def test_project_and_clamping() -> None:
    """Projections are linear and clamped to the given bounds."""
    assert project(90.0, 2021, 3.0, 2024) == pytest.approx(99.0)
    assert project(90.0, 2021, 3.0, 2025, lower=0.0, upper=100.0) == pytest.approx(100.0)
    assert project(5.0, 2021, -2.0, 2025, lower=0.0, upper=100.0) == pytest.approx(0.0)
    assert project(3.0, 2021, -1.0, 2025, lower=1.0, upper=63.0) == pytest.approx(1.0)


def test_project_series_cap_at_100() -> None:
    """A percentage series is capped at 100."""
    series = project_series(90.0, 2021, 3.0, range(2021, 2026), upper=100.0)
    assert [y for y, _, _ in series] == [2021, 2022, 2023, 2024, 2025]
    assert [v for _, v, _ in series] == pytest.approx([90.0, 93.0, 96.0, 99.0, 100.0])
    assert not any(flag for _, _, flag in series)


def test_project_series_reanchors_on_actuals() -> None:
    """Years after an actual are projected from that actual."""
    series = project_series(90.0, 2021, 3.0, range(2021, 2026), actuals={2023: 92.0}, upper=100.0)
    assert [v for _, v, _ in series] == pytest.approx([90.0, 93.0, 92.0, 95.0, 98.0])
    assert [flag for _, _, flag in series] == [False, False, True, False, False]


def test_project_series_latest_actual_wins() -> None:
    """The latest actual at or before a year is the anchor."""
    series = project_series(
        50.0, 2020, 1.0, [2021, 2022, 2023, 2024], actuals={2021: 55.0, 2022: 54.0}
    )
    assert series == [
        (2021, 55.0, True),
        (2022, 54.0, True),
        (2023, pytest.approx(55.0), False),
        (2024, pytest.approx(56.0), False),
    ]


def test_year_reached_higher_is_better() -> None:
    """First year a rising value reaches its target, or None."""
    assert year_reached(60.0, 2021, 2.0, 70.0, higher_is_better=True) == 2026
    assert year_reached(60.0, 2021, 2.0, 55.0, higher_is_better=True) == 2021
    assert year_reached(60.0, 2021, -1.0, 70.0, higher_is_better=True) is None
    assert year_reached(60.0, 2021, 0.0, 70.0, higher_is_better=True) is None
    assert year_reached(60.0, 2021, 0.1, 100.0, higher_is_better=True, horizon=2040) is None


def test_year_reached_lower_is_better_rank() -> None:
    """First year a falling rank reaches its target, or None."""
    assert year_reached(57.0, 2021, -1.75, 50.0, higher_is_better=False) == 2025
    assert year_reached(57.0, 2021, -1.0, 50.0, higher_is_better=False) == 2028
    assert year_reached(48.0, 2021, 1.0, 50.0, higher_is_better=False) == 2021
    assert year_reached(57.0, 2021, 1.0, 50.0, higher_is_better=False) is None


def test_status_order_constant() -> None:
    """STATUS_ORDER lists the five progress words, best first."""
    assert STATUS_ORDER == ("met", "on_track", "moderate", "stagnating", "decreasing", "not_met")


@pytest.mark.parametrize(
    ("baseline", "pace", "target", "expected"),
    [
        (72.0, 0.0, 70.0, "met"),
        (60.0, 2.0, 70.0, "on_track"),
        (60.0, 3.0, 70.0, "on_track"),
        (60.0, 1.5, 70.0, "moderate"),
        (60.0, 1.0, 70.0, "moderate"),  # r = 0.5 exactly
        (60.0, 0.5, 70.0, "stagnating"),
        (60.0, 0.0, 70.0, "stagnating"),
        (60.0, -1.0, 70.0, "decreasing"),
    ],
)
def test_status_higher_is_better(baseline: float, pace: float, target: float, expected: str) -> None:
    """Progress words for a higher-is-better target (required pace 2/yr)."""
    assert status(baseline, 2020, pace, target, 2025, higher_is_better=True) == expected


@pytest.mark.parametrize(
    ("baseline", "pace", "expected"),
    [
        (48.0, 0.0, "met"),  # already inside the band "rank 45-50"
        (50.0, 1.0, "met"),
        (57.0, -2.0, "on_track"),  # required -1.75/yr
        (57.0, -1.75, "on_track"),
        (57.0, -1.0, "moderate"),  # r = 0.571
        (57.0, -0.5, "stagnating"),  # r = 0.286
        (57.0, 1.0, "decreasing"),  # rank number rising = moving away
    ],
)
def test_status_rank_target(baseline: float, pace: float, expected: str) -> None:
    """Progress words for a rank band target (lower is better)."""
    # Scheme target "rank 45-50 by 2025" from baseline rank 57 (2021): target rank <= 50.
    assert status(baseline, 2021, pace, 50.0, 2025, higher_is_better=False) == expected


def test_status_words_all_in_order_constant() -> None:
    """Every status word the pace rule produces is one of STATUS_ORDER; the one it cannot produce is
    "not_met", the fact of a target year already passed (set by the projection, tests/test_verdicts.py)."""
    words = {
        status(60.0, 2020, p, 70.0, 2025, True) for p in (2.0, 1.5, 0.5, -1.0)
    } | {status(71.0, 2020, 0.0, 70.0, 2025, True)}
    assert words == set(STATUS_ORDER) - {"not_met"}


def test_scale_pace() -> None:
    """The implementation-pace slider multiplies the pace."""
    assert scale_pace(2.0, 1.0) == pytest.approx(2.0)
    assert scale_pace(2.0, 0.5) == pytest.approx(1.0)
    assert scale_pace(-1.75, 1.5) == pytest.approx(-2.625)
    assert scale_pace(2.0, 0.0) == 0.0
    with pytest.raises(ValueError):
        scale_pace(2.0, -1.0)


def test_default_pace_historical() -> None:
    """With two or more years of history the least-squares slope is used."""
    pace, source = default_pace([(2017, 50.0), (2018, 51.0), (2019, 54.0)], 54.0, 2019, 70.0, 2025)
    assert source == "historical"
    assert pace == pytest.approx(2.0)
    pace2, source2 = default_pace([(2019, 57.0), (2021, 53.0)], 53.0, 2021, 50.0, 2025)
    assert (pace2, source2) == (pytest.approx(-2.0), "historical")


def test_default_pace_required() -> None:
    """Without usable history the required pace is used."""
    expected = (pytest.approx(2.0), "required")
    assert default_pace(None, 60.0, 2020, 70.0, 2025) == expected
    assert default_pace([(2020, 60.0)], 60.0, 2020, 70.0, 2025) == expected
    assert default_pace([(2020, 60.0), (2020, 61.0)], 60.0, 2020, 70.0, 2025) == expected
    assert default_pace([(2019, None), (2020, 60.0)], 60.0, 2020, 70.0, 2025) == expected


# --- PAR INDEX --------------------------------------------------------------------


def test_par_total_lai_chau_2019() -> None:
    """Lai Châu 2019 PAR INDEX areas sum to 79.51."""
    scores = {"steering": 8.00, "legal": 9.01, "procedures": 12.22, "organisation": 8.71, "staff": 10.23,
              "finance": 9.30, "modernisation": 10.06, "impact": 11.98}  # PL04, năm 2019, điểm số
    assert par_total(scores) == pytest.approx(79.51)  # PL04 prints 79,51 as the 2019 total
    assert PAR_AREAS == tuple(scores)  # the eight areas in the official order of PL04


def test_par_total_missing_area_named() -> None:
    """A missing PAR INDEX area raises ValueError naming it."""
    scores = dict.fromkeys(PAR_AREAS, 10.0)
    del scores["modernisation"]
    with pytest.raises(ValueError, match="modernisation"):
        par_total(scores)


def test_slope_is_the_one_least_squares_fit() -> None:
    """By hand: (2019, 51), (2021, 31), (2022, 24), (2024, 50): years centred on 2021,5, values on 39:
    Sxy = (-2,5)(12) + (-0,5)(-8) + (0,5)(-15) + (2,5)(11) = -6, Sxx = 13."""
    from reform.model.whatif import slope

    assert slope([(2019, 51.0), (2021, 31.0), (2022, 24.0), (2024, 50.0)]) == pytest.approx(-6 / 13)
    assert default_pace([(2019, 51.0), (2021, 31.0), (2022, 24.0), (2024, 50.0)], 50.0, 2024, 40.0, 2030) == \
        (pytest.approx(-6 / 13), "historical")
    with pytest.raises(ValueError):
        slope([(2020, 1.0), (2020, 2.0)])
