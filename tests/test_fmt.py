"""Tests for reform.fmt: Vietnamese / English number formatting, independent of the OS locale."""

import locale
import math
from decimal import Decimal

import pytest

from reform.i18n.fmt import (
    MINUS,
    NO_VALUE,
    fmt_money_million,
    fmt_number,
    fmt_percent,
    fmt_range,
    fmt_signed,
)


def test_constants():
    assert NO_VALUE == "\u2013"  # en dash
    assert MINUS == "\u2212"  # real minus sign, not a hyphen


@pytest.mark.parametrize(
    "x, vi, en",
    [
        (1543, "1.543", "1,543"),
        (61.98, "61,98", "61.98"),
        (1316627, "1.316.627", "1,316,627"),
        (17170, "17.170", "17,170"),
        (0, "0", "0"),
        (999, "999", "999"),
        (1000, "1.000", "1,000"),
        (1234.5, "1.234,5", "1,234.5"),
        (1543.0, "1.543", "1,543"),  # integer-valued float prints without decimals
    ],
)
def test_fmt_number_examples(x, vi, en):
    assert fmt_number(x) == vi  # Vietnamese is the default
    assert fmt_number(x, "vi") == vi
    assert fmt_number(x, "en") == en


def test_fmt_number_default_decimals_up_to_two_without_trailing_zeros():
    assert fmt_number(6.5) == "6,5"
    assert fmt_number(6.5, "en") == "6.5"
    assert fmt_number(6.50, decimals=2) == "6,50"
    assert fmt_number(6.5, "en", decimals=2) == "6.50"
    assert fmt_number(1.23456) == "1,23"
    assert fmt_number(99.999) == "100"  # rounds to an integer -> no decimals
    assert fmt_number(0.1 + 0.2) == "0,3"


def test_fmt_number_explicit_decimals():
    assert fmt_number(1543, decimals=2) == "1.543,00"
    assert fmt_number(61.98, decimals=0) == "62"
    assert fmt_number(1316627.456, "en", decimals=1) == "1,316,627.5"


def test_rounding_is_half_up_from_the_float_repr():
    assert fmt_number(61.995, decimals=2) == "62,00"
    assert fmt_number(0.125, decimals=2) == "0,13"
    assert fmt_number(0.125, "en", decimals=2) == "0.13"
    assert fmt_number(2.675, decimals=2) == "2,68"  # binary round() would give 2.67
    assert fmt_number(0.5, decimals=0) == "1"
    assert fmt_number(2.5, decimals=0) == "3"  # not banker's rounding
    assert fmt_number(-0.125, decimals=2) == MINUS + "0,13"  # half away from zero
    assert fmt_number(61.995) == "62"  # default: up to 2 decimals, then trailing zeros dropped


def test_negative_numbers_use_real_minus():
    assert fmt_number(-1543) == "\u22121.543"
    assert fmt_number(-61.98, "en") == "\u221261.98"
    assert "-" not in fmt_number(-5)
    # a value that rounds to zero has no sign
    assert fmt_number(-0.001) == "0"
    assert fmt_number(-0.001, decimals=2) == "0,00"
    assert fmt_number(-0.0) == "0"


@pytest.mark.parametrize("missing", [None, float("nan"), math.inf, -math.inf, Decimal("NaN")])
def test_missing_values_print_en_dash(missing):
    assert fmt_number(missing) == NO_VALUE
    assert fmt_number(missing, "en", decimals=2) == NO_VALUE
    assert fmt_percent(missing) == NO_VALUE
    assert fmt_signed(missing) == NO_VALUE
    assert fmt_money_million(missing) == NO_VALUE
    assert fmt_money_million(missing, "en") == NO_VALUE
    assert fmt_range(missing, 55) == NO_VALUE
    assert fmt_range(45, missing) == NO_VALUE


def test_pandas_and_numpy_values():
    pd = pytest.importorskip("pandas")
    np = pytest.importorskip("numpy")
    assert fmt_number(pd.NA) == NO_VALUE
    assert fmt_number(np.nan) == NO_VALUE
    assert fmt_number(np.int64(1316627)) == "1.316.627"
    assert fmt_number(np.float64(61.98), "en") == "61.98"
    assert fmt_number(pd.Series([1543.0]).iloc[0]) == "1.543"


