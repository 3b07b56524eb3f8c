"""The texts' catalogs (reform/i18n/locale): every message the code reads is there in both languages,
none is there that the code never reads, and Babel's extraction agrees."""
from __future__ import annotations

import re

import pytest
from babel.messages.extract import extract_from_dir

from reform.i18n import catalog, common, extract, tr
from reform.paths import ROOT

PLACEHOLDER = re.compile(r"\{(\w*)\}")


@pytest.fixture(scope="module")
def uses() -> extract.Uses:
    return extract.project_uses(ROOT)


@pytest.fixture(scope="module")
def known() -> dict[str, set[tuple[str, str]]]:
    return {lang: {(c, k) for c, ks in extract.catalog_keys(lang).items() for k in ks} for lang in catalog.LANGS}


def test_every_message_used_is_translated(uses, known):
    for lang in catalog.LANGS:
        missing = sorted(f"{c}/{k} ({uses.where.get((c, k))})" for c, k in uses.literal if (c, k) not in known[lang])
        assert not missing, f"used but not in the {lang} catalog: {missing}"
        empty = sorted(f"{c}/{k}" for c, k in known[lang] if not catalog.message(c, k, lang).strip())
        assert not empty, f"empty in the {lang} catalog: {empty}"


def test_no_message_is_unused(uses, known):
    unused = sorted(f"{c}/{k}" for c, k in known["vi"] if not uses.uses(c, k))
    assert not unused, f"in the catalog but read nowhere: {unused}"


def test_both_languages_have_the_same_messages_and_placeholders(known):
    assert known["vi"] == known["en"]
    for ctx, key in known["vi"]:
        vi, en = (catalog.message(ctx, key, lang) for lang in ("vi", "en"))
        assert set(PLACEHOLDER.findall(vi)) == set(PLACEHOLDER.findall(en)), f"{ctx}/{key}"


def test_babel_extraction_finds_every_catalog_message(known):
    """`make i18n` (pybabel extract with babel.cfg) would write exactly the catalogs' messages."""
    found = set()
    for where in ("pages", "reform"):
        for _file, _line, message, _comments, context in extract_from_dir(
                ROOT / where, method_map=[("**.py", "reform.i18n.extract:extract_keys")]):
            found.add((context, message))
    for _file, _line, message, _comments, context in extract_from_dir(
            ROOT, method_map=[("app.py", "reform.i18n.extract:extract_keys")]):
        found.add((context, message))
    assert found == known["vi"]


def test_the_checks_see_a_missing_and_an_unused_key():
    source = (
        "from reform.i18n import pci as text\n"
        "from reform.ui import components as ui\n"
        "T = ui.texts(text.TEXT)\n"
        "T('title')\nT('no_such_key')\nT(f'band_{x}')\nui.t('source')\n"
    )
    uses = extract.read_source(source, "pages/example.py")
    assert ("pci", "no_such_key") in uses.literal and ("common", "source") in uses.literal
    assert uses.uses("pci", "title") and uses.uses("pci", "band_pl01")
    assert not uses.uses("pci", "lead")  # read nowhere in this source


def test_a_missing_message_fails_loudly():
    assert tr(common.TEXT, "source", "en") == "Source"
    assert tr(common.TEXT, "appendix", "vi", n="03") == "Phụ lục 03"
    with pytest.raises(catalog.CatalogError):
        tr(common.TEXT, "no_such_key", "vi")
