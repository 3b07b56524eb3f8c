"""The dashboard's words, Vietnamese first and English second.

Each page has its own module here holding ``TEXT = {key: (vietnamese, english)}``;
``common`` holds what several pages share. :func:`tr` picks the language and
formats ``{placeholders}``.
"""
from __future__ import annotations

LANGS = ("vi", "en")


def tr(table: dict[str, tuple[str, str]], key: str, lang: str, **fmt: object) -> str:
    """The text for ``key`` in ``lang`` (``vi`` or ``en``), with placeholders filled in."""
    vi, en = table[key]
    text = en if lang == "en" else vi
    return text.format(**fmt) if fmt else text


def pick(lang: str, vi: str, en: str) -> str:
    """Choose between a Vietnamese and an English value (for data columns such as name_vi/name_en)."""
    return en if lang == "en" else vi
