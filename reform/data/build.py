"""Build the typed Parquet files under ``data/`` from the transcriptions in ``data/sources``.

``python -m reform build`` (or ``make data``) runs it; the app runs it on start
when a file is missing or the sources changed. Outputs (the data contract):

* ``indicators.parquet``: one row per measured quantity (see ``INDICATOR_COLUMNS``).
* ``observations.parquet``: one row per printed cell, text figure or later
  published figure (see ``OBSERVATION_COLUMNS``).
* ``pci.parquet``: PCI 2016-2020, tidy, with the VCCI weight of each sub-index.
* ``par_index.parquet``: PAR INDEX 2016-2019, tidy.
* ``targets.parquet``: the 2025/2030 targets of PL01 and Part 3 §I.2, one row per part.
* ``footnotes.parquet``, ``pci_reference.parquet``.
* ``build.json``: the fingerprint of the sources the files were built from.

A cell that fits no parsing rule stops the build with a :class:`BuildError`
naming the file, row and column. The files are written to a temporary folder
and moved into place one by one, ``build.json`` last, under a lock, so a reader
never sees a half-written file and a crash leaves the previous build usable.
"""
from __future__ import annotations

import csv
import fcntl
import hashlib
import json
import os
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from reform.data import parse
from reform.i18n import fmt
from reform import paths
from reform.paths import SOURCES_DIR
from reform.data.indices import PAR_AREAS, PCI_SUBINDICES, PCI_WEIGHTS

DECISION = "Quyết định 688/QĐ-UBND ngày 11/6/2021 của UBND tỉnh Lai Châu"

OUTPUTS = (
    "indicators.parquet",
    "observations.parquet",
    "pci.parquet",
    "par_index.parquet",
    "targets.parquet",
    "footnotes.parquet",
    "pci_reference.parquet",
    "source_conflicts.parquet",
    "index_methods.parquet",
    "component_scores.parquet",
    "national_field.parquet",
    "regions.parquet",
)
BUILD_INFO = "build.json"
#: Bump when the meaning of a column changes; saved scenarios record it.
SCHEMA_VERSION = 2  # 2: observations carry out_of, basis, basis_text, quote

INDICATOR_COLUMNS = [
    "indicator_id", "appendix", "section", "item", "row_id", "measure", "name_vi", "name_en",
    "unit", "level", "higher_is_better", "is_heading", "note_vi", "restates", "decimals", "unit_short",
    "is_rank", "scale_min", "scale_max", "scale", "group_id", "source",
]
OBSERVATION_COLUMNS = [
    "indicator_id", "appendix", "year", "period", "kind", "value", "value_text", "flag",
    "footnote", "source", "cell_ref", "scale_note", "out_of", "basis", "basis_text", "quote",
]
#: How an observation is known: a cell or figure of the decision, or a later published result that is
#: stated (by VCCI, a ministry or the press), derived (from a stated later value and a stated change)
#: or stated in a provincial document (the province's own plan quoting the result).
BASES = ("decision", "stated", "derived", "stated_provincial", "secondary")
#: How a printed rank says out of how many: "xếp hạng 51/63 tỉnh, thành phố" (PL01's baselines).
_RANK_OF = re.compile(r"(\d+)\s*/\s*(\d+)\s*tỉnh")

# The appendix tables: file, appendix, and how a column maps to (year, period, kind, measure).
YEARS = ("2016", "2017", "2018", "2019", "2020")


@dataclass(frozen=True)
class Column:
    """What one printed column of a table means."""

    year: int
    period: str | None
    kind: str  # actual | target | plan
    measure: str | None  # score | rank | None
    label_vi: str


def _annual(name: str) -> Column | None:
    if name in YEARS:
        return Column(int(name), None, "actual", None, f"năm {name}")
    m = re.fullmatch(r"(\d{4})_(score|rank)", name)
    if m:
        label = "điểm số" if m.group(2) == "score" else "xếp hạng"
        return Column(int(m.group(1)), None, "actual", m.group(2), f"năm {m.group(1)}, {label}")
    return None


_PL01 = {
    "result_2016_2020": Column(2020, "2016-2020", "actual", None, "kết quả giai đoạn 2016-2020"),
    "target_2025": Column(2025, None, "target", None, "chỉ tiêu đến năm 2025"),
    "target_2030": Column(2030, None, "target", None, "chỉ tiêu định hướng đến năm 2030"),
}
_PL02 = {"amount_million_vnd": Column(2025, "2021-2025", "plan", None, "dự kiến kinh phí (triệu đồng)")}

# file -> (appendix, column mapper)
ROW_TABLES = {
    "pl01_targets.csv": ("PL01", _PL01.get),
    "pl02_projects.csv": ("PL02", _PL02.get),
    "pl03_pci.csv": ("PL03", _annual),
    "pl04_par_index.csv": ("PL04", _annual),
    "pl05_steering.csv": ("PL05", _annual),
    "pl06_legal_documents.csv": ("PL06", _annual),
    "pl07_procedures.csv": ("PL07", _annual),
    "pl09_staff.csv": ("PL09", _annual),
    "pl10_public_finance.csv": ("PL10", _annual),
    "pl11_e_government.csv": ("PL11", _annual),
}
# PL08: rows are periods, columns are indicators. row_id -> (year, period note)
PL08_TABLES = {
    "pl08_1_province_organisation.csv": "I",
    "pl08_2_district_organisation.csv": "II",
    "pl08_3_service_units_by_sector.csv": "III",
}
PL08_YEARS = {
    ("I", "p2001_2010"): 2010, ("I", "p2011_2020"): 2020,
    ("II", "p2001_2010"): 2010, ("II", "p2011_2020"): 2020,
    ("III", "p2001_2010"): 2010, ("III", "p2011_2020"): 2019,  # "Tính đến 12/2010", "Tính đến 12/2019"
}
COMPONENT_SUFFIX = {"count": "__count", "num": "__num", "den": "__den"}
ABSENT = "~"  # no cell printed here: a neighbouring cell spans it



