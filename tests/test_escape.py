"""reform.i18n.escape: every character Markdown or Streamlit would act on, one at a time.

The expected outputs are written out by hand, so removing any one escape from the helper fails a
test that names the character.
"""
from __future__ import annotations

import pytest

from reform.i18n import escape

# character -> what Markdown (or Streamlit's extensions) would make of it unescaped
MARKUP = {
    "\\": "an escape of the next character",
    "`": "inline code",
    "*": "emphasis",
    "_": "emphasis",
    "{": "a colour or LaTeX group",
    "}": "a colour or LaTeX group",
    "[": "a link",
    "]": "a link",
    "<": "HTML",
    ">": "HTML or a block quote",
    "#": "a heading",
    "!": "an image",
    "|": "a table",
    "$": "LaTeX",
    "~": "strikethrough",
}


@pytest.mark.parametrize("ch", list(MARKUP))
def test_every_markup_character_is_escaped(ch):
    assert escape.markdown(f"a{ch}b") == "a\\" + ch + "b", MARKUP[ch]
    assert escape.markdown(f"{ch}{ch}") == ("\\" + ch) * 2, MARKUP[ch]


@pytest.mark.parametrize("text, expected", [
    ("- mục", "\\- mục"),
    ("+ mục", "\\+ mục"),
    ("  - lồng", "  \\- lồng"),
    ("2. hai", "2\\. hai"),
    ("12. mười hai", "12\\. mười hai"),
    ("dòng\n- hai", "dòng\n\\- hai"),
    ("a - b", "a - b"),            # a dash inside a line is no list marker
    ("Phần 2, mục I.1", "Phần 2, mục I.1"),
])
def test_list_markers_at_line_start(text, expected):
    assert escape.markdown(text) == expected


@pytest.mark.parametrize("text, expected", [
    (":smile:", "\\:smile:"),
    (":material/home:", "\\:material/home:"),
    ("10:30", "10:30"),
    ("Vốn: 94.900", "Vốn: 94.900"),
])
def test_shortcodes(text, expected):
    assert escape.markdown(text) == expected


def test_hostile_text_comes_out_inert():
    assert escape.markdown("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>"
    assert escape.markdown("<img src=x onerror=alert(1)>") == "\\<img src=x onerror=alert(1)\\>"
    assert escape.markdown("[x](javascript:alert(1))") == "\\[x\\](javascript:alert(1))"
    assert escape.markdown(":red[đỏ]") == ":red\\[đỏ\\]"


J = escape.JOINER  # U+2060, invisible: GFM finds autolinks in the text after backslash escapes are read


@pytest.mark.parametrize("text, expected", [
    ("http://e.vn/x", f"http:{J}//e.vn/x"),
    ("HTTPS://E.VN", f"HTTPS:{J}//E.VN"),
    ("xem www.laichau.gov.vn", f"xem www{J}.laichau.gov.vn"),
    ("a@b.vn", f"a{J}@b.vn"),
    ("mailto:a@b.vn", f"mailto:{J}a{J}@b.vn"),
    ("10:30, ngày 1.2", "10:30, ngày 1.2"),   # no scheme, no www: untouched
    ("thehttp://x", "thehttp://x"),            # not at a word start: GFM does not link it either
])
def test_autolink_literals_are_broken(text, expected):
    assert escape.markdown(text) == expected
