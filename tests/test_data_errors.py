"""A missing or corrupt data file, or a data folder that cannot be written: a clear page, no trace."""
import shutil

import pandas as pd
import pytest

from apptest_util import open_page, texts
from reform.data import db
from reform import paths
from reform.paths import DATA_DIR


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns(".build*"))
    monkeypatch.setattr(paths, "DATA_DIR", target)
    db.reset()
    yield target
    db.reset()


def test_corrupt_parquet_is_rebuilt_and_the_page_works(data_dir):
    (data_dir / "observations.parquet").write_bytes(b"PAR1 this is not parquet")
    at = open_page()
    assert [m.value for m in at.metric][:2] == ["33/63", "56/63"]  # PCI and PAR INDEX 2024, from the rebuilt data
    assert len(pd.read_parquet(data_dir / "observations.parquet")) > 800  # rebuilt whole


def test_missing_parquet_is_rebuilt(data_dir):
    (data_dir / "pci.parquet").unlink()
    at = open_page("pci")
    assert (data_dir / "pci.parquet").is_file()
    assert not at.exception


def test_unwritable_data_folder_shows_a_vietnamese_message(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setattr(paths, "DATA_DIR", blocker / "data")
    db.reset()
    try:
        at = open_page()
    finally:
        db.reset()
    assert not at.exception
    body = texts(at)
    assert "Không đọc được dữ liệu" in body and "make data" in body
    assert "Traceback" not in body