class BuildError(ValueError):
    """The sources cannot be built; the message names the file, row and column."""


def read_source(name: str, sources: Path = SOURCES_DIR) -> list[dict[str, str]]:
    """Read one source CSV as strings, exactly as typed (no type guessing, empty stays empty)."""
    path = sources / name
    try:
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    except FileNotFoundError as exc:
        raise BuildError(f"missing source file {path}") from exc
    except UnicodeDecodeError as exc:
        raise BuildError(f"{path} is not UTF-8: {exc}") from exc


def _decimals(meta: dict[str, str], row_id: str) -> int | None:
    """The ``decimals`` column of indicator_meta.csv: a whole number 0-6, empty for a heading."""
    text = (meta.get("decimals") or "").strip()
    if not text:
        if meta["unit"]:
            raise BuildError(f"indicator_meta.csv, {row_id}: a row with a unit needs its decimals")
        return None
    if not text.isdigit() or int(text) > 6:
        raise BuildError(f"indicator_meta.csv, {row_id}: decimals {text!r} is not a whole number 0-6")
    return int(text)


def _bool(text: str) -> bool | None:
    return {"true": True, "false": False, "": None}[text.strip().lower()]


def source_label(appendix: str, item: object, col_label: str, name: str | None = None) -> str:
    """A citation a person can follow to the printed cell: appendix, item (or the row's label
    where the row has no number of its own) and column."""
    parts = [DECISION, f"Phụ lục {appendix[2:]}"]
    if isinstance(item, str) and item.strip(" .") and item not in (ABSENT, "-"):
        parts.append(f"mục {item.rstrip('.')}")
    if name == "" and len(parts) == 2:
        parts.append("dòng in không có số thứ tự và tên (ngay dưới tiêu đề bảng)")
    if name:
        short = name if len(name) <= 90 else name[:87] + "…"
        parts.append(f"dòng “{short}”")
    parts.append(col_label)
    return ", ".join(parts)


def _cell_ref(appendix: str, row_id: str, item: str, col: str) -> str:
    return f"{appendix} · {item or '(không số)'} · {row_id} · {col}"


def _parse(cell: str, where: str) -> parse.Cell:
    try:
        return parse.parse_cell(cell)
    except parse.CellError as exc:
        raise BuildError(f"{where}: {exc}") from exc


def decision_out_of(sources: Path = SOURCES_DIR) -> int:
    """How many provinces the decision's ranks are out of, read from its own printed ranks (PL01's
    baselines "xếp hạng 51/63 tỉnh, thành phố"): every rank cell and band of the decision is out of
    that field. Later results carry their own number ranked (results_after_2020.csv)."""
    fields = set()
    for r in read_source("targets.csv", sources):
        if r["unit"] == "rank":
            m = _RANK_OF.search(r["baseline_text"])
            if m is None:
                raise BuildError(f"targets.csv, {r['target_id']}: the baseline {r['baseline_text']!r} "
                                 "does not say out of how many provinces")
            fields.add(int(m.group(2)))
    if len(fields) != 1:
        raise BuildError(f"targets.csv: the decision's printed ranks disagree on the field: {sorted(fields)}")
    return fields.pop()


