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


_EN_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")  # "1,543" / "1,543.25": English grouping
_EN_DECIMAL = re.compile(r"\d+\.\d+")  # "85.975" only where no Vietnamese reading fits (see below)
_SIGN = re.compile(r"[+\-−]")


def parse_entered_number(text: object) -> float:
    """A number typed by a person into an import file, Vietnamese or English; CellError otherwise.

    The document's rules first (:func:`parse_number`): "85,97" is 85.97, "1.543" is 1543, "85.97" is
    85.97 (a point before one or two digits). Then English forms: "1,543.25" (comma grouping with a decimal
    point) and "0.125" (a point before three or more digits that are not a Vietnamese thousands group,
    "0.125", whose first group is 0, or "12.3456"). An ambiguous "1,543" keeps the Vietnamese reading (1.543), as the project's
    parser does. A leading sign, spaces (also no-break), and a trailing "%" are allowed. A number from a
    spreadsheet cell (int or float) is taken as it is.
    """
    if isinstance(text, bool):
        raise CellError(f"not a number: {text!r}")
    if isinstance(text, (int, float)):
        if text != text or text in (float("inf"), float("-inf")):
            raise CellError(f"not a number: {text!r}")
        return float(text)
    t = "".join(str(text).split()).replace("\u00a0", "")
    if t.endswith("%"):
        t = t[:-1]
    sign = 1.0
    if t[:1] and _SIGN.fullmatch(t[:1]):
        sign = -1.0 if t[0] in "-−" else 1.0
        t = t[1:]
    if not t:
        raise CellError(f"not a number: {text!r}")
    if _THOUSANDS.fullmatch(t) and t.startswith("0"):  # "0.125": no grouping starts with 0
        return sign * float(t)
    try:
        return sign * parse_number(t)
    except CellError:
        pass
    if _EN_THOUSANDS.fullmatch(t):
        return sign * float(t.replace(",", ""))
    if _EN_DECIMAL.fullmatch(t):
        return sign * float(t)
    raise CellError(f"not a number in a Vietnamese or English format: {text!r}")
