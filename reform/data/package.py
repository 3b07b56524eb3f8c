"""The whole dataset in force as one open data package (issue 15 item 6): a Frictionless Data Package, a ZIP of
CSV files (UTF-8, comma, dot decimals, an empty cell for a null) and ``datapackage.json`` describing each file:
its fields with their types (string, integer, number, boolean, datetime), what each holds and in which unit,
the primary and foreign keys, and the sources; every figure carries its own ``source`` and ``basis``.

What is in it: the decision's build (indicators, every observation, targets, PCI and PAR INDEX tables, footnotes,
conflicting sources, the national field) and everything the data revisions in force add (figures, indicators,
index methods, component scores, reference points, plans and their targets), the revisions' history, all as the
dashboard uses them now (:func:`reform.data.db.data_version` names the version). ``python -m reform package
FILE.zip`` writes it; the data page offers it for download; ``tests/test_package.py`` validates it with the
``frictionless`` library.
"""
from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime, timezone

import pandas as pd

from reform.data import db, plans
from reform.data.build import DECISION
from reform.store import revisions as store
from reform.store.base import StoreError

NAME = "lai-chau-reform-data"
#: Every resource: (name, query, title, description, primary key, foreign keys, per-field descriptions)
RESOURCES = (
    ("indicators", "indicators_catalog", "Indicators",
     "Every measured quantity: the decision's appendix rows, the published indices after 2020, the indicators "
     "entered as data; its unit, direction, range (scale_min, scale_max) and whether it is a rank.",
     ["indicator_id"], []),
    ("observations", "observations_all", "Observations",
     "Every figure: the decision's printed cells (value_text as printed), its text figures, the results published "
     "after 2020 and the figures of the data revisions in force; each with its source and basis. A value is in "
     "the unit of its indicator (column unit); a rank says out of how many provinces (out_of).",
     [], [("indicator_id", "indicators", "indicator_id")]),
    ("targets", "targets", "Targets 2025/2030 of Decision 688",
     "The targets of Appendix 01 and Part 3 §I.2, one row per target part.", ["target_id"], []),
    ("pci", "pci_subindices", "PCI 2016-2020 (Appendix 03)",
     "Lai Châu's PCI composite and 10 sub-indices, score, rank (out of out_of provinces) and VCCI weight.", [], []),
    ("par_index", "par_index", "PAR INDEX 2016-2019 (Appendix 04)",
     "The 8 areas and the total, score and rank; a rank printed as words stays words (rank_text).", [], []),
    ("footnotes", "footnotes", "Footnotes of Decision 688", "The decision's 23 footnotes verbatim.",
     ["footnote"], []),
    ("source_conflicts", "source_conflicts", "Conflicting sources",
     "Published figures that contradict each other, kept and shown, not resolved.", [], []),
    ("national_field", "national_field", "Provinces ranked per year",
     "How many provinces national rankings rank: 63 up to 2024, 34 from 2025.", ["year_from"], []),
    ("index_methods", "index_methods", "Index methods",
     "The methods of the indices (PCI 2006-2021, 2022-2024, 2.0 from 2025, and those imported), one row per "
     "component; a weight is empty where it is not published.", ["method_id", "component_id"], []),
    ("component_scores", "component_scores_all", "Component scores",
     "Component scores keyed by (method, year, province, component): Lai Châu's and other provinces'.",
     ["method_id", "year", "province", "component_id"], []),
    ("reference_points", "pci_reference_all", "National PCI reference points",
     "Other provinces' published PCI composite and rank by year (never Lai Châu), with the method of the year and "
     "the basis; a rank stated without its composite has an empty score.",
     ["year", "province"], []),
    ("regions", "regions", "Regions",
     "Each region's member provinces by period (year_to empty while it holds), the former members a province formed "
     "in 2025 carries, the basis (stated, or derived) and source of the membership.",
     ["region_id", "province", "year_from"], []),
)
FIELD_NOTES = {
    "value": "the figure, in the unit of its indicator (unit); empty where not published (never 0)",
    "value_text": "the cell or figure exactly as printed or entered",
    "unit": "the unit of the figure (from indicators.unit): %, points, rank, a count's unit …",
    "out_of": "for a rank: how many provinces were ranked (63 up to 2024, 34 from 2025)",
    "basis": "how the figure is known: decision, stated, derived, stated_provincial, secondary",
    "basis_text": "the source's own words on how the figure is known, verbatim",
    "source": "the citation to follow (a URL where the source has one)",
    "revision_id": "the data revision that entered this row (empty for the build's rows)",
    "entered_by": "who entered the row (data revisions only)",
    "entered_at": "when the row was entered (UTC; data revisions only)",
    "weight": "the component's weight in the composite (a fraction); empty where not published",
    "score": "the score on the method's or the table's own scale",
    "rank": "the rank, out of out_of provinces",
}


