"""Data revisions: read an import file, validate every row, compare it with the data in force, apply it as
a revision, roll one back; and the figures of the revisions in force as observations.

The engine under the data-updates page and the ``import`` / ``revisions`` / ``rollback`` / ``template``
commands. No Streamlit; persistence through :mod:`reform.store.revisions`. The preview with the verdicts
that would change is in :mod:`reform.model.revisions` (the data layer does not import the model).

Reading (:func:`read_file`; never raises for bad input, every problem becomes a :class:`Problem`):

* CSV (UTF-8, with or without BOM; comma, semicolon or tab) or XLSX (openpyxl read-only with the cached
  values of formulas, ``data_only``); ``.xlsm`` (macros) and anything else is refused, as is a binary file
  named ``.csv`` and a workbook carrying a VBA project;
* at most :data:`MAX_BYTES` (2 MB) and :data:`MAX_ROWS` (5 000) data rows: a larger file is refused as a
  whole, before any row is validated (10 000 rows: refused by the row limit);
* columns ``indicator_id, year, value, value_text, out_of, source`` (``value_text`` and ``out_of`` may be
  absent; other columns are ignored; the header is the first non-empty row).

Validation, per row and column (row numbers as in the file, the header being row 1 of a CSV): a known
indicator (:func:`allowed_indicators`: every target part has one), a whole year in 2016-2035, a number
in Vietnamese or English format (:func:`reform.data.parse.parse_entered_number`) within the indicator's
range (:func:`value_range`), ``out_of`` required for a rank (1..MAX_OUT_OF) and refused otherwise, a rank whole and
within 1..``out_of``, a source, no two rows with the same indicator and year. A file with any problem is
never applied.

The data the pages read is the decision's build plus the revisions in force (:func:`revision_frame`,
loaded by :mod:`reform.data.db`): an imported figure never replaces a figure of the build, it is added
beside it (``appendix`` ``revision``, ``basis`` :data:`REVISION_BASIS`, with ``revision_id``, ``entered_by``,
``entered_at``);
of two revisions with a figure for the same indicator and year, the later one is in force.
"""
from __future__ import annotations

import csv
import hashlib
import io
import math
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd

from reform.data import db
from reform.data.build import OBSERVATION_COLUMNS, decision_out_of
from reform.data.parse import CellError, parse_entered_number
from reform.i18n import revisions as T
from reform.store import revisions as store
from reform.store.base import StoreError

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
YEAR_LOW, YEAR_HIGH = 2016, 2035
MAX_OUT_OF = decision_out_of()  # the most provinces ever ranked: the decision's field (34 from 2025)
MAX_SOURCE, MAX_VALUE_TEXT = 500, 200
MAX_COLUMNS, MAX_SHEET_ROWS = 40, 50_000  # how much of a worksheet is looked at
COLUMNS = ("indicator_id", "year", "value", "value_text", "out_of", "source")
REQUIRED_COLUMNS = ("indicator_id", "year", "value", "source")
REVISION = "revision"
#: The ``basis`` of a revision's figure: ``stated`` (stated by the source the editor cites, in ``source``), with
#: ``basis_text`` saying who entered it and when; the figure is marked as a revision's by ``appendix``
#: ``revision`` and ``revision_id``. (A basis word of its own, ``revision``, waits for pages/overview.py, whose
#: basis words are a fixed list of the four known; the words for it are in reform/i18n already.)
REVISION_BASIS = "stated"
#: Columns the observations carry for a figure from a revision (null for the build's figures).
REVISION_COLUMNS = ("revision_id", "entered_by", "entered_at")
_BINARY_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF", b"\x89PNG", b"\x7fELF", b"\x1f\x8b")


