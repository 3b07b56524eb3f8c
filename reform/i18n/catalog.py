"""The dashboard's words in gettext catalogs: ``reform/i18n/locale/<lang>/LC_MESSAGES/messages.po``.

Every message has a context (the table it belongs to: ``pci``, ``common``, ``statistics.SERIES``…)
and a key (``title``, ``rank_line``…) as its msgid; each language's ``.po`` file gives the words,
and the English one carries the Vietnamese as a translator's comment. A translator works in the
``.po`` files with any gettext tool; ``make i18n`` extracts the keys the code uses
(``reform/i18n/extract.py``, a Babel extractor) into ``messages.pot`` and updates the catalogs
from it. The catalogs are compiled with Babel when first used (``.po`` → ``.mo`` in memory) and
read with the standard library's ``gettext``.

The modules beside this one expose their tables as :class:`Table` objects, which read like the
``{key: (vietnamese, english)}`` dicts the code has always used.
"""
from __future__ import annotations

import gettext
import io
import threading
from collections.abc import Iterator
from pathlib import Path

from babel.messages import mofile, pofile

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "messages"
#: The languages the dashboard shows, first the one it opens in.
LANGS = ("vi", "en")

_lock = threading.Lock()
_loaded: dict[str, tuple[gettext.GNUTranslations, dict[str, dict[str, None]]]] = {}
#: Every message looked up so far, by (context, key, language): a page asks for hundreds a run.
_messages: dict[tuple[str, str, str], str] = {}


class CatalogError(LookupError):
    """A message the catalogs lack, or a catalog file that cannot be read."""


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def _load(lang: str) -> tuple[gettext.GNUTranslations, dict[str, dict[str, None]]]:
    """The compiled catalog of ``lang`` and, per context, its keys in file order (a dict for look-ups)."""
    with _lock:
        if lang not in _loaded:
            try:
                with po_path(lang).open("rb") as f:
                    catalog = pofile.read_po(f, locale=lang, domain=DOMAIN)
            except OSError as exc:
                raise CatalogError(f"no catalog for {lang!r}: {exc}") from exc
            buf = io.BytesIO()
            mofile.write_mo(buf, catalog)
            buf.seek(0)
            keys: dict[str, dict[str, None]] = {}
            for message in catalog:
                if message.id and message.context:
                    keys.setdefault(message.context, {})[message.id] = None
            _loaded[lang] = (gettext.GNUTranslations(buf), keys)
        return _loaded[lang]


def message(context: str, key: str, lang: str) -> str:
    """The words of ``key`` in table ``context`` in ``lang``; CatalogError where the catalog lacks them."""
    found = _messages.get((context, key, lang))
    if found is not None:
        return found
    translations, keys = _load(lang)
    if key not in keys.get(context, {}):
        raise CatalogError(f"no message {context}/{key} in the {lang} catalog")
    found = _messages[(context, key, lang)] = translations.pgettext(context, key)
    return found


def keys(context: str) -> list[str]:
    """Every key of table ``context``, in the order of the Vietnamese catalog."""
    return list(_load(LANGS[0])[1].get(context, {}))


def reload() -> None:
    """Read the catalogs again (after a translator changed a file)."""
    with _lock:
        _loaded.clear()
        _messages.clear()


class Table:
    """A table of the catalog read like ``{key: (vietnamese, english)}``."""

    def __init__(self, context: str) -> None:
        self.context = context

    def __getitem__(self, key: str) -> tuple[str, ...]:
        return tuple(message(self.context, key, lang) for lang in LANGS)

    def get(self, key: str, default=None):
        return self[key] if key in self else default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in _load(LANGS[0])[1].get(self.context, {})

    def __iter__(self) -> Iterator[str]:
        return iter(keys(self.context))

    def __len__(self) -> int:
        return len(keys(self.context))

    def keys(self) -> list[str]:
        return keys(self.context)

    def values(self) -> list[tuple[str, ...]]:
        return [self[k] for k in self]

    def items(self) -> list[tuple[str, tuple[str, ...]]]:
        return [(k, self[k]) for k in self]

    def __repr__(self) -> str:
        return f"Table({self.context!r})"
