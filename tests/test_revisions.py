"""Data revisions (issue 9): every validation rule, oversized and foreign files, imports at the same moment,
an import killed half-way, the decision's figures kept beside a revision's, the data version, and the
issue's Done-when through the commands. Bad input gets a clear message and changes nothing.

The store tests run on both backends (DuckDB file; PostgreSQL, marked ``postgres``, from conftest.py).
"""
from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import openpyxl
import pytest

from reform.data import db
from reform.imports import engine as rev
from reform.data.parse import CellError, parse_entered_number
from reform.imports import engine as model_rev
from reform.model import verdicts
from reform.paths import ROOT
from reform.store import backends
from reform.store import revisions as rev_store
from reform.views import revision_template

from state_util import BACKENDS, ONLY_DUCKDB, fresh_state
HEADER = "indicator_id,year,value,value_text,out_of,source\n"
DONE = HEADER + ("pci_rank,2025,12,hạng 12/34,34,VCCI: PCI 2025\n"
                 "par_total_rank,2025,33,hạng 33/34,34,Bộ Nội vụ: PAR INDEX 2025\n")


@pytest.fixture(autouse=True, params=BACKENDS)
def backend(request, tmp_path, monkeypatch):
    """A fresh store per test (DuckDB file in a temporary folder, or a fresh PostgreSQL database), and the
    data connection and cache forgotten so the revisions of another test never show."""
    monkeypatch.setattr(rev_store, "_before_commit", None)
    with fresh_state(request, monkeypatch, tmp_path / "state", request.param):
        yield request.param


@pytest.fixture
def state_dir(tmp_path):
    return tmp_path / "state"


def _csv(text: str, name: str = "f.csv") -> rev.Parsed:
    return rev.read_file(name, text.encode("utf-8"))


def _codes(parsed: rev.Parsed) -> list[tuple[int, str | None, str]]:
    return [(p.row, p.column, p.code) for p in parsed.problems]


def _env(state_dir: Path) -> dict:
    return {**os.environ, "REFORM_STATE_DIR": str(state_dir)}


# --- numbers --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("85,97", 85.97), ("1.543", 1543.0), ("85.97", 85.97), ("1.316.627", 1316627.0), ("1,543.25", 1543.25),
    ("0.125", 0.125), ("12.3456", 12.3456), ("-3", -3.0), ("85,97%", 85.97), (" 12 ", 12.0), (12, 12.0),
    (61.98, 61.98), ("1,543", 1.543),  # ambiguous: the project's (Vietnamese) reading
])
@ONLY_DUCKDB
def test_entered_numbers_vietnamese_and_english(text, value):
    assert parse_entered_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1..2", "1,2,3", "--1", "12a", True, float("nan")])
@ONLY_DUCKDB
def test_entered_numbers_refused(text):
    with pytest.raises(CellError):
        parse_entered_number(text)


# --- every validation rule, one row each ----------------------------------------------------------------