@dataclass(frozen=True)
class Problem:
    """One error: ``row`` 0 for the file as a whole, else the row in the file; ``column`` None for a file
    error; ``code`` a key of :data:`reform.i18n.revisions.FILE_ERRORS` or ``ROW_ERRORS``."""

    row: int
    column: str | None
    code: str
    params: dict = field(default_factory=dict)

    def message(self, lang: str = "vi") -> str:
        table = T.FILE_ERRORS if self.row == 0 else T.ROW_ERRORS
        return table[self.code][0 if lang == "vi" else 1].format(**self.params)

    def as_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "code": self.code,
                "message": self.message("vi"), "message_en": self.message("en")}


@dataclass
class Parsed:
    """A read and validated file: its clean rows (dicts with :data:`COLUMNS` and ``row``) and problems."""

    file_name: str
    sha256: str
    rows: list[dict]
    problems: list[Problem]
    #: ``figures`` (results of indicators) or ``plan`` (a plan and its targets, :mod:`reform.data.plans`)
    kind: str = store.FIGURES

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    def errors(self) -> list[dict]:
        return [p.as_dict() for p in self.problems]


class RevisionError(Exception):
    """An import or rollback that was not done; ``code`` a key of ``ACTION_ERRORS``; nothing changed."""

    def __init__(self, code: str, **params) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def message(self, lang: str = "vi") -> str:
        return T.ACTION_ERRORS[self.code][0 if lang == "vi" else 1].format(**self.params)


# --- the catalogue of what may be entered -------------------------------------------------------------

def value_range(ind: dict) -> tuple[float | None, float | None, str]:
    """(low, high, scale) of an indicator's figures; high None for a rank (its ``out_of``) or a count."""
    unit, iid = ind.get("unit"), str(ind["indicator_id"])
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
        return -float(MAX_OUT_OF - 1), float(MAX_OUT_OF - 1), "rank_change"
    return 0.0, None, "count"


@db.memo
def _catalogue() -> pd.DataFrame:
    ind = db.run("indicators_catalog")
    targets = db.run("targets")
    keep = ~ind["is_heading"].fillna(False).astype(bool) & ind["appendix"].ne("text") & ind["unit"].fillna("").ne("")
    # PL01's own rows are the printed targets, not results; a target part's result series is section "result"
    keep &= ind["appendix"].ne("PL01") | ind["section"].eq("result")
    out = ind.loc[keep, ["indicator_id", "appendix", "name_vi", "name_en", "unit", "unit_short", "decimals",
                         "measure"]].copy()
    ranges = [value_range(r) for r in out.to_dict("records")]
    out["low"] = [r[0] for r in ranges]
    out["high"] = [r[1] for r in ranges]
    out["scale"] = [r[2] for r in ranges]
    out["is_rank"] = out["unit"].eq("rank")
    linked = targets.dropna(subset=["indicator_id"]).groupby("indicator_id")["target_id"].agg(", ".join)
    out["target_ids"] = out["indicator_id"].map(linked)
    # the target parts first, then the indices, then the appendices
    out["_order"] = out["target_ids"].isna().astype(int)
    return out.sort_values(["_order", "appendix", "indicator_id"]).drop(columns="_order").reset_index(drop=True)


def allowed_indicators() -> pd.DataFrame:
    """Every indicator a file may carry: id, names, unit, ``low``/``high`` (high null for a rank: its
    ``out_of``; for a count: none), ``scale``, ``is_rank``, ``target_ids`` (the target parts it measures)."""
    return _catalogue()


# --- reading a file -------------------------------------------------------------------------------------

def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def _file_problem(code: str, **params) -> Problem:
    return Problem(0, None, code, params)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    return b"\x00" in head or head.startswith(_BINARY_MAGIC)


def _csv_rows(name: str, data: bytes) -> tuple[list[tuple[int, list]], Problem | None]:
    if _looks_binary(data):
        return [], _file_problem("binary_csv", name=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], _file_problem("not_utf8")
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return [(n, row) for n, row in enumerate(reader, start=1)], None
    except csv.Error:
        return [], _file_problem("binary_csv", name=name)


