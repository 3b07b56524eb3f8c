"""One way to show text we did not write (a printed cell, a scenario name, a note) through Markdown.

Every character Markdown (and Streamlit's extensions: colours, icons, LaTeX) would act on is
escaped, so the text reads as typed: no emphasis, links, images, HTML or formulas come from it.
Streamlit's Markdown also turns a bare ``http://…``, ``www.…`` or e-mail address into a link (GFM's
autolink literals, found by the browser check of issue 9). A backslash does not stop that (the links
are found in the text after escapes are read), so an invisible WORD JOINER (U+2060) is put inside the
pattern instead: after a scheme's colon, after "www", before an "@". The text reads and wraps as typed.
"""
from __future__ import annotations

import re

_MARKUP = re.compile(r"([\\`*_{}\[\]<>#!|$~])")
#: Streamlit's shortcodes: an emoji ":smile:" or an icon ":material/home:".
_SHORTCODE = re.compile(r":(?=[\w/+\-]+:)")
#: A line that Markdown would read as a list item: "- x", "+ x", "1. x".
_LIST = re.compile(r"^(\s*)([-+]|\d+\.)(?=\s)", re.M)
#: GFM autolink literals: a scheme's colon, "www." and the "@" of an address.
_SCHEME = re.compile(r"(?i)\b(https?|ftp|mailto|xmpp):")
_WWW = re.compile(r"(?i)\b(www)\.")
JOINER = "\u2060"


def markdown(text: object) -> str:
    """``text`` escaped for ``st.markdown`` (None and NaN read as an empty string)."""
    s = text if isinstance(text, str) else ("" if text is None or text != text else str(text))
    s = _SHORTCODE.sub(r"\\:", _MARKUP.sub(r"\\\1", s))
    s = _WWW.sub(r"\1" + JOINER + ".", _SCHEME.sub(r"\1:" + JOINER, s)).replace("@", JOINER + "@")
    return _LIST.sub(_list_marker, s)


def _list_marker(m: re.Match) -> str:
    marker = m.group(2)
    return m.group(1) + (marker[:-1] + "\\." if marker.endswith(".") else "\\" + marker)
