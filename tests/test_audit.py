"""The consistency audit, through its command line."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from reform.paths import ROOT


def _cli(*args: str) -> str:
    out = subprocess.run([sys.executable, "-m", "reform", *args], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    return out.stdout


@pytest.fixture(scope="module")
def audit_rows() -> dict[str, dict]:
    rows = list(csv.DictReader(io.StringIO(_cli("audit", "--lang", "en"))))
    assert rows and list(rows[0]) == ["check_id", "description", "expected", "found", "difference", "status"]
    return {r["check_id"]: r for r in rows}


def test_pci_composites_all_pass(audit_rows):
    composite = {k: v for k, v in audit_rows.items() if k.startswith("PL03.composite.")}
    assert len(composite) == 5
    assert {v["status"] for v in composite.values()} == {"ok"}
    assert float(audit_rows["PL03.composite.2020"]["expected"]) == pytest.approx(61.995)


def test_par_2016_total_is_reported_not_fixed(audit_rows):
    row = audit_rows["PL04.total.2016"]
    assert (float(row["expected"]), float(row["found"]), row["status"]) == (pytest.approx(64.16), 67.41, "mismatch")


def test_known_disagreements(audit_rows):
    mismatches = {k for k, v in audit_rows.items() if v["status"] == "mismatch"}
    assert mismatches == {
        "PL04.total.2016",                 # PAR INDEX 2016 total 67.41 vs areas 64.16
        "PL11.10.share.2020",              # 83/998 is 8.32%, printed 0.31%
        "text.t_legal_docs_commune",       # Part 2 says 823 commune documents, PL06 sums to 825
        "text.t_fn6_l3_share",             # footnote 6: 445/1856 is 23.98%, printed 23.7%
        "text.t_fn6_l4_share",             # 584/1856 is 31.47%, printed 31.1%
        "text.t_pl01_l34_services",        # PL01 says 1,030 level-3/4 services, Part 2 says 1,029
        "text.t_pl01_procedures",          # PL01 says 1,877 procedures, footnote 6 says 1,856
        "target.pci_rank.2025.0",          # PCI 2025 band: 45-55 in PL01, 50-55 in Part 3
    }


def test_sums_that_agree(audit_rows):
    for cid in ("PL02.total.2025", "PL07.1.2019", "PL06.1.2016", "PL10.total.2020",
                "text.t_trained_2016_2020", "text.t_staff_total_2020", "target.par_index_rank.2025.0",
                "PL08.I-III.province.2011-2020"):
        assert audit_rows[cid]["status"] == "ok", cid


def test_pci_rank_cli_prints_one_json_line():
    out = _cli("pci-rank", "--year", "2016", "--score", "53.46").strip().splitlines()
    assert len(out) == 1
    data = json.loads(out[0])
    assert set(data) >= {"year", "score", "rank", "low", "high", "points"}
    assert data["year"] == 2016 and data["rank"] == 62 and data["points"] > 50