def _xlsx_rows(data: bytes) -> tuple[list[tuple[int, list]], Problem | None]:
    import openpyxl  # only when a workbook is read

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if any(n.lower().endswith("vbaproject.bin") for n in z.namelist()):
                return [], _file_problem("macro_file")
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception:  # noqa: BLE001 - a damaged or foreign file, whatever openpyxl or zipfile raise
        return [], _file_problem("bad_xlsx")
    try:
        names = wb.sheetnames
        sheet = next((wb[n] for n in names if n in (T.TEMPLATE["sheet_data"][0], T.TEMPLATE["sheet_data"][1])),
                     wb[names[0]])
        rows = []
        too_many = _file_problem("too_many_rows", rows=f"> {MAX_ROWS}", limit=MAX_ROWS)
        # at most MAX_COLUMNS columns and MAX_SHEET_ROWS rows are looked at (a small file can unzip into a
        # huge sheet); blank rows are skipped as they come
        for n, row in enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1):
            if n > MAX_SHEET_ROWS:
                return [], too_many
            if all(_blank(c) for c in row):
                continue
            rows.append((n, list(row)))
            if len(rows) > MAX_ROWS + 1:  # the header and more than MAX_ROWS figures
                return [], too_many
        return rows, None
    except Exception:  # noqa: BLE001
        return [], _file_problem("bad_xlsx")
    finally:
        wb.close()


def _blank(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x)) or (isinstance(x, str) and not x.strip())


def _text(x) -> str:
    if _blank(x):
        return ""
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    if isinstance(x, datetime):
        return x.isoformat()
    return " ".join(str(x).split())


def read_file(name: str, data: bytes) -> Parsed:
    """Read and validate an import file (its name and bytes); never raises for bad input."""
    name = Path(str(name)).name or "upload"
    sha = hashlib.sha256(data).hexdigest()
    if len(data) > MAX_BYTES:
        return Parsed(name, sha, [], [_file_problem("too_large", size=_size(len(data)), limit=_size(MAX_BYTES))])
    suffix = Path(name).suffix.lower()
    if suffix in (".xlsm", ".xltm", ".xlsb"):
        return Parsed(name, sha, [], [_file_problem("macro_file")])
    if suffix == ".csv":
        raw, problem = _csv_rows(name, data)
    elif suffix == ".xlsx":
        raw, problem = _xlsx_rows(data)
    else:
        return Parsed(name, sha, [], [_file_problem("bad_extension", name=name)])
    if problem:
        return Parsed(name, sha, [], [problem])
    raw = [(n, r) for n, r in raw if any(not _blank(c) for c in r)]
    if not raw:
        return Parsed(name, sha, [], [_file_problem("empty_file")])
    (_, header), body = raw[0], raw[1:]
    heads = [_text(h).lower().lstrip("\ufeff") for h in header]
    kind = store.FIGURES
    columns, required = COLUMNS, REQUIRED_COLUMNS
    if "plan_id" in heads:  # a plan and its targets (reform.data.plans)
        from reform.data import plans

        kind, columns, required = store.PLAN, plans.COLUMNS, plans.REQUIRED_COLUMNS
    missing = [c for c in required if c not in heads]
    dup = sorted({h for h in heads if h in columns and heads.count(h) > 1})
    if missing:
        return Parsed(name, sha, [], [_file_problem("missing_columns", columns=", ".join(missing),
                                                    required=", ".join(columns))], kind)
    if dup:
        return Parsed(name, sha, [], [_file_problem("duplicate_columns", columns=", ".join(dup))], kind)
    if not body:
        return Parsed(name, sha, [], [_file_problem("empty_file")], kind)
    if len(body) > MAX_ROWS:
        return Parsed(name, sha, [], [_file_problem("too_many_rows", rows=len(body), limit=MAX_ROWS)], kind)
    where = {c: heads.index(c) for c in columns if c in heads}
    records = [(n, {c: (r[i] if i < len(r) else None) for c, i in where.items()}) for n, r in body]
    rows, problems = validate(records) if kind == store.FIGURES else plans.validate(records)
    return Parsed(name, sha, rows, problems, kind)