def test_fmt_percent():
    assert fmt_percent(98.88) == "98,88%"
    assert fmt_percent(98.88, "en") == "98.88%"
    assert fmt_percent(100) == "100,00%"
    assert fmt_percent(12.345, decimals=1) == "12,3%"
    assert fmt_percent(None) == "–"


def test_fmt_signed():
    assert fmt_signed(0.5) == "+0,50"
    assert fmt_signed(-1.2) == "−1,20"
    assert fmt_signed(0) == "0,00"
    assert fmt_signed(0.5, "en") == "+0.50"
    assert fmt_signed(-1.2, "en") == "\u22121.20"
    assert fmt_signed(1543.25) == "+1.543,25"
    assert fmt_signed(0.004) == "0,00"  # rounds to zero: no sign
    assert fmt_signed(-0.004) == "0,00"
    assert fmt_signed(0.005) == "+0,01"
    assert fmt_signed(None) == "–"



def test_fmt_money_million():
    assert fmt_money_million(112070) == "112.070 triệu đồng"
    assert fmt_money_million(112070, "en") == "VND 112,070 million"
    assert fmt_money_million(1500.5, "en") == "VND 1,500.5 million"
    assert fmt_money_million(None) == "–"


def test_fmt_range():
    assert fmt_range(45, 55) == "45–55"
    assert fmt_range(45, 55, "en") == "45–55"
    assert fmt_range(1500, 2500) == "1.500–2.500"
    assert fmt_range(1500, 2500, "en") == "1,500–2,500"
    assert fmt_range(45.5, 55) == "45,5–55"
    assert fmt_range(-5, 10) == "\u22125 – 10"  # spaced dash so the minus stays readable


def test_language_codes():
    assert fmt_number(1543, "VI") == "1.543"
    assert fmt_number(1543, "vi-VN") == "1.543"
    assert fmt_number(1543, "en_US") == "1,543"
    with pytest.raises(ValueError):
        fmt_number(1543, "fr")


def test_bad_input():
    with pytest.raises(TypeError):
        fmt_number("1543")
    with pytest.raises(TypeError):
        fmt_number(True)
    with pytest.raises(ValueError):
        fmt_number(1.5, decimals=-1)


def test_independent_of_os_locale():
    """Switching the process locale must not change the output."""
    saved = locale.setlocale(locale.LC_ALL)
    candidates = ["de_DE.UTF-8", "vi_VN.UTF-8", "fr_FR.UTF-8", "en_US.UTF-8", "C.UTF-8", "C"]
    tried = 0
    try:
        for name in candidates:
            try:
                locale.setlocale(locale.LC_ALL, name)
            except locale.Error:
                continue
            tried += 1
            assert fmt_number(1316627.5) == "1.316.627,5"
            assert fmt_number(1316627.5, "en") == "1,316,627.5"
            assert fmt_percent(98.88) == "98,88%"
    finally:
        locale.setlocale(locale.LC_ALL, saved)
    assert tried >= 1


def test_fmt_value_takes_decimals_and_short_unit():
    from reform.i18n.fmt import fmt_value

    # a rank has decimals=0 in the metadata: a projection of 54.9 reads 55, 22.5 reads 23 (half up)
    assert fmt_value(57.0, "", "vi", 0) == "57" and fmt_value(54.9, "", "vi", 0) == "55"
    assert fmt_value(22.5, "", "en", 0) == "23" and fmt_value(24.0, "", "vi", 0) == "24"
    assert fmt_value(64.87, "%", "vi", 2) == "64,87%" and fmt_value(64.87, "%", "en", 2) == "64.87%"
    assert fmt_value(80, "%", "vi", 2) == "80,00%" and fmt_value(64.875, "%", "vi", 2) == "64,88%"
    assert fmt_value(79.51, "", "vi", 2) == "79,51" and fmt_value(None, "%", "vi", 2) == "–"
    assert fmt_value(1316627, "văn bản", "vi", 0) == "1.316.627\u00a0văn bản"
    assert fmt_value(6.5, "%") == "6,5%"  # no decimals given: up to two, trailing zeros dropped
    assert fmt_value(-0.004, "%", "vi", 2) == "0,00%"


