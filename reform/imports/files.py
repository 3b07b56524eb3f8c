"""Reading an import file: bytes in, a header and its rows out (or one problem of the file as a whole). Never
raises for bad input.

* CSV (UTF-8, with or without BOM; comma, semicolon or tab) or XLSX (openpyxl read-only with the cached values
  of formulas, ``data_only``; XML through ``defusedxml``, which openpyxl uses when it is installed); ``.xlsm``
  (macros) and anything else is refused, as is a binary file named ``.csv`` and a workbook carrying a VBA
  project;
* at most :data:`MAX_BYTES` (2 MB) and :data:`MAX_ROWS` (5 000) data rows: a larger file is refused as a
  whole, before any row is validated;
* a workbook is a ZIP archive whose parts may unzip to far more than the file's size (a 1 MB file can hold a
  1 GB cell). Before anything is unzipped or parsed, the archive's directory is read and the workbook is refused
  when a part would unzip to more than :data:`MAX_PART_BYTES`, all parts to more than :data:`MAX_UNZIPPED_BYTES`,
  or it has more than :data:`MAX_PARTS` parts. Python's ``zipfile`` never unzips more than a part's declared
  size (a part that lies about its size fails its CRC check: a damaged workbook), so these limits bound the
  memory and time of reading any workbook. While rows are read, a cell longer than :data:`MAX_CELL_CHARS`
  refuses the file, and at most :data:`MAX_COLUMNS` columns and :data:`MAX_SHEET_ROWS` rows are looked at;
* the header is the first non-empty row; its column names are matched lower-case.
"""
from __future__ import annotations

import csv
import io
import math
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from reform.data.parse import CellError, parse_entered_number
from reform.i18n import revisions as T

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
MAX_COLUMNS, MAX_SHEET_ROWS = 40, 50_000  # how much of a worksheet is looked at
#: A workbook part (a sheet, the shared strings …) may unzip to at most this; the template filled with 5 000
#: rows unzips to about 1 MB.
MAX_PART_BYTES = 8 * 1024 * 1024
MAX_UNZIPPED_BYTES = 24 * 1024 * 1024
MAX_PARTS = 200
#: The longest text a cell may hold (a source is at most 500 characters).
MAX_CELL_CHARS = 2000
_BINARY_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"%PDF", b"\x89PNG", b"\x7fELF", b"\x1f\x8b")


@dataclass(frozen=True)
class Problem:
    """One error or warning: ``row`` 0 for the file as a whole, else the row in the file; ``column`` None for
    a file error; ``code`` a key of :data:`reform.i18n.revisions.FILE_ERRORS`, ``ROW_ERRORS`` or (a warning)
    ``WARNINGS``."""

    row: int
    column: str | None
    code: str
    params: dict = field(default_factory=dict)
    warning: bool = False

    def message(self, lang: str = "vi") -> str:
        table = T.WARNINGS if self.warning else (T.FILE_ERRORS if self.row == 0 else T.ROW_ERRORS)
        # a number given as a float prints in the reader's format (0,85 in Vietnamese, 0.85 in English)
        params = {k: number_text(v, lang) if isinstance(v, float) else v for k, v in self.params.items()}
        return table[self.code][0 if lang == "vi" else 1].format(**params)

    def as_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "code": self.code,
                "message": self.message("vi"), "message_en": self.message("en")}


@dataclass
class Parsed:
    """A read and validated file: its kind (:mod:`reform.imports.kinds`), clean rows (dicts with the kind's
    columns and ``row``), problems (nothing is applied while there is one) and warnings (shown in the preview)."""

    file_name: str
    sha256: str
    rows: list[dict]
    problems: list[Problem]
    kind: str = "figures"
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.rows)

    def errors(self) -> list[dict]:
        return [p.as_dict() for p in self.problems]


def number_text(v: float, lang: str) -> str:
    """A number as the reader writes it, with the decimals it has (up to 6): 0,85 / 0.85; 1.543 / 1,543."""
    from reform.i18n.fmt import fmt_number

    if float(v).is_integer():
        return fmt_number(v, lang, 0)
    digits = min(6, len(f"{v:.6f}".rstrip("0").split(".")[1]))
    return fmt_number(v, lang, digits)


def size_text(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def file_problem(code: str, **params) -> Problem:
    return Problem(0, None, code, params)


def blank(x) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x)) or (isinstance(x, str) and not x.strip())


def text(x) -> str:
    """A cell as text: blank "", a whole float without ".0", a date ISO, whitespace runs as one space."""
    if blank(x):
        return ""
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    if isinstance(x, datetime):
        return x.isoformat()
    return " ".join(str(x).split())


def number(x) -> float | None:
    """A number in Vietnamese or English format (:func:`reform.data.parse.parse_entered_number`), else None."""
    try:
        return parse_entered_number(x.strip() if isinstance(x, str) else x)
    except CellError:
        return None


def whole(x) -> int | None:
    v = number(x)
    return int(v) if v is not None and float(v).is_integer() else None


def fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def iso_date(x) -> str | None:
    """An ISO date from a cell: a spreadsheet date, dd/mm/yyyy, yyyy-mm-dd or dd-mm-yyyy; None when it is none."""
    if isinstance(x, datetime):
        return x.date().isoformat()
    if isinstance(x, date):
        return x.isoformat()
    t = text(x)
    for form in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(t, form).date().isoformat()
        except ValueError:
            continue
    return None


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    return b"\x00" in head or head.startswith(_BINARY_MAGIC)


def _csv_rows(name: str, data: bytes) -> tuple[list[tuple[int, list]], Problem | None]:
    if _looks_binary(data):
        return [], file_problem("binary_csv", name=name)
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], file_problem("not_utf8")
    first = next((line for line in decoded.splitlines() if line.strip()), "")
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(decoded, newline=""), delimiter=delimiter)
    try:
        return [(n, row) for n, row in enumerate(reader, start=1)], None
    except csv.Error:
        return [], file_problem("binary_csv", name=name)


def check_archive(data: bytes) -> Problem | None:
    """The workbook's ZIP directory against the limits, before anything is unzipped: a macro project, too many
    parts, a part or all of them unzipping to more than the limits; None when it may be read."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return file_problem("bad_xlsx")
    if any(i.filename.lower().endswith("vbaproject.bin") for i in infos):
        return file_problem("macro_file")
    if len(infos) > MAX_PARTS:
        return file_problem("xlsx_parts", parts=len(infos), limit=MAX_PARTS)
    big = max(infos, key=lambda i: i.file_size, default=None)
    if big is not None and big.file_size > MAX_PART_BYTES:
        return file_problem("xlsx_part_too_large", part=big.filename[:80], size=size_text(big.file_size),
                            limit=size_text(MAX_PART_BYTES))
    total = sum(i.file_size for i in infos)
    if total > MAX_UNZIPPED_BYTES:
        return file_problem("xlsx_unzipped_too_large", size=size_text(total), limit=size_text(MAX_UNZIPPED_BYTES))
    return None


def _xlsx_rows(data: bytes) -> tuple[list[tuple[int, list]], Problem | None]:
    problem = check_archive(data)
    if problem is not None:
        return [], problem
    import openpyxl  # only when a workbook is read (its XML through defusedxml: requirements.txt)

    sheet_names = tuple(T.TEMPLATE["sheet_data"]) + tuple(T.TEMPLATE["sheet_plan"])

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception:  # noqa: BLE001 - a damaged or foreign file, whatever openpyxl or zipfile raise
        return [], file_problem("bad_xlsx")
    try:
        names = wb.sheetnames
        sheet = next((wb[n] for n in names if n in sheet_names), wb[names[0]])
        rows = []
        too_many = file_problem("too_many_rows", rows=f"> {MAX_ROWS}", limit=MAX_ROWS)
        # at most MAX_COLUMNS columns and MAX_SHEET_ROWS rows are looked at; blank rows are skipped as they come
        for n, row in enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1):
            if n > MAX_SHEET_ROWS:
                return [], too_many
            if all(blank(c) for c in row):
                continue
            long = next((c for c in row if isinstance(c, str) and len(c) > MAX_CELL_CHARS), None)
            if long is not None:
                return [], file_problem("cell_too_long", row=n, length=len(long), limit=MAX_CELL_CHARS)
            rows.append((n, list(row)))
            if len(rows) > MAX_ROWS + 1:  # the header and more than MAX_ROWS rows
                return [], too_many
        return rows, None
    except Exception:  # noqa: BLE001
        return [], file_problem("bad_xlsx")
    finally:
        wb.close()


def read_table(name: str, data: bytes) -> tuple[list[str], list[tuple[int, list]], Problem | None]:
    """(header lower-cased, body rows (row number, cells), problem): the file's first non-empty row and the
    rows after it, or the problem that refuses the file as a whole."""
    if len(data) > MAX_BYTES:
        return [], [], file_problem("too_large", size=size_text(len(data)), limit=size_text(MAX_BYTES))
    suffix = Path(name).suffix.lower()
    if suffix in (".xlsm", ".xltm", ".xlsb"):
        return [], [], file_problem("macro_file")
    if suffix == ".csv":
        raw, problem = _csv_rows(name, data)
    elif suffix == ".xlsx":
        raw, problem = _xlsx_rows(data)
    else:
        return [], [], file_problem("bad_extension", name=name)
    if problem:
        return [], [], problem
    raw = [(n, r) for n, r in raw if any(not blank(c) for c in r)]
    if not raw:
        return [], [], file_problem("empty_file")
    (_, header), body = raw[0], raw[1:]
    if any(isinstance(c, str) and len(c) > MAX_CELL_CHARS for _, r in body for c in r):
        n, r = next((n, r) for n, r in body if any(isinstance(c, str) and len(c) > MAX_CELL_CHARS for c in r))
        long = max((c for c in r if isinstance(c, str)), key=len)
        return [], [], file_problem("cell_too_long", row=n, length=len(long), limit=MAX_CELL_CHARS)
    return [text(h).lower().lstrip("\ufeff") for h in header], body, None
