"""Shared fixtures: built data, and the source document where it is available."""
from __future__ import annotations

import os

import pytest

from reform.data import build
from reform.data import seed
from reform.paths import SEED_DOCUMENT


@pytest.fixture(scope="session", autouse=True)
def built_data():
    """Build data/*.parquet once if missing or stale (make test has usually done it)."""
    build.ensure_built()
    yield


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The text of Decision 688. Skipped with a reason where absent, a failure where REQUIRE_SOURCE=1."""
    if not SEED_DOCUMENT.is_file():
        message = f"source document not found at {SEED_DOCUMENT} (set REFORM_SEED to its path)"
        if os.environ.get("REQUIRE_SOURCE") == "1":
            pytest.fail(message + "; REQUIRE_SOURCE=1 requires it")
        pytest.skip(message)
    return seed.read_seed()


@pytest.fixture(scope="session")
def seed_parts(seed_text):
    """(body lines, appendix tables, footnotes) of the document."""
    return seed.split_document(seed_text)