RULES = [
    ("unknown_indicator", "no_such_id,2025,12,,,src", ("indicator_id", "unknown_indicator")),
    ("indicator required", ",2025,12,,,src", ("indicator_id", "required")),
    ("year before 2016", "pci_score,2015,60,,,src", ("year", "bad_year")),
    ("year after 2035", "pci_score,2036,60,,,src", ("year", "bad_year")),
    ("year not whole", "pci_score,2025.5,60,,,src", ("year", "bad_year")),
    ("year text", "pci_score,năm nay,60,,,src", ("year", "bad_year")),
    ("year required", "pci_score,,60,,,src", ("year", "required")),
    ("value required", "pci_score,2025,,,,src", ("value", "required")),
    ("value not a number", "pci_score,2025,sáu mươi,,,src", ("value", "bad_number")),
    ("percent above 100", "sipas_score,2025,100.5,,,src", ("value", "out_of_range")),
    ("percent below 0", "result_online_l34,2025,-1,,,src", ("value", "out_of_range")),
    ("PCI above 100", "pci_score,2025,100.01,,,src", ("value", "out_of_range")),
    ("PCI sub-index above 10", "pci_land_score,2025,10.5,,,src", ("value", "out_of_range")),
    ("PAR INDEX above 100", "par_total_score,2025,101,,,src", ("value", "out_of_range")),
    ("PAPI above 80", "papi_score,2025,81,,,src", ("value", "out_of_range")),
    ("count negative", "pl07_1_procedures,2025,-5,,,src", ("value", "out_of_range")),
    ("rank 0", "pci_rank,2025,0,,34,src", ("value", "out_of_range")),
    ("rank above out_of", "pci_rank,2025,35,,34,src", ("value", "rank_above_out_of")),
    ("rank not whole", "pci_rank,2025,12.5,,34,src", ("value", "rank_not_whole")),
    ("rank without out_of", "pci_rank,2025,12,,,src", ("out_of", "out_of_required")),
    ("out_of above 63", "pci_rank,2025,12,,64,src", ("out_of", "bad_out_of")),
    ("out_of not a number", "pci_rank,2025,12,,ba mươi tư,src", ("out_of", "bad_out_of")),
    ("out_of on a score", "pci_score,2025,60,,34,src", ("out_of", "out_of_not_rank")),
    ("source required", "pci_score,2025,60,,,", ("source", "required")),
    ("source like a formula", "pci_score,2025,60,,,=HYPERLINK(1)", ("source", "formula_text")),
    ("source too long", "pci_score,2025,60,,," + "x" * 501, ("source", "too_long")),
]


@pytest.mark.parametrize("rule, line, expected", RULES, ids=[r[0] for r in RULES])
@ONLY_DUCKDB
def test_each_rule_gives_its_error_on_its_row_and_column(rule, line, expected):
    parsed = _csv(HEADER + "pci_score,2024,61,,,VCCI\n" + line + "\n")
    assert _codes(parsed) == [(3, *expected)]
    msg = parsed.problems[0].message("vi")
    assert msg and "Traceback" not in msg and parsed.problems[0].message("en")
    assert not parsed.ok and [r["row"] for r in parsed.rows] == [2]  # the good row is kept, the bad one not


@ONLY_DUCKDB
def test_duplicates_within_the_file_name_the_first_row():
    parsed = _csv(HEADER + "pci_score,2025,60,,,a\npci_rank,2025,12,,34,b\npci_score,2025,61,,,c\n")
    assert _codes(parsed) == [(4, "indicator_id", "duplicate")]
    assert parsed.problems[0].params["first"] == 2
    assert "dòng 2" in parsed.problems[0].message("vi")


@ONLY_DUCKDB
def test_good_values_in_both_formats_and_messages_are_vietnamese():
    parsed = _csv(HEADER + 'pci_score,2025,"61,98",,,VCCI\npl07_1_procedures,2025,1.543,,,Sở\n'
                  "sipas_score,2025,85.97,,,Bộ Nội vụ\nresult_online_l34,2025,100,,,Sở TTTT\n")
    assert parsed.problems == []
    assert [r["value"] for r in parsed.rows] == [61.98, 1543.0, 85.97, 100.0]
    bad = _csv(HEADER + "pci_rank,2025,35,,34,VCCI\n")
    assert bad.problems[0].message("vi") == "Thứ hạng 35 lớn hơn số tỉnh được xếp hạng (34)."


@ONLY_DUCKDB
def test_every_target_part_is_addressable_by_an_indicator_id():
    allowed = set(rev.allowed_indicators()["indicator_id"])
    targets = db.run("targets")
    assert targets["indicator_id"].notna().all()
    assert set(targets["indicator_id"]) <= allowed
    assert {"pci_rank", "par_total_rank", "pl07_2_simplified", "result_online_l34", "sipas_score"} <= allowed
    assert not allowed & {"pl01_i", "pci_target", "t_pci_rank_2020"}  # headings, printed targets, text figures


# --- files that are not what they say ----------------------------------------------------------------

@ONLY_DUCKDB
def test_ten_thousand_rows_are_refused_by_the_row_limit(state_dir):
    body = "".join(f"pl07_1_procedures,{2016 + i % 20},{i},,,src {i}\n" for i in range(10_000))
    parsed = _csv(HEADER + body)
    assert _codes(parsed) == [(0, None, "too_many_rows")]
    assert "10000" in parsed.problems[0].message("vi") and "5000" in parsed.problems[0].message("vi")
    with pytest.raises(rev.RevisionError) as e:
        rev.apply(parsed, by="A")
    assert e.value.code == "has_errors" and rev.history() == []


