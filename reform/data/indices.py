"""The two indices as their publishers define them: PCI (VCCI) and PAR INDEX (Ministry of Home Affairs).

One place for the lists of sub-indices and areas, the VCCI weights and the arithmetic that makes a
composite from its parts. The build, the audit and the what-if all use these; nothing else writes
them again.
"""
from __future__ import annotations

from typing import Mapping

PCI_WEIGHTS: dict[str, float] = {
    "entry": 0.05,
    "land": 0.05,
    "transparency": 0.20,
    "time": 0.05,
    "informal": 0.10,
    "bias": 0.05,
    "proactivity": 0.05,
    "support": 0.20,
    "labour": 0.20,
    "legal": 0.05,
}
"""VCCI weights (fractions, summing to 1) of the ten PCI sub-indices, 2016-2021 method."""


def pci_composite(scores: Mapping[str, float]) -> float:
    """Return the PCI composite (0-100) from the ten sub-index scores (0-10 each).

    The composite is 10 * sum(weight * score) over the ids in PCI_WEIGHTS.
    Extra keys in ``scores`` are ignored. Raises ValueError naming the first
    sub-index id that is missing.
    """
    total = 0.0
    for sub_id, weight in PCI_WEIGHTS.items():
        if sub_id not in scores or scores[sub_id] is None:
            raise ValueError(f"missing PCI sub-index score: {sub_id!r}")
        total += weight * float(scores[sub_id])
    return 10.0 * total


def pci_gain_per_point(sub_id: str) -> float:
    """Return the composite points gained per +1 point on sub-index ``sub_id``.

    This is 10 * weight (e.g. 2.0 for transparency, 0.5 for entry). Raises
    ValueError for an unknown id.
    """
    if sub_id not in PCI_WEIGHTS:
        raise ValueError(f"unknown PCI sub-index: {sub_id!r}")
    return 10.0 * PCI_WEIGHTS[sub_id]


PCI_SUBINDICES: tuple[str, ...] = tuple(PCI_WEIGHTS)
"""The ten PCI sub-indices in the order of Appendix 03."""


PAR_AREAS: tuple[str, ...] = (
    "steering",
    "legal",
    "procedures",
    "organisation",
    "staff",
    "finance",
    "modernisation",
    "impact",
)
"""The eight areas of the provincial PAR INDEX, in the official order."""

PAR_MAX_TOTAL: float = 100.0
"""The most points the provincial PAR INDEX gives: its total (the sum of the eight areas) is scored out of
100 (Ministry of Home Affairs' method; the decision prints the totals, 67,41-79,51 for 2016-2019, but not
the scale, nor any area's maximum)."""


def par_total(scores: Mapping[str, float]) -> float:
    """Return the PAR INDEX total: the sum of the eight area scores.

    Raises ValueError naming the first missing area.
    """
    total = 0.0
    for area in PAR_AREAS:
        if area not in scores or scores[area] is None:
            raise ValueError(f"missing PAR INDEX area: {area!r}")
        total += float(scores[area])
    return total