def read_path(path: str | Path) -> Parsed:
    """:func:`read_file` of a file on disk; a file over the limit is not read whole."""
    path = Path(path)
    with open(path, "rb") as f:
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        size = path.stat().st_size
        return Parsed(path.name, "", [], [_file_problem("too_large", size=_size(size), limit=_size(MAX_BYTES))])
    return read_file(path.name, data)


# --- validation -----------------------------------------------------------------------------------------

def _whole(x) -> int | None:
    try:
        v = parse_entered_number(x) if not isinstance(x, str) else parse_entered_number(x.strip())
    except CellError:
        return None
    return int(v) if float(v).is_integer() else None


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def validate(records: list[tuple[int, dict]]) -> tuple[list[dict], list[Problem]]:
    """Validate rows (row number, {column: cell}); the clean rows and every problem found."""
    cat = {r["indicator_id"]: r for r in _catalogue().to_dict("records")}
    rows: list[dict] = []
    problems: list[Problem] = []
    seen: dict[tuple[str, int], int] = {}
    for n, rec in records:
        bad: list[Problem] = []

        def err(col: str, code: str, **params) -> None:
            bad.append(Problem(n, col, code, params))

        iid = _text(rec.get("indicator_id"))
        ind = cat.get(iid)
        if not iid:
            err("indicator_id", "required")
        elif ind is None:
            err("indicator_id", "unknown_indicator", value=iid[:60])

        year = None
        if _blank(rec.get("year")):
            err("year", "required")
        else:
            year = _whole(rec["year"])
            if year is None or not YEAR_LOW <= year <= YEAR_HIGH:
                err("year", "bad_year", value=_text(rec["year"])[:20], low=YEAR_LOW, high=YEAR_HIGH)
                year = None

        out_of = None
        if not _blank(rec.get("out_of")):
            out_of = _whole(rec["out_of"])
            if ind is not None and not ind["is_rank"]:
                err("out_of", "out_of_not_rank")
            elif out_of is None or not 1 <= out_of <= MAX_OUT_OF:
                err("out_of", "bad_out_of", value=_text(rec["out_of"])[:20], high=MAX_OUT_OF)
                out_of = None
        elif ind is not None and ind["is_rank"]:
            err("out_of", "out_of_required")

        value = None
        if _blank(rec.get("value")):
            err("value", "required")
        else:
            try:
                value = parse_entered_number(rec["value"])
            except CellError:
                err("value", "bad_number", value=_text(rec["value"])[:40])
        if value is not None and ind is not None:
            low, high, scale = ind["low"], ind["high"], ind["scale"]
            scale_words = T.SCALES[scale]
            if ind["is_rank"]:
                if not float(value).is_integer():
                    err("value", "rank_not_whole", value=_fmt(value))
                elif value < 1:
                    err("value", "out_of_range", value=_fmt(value), low=1, high=out_of or "out_of",
                        scale=scale_words[0])
                elif out_of is not None and value > out_of:
                    err("value", "rank_above_out_of", value=_fmt(value), out_of=out_of)
            elif (low is not None and not pd.isna(low) and value < low) or (
                    high is not None and not pd.isna(high) and value > high) or (
                    scale == "yes_no" and not float(value).is_integer()):
                err("value", "out_of_range", value=_fmt(value), low=_fmt(low),
                    high="∞" if high is None or pd.isna(high) else _fmt(high), scale=scale_words[0])

        source = _text(rec.get("source"))
        value_text = _text(rec.get("value_text"))
        if not source:
            err("source", "required")
        for col, text, limit in (("source", source, MAX_SOURCE), ("value_text", value_text, MAX_VALUE_TEXT)):
            if len(text) > limit:
                err(col, "too_long", length=len(text), limit=limit)
            elif text[:1] in ("=", "@"):
                err(col, "formula_text", char=text[0])

        if ind is not None and year is not None:
            first = seen.setdefault((iid, year), n)
            if first != n:
                err("indicator_id", "duplicate", first=first)
        if bad:
            problems.extend(bad)
            continue
        rows.append({"row": n, "indicator_id": iid, "year": year, "value": float(value),
                     "value_text": value_text or _text(rec.get("value")), "out_of": out_of, "source": source})
    return rows, problems


