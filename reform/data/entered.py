"""What the data revisions in force add to the build: the stored rows of each file kind as rows of the tables
the queries read. Pure (no connection, no validation): :mod:`reform.data.db` loads these rows beside the
build's tables; the import engine (:mod:`reform.imports`) validates and stores them.

Of two revisions with rows for the same key, the later one's are in force:

* figures (``observations``): key (indicator, year); a figure is added *beside* the build's figure of the same
  indicator and year (``appendix`` ``revision``), never instead of it;
* indicators (``indicators``): key the indicator id (an id of the build's cannot be imported);
* an index method (``index_methods``, one row per component): key the method id, and the later revision's
  components replace all of the earlier ones (a method the build ships included);
* component scores (``component_scores``): key (method, year, province, component), replacing the build's;
* national reference points (``pci_reference``): key (index, year, province), replacing the build's point;
* a region's membership (``regions``, one row per province and period): key the region id, and the later
  revision's rows replace all of the region's earlier ones (the build's region included).

A plan's rows are read by :mod:`reform.data.plans`.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone

import pandas as pd

from reform.data.build import (COMPONENT_SCORE_COLUMNS, INDICATOR_COLUMNS, METHOD_COLUMNS, OBSERVATION_COLUMNS,
                               REGION_COLUMNS, defined_indicator)
from reform.i18n import revisions as T
from reform.store import revisions as store

REVISION = "revision"
#: The ``basis`` of a revision's figure: ``stated`` (stated by the source the editor cites, in ``source``), with
#: ``basis_text`` saying who entered it and when; the figure is marked as a revision's by ``appendix``
#: ``revision`` and ``revision_id``. (A basis word of its own, ``revision``, waits for pages/overview.py, whose
#: basis words are a fixed list of the four known; the words for it are in reform/i18n already.)
REVISION_BASIS = "stated"
#: Columns every table fed by revisions carries (null for the build's rows).
REVISION_COLUMNS = ("revision_id", "entered_by", "entered_at")
REFERENCE_COLUMNS = ["year", "province", "score", "rank", "out_of", "scale", "source", "basis", "index_id",
                     "method_id"]

#: table -> (file kind, the key of a row (the group a later revision replaces), the key columns in the table)
TABLES: dict[str, tuple[str, Callable[[dict], tuple], tuple[str, ...]]] = {
    "observations": (store.FIGURES, lambda r: (r["indicator_id"], int(r["year"])), ()),
    "indicators": (store.INDICATORS, lambda r: (r["indicator_id"],), ("indicator_id",)),
    "index_methods": (store.METHOD, lambda r: (r["method_id"],), ("method_id",)),
    "component_scores": (store.SCORES, lambda r: (r["method_id"], int(r["year"]), r["province"], r["component_id"]),
                         ("method_id", "year", "province", "component_id")),
    "pci_reference": (store.REFERENCE, lambda r: (r["index_id"], int(r["year"]), r["province"]),
                      ("index_id", "year", "province")),
    "regions": (store.REGIONS, lambda r: (r["region_id"],), ("region_id",)),
}


def vietnam(when: datetime) -> datetime:
    """A stored time (UTC) in Vietnam time (UTC+7 all year, no summer time), as users read it."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone(timedelta(hours=7)))


def rows_in_force(revisions: Sequence, kind: str, key: Callable[[dict], tuple]) -> list[dict]:
    """The rows of the revisions of ``kind`` in force (oldest first), each with ``revision_id``, ``entered_by``,
    ``entered_at`` and the revision itself (``_revision``): a later revision's rows replace every earlier row
    whose key is one of its own keys."""
    found: dict[tuple, list[dict]] = {}
    for rev in revisions:
        if getattr(rev, "kind", store.FIGURES) != kind:
            continue
        mine: dict[tuple, list[dict]] = {}
        for r in rev.rows:
            mine.setdefault(key(r), []).append({**r, "revision_id": rev.id, "entered_by": rev.entered_by,
                                                "entered_at": rev.entered_at, "_revision": rev})
        found.update(mine)
    return [r for rows in found.values() for r in rows]