def build_frames(sources: Path = SOURCES_DIR) -> dict[str, pd.DataFrame]:
    """Parse every source into the output tables (no file is written)."""
    field = decision_out_of(sources)  # every rank of the decision is out of this field
    meta = {r["row_id"]: r for r in read_source("indicator_meta.csv", sources)}
    used: set[str] = set()
    indicators: list[dict] = []
    observations: list[dict] = []

    def add_indicator(ind_id: str, appendix: str, item: str, row_id: str, measure: str | None,
                      name_vi: str, note: str, section: str | None = None) -> None:
        m = meta.get(row_id)
        if m is None:
            raise BuildError(f"{appendix}: row {row_id!r} has no line in indicator_meta.csv")
        used.add(row_id)
        unit, hib = m["unit"], _bool(m["higher_is_better"])
        decimals, unit_short = _decimals(m, row_id), m["unit_short"]
        name_en = m["name_en"]
        if measure == "rank":
            unit, hib, name_en = "rank", False, f"{name_en} (rank)"
            decimals, unit_short = 0, ""  # a rank is a whole number
        elif measure == "score":
            name_en = f"{name_en} (score)"
        indicators.append({
            "indicator_id": ind_id, "appendix": appendix, "section": section,
            "item": None if item == ABSENT else item,
            "row_id": row_id, "measure": measure, "name_vi": name_vi or m.get("name_vi") or "",
            "name_en": name_en, "unit": unit, "level": m["level"] or None,
            "higher_is_better": hib, "is_heading": unit == "", "note_vi": note or None,
            "restates": None, "decimals": decimals, "unit_short": unit_short or None,
        })

    def add_cell(ind_id: str, appendix: str, item: str, row_id: str, col_name: str,
                 col: Column, cell: str, file: str, name: str | None = None,
                 cite_item: str | None = None) -> None:
        where = f"{file}, row {row_id} (mục {item or '-'}), column {col_name}: {cell!r}"
        parsed = _parse(cell, where)
        source = source_label(appendix, item if cite_item is None else cite_item, col.label_vi, name)
        base = {
            "appendix": appendix, "year": col.year, "period": col.period, "kind": col.kind,
            "value_text": cell, "flag": parsed.flag, "footnote": parsed.footnote,
            "source": source, "cell_ref": _cell_ref(appendix, row_id, item, col_name),
            "scale_note": None, "basis": "decision", "basis_text": None, "quote": None,
        }
        is_rank = (col.measure or meta.get(row_id, {}).get("unit")) == "rank"
        base["out_of"] = field if is_rank else None
        observations.append({**base, "indicator_id": ind_id, "value": parsed.value})
        for comp, value in parsed.components.items():
            comp_id = ind_id + COMPONENT_SUFFIX[comp]
            if comp_id not in meta:
                raise BuildError(f"{where}: component {comp_id!r} has no line in indicator_meta.csv")
            observations.append({**base, "indicator_id": comp_id, "value": value})

    for file, (appendix, mapper) in ROW_TABLES.items():
        rows = read_source(file, sources)
        parent = ""
        for row in rows:
            row_id, item = row["row_id"], row["item"]
            numbered = bool(re.fullmatch(r"[IVX]+|\d+\.?", item))
            parent = item if numbered else parent
            cite_item = item if numbered else parent
            cols = {name: mapper(name) for name in row if name not in ("row_id", "item", "name_vi", "note_vi")}
            unknown = [n for n, c in cols.items() if c is None]
            if unknown:
                raise BuildError(f"{file}: unknown columns {unknown}")
            measures = sorted({c.measure for c in cols.values()}, key=str)
            note = row.get("note_vi", "")
            note = "" if note == ABSENT else note
            for measure in measures:
                ind_id = f"{row_id}_{measure}" if measure else row_id
                add_indicator(ind_id, appendix, item, row_id, measure, row["name_vi"], note)
            for name, col in cols.items():
                cell = row[name]
                if cell == ABSENT:
                    continue
                ind_id = f"{row_id}_{col.measure}" if col.measure else row_id
                add_cell(ind_id, appendix, item, row_id, name, col, cell, file,
                         None if numbered else row["name_vi"], cite_item)
            for comp_id in (f"{row_id}{s}" for s in COMPONENT_SUFFIX.values()):
                if comp_id in meta and comp_id not in used:
                    m = meta[comp_id]
                    add_indicator(comp_id, appendix, item, comp_id, None, m["name_vi"], "")

    for file, part in PL08_TABLES.items():
        rows = read_source(file, sources)
        ind_cols = [c for c in rows[0] if c.startswith("pl08_")]
        for col_id in ind_cols:
            add_indicator(col_id, "PL08", part, col_id, None, "", "", section=f"PL08 {part}")
        for row in rows:
            year = PL08_YEARS[(part, row["row_id"])]
            for col_id in ind_cols:
                col = Column(year, row["period"], "actual", None, f"phần {part}, {row['period']}")
                add_cell(col_id, "PL08", part, row["row_id"], col_id, col, row[col_id], file)

    # Indices that the decision does not print but whose later results the dashboard carries
    # (SIPAS, PAPI): one score and one rank indicator each, from their indicator_meta.csv line.
    for row_id, m in meta.items():
        if m["appendix"] == "external":
            for measure in ("score", "rank"):
                add_indicator(f"{row_id}_{measure}", "external", ABSENT, row_id, measure, m["name_vi"], "")

    unused = set(meta) - used
    if unused:
        raise BuildError(f"indicator_meta.csv has rows no table uses: {sorted(unused)}")

    _add_text_figures(sources, indicators, observations, field)
    for row in read_source(MORE_INDICATORS, sources):  # indicators as data: 766, DTI (the file kind's columns)
        indicators.append(defined_indicator(row, MORE_INDICATORS))
    fields = _national_field(sources)
    _add_external(sources, observations, {i["indicator_id"]: i for i in indicators}, fields)
    targets = _targets(sources, field)
    _add_target_series(targets, indicators)
    for rec in indicators:  # the build's own indicators: their range from the unit (a defined one has its own)
        if "scale" not in rec:
            low, high, scale = unit_scale(rec["unit"], rec["indicator_id"], field)
            rec.update(is_rank=rec["unit"] == "rank", scale_min=low, scale_max=high, scale=scale,
                       group_id=rec["appendix"], source=None)

    ind = pd.DataFrame(indicators, columns=INDICATOR_COLUMNS).astype(
        {"decimals": "Int8", "is_rank": "boolean", "scale_min": "float64", "scale_max": "float64"})
    if ind["indicator_id"].duplicated().any():
        dup = ind.loc[ind["indicator_id"].duplicated(), "indicator_id"].tolist()
        raise BuildError(f"duplicate indicator ids: {dup}")
    obs = pd.DataFrame(observations, columns=OBSERVATION_COLUMNS)
    obs = obs.astype({"year": "int32", "value": "float64", "footnote": "Int32", "out_of": "Int32"})
    methods = _index_methods(sources)
    notes = _footnotes(sources)
    missing = set(obs["footnote"].dropna().astype(int)) - set(notes["footnote"])
    if missing:
        raise BuildError(f"cells cite footnotes that footnotes.csv lacks: {sorted(missing)}")
    return {
        "indicators.parquet": ind,
        "observations.parquet": obs,
        "pci.parquet": _pci(obs, ind),
        "par_index.parquet": _par(obs, ind),
        "targets.parquet": targets,
        "footnotes.parquet": notes,
        "pci_reference.parquet": _pci_reference(sources, methods, fields),
        "source_conflicts.parquet": _source_conflicts(sources),
        "index_methods.parquet": methods,
        "component_scores.parquet": _component_scores(sources, _pci(obs, ind), methods),
        "national_field.parquet": fields,
        "regions.parquet": _regions(sources),
    }


#: The indicator id of a target part that has no series of its own in the decision's tables: its results
#: (entered later as data revisions) are kept under ``result_<target_id>``, so every target part is
#: addressable by an indicator id.
RESULT_PREFIX = "result_"


