"""Later plans (issue 9 item 6): an editor enters a plan and its targets through the import path, the verdicts
and the targets page judge against it, rollback removes it; Decision 688 stays the default and its verdicts
do not change. The sample plan below is fictitious (made up in this test: no later plan's figures are in
the repository).

Store tests run on both backends (DuckDB file; PostgreSQL, marked ``postgres``, from conftest.py); the page
tests on DuckDB (the page path is the same code).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timezone

import openpyxl
import io
import pytest
from streamlit.testing.v1 import AppTest

from apptest_util import TIMEOUT, signed_in_editor, texts, widget
from state_util import BACKENDS, ONLY_DUCKDB, fresh_state
from reform.data import db
from reform.data import plans as plan_data
from reform.imports import plans
from reform.imports import engine as rev
from reform.model import editors, verdicts
from reform.imports import engine as model_rev
from reform.paths import ROOT
from reform.store import revisions as rev_store
from reform.views import revision_template
from reform.views import verdicts as words

PASSWORD = "mật-khẩu-biên-tập-2026"
HASH = editors.hash_password(PASSWORD)
HEADER = ",".join(plans.COLUMNS) + "\n"
#: A clearly fictitious plan: two targets, three horizons (a PCI rank band out of 34 for 2025 and 2030, and a
#: floor on a share with no result after its baseline).
SAMPLE = HEADER + (
    "mau-thu,Kế hoạch mẫu THỬ NGHIỆM (không có thật),01/01/2021,2021,2030,Tệp mẫu của kiểm thử,"
    "pci,Xếp hạng PCI (mẫu),PCI rank (sample),pci_rank,rank_band,2020,57,63,2025,,20,30,34\n"
    ",,,,,,pci,,,pci_rank,rank_band,2020,57,63,2030,,1,5,34\n"
    ",,,,,,ontime,Tỷ lệ đúng hạn cấp xã (mẫu),,pl07_5c_ontime_commune,at_least,2020,99,,2025,99.5,,,\n")
#: The issue's five mistakes, one per row after a good first row.
BAD = HEADER + (
    "mau-sai,Kế hoạch mẫu sai,01/01/2026,2026,2030,Tệp mẫu,"
    "a,Chỉ tiêu A,,khong_co_chi_so,at_least,2025,50,,2028,60,,,\n"                       # unknown indicator
    ",,,,,,b,Chỉ tiêu B,,pl07_5c_ontime_commune,at_least,2025,50,,2024,60,,,\n"        # horizon before baseline
    ",,,,,,c,Chỉ tiêu C,,pci_rank,rank_band,2025,20,34,2030,,10,15,\n"                   # band without out_of
    ",,,,,,d,Chỉ tiêu D,,pci_rank,rank_band,2025,20,34,2030,,15,10,34\n"                 # best > worst
    ",,,,,,e,Chỉ tiêu E,,pl07_5c_ontime_commune,at_least,2025,50,,2030,60,,,\n"
    ",,,,,,e,,,pl07_5c_ontime_commune,at_least,2025,50,,2030,70,,,\n")                   # duplicate target


@pytest.fixture(autouse=True, params=BACKENDS)
def backend(request, tmp_path, monkeypatch):
    with fresh_state(request, monkeypatch, tmp_path / "state", request.param):
        yield request.param


def _csv(text: str, name: str = "ke_hoach.csv") -> rev.Parsed:
    return rev.read_file(name, text.encode("utf-8"))


def _apply(text: str = SAMPLE) -> dict:
    return rev.apply(_csv(text), by="lan")


# --- reading and validating a plan file -------------------------------------------------------------------

def test_a_plan_file_is_read_as_a_plan():
    p = _csv(SAMPLE)
    assert p.kind == "plan" and p.ok and len(p.rows) == 3
    plan = plan_data.plan_from_rows(p.rows)
    assert (plan["id"], plan["date"], plan["period_from"], plan["period_to"]) == ("mau-thu", "2021-01-01", 2021, 2030)
    pci = plan["targets"][0]
    assert [h["year"] for h in pci["horizons"]] == [2025, 2030] and pci["horizons"][0]["worst"] == 30


def test_a_bad_plan_file_gets_a_message_per_row_and_column():
    p = _csv(BAD)
    got = {(e.row, e.column, e.code) for e in p.problems}
    assert got == {(2, "indicator_id", "unknown_indicator"), (3, "year", "horizon_before_baseline"),
                   (4, "out_of", "band_out_of_required"), (5, "best", "best_after_worst"),
                   (7, "target_id", "duplicate_target")}
    messages = {e.row: e.message("vi") for e in p.problems}
    assert "khong_co_chi_so" in messages[2] and "không sau năm cơ sở 2025" in messages[3]
    assert "out_of" in messages[4] and "tốt nhất 15" in messages[5] and "dòng 6" in messages[7]
    with pytest.raises(rev.RevisionError) as exc:
        rev.apply(p, by="lan")
    assert exc.value.code == "has_errors"
    assert rev.history() == [] and verdicts.plans()[1:] == []


@pytest.mark.parametrize("row, column, code", [
    ("688,Kế hoạch,01/01/2026,2026,2030,x,a,A,,pl07_5c_ontime_commune,at_least,2025,50,,2028,60,,,", "plan_id",
     "plan_builtin"),
    ("p1,Kế hoạch,32/13/2026,2026,2030,x,a,A,,pl07_5c_ontime_commune,at_least,2025,50,,2028,60,,,", "plan_date",
     "bad_date"),
    ("p1,Kế hoạch,01/01/2026,2030,2026,x,a,A,,pl07_5c_ontime_commune,at_least,2025,50,,2028,60,,,", "period_to",
     "bad_period"),
    ("p1,Kế hoạch,01/01/2026,2026,2030,x,a,A,,pl07_5c_ontime_commune,about,2025,50,,2028,60,,,", "kind", "bad_kind"),
    ("p1,Kế hoạch,01/01/2026,2026,2030,x,a,A,,pci_rank,at_least,2025,20,,2028,10,,,", "kind", "rank_needs_band"),
    ("p1,Kế hoạch,01/01/2026,2026,2030,x,a,A,,pl07_5c_ontime_commune,rank_band,2025,50,,2028,,1,5,34", "kind",
     "band_not_rank"),
    ("p1,Kế hoạch,01/01/2026,2026,2030,x,a,A,,pl07_5c_ontime_commune,at_least,2025,50,,2035,60,,,", "year",
     "horizon_outside_period"),
    ("p1,Kế hoạch,01/01/2026,2026,2030,x,a,A,,pci_rank,rank_band,2025,20,34,2028,,1,40,34", "worst",
     "rank_above_out_of"),
    ("p1,Kế hoạch,01/01/2026,2026,2030,x,a,A,,pl07_5c_ontime_commune,at_least,2025,50,,2028,160,,,", "value",
     "out_of_range"),
    ("p1,Kế hoạch,01/01/2026,2026,2030,x,a,,,pl07_5c_ontime_commune,at_least,2025,50,,2028,60,,,", "name_vi",
     "required"),
    # a rank band's "out of how many", at the baseline and at the horizon: a whole number of provinces
    ("p1,Kế hoạch,01/01/2026,2026,2030,x,a,A,,pci_rank,rank_band,2025,20,1000,2028,,1,5,34", "baseline_out_of",
     "bad_out_of"),
    ("p1,Kế hoạch,01/01/2026,2026,2030,x,a,A,,pci_rank,rank_band,2025,20,,2028,,1,5,34", "baseline_out_of",
     "band_out_of_required"),
    ("p1,Kế hoạch,01/01/2026,2026,2030,x,a,A,,pci_rank,rank_band,2025,20,34,2028,,1,5,0", "out_of", "bad_out_of"),
    ("p1,Kế hoạch,01/01/2026,2026,2030,x,a,A,,pci_rank,rank_band,2025,40,34,2028,,1,5,34", "baseline_value",
     "rank_above_out_of"),
])
def test_each_plan_rule(row, column, code):
    p = _csv(HEADER + row + "\n")
    assert (2, column, code) in {(e.row, e.column, e.code) for e in p.problems}, p.errors()
    assert all(e.message("vi") and e.message("en") for e in p.problems)


def test_a_second_plan_in_one_file_and_a_target_that_changes_are_refused():
    text = HEADER + ("p1,Kế hoạch,01/01/2026,2026,2030,x,a,A,,pl07_5c_ontime_commune,at_least,2025,50,,2028,60,,,\n"
                     "p2,,,,,,a,,,pl07_5c_ontime_commune,at_most,2025,50,,2030,60,,,\n")
    got = {(e.row, e.column, e.code) for e in _csv(text).problems}
    assert got == {(3, "plan_id", "plan_differs"), (3, "kind", "target_differs")}


def test_the_plan_template_filled_imports_as_it_is():
    wb = openpyxl.load_workbook(io.BytesIO(revision_template.xlsx_bytes("vi", plan=True)))
    sheet = wb.worksheets[0]
    assert [c.value for c in sheet[1]] == list(plans.COLUMNS)
    for line in SAMPLE.splitlines()[1:]:
        sheet.append([c or None for c in line.split(",")])
    buf = io.BytesIO()
    wb.save(buf)
    p = rev.read_file("ke_hoach.xlsx", buf.getvalue())
    assert p.kind == "plan" and p.ok, p.errors()


# --- applying, the store, rolling back --------------------------------------------------------------------

def test_a_plan_is_a_revision_and_rollback_removes_it():
    before = verdicts.verdicts()
    done = _apply()
    assert done["kind"] == "plan" and done["plan_id"] == "mau-thu" and done["targets"] == 2
    assert [p["id"] for p in verdicts.plans()] == ["688", "mau-thu"]
    [h] = rev.history()
    assert (h["kind"], h["status"]) == ("plan", "applied")
    assert rev_store.get(h["id"]).rows[0]["plan_name"].startswith("Kế hoạch mẫu")
    # a plan carries targets, not figures: Decision 688's verdicts and the observations are untouched
    assert verdicts.verdicts() == before
    assert db.run("observations_all")["revision_id"].isna().all()
    rev.rollback(done["id"], by="lan")
    assert [p["id"] for p in verdicts.plans()] == ["688"]
    with pytest.raises(verdicts.UnknownPlan):
        verdicts.plan_verdicts("mau-thu")


def test_the_same_plan_again_is_nothing_new_and_a_changed_plan_shows_old_and_new():
    _apply()
    with pytest.raises(rev.RevisionError) as exc:
        _apply()
    assert exc.value.code == "nothing_new"
    changed = SAMPLE.replace(",2025,99.5,,,", ",2025,99.8,,,")
    p = model_rev.preview(_csv(changed))
    assert p["plan_status"] == "changed" and p["can_apply"]
    [c] = p["target_changes"]
    assert (c["target_id"], c["year"], c["old"]["value"], c["new"]["value"]) == ("ontime", 2025, 99.5, 99.8)
    second = _apply(changed)
    assert verdicts.plan("mau-thu")["targets"][1]["horizons"][0]["value"] == 99.8
    rev.rollback(second["id"], by="lan")  # the earlier version is in force again
    assert verdicts.plan("mau-thu")["targets"][1]["horizons"][0]["value"] == 99.5


def test_figures_and_a_plan_in_force_together():
    _apply()
    figures = "indicator_id,year,value,value_text,out_of,source\npci_rank,2025,12,hạng 12/34,34,VCCI: PCI 2025\n"
    rev.apply(_csv(figures, "so_lieu.csv"), by="lan")
    [pci_2025, _pci_2030, _] = verdicts.plan_verdicts("mau-thu")
    assert (pci_2025["verdict"], pci_2025["verdict_year"], pci_2025["provisional"]) == ("met", 2025, False)
    assert pci_2025["latest_entered_by"] == "lan"


# --- the verdicts against a plan --------------------------------------------------------------------------

def _target(kind, horizons, baseline=(2020, 50.0), unit="%"):
    return {"target_id": "t", "name_vi": "t", "indicator_id": "x", "kind": kind, "unit": unit,
            "baseline_year": baseline[0], "baseline_value": baseline[1], "horizons": horizons}


def test_plan_verdict_rules():
    res = [{"year": 2020, "value": 50.0}, {"year": 2023, "value": 70.0}, {"year": 2025, "value": 55.0}]
    # judged on the horizon year's result where published, else provisional on the latest
    [h25, h28] = verdicts.judge_plan_target(_target("at_least", [{"year": 2025, "value": 60.0},
                                                                 {"year": 2028, "value": 50.0}]), res)
    assert (h25["verdict"], h25["verdict_year"], h25["provisional"]) == ("not_met", 2025, False)
    assert (h28["verdict"], h28["verdict_year"], h28["provisional"]) == ("met", 2025, True)
    # the horizon year's own result, not a later one
    later = res + [{"year": 2026, "value": 80.0}]
    [h25] = verdicts.judge_plan_target(_target("at_least", [{"year": 2025, "value": 60.0}]), later)
    assert (h25["verdict"], h25["verdict_year"], h25["latest_year"]) == ("not_met", 2025, 2026)
    [at_most, too_high] = verdicts.judge_plan_target(
        _target("at_most", [{"year": 2025, "value": 60.0}, {"year": 2026, "value": 50.0}]), res)
    assert (at_most["verdict"], too_high["verdict"]) == ("met", "not_met")
    [keep] = verdicts.judge_plan_target(_target("maintain", [{"year": 2025, "value": 56.0}]), res, False)
    assert keep["verdict"] == "met"  # lower is better: 55 keeps at or below 56
    # the baseline is never a result after it: no_data
    [none] = verdicts.judge_plan_target(_target("at_least", [{"year": 2025, "value": 40.0}]), res[:1])
    assert (none["verdict"], none["latest_year"]) == ("no_data", None)
    # a rank out of 63 against a band out of 34, compared by position: 33/63 sits at 0.516, the band's
    # worst 17/34 at 0.485 (not met), 20/34 at 0.574 (met)
    ranks = [{"year": 2024, "value": 33.0, "out_of": 63}]
    band = _target("rank_band", [{"year": 2025, "best": 10, "worst": 17, "out_of": 34}], (2020, 57.0), "rank")
    assert verdicts.judge_plan_target(band, ranks)[0]["verdict"] == "not_met"
    band["horizons"][0]["worst"] = 20
    assert verdicts.judge_plan_target(band, ranks)[0]["verdict"] == "met"


def test_decision_688_stays_the_default_and_unchanged():
    before = json.dumps(verdicts.verdicts(), sort_keys=True, default=str)
    _apply()
    assert verdicts.plans()[0]["id"] == verdicts.BUILTIN_PLAN == "688"
    assert json.dumps(verdicts.verdicts(), sort_keys=True, default=str) == before
    with pytest.raises(verdicts.UnknownPlan):
        verdicts.plan_verdicts("688")


# --- commands ---------------------------------------------------------------------------------------------

def _run(args: list[str], state_dir) -> subprocess.CompletedProcess:
    env = {**os.environ, "REFORM_STATE_DIR": str(state_dir)}
    return subprocess.run([sys.executable, "-m", "reform", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=180)


@ONLY_DUCKDB
def test_commands_import_a_plan_and_judge_against_it(tmp_path):
    path = tmp_path / "ke_hoach.csv"
    path.write_text(SAMPLE, encoding="utf-8")
    state = tmp_path / "state"
    dry = _run(["import", str(path), "--by", "lan", "--dry-run"], state)
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["plan_status"] == "new"
    done = _run(["import", str(path), "--by", "lan"], state)
    assert done.returncode == 0 and json.loads(done.stdout)["applied"], done.stdout
    out = _run(["verdicts", "--plan", "mau-thu"], state)
    assert out.returncode == 0, out.stderr
    got = [(v["target_id"], v["year"], v["verdict"]) for v in json.loads(out.stdout)]
    assert got == [("pci", 2025, "met"), ("pci", 2030, "not_met"), ("ontime", 2025, "no_data")]
    default = _run(["verdicts"], state)
    assert len(json.loads(default.stdout)) == 14
    unknown = _run(["verdicts", "--plan", "khong-co"], state)
    assert unknown.returncode == 1 and "khong-co" in json.loads(unknown.stdout)["message"]
    bad = tmp_path / "sai.csv"
    bad.write_text(BAD, encoding="utf-8")
    refused = _run(["import", str(bad), "--by", "lan"], state)
    assert refused.returncode == 1 and len(json.loads(refused.stdout)["errors"]) == 5


@ONLY_DUCKDB
def test_the_report_command_judges_against_the_plan_asked_for(tmp_path):
    import csv

    from docx import Document

    state = tmp_path / "state"  # the store the fixture's REFORM_STATE_DIR names
    _apply()
    out = tmp_path / "ke_hoach.csv"
    done = _run(["report", "--plan", "mau-thu", "--format", "csv", "--out", str(out)], state)
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    got = [(r[0], r[1]) for r in rows[1:] if r and r[0].isdigit()]
    assert [r[3] for r in rows[1:4]] == ["2025", "2030", "2025"] and len(got) == 3
    assert rows[-1][1].startswith("Đánh giá theo: Kế hoạch mẫu THỬ NGHIỆM")
    word = tmp_path / "ke_hoach.docx"
    assert _run(["report", "--plan", "mau-thu", "--out", str(word)], state).returncode == 0
    assert "Kế hoạch mẫu THỬ NGHIỆM" in "\n".join(p.text for p in Document(str(word)).paragraphs)
    default = tmp_path / "688.csv"  # no --plan: Decision 688, as before
    assert _run(["report", "--format", "csv", "--out", str(default)], state).returncode == 0
    assert default.read_text(encoding="utf-8-sig").splitlines()[-1].startswith(',"Đánh giá theo: Quyết định 688')
    assert default.read_bytes() != out.read_bytes()
    missing = tmp_path / "khong.csv"
    unknown = _run(["report", "--plan", "khong-co", "--format", "csv", "--out", str(missing)], state)
    assert unknown.returncode == 1 and not missing.exists()  # no empty file left behind
    said = json.loads(unknown.stdout)
    assert said["error"] == "unknown_plan" and "Không có kế hoạch “khong-co”" in said["message"]
    assert "688, mau-thu" in said["message"] and "Traceback" not in unknown.stderr


# --- the pages --------------------------------------------------------------------------------------------

def _signed_in() -> AppTest:
    return signed_in_editor("lan", HASH, PASSWORD)


def _frame(at: AppTest, column: str):
    """The first table (interactive or static) with that column."""
    return next(d.value for d in [*at.dataframe, *at.table] if column in d.value.columns)


@ONLY_DUCKDB
def test_an_editor_enters_a_plan_and_the_targets_page_judges_against_it():
    at = _signed_in()
    at.file_uploader[0].upload("ke_hoach.csv", SAMPLE.encode("utf-8"), "text/csv").run()
    assert not at.exception, at.exception
    assert "Kế hoạch mới" in texts(at)
    assert list(_frame(at, "Năm mục tiêu")["Năm mục tiêu"]) == ["2025", "2030", "2025"]
    assert rev.history() == []  # the preview applies nothing
    at.button(key="du_confirm").click().run()
    assert not at.exception, at.exception
    assert any("mau-thu" in s.value for s in at.success)
    assert [p["id"] for p in verdicts.plans()] == ["688", "mau-thu"]

    at.switch_page("pages/targets.py").run()
    assert not at.exception, at.exception
    assert "Đánh giá theo: Quyết định 688" in texts(at)  # the default
    widget(at, "selectbox", "plan").select("mau-thu").run()
    assert not at.exception, at.exception
    page = texts(at)
    assert "Đánh giá theo: Kế hoạch mẫu THỬ NGHIỆM" in page and "nhập lúc" in page
    assert "về các mục tiêu của Quyết định 688" in page  # the what-if part says it is Decision 688's
    table = _frame(at, "Năm mục tiêu")
    assert [v.split(" ")[1] for v in table["Đánh giá"]] == ["Đạt", "Chưa", "Chưa"]
    assert "nhóm 20–30 trên 34 tỉnh" in list(table["Mục tiêu"])
    assert at.query_params["plan"] == "mau-thu"  # a shared link keeps the plan
    # the report's downloads judge the chosen plan: Word and CSV, as for the decision, plus the table (Excel)
    keys = [b.proto.id for b in at.get("download_button")]
    assert [k for k in ("dl_plan_docx", "dl_plan_xlsx", "dl_plan_csv") if any(k in x for x in keys)] == \
        ["dl_plan_docx", "dl_plan_xlsx", "dl_plan_csv"]
    assert not any("dl_report_docx" in x for x in keys)


def _open(page: str, plan: str | None = "mau-thu", lang: str = "vi") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.query_params["lang"] = lang
    if plan:
        at.query_params["plan"] = plan
    at.run()
    at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def _main_texts(at: AppTest) -> list[str]:
    """The main area's headings, text, captions and alerts, in page order (not the sidebar's)."""
    kinds = {"title", "header", "subheader", "markdown", "caption", "info", "warning"}
    return [str(e.value) for e in at.main if getattr(e, "type", None) in kinds]


@ONLY_DUCKDB
def test_the_targets_page_shows_a_plan_to_a_phone_as_one_card_per_target_and_year():
    _apply()
    at = _open("targets")
    # a screen wider than a phone: a static table (its columns wrap to their text; no cut column, no empty row)
    table = _frame(at, "Năm mục tiêu")
    assert list(table.columns) == ["Chỉ tiêu", "Năm mục tiêu", "Đánh giá", "Kết quả mới nhất", "Mục tiêu",
                                   "Mốc cơ sở", "Nguồn kết quả"]
    assert not any("Năm mục tiêu" in d.value.columns for d in at.dataframe)
    # a phone (styles.BASE hides one or the other): one card per target and year, in the plan's order, each with
    # its target, horizon year, verdict, goal and latest result
    shown = _main_texts(at)
    first = shown.index("**Xếp hạng PCI (mẫu)** · Năm mục tiêu 2025")
    assert shown[first:first + 9] == [
        "**Xếp hạng PCI (mẫu)** · Năm mục tiêu 2025", ":blue-badge[✔ Đạt (tạm tính theo kết quả năm 2024)]",
        shown[first + 2], "**Xếp hạng PCI (mẫu)** · Năm mục tiêu 2030",
        ":red-badge[✖ Chưa đạt (tạm tính theo kết quả năm 2024)]", shown[first + 5],
        "**Tỷ lệ đúng hạn cấp xã (mẫu)** · Năm mục tiêu 2025", ":gray-badge[○ Chưa có số liệu]",
        "Mục tiêu: ≥ 99,5% · Kết quả mới nhất: chưa có số liệu sau năm 2020 · Mốc cơ sở: 99,00% (2020)"]
    assert shown[first + 2].startswith("Mục tiêu: nhóm 20–30 trên 34 tỉnh · Kết quả mới nhất: hạng 33/63 (2024)")
    assert shown[first + 5].startswith("Mục tiêu: nhóm 1–5 trên 34 tỉnh · Kết quả mới nhất: hạng 33/63 (2024)")


@ONLY_DUCKDB
def test_the_overview_names_the_chosen_plan_in_every_heading_count_and_caption():
    _apply()
    at = _open("overview")
    shown = _main_texts(at)
    heads = [s.value for s in at.main.header]
    assert "2 chỉ tiêu của Kế hoạch mẫu THỬ NGHIỆM (không có thật): kết quả so với mục tiêu 2025, 2030" in heads
    assert not any("14 chỉ tiêu" in t for t in shown)
    # the plan's counts, out of its 3 goals by year, and its missing figure
    assert "**✔ 1 đạt · ✖ 1 chưa đạt · ○ 1 chưa có số liệu**" in shown
    assert "Trên 3 mục tiêu theo năm: 2 chỉ tiêu, năm mục tiêu 2025, 2030." in shown
    assert any(t.startswith("1 trên 3 mục tiêu theo năm chưa có số liệu") for t in shown)
    assert any(t.startswith("Nguồn: ") and "Tệp mẫu của kiểm thử" in t for t in shown)
    # Decision 688 is named once as the plan judged against: under the PCI and PAR INDEX cards, whose goals are
    # its own (the charts' source lines cite its appendices as the source of the 2016-2020 figures)
    assert [t for t in shown if "688" in t and not t.startswith("Nguồn: ")] == [words.judged_by(verdicts.plans()[0], "vi")]
    # the cards in the plan's order (a phone stacks them as they come)
    assert [t for t in shown if t.startswith("**") and t.endswith(")**")] == [
        "**Xếp hạng PCI (mẫu) (2025)**", "**Xếp hạng PCI (mẫu) (2030)**", "**Tỷ lệ đúng hạn cấp xã (mẫu) (2025)**"]
    en = _open("overview", lang="en")
    assert "Targets of Kế hoạch mẫu THỬ NGHIỆM (không có thật) against their 2025, 2030 goals (2 in all)" in \
        [s.value for s in en.main.header]
    assert "**✔ 1 met · ✖ 1 not met · ○ 1 no data**" in _main_texts(en)
    # Decision 688 (no plan asked for): its 14, as before
    default = _main_texts(_open("overview", plan=None))
    assert "14 chỉ tiêu của Đề án: kết quả so với mục tiêu 2025" in default
    assert "**✔ 1 đạt · ✖ 1 chưa đạt · ○ 12 chưa có số liệu**" in default
    assert not any("mục tiêu theo năm" in t or "Tệp mẫu" in t for t in default)


@ONLY_DUCKDB
def test_a_bad_plan_on_the_page_shows_every_error_and_applies_nothing():
    at = _signed_in()
    at.file_uploader[0].upload("sai.csv", BAD.encode("utf-8"), "text/csv").run()
    assert not at.exception, at.exception
    errs = _frame(at, "Lỗi")
    assert list(errs["Dòng"]) == ["2", "3", "4", "5", "7"]
    assert not any(b.key == "du_confirm" for b in at.button)
    assert rev.history() == []


@ONLY_DUCKDB
def test_rollback_removes_the_plan_and_a_link_to_it_falls_back_to_688():
    done = _apply()
    for page in ("targets", "overview"):
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
        at.query_params["plan"] = "mau-thu"
        at.run()
        at.switch_page(f"pages/{page}.py").run()
        assert not at.exception, at.exception
        assert "Đánh giá theo: Kế hoạch mẫu THỬ NGHIỆM" in texts(at), page
    at = _signed_in()
    at.selectbox(key="du_pick").select(done["id"]).run()
    assert "gỡ kế hoạch" in texts(at)
    at.button(key=f"du_rollback_{done['id']}").click().run()
    assert not at.exception, at.exception
    assert [p["id"] for p in verdicts.plans()] == ["688"]
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.query_params["plan"] = "mau-thu"  # a link shared before the rollback: the app opens on the overview
    at.run()
    assert not at.exception, at.exception
    assert any("Không có kế hoạch “mau-thu”" in w.value for w in at.warning)
    assert "Đánh giá theo: Quyết định 688" in texts(at)
    at.switch_page("pages/targets.py").run()
    assert not at.exception, at.exception
    assert "Đánh giá theo: Quyết định 688" in texts(at) and "plan" not in at.query_params


# --- times in Vietnam time; who entered a figure next to it ----------------------------------------------

def test_times_are_shown_in_vietnam_time():
    at = datetime(2026, 11, 27, 10, 5, tzinfo=timezone.utc)
    assert words.vietnam_time(at, "vi") == "17:05 27/11/2026 (giờ Việt Nam)"
    assert words.vietnam_time(at.isoformat(), "en") == "2026-11-27 17:05 (Vietnam time)"
    assert words.vietnam_time(datetime(2026, 11, 27, 20, 0), "vi", zone_label=False) == "03:00 28/11/2026"


def test_who_entered_a_figure_sits_next_to_it_in_the_verdicts_table():
    figures = "indicator_id,year,value,value_text,out_of,source\npci_rank,2025,12,hạng 12/34,34,VCCI: PCI 2025\n"
    rev.apply(_csv(figures, "so_lieu.csv"), by="lan")
    labels = {k: k for k in ("item", "target", "baseline", "goal_2025", "latest", "basis", "verdict_2025",
                             "goal_2030", "outlook_2030", "source")}
    table = words.table(verdicts.verdicts(), "vi", labels)
    cell = next(c for c in table["latest"] if "12/34" in c)
    assert "nhập bởi lan lúc" in cell and "(giờ Việt Nam)" in cell


def test_plan_actuals_query_reads_any_indicators_results_one_per_year_a_revision_superseding():
    rev.apply(_csv("indicator_id,year,value,value_text,out_of,source\npci_rank,2024,30,,63,Nguồn thử\n",
                   "so_lieu.csv"), by="lan")
    df = db.run("plan_actuals", ids=["pci_rank", "pl07_5c_ontime_commune"])
    assert set(df["indicator_id"]) == {"pci_rank", "pl07_5c_ontime_commune"}
    y2024 = df[(df["indicator_id"] == "pci_rank") & (df["year"] == 2024)]
    assert list(y2024["value"]) == [30.0] and list(y2024["revision_id"]) == [1]  # the published 33 is superseded


@ONLY_DUCKDB
def test_the_report_and_the_brief_name_the_plan_they_judge_against():
    from docx import Document

    from reform.views import brief, report

    _apply()  # a plan in force changes nothing: they judge Decision 688's 14 target parts, and say so
    doc = Document(io.BytesIO(report.docx_bytes("vi")))
    assert any(p.text.startswith("Đánh giá theo: Quyết định 688") for p in doc.paragraphs)
    assert "Đánh giá theo: Quyết định 688" in report.csv_bytes("vi").decode("utf-8-sig")
    b = brief.Brief(lang="vi", named={"A": {}})
    section = brief.verdicts_section(b)
    assert "(Đánh giá theo: Quyết định 688" in section
    # the scenario is Decision 688's: the brief stays on 688, and says where the plan in force is judged
    assert "kế hoạch khác đang có hiệu lực (Kế hoạch mẫu THỬ NGHIỆM" in section and "“Mục tiêu 2025/2030”" in section


def test_the_brief_names_no_other_plan_when_none_is_in_force():
    from reform.views import brief

    section = brief.verdicts_section(brief.Brief(lang="en", named={"A": {}}))
    assert "(Judged against: Decision 688" in section and "other plans in force" not in section


# --- the report of a plan: DOCX (python-docx) and CSV -----------------------------------------------------

def _plan_docx(lang: str = "vi"):
    from docx import Document

    from reform.views import report

    return Document(io.BytesIO(report.docx_bytes(lang, "mau-thu")))


def _plan_csv(lang: str = "vi") -> list[list[str]]:
    import csv

    from reform.views import report

    data = report.csv_bytes(lang, "mau-thu")
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def _cells(row) -> list[str]:
    """A Word table row's texts without the note marks (superscript runs)."""
    return ["".join(r.text for p in c.paragraphs for r in p.runs if not r.font.superscript) for c in row.cells]


