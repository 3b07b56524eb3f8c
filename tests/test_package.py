"""The whole dataset in force as one Frictionless Data Package (issue 15 item 6): ``python -m reform package
FILE.zip`` writes a package that the ``frictionless`` library validates, with what editors entered in it, and a
package with a corrupted cell fails validation."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from frictionless import Package, validate

from reform.data import package
from reform.imports import engine
from reform.paths import ROOT

from state_util import fresh_state


@pytest.fixture(autouse=True)
def state(request, tmp_path, monkeypatch):
    with fresh_state(request, monkeypatch, tmp_path / "state"):
        yield tmp_path / "state"


def _unzip(data: bytes, folder: Path) -> Path:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        z.extractall(folder)
    return folder / "datapackage.json"


def _errors(report) -> list[str]:
    return [e.type for task in report.tasks for e in task.errors]


def test_the_command_writes_a_package_that_frictionless_validates(tmp_path):
    # what editors entered is in it too: a figure of a revision (with who and when) and a plan
    engine.apply(engine.read_file("f.csv", "indicator_id,year,value,value_text,out_of,source\n"
                                           "dti_rank,2025,12,,34,Bộ KH&CN (MẪU THỬ)\n".encode()), by="Kiểm thử")
    plan = ("plan_id,plan_name,plan_date,period_from,period_to,plan_source,target_id,name_vi,name_en,indicator_id,"
            "kind,baseline_year,baseline_value,baseline_out_of,year,value,best,worst,out_of\n"
            "mau-thu,Kế hoạch MẪU THỬ (không có thật),01/01/2026,2026,2030,Tệp mẫu,"
            "dvc,Chỉ số 766 (mẫu),,service766_score,at_least,2024,84.93,,2030,95,,,\n")
    engine.apply(engine.read_file("p.csv", plan.encode()), by="Kiểm thử")
    out = tmp_path / "goi.zip"
    r = subprocess.run([sys.executable, "-m", "reform", "package", str(out)], cwd=ROOT, env={**os.environ},
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and json.loads(r.stdout)["package"] == str(out), r.stderr
    descriptor = _unzip(out.read_bytes(), tmp_path / "goi")
    report = validate(str(descriptor))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert report.stats["tasks"] == 14  # one per resource (regions: issue 18)
    pkg = Package(str(descriptor))
    obs = pkg.get_resource("observations")
    fields = {f.name: f.type for f in obs.schema.fields}
    assert (fields["value"], fields["year"], fields["out_of"], fields["unit"], fields["basis"]) == (
        "number", "integer", "integer", "string", "string")
    assert fields["entered_at"] == "datetime" and obs.schema.foreign_keys[0]["reference"]["resource"] == "indicators"
    rows = list(csv.DictReader((tmp_path / "goi/data/observations.csv").open(encoding="utf-8")))
    mine = [r for r in rows if r["revision_id"]]
    assert [(r["indicator_id"], r["value"], r["out_of"], r["unit"], r["entered_by"]) for r in mine] == [
        ("dti_rank", "12.0", "34", "rank", "Kiểm thử")]
    dti = [r for r in rows if r["indicator_id"] == "dti_score" and r["year"] == "2024"][0]
    assert (dti["basis"], dti["unit"]) == ("secondary", "index 0-1") and "vtcnews.vn" in dti["source"]
    assert "rank derived" in dti["basis_text"]  # the source's own basis words travel with the figure
    plans = list(csv.DictReader((tmp_path / "goi/data/plan_targets.csv").open(encoding="utf-8")))
    assert [(p["plan_id"], p["target_id"], p["year"], p["value"]) for p in plans] == [("mau-thu", "dvc", "2030", "95.0")]
    revs = list(csv.DictReader((tmp_path / "goi/data/revisions.csv").open(encoding="utf-8")))
    assert sorted(r["kind"] for r in revs) == ["figures", "plan"]
    methods = list(csv.DictReader((tmp_path / "goi/data/index_methods.csv").open(encoding="utf-8")))
    assert {m["weight"] for m in methods if m["method_id"] == "pci_2_0"} == {""}  # unpublished: empty, not 0


@pytest.mark.parametrize("resource, column, bad, error", [
    ("observations", "year", "hai nghìn", "type-error"),            # a year that is not a number
    ("indicators", "indicator_id", "pci_score", "primary-key"),     # an id twice
    ("observations", "indicator_id", "khong_co_chi_tieu", "foreign-key"),  # a figure of no indicator
])
def test_a_package_with_a_corrupted_cell_fails_validation(tmp_path, resource, column, bad, error):
    descriptor = _unzip(package.package_bytes(), tmp_path / "goi")
    assert validate(str(descriptor)).valid
    path = tmp_path / "goi" / "data" / f"{resource}.csv"
    rows = list(csv.reader(path.open(encoding="utf-8")))
    col = rows[0].index(column)
    rows[5][col] = bad
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)
    report = validate(str(descriptor))
    assert not report.valid and error in _errors(report)