def _add_target_series(targets: pd.DataFrame, indicators: list[dict]) -> None:
    """Give every target part without an indicator an indicator of its own (no figure yet) and link it."""
    for pos, t in targets.iterrows():
        if t["indicator_id"] is not None and not pd.isna(t["indicator_id"]):
            continue
        ind_id = RESULT_PREFIX + t["target_id"]
        targets.at[pos, "indicator_id"] = ind_id
        indicators.append({
            "indicator_id": ind_id, "appendix": "PL01", "section": "result", "item": t["item"],
            "row_id": t["target_id"], "measure": None, "name_vi": t["name_vi"], "name_en": t["name_en"],
            "unit": t["unit"], "level": t["level"], "higher_is_better": bool(t["higher_is_better"]),
            "is_heading": False, "note_vi": None, "restates": None,
            "decimals": 0 if t["unit"] == "rank" else 2, "unit_short": "%" if t["unit"] == "%" else None,
        })


def _add_text_figures(sources: Path, indicators: list[dict], observations: list[dict], field: int) -> None:
    for row in read_source("text_figures.csv", sources):
        fid = row["figure_id"]
        try:
            value = float(row["value"])
        except ValueError as exc:
            raise BuildError(f"text_figures.csv, {fid}: value {row['value']!r} is not a number") from exc
        printed = re.search(rf"-?(?:{parse.NUMBER})", row["value_text"])
        if printed is None:
            raise BuildError(f"text_figures.csv, {fid}: value_text {row['value_text']!r} has no number")
        number = printed.group(0)
        sign = -1.0 if number.startswith("-") else 1.0
        if abs(sign * parse.parse_number(number.lstrip("-")) - value) > 1e-9:
            raise BuildError(
                f"text_figures.csv, {fid}: value {value} does not match the printed {row['value_text']!r}"
            )
        if row["quote_vi"] and number.lstrip("-") not in row["quote_vi"].replace(" ", "") and \
                number.lstrip("-") not in row["quote_vi"]:
            raise BuildError(f"text_figures.csv, {fid}: the quote does not contain {number!r}")
        indicators.append({
            "indicator_id": fid, "appendix": "text", "section": row["section"], "item": None,
            "row_id": fid, "measure": None, "name_vi": row["quote_vi"], "name_en": row["name_en"],
            "unit": row["unit"], "level": None, "higher_is_better": None, "is_heading": False,
            "note_vi": None, "restates": row["restates"] or None,
            # a figure quoted from the text reads as printed
            "decimals": fmt.printed_decimals(row["value_text"]) or 0,
            "unit_short": "%" if row["unit"] == "%" else None,
        })
        observations.append({
            "indicator_id": fid, "appendix": "text", "year": int(row["year"]), "period": None,
            "kind": "actual", "value": value, "value_text": row["value_text"], "flag": parse.VALUE,
            "footnote": None, "source": f"{DECISION}, {row['section']}: “{row['quote_vi']}”",
            "cell_ref": f"text · {row['section']} · {fid}", "scale_note": None,
            "out_of": field if row["unit"] == "rank" else None,
            "basis": "decision", "basis_text": None, "quote": row["quote_vi"],
        })


RESULTS_FILE = "results_after_2020.csv"
#: Lai Châu's own published PCI results before the decision's table (2016-2020): composite and rank of 2013-2015
#: from VCCI's workbooks (the national table's Lai Châu row; its sub-indices are in ``pci_components_2013_2016.csv``).
EARLY_RESULTS_FILE = "results_2013_2015.csv"
CONFLICT_COLUMNS = ["conflict_id", "year", "index", "claimant", "value", "rank", "out_of", "claim",
                    "source", "note_vi", "note_en"]


def _add_external(sources: Path, observations: list[dict], known: dict[str, dict], fields: pd.DataFrame) -> None:
    """The results published after 2020 (``results_after_2020.csv``) and Lai Châu's PCI of 2013-2015
    (``results_2013_2015.csv``), each with its basis and quote.

    An empty value stays null (flag "empty"), never 0; a rank must say how many were ranked, and that is the
    number of provinces ranked that year (:func:`field_of`) unless ``scale_note`` documents the exception
    (DTI 2024 ranked the 34 provinces of after the 2025 mergers)."""
    for name, n, row in [(name, n, row) for name in (EARLY_RESULTS_FILE, RESULTS_FILE)
                         for n, row in enumerate(read_source(name, sources), start=2)]:
        where = f"{name}, line {n} ({row['indicator_id']} {row['year']})"
        if row["indicator_id"] not in known:
            raise BuildError(f"{where}: unknown indicator {row['indicator_id']!r}")
        if row["basis"] not in BASES[1:]:
            raise BuildError(f"{where}: basis {row['basis']!r} is not one of {BASES[1:]}")
        is_rank = row["indicator_id"].endswith("_rank")
        if is_rank and not row["out_of"].strip():
            raise BuildError(f"{where}: a rank needs out_of (how many provinces were ranked)")
        expected = field_of(int(row["year"]), fields)
        if is_rank and expected is not None and int(row["out_of"]) != expected and not row["scale_note"].strip():
            raise BuildError(f"{where}: out_of {row['out_of']} is not the {expected} provinces ranked in "
                             f"{row['year']}; document the exception in scale_note")
        if not row["source"].strip() or not row["quote"].strip():
            raise BuildError(f"{where}: source and quote are required")
        value = _num(row["value"])
        observations.append({
            "indicator_id": row["indicator_id"], "appendix": "external", "year": int(row["year"]),
            "period": None, "kind": "actual", "value": value,
            "value_text": row["value_text"], "flag": parse.VALUE if value is not None else "empty",
            "footnote": None, "source": row["source"],
            "cell_ref": f"external · {row['indicator_id']} · {row['year']}",
            "scale_note": row["scale_note"] or None,
            "out_of": int(row["out_of"]) if row["out_of"].strip() else None,
            "basis": row["basis"], "basis_text": row["basis_text"] or None, "quote": row["quote"],
        })


