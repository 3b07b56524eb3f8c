"""The dashboard's words and numbers in the reader's language, Vietnamese first and English second.

The words are in gettext catalogs (``locale/<lang>/LC_MESSAGES/messages.po``, see :mod:`.catalog`);
each page has a module here naming its table (``TEXT = Table("pci")``), ``common`` holds what
several pages share. :func:`tr` is the one way to get a text: it picks the language and fills in
``{placeholders}``. Numbers: :mod:`.fmt`; text we did not write, shown through Markdown: :mod:`.escape`.
"""
from __future__ import annotations

from reform.i18n.catalog import LANGS, Table, message


def tr(table: Table, key: str, lang: str, **fmt: object) -> str:
    """The text for ``key`` of ``table`` in ``lang`` (``vi`` or ``en``), with placeholders filled in."""
    text = message(table.context, key, lang if lang in LANGS else LANGS[0])
    return text.format(**fmt) if fmt else text


def pick(lang: str, vi: str, en: str) -> str:
    """Choose between a Vietnamese and an English value (for data columns such as name_vi/name_en)."""
    return en if lang == "en" else vi