@ONLY_DUCKDB
def test_a_20_mb_file_is_refused_unread(tmp_path, state_dir):
    big = tmp_path / "big.csv"
    with open(big, "wb") as f:
        f.write(HEADER.encode())
        f.write(b"pl07_1_procedures,2025,1,,,s\n" * (20 * 1024 * 1024 // 29))
    assert big.stat().st_size > 19 * 1024 * 1024
    parsed = rev.read_path(big)
    assert _codes(parsed) == [(0, None, "too_large")]
    assert "20.0 MB" in parsed.problems[0].message("vi") and "2.0 MB" in parsed.problems[0].message("vi")
    code, summary = model_rev.import_file(big, by="A")
    assert code == 1 and summary["errors"][0]["code"] == "too_large" and rev.history() == []


@ONLY_DUCKDB
@pytest.mark.parametrize("data", [b"PK\x03\x04" + b"\x00" * 200, bytes(range(256)) * 10, b"\xd0\xcf\x11\xe0\xa1\xb1"])
def test_a_binary_file_named_csv_says_so(data):
    parsed = rev.read_file("so_lieu.csv", data)
    assert _codes(parsed) == [(0, None, "binary_csv")]
    assert "so_lieu.csv" in parsed.problems[0].message("vi") and "không phải văn bản CSV" in parsed.problems[0].message("vi")


@ONLY_DUCKDB
def test_not_utf8_macros_and_other_extensions_are_refused():
    latin1 = HEADER.encode() + b"pci_score,2025,60,,,S\xe9 N\xf4i v\xfb\n"  # not UTF-8
    assert _codes(rev.read_file("a.csv", latin1))[0][2] == "not_utf8"
    assert _codes(rev.read_file("a.xlsm", b"PK\x03\x04"))[0][2] == "macro_file"
    assert _codes(rev.read_file("a.txt", b"x"))[0][2] == "bad_extension"
    assert _codes(rev.read_file("a.xlsx", b"not a zip"))[0][2] == "bad_xlsx"
    assert _codes(rev.read_file("a.csv", b""))[0][2] == "empty_file"
    assert _codes(rev.read_file("a.csv", HEADER.encode()))[0][2] == "empty_file"
    assert _codes(rev.read_file("a.csv", b"indicator_id,year\npci_score,2025\n"))[0][2] == "missing_columns"


def _xlsx(build) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(rev.COLUMNS))
    build(wb, ws)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@ONLY_DUCKDB
def test_xlsx_with_merged_cells_and_formulas(state_dir):
    def build(wb, ws):
        ws.append(["pci_score", 2025, 61.5, "61,5", None, "VCCI"])        # row 2: good
        ws.append(["pci_land_score", 2025, "=B2/300", None, None, "VCCI"])  # row 3: a formula, no cached value
        ws.append(["pci_time_score", 2025, 6.1, None, None, "VCCI"])       # row 4, 5: a source merged over both
        ws.append(["pci_bias_score", 2025, 5.2, None, None, None])
        ws.merge_cells("F4:F5")
        ws["F4"] = "VCCI (gộp ô)"

    parsed = rev.read_file("merged.xlsx", _xlsx(build))
    assert _codes(parsed) == [(3, "value", "required"), (5, "source", "required")]
    assert [r["row"] for r in parsed.rows] == [2, 4]
    with pytest.raises(rev.RevisionError):
        rev.apply(parsed, by="A")
    assert rev.history() == [] and not state_dir.exists()


@ONLY_DUCKDB
def test_xlsx_with_a_vba_project_is_refused():
    buf = io.BytesIO(_xlsx(lambda wb, ws: ws.append(["pci_score", 2025, 60, None, None, "x"])))
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/vbaProject.bin", b"\x00macro")
    assert _codes(rev.read_file("renamed.xlsx", out.getvalue()))[0][2] == "macro_file"


@ONLY_DUCKDB
def test_the_template_lists_the_allowed_indicators_and_imports_when_filled(tmp_path):
    wb = openpyxl.load_workbook(io.BytesIO(revision_template.xlsx_bytes("vi")))
    data, allowed = wb.worksheets
    assert [c.value for c in data[1]] == list(rev.COLUMNS)
    ids = [r[0] for r in allowed.iter_rows(min_row=3, values_only=True)]
    assert set(db.run("targets")["indicator_id"]) <= set(ids)
    row = {r[0]: r for r in allowed.iter_rows(min_row=3, values_only=True)}
    assert row["pci_land_score"][4:6] == (0, 10) and row["pci_rank"][5] == "out_of"
    assert row["result_online_l34"][3] == "%" and row["result_online_l34"][4:6] == (0, 100)
    data.append(["pci_score", 2025, "62,1", "62,1", None, "VCCI 2025"])
    data.append(["pci_rank", 2025, 12, "12/34", 34, "VCCI 2025"])
    buf = io.BytesIO()
    wb.save(buf)
    parsed = rev.read_file("mau.xlsx", buf.getvalue())
    assert parsed.ok and [r["value"] for r in parsed.rows] == [62.1, 12.0]
    head = revision_template.csv_bytes().decode("utf-8-sig")
    assert head.strip() == ",".join(rev.COLUMNS)
    side = revision_template.allowed_csv_bytes().decode("utf-8-sig").splitlines()
    assert side[0].startswith("indicator_id,") and len(side) == len(ids) + 1


# --- applying, beside the decision's figures, rolling back ------------------------------------------------

def test_apply_keeps_the_decisions_figure_beside_and_rollback_restores():
    before_version = db.data_version()
    before = verdicts.verdict("pci_rank")
    # PCI 2024 is published as 33/63 (results_after_2020.csv): a revision says 30/63
    parsed = _csv(HEADER + "pci_rank,2024,30,hạng 30/63,63,Báo cáo của tỉnh\npci_score,2025,\"64,5\",,,VCCI 2025\n")
    p = model_rev.preview(parsed)
    assert [c["indicator_id"] for c in p["changed"]] == ["pci_rank"]
    ch = p["changed"][0]
    assert (ch["old_value"], ch["old_out_of"], ch["value"], ch["out_of"]) == (33.0, 63, 30.0, 63)
    assert ch["old_source"].startswith("vccinews") or "http" in ch["old_source"]
    assert ch["source"] == "Báo cáo của tỉnh" and [n["indicator_id"] for n in p["new"]] == ["pci_score"]
    assert [v["target_id"] for v in p["verdicts_changed"]] == ["pci_rank"]
    assert p["verdicts_changed"][0]["after"]["latest_value"] == 30.0
    assert verdicts.verdict("pci_rank") == before  # a preview applies nothing

    done = rev.apply(parsed, by="Nguyễn Văn A", note="thử", expect_stamp=p["stamp"])
    assert (done["id"], done["added"], done["changed"], done["status"]) == (1, 1, 1, "applied")
    assert db.data_version() != before_version and db.data_version().endswith("+r1")
    obs = db.run("observations_all")
    both = obs[(obs.indicator_id == "pci_rank") & (obs.year == 2024)]
    assert sorted(both["value"]) == [30.0, 33.0]  # both kept
    mine = both[both.revision_id.notna()].iloc[0]
    assert (mine.basis, mine.appendix, mine.entered_by, mine.source) == ("stated", "revision", "Nguyễn Văn A",
                                                                          "Báo cáo của tỉnh")
    assert mine.entered_at is not None and "Nguyễn Văn A" in mine.basis_text
    assert verdicts.verdict("pci_rank")["latest_value"] == 30.0  # the verdicts follow at once

    from reform.data import audit

    checks = {c.check_id: c for c in audit.run_audit()}
    c = checks["revision.1.pci_rank.2024"]
    assert (c.expected, c.found, c.difference, c.status) == (33.0, 30.0, -3.0, "mismatch")
    assert "revision.1.pci_score.2025" not in checks  # nothing of the build's to compare with

    back = rev.rollback(1, by="Trần B")
    assert (back["status"], back["rolled_back_by"]) == ("rolled_back", "Trần B") and back["rolled_back_at"]
    assert db.data_version().endswith("+r2")
    assert verdicts.verdict("pci_rank") == before
    assert db.run("observations_all")["revision_id"].isna().all()
    assert [h["status"] for h in rev.history()] == ["rolled_back"]
    with pytest.raises(rev.RevisionError) as e:
        rev.rollback(1, by="Trần B")
    assert e.value.code == "already_rolled_back" and "1" in e.value.message("vi")
    with pytest.raises(rev.RevisionError) as e:
        rev.rollback(99, by="Trần B")
    assert e.value.code == "not_found"


def test_a_later_revision_supersedes_an_earlier_one_and_nothing_new_is_refused():
    rev.apply(_csv(HEADER + "pci_score,2025,60,,,a\n"), by="A")
    again = _csv(HEADER + "pci_score,2025,60,,,a\n")
    assert len(model_rev.preview(again)["unchanged"]) == 1
    with pytest.raises(rev.RevisionError) as e:
        rev.apply(again, by="A")
    assert e.value.code == "nothing_new" and len(rev.history()) == 1
    p = model_rev.preview(_csv(HEADER + "pci_score,2025,61,,,b\n"))
    assert p["changed"][0]["old_revision_id"] == 1 and p["changed"][0]["old_source"] == "a"
    rev.apply(_csv(HEADER + "pci_score,2025,61,,,b\n"), by="B")
    obs = db.run("observations_all")
    assert obs[(obs.indicator_id == "pci_score") & (obs.year == 2025)]["value"].tolist() == [61.0]
    rev.rollback(2, by="B")
    obs = db.run("observations_all")
    assert obs[(obs.indicator_id == "pci_score") & (obs.year == 2025)]["value"].tolist() == [60.0]


def test_a_stale_preview_is_not_applied():
    p = model_rev.preview(_csv(HEADER + "pci_score,2025,60,,,a\n"))
    rev.apply(_csv(HEADER + "papi_score,2025,44,,,b\n"), by="B")
    with pytest.raises(rev.RevisionError) as e:
        rev.apply(_csv(HEADER + "pci_score,2025,60,,,a\n"), by="A", expect_stamp=p["stamp"])
    assert e.value.code == "stale" and len(rev.history()) == 1


def test_who_must_be_named():
    with pytest.raises(rev.RevisionError) as e:
        rev.apply(_csv(HEADER + "pci_score,2025,60,,,a\n"), by="  ")
    assert e.value.code == "empty_name" and rev.history() == []


def test_two_imports_at_the_same_moment_are_serialised_and_both_recorded():
    files = [_csv(HEADER + f"pci_score,{2021 + i},6{i},,,luồng {i}\n") for i in range(6)]  # up to this year
    errors, barrier = [], threading.Barrier(6)

    def worker(i):
        try:
            barrier.wait()
            rev.apply(files[i], by=f"người {i}")
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    hist = rev.history()
    assert sorted(h["id"] for h in hist) == [1, 2, 3, 4, 5, 6]
    assert sorted(h["entered_by"] for h in hist) == [f"người {i}" for i in range(6)]
    assert rev_store.stamp() == 6


def test_two_import_commands_at_the_same_moment_both_recorded(tmp_path, state_dir):
    env = {**os.environ}
    files = []
    for i in range(2):
        f = tmp_path / f"f{i}.csv"
        f.write_text(HEADER + f"pl07_1_procedures,{2025 + i},{100 + i},,,nguồn {i}\n", encoding="utf-8")
        files.append(f)
    procs = [subprocess.Popen([sys.executable, "-m", "reform", "import", str(f), "--by", f"P{i}"], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, text=True) for i, f in enumerate(files)]
    outs = [p.communicate(timeout=120)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0]
    assert sorted(json.loads(o)["revision_id"] for o in outs) == [1, 2]
    assert sorted(h["entered_by"] for h in rev.history()) == ["P0", "P1"]


def test_an_import_killed_half_way_leaves_nothing(tmp_path):
    rev.apply(_csv(HEADER + "pci_score,2025,60,,,giữ\n"), by="A")
    flag = tmp_path / "in-transaction"
    data = tmp_path / "f.csv"
    data.write_text(HEADER + "".join(f"pl07_1_procedures,{2016 + i},{i},,,s\n" for i in range(10)), encoding="utf-8")
    code = textwrap.dedent(f"""
        import pathlib, time
        from reform.imports import engine as rev
        from reform.store import revisions as rev_store
        def pause():
            pathlib.Path({str(flag)!r}).write_text("now")
            time.sleep(60)
        rev_store._before_commit = pause
        rev.apply(rev.read_path({str(data)!r}), by="bị ngắt")
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env={**os.environ})
    deadline = time.time() + 90
    while not flag.exists() and time.time() < deadline:
        time.sleep(0.05)
    assert flag.exists(), "the import never reached its commit"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    backends.reset()
    assert [h["entered_by"] for h in rev.history()] == ["A"]
    assert rev_store.stamp() == 1
    db.refresh_revisions()
    obs = db.run("observations_all")
    assert obs[obs.revision_id.notna()]["indicator_id"].tolist() == ["pci_score"]
    rev.apply(rev.read_path(data), by="sau sự cố")  # the store still takes imports
    assert rev_store.stamp() == 2


@ONLY_DUCKDB
def test_another_process_import_reaches_this_process_within_a_second(tmp_path):
    start = db.data_version()
    f = tmp_path / "f.csv"
    f.write_text(HEADER + "pci_score,2025,60,,,a\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "reform", "import", str(f), "--by", "X"], cwd=ROOT, env={**os.environ},
                   check=True, capture_output=True, timeout=120)
    time.sleep(db.REVISION_CHECK_S + 0.2)
    assert db.data_version() == start + "+r1"
    assert verdicts.verdicts() is not None


# --- the issue's Done-when, through the commands -------------------------------------------------------

def _cli(*args, env=None) -> tuple[int, str]:
    r = subprocess.run([sys.executable, "-m", "reform", *args], cwd=ROOT, env=env or {**os.environ},
                       capture_output=True, text=True, timeout=180)
    assert "Traceback" not in r.stderr, r.stderr
    return r.returncode, r.stdout


def _pair(out: str) -> dict:
    return {v["target_id"]: (v["verdict_2025"], v["verdict_2025_year"], v["provisional"], v["latest_value"],
                             v["latest_out_of"])
            for v in json.loads(out) if v["target_id"] in ("pci_rank", "par_index_rank")}


def test_done_when_five_bad_rows_then_2025_ranks_then_rollback(tmp_path, state_dir, backend):
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "pci_rank,2025,12,,,VCCI\n"          # no out_of
                   "par_total_rank,2025,40,,34,Bộ Nội vụ\n"        # rank above out_of
                   "khong_co,2025,1,,,x\n"                         # unknown indicator
                   "pci_score,2040,60,,,VCCI\n"                    # year
                   "sipas_score,2025,\"85,97\",,,\n", encoding="utf-8")  # no source
    code, out = _cli("import", str(bad), "--by", "A")
    summary = json.loads(out)
    assert code == 1 and summary["applied"] is False and summary["revision_id"] is None
    assert [(e["row"], e["column"]) for e in summary["errors"]] == [
        (2, "out_of"), (3, "value"), (4, "indicator_id"), (5, "year"), (6, "source")]
    assert all(e["message"] for e in summary["errors"])
    if backend == "duckdb":
        assert not state_dir.exists()  # changes nothing: not even a store made
    code, out = _cli("revisions")
    assert (code, json.loads(out)) == (0, [])

    code, before = _cli("verdicts")
    assert _pair(before) == {"par_index_rank": ("not_met", 2024, True, 56.0, 63),
                             "pci_rank": ("met", 2024, True, 33.0, 63)}
    good = tmp_path / "ket_qua_2025.csv"
    good.write_text(DONE, encoding="utf-8")
    code, out = _cli("import", str(good), "--by", "Nguyễn Văn A", "--dry-run")
    assert code == 0 and json.loads(out)["added"] == 2 and json.loads(out)["revision_id"] is None
    assert _cli("verdicts")[1] == before  # a dry run applies nothing
    code, out = _cli("import", str(good), "--by", "Nguyễn Văn A", "--note", "PCI, PAR INDEX 2025")
    assert code == 0 and json.loads(out)["revision_id"] == 1 and json.loads(out)["added"] == 2
    code, after = _cli("verdicts")
    # 12/34 is inside the band 45-55 of 63 (at or better than its worst rank 55 by position): met;
    # 33/34 is below the band 45-50 of 63 (worst 50/63 is 27/34 by position): not met; both judged on 2025
    assert _pair(after) == {"par_index_rank": ("not_met", 2025, False, 33.0, 34),
                            "pci_rank": ("met", 2025, False, 12.0, 34)}
    code, out = _cli("revisions")
    listed = json.loads(out)
    assert [r["id"] for r in listed] == [1] and listed[0]["entered_by"] == "Nguyễn Văn A"
    assert listed[0]["note"] == "PCI, PAR INDEX 2025" and len(listed[0]["sha256"]) == 64
    code, out = _cli("rollback", "1", "--by", "Trần B")
    assert code == 0 and json.loads(out)["status"] == "rolled_back"
    assert _cli("verdicts")[1] == before
    code, out = _cli("rollback", "1", "--by", "Trần B")
    assert code == 1 and json.loads(out)["error"] == "already_rolled_back"


@ONLY_DUCKDB
def test_template_command_writes_both_formats(tmp_path):
    code, _ = _cli("template", "--format", "xlsx", "--out", str(tmp_path / "mau.xlsx"))
    assert code == 0 and openpyxl.load_workbook(tmp_path / "mau.xlsx").sheetnames == ["Số liệu", "Chỉ tiêu được nhập"]
    code, out = _cli("template", "--format", "csv", "--out", str(tmp_path / "mau.csv"))
    assert code == 0 and (tmp_path / "mau.indicators.csv").exists()
    assert (tmp_path / "mau.csv").read_text(encoding="utf-8-sig").strip() == ",".join(rev.COLUMNS)


@ONLY_DUCKDB
def test_of_two_figures_for_the_judged_year_the_revision_is_the_one_judged():
    """PCI 2024 is published as 33/63 (met: within 45-55 or better); a revision says 60/63 (not met). The data
    hands the verdicts one 2024 figure, the revision's; two figures for one year are never both judged."""
    rev.apply(_csv(HEADER + "pci_rank,2024,60,,63,Báo cáo của tỉnh\n"), by="A")
    actuals = db.run("target_actuals")
    assert actuals[(actuals.indicator_id == "pci_rank") & (actuals.year == 2024)]["value"].tolist() == [60.0]
    v = verdicts.verdict("pci_rank")
    assert (v["verdict_2025"], v["verdict_2025_year"], v["verdict_2025_value"]) == ("not_met", 2024, 60.0)
    target = db.run("targets").set_index("target_id").loc["pci_rank"].to_dict() | {"target_id": "pci_rank"}
    with pytest.raises(ValueError):
        verdicts.judge(target, [{"year": 2024, "value": 33.0, "out_of": 63}, {"year": 2024, "value": 60.0, "out_of": 63}])


@ONLY_DUCKDB
def test_an_upload_over_2_mb_is_refused_before_reading():
    data = (HEADER + "pl07_1_procedures,2025,1,,,s\n" * 80_000).encode()
    assert len(data) > rev.MAX_BYTES
    parsed = rev.read_file("lon.csv", data)
    assert _codes(parsed) == [(0, None, "too_large")] and parsed.rows == []
    assert rev.read_file("vua.csv", (HEADER + "pl07_1_procedures,2025,1,,,s\n").encode()).ok


@ONLY_DUCKDB
def test_an_xlsx_over_the_row_limit_is_refused_and_blank_rows_do_not_count():
    def many(wb, ws):
        for i in range(rev.MAX_ROWS + 1):
            ws.append(["pl07_1_procedures", 2016 + i % 20, i, None, None, "s"])

    assert _codes(rev.read_file("nhieu.xlsx", _xlsx(many))) == [(0, None, "too_many_rows")]

    def gaps(wb, ws):
        ws.append(["pci_score", 2025, 60, None, None, "VCCI"])
        ws.cell(row=400, column=1, value="pci_land_score")
        for col, v in zip("BCF", (2025, 6.1, "VCCI")):
            ws[f"{col}400"] = v

    parsed = rev.read_file("cach.xlsx", _xlsx(gaps))
    assert parsed.ok and [r["row"] for r in parsed.rows] == [2, 400]