def _source_conflicts(sources: Path) -> pd.DataFrame:
    """Published figures that contradict each other, one row per claim (kept, not resolved)."""
    rows = read_source("source_conflicts.csv", sources)
    df = pd.DataFrame(rows, columns=CONFLICT_COLUMNS)
    for col in ("value", "rank"):
        df[col] = pd.to_numeric(df[col].replace("", None), errors="raise").astype("float64")
    df["rank"] = df["rank"].astype("Int32")
    df["out_of"] = pd.to_numeric(df["out_of"].replace("", None)).astype("Int32")
    return df.astype({"year": "int32"})


def _footnotes(sources: Path) -> pd.DataFrame:
    rows = read_source("footnotes.csv", sources)
    df = pd.DataFrame(rows, columns=["footnote", "cited_in", "text_vi"])
    return df.astype({"footnote": "int32"})


def _pci(obs: pd.DataFrame, ind: pd.DataFrame) -> pd.DataFrame:
    """PL03 as one tidy table: year, sub-index, weight, score, rank (composite rows have no weight)."""
    pl03 = obs[obs["appendix"] == "PL03"].merge(
        ind[["indicator_id", "row_id", "measure", "name_vi", "name_en"]], on="indicator_id")
    wide = pl03.pivot_table(index=["row_id", "year"], columns="measure", values="value",
                            aggfunc="first").reset_index()
    out_of = pl03[pl03["measure"] == "rank"].groupby(["row_id", "year"])["out_of"].first().rename("out_of")
    wide = wide.merge(out_of.reset_index(), on=["row_id", "year"], how="left")
    names = ind[(ind["appendix"] == "PL03") & (ind["measure"] == "score")][["row_id", "name_vi", "name_en", "item"]]
    wide = wide.merge(names, on="row_id")
    wide["subindex"] = wide["row_id"].map(lambda r: "composite" if r == "pci" else r.removeprefix("pci_"))
    wide["weight"] = wide["subindex"].map(PCI_WEIGHTS)
    wide["name_en"] = wide["name_en"].str.removesuffix(" (score)")
    order = {k: i for i, k in enumerate(("composite",) + PCI_SUBINDICES)}
    wide = wide.sort_values(["year", "subindex"], key=lambda s: s.map(order) if s.name == "subindex" else s)
    wide["source"] = [source_label("PL03", i, "điểm số và xếp hạng", n) for i, n in zip(wide["item"], wide["name_vi"])]
    cols = ["year", "subindex", "item", "name_vi", "name_en", "weight", "score", "rank", "out_of", "source"]
    return wide[cols].reset_index(drop=True).astype({"year": "int32", "rank": "Int32", "out_of": "Int32"})


def _par(obs: pd.DataFrame, ind: pd.DataFrame) -> pd.DataFrame:
    """PL04 as one tidy table: year, area, score, rank and the rank printed as text where it is text."""
    pl04 = obs[obs["appendix"] == "PL04"].merge(ind[["indicator_id", "row_id", "measure", "item", "name_vi", "name_en"]],
                                                on="indicator_id")
    score = pl04[pl04["measure"] == "score"][["row_id", "year", "value", "item", "name_vi", "name_en"]]
    rank = pl04[pl04["measure"] == "rank"][["row_id", "year", "value", "value_text", "flag", "out_of"]]
    df = score.rename(columns={"value": "score"}).merge(
        rank.rename(columns={"value": "rank", "value_text": "rank_text", "flag": "rank_flag"}),
        on=["row_id", "year"])
    df["area"] = df["row_id"].str.removeprefix("par_")
    df["name_en"] = df["name_en"].str.removesuffix(" (score)")
    df["source"] = [source_label("PL04", i, "điểm số và xếp hạng", n) for i, n in zip(df["item"], df["name_vi"])]
    order = {k: i for i, k in enumerate(PAR_AREAS + ("total",))}
    df = df.sort_values(["year", "area"], key=lambda s: s.map(order) if s.name == "area" else s)
    cols = ["year", "area", "item", "name_vi", "name_en", "score", "rank", "rank_text", "rank_flag", "out_of", "source"]
    return df[cols].reset_index(drop=True).astype({"year": "int32", "rank": "Int32", "out_of": "Int32"})


def _num(text: str) -> float | None:
    return float(text) if text.strip() else None


def _targets(sources: Path, field: int) -> pd.DataFrame:
    rows = read_source("targets.csv", sources)
    out = []
    for order, r in enumerate(rows):
        rec = dict(r, order=order)
        for k in ("baseline_value", "low_2025", "high_2025", "low_2030", "high_2030"):
            rec[k] = _num(r[k])
        rec["baseline_year"] = int(r["baseline_year"])
        rec["higher_is_better"] = _bool(r["higher_is_better"])
        for k in ("part", "indicator_id", "level", "text_2025_text", "text_2030_text", "note_vi", "note_en"):
            rec[k] = r[k] or None
        for year in ("2025", "2030"):
            kind = r[f"kind_{year}"]
            if kind not in ("rank_band", "at_least", "maintain"):
                raise BuildError(f"targets.csv, {r['target_id']}: unknown kind_{year} {kind!r}")
            # the value a projection must reach: the worst acceptable rank of a band, else the floor
            rec[f"goal_{year}"] = rec[f"high_{year}"] if kind == "rank_band" else rec[f"low_{year}"]
        # the decision's rank bands are ranks in the field of its printed ranks (decision_out_of)
        rec["band_out_of"] = field if "rank_band" in (r["kind_2025"], r["kind_2030"]) else None
        rec["source"] = (f"{DECISION}, Phụ lục 01, mục {r['item']}"
                         + ("; Phần 3, mục I.2" if r["text_2025_text"] or r["text_2030_text"] else ""))
        out.append(rec)
    return pd.DataFrame(out).astype({"band_out_of": "Int32"})


