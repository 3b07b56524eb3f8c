"""Lai Châu among its region (issue 18): regions as data, the region's published PCI results of a year, Lai Châu's
rank within the region (of how many are known), the regional median and best and the gaps to them, and the values
a "match a peer" what-if sets.

Regions are data (``data/sources/regions.csv``, and the import file kind ``regions``): a region's members with the
years each membership holds, its basis and source. The northern midlands and mountains region has 14 provinces up
to 2024 and, from 2025, the provinces formed in the 2025 reorganisation that carry them.

Every figure here is a published one (or derived, and said so): a member's composite and national rank are Lai
Châu's own results (the figures in force) or another province's reference point; a component is a component score
of the method of its year (never another method's). A member with no figure is *unknown*, never guessed: from PCI
2023 VCCI publishes scores and ranks of the top 30 only, so most of the region is unknown in 2023 and 2024.

How a region's ranking is read (:class:`Standing`):

* the composite is ordered by the national rank where every known member has one (the official order; a rank
  stated without its composite counts), else by the composite;
* a component by its score, higher is better (VCCI scores every PCI component so that higher is better);
* ``rank_in_region`` = 1 + the number of known members better than Lai Châu (ties share a rank), out of the
  ``known`` members (of ``region_size``); the median and the best are of the known values (``valued`` of them);
  gaps are Lai Châu's value minus the median or the best (negative: behind).

The what-if presets (:func:`preset_values`) give the values a component (or all) would take to match the regional
median, the regional best or a chosen province in a reference year: what-ifs, never findings.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

import pandas as pd

from reform.data import catalog, db
from reform.data.build import PROVINCE
from reform.model import methods

COMPOSITE = "composite"
#: From PCI 2023 VCCI publishes the scores and ranks of the top 30 provinces only: “Từ PCI 2023, VCCI không tiến
#: hành công bố điểm số và xếp hạng của nhóm tỉnh, thành phố ngoài nhóm 30 tỉnh, thành phố đứng đầu”
#: (https://pcivietnam.vn/en/provinces/phu-tho). Used only to say why a member is unknown.
TOP_ONLY_FROM = 2023
TOP_PUBLISHED = 30
#: Why a member's figure is unknown: not published by VCCI (outside its top 30), or not in the dashboard's sources.
NOT_PUBLISHED, NOT_IN_SOURCES = "not_published", "not_in_sources"
#: The targets of a "match a peer" preset.
TARGETS = ("median", "best", "province")


def _none(v):
    return None if v is None or (not isinstance(v, str) and pd.isna(v)) else v


# --- regions --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Member:
    """A province's membership of a region over ``year_from``..``year_to`` (None: still holds)."""

    province: str
    year_from: int
    year_to: int | None
    carries: str | None
    basis: str
    source: str
    note: str | None

    def holds(self, year: int) -> bool:
        return self.year_from <= int(year) and (self.year_to is None or int(year) <= self.year_to)


@dataclass(frozen=True)
class Region:
    id: str
    name_vi: str
    name_en: str
    members: tuple[Member, ...]
    revision_id: int | None = None
    entered_by: str | None = None

    def members_in(self, year: int) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.holds(year))

    def size(self, year: int) -> int:
        return len(self.members_in(year))

    def has(self, province: str, year: int | None = None) -> bool:
        return any(m.province == province and (year is None or m.holds(year)) for m in self.members)


