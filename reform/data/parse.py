"""Parse one printed table cell of Decision 688 into a typed value.

The rules follow the document, including its inconsistencies:

* Vietnamese number format: "." groups thousands ("1.543" is 1543,
  "1.316.627" is 1316627) and "," is the decimal mark ("61,98" is 61.98).
* The document's exceptions: a "." followed by one or two digits is a decimal
  point ("99.96%", "9.18", "33.33%"); a bare run of digits has no separator
  ("6743", "01").
* A footnote marker follows a number in brackets: "26[9]" is 26 with footnote 9.
* An empty cell is null (flag ``empty``), never zero; "-" is "not applicable"
  (null, flag ``not_applicable``); a cell with words is text, kept verbatim with
  a null value (flag ``text``).
* Three compound cells carry more than one number; their extra numbers are
  returned as ``components``: "33.33% (01 TT)" (share and number of procedures),
  "28/28" (count and denominator) and
  "(phát sinh 4/460 dịch vụ công mức độ 3,4 đạt 0,87%)" (share, numerator,
  denominator).

Anything else (digits and punctuation that fit none of these shapes) raises
:class:`CellError`, so a mistyped cell stops the build instead of turning into
a wrong number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

#: A number as printed in the document (see the module docstring).
NUMBER = r"\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?|\d+\.\d{1,2}"

_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")
_DECIMAL_POINT = re.compile(r"\d+\.\d{1,2}")
_INTEGER = re.compile(r"\d+")

_PLAIN = re.compile(rf"(?P<num>{NUMBER})\s*(?P<pct>%)?\s*(?:\[(?P<note>\d+)\])?")
_SHARE_COUNT = re.compile(rf"(?P<num>{NUMBER})%\s*\((?P<count>\d+)\s*TT\)")
_RATIO = re.compile(r"(?P<num>\d+)/(?P<den>\d+)")
_SERVICES_USED = re.compile(
    rf"\(phát sinh (?P<used>\d+)/(?P<den>\d+) dịch vụ công mức(?: độ)? 3,4 đạt (?P<num>{NUMBER})%\)"
)
_LETTER = re.compile(r"[^\W\d_]")

EMPTY = "empty"
NOT_APPLICABLE = "not_applicable"
TEXT = "text"
VALUE = "value"


class CellError(ValueError):
    """A cell that fits no rule of the document's number format."""


@dataclass(frozen=True)
class Cell:
    """A parsed cell: its value (or None), why it has none, footnote and extra numbers."""

    text: str
    value: float | None
    flag: str
    footnote: int | None = None
    components: dict[str, float] = field(default_factory=dict)


def parse_number(text: str) -> float:
    """Parse one number written in the document's format; raise CellError otherwise."""
    t = text.strip()
    if _THOUSANDS.fullmatch(t):
        return float(t.replace(".", ""))
    if _DECIMAL_COMMA.fullmatch(t):
        return float(t.replace(",", "."))
    if _DECIMAL_POINT.fullmatch(t):
        return float(t)
    if _INTEGER.fullmatch(t):
        return float(t)
    raise CellError(f"not a number in the document's format: {text!r}")


def parse_cell(text: str) -> Cell:
    """Parse one printed cell (see the module docstring for the rules)."""
    t = " ".join(text.split())
    if t == "":
        return Cell(text, None, EMPTY)
    if t == "-":
        return Cell(text, None, NOT_APPLICABLE)
    m = _PLAIN.fullmatch(t)
    if m:
        note = m.group("note")
        return Cell(
            text,
            parse_number(m.group("num")),
            VALUE,
            footnote=int(note) if note else None,
        )
    m = _SHARE_COUNT.fullmatch(t)
    if m:
        return Cell(
            text, parse_number(m.group("num")), VALUE,
            components={"count": float(m.group("count"))},
        )
    m = _RATIO.fullmatch(t)
    if m:
        return Cell(text, float(m.group("num")), VALUE, components={"den": float(m.group("den"))})
    m = _SERVICES_USED.fullmatch(t)
    if m:
        return Cell(
            text, parse_number(m.group("num")), VALUE,
            components={"num": float(m.group("used")), "den": float(m.group("den"))},
        )
    if _LETTER.search(t):
        return Cell(text, None, TEXT)
    raise CellError(f"cell fits no rule of the document's number format: {text!r}")


_BAND = re.compile(r"nhóm\s*(\d+)\s*-\s*(\d+)")
_FIRST_PERCENT = re.compile(rf"({NUMBER})\s*%")


def target_numbers(text: str | None, kind: str) -> tuple[float, ...] | None:
    """The numbers of a printed target: (low, high) of a rank band ("Trong nhóm 45 - 50 …"),
    else the first percentage ("Ít nhất 30%" → (30,)). None if the text has none."""
    if not text:
        return None
    if kind == "rank_band":
        m = _BAND.search(text)
        return (float(m.group(1)), float(m.group(2))) if m else None
    m = _FIRST_PERCENT.search(text)
    return (parse_number(m.group(1)),) if m else None