def _pci_reference(sources: Path, methods: pd.DataFrame, fields: pd.DataFrame) -> pd.DataFrame:
    """Other provinces' published PCI points, each with the method of its year (``method_id``: one method per
    index and year, so the points of one year never mix methods), ``index_id`` ``pci`` and its ``basis``
    (``stated``, or ``stated_provincial`` for a province's own statement outside VCCI's published table); a
    point stated with its rank alone has a null score (the rank estimate never reads it)."""
    rows = read_source("pci_reference.csv", sources)
    df = pd.DataFrame(rows)
    try:
        # an empty score is null (a rank stated without its composite), never 0
        df["score"] = pd.to_numeric(df["score"].replace("", None), errors="raise").astype("float64")
        df = df.astype({"year": "int32", "rank": "int32", "out_of": "int32"})
    except ValueError as exc:
        raise BuildError(f"pci_reference.csv: {exc}") from exc
    bad = sorted(set(df["basis"]) - set(BASES))
    if bad:
        raise BuildError(f"pci_reference.csv: basis {bad} is not one of {BASES}")
    df["index_id"] = "pci"
    df["method_id"] = [method_of(methods, "pci", int(y)) for y in df["year"]]
    if df["method_id"].isna().any():
        raise BuildError(f"pci_reference.csv: no PCI method for the years {sorted(set(df.loc[df.method_id.isna(), 'year']))}")
    for y, n in zip(df["year"], df["out_of"]):
        expected = field_of(int(y), fields)
        if expected is not None and int(n) != expected:
            raise BuildError(f"pci_reference.csv: {y} ranked {expected} provinces, not {n}")
    return df


# --- indicators, methods, component scores and the national field as data -------------------------------

MORE_INDICATORS = "indicators_more.csv"
METHODS_FILE = "index_methods.csv"
COMPONENTS_FILE = "pci_components_2013_2016.csv"
#: Other provinces' sub-indices of single years (VCCI's province pages: Phú Thọ 2017-2022, Thái Nguyên 2019),
#: the columns of :data:`COMPONENTS_FILE`; each under the method of its year.
PEER_COMPONENTS_FILE = "pci_components_peers.csv"
REGIONS_FILE = "regions.csv"
#: The columns of a region's membership (``regions.csv`` and the import file kind ``regions``): one row per
#: province and period; ``year_to`` empty while it holds; ``carries`` the former members a province formed in the
#: 2025 reorganisation carries.
REGION_COLUMNS = ("region_id", "name_vi", "name_en", "province", "year_from", "year_to", "carries", "basis",
                  "source", "note")
FIELD_FILE = "national_field.csv"
#: The columns of an indicator defined as data (``indicators_more.csv``, and the import file kind).
INDICATOR_FILE_COLUMNS = ("indicator_id", "name_vi", "name_en", "unit", "higher_is_better", "scale_min",
                          "scale_max", "is_rank", "group", "source")
#: The columns of an index method, one row per component (``index_methods.csv`` and the import file kind).
METHOD_COLUMNS = ("method_id", "index_id", "name_vi", "name_en", "year_from", "year_to", "composite_max",
                  "source", "component_id", "component_name_vi", "component_name_en", "scale_min", "scale_max",
                  "weight")
COMPONENT_SCORE_COLUMNS = ["method_id", "index_id", "year", "province", "component_id", "score", "rank", "out_of",
                           "basis", "source"]
#: The province whose dashboard this is (its component scores are its own results, not reference points).
PROVINCE = "Lai Châu"


def unit_scale(unit: str | None, indicator_id: str, field: int) -> tuple[float | None, float | None, str]:
    """(low, high, scale word) of a built indicator's figures, from its unit: a rank 1..its ``out_of`` (high
    None), a share 0-100, PCI 0-100 and its sub-indices 0-10, PAPI 0-80, other points 0-100 (PAR INDEX and its
    areas), yes/no 0-1, ranks gained ±(field − 1), anything else a count (0, no scale maximum)."""
    iid = str(indicator_id)
    if unit == "rank":
        return 1.0, None, "rank"
    if unit == "%":
        return 0.0, 100.0, "percent"
    if unit == "points":
        if iid == "pci_score":
            return 0.0, 100.0, "pci"
        if iid.startswith("pci_"):
            return 0.0, 10.0, "pci_sub"
        if iid.startswith("papi_"):
            return 0.0, 80.0, "papi"  # eight dimensions of 1-10 points
        return 0.0, 100.0, "par"  # the total and each area (an area's points are part of the 100)
    if unit == "yes/no":
        return 0.0, 1.0, "yes_no"
    if unit == "ranks gained":
        return -float(field - 1), float(field - 1), "rank_change"
    return 0.0, None, "count"


def _flag(text: str) -> bool | None:
    t = str(text or "").strip().lower()
    return {"true": True, "1": True, "x": True, "yes": True, "có": True, "false": False, "0": False, "no": False,
            "không": False, "": None}.get(t)


def _float_or_none(text) -> float | None:
    if text is None or (isinstance(text, float) and text != text) or str(text).strip() == "":
        return None
    return float(text)


