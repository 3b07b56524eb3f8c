"""Number formatting for the two UI languages (Vietnamese first, English second).

Vietnamese: "." groups thousands, "," marks decimals  -> 1.543 ; 61,98 ; 1.316.627
English:    "," groups thousands, "." marks decimals  -> 1,543 ; 61.98 ; 1,316,627

Rules shared by every function here:
- No dependence on the OS locale: grouping and separators are done by hand.
- Rounding is decimal ROUND_HALF_UP applied to the shortest repr of a float
  (61.995 -> 62.00, 0.125 -> 0.13), not binary round-half-even.
- A missing value (None, NaN, pandas NA, ±inf) prints as NO_VALUE, an en dash "–".
- Negative numbers use the real minus sign MINUS "−" (U+2212); a value that rounds
  to zero prints without a sign.
"""

from __future__ import annotations

import math
import numbers
from decimal import ROUND_HALF_UP, Decimal

__all__ = [
    "MINUS",
    "NO_VALUE",
    "fmt_money_million",
    "fmt_number",
    "fmt_percent",
    "fmt_range",
    "fmt_signed",
]

NO_VALUE = "\u2013"  # en dash: "no value"
MINUS = "\u2212"  # real minus sign
RANGE_DASH = "\u2013"  # en dash between the bounds of a range

# lang -> (thousands separator, decimal separator)
_SEPARATORS = {"vi": (".", ","), "en": (",", ".")}


def _lang(lang: str) -> str:
    """Normalise "vi", "VI", "vi-VN", "en_US" ... to "vi" / "en"."""
    if not isinstance(lang, str):
        raise ValueError(f"unsupported language: {lang!r} (use 'vi' or 'en')")
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    if code not in _SEPARATORS:
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


def _group(int_digits: str, sep: str) -> str:
    head = len(int_digits) % 3 or 3
    parts = [int_digits[:head]] + [int_digits[i : i + 3] for i in range(head, len(int_digits), 3)]
    return sep.join(parts)


def _format_decimal(d: Decimal, lang: str, decimals: int | None) -> str:
    """Format a finite Decimal (sign included) for the language."""
    thousands, point = _SEPARATORS[lang]
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
    text = format(abs(r), "f")  # plain digits, never scientific notation
    int_part, _, frac_part = text.partition(".")
    out = _group(int_part, thousands)
    if frac_part:
        out += point + frac_part
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


def fmt_value(value, unit: str, lang: str = "vi") -> str:
    """A target or scenario value by its unit: a rank without decimals (one where it is a
    projection between ranks), a share with two decimals and "%", anything else with two."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return NO_VALUE
    if unit == "rank":
        return fmt_number(value, lang, 0 if float(value).is_integer() else 1)
    if unit == "%":
        return fmt_number(value, lang, 2) + "%"
    return fmt_number(value, lang, 2)