# --- the revisions in force as observations ----------------------------------------------------------

def revision_frame(revisions: list) -> pd.DataFrame:
    """The figures of revisions (oldest first) as observation rows: :data:`OBSERVATION_COLUMNS` plus
    :data:`REVISION_COLUMNS`; of two figures for one indicator and year the later revision's is kept."""
    recs = {}
    for rev in revisions:
        if getattr(rev, "kind", store.FIGURES) != store.FIGURES:
            continue  # a plan's revision carries targets, not figures (reform.data.plans)
        when = rev.entered_at
        for i, r in enumerate(rev.rows, start=1):
            recs[(r["indicator_id"], int(r["year"]))] = {
                "indicator_id": r["indicator_id"], "appendix": REVISION, "year": int(r["year"]), "period": None,
                "kind": "actual", "value": float(r["value"]), "value_text": r.get("value_text") or None,
                "flag": "value", "footnote": None, "source": r.get("source"),
                "cell_ref": f"revision {rev.id} · {r['indicator_id']} · {r['year']}", "scale_note": None,
                "out_of": r.get("out_of"), "basis": REVISION_BASIS,
                "basis_text": T.AUDIT["basis_revision"][0].format(
                    who=rev.entered_by, when=_vietnam(when).strftime("%H:%M %d/%m/%Y") + " (giờ Việt Nam)"),
                "quote": None, "revision_id": rev.id, "entered_by": rev.entered_by, "entered_at": when,
            }
    df = pd.DataFrame(list(recs.values()), columns=list(OBSERVATION_COLUMNS) + list(REVISION_COLUMNS))
    return df.astype({"year": "int32", "value": "float64", "footnote": "Int32", "out_of": "Int32",
                      "revision_id": "Int32"})


def _vietnam(when: datetime) -> datetime:
    """A stored time (UTC) in Vietnam time (UTC+7 all year, no summer time), as users read it."""
    from datetime import timedelta, timezone

    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone(timedelta(hours=7)))


# --- comparing, applying, rolling back ------------------------------------------------------------------

def _current_figures() -> dict[tuple[str, int], dict]:
    """The figure in force per (indicator, year): a revision's where one is in force, else the build's
    actual figure (the one without a period where several)."""
    obs = db.run("observations_all")
    obs = obs[obs["kind"].eq("actual") & obs["value"].notna()]
    obs = obs.assign(_rev=obs["revision_id"].notna(), _period=obs["period"].isna())
    obs = obs.sort_values(["_rev", "_period", "revision_id"], na_position="first", kind="stable")
    out = {}
    for r in obs.to_dict("records"):
        out[(r["indicator_id"], int(r["year"]))] = r
    return out


def _same(a, b) -> bool:
    return a is None and b is None or (a is not None and b is not None and abs(float(a) - float(b)) < 1e-9)


def _clean(x):
    if x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x)):
        return None
    return x.item() if hasattr(x, "item") else x


def compare(rows: list[dict]) -> dict[str, list[dict]]:
    """Each clean row as ``new`` (no figure for its indicator and year), ``changed`` (another value or
    out_of than the figure in force: old and new value, out_of and source) or ``unchanged``."""
    current = _current_figures()
    out = {"new": [], "changed": [], "unchanged": []}
    for r in rows:
        cur = current.get((r["indicator_id"], r["year"]))
        item = {"row": r["row"], "indicator_id": r["indicator_id"], "year": r["year"], "value": r["value"],
                "value_text": r["value_text"], "out_of": r["out_of"], "source": r["source"]}
        if cur is None:
            out["new"].append(item)
            continue
        old_out = _clean(cur.get("out_of"))
        old = {"old_value": float(cur["value"]), "old_value_text": _clean(cur.get("value_text")),
               "old_out_of": None if old_out is None else int(old_out), "old_source": _clean(cur.get("source")),
               "old_basis": _clean(cur.get("basis")), "old_revision_id": _clean(cur.get("revision_id"))}
        same = _same(old["old_value"], r["value"]) and _same(old["old_out_of"], r["out_of"])
        out["unchanged" if same else "changed"].append({**item, **old})
    return out


