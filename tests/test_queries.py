"""Every query in queries/*.sql has a test here, run through the project's runner."""
from __future__ import annotations

import pandas as pd
import pytest

from reform.data import db


# VCCI's weights of the ten PCI sub-indices (2016-2021 method), written out here rather than read from
# reform.data.indices: 5% entry, land, time, equal competition, proactivity and legal institutions;
# 10% informal charges; 20% transparency, business support and labour training.
VCCI_WEIGHTS = {"entry": 0.05, "land": 0.05, "transparency": 0.20, "time": 0.05, "informal": 0.10,
                "bias": 0.05, "proactivity": 0.05, "support": 0.20, "labour": 0.20, "legal": 0.05}


def t_pci_subindices():
    df = db.run("pci_subindices")
    assert len(df) == 55  # 5 years x (composite + 10)
    row = df[(df.year == 2020) & (df.subindex == "transparency")].iloc[0]
    assert (row.score, row["rank"], row.weight) == (pytest.approx(6.50), 4, pytest.approx(0.20))
    for year, g in df[df.subindex != "composite"].groupby("year"):
        assert dict(zip(g.subindex, g.weight)) == pytest.approx(VCCI_WEIGHTS), year
    assert df[df.subindex == "composite"].weight.isna().all()
    # the weights give the printed 2020 composite from the printed sub-indices (61,995 by hand; printed 61,98)
    y2020 = df[(df.year == 2020) & (df.subindex != "composite")]
    assert 10 * (y2020.weight * y2020.score).sum() == pytest.approx(61.995)


def t_pci_reference_points():
    df = db.run("pci_reference_points", year=2016, method_id="pci_2006")
    assert len(df) == 62 and df.province.is_unique  # the other 62 provinces: Lai Châu is never a competitor
    assert "Lai Châu" not in set(df.province) and (df.out_of == 63).all()
    assert list(df.score) == sorted(df.score, reverse=True)


def t_pci_own_result():
    own = db.run("pci_own_result", year=2016).iloc[0]
    assert (own.score, own["rank"], own.out_of, own.basis) == (pytest.approx(53.46), 62, 63, "decision")
    own = db.run("pci_own_result", year=2021).iloc[0]
    assert pd.isna(own.score) and own["rank"] == 56  # the 2021 score was not published: null, not 0
    own = db.run("pci_own_result", year=2024).iloc[0]
    assert (own.score, own["rank"], own.basis) == (pytest.approx(67.67), 33, "stated_provincial")


def t_source_conflicts():
    df = db.run("source_conflicts")
    assert len(df) == 5 and df.source.str.len().gt(0).all()


def t_pci_reference_years():
    df = db.run("pci_reference_years", method_id="pci_2006")
    by_year = df.set_index("year")
    assert by_year.loc[2016, "points"] == 62 and bool(by_year.loc[2016, "complete"])
    assert not bool(by_year.loc[2020, "complete"])  # only 4 other provinces are known for 2020
    assert sorted(by_year[by_year.complete].index) == [2013, 2014, 2015, 2016]
    assert 2022 not in set(df.year)  # revised method: another scale, never mixed


def t_par_index():
    df = db.run("par_index")
    total = df[(df.year == 2016) & (df.area == "total")].iloc[0]
    assert total.score == pytest.approx(67.41) and total["rank"] == 53
    org = df[(df.year == 2016) & (df.area == "organisation")].iloc[0]
    assert org.rank_text.startswith("Nằm trong tốp 38") and org.rank_flag == "text"


def t_targets():
    df = db.run("targets")
    assert len(df) == 14
    pci = df[df.target_id == "pci_rank"].iloc[0]
    assert (pci.low_2025, pci.high_2025, pci.goal_2025) == (45, 55, 55)
    assert set(df[df.item == "II.8"].part) == {"tỉnh", "huyện", "xã"}


def t_target_actuals():
    df = db.run("target_actuals")
    pci = df[df.indicator_id == "pci_rank"].set_index("year")
    assert pci.loc[2020, "value"] == 57 and pci.loc[2021, "appendix"] == "external"


