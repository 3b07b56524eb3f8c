"""Index methods and component scores as data (issue 15 item 2): which method a year of an index was published
under, its components and weights, a province's component scores of a year, and whether a composite can be
recomputed from them.

The methods in force are the build's (``data/sources/index_methods.csv``: PCI 2006-2021 with the decision's
10 sub-indices and VCCI's weights, PCI 2022-2024 (revised; weights not published here), PCI 2.0 from 2025
(9 components; scale and weights not published here)) and the ones editors import (a method imported under the
id of another replaces it). One method per index and year: a year's components are never mixed with another
method's. A weight is None where unpublished, and then the composite cannot be recomputed: nothing is invented.
"""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

import pandas as pd

from reform.data import db
from reform.data.build import PROVINCE


@dataclass(frozen=True)
class Component:
    id: str
    name_vi: str
    name_en: str
    scale_min: float | None
    scale_max: float | None
    weight: float | None


@dataclass(frozen=True)
class Method:
    """One method of an index: its years (``year_to`` None: open), composite scale, source, components."""

    id: str
    index_id: str
    name_vi: str
    name_en: str
    year_from: int
    year_to: int | None
    composite_max: float | None
    source: str
    components: tuple[Component, ...]
    revision_id: int | None = None

    def applies_to(self, year: int) -> bool:
        return self.year_from <= int(year) and (self.year_to is None or int(year) <= self.year_to)

    @property
    def weights(self) -> Mapping[str, float] | None:
        """component id -> weight, or None when any weight is unpublished."""
        if any(c.weight is None for c in self.components):
            return None
        return MappingProxyType({c.id: c.weight for c in self.components})

    @property
    def can_recompute(self) -> bool:
        """True when every weight and the composite's and components' scales are known."""
        return (self.weights is not None and self.composite_max is not None
                and all(c.scale_max is not None for c in self.components))


def _num(x) -> float | None:
    return None if x is None or pd.isna(x) else float(x)


@db.memo
def methods() -> tuple[Method, ...]:
    """Every method in force, by index and first year."""
    df = db.run("index_methods")
    out = []
    for mid, g in df.groupby("method_id", sort=False):
        f = g.iloc[0]
        out.append(Method(
            id=str(mid), index_id=str(f.index_id), name_vi=str(f.name_vi), name_en=str(f.name_en or f.name_vi),
            year_from=int(f.year_from), year_to=None if pd.isna(f.year_to) else int(f.year_to),
            composite_max=_num(f.composite_max), source=str(f.source),
            components=tuple(Component(str(r.component_id), str(r.component_name_vi),
                                       str(r.component_name_en or r.component_name_vi), _num(r.scale_min),
                                       _num(r.scale_max), _num(r.weight)) for r in g.itertuples()),
            revision_id=None if pd.isna(f.revision_id) else int(f.revision_id)))
    return tuple(sorted(out, key=lambda m: (m.index_id, m.year_from)))


def method(method_id: str) -> Method | None:
    return next((m for m in methods() if m.id == method_id), None)


def method_of_year(year: int, index_id: str = "pci") -> Method | None:
    """The method ``index_id`` was published under in ``year`` (None where no method covers the year)."""
    return next((m for m in methods() if m.index_id == index_id and m.applies_to(year)), None)


def components(method_id: str) -> tuple[Component, ...]:
    """A method's components in its order (empty for an unknown method)."""
    m = method(method_id)
    return m.components if m else ()


def weights(method_id: str) -> Mapping[str, float] | None:
    """A method's weights (component id -> weight), or None when they are not all published."""
    m = method(method_id)
    return m.weights if m else None


def can_recompute(method_id: str) -> bool:
    """Whether a composite of this method can be recomputed from its components (weights and scales known)."""
    m = method(method_id)
    return bool(m and m.can_recompute)


def composite(method_id: str, scores: Mapping[str, float]) -> float:
    """The composite of ``scores`` under a method: composite_max × Σ weight × score / component scale_max
    (PCI 2006-2021: 10 × Σ weight × score). ValueError when it cannot be recomputed or a score is missing."""
    m = method(method_id)
    if m is None or not m.can_recompute:
        raise ValueError(f"the composite of method {method_id!r} cannot be recomputed (weights or scales unknown)")
    total = 0.0
    for c in m.components:
        if scores.get(c.id) is None:
            raise ValueError(f"missing score of component {c.id!r}")
        total += c.weight * float(scores[c.id]) / c.scale_max
    return m.composite_max * total


@db.memo
def _scores(method_id: str, year: int, province: str) -> Mapping[str, float]:
    df = db.run("component_scores", method_id=method_id, year=int(year), province=province)
    return MappingProxyType({str(r.component_id): float(r.score) for r in df.itertuples()})


def component_scores(year: int, index_id: str = "pci", province: str = PROVINCE) -> dict[str, float]:
    """A province's component scores of a year under the method of that year (Lai Châu's by default): component
    id -> score, in no particular order; empty where none are known (no method, or no scores entered)."""
    m = method_of_year(year, index_id)
    return dict(_scores(m.id, int(year), province)) if m else {}


def score_table(year: int, index_id: str = "pci", province: str = PROVINCE) -> pd.DataFrame:
    """A province's component scores of a year with the method's components (all of them, a score null where
    none is known): component_id, name_vi, name_en, scale_min, scale_max, weight, score, rank, out_of, source,
    basis, entered_by, entered_at; empty when no method covers the year."""
    m = method_of_year(year, index_id)
    cols = ["component_id", "name_vi", "name_en", "scale_min", "scale_max", "weight", "score", "rank", "out_of",
            "source", "basis", "entered_by", "entered_at"]
    if m is None:
        return pd.DataFrame(columns=cols)
    got = db.run("component_scores", method_id=m.id, year=int(year), province=province).set_index("component_id")
    rows = []
    for c in m.components:
        s = got.loc[c.id] if c.id in got.index else None
        rows.append({"component_id": c.id, "name_vi": c.name_vi, "name_en": c.name_en, "scale_min": c.scale_min,
                     "scale_max": c.scale_max, "weight": c.weight,
                     **{k: (None if s is None else s[k]) for k in ("score", "rank", "out_of", "source", "basis",
                                                                    "entered_by", "entered_at")}})
    return pd.DataFrame(rows, columns=cols)


def years_with_scores(index_id: str = "pci", province: str = PROVINCE) -> list[int]:
    """The years a province has component scores of ``index_id`` for (any method)."""
    df = db.run("component_scores_all")
    df = df[(df["index_id"] == index_id) & (df["province"] == province)]
    return sorted(int(y) for y in df["year"].unique())


def years_with_methods(index_id: str = "pci", result_ids: tuple[str, ...] = ("pci_score", "pci_rank"),
                       province: str = PROVINCE) -> dict[int, str | None]:
    """Every year with a result of the province (a figure of ``result_ids``: the build's or a revision's) or
    component scores, mapped to the method it was published under (None where no method covers the year):
    the PCI page shows each year with its method and never joins two methods' components on one line."""
    figures = db.run("index_results", ids=list(result_ids))
    years = {int(y) for y in figures["year"]} | set(years_with_scores(index_id, province))
    out = {}
    for y in sorted(years):
        m = method_of_year(y, index_id)
        out[y] = m.id if m else None
    return out
