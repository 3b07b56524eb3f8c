"""One way to show text we did not write (a printed cell, a scenario name, a note) through Markdown.

Every character Markdown (and Streamlit's extensions: colours, icons, LaTeX) would act on is
escaped, so the text reads as typed: no emphasis, links, images, HTML or formulas come from it.
"""
from __future__ import annotations

import re

_MARKUP = re.compile(r"([\\`*_{}\[\]<>#!|$~])")
#: Streamlit's shortcodes: an emoji ":smile:" or an icon ":material/home:".
_SHORTCODE = re.compile(r":(?=[\w/+\-]+:)")
#: A line that Markdown would read as a list item: "- x", "+ x", "1. x".
_LIST = re.compile(r"^(\s*)([-+]|\d+\.)(?=\s)", re.M)


def markdown(text: object) -> str:
    """``text`` escaped for ``st.markdown`` (None and NaN read as an empty string)."""
    s = text if isinstance(text, str) else ("" if text is None or text != text else str(text))
    s = _SHORTCODE.sub(r"\\:", _MARKUP.sub(r"\\\1", s))
    return _LIST.sub(_list_marker, s)


def _list_marker(m: re.Match) -> str:
    marker = m.group(2)
    return m.group(1) + (marker[:-1] + "\\." if marker.endswith(".") else "\\" + marker)