def t_index_results():
    df = db.run("index_results", ids=["pci_rank", "pci_score"])
    assert list(df.indicator_id.unique()) == ["pci_rank", "pci_score"]
    rank = df[df.indicator_id == "pci_rank"].set_index("year")
    # PL03: 2020 rank 57 of 63 (the decision); 2024 rank 33 of 63 (Kế hoạch 3710/KH-UBND); 2023 derived
    assert (rank.loc[2020, "value"], rank.loc[2020, "out_of"], rank.loc[2020, "basis"]) == (57, 63, "decision")
    assert (rank.loc[2024, "value"], rank.loc[2024, "out_of"], rank.loc[2024, "basis"]) == (33, 63, "stated_provincial")
    assert rank.loc[2023, "basis"] == "derived"
    score = df[df.indicator_id == "pci_score"]
    assert 2021 not in set(score.year)  # no PCI 2021 score was found: absent, never zero


def t_indicator_series():
    df = db.run("indicator_series", ids=["pl07_5c_ontime_commune", "pl07_1_procedures"])
    assert list(df.indicator_id.unique()) == ["pl07_5c_ontime_commune", "pl07_1_procedures"]
    assert df[df.indicator_id == "pl07_5c_ontime_commune"].value.tolist() == \
        pytest.approx([99.89, 99.97, 99.98, 99.97, 100.0])


def t_appendix_series():
    df = db.run("appendix_series", appendix="PL09")
    assert set(df.year) == {2016, 2017, 2018, 2019, 2020}
    assert df[(df.indicator_id == "pl09_6_cs_trained") & (df.year == 2020)].value.iloc[0] == 5527
    hostile = db.run("appendix_series", appendix="PL09' OR '1'='1")
    assert hostile.empty  # a parameter is a value, never SQL


def t_projects():
    df = db.run("projects")
    assert df.set_index("indicator_id").loc["pl02_total", "amount"] == 112070
    assert df.note_vi.notna().sum() >= 7


def t_footnotes():
    df = db.run("footnotes")
    assert df.footnote.tolist() == list(range(1, 24))


def t_text_figures():
    df = db.run("text_figures")
    row = df[df.indicator_id == "t_legal_docs_2016_2020"].iloc[0]
    assert row.value == 1423 and row.section == "Phần 2, mục I.2.1"


def t_indicators_catalog():
    df = db.run("indicators_catalog")
    assert df.indicator_id.is_unique
    # 2013-2015 (VCCI's table) + 2016-2020 (PL03) + 2022, 2023 (derived) and 2024 published
    assert df.set_index("indicator_id").loc["pci_score", "values"] == 11
    assert df.set_index("indicator_id").loc["papi_rank", "appendix"] == "external"


def t_observations_all():
    df = db.run("observations_all")
    assert set(df.appendix) >= {f"PL{i:02d}" for i in range(1, 12)} | {"text", "external"}


def t_headline_figures():
    df = db.run("headline_figures").set_index("index_id")
    assert (df.loc["pci", "year"], df.loc["pci", "score"], df.loc["pci", "rank"]) == (2020, pytest.approx(61.98), 57)
    assert (df.loc["par", "year"], df.loc["par", "rank"]) == (2019, 51)


TESTS = {name.removeprefix("t_"): fn for name, fn in globals().items() if name.startswith("t_")}


def test_every_query_has_a_test():
    """Each queries/<name>.sql is run by a test: here, or by the test of the page that owns it."""
    from pathlib import Path

    corpus = "\n".join(p.read_text(encoding="utf-8") for p in Path(__file__).parent.glob("test_*.py"))
    untested = {n for n in db.query_names() if n not in TESTS and f'db.run("{n}"' not in corpus}
    assert not untested, f"queries without a test: {sorted(untested)}"


@pytest.mark.parametrize("name", sorted(TESTS))
def test_query(name):
    TESTS[name]()


def test_unknown_query_name_is_refused():
    with pytest.raises(KeyError):
        db.run("../../etc/passwd")


def test_every_query_runs_with_its_example_parameters():
    """A query with $parameters documents an example on a `-- example: {json}` line (the benchmark uses it)."""
    for name in sorted(db.query_names()):
        params = db.example_params(name)
        if "$" in db.sql_text(name):
            assert params, f"{name}.sql has parameters but no `-- example:` line"
        assert len(db.run(name, **params)) > 0, name