@ONLY_DUCKDB
def test_the_report_of_a_plan_names_it_and_carries_its_verdicts():
    _apply()
    doc = _plan_docx()
    texts = [p.text for p in doc.paragraphs]
    assert "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA KẾ HOẠCH" in texts
    assert "Kế hoạch mẫu THỬ NGHIỆM (không có thật), giai đoạn 2021–2030" in texts
    judged = next(t for t in texts if t.startswith("Đánh giá theo: "))
    assert judged.startswith("Đánh giá theo: Kế hoạch mẫu THỬ NGHIỆM") and "688" not in judged
    assert "do lan nhập lúc" in judged and "(giờ Việt Nam)" in judged
    assert not any("688" in t for t in texts)  # nothing of the decision's report
    table = doc.tables[1]
    assert _cells(table.rows[0]) == ["TT", "Chỉ tiêu", "Năm gốc", "Năm mục tiêu", "Mục tiêu", "Kết quả (năm)",
                                     "Đánh giá", "Nguồn"]
    body = [_cells(r) for r in table.rows[1:]]
    # one row per target and horizon year; a target's number, name and baseline span its horizon rows
    assert [(r[0], r[3]) for r in body] == [("1", "2025"), ("1", "2030"), ("2", "2025")]
    assert body[0][1] == body[1][1] == "Xếp hạng PCI (mẫu)" and body[0][2] == "hạng 57/63 (2020)"
    assert body[0][4].startswith("nhóm 20–30 trên 34 tỉnh ≈ ") and body[0][5] == "hạng 33/63 (2024)"
    assert body[0][6] == "Đạt (tạm tính theo kết quả năm 2024)"
    assert body[1][4].startswith("nhóm 1–5 trên 34 tỉnh") and body[1][6].startswith("Chưa đạt")
    assert body[2][1] == "Tỷ lệ đúng hạn cấp xã (mẫu)" and body[2][4] == "≥ 99,5%"
    assert (body[2][5], body[2][6]) == ("Chưa có số liệu sau 2020", "Chưa có số liệu")  # the pages' word
    notes = [t for t in texts if t[:1] == "(" and t[1:2].isdigit()]
    joined = "\n".join(notes)
    assert "chưa có kết quả năm 2030 được công bố" in joined and "không phải quy đổi chính thức" in joined
    assert "1/3 mục tiêu" in joined
    marks = {int(m) for c in table._cells for p in c.paragraphs for r in p.runs
             if r.font.superscript for m in r.text.strip("()").split(")(")}
    assert marks and marks <= set(range(1, len(notes) + 1))