@db.memo
def regions() -> tuple[Region, ...]:
    """Every region in force: the build's first (in the order of ``regions.csv``, even where an editor changed one),
    then those editors imported, in the order they were entered."""
    df = db.run("regions")
    built = list(dict.fromkeys(db.built_table("regions")["region_id"]))
    df = df.assign(_order=[built.index(r) if r in built else len(built) + (0 if pd.isna(v) else int(v))
                           for r, v in zip(df["region_id"], df["revision_id"])]).sort_values("_order", kind="stable")
    out = []
    for rid, g in df.groupby("region_id", sort=False):
        f = g.iloc[0]
        members = tuple(Member(str(r.province), int(r.year_from), None if pd.isna(r.year_to) else int(r.year_to),
                               _none(r.carries), str(r.basis), str(r.source), _none(r.note)) for r in g.itertuples())
        out.append(Region(str(rid), str(f.name_vi), str(_none(f.name_en) or f.name_vi), members,
                          None if pd.isna(f.revision_id) else int(f.revision_id), _none(f.entered_by)))
    return tuple(out)


def region(region_id: str | None = None) -> Region | None:
    """A region by id; without one, the first of Lai Châu's regions (None when there is none)."""
    if region_id is None:
        own = own_regions()
        return own[0] if own else None
    return next((r for r in regions() if r.id == region_id), None)


def own_regions() -> tuple[Region, ...]:
    """The regions Lai Châu is a member of in some year (the peers page offers these)."""
    return tuple(r for r in regions() if r.has(PROVINCE))


# --- the region's figures of a year ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Point:
    """One member's figure on one measure in one year: ``value`` (a composite or a component score), the national
    ``rank`` out of ``out_of`` where known, basis and source; ``status`` ``known``, ``rank_only`` (a rank stated
    without its value) or ``unknown`` (``why``: :data:`NOT_PUBLISHED` or :data:`NOT_IN_SOURCES`)."""

    province: str
    value: float | None
    rank: int | None
    out_of: int | None
    basis: str | None
    source: str | None
    own: bool
    status: str
    why: str | None = None
    carries: str | None = None


def _unknown(member: Member, year: int, measure: str) -> Point:
    top_only = measure == COMPOSITE and year >= TOP_ONLY_FROM
    return Point(member.province, None, None, None, None, None, member.province == PROVINCE, "unknown",
                 NOT_PUBLISHED if top_only else NOT_IN_SOURCES, member.carries)


@db.memo
def _reference(year: int) -> pd.DataFrame:
    m = methods.method_of_year(int(year), "pci")
    df = db.run("pci_reference_all")
    return df[(df["year"] == int(year)) & (df["method_id"] == (m.id if m else ""))].set_index("province")


@db.memo
def _components(year: int) -> pd.DataFrame:
    m = methods.method_of_year(int(year), "pci")
    df = db.run("component_scores_all")
    return df[(df["year"] == int(year)) & (df["method_id"] == (m.id if m else ""))]


def _own_composite(year: int, member: Member) -> Point:
    """Lai Châu's published composite and rank (the figures in force); where the year has none but its components
    are all known under a method whose composite can be recomputed, the recomputed composite (``derived``) and, in a
    year whose reference is complete, its rank counted among every other province (``derived``)."""
    own = db.run("pci_own_result", year=int(year))
    if len(own):
        r = own.iloc[0]
        score = _none(r["score"])
        return Point(PROVINCE, None if score is None else float(score), int(r["rank"]),
                     None if pd.isna(r["out_of"]) else int(r["out_of"]), str(r["basis"]), str(r["source"]), True,
                     "known" if score is not None else "rank_only", carries=member.carries)
    m = methods.method_of_year(int(year), "pci")
    scores = methods.component_scores(int(year), "pci")
    if m is None or not m.can_recompute or set(scores) != {c.id for c in m.components}:
        return _unknown(member, int(year), COMPOSITE)
    value = round(methods.composite(m.id, scores), 2)  # as VCCI publishes a composite
    refs = _reference(int(year))
    scored = refs["score"].dropna()
    out_of = int(refs["out_of"].max()) if len(refs) else catalog.field_of(int(year))
    rank = None
    if out_of is not None and len(scored) == out_of - 1:  # every other province known: the rank is counted
        rank = 1 + int((scored > value).sum())
    comps = _components(int(year))
    sources = sorted(set(comps.loc[comps["province"] == PROVINCE, "source"]))
    return Point(PROVINCE, value, rank, out_of, "derived", "; ".join(sources), True, "known", carries=member.carries)


