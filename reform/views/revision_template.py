"""The import template: an XLSX with an empty sheet of figures (the six columns, machine names in the first
row, so the filled file imports as it is) and a sheet of the allowed indicators (id, names, unit, the
allowed range, the target part it measures); and its CSV twin: the header to fill, and the allowed
indicators as a second CSV (UTF-8 with a BOM). ``python -m reform template --format xlsx|csv --out FILE``
(the CSV's indicators go to ``FILE`` with ``.indicators.csv`` for its suffix). With ``--plan``, the template
of a later plan and its targets (:mod:`reform.imports.plans`): one sheet, one row per target and horizon year.
"""
from __future__ import annotations

import csv
import io

from reform.imports import engine as rev
from reform.imports import plans
from reform.i18n import revisions as T


def _w(key: str, lang: str) -> str:
    return T.TEMPLATE[key][0 if lang == "vi" else 1]


def _range(r: dict, lang: str) -> tuple[object, object]:
    low = None if r["low"] is None or r["low"] != r["low"] else r["low"]
    if r["is_rank"]:
        return 1, _w("rank_high", lang)
    high = None if r["high"] is None or r["high"] != r["high"] else r["high"]
    return low, high


def xlsx_bytes(lang: str = "vi", plan: bool = False) -> bytes:
    """The template workbook; with ``plan`` the template of a plan and its targets (the plan's sheet first,
    columns :data:`reform.imports.plans.COLUMNS`, one row per target and horizon year; no rows filled)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    data = wb.active
    data.title = _w("sheet_plan" if plan else "sheet_data", lang)
    data.append(list(plans.COLUMNS if plan else rev.COLUMNS))
    for cell in data[1]:
        cell.font = Font(bold=True)
    if plan:
        from openpyxl.utils import get_column_letter

        for i, c in enumerate(plans.COLUMNS, start=1):
            data.column_dimensions[get_column_letter(i)].width = max(10, len(c) + 4)
    else:
        for col, width in zip("ABCDEF", (28, 8, 12, 24, 10, 60)):
            data.column_dimensions[col].width = width
    allowed = wb.create_sheet(_w("sheet_allowed", lang))
    allowed.append([_w("guide", lang)])
    heads = ["col_indicator_id", "col_name_vi", "col_name_en", "col_unit", "col_low", "col_high", "col_rank",
             "col_target"]
    allowed.append([_w(h, lang) for h in heads])
    for cell in allowed[2]:
        cell.font = Font(bold=True)
    cat = rev.allowed_indicators().to_dict("records")
    for r in cat:
        low, high = _range(r, lang)
        allowed.append([r["indicator_id"], r["name_vi"], r["name_en"], r["unit"], low, high,
                        "x" if r["is_rank"] else "", r["target_ids"] if isinstance(r["target_ids"], str) else ""])
    for col, width in zip("ABCDEFGH", (30, 60, 50, 12, 8, 8, 10, 28)):
        allowed.column_dimensions[col].width = width
    # a drop-down of the allowed ids on the figures sheet (not a check: the import validates every row)
    ref = f"'{allowed.title}'!$A$3:$A${len(cat) + 2}"
    dv = DataValidation(type="list", formula1=ref, allow_blank=True, showErrorMessage=False)
    data.add_data_validation(dv)
    id_col = "J" if plan else "A"  # indicator_id
    dv.add(f"{id_col}2:{id_col}{rev.MAX_ROWS + 1}")
    if plan:  # the kinds as a drop-down too
        kinds = DataValidation(type="list", formula1='"' + ",".join(plans.KINDS) + '"', allow_blank=True,
                               showErrorMessage=False)
        data.add_data_validation(kinds)
        kinds.add(f"K2:K{rev.MAX_ROWS + 1}")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def plan_csv_bytes() -> bytes:
    """The CSV of a plan and its targets: the header of :data:`reform.imports.plans.COLUMNS`, no rows."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(plans.COLUMNS)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def csv_bytes() -> bytes:
    """The CSV twin of the figures sheet: the six columns' header, no rows (a file to fill); the allowed
    indicators come beside it as :func:`allowed_csv_bytes` (a CSV file has one sheet)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(rev.COLUMNS)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def allowed_csv_bytes(lang: str = "vi") -> bytes:
    """The sheet of allowed indicators as CSV (UTF-8 with a BOM)."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["indicator_id", "name_vi", "name_en", "unit", "low", "high", "is_rank", "target_ids"])
    for r in rev.allowed_indicators().to_dict("records"):
        low, high = _range(r, "en")
        w.writerow([r["indicator_id"], r["name_vi"], r["name_en"], r["unit"], "" if low is None else low,
                    "" if high is None else high, int(bool(r["is_rank"])),
                    r["target_ids"] if isinstance(r["target_ids"], str) else ""])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


#: The file kinds besides figures and plans; a template of each is its CSV header (the columns of
#: :mod:`reform.imports.indicators`, ``methods``, ``scores``, ``reference``, ``regions``; data/README.md describes
#: them).
OTHER_KINDS = ("indicators", "method", "scores", "reference", "regions")


def kind_csv_bytes(kind: str) -> bytes:
    """The CSV header of a file of ``kind`` (one of :data:`OTHER_KINDS`), no rows (UTF-8 with a BOM)."""
    from reform.imports import kinds

    columns = kinds.get(kind).columns
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(columns)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