@ONLY_DUCKDB
def test_the_csv_of_a_plan_names_it_and_carries_its_verdicts():
    _apply()
    rows = _plan_csv()
    head, body = rows[0], [r for r in rows[1:] if r[0].isdigit()]
    got = [dict(zip(head, r)) for r in body]
    assert [(r["ma_ke_hoach"], r["ma_chi_tieu"], r["Năm mục tiêu"], r["ma_danh_gia"]) for r in got] == [
        ("mau-thu", "pci", "2025", "met"), ("mau-thu", "pci", "2030", "not_met"),
        ("mau-thu", "ontime", "2025", "no_data")]
    assert got[0]["Mục tiêu"].startswith("nhóm 20–30 trên 34 tỉnh") and got[0]["tam_tinh"] == "có"
    assert rows[-1][1].startswith("Đánh giá theo: Kế hoạch mẫu THỬ NGHIỆM")
    # English: every column kept (no two headings alike), the plan named
    en = _plan_csv("en")
    assert len(en[0]) == len(set(en[0])) == len(head)
    assert en[-1][1].startswith("Judged against: Kế hoạch mẫu THỬ NGHIỆM")
    assert [r[3] for r in en[1:4]] == ["2025", "2030", "2025"]


@ONLY_DUCKDB
def test_decision_688_report_is_the_same_with_a_plan_in_force():
    from docx import Document

    from reform.views import report

    def content(data: bytes) -> list[str]:  # every text but the data version's line (a revision changes it)
        doc = Document(io.BytesIO(data))
        return [p.text for p in doc.paragraphs if not p.text.startswith("Dự thảo")] + \
            [c.text for t in doc.tables for c in t._cells]

    docx_before, csv_before = report.docx_bytes("vi"), report.csv_bytes("vi")
    _apply()
    assert report.csv_bytes("vi") == report.csv_bytes("vi", verdicts.BUILTIN_PLAN) == csv_before
    assert content(report.docx_bytes("vi", "688")) == content(docx_before)
    with pytest.raises(verdicts.UnknownPlan):
        report.csv_bytes("vi", "khong-co")