def test_babel_lays_out_but_rounding_stays_half_up():
    """Babel alone rounds half-even (2.5 -> "2", 0.125 -> "0.12"); the project's rule is half-up."""
    from babel.numbers import format_decimal

    assert format_decimal(Decimal("2.5"), format="#,##0", locale="en") == "2"  # what Babel would do
    assert fmt_number(2.5, "en", 0) == "3" and fmt_number(0.125, "en", 2) == "0.13"
    assert fmt_number(1234567.891, "vi", 2) == "1.234.567,89"  # Babel's vi grouping and decimal comma
    assert fmt_number(-1234.5, "en", 1) == MINUS + "1,234.5"  # Babel's hyphen replaced by a real minus


def test_printed_decimals():
    from reform.i18n.fmt import printed_decimals

    assert printed_decimals("61,98") == 2 and printed_decimals("99.96%") == 2
    assert printed_decimals("1.543") == 0 and printed_decimals("1.316.627") == 0
    assert printed_decimals("26[9]") == 0 and printed_decimals("100%") == 0
    assert printed_decimals("0,125") == 3 and printed_decimals("98,50%") == 2
    assert printed_decimals("(phát sinh 83/998 dịch vụ công mức 3,4 đạt 0,31%)") == 2
    assert printed_decimals("đạt 5,2%") == 1
    assert printed_decimals("Chưa xác định") is None and printed_decimals(None) is None


def test_cell_text_reads_a_source_cell():
    from reform.i18n.fmt import cell_text

    assert cell_text(1543.0, "value", "1.543", "vi") == "1.543"
    assert cell_text(1543.0, "value", "1.543", "en") == "1,543"
    assert cell_text(98.5, "value", "98,50%", "vi", "%") == "98,50%"  # as printed: two decimals
    assert cell_text(100.0, "value", "100%", "en", "%") == "100%"
    assert cell_text(None, "not_applicable", "-", "vi") == "không áp dụng"
    assert cell_text(None, "not_applicable", "-", "en") == "not applicable"
    assert cell_text(None, "empty", "", "vi") == "–"
    assert cell_text(None, "text", "Chưa xác định", "vi") == "Chưa xác định"
    assert cell_text(None, "text", "Chưa xác định", "en") == "Not determined (“Chưa xác định”)"
    assert cell_text(26.0, "value", "26[9]", "vi", footnote=9) == "26 [9]"
    assert cell_text(61.98, "value", "61,98", "en", decimals=1) == "62.0"


def test_rounded_is_the_printed_number():
    from reform.i18n.fmt import rounded

    assert rounded(22.5, 0) == 23 and isinstance(rounded(22.5, 0), int)
    assert rounded(2.675, 2) == 2.68 and rounded(54.93333333, 2) == 54.93
    assert rounded(0.1 + 0.2, None) == 0.3 and rounded(None, 2) is None and rounded(float("nan"), 0) is None


def test_markdown_escape_keeps_words_and_drops_markup():
    from reform.i18n import escape

    assert escape.markdown("a*b_[1]$") == r"a\*b\_\[1\]\$"
    # the URL's colon gets a word joiner (U+2060): a bare URL would otherwise be linked by Streamlit's GFM
    assert escape.markdown("![ảnh](http://x/y.png)") == "\\!\\[ảnh\\](http:\u2060//x/y.png)"
    # a word joiner after a directive's or shortcode's colon (a backslash did not stop Streamlit's frontend)
    assert escape.markdown("Vốn: 94.900 :material/home: :smile:") == "Vốn: 94.900 :\u2060material/home: :\u2060smile:"
    assert escape.markdown("<script>alert(1)</script>") == r"\<script\>alert(1)\</script\>"
    assert escape.markdown("- mục\n2. hai") == "\\- mục\n2\\. hai"
    assert escape.markdown("Phần 2, mục I.1 (2020)") == "Phần 2, mục I.1 (2020)"
    assert escape.markdown(None) == "" and escape.markdown(float("nan")) == ""


def test_layout_is_babels_pattern():
    """The fast layout (Python's grouping with Babel's symbols) writes what Babel's own pattern writes."""
    from reform.i18n import fmt

    for x in (0, 7, 999, 1000, 1543, 61.98, 1316627.456, 12345678.9, 0.125, 100):
        for lang in ("vi", "en"):
            for d in (0, 1, 2, 3):
                r = fmt._round(fmt._to_decimal(x), d)
                assert fmt._layout(r, d, lang) == fmt._pattern(d).apply(r, fmt._locale(lang)), (x, lang, d)
    assert fmt._layout(Decimal("1316627.46"), 2, "vi") == "1.316.627,46"
