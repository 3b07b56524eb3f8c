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
    "&": "a character reference (\"&#58;smile&#58;\" would read as an emoji shortcode)",
    "=": "a heading's underline (\"===\")",
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
    ("3) ba", "3\\) ba"),
    ("12. mười hai", "12\\. mười hai"),
    ("dòng\n- hai", "dòng\n\\- hai"),
    ("a - b", "a - b"),            # a dash inside a line is no list marker
    ("Phần 2, mục I.1", "Phần 2, mục I.1"),
])
def test_list_markers_at_line_start(text, expected):
    assert escape.markdown(text) == expected


J = escape.JOINER  # U+2060, invisible: GFM finds autolinks in the text after backslash escapes are read


@pytest.mark.parametrize("text, expected", [
    # Streamlit's frontend reads these on the text after backslash escapes (a "\\:" did not stop them)
    (":smile:", f":{J}smile:"),                      # remark-emoji
    (":+1: :100:", f":{J}+1: :{J}100:"),
    (":material/home:", f":{J}material/home:"),      # an icon
    (":streamlit:", f":{J}streamlit:"),              # the logo
    # remark-directive: a colon then a letter is a directive even with its bracket escaped
    (":red[đỏ]", f":{J}red\\[đỏ\\]"),
    (":small[nhỏ]", f":{J}small\\[nhỏ\\]"),
    (":color[c]{foreground=red}", f":{J}color\\[c\\]\\{{foreground\\=red\\}}"),
    ("::leaf[x]", f":{J}:{J}leaf\\[x\\]"),
    ("a:b", f"a:{J}b"),
    ("10:30", "10:30"),
    ("Vốn: 94.900", "Vốn: 94.900"),
])
def test_streamlit_directives_and_shortcodes(text, expected):
    assert escape.markdown(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Streamlit replaces these between spaces: "->" with "→", "--" with "—", ">=" with "≥" …
    ("a -> b", f"a -{J}\\> b"),
    ("a <- b", f"a \\<{J}- b"),
    ("a <-> b", f"a \\<{J}-{J}\\> b"),
    ("2021 -- 2025", f"2021 -{J}- 2025"),
    ("x >= 5", f"x \\>{J}\\= 5"),
    ("x <= 5", f"x \\<{J}\\= 5"),
    ("x ~= 5", f"x \\~{J}\\= 5"),
    ("dòng\n---", f"dòng\n-{J}-{J}-"),            # no rule, no heading underline
    ("a-b, -3", "a-b, -3"),
])
def test_typographic_replacements(text, expected):
    assert escape.markdown(text) == expected


def test_hostile_text_comes_out_inert():
    assert escape.markdown("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>"
    assert escape.markdown("<img src=x onerror=alert(1)>") == "\\<img src\\=x onerror\\=alert(1)\\>"
    assert escape.markdown("[x](javascript:alert(1))") == f"\\[x\\](javascript:{J}alert(1))"
    assert escape.markdown("&#58;smile&#58;") == "\\&\\#58;smile\\&\\#58;"


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