def stamp() -> int:
    """The stamp of the revisions in force (pass it back to :func:`apply` as ``expect_stamp``)."""
    try:
        return store.stamp()
    except StoreError as exc:
        raise RevisionError("store", detail=exc.code) from exc


def apply(parsed: Parsed, *, by: str, note: str = "", expect_stamp: int | None = None) -> dict:
    """Apply a validated file as one revision; its summary (:meth:`Revision.summary` plus ``added``,
    ``changed``, ``unchanged`` counts). :class:`RevisionError` and nothing changed: ``has_errors`` (any
    problem), ``nothing_new`` (no new or changed figure), ``stale`` (the store moved past
    ``expect_stamp``), ``empty_name`` / ``long_name`` / ``long_note``, ``store`` (cannot write)."""
    if parsed.problems or not parsed.rows:
        raise RevisionError("has_errors")
    if parsed.kind == store.PLAN:
        return _apply_plan(parsed, by=by, note=note, expect_stamp=expect_stamp)
    diff = compare(parsed.rows)
    if not diff["new"] and not diff["changed"]:
        raise RevisionError("nothing_new")
    try:
        rev = store.add(parsed.rows, entered_by=by, file_name=parsed.file_name, sha256=parsed.sha256, note=note,
                        expect_stamp=expect_stamp)
    except StoreError as exc:
        if exc.code in T.ACTION_ERRORS:
            raise RevisionError(exc.code) from exc
        raise RevisionError("store", detail=exc.code) from exc
    db.refresh_revisions()
    return {**rev.summary(), "added": len(diff["new"]), "changed": len(diff["changed"]),
            "unchanged": len(diff["unchanged"])}


def _apply_plan(parsed: Parsed, *, by: str, note: str, expect_stamp: int | None) -> dict:
    """Apply a plan file as one revision of kind ``plan``; ``nothing_new`` when the same plan is in force."""
    from reform.data import plans

    diff = plans.compare(parsed.rows)
    if diff["status"] == "unchanged":
        raise RevisionError("nothing_new")
    try:
        rev = store.add(parsed.rows, entered_by=by, file_name=parsed.file_name, sha256=parsed.sha256, note=note,
                        expect_stamp=expect_stamp, kind=store.PLAN, row_keys=plans.ROW_KEYS)
    except StoreError as exc:
        if exc.code in T.ACTION_ERRORS:
            raise RevisionError(exc.code) from exc
        raise RevisionError("store", detail=exc.code) from exc
    db.refresh_revisions()
    return {**rev.summary(), "plan_id": diff["plan"]["id"], "plan_status": diff["status"],
            "targets": len(diff["plan"]["targets"])}


def rollback(revision_id: int, *, by: str) -> dict:
    """Roll a revision back (recorded: who, when); its summary. :class:`RevisionError`: ``not_found``,
    ``already_rolled_back``, ``empty_name``, ``store``."""
    try:
        rev = store.rollback(int(revision_id), by=by)
    except StoreError as exc:
        if exc.code in T.ACTION_ERRORS:
            raise RevisionError(exc.code, id=revision_id) from exc
        raise RevisionError("store", detail=exc.code) from exc
    db.refresh_revisions()
    return rev.summary()


def history() -> list[dict]:
    """Every revision, newest first: :meth:`Revision.summary` each (without rows)."""
    try:
        return [r.summary() for r in store.list_all()]
    except StoreError as exc:
        raise RevisionError("store", detail=exc.code) from exc


def revision_rows(revision_id: int) -> list[dict]:
    """The rows a revision carried."""
    try:
        return store.get(int(revision_id)).rows
    except StoreError as exc:
        raise RevisionError(exc.code if exc.code == "not_found" else "store", id=revision_id,
                            detail=exc.code) from exc
