"""Results computed once per data version are shared by every session: a caller that changes what it got
must never change what the next caller gets (the cache hands out copy-on-write copies of frames and
read-only mappings), and the data check re-reads the sources whenever one of them changed."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from reform.data import build, cache, db
from reform.data.build import SOURCES_DIR
from reform.model import scenario

MUTATIONS = {
    "new column": lambda d: d.__setitem__("added", 1),
    "overwritten column": lambda d: d.__setitem__(d.columns[0], 0),
    "loc assignment": lambda d: d.loc.__setitem__((d.index[0], d.columns[-1]), None),
    "iloc assignment": lambda d: d.iloc.__setitem__((0, 0), None),
    "renamed columns": lambda d: setattr(d, "columns", [f"c{i}" for i in range(len(d.columns))]),
    "index name": lambda d: setattr(d.index, "name", "changed"),
    "in-place drop": lambda d: d.drop(columns=[d.columns[0]], inplace=True),
    "in-place sort": lambda d: d.sort_values(d.columns[-1], ascending=False, inplace=True),
}


@pytest.fixture
def clean_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::FutureWarning")
@pytest.mark.parametrize("how", sorted(MUTATIONS))
def test_a_changed_frame_leaves_the_cache_alone(clean_cache, how):
    original = pd.DataFrame({"year": [2019, 2020, 2021], "score": [1.5, 2.5, 3.5], "name": ["a", "b", "c"]})
    expected = original.copy(deep=True)
    first = cache.get_or_make(("t", how), lambda: original)
    try:
        MUTATIONS[how](first)
    except Exception:  # pandas may refuse a change (a Pandas4Warning turned error, say): also fine
        pass
    again = cache.get_or_make(("t", how), lambda: pytest.fail("made twice"))
    pd.testing.assert_frame_equal(again, expected)
    assert again is not first


def test_the_array_behind_a_shared_frame_cannot_be_written(clean_cache):
    """Writing into the numpy array of a column would reach the shared data: pandas refuses it."""
    got = cache.get_or_make(("arr",), lambda: pd.DataFrame({"x": [1.0, 2.0]}))
    with pytest.raises(ValueError, match="read-only"):
        got["x"].values[0] = 9.0
    assert cache.get_or_make(("arr",), lambda: None)["x"].tolist() == [1.0, 2.0]


def test_a_query_result_changed_by_a_page_is_not_seen_by_the_next(clean_cache):
    first = db.run("pci_subindices")
    expected = first.copy(deep=True)
    first["score"] = 0.0
    first.loc[first.index[0], "subindex"] = "changed"
    first["label"] = "x"
    pd.testing.assert_frame_equal(db.run("pci_subindices"), expected)


def test_memoized_frames_are_shared_copy_on_write(clean_cache):
    subs = scenario.pci_subindex_series()
    expected = subs.copy(deep=True)
    subs["label"] = "x"  # what the PCI page does to its copy
    subs.loc[subs.index[0], "score"] = -1.0
    pd.testing.assert_frame_equal(scenario.pci_subindex_series(), expected)


def test_the_pci_facts_are_read_only(clean_cache):
    facts = scenario.pci_facts()
    with pytest.raises(TypeError):
        facts.base_scores["land"] = 0.0
    with pytest.raises(TypeError):
        facts.ref_points[2020] = 0
    with pytest.raises(AttributeError):
        facts.printed = 0.0  # frozen dataclass
    mine = scenario.pci_base_scores()
    mine["land"] = -5.0  # the caller's own dict
    assert scenario.pci_base_scores()["land"] == scenario.pci_facts().base_scores["land"] != -5.0
    bands = scenario.rank_bands()
    bands["pci"]["2030"] = (0.0, 0.0)
    assert scenario.rank_bands()["pci"]["2030"] != (0.0, 0.0)


def test_the_what_if_reads_the_same_figures_as_the_tables(clean_cache):
    """The shared facts are the tables' own figures (not a second reading that could drift)."""
    df = scenario.pci_table()
    year = int(df["year"].max())
    facts = scenario.pci_facts()
    assert facts.base_year == year
    printed = df[(df["year"] == year) & (df["subindex"] == "composite")]["score"].iloc[0]
    assert facts.printed == float(printed)
    subs = df[(df["year"] == year) & (df["subindex"] != "composite")]
    assert dict(facts.base_scores) == {r.subindex: float(r.score) for r in subs.itertuples()}
    years = scenario.pci_reference_years()
    assert dict(facts.ref_points) == dict(zip(years["year"].astype(int), years["points"].astype(int)))
    assert list(facts.ref_points) == [int(y) for y in years["year"]]


# --- the data check: sources hashed again only when they changed ----------------------------

@pytest.fixture
def sources(tmp_path) -> Path:
    out = tmp_path / "sources"
    shutil.copytree(SOURCES_DIR, out)
    return out


def _count_reads(monkeypatch, folder: Path) -> list:
    reads: list = []
    real = Path.read_bytes

    def counting(self):
        if self.parent == folder:
            reads.append(self.name)
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", counting)
    return reads


def _same_size_change(path: Path) -> None:
    """Change one digit of the file, keeping its size (the worst case for a check by size)."""
    text = path.read_text(encoding="utf-8")
    i = next(i for i, c in enumerate(text) if c.isdigit())
    path.write_text(text[:i] + str((int(text[i]) + 1) % 10) + text[i + 1:], encoding="utf-8")


def test_the_fingerprint_follows_every_change(sources):
    first = build.fingerprint(sources)
    assert build.fingerprint(sources) == first
    path = sources / "pl03_pci.csv"
    before = path.read_bytes()
    _same_size_change(path)
    changed = build.fingerprint(sources)
    assert changed != first
    path.write_bytes(before)
    assert build.fingerprint(sources) == first
    (sources / "extra.csv").write_text("a\n1\n", encoding="utf-8")
    assert build.fingerprint(sources) not in (first, changed)


def test_unchanged_sources_are_not_read_again(sources, monkeypatch):
    monkeypatch.setattr(build, "_RACY_NS", 0)  # the copies just made count as settled
    reads = _count_reads(monkeypatch, sources)
    first = build.fingerprint(sources)
    assert len(reads) == len(list(sources.glob("*.csv")))
    reads.clear()
    for _ in range(3):
        assert build.fingerprint(sources) == first
    assert reads == []
    path = sources / "pl03_pci.csv"
    st = path.stat()
    _same_size_change(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert build.fingerprint(sources) != first
    assert reads  # read again


def test_recently_written_sources_are_always_read(sources, monkeypatch):
    """A file written within the file system's timestamp tick could keep its stats through a second
    write: until its stats are older than that, every check reads the files."""
    reads = _count_reads(monkeypatch, sources)
    first = build.fingerprint(sources)
    reads.clear()
    assert build.fingerprint(sources) == first
    assert reads  # the copies were just made: not trusted yet


def test_shared_mappings_are_read_only(clean_cache):
    from reform.model import params

    year = scenario.pci_base_year()
    for shared, key in ((scenario.pci_year_info(year), "out_of"), (scenario.default_paces(), "pci_rank"),
                        (params.params(), "lang")):
        assert key in shared
        with pytest.raises(TypeError):
            shared[key] = None