def _type(s: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(s):
        return "boolean"
    if pd.api.types.is_integer_dtype(s):
        return "integer"
    if pd.api.types.is_float_dtype(s):
        whole = s.dropna()
        return "number" if len(whole) == 0 or not (whole == whole.round()).all() or s.name in (
            "value", "score", "weight", "scale_min", "scale_max", "composite_max", "low", "high") else "integer"
    if pd.api.types.is_datetime64_any_dtype(s):
        return "datetime"
    return "string"


def _csv_frame(df: pd.DataFrame) -> tuple[pd.DataFrame, list[dict]]:
    """The frame as it is written (datetimes ISO 8601 in UTC, whole floats as integers) and its fields."""
    out = df.copy()
    fields = []
    for col in out.columns:
        kind = _type(out[col])
        if kind == "datetime":
            out[col] = [None if pd.isna(v) else pd.Timestamp(v).tz_convert("UTC").strftime("%Y-%m-%dT%H:%M:%SZ")
                        if pd.Timestamp(v).tzinfo else pd.Timestamp(v).strftime("%Y-%m-%dT%H:%M:%S") for v in out[col]]
        elif kind == "integer" and not pd.api.types.is_integer_dtype(out[col]):
            out[col] = out[col].astype("Int64")
        elif kind == "boolean":
            out[col] = out[col].astype("boolean")
        elif kind == "string":
            out[col] = [None if v is None or (isinstance(v, float) and pd.isna(v)) or v is pd.NA else str(v)
                        for v in out[col]]
        field = {"name": str(col), "type": kind}
        if col in FIELD_NOTES:
            field["description"] = FIELD_NOTES[col]
        fields.append(field)
    return out, fields


def _frames() -> dict[str, pd.DataFrame]:
    out = {}
    for name, query, *_ in RESOURCES:
        df = db.run(query)
        if name == "observations":  # every figure says its unit
            units = db.run("indicators_catalog").set_index("indicator_id")["unit"]
            df.insert(df.columns.get_loc("value") + 1, "unit", df["indicator_id"].map(units))
        out[name] = df
    out["plan_targets"] = _plan_targets()
    out["revisions"] = _revisions()
    return out


def _plan_targets() -> pd.DataFrame:
    cols = ["plan_id", "plan_name", "plan_date", "period_from", "period_to", "plan_source", "target_id", "name_vi",
            "name_en", "indicator_id", "kind", "baseline_year", "baseline_value", "baseline_out_of", "year", "value",
            "best", "worst", "out_of", "revision_id", "entered_by", "entered_at"]
    rows = []
    for p in plans.in_force().values():
        for t in p["targets"]:
            for h in t["horizons"]:
                rows.append({"plan_id": p["id"], "plan_name": p["name"], "plan_date": p["date"],
                             "period_from": p["period_from"], "period_to": p["period_to"], "plan_source": p["source"],
                             **{k: t.get(k) for k in ("target_id", "name_vi", "name_en", "indicator_id", "kind",
                                                      "baseline_year", "baseline_value", "baseline_out_of")},
                             **{k: h.get(k) for k in ("year", "value", "best", "worst", "out_of")},
                             "revision_id": p.get("revision_id"), "entered_by": p.get("entered_by"),
                             "entered_at": pd.Timestamp(p["entered_at"]) if p.get("entered_at") else None})
    df = pd.DataFrame(rows, columns=cols)
    types = {"period_from": "Int64", "period_to": "Int64", "baseline_year": "Int64", "baseline_out_of": "Int64",
             "year": "Int64", "best": "Int64", "worst": "Int64", "out_of": "Int64", "revision_id": "Int64",
             "baseline_value": "float64", "value": "float64"}
    df = df.astype(types)
    df["entered_at"] = pd.to_datetime(df["entered_at"], utc=True)
    return df


def _revisions() -> pd.DataFrame:
    cols = ["id", "kind", "entered_by", "entered_at", "file_name", "sha256", "note", "row_count", "status",
            "rolled_back_by", "rolled_back_at"]
    try:
        revs = store.list_all()
    except StoreError:
        revs = []
    df = pd.DataFrame([{c: getattr(r, c) for c in cols} for r in revs], columns=cols)
    df = df.astype({"id": "Int64", "row_count": "Int64"})
    for c in ("entered_at", "rolled_back_at"):
        df[c] = pd.to_datetime(df[c], utc=True)
    return df


_EXTRA = {
    "plan_targets": ("Plans in force and their targets",
                     "The later plans entered by editors (not Decision 688, whose targets are in targets.csv), "
                     "one row per target and horizon year.", [], [("indicator_id", "indicators", "indicator_id")]),
    "revisions": ("Data revisions", "Every data revision (imports by editors): who, when, the file's SHA-256, "
                                    "applied or rolled back; the rows in force are in the other files.", ["id"], []),
}


def descriptor(frames: dict[str, pd.DataFrame], version: str) -> tuple[dict, dict[str, pd.DataFrame]]:
    """``datapackage.json`` and the frames as written."""
    specs = {name: (title, desc, pk, fks) for name, _, title, desc, pk, fks in RESOURCES} | _EXTRA
    resources, written = [], {}
    for name, df in frames.items():
        title, desc, pk, fks = specs[name]
        out, fields = _csv_frame(df)
        written[name] = out
        schema: dict = {"fields": fields, "missingValues": [""]}
        if pk:
            schema["primaryKey"] = pk
        if fks:
            schema["foreignKeys"] = [{"fields": f, "reference": {"resource": r, "fields": rf}} for f, r, rf in fks]
        resources.append({"name": name, "path": f"data/{name}.csv", "title": title, "description": desc,
                          "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
                          "dialect": {"delimiter": ",", "header": True}, "schema": schema})
    package = {
        "name": NAME, "title": "Lai Châu: administrative reform and competitiveness (Decision 688/QĐ-UBND) — data",
        "description": "Everything the dashboard uses, as in force: the decision's tables, results published after "
                       "2020, figures, indicators, methods, component scores, reference points and plans entered "
                       "by editors as data revisions. Every figure carries its source and basis.",
        "version": version, "created": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sources": [{"title": DECISION},
                    {"title": "Results published after 2020 (press, VCCI, ministries, provincial documents; a URL "
                              "per row in observations.source)"},
                    {"title": "VCCI PCI tables 2013-2016 and published provincial results (reference points)"},
                    {"title": "Data revisions entered by editors (revisions.csv; each row's source in its file)"}],
        "resources": resources,
    }
    return package, written


def package_bytes() -> bytes:
    """The package as a ZIP: ``datapackage.json`` and ``data/<resource>.csv``."""
    return _package_bytes()


@db.memo
def _package_bytes() -> bytes:
    package, written = descriptor(_frames(), db.data_version())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("datapackage.json", json.dumps(package, ensure_ascii=False, indent=2))
        for name, df in written.items():
            z.writestr(f"data/{name}.csv", df.to_csv(index=False, lineterminator="\n"))
    return buf.getvalue()
