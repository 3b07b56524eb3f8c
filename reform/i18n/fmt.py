"""Number formatting for the two UI languages (Vietnamese first, English second).

Vietnamese: "." groups thousands, "," marks decimals  -> 1.543 ; 61,98 ; 1.316.627
English:    "," groups thousands, "." marks decimals  -> 1,543 ; 61.98 ; 1,316,627

Rules shared by every function here:
- Separators and grouping come from Babel's CLDR data for the locale (``vi`` / ``en``), never
  from the OS locale.
- Rounding is the project's own: decimal ROUND_HALF_UP applied to the shortest repr of a float
  (61.995 -> 62.00, 0.125 -> 0.13, 2.5 -> 3). Babel rounds half-even (2.5 -> 2, 0.125 -> 0.12),
  so the value is rounded here first and Babel only lays out the digits it is given.
- A missing value (None, NaN, pandas NA, ±inf) prints as NO_VALUE, an en dash "–".
- Negative numbers use the real minus sign MINUS "−" (U+2212; Babel's vi and en use a hyphen);
  a value that rounds to zero prints without a sign.
- A share is "98,88%" with no space (the decision's own style; Babel's vi percent pattern puts a
  space before "%" and multiplies by 100).

One formatter for a figure with its unit: :func:`fmt_value` (decimals and short unit come from the
indicator's metadata, ``decimals`` and ``unit_short`` in ``data/sources/indicator_meta.csv``), and
one for a printed source cell: :func:`cell_text`.
"""

from __future__ import annotations

import math
import numbers
import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

from babel import Locale
from babel.numbers import get_decimal_symbol, get_group_symbol, parse_pattern

__all__ = [
    "MINUS",
    "NO_VALUE",
    "cell_text",
    "fmt_value",
    "printed_decimals",
    "read_number",
    "rounded",
    "fmt_money_million",
    "fmt_number",
    "fmt_percent",
    "fmt_range",
    "fmt_signed",
]

NO_VALUE = "\u2013"  # en dash: "no value"
MINUS = "\u2212"  # real minus sign
RANGE_DASH = "\u2013"  # en dash between the bounds of a range

_LOCALES = {"vi": "vi", "en": "en"}


def _lang(lang: str) -> str:
    """Normalise "vi", "VI", "vi-VN", "en_US" ... to "vi" / "en"."""
    if not isinstance(lang, str):
        raise ValueError(f"unsupported language: {lang!r} (use 'vi' or 'en')")
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    if code not in _LOCALES:
        raise ValueError(f"unsupported language: {lang!r} (use 'vi' or 'en')")
    return code


def _check_decimals(decimals: int | None) -> None:
    if decimals is None:
        return
    if isinstance(decimals, bool) or not isinstance(decimals, numbers.Integral) or decimals < 0:
        raise ValueError(f"decimals must be a non-negative integer or None, got {decimals!r}")


def _to_decimal(x) -> Decimal | None:
    """Exact decimal value of x, or None for a missing value."""
    if x is None or type(x).__name__ in ("NAType", "NaTType"):
        return None
    if isinstance(x, bool):
        raise TypeError("a bool is not a number to format")
    if isinstance(x, Decimal):
        return None if not x.is_finite() else x
    if isinstance(x, numbers.Integral):
        return Decimal(int(x))
    if isinstance(x, numbers.Real) or hasattr(x, "__float__"):
        f = float(x)
        if math.isnan(f) or math.isinf(f):
            return None
        # repr gives the shortest string that round-trips: 61.995 -> "61.995"
        return Decimal(repr(f))
    raise TypeError(f"cannot format {type(x).__name__} as a number: {x!r}")


def _round(d: Decimal, decimals: int) -> Decimal:
    return d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


@lru_cache(maxsize=None)
def _locale(lang: str) -> Locale:
    return Locale.parse(_LOCALES[lang])


@lru_cache(maxsize=None)
def _pattern(decimals: int):
    """Babel's pattern for a grouped number with exactly ``decimals`` decimals."""
    return parse_pattern("#,##0" + ("." + "0" * decimals if decimals else ""))


@lru_cache(maxsize=None)
def _symbols(lang: str) -> tuple[str, str] | None:
    """(group, decimal) symbols of the locale when it groups by threes (vi and en do), else None."""
    loc = _locale(lang)
    if loc.decimal_formats[None].grouping != (3, 3):
        return None
    return get_group_symbol(loc), get_decimal_symbol(loc)