def defined_indicator(row: dict, where: str = "") -> dict:
    """An indicator defined as data (the columns :data:`INDICATOR_FILE_COLUMNS`, already valid) as a row of
    ``indicators``: appendix ``external``, its group as ``section`` and ``group_id``, decimals 0 for a rank,
    4 for a scale up to 1, else 2."""
    try:
        is_rank = bool(_flag(row["is_rank"]))
        low, high = _float_or_none(row.get("scale_min")), _float_or_none(row.get("scale_max"))
        hib = _flag(row["higher_is_better"])
    except (KeyError, ValueError) as exc:
        raise BuildError(f"{where}: {row.get('indicator_id')}: {exc}") from exc
    unit = "rank" if is_rank else str(row["unit"])
    return {
        "indicator_id": row["indicator_id"], "appendix": "external", "section": row["group"] or None, "item": None,
        "row_id": row["indicator_id"], "measure": "rank" if is_rank else None, "name_vi": row["name_vi"],
        "name_en": row.get("name_en") or row["name_vi"], "unit": unit, "level": "province",
        "higher_is_better": False if is_rank else hib, "is_heading": False, "note_vi": None, "restates": None,
        "decimals": 0 if is_rank else (4 if high is not None and high <= 1 else 2),
        "unit_short": "%" if unit == "%" else None, "is_rank": is_rank,
        "scale_min": 1.0 if is_rank else low, "scale_max": None if is_rank else high,
        "scale": "rank" if is_rank else "indicator", "group_id": row["group"] or None, "source": row["source"],
    }


def _national_field(sources: Path) -> pd.DataFrame:
    """How many provinces national rankings rank, by year (``national_field.csv``: 63 until 2024, 34 from 2025)."""
    df = pd.DataFrame(read_source(FIELD_FILE, sources), columns=["year_from", "year_to", "provinces", "source"])
    df["year_to"] = pd.to_numeric(df["year_to"].replace("", None)).astype("Int32")
    return df.astype({"year_from": "int32", "provinces": "int32"})


def field_of(year: int, fields: pd.DataFrame) -> int | None:
    """The number of provinces ranked in ``year`` (None for a year the table does not cover)."""
    for r in fields.itertuples():
        if r.year_from <= year and (pd.isna(r.year_to) or year <= r.year_to):
            return int(r.provinces)
    return None


def _index_methods(sources: Path) -> pd.DataFrame:
    """The index methods (``index_methods.csv``), one row per component; a weight is null where unpublished.
    PCI 2006-2021's weights must be the ones :data:`reform.data.indices.PCI_WEIGHTS` computes with."""
    df = pd.DataFrame(read_source(METHODS_FILE, sources), columns=list(METHOD_COLUMNS))
    for col in ("year_to", "year_from"):
        df[col] = pd.to_numeric(df[col].replace("", None)).astype("Int32")
    for col in ("composite_max", "scale_min", "scale_max", "weight"):
        df[col] = pd.to_numeric(df[col].replace("", None)).astype("float64")
    first = df[df["method_id"] == "pci_2006"].set_index("component_id")["weight"].to_dict()
    if first != PCI_WEIGHTS:
        raise BuildError(f"{METHODS_FILE}: pci_2006's weights {first} are not PCI_WEIGHTS {PCI_WEIGHTS}")
    return df


def method_of(methods: pd.DataFrame, index_id: str, year: int) -> str | None:
    """The id of the method of ``index_id`` that applies to ``year`` (None where none does)."""
    m = methods[(methods["index_id"] == index_id) & (methods["year_from"] <= year)
                & (methods["year_to"].isna() | (methods["year_to"] >= year))]
    ids = sorted(set(m["method_id"]))
    if len(ids) > 1:
        raise BuildError(f"{index_id} {year}: more than one method applies: {ids}")
    return ids[0] if ids else None


def _component_scores(sources: Path, pci: pd.DataFrame, methods: pd.DataFrame) -> pd.DataFrame:
    """Component scores keyed by (method, year, province, component): Lai Châu's PCI sub-indices of PL03
    (2016-2020, basis ``decision``), VCCI's table of every province's sub-indices 2013-2016
    (``pci_components_2013_2016.csv``; where both have a key (Lai Châu 2016), the decision's is kept) and other
    provinces' sub-indices of single years from VCCI's province pages (``pci_components_peers.csv``), each under
    the method of its year (a key twice in one file, or in both files, stops the build)."""
    out = []
    for r in pci[pci["subindex"] != "composite"].itertuples():
        out.append({"method_id": method_of(methods, "pci", int(r.year)), "index_id": "pci", "year": int(r.year),
                    "province": PROVINCE, "component_id": r.subindex, "score": float(r.score),
                    "rank": None if pd.isna(r.rank) else int(r.rank),
                    "out_of": None if pd.isna(r.out_of) else int(r.out_of), "basis": "decision", "source": r.source})
    seen = {(o["method_id"], o["year"], o["province"], o["component_id"]) for o in out}
    for file in (COMPONENTS_FILE, PEER_COMPONENTS_FILE):
        mine: set[tuple] = set()
        for n, row in enumerate(read_source(file, sources), start=2):
            year = int(row["year"])
            method = method_of(methods, "pci", year)
            components = list(methods.loc[methods["method_id"] == method, "component_id"])
            for c in components:
                key = (method, year, row["province"], c)
                if key in mine:
                    raise BuildError(f"{file}, line {n}: {row['province']} {year} twice")
                mine.add(key)
                if key in seen:
                    continue
                try:
                    score = float(row[c])
                except (KeyError, ValueError) as exc:
                    raise BuildError(f"{file}, line {n}, {c}: {exc}") from exc
                out.append({"method_id": method, "index_id": "pci", "year": year, "province": row["province"],
                            "component_id": c, "score": score, "rank": None, "out_of": None, "basis": "stated",
                            "source": row["source"]})
        seen |= mine
    df = pd.DataFrame(out, columns=COMPONENT_SCORE_COLUMNS)
    return df.astype({"year": "int32", "score": "float64", "rank": "Int32", "out_of": "Int32"})