def _figure(r: dict) -> dict:
    rev = r["_revision"]
    return {
        "indicator_id": r["indicator_id"], "appendix": REVISION, "year": int(r["year"]), "period": None,
        "kind": "actual", "value": float(r["value"]), "value_text": r.get("value_text") or None,
        "flag": "value", "footnote": None, "source": r.get("source"),
        "cell_ref": f"revision {rev.id} · {r['indicator_id']} · {r['year']}",
        "scale_note": r.get("out_of_note") or None, "out_of": r.get("out_of"), "basis": REVISION_BASIS,
        "basis_text": T.AUDIT["basis_revision"][0].format(
            who=rev.entered_by, when=vietnam(rev.entered_at).strftime("%H:%M %d/%m/%Y") + " (giờ Việt Nam)"),
        "quote": None,
    }


def _meta(r: dict) -> dict:
    return {k: r[k] for k in REVISION_COLUMNS}


def observation_frame(revisions: Sequence) -> pd.DataFrame:
    """The figures of revisions (oldest first) as observation rows: :data:`OBSERVATION_COLUMNS` plus
    :data:`REVISION_COLUMNS`; of two figures for one indicator and year the later revision's is kept."""
    kind, key, _ = TABLES["observations"]
    recs = [{**_figure(r), **_meta(r)} for r in rows_in_force(revisions, kind, key)]
    df = pd.DataFrame(recs, columns=list(OBSERVATION_COLUMNS) + list(REVISION_COLUMNS))
    return df.astype({"year": "int32", "value": "float64", "footnote": "Int32", "out_of": "Int32",
                      "revision_id": "Int32"})


def _shape(table: str, r: dict) -> dict:
    if table == "indicators":
        return defined_indicator(r, f"revision {r['revision_id']}")
    if table == "index_methods":
        return {c: r.get(c) for c in METHOD_COLUMNS}
    if table == "component_scores":
        return {**{c: r.get(c) for c in COMPONENT_SCORE_COLUMNS}, "basis": REVISION_BASIS}
    if table == "regions":
        return {**{c: r.get(c) for c in REGION_COLUMNS}, "basis": r.get("basis") or REVISION_BASIS}
    return {**{c: r.get(c) for c in REFERENCE_COLUMNS}, "score": r.get("composite"), "scale": r.get("method_id"),
            "basis": REVISION_BASIS}


_COLUMNS = {"indicators": INDICATOR_COLUMNS, "index_methods": list(METHOD_COLUMNS),
            "component_scores": COMPONENT_SCORE_COLUMNS, "pci_reference": REFERENCE_COLUMNS,
            "regions": list(REGION_COLUMNS)}
_TYPES = {
    "indicators": {"decimals": "Int8", "is_rank": "boolean", "scale_min": "float64", "scale_max": "float64"},
    "index_methods": {"year_from": "Int32", "year_to": "Int32", "composite_max": "float64", "scale_min": "float64",
                      "scale_max": "float64", "weight": "float64"},
    "component_scores": {"year": "int32", "score": "float64", "rank": "Int32", "out_of": "Int32"},
    "pci_reference": {"year": "int32", "score": "float64", "rank": "int32", "out_of": "int32"},
    "regions": {"year_from": "int32", "year_to": "Int32"},
}


def frames(revisions: Sequence) -> dict[str, pd.DataFrame]:
    """Every table's rows from the revisions in force (oldest first): ``observations`` as
    :func:`observation_frame`, and ``indicators``, ``index_methods``, ``component_scores``, ``pci_reference``,
    ``regions`` in their table's columns plus :data:`REVISION_COLUMNS` (a table without rows is left out)."""
    out = {"observations": observation_frame(revisions)}
    for table, (kind, key, _) in TABLES.items():
        if table == "observations":
            continue
        rows = rows_in_force(revisions, kind, key)
        if rows:
            df = pd.DataFrame([{**_shape(table, r), **_meta(r)} for r in rows],
                              columns=list(_COLUMNS[table]) + list(REVISION_COLUMNS))
            out[table] = df.astype({**_TYPES[table], "revision_id": "Int32"})
    return out