@db.memo
def points(year: int, measure: str = COMPOSITE, region_id: str | None = None) -> tuple[Point, ...]:
    """Every member of the region in ``year`` with its figure on ``measure`` (``composite`` or a component id of
    the year's method), unknown ones included, in the region's order."""
    reg = region(region_id)
    if reg is None:
        return ()
    out = []
    comps = _components(int(year))
    for member in reg.members_in(int(year)):
        own = member.province == PROVINCE
        if measure == COMPOSITE:
            if own:
                out.append(_own_composite(int(year), member))
                continue
            refs = _reference(int(year))
            if member.province not in refs.index:
                out.append(_unknown(member, int(year), measure))
                continue
            r = refs.loc[member.province]
            score = _none(r["score"])
            out.append(Point(member.province, None if score is None else float(score), int(r["rank"]),
                             int(r["out_of"]), str(r["basis"]), str(r["source"]), False,
                             "known" if score is not None else "rank_only", carries=member.carries))
            continue
        got = comps[(comps["province"] == member.province) & (comps["component_id"] == measure)]
        if not len(got):
            out.append(_unknown(member, int(year), measure))
            continue
        r = got.iloc[0]
        out.append(Point(member.province, float(r["score"]), None if pd.isna(r["rank"]) else int(r["rank"]),
                         None if pd.isna(r["out_of"]) else int(r["out_of"]), str(r["basis"]), str(r["source"]), own,
                         "known", carries=member.carries))
    return tuple(out)


@dataclass(frozen=True)
class Standing:
    """Lai Châu's position in its region on one measure in one year (see the module's docstring)."""

    year: int
    measure: str
    method_id: str | None
    region_id: str
    region_size: int
    known: int
    valued: int
    order_by: str  # "rank" (national ranks) or "value"
    rank_in_region: int | None
    value: float | None
    median: float | None
    best: float | None
    best_province: str | None
    best_rank: int | None
    gap_to_median: float | None
    gap_to_best: float | None
    own: Point | None
    points: tuple[Point, ...] = field(repr=False)

    @property
    def unknown(self) -> tuple[Point, ...]:
        return tuple(p for p in self.points if p.status == "unknown")

    def regional_rank(self, province: str) -> int | None:
        """A member's rank in the region by the same reading (None where it is not known)."""
        p = next((p for p in self.points if p.province == province), None)
        return None if p is None else _rank_of(p, self.points, self.order_by)


def _key(p: Point, order_by: str) -> float | None:
    if order_by == "rank":
        return None if p.rank is None else float(p.rank)
    return None if p.value is None else -float(p.value)  # smaller key is better


def _rank_of(p: Point, pts: tuple[Point, ...], order_by: str) -> int | None:
    mine = _key(p, order_by)
    if mine is None:
        return None
    return 1 + sum(1 for q in pts if q is not p and (k := _key(q, order_by)) is not None and k < mine)


def _order(pts: tuple[Point, ...], measure: str) -> str:
    known = [p for p in pts if p.status != "unknown"]
    return "rank" if measure == COMPOSITE and known and all(p.rank is not None for p in known) else "value"