def _regions(sources: Path) -> pd.DataFrame:
    """Regions as data (``regions.csv``): one row per region, member province and period (``year_to`` null while
    it holds), with the former members it carries, the basis and the source of the membership."""
    df = pd.DataFrame(read_source(REGIONS_FILE, sources), columns=list(REGION_COLUMNS))
    for col in ("carries", "note"):
        df[col] = df[col].replace("", None)
    try:
        df["year_to"] = pd.to_numeric(df["year_to"].replace("", None)).astype("Int32")
        df["year_from"] = df["year_from"].astype("int32")
    except ValueError as exc:
        raise BuildError(f"{REGIONS_FILE}: {exc}") from exc
    bad = sorted(set(df["basis"]) - set(BASES))
    if bad:
        raise BuildError(f"{REGIONS_FILE}: basis {bad} is not one of {BASES}")
    for (rid, prov), g in df.groupby(["region_id", "province"]):
        spans = sorted((int(a), 9999 if pd.isna(b) else int(b)) for a, b in zip(g["year_from"], g["year_to"]))
        if any(a > b for a, b in spans) or any(spans[i][1] >= spans[i + 1][0] for i in range(len(spans) - 1)):
            raise BuildError(f"{REGIONS_FILE}: {rid} / {prov}: periods overlap or run backwards: {spans}")
    return df


# --- writing, locking, staleness ----------------------------------------------------------

def _code_files() -> list[Path]:
    here = Path(__file__).resolve().parent
    return [here / "build.py", here / "parse.py", here / "indices.py"]  # what the built files depend on


#: The last fingerprint per sources folder and the file stats it was read under (the shell checks the
#: data on every full run: the files are hashed again only when one of them changed).
_fingerprints: dict[Path, tuple[tuple, str]] = {}
_fingerprints_lock = threading.Lock()
_RACY_NS = 2_000_000_000


def _stats(files: list[Path]) -> tuple:
    """What changes whenever a file is written, renamed over or replaced: name, size, modification and
    change times (ns; the change time cannot be set back by a tool), inode."""
    out = []
    for path in files:
        st = path.stat()
        out.append((str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
    return tuple(out)


def fingerprint(sources: Path = SOURCES_DIR) -> str:
    """A hash of every source file and of the code that parses them (hashed again only when a file's
    stats changed since the last call, or a file came or went)."""
    files = sorted(sources.glob("*.csv")) + _code_files()
    try:
        stats = _stats(files)
    except OSError:  # a file went between the listing and the stat: hash what is there now
        stats = None
    key = Path(sources).resolve()
    with _fingerprints_lock:
        known = _fingerprints.get(key)
    if stats is not None and known is not None and known[0] == stats:
        return known[1]
    h = hashlib.sha256()
    h.update(str(SCHEMA_VERSION).encode())
    for path in files:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    digest = h.hexdigest()
    if stats is not None:
        try:
            unchanged = _stats(files) == stats  # not written while being read
        except OSError:
            unchanged = False
        # a file written within the file system's timestamp tick of another write could keep its stats
        # (as git's "racily clean" entries): such recent stats are not trusted, the next call hashes again
        settled = time.time_ns() - _RACY_NS
        if unchanged and all(mtime < settled and ctime < settled for _, _, mtime, ctime, _ in stats):
            with _fingerprints_lock:
                _fingerprints[key] = (stats, digest)
    return digest


def read_build_info(data_dir: Path | None = None) -> dict | None:
    """The build record, or None if there is none or it is unreadable."""
    data_dir = Path(data_dir or paths.DATA_DIR)
    try:
        return json.loads((data_dir / BUILD_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_stale(data_dir: Path | None = None, sources: Path = SOURCES_DIR) -> bool:
    """True when an output is missing or the sources changed since the last build."""
    data_dir = Path(data_dir or paths.DATA_DIR)
    info = read_build_info(data_dir)
    if info is None or info.get("fingerprint") != fingerprint(sources):
        return True
    return any(not (data_dir / name).is_file() for name in OUTPUTS)


@contextmanager
def _lock(data_dir: Path) -> Iterator[None]:
    data_dir.mkdir(parents=True, exist_ok=True)
    with open(data_dir / ".build.lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build(data_dir: Path | None = None, sources: Path = SOURCES_DIR) -> dict:
    """Build every output atomically and return the build record."""
    data_dir = Path(data_dir or paths.DATA_DIR)
    frames = build_frames(sources)
    with _lock(data_dir):
        tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=data_dir))
        try:
            for name, frame in frames.items():
                frame.to_parquet(tmp / name, index=False)
            info = {
                "fingerprint": fingerprint(sources),
                "schema_version": SCHEMA_VERSION,
                "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "rows": {name: len(frame) for name, frame in frames.items()},
            }
            (tmp / BUILD_INFO).write_text(json.dumps(info, indent=2), encoding="utf-8")
            for name in (*frames, BUILD_INFO):
                os.replace(tmp / name, data_dir / name)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return info


def ensure_built(data_dir: Path | None = None, sources: Path = SOURCES_DIR) -> bool:
    """Build if missing or stale; return True if a build ran."""
    data_dir = Path(data_dir or paths.DATA_DIR)
    if not is_stale(data_dir, sources):
        return False
    with _lock(data_dir):
        pass  # wait for a build running in another process
    if not is_stale(data_dir, sources):
        return False
    build(data_dir, sources)
    return True
