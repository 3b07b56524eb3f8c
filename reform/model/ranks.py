"""Ranks out of different numbers of provinces: the dashboard's equivalence by position.

The decision's rank bands (PCI 45-55, PAR INDEX 45-50 for 2025; 40-45 and 32-40 for 2030) are ranks
among 63 provinces. From 2025 on national rankings rank 34 provinces, and no official rule converts a
rank out of 63 into one out of 34. The dashboard compares them by position, the share of the field a
rank stands at: a rank r out of N sits at p = (r - 0,5) / N (the middle of its slice of the field, so
that rank 1 and rank N are symmetric). This is the dashboard's equivalence, not an official conversion.

* ``within_or_better``: a result r out of N is within the band or better when
  (r - 0,5) / N <= (high - 0,5) / 63 (no worse than the band's worst rank).
* ``equivalent_band``: the ranks out of N whose position lies inside the band's positions:
  low_N = ceil((low - 0,5) * N / 63 + 0,5) and high_N = floor((high - 0,5) * N / 63 + 0,5).

Worked by hand, band 45-55 out of 63 as ranks out of 34:
  low:  (45 - 0,5) * 34 / 63 = 1513 / 63 = 24,016; + 0,5 = 24,516; ceil -> 25
  high: (55 - 0,5) * 34 / 63 = 1853 / 63 = 29,413; + 0,5 = 29,913; floor -> 29
  so 45-55/63 ~ 25-29/34. Check with the rule: rank 29/34 sits at 28,5/34 = 0,838 <= 54,5/63 = 0,865
  (within); rank 30/34 at 29,5/34 = 0,868 > 0,865 (worse); rank 25/34 at 0,721 >= 44,5/63 = 0,706
  (inside), rank 24/34 at 0,691 < 0,706 (better than the band). With N = 63 the band is unchanged.
"""
from __future__ import annotations

import math

from reform.model import whatif

_EPS = 1e-9


#: How many provinces national rankings rank from 2025 (63 -> 34 provinces: Nghị quyết 60-NQ/TW of
#: 12/4/2025 and the 2025 reorganisation). For worked examples and notes only: a result carries its own
#: number ranked (out_of) in the data.
FIELD_FROM_2025 = 34


def position(rank: float, out_of: int) -> float:
    """Where a rank stands in its field, 0 (best) to 1 (worst): (rank - 0,5) / out_of."""
    if out_of < 1:
        raise ValueError("out_of must be at least 1")
    return (float(rank) - 0.5) / out_of


def on_scale(rank: float, out_of: int, scale: int) -> float:
    """The rank out of ``scale`` at the same position as ``rank`` out of ``out_of`` (not rounded)."""
    return position(rank, out_of) * scale + 0.5


def within_or_better(rank: float, out_of: int, band_high: float, band_out_of: int) -> bool:
    """True when ``rank`` out of ``out_of`` is no worse than the band's worst rank ``band_high`` out of
    ``band_out_of``, compared by position: (rank - 0,5)/N <= (band_high - 0,5)/band_out_of."""
    return whatif.meets(position(rank, out_of), position(band_high, band_out_of), higher_is_better=False)


def equivalent_band(low: float, high: float, band_out_of: int, out_of: int) -> tuple[int, int]:
    """The band ``low``-``high`` (ranks out of ``band_out_of``) as ranks out of ``out_of``:
    low_N = ceil((low - 0,5) N / M + 0,5), high_N = floor((high - 0,5) N / M + 0,5)."""
    low_n = math.ceil((float(low) - 0.5) * out_of / band_out_of + 0.5 - _EPS)
    high_n = math.floor((float(high) - 0.5) * out_of / band_out_of + 0.5 + _EPS)
    return int(low_n), int(high_n)


def band_position(rank: float, out_of: int, low: float, high: float, band_out_of: int) -> str:
    """Where a rank out of ``out_of`` falls against a band out of ``band_out_of``: "better", "in" or
    "worse", by position."""
    p = position(rank, out_of)
    if p < position(low, band_out_of) - _EPS:
        return "better"
    return "in" if p <= position(high, band_out_of) + _EPS else "worse"