def _layout(r: Decimal, places: int, lang: str) -> str:
    """The digits of a rounded, non-negative Decimal laid out with the locale's symbols. Where the
    locale groups by threes this swaps Python's "," and "." for Babel's symbols (the same text as
    Babel's own pattern, three times faster: pages format hundreds of figures per run)."""
    symbols = _symbols(lang)
    if symbols is None:
        return _pattern(places).apply(r, _locale(lang))
    group, point = symbols
    text = format(r, ",f")
    return text.replace(",", "\0").replace(".", point).replace("\0", group)


def _format_decimal(d: Decimal, lang: str, decimals: int | None) -> str:
    """Format a finite Decimal (sign included) for the language."""
    if decimals is None:
        if d == d.to_integral_value():
            r = _round(d, 0)
        else:
            # up to 2 decimals, trailing zeros dropped (6.5 -> "6,5", 6.499 -> "6,5")
            r = _round(d, 2).normalize()
            if r == r.to_integral_value():
                r = _round(r, 0)
    else:
        r = _round(d, decimals)
    negative = r < 0  # -0.00 compares equal to 0, so no sign for values rounding to zero
    places = max(0, -r.as_tuple().exponent)
    # r is already rounded to ``places``: Babel's half-even rounding has nothing left to round
    out = _layout(abs(r), places, lang)
    return (MINUS + out) if negative else out


def fmt_number(x, lang: str = "vi", decimals: int | None = None) -> str:
    """1543 -> "1.543" (vi) / "1,543" (en); 61.98 -> "61,98" / "61.98"; None/NaN -> "–".

    decimals=None: integer values print without decimals, other values with up to
    2 decimals and no trailing zeros (6.5 -> "6,5"). decimals=n: exactly n decimals
    (6.5, decimals=2 -> "6,50").
    """
    code = _lang(lang)
    _check_decimals(decimals)
    d = _to_decimal(x)
    if d is None:
        return NO_VALUE
    return _format_decimal(d, code, decimals)


def fmt_percent(x, lang: str = "vi", decimals: int = 2) -> str:
    """x is already in percent: 98.88 -> "98,88%" (vi) / "98.88%" (en); None -> "–"."""
    text = fmt_number(x, lang, decimals)
    return NO_VALUE if text == NO_VALUE else text + "%"


def fmt_signed(x, lang: str = "vi", decimals: int = 2) -> str:
    """A change: 0.5 -> "+0,50", -1.2 -> "−1,20", 0 -> "0,00" (vi); None -> "–"."""
    code = _lang(lang)
    _check_decimals(decimals)
    d = _to_decimal(x)
    if d is None:
        return NO_VALUE
    text = _format_decimal(d, code, decimals)
    if text.startswith(MINUS) or not any(c in "123456789" for c in text):
        return text  # negative, or rounds to zero: no "+"
    return "+" + text


def fmt_money_million(x, lang: str = "vi") -> str:
    """x in million VND: 112070 -> "112.070 triệu đồng" (vi) / "VND 112,070 million" (en)."""
    code = _lang(lang)
    text = fmt_number(x, code)
    if text == NO_VALUE:
        return text
    return f"{text} triệu đồng" if code == "vi" else f"VND {text} million"


def fmt_range(low, high, lang: str = "vi", decimals: int | None = None) -> str:
    """45, 55 -> "45–55"; a missing bound -> "–". Spaced dash when a bound is negative ("−5 – 10")."""
    lo = fmt_number(low, lang, decimals)
    hi = fmt_number(high, lang, decimals)
    if NO_VALUE in (lo, hi):
        return NO_VALUE
    if lo.startswith(MINUS) or hi.startswith(MINUS):
        return f"{lo} {RANGE_DASH} {hi}"
    return f"{lo}{RANGE_DASH}{hi}"


def fmt_year_spans(years) -> str:
    """Years as runs: 2013, 2014, 2015, 2016, 2020 -> "2013–2016, 2020" (years never take a thousands
    separator); "" for none."""
    ys = sorted({int(y) for y in years})
    runs: list[list[int]] = []
    for y in ys:
        if runs and y == runs[-1][1] + 1:
            runs[-1][1] = y
        else:
            runs.append([y, y])
    return ", ".join(str(a) if a == b else f"{a}{RANGE_DASH}{b}" for a, b in runs)


def rounded(x, decimals: int | None):
    """The number a cell prints, as a number (for CSV and XLSX): half-up to ``decimals`` from the
    float's shortest repr (2.675, 2 -> 2.68; 22.5, 0 -> 23 as an int), the float itself when
    ``decimals`` is None (trimmed of binary noise: 0.1 + 0.2 -> 0.3), None when missing."""
    _check_decimals(decimals)
    d = _to_decimal(x)
    if d is None:
        return None
    if decimals is None:
        return float(format(d, ".12g"))
    r = _round(d, decimals)
    return int(r) if decimals == 0 else float(r)


