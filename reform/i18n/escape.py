"""One way to show text we did not write (a printed cell, a scenario name, a note) through Markdown.

Every character Markdown (and Streamlit's extensions: colours, icons, emoji, LaTeX) would act on is
escaped, so the text reads as typed: no emphasis, links, images, HTML, formulas, coloured spans,
icons or emoji come from it.
Streamlit's Markdown also turns a bare ``http://…``, ``www.…`` or e-mail address into a link (GFM's
autolink literals, found by the browser check of issue 9). A backslash does not stop that (the links
are found in the text after escapes are read), so an invisible WORD JOINER (U+2060) is put inside the
pattern instead: after a scheme's colon, after "www", before an "@". The text reads and wraps as typed.

Streamlit's own directives need the same joiner (found in its frontend, 1.67, ``StreamlitMarkdown``):
``:red[…]``, ``:small[…]``, ``:color[…]{…}`` are remark-directive text directives (a colon then an ASCII
letter; ``::name`` and ``:::name`` are the leaf and container forms), and a backslash before the bracket
leaves an empty coloured span; ``:material/name:`` is rewritten to ``:material_name:`` in the source
before parsing and ``:smile:`` is replaced by remark-emoji, both on the text after backslash escapes are
read, so ``\\:smile:`` still shows an emoji. A WORD JOINER right after such a colon makes each of them
plain text (a directive's name must start with a letter; the icon and emoji patterns allow no joiner).
"""
from __future__ import annotations

import re

_MARKUP = re.compile(r"([\\`*_{}\[\]<>#!|$~&=])")
#: The colon of a Streamlit directive (":red[", "::x", ":::x") or shortcode (an emoji ":smile:", ":+1:",
#: ":100:"; an icon ":material/home:"). "10:30" or "Vốn: 94" stay as they are.
_DIRECTIVE = re.compile(r":(?=[A-Za-z:]|[\w/+\-]+:)")
#: Streamlit's typographic replacements ("->" → "→", "<-", "<->", "--" → "—", ">=", "<=", "~=") and a
#: "---" line (a rule, or a heading's underline): a joiner between two of these characters.
_TYPO = re.compile(r"(?<=-)(?=[->])|(?<=<)(?=[-=])|(?<=[>~])(?==)")
#: A line that Markdown would read as a list item: "- x", "+ x", "1. x", "1) x".
_LIST = re.compile(r"^(\s*)([-+]|\d+[.)])(?=\s)", re.M)
#: GFM autolink literals: a scheme's colon, "www." and the "@" of an address.
_SCHEME = re.compile(r"(?i)\b(https?|ftp|mailto|xmpp):")
_WWW = re.compile(r"(?i)\b(www)\.")
JOINER = "\u2060"


def markdown(text: object) -> str:
    """``text`` escaped for ``st.markdown`` (None and NaN read as an empty string)."""
    s = text if isinstance(text, str) else ("" if text is None or text != text else str(text))
    s = _SCHEME.sub(r"\1:" + JOINER, _MARKUP.sub(r"\\\1", _TYPO.sub(JOINER, s)))
    s = _WWW.sub(r"\1" + JOINER + ".", _DIRECTIVE.sub(":" + JOINER, s)).replace("@", JOINER + "@")
    return _LIST.sub(_list_marker, s)


def _list_marker(m: re.Match) -> str:
    marker = m.group(2)
    return m.group(1) + (marker[:-1] + "\\" + marker[-1] if marker[-1] in ".)" else "\\" + marker)