@db.memo
def standing(year: int, measure: str = COMPOSITE, region_id: str | None = None) -> Standing | None:
    """Lai Châu's standing in its region on ``measure`` in ``year``; None where no other member has a figure on it
    (nothing to compare with)."""
    reg = region(region_id)
    pts = points(int(year), measure, reg.id if reg else None)
    if not any(p.status != "unknown" and not p.own for p in pts):
        return None
    order_by = _order(pts, measure)
    ranked = [p for p in pts if _key(p, order_by) is not None]
    values = [p.value for p in ranked if p.value is not None]
    own = next((p for p in pts if p.own), None)
    best_p = min(ranked, key=lambda p: (_key(p, order_by), p.province)) if ranked else None
    median = round(statistics.median(values), 4) if values else None
    value = own.value if own is not None else None
    best = best_p.value if best_p is not None else None
    m = methods.method_of_year(int(year), "pci")
    return Standing(
        year=int(year), measure=measure, method_id=m.id if m else None, region_id=reg.id,
        region_size=reg.size(int(year)), known=len(ranked), valued=len(values), order_by=order_by,
        rank_in_region=_rank_of(own, pts, order_by) if own is not None else None, value=value, median=median,
        best=best, best_province=best_p.province if best_p else None, best_rank=best_p.rank if best_p else None,
        gap_to_median=None if value is None or median is None else round(value - median, 4),
        gap_to_best=None if value is None or best is None else round(value - best, 4),
        own=own, points=pts)


def measures(year: int) -> tuple[str, ...]:
    """``composite`` and the components of the year's method, in the method's order."""
    m = methods.method_of_year(int(year), "pci")
    return (COMPOSITE,) + (tuple(c.id for c in m.components) if m else ())


@db.memo
def standings(year: int, region_id: str | None = None) -> Mapping[str, Standing]:
    """Every measure of ``year`` with something to compare (another member's figure), in the method's order."""
    out = {}
    for measure in measures(int(year)):
        s = standing(int(year), measure, region_id)
        if s is not None:
            out[measure] = s
    return MappingProxyType(out)


@db.memo
def years(region_id: str | None = None) -> tuple[int, ...]:
    """The years with something to compare: Lai Châu and at least one other member with a figure on a measure
    (the region's membership of that year)."""
    reg = region(region_id)
    if reg is None:
        return ()
    candidates = set(int(y) for y in db.run("pci_reference_all")["year"])
    candidates |= set(int(y) for y in db.run("component_scores_all")["year"])
    out = []
    for y in sorted(candidates):
        if not reg.has(PROVINCE, y):
            continue
        if any(s.own is not None and s.own.status != "unknown" for s in standings(y, reg.id).values()):
            out.append(y)
    return tuple(out)


@db.memo
def rank_history(region_id: str | None = None) -> pd.DataFrame:
    """Every member's national composite rank in every year with data: year, province, own, score, rank, out_of,
    basis, source, rank_in_region, known, region_size (one row per member with a rank)."""
    reg = region(region_id)
    rows = []
    for y in years(reg.id if reg else None):
        s = standing(y, COMPOSITE, reg.id)
        if s is None:
            continue
        for p in s.points:
            if p.rank is None:
                continue
            rows.append({"year": y, "province": p.province, "own": p.own, "score": p.value, "rank": p.rank,
                         "out_of": p.out_of, "basis": p.basis, "source": p.source,
                         "rank_in_region": s.regional_rank(p.province), "known": s.known,
                         "region_size": s.region_size})
    cols = ["year", "province", "own", "score", "rank", "out_of", "basis", "source", "rank_in_region", "known",
            "region_size"]
    return pd.DataFrame(rows, columns=cols)


def standing_json(s: Standing) -> dict:
    """A standing as the ``peers`` command prints it: the figures, and the basis and source of each."""
    def point(p: Point) -> dict:
        return {"province": p.province, "value": p.value, "rank": p.rank, "out_of": p.out_of, "status": p.status,
                "why_unknown": p.why, "basis": p.basis, "source": p.source}

    return {"year": s.year, "measure": s.measure, "method_id": s.method_id, "region_id": s.region_id,
            "rank_in_region": s.rank_in_region, "region_size": s.region_size, "known": s.known,
            "order_by": s.order_by, "value": s.value, "median": s.median, "median_of": s.valued, "best": s.best,
            "best_province": s.best_province, "gap_to_median": s.gap_to_median, "gap_to_best": s.gap_to_best,
            "basis": {"lai_chau": point(s.own) if s.own else None,
                      "members": [point(p) for p in s.points if not p.own]}}


