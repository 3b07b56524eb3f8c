"""Downloads: an XLSX for the office, a CSV for machines.

* :func:`xlsx_bytes` writes the table as the page shows it (headings, status words and texts in the
  page's language) with a title row above and the source below. A cell that reads as a number in the
  page's format ("1.543", "98,88%") becomes a number with the number format of the decimals on screen
  (``#,##0``, ``#,##0.00"%"``), so Excel sums it and shows it as the page does; everything else
  ("24 (2022)", "–" for no data, "không áp dụng") stays text.
* :func:`csv_bytes` writes the raw values: UTF-8 with a BOM (Excel opens the accents right), dot
  decimals, plain codes (``on_track``, ``not_applicable``; listed on the data page), every float
  rounded to the decimals it prints with (named columns) or at least trimmed of binary noise.

Text someone typed (a scenario's name or note, later an imported source) must not run as a formula
when a spreadsheet opens the file: :func:`neutral` is the one helper every CSV goes through (cells and
headings), and :func:`xlsx_bytes` stores every text as a string cell, never a formula.
"""
from __future__ import annotations

import io
import re
from datetime import date

import pandas as pd

from reform.i18n.fmt import read_number, rounded
from reform.views import numbers

#: The codes a CSV may hold, by column (explained on the data page, words in reform/i18n/data_sources.py).
CSV_CODES = {
    "flag": ("value", "empty", "not_applicable", "text"),
    "status_2025, status_2030": ("met", "on_track", "moderate", "stagnating", "decreasing", "not_met"),
    "pace_source": ("historical", "required", "scenario"),
    "kind": ("actual", "target", "plan"),
    "measure": ("score", "rank"),
}


#: What a spreadsheet reads as the start of a formula (or that can hide one): = + - @, tab, carriage return.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: A plain number with a sign ("-3.2", "+5", "-1.543,5", "-12%"), or a lone dash (no value): no formula.
_PLAIN = re.compile(r"[+-]?\d+(?:[.,]\d+)*%?|[-+]")


def neutral(value):
    """``value`` made safe for a CSV cell that a spreadsheet may open: a text starting with = + - @, a
    tab or a carriage return gets an apostrophe in front (OWASP's advice; Excel and LibreOffice then
    show it as text), unless it is a plain signed number or a lone dash. Anything else is returned as
    it is."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _PLAIN.fullmatch(value):
        return "'" + value
    return value


def neutral_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` with :func:`neutral` applied to every text cell and every heading."""
    out = df.copy()
    out.columns = [neutral(c) for c in out.columns]
    for i in range(out.shape[1]):
        col = out.iloc[:, i]
        if col.dtype == object or pd.api.types.is_string_dtype(col):
            out.isetitem(i, col.map(neutral))
    return out


def _text(cell, value: str) -> None:
    """A string cell: openpyxl would store a text starting with "=" as a formula."""
    cell.value = value
    cell.data_type = "s"


def excel_format(decimals: int, suffix: str = "") -> str:
    """The spreadsheet number format for a figure shown with ``decimals`` decimals: grouped
    thousands (Excel shows the reader's own separators), ``"%"`` kept as a literal suffix because the
    value is already in percent (98.88, not 0.9888)."""
    out = "#,##0" + ("." + "0" * decimals if decimals else "")
    return out + '"%"' if suffix == "%" else out


def xlsx_bytes(table: pd.DataFrame, *, title: str, source: str, lang: str, sheet: str | None = None,
               note: str | None = None, read_text: bool = True) -> bytes:
    """The on-screen table as an XLSX workbook: title row, headings, values, source row.

    ``read_text``: turn texts that read as numbers in ``lang`` into numbers (a table as shown); False
    for a data table whose texts are data (printed cells)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = _sheet_name(sheet or title)
    _text(ws.cell(row=1, column=1), title)
    ws.cell(row=1, column=1).font = Font(bold=True, size=13)
    row = 2
    if note:
        _text(ws.cell(row=row, column=1), note)
        ws.cell(row=row, column=1).font = Font(italic=True)
        row += 1
    header_row = row + 1
    head_fill = PatternFill("solid", fgColor="EEF2F6")
    widths = []
    for c, name in enumerate(table.columns, start=1):
        cell = ws.cell(row=header_row, column=c)
        _text(cell, str(name))
        cell.font, cell.fill = Font(bold=True), head_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        widths.append(min(max(len(str(name)), 8), 40))
    for r, values in enumerate(table.itertuples(index=False), start=header_row + 1):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c)
            text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else value
            parsed = read_number(text, lang) if read_text and isinstance(text, str) else None
            if parsed is not None:
                number, decimals, suffix = parsed
                cell.value = int(number) if decimals == 0 else float(number)
                cell.number_format = excel_format(decimals, suffix)
            elif isinstance(text, (int, float)) and not isinstance(text, bool):
                cell.value = text
            else:
                _text(cell, str(text))
                cell.alignment = Alignment(wrap_text=len(str(text)) > 40, vertical="top")
            widths[c - 1] = min(max(widths[c - 1], len(str(text))), 60)
    last = header_row + len(table)
    _text(ws.cell(row=last + 2, column=1), source)
    ws.cell(row=last + 2, column=1).font = Font(italic=True)
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w + 2
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
    wb.properties.title = title
    wb.properties.language = lang
    wb.properties.created = pd.Timestamp(date.today()).to_pydatetime()
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _sheet_name(name: str) -> str:
    """Excel's limits for a sheet name: 31 characters, none of []:*?/\\."""
    for ch in "[]:*?/\\":
        name = name.replace(ch, " ")
    return name[:31].strip() or "Sheet1"


def csv_bytes(raw: pd.DataFrame, decimals: dict[str, int | None] | None = None) -> bytes:
    """The raw values as CSV for machines: UTF-8 with BOM, float columns rounded half-up to the
    decimals they print with (``decimals``: column -> decimals) or trimmed of float noise; texts and
    headings through :func:`neutral`."""
    out = raw.copy()
    for col in out.columns:
        if col in (decimals or {}):
            out[col] = _round_column(out[col], decimals[col])
        elif pd.api.types.is_float_dtype(out[col]):
            out[col] = _round_column(out[col], None)
    return neutral_frame(out).to_csv(index=False).encode("utf-8-sig")


def _round_column(values: pd.Series, decimals: int | None) -> pd.Series:
    cells = [rounded(v, decimals) if _is_number(v) else v for v in values]
    if decimals == 0 and all(c is None or isinstance(c, int) for c in cells):
        return pd.Series(cells, index=values.index, dtype="Int64")
    return pd.Series(cells, index=values.index, dtype="object" if any(isinstance(c, str) for c in cells)
                     else "float64")


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def round_by_unit(df: pd.DataFrame, columns: list[str], unit_column: str = "unit") -> pd.DataFrame:
    """A copy with each row's ``columns`` rounded to the decimals of the row's unit (a rank whole, a
    share to 2): for frames that mix units, such as the targets' projections."""
    out = df.copy()
    for col in columns:
        out[col] = [numbers.round_to(v, u) for v, u in zip(df[col], df[unit_column])]
        out[col] = out[col].astype("object")
    return out