@lru_cache(maxsize=None)
def _number_re(lang: str) -> re.Pattern:
    """What :func:`fmt_number` writes in the language: grouped thousands, the decimal mark, "%"."""
    group = re.escape(get_group_symbol(_locale(lang)))
    point = re.escape(get_decimal_symbol(_locale(lang)))
    return re.compile(rf"({MINUS}|-)?(\d{{1,3}}(?:{group}\d{{3}})*)(?:{point}(\d+))?(%?)")


def read_number(text: object, lang: str = "vi") -> tuple[Decimal, int, str] | None:
    """The inverse of :func:`fmt_value` for a whole cell: "1.543" -> (1543, 0, ""), "98,88%" ->
    (98.88, 2, "%") in Vietnamese; None for anything else ("2016" is a year, not 2.016; "24 (2022)",
    "–", words). Used to give a spreadsheet cell its number and number format."""
    if not isinstance(text, str):
        return None
    m = _number_re(_lang(lang)).fullmatch(text.strip())
    if m is None or (len(m.group(2)) > 1 and m.group(2).startswith("0")):
        return None
    digits = re.sub(r"\D", "", m.group(2)) + ("." + m.group(3) if m.group(3) else "")
    value = Decimal(digits) * (-1 if m.group(1) else 1)
    return value, len(m.group(3) or ""), m.group(4)


def _unit(text: str, unit: str | None) -> str:
    """The number with its short unit: "%" sticks to it ("98,88%"), a word follows a no-break space."""
    if not unit or text == NO_VALUE:
        return text
    return text + unit if unit == "%" else f"{text}\u00a0{unit}"


def fmt_value(value, unit: str | None = "", lang: str = "vi", decimals: int | None = None) -> str:
    """A figure with its short unit, in the reader's language: 64.87, "%", decimals=2 -> "64,87%".

    ``unit`` is the indicator's ``unit_short`` and ``decimals`` its ``decimals`` (both from
    ``indicator_meta.csv``; see ``reform.views.numbers``); a rank has ``decimals=0``, so a projected
    rank of 22.5 reads "23". ``decimals=None``: up to two, trailing zeros dropped.
    """
    return _unit(fmt_number(value, lang, decimals), unit)


_PRINTED_NUMBER = re.compile(r"\d(?:[\d.,]*\d)?")


def printed_decimals(printed: object) -> int | None:
    """Decimals of the number as the document printed it: "61,98" -> 2, "99.96%" -> 2, "26[9]" -> 0,
    "1.543" and "1.316.627" -> 0 (a separator before exactly three digits groups thousands, unless the
    number starts with 0: "0,125" -> 3); in a cell that states a share, the share's number
    ("phát sinh 83/998 ... đạt 0,31%" -> 2); None when the cell holds no number."""
    if not isinstance(printed, str):
        return None
    text = printed.split("[")[0]
    share = re.search(r"(\d(?:[\d.,]*\d)?)\s*%", text)  # a cell that states a share: that number
    m = share or _PRINTED_NUMBER.search(text)
    if m is None:
        return None
    token = m.group(1) if share else m.group(0)
    if re.fullmatch(r"[1-9]\d{0,2}(?:[.,]\d{3})+", token):
        return 0
    tail = re.search(r"[.,](\d+)$", token)
    return len(tail.group(1)) if tail else 0


#: How a source cell prints that holds "-" (not applicable) and the words of text cells in English.
NOT_APPLICABLE = ("không áp dụng", "not applicable")
TEXT_CELLS = {
    "Chưa xác định": ("Chưa xác định", "Not determined (“Chưa xác định”)"),
}


def cell_text(value, flag: str, printed: object, lang: str = "vi", unit: str | None = "",
              decimals: int | None = None, footnote: object = None) -> str:
    """One cell of a source table as it reads on screen and in the office's spreadsheet.

    A number in the reader's format with its short unit (``decimals=None``: as many decimals as the
    document printed); "-" -> "không áp dụng" / "not applicable"; a text cell -> its printed words
    (translated where known); an empty cell -> "–" (no data). A footnote adds " [n]".
    """
    code = _lang(lang)
    if flag == "not_applicable":
        out = NOT_APPLICABLE[code == "en"]
    elif flag == "empty":
        out = NO_VALUE
    elif flag == "text" or _to_decimal(value) is None:
        words = printed.strip() if isinstance(printed, str) else ""
        pair = TEXT_CELLS.get(words)
        out = (pair[code == "en"] if pair else words) or NO_VALUE
    else:
        out = fmt_value(value, unit, code, printed_decimals(printed) if decimals is None else decimals)
    if footnote is not None and _to_decimal(footnote) is not None:
        out += f" [{int(footnote)}]"
    return out