def peers_json(year: int, region_id: str | None = None) -> dict | None:
    """``python -m reform peers --year YEAR``: the standings of a year keyed by measure (None: no data)."""
    if int(year) not in years(region_id):
        return None
    return {k: standing_json(s) for k, s in standings(int(year), region_id).items()}


# --- "match a peer" what-if presets --------------------------------------------------------------------------------

def preset_targets(year: int, region_id: str | None = None) -> Mapping[str, Mapping]:
    """For each component of ``year``'s method with another member's score: ``median`` and ``best`` (value,
    province) of the known members (Lai Châu included) and ``provinces`` (province -> its score, other members
    only): what a "match a peer" what-if may set. Empty where the year has no peers' components."""
    out = {}
    for measure, s in standings(int(year), region_id).items():
        if measure == COMPOSITE:
            continue
        others = {p.province: p.value for p in s.points if not p.own and p.value is not None}
        if not others:
            continue
        out[measure] = MappingProxyType({"median": s.median, "best": (s.best, s.best_province), "known": s.valued,
                                         "region_size": s.region_size, "provinces": MappingProxyType(others)})
    return MappingProxyType(out)


def preset_values(year: int, target: str, component: str | None = None, province: str | None = None,
                  region_id: str | None = None) -> dict[str, float]:
    """The values a "match a peer" what-if sets: component id -> the regional ``median``, the regional ``best`` or
    ``province``'s score in ``year``, for ``component`` (None: every component that has one). Only components the
    year has that figure for are given (a province's own components, never another year's or method's)."""
    if target not in TARGETS:
        raise ValueError(f"unknown target {target!r}: one of {TARGETS}")
    out = {}
    for cid, t in preset_targets(int(year), region_id).items():
        if component is not None and cid != component:
            continue
        if target == "median":
            v = t["median"]
        elif target == "best":
            v = t["best"][0]
        else:
            v = t["provinces"].get(province)
        if v is not None:
            out[cid] = float(v)
    return out


def preset_provinces(year: int, region_id: str | None = None) -> tuple[str, ...]:
    """The other members with at least one component score in ``year`` (whom a preset may match)."""
    names = []
    for t in preset_targets(int(year), region_id).values():
        names += [p for p in t["provinces"] if p not in names]
    reg = region(region_id)
    order = [m.province for m in reg.members_in(int(year))] if reg else []
    return tuple(sorted(names, key=lambda p: order.index(p) if p in order else len(order)))


def preset_plan(year: int, target: str, component: str | None, current: Mapping[str, float],
                province: str | None = None, region_id: str | None = None) -> dict | None:
    """What a "match a peer" preset would do to the PCI what-if (sliders of the base year's method, composite
    placed among the provinces of ``year``): ``values`` (component -> the peer's value), ``set`` (component -> the
    slider step nearest to it, what the what-if will hold), ``before`` and ``after`` (the what-if's result with
    ``current`` slider values, and with the preset applied). None where ``year`` is of another method than the
    what-if's sliders (two methods are never mixed) or the preset has no value. A what-if, never a finding."""
    from reform.model import params, scenario

    base = methods.method_of_year(scenario.pci_base_year(), "pci")
    ref = methods.method_of_year(int(year), "pci")
    if base is None or ref is None or base.id != ref.id:
        return None
    values = preset_values(int(year), target, component, province, region_id)
    spec = params.params()
    values = {c: v for c, v in values.items() if f"pci_{c}" in spec}
    if not values:
        return None
    snapped = {c: spec[f"pci_{c}"].snap(v) for c, v in values.items()}
    now = {c: float(v) for c, v in current.items()}
    return {"year": int(year), "target": target, "component": component, "province": province, "values": values,
            "set": snapped, "before": scenario.pci_whatif(now, ref_year=int(year)),
            "after": scenario.pci_whatif({**now, **snapped}, ref_year=int(year))}