def test_the_revision_history_shows_vietnam_time_and_says_so():
    from reform.views import data_updates as present

    done = _apply()
    table = present.history_table(rev.history(), "vi")
    column = next(c for c in table.columns if c.startswith("Thời điểm ("))
    assert "giờ Việt Nam, UTC+7" in column
    stored = datetime.fromisoformat(done["entered_at"])  # UTC as stored
    assert stored.utcoffset().total_seconds() == 0
    assert table[column].iloc[0] == words.vietnam_time(stored, "vi", zone_label=False)
    assert table[column].iloc[0] != stored.strftime("%H:%M %d/%m/%Y")  # not the UTC clock


@ONLY_DUCKDB
def test_the_plan_in_english():
    _apply()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.query_params["lang"] = "en"
    at.query_params["plan"] = "mau-thu"
    at.run()
    assert not at.exception, at.exception
    at.switch_page("pages/targets.py").run()
    assert not at.exception, at.exception
    page = texts(at)
    assert "Judged against: Kế hoạch mẫu THỬ NGHIỆM" in page and "about Decision 688's targets" in page
    table = _frame(at, "Horizon year")
    assert list(table["Target"])[:2] == ["PCI rank (sample)"] * 2 and table["Verdict"].iloc[0].startswith("✔ Met")
