"""The import engine's file kinds (issue 15 items 1-3 and 5; issue 16 items 3-6): indicators, index methods,
component scores and national reference points entered as data, with preview, revision and rollback; results only
up to the current year; "out of how many" checked against the number of provinces ranked that year; plausible
values; hostile workbooks refused before anything is unzipped.

Every file here that names a method, plan or figure that is not published is made up and says so.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tracemalloc
import zipfile

import openpyxl
import pytest

from bench.hostile_xlsx import write_bomb
from reform.data import catalog, db
from reform.imports import checks, engine, files, kinds
from reform.model import methods, scenario, verdicts
from reform.paths import ROOT

from state_util import fresh_state

FIG = "indicator_id,year,value,value_text,out_of,source\n"
IND = "indicator_id,name_vi,name_en,unit,higher_is_better,scale_min,scale_max,is_rank,group,source\n"
METHOD = ("method_id,index_id,name_vi,name_en,year_from,year_to,composite_max,source,component_id,component_name_vi,"
          "component_name_en,scale_min,scale_max,weight\n")
SCORES = "method_id,year,province,component_id,score,rank,out_of,source\n"
REF = "year,province,composite,rank,out_of,method_id,source\n"
#: A made-up PCI 2.0 method with weights (VCCI's are not published here): the 9 components, equal-ish weights.
MADE_UP_WEIGHTS = {"market_entry": 0.1, "land": 0.1, "transparency": 0.15, "compliance_cost": 0.1, "informal": 0.1,
                   "fair_competition": 0.1, "support": 0.1, "legal": 0.1, "proactive_government": 0.15}


def _made_up_method(weights: dict | None = MADE_UP_WEIGHTS, method_id: str = "pci_2_0", year_from: int = 2025) -> str:
    lines = []
    for i, c in enumerate(methods.components("pci_2_0")):
        head = (f"{method_id},pci,PCI 2.0 (MẪU THỬ: trọng số bịa cho kiểm thử),PCI 2.0 (MADE-UP test weights),"
                f"{year_from},,100,Tệp mẫu của kiểm thử: không phải số của VCCI") if i == 0 else ",,,,,,,"
        w = "" if weights is None else weights[c.id]
        lines.append(f"{head},{c.id},{c.name_vi},{c.name_en},0,10,{w}")
    return METHOD + "\n".join(lines) + "\n"


@pytest.fixture(autouse=True)
def state(request, tmp_path, monkeypatch):
    with fresh_state(request, monkeypatch, tmp_path / "state"):
        yield tmp_path / "state"


def _read(text: str, name: str = "f.csv") -> engine.Parsed:
    return engine.read_file(name, text.encode("utf-8"))


def _codes(p: engine.Parsed) -> list[tuple[int, str | None, str]]:
    return [(x.row, x.column, x.code) for x in p.problems]


def _apply(text: str) -> dict:
    p = _read(text)
    assert p.ok, p.errors()
    return engine.apply(p, by="Kiểm thử")


# --- the queries of the data as data ----------------------------------------------------------------------

def test_the_national_field_and_the_methods_shipped():
    field = db.run("national_field")
    assert [(r.year_from, r.provinces) for r in field.itertuples()] == [(2013, 63), (2025, 34)]
    assert (catalog.field_of(2024), catalog.field_of(2025), catalog.field_of(2030)) == (63, 34, 34)
    m = db.run("index_methods")
    assert m.groupby("method_id").size().to_dict() == {"pci_2006": 10, "pci_2022": 10, "pci_2_0": 9}
    assert m[m.method_id != "pci_2006"].weight.isna().all()  # unpublished: null, never invented
    assert [methods.method_of_year(y).id for y in (2016, 2021, 2022, 2024, 2025, 2030)] == \
        ["pci_2006", "pci_2006", "pci_2022", "pci_2022", "pci_2_0", "pci_2_0"]
    assert methods.weights("pci_2006")["transparency"] == pytest.approx(0.20) and methods.can_recompute("pci_2006")
    assert methods.weights("pci_2022") is None and not methods.can_recompute("pci_2_0")
    assert [c.name_vi for c in methods.components("pci_2_0")] == [
        "Gia nhập thị trường", "Tiếp cận đất đai", "Tính minh bạch", "Chi phí tuân thủ hành chính",
        "Chi phí không chính thức", "Cạnh tranh bình đẳng", "Hỗ trợ doanh nghiệp", "Thiết chế pháp lý",
        "Chính quyền kiến tạo"]
    with pytest.raises(ValueError):
        methods.composite("pci_2022", {})


def test_component_scores_keyed_by_method_year_province_component():
    own = methods.component_scores(2020)
    assert len(own) == 10 and own["transparency"] == pytest.approx(6.50)  # PL03, the decision
    # PL03's printed composite 61,98 from its sub-indices with the method's weights (61,995 by hand)
    assert methods.composite("pci_2006", own) == pytest.approx(61.995)
    every = db.run("component_scores_all")
    assert not every.duplicated(["method_id", "year", "province", "component_id"]).any()
    by_year = every[every.year <= 2016].groupby("year").province.nunique().to_dict()
    assert by_year == {2013: 63, 2014: 63, 2015: 63, 2016: 63}  # VCCI's table: every province, 10 sub-indices
    lc16 = db.run("component_scores", method_id="pci_2006", year=2016, province="Lai Châu")
    assert set(lc16.basis) == {"decision"} and len(lc16) == 10  # Lai Châu 2016: the decision's, not a copy
    dn = db.run("component_scores", method_id="pci_2006", year=2013, province="Đà Nẵng")
    assert dict(zip(dn.component_id, dn.score))["entry"] == pytest.approx(8.4008) and "Summary_VN" in dn.source.iloc[0]
    assert methods.component_scores(2025) == {} and methods.years_with_scores()[:2] == [2013, 2014]
    table = methods.score_table(2025)
    assert len(table) == 9 and table.score.isna().all()  # PCI 2.0: components known, no score: no data
    years = methods.years_with_methods()
    assert {y: years[y] for y in (2013, 2016, 2020, 2021, 2022, 2024)} == {
        2013: "pci_2006", 2016: "pci_2006", 2020: "pci_2006", 2021: "pci_2006", 2022: "pci_2022", 2024: "pci_2022"}
    assert 2025 not in years  # nothing published for 2025 yet


# --- issue 16 item 3: years --------------------------------------------------------------------------------

def test_a_result_of_a_year_not_yet_come_is_refused_a_plan_horizon_may_be_future():
    now = checks.current_year()
    p = _read(FIG + f"pci_rank,{now + 1},20,,34,VCCI\npci_rank,2035,20,,34,VCCI\npci_score,{now},60,,,VCCI\n")
    assert _codes(p) == [(2, "year", "future_year"), (3, "year", "future_year")]
    assert f"đến năm nay ({now})" in p.problems[0].message("vi") and "has not come yet" in p.problems[1].message("en")
    assert [r["year"] for r in p.rows] == [now]
    plan = ("plan_id,plan_name,plan_date,period_from,period_to,plan_source,target_id,name_vi,name_en,indicator_id,"
            "kind,baseline_year,baseline_value,baseline_out_of,year,value,best,worst,out_of\n"
            "mau-thu,Kế hoạch MẪU THỬ (không có thật),01/01/2026,2026,2035,Tệp mẫu,"
            "ontime,Tỷ lệ (mẫu),,pl07_5c_ontime_commune,at_least,2020,99,,2035,99.5,,,\n")
    assert _read(plan).ok  # a target for 2035 is fine


# --- issue 16 item 4: out of how many, from data per year --------------------------------------------------

def test_out_of_is_checked_against_the_number_ranked_that_year():
    p = _read(FIG + "pci_rank,2025,30,,63,VCCI\npci_rank,2024,30,,34,x\npar_total_rank,2025,12,,34,Bộ Nội vụ\n")
    assert _codes(p) == [(2, "out_of", "out_of_field"), (3, "out_of", "out_of_field")]
    assert "xếp 34 tỉnh, thành phố, không phải 63" in p.problems[0].message("vi")
    # a documented exception is recorded, with its note, and shown as a warning
    noted = _read("indicator_id,year,value,value_text,out_of,source,out_of_note\n"
                  "dti_rank,2024,17,,34,Bộ KH&CN (MẪU THỬ),DTI 2024 xếp hạng 34 tỉnh sau sắp xếp\n")
    assert noted.ok and [w.code for w in noted.warnings] == ["out_of_exception"]
    assert "DTI 2024 xếp hạng 34 tỉnh sau sắp xếp" in noted.warnings[0].message("vi")
    pv = engine.preview(noted)
    assert pv["can_apply"] and pv["warnings"][0]["code"] == "out_of_exception"
    engine.apply(noted, by="A")
    obs = db.run("observations_all")
    mine = obs[obs.revision_id.notna()].iloc[0]
    assert (mine.out_of, mine.scale_note) == (34, "DTI 2024 xếp hạng 34 tỉnh sau sắp xếp")


def test_a_plan_band_out_of_63_for_2026_is_refused():
    head = ("plan_id,plan_name,plan_date,period_from,period_to,plan_source,target_id,name_vi,name_en,indicator_id,"
            "kind,baseline_year,baseline_value,baseline_out_of,year,value,best,worst,out_of,out_of_note\n")
    row = ("mau-thu,Kế hoạch MẪU THỬ (không có thật),01/01/2026,2026,2030,Tệp mẫu,"
           "pci,Xếp hạng PCI (mẫu),,pci_rank,rank_band,2024,33,{b},2026,,10,20,{n},{note}\n")
    p = _read(head + row.format(b=63, n=63, note=""))
    assert _codes(p) == [(2, "out_of", "out_of_field")]
    assert _read(head + row.format(b=63, n=34, note="")).ok
    assert _codes(_read(head + row.format(b=34, n=34, note=""))) == [(2, "baseline_out_of", "out_of_field")]
    assert _read(head + row.format(b=63, n=63, note="Kế hoạch ghi hạng trong 63 tỉnh (ngoại lệ)")).ok


# --- issue 16 item 5: plausibility -------------------------------------------------------------------------

def test_plausibility_per_unit_and_a_warning_for_a_wrong_unit():
    p = _read(FIG + "result_online_l34,2025,0.85,,,Sở\npl07_1_procedures,2025,100000000000000000000000000000,,,Sở\n"
              "dti_score,2025,70.56,,,Bộ\nservice766_score,2025,101,,,Cổng\n")
    assert _codes(p) == [(3, "value", "implausible_count"), (4, "value", "out_of_range"), (5, "value", "out_of_range")]
    assert [r["row"] for r in p.rows] == [2]
    assert [(w.row, w.code) for w in p.warnings] == [(2, "fraction_for_percent")]
    assert "85%" in p.warnings[0].message("vi")
    far = _read(FIG + "pl07_1_procedures,2025,154300,,,Sở\n")  # 1 543 in 2020: a hundred times as many
    assert far.ok and [w.code for w in far.warnings] == ["far_from_last"]


def test_a_plan_baseline_of_150_percent_is_refused():
    head = ("plan_id,plan_name,plan_date,period_from,period_to,plan_source,target_id,name_vi,name_en,indicator_id,"
            "kind,baseline_year,baseline_value,baseline_out_of,year,value,best,worst,out_of\n")
    p = _read(head + "mau-thu,Kế hoạch MẪU THỬ,01/01/2026,2026,2030,Tệp mẫu,"
                     "ontime,Tỷ lệ (mẫu),,pl07_5c_ontime_commune,at_least,2020,150,,2030,99.5,,,\n")
    assert _codes(p) == [(2, "baseline_value", "out_of_range")]


# --- issue 16 item 6: hostile workbooks --------------------------------------------------------------------

@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> bytes:
    """A 1 MB workbook whose cell F2 holds 1 GB of letters (written once per run as a stream)."""
    path = write_bomb(tmp_path_factory.mktemp("hostile") / "bom_1gb.xlsx")
    data = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheet = z.getinfo("xl/worksheets/sheet1.xml")
    assert len(data) < files.MAX_BYTES and sheet.file_size > 1024 ** 3  # 1 MB on disk, over 1 GB unzipped
    return data


def test_a_workbook_whose_cell_unzips_to_a_gigabyte_is_refused_before_anything_is_unzipped(bomb, monkeypatch):
    """Refused from the archive's directory: no part is opened (so nothing is decompressed), openpyxl is never
    called, and the reading allocates almost nothing (tracemalloc's peak, whatever the machine's load)."""
    opened = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda self, name, *a, **k: opened.append(name) or real_open(
        self, name, *a, **k))
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("the workbook was parsed"))
    tracemalloc.start()
    p = engine.read_file("bom.xlsx", bomb)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert _codes(p) == [(0, None, "xlsx_part_too_large")] and p.rows == []
    assert opened == []
    assert peak < 8 * 1024 * 1024  # a few MB at most (the file itself is 1 MB): nothing unzipped
    msg = p.problems[0].message("vi")
    assert "xl/worksheets/sheet1.xml" in msg and "1024.0 MB" in msg and "8.0 MB" in msg
    assert "Excel" in p.problems[0].message("en")


def test_the_hostile_workbook_through_the_command_is_refused_and_nothing_is_stored(bomb, tmp_path, state):
    f = tmp_path / "bom.xlsx"
    f.write_bytes(bomb)
    r = subprocess.run([sys.executable, "-m", "reform", "import", str(f), "--by", "A", "--dry-run"], cwd=ROOT,
                       env={**os.environ}, capture_output=True, text=True, timeout=300)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert json.loads(r.stdout)["errors"][0]["code"] == "xlsx_part_too_large" and not state.exists()


def test_archive_limits_and_a_long_cell():
    def book(cell: str) -> bytes:
        wb = openpyxl.Workbook()
        wb.active.append(list(engine.COLUMNS))
        wb.active.append(["pci_score", 2024, 60, None, None, cell])
        buf = io.BytesIO()
        wb.save(buf)
        return buf.getvalue()

    assert engine.read_file("ok.xlsx", book("VCCI")).ok
    long = engine.read_file("dai.xlsx", book("x" * (files.MAX_CELL_CHARS + 1)))
    assert _codes(long) == [(0, None, "cell_too_long")]
    many = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(book("VCCI"))) as src, zipfile.ZipFile(many, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        for i in range(files.MAX_PARTS):
            dst.writestr(f"customXml/item{i}.xml", b"<a/>")
    assert _codes(engine.read_file("nhieu.xlsx", many.getvalue())) == [(0, None, "xlsx_parts")]


def test_openpyxl_reads_xml_through_defusedxml():
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML  # requirements.txt installs defusedxml, which openpyxl then uses for every XML part


# --- issue 15 item 1: indicators as data -------------------------------------------------------------------

NEW_IND = IND + ("dvc_toan_trinh,Tỷ lệ dịch vụ công toàn trình (MẪU THỬ),Share of full online services (TEST),%,"
                 "true,0,100,false,mau_thu,Tệp mẫu của kiểm thử\n")


def test_an_indicator_is_imported_used_by_figures_and_a_plan_and_its_rollback_is_refused_while_used():
    p = _read(NEW_IND)
    assert p.kind == "indicators" and p.ok
    pv = engine.preview(p)
    assert [r["indicator_id"] for r in pv["new"]] == ["dvc_toan_trinh"] and pv["can_apply"]
    assert _codes(_read(FIG + "dvc_toan_trinh,2025,40,,,Sở\n")) == [(2, "indicator_id", "unknown_indicator")]
    ind_rev = engine.apply(p, by="A")["id"]
    row = catalog.allowed_indicators().set_index("indicator_id").loc["dvc_toan_trinh"]
    assert (row.low, row.high, row.unit, bool(row.is_rank)) == (0.0, 100.0, "%", False)
    fig_rev = _apply(FIG + "dvc_toan_trinh,2025,40,,,Sở TT&TT\n")["id"]
    assert _codes(_read(FIG + "dvc_toan_trinh,2025,140,,,Sở\n")) == [(2, "value", "out_of_range")]
    plan_rev = _apply("plan_id,plan_name,plan_date,period_from,period_to,plan_source,target_id,name_vi,name_en,"
                      "indicator_id,kind,baseline_year,baseline_value,baseline_out_of,year,value,best,worst,out_of\n"
                      "mau-thu,Kế hoạch MẪU THỬ (không có thật),01/01/2026,2026,2030,Tệp mẫu,"
                      "dvc,Toàn trình (mẫu),,dvc_toan_trinh,at_least,2025,40,,2030,80,,,\n")["id"]
    with pytest.raises(engine.RevisionError) as e:
        engine.rollback(ind_rev, by="B")
    assert e.value.code == "in_use" and f"#{fig_rev} (dvc_toan_trinh)" in e.value.message("vi")
    assert f"#{plan_rev} (mau-thu: dvc_toan_trinh)" in e.value.message("vi")
    assert "Roll those back first" in e.value.message("en")
    engine.rollback(plan_rev, by="B")
    engine.rollback(fig_rev, by="B")
    engine.rollback(ind_rev, by="B")
    assert "dvc_toan_trinh" not in set(catalog.allowed_indicators().indicator_id)


def test_a_use_entered_between_the_check_and_the_rollback_makes_it_stale(monkeypatch):
    """The check of what uses an indicator and the rollback are not one step: a figure entered in between
    (another editor) makes the rollback stale rather than leave that figure without its indicator."""
    ind_rev = _apply(NEW_IND)["id"]
    real = kinds.get("indicators").uses

    def check_then_someone_imports(revision, in_force):
        found = real(revision, in_force)
        _apply(FIG + "dvc_toan_trinh,2025,40,,,Sở TT&TT\n")  # after the check saw no use
        return found

    import dataclasses

    monkeypatch.setitem(kinds.REGISTRY, "indicators",
                        dataclasses.replace(kinds.get("indicators"), uses=check_then_someone_imports))
    with pytest.raises(engine.RevisionError) as e:
        engine.rollback(ind_rev, by="B")
    assert e.value.code == "stale" and [h["status"] for h in engine.history()] == ["applied", "applied"]


def test_indicator_rules():
    p = _read(IND + "pci_score,Điểm PCI,,points,true,0,100,false,pci,x\n"
                    "Bad-Id,Tên,,%,true,0,100,false,,x\n"
                    "moi_hang,Hạng mới,,rank,true,,,true,,x\n"
                    "moi_thang,Thang sai,,points,true,10,5,false,,x\n"
                    "moi_co,Cờ sai,,points,có lẽ,0,1,false,,x\n")
    assert _codes(p) == [(2, "indicator_id", "indicator_builtin"), (3, "indicator_id", "bad_indicator_id"),
                         (4, "higher_is_better", "rank_lower_is_better"), (5, "scale_max", "bad_scale"),
                         (6, "higher_is_better", "bad_flag")]


def test_a_plan_with_a_dti_rank_target_and_a_766_score_target_is_judged(tmp_path):
    plan = ("plan_id,plan_name,plan_date,period_from,period_to,plan_source,target_id,name_vi,name_en,indicator_id,"
            "kind,baseline_year,baseline_value,baseline_out_of,year,value,best,worst,out_of\n"
            "mau-thu,Kế hoạch MẪU THỬ (không có thật),01/01/2026,2026,2030,Tệp mẫu của kiểm thử,"
            "dti,Xếp hạng DTI (mẫu),DTI rank (sample),dti_rank,rank_band,2023,54,63,2026,,1,15,34\n"
            ",,,,,,dvc,Chỉ số 766 (mẫu),766 index (sample),service766_score,at_least,2023,78.39,,2026,90,,,\n")
    f = tmp_path / "ke_hoach.csv"
    f.write_text(plan, encoding="utf-8")
    run = lambda *a: subprocess.run([sys.executable, "-m", "reform", *a], cwd=ROOT, env={**os.environ},  # noqa: E731
                                    capture_output=True, text=True, timeout=300)
    r = run("import", str(f), "--by", "A")
    assert r.returncode == 0, r.stdout + r.stderr
    out = json.loads(run("verdicts", "--plan", "mau-thu").stdout)
    assert [(v["target_id"], v["verdict"], v["verdict_year"], v["provisional"]) for v in out] == [
        ("dti", "not_met", 2024, True), ("dvc", "not_met", 2024, True)]  # 18/34 in 2024 (worse than 15/34); 84,93
    assert out[0]["latest_out_of"] == 34 and out[1]["latest_value"] == pytest.approx(84.93)


# --- issue 15 item 2: methods and component scores ---------------------------------------------------------

def test_a_method_with_weights_and_a_years_component_scores():
    p = _read(_made_up_method())
    assert p.kind == "method" and p.ok
    pv = engine.preview(p)
    assert pv["status"] == "changed" and pv["can_recompute"] and pv["old"]["components"][0]["weight"] is None
    method_rev = engine.apply(p, by="A")["id"]
    assert methods.can_recompute("pci_2_0") and methods.weights("pci_2_0")["transparency"] == 0.15
    scores = SCORES + "".join(f"pci_2_0,2025,Lai Châu,{c},{6 + i / 10},,,Tệp mẫu (MẪU THỬ)\n"
                              for i, c in enumerate(MADE_UP_WEIGHTS))
    s = _read(scores)
    assert s.kind == "scores" and s.ok and len(engine.preview(s)["new"]) == 9
    score_rev = engine.apply(s, by="A")["id"]
    got = methods.component_scores(2025)
    assert got["market_entry"] == pytest.approx(6.0) and len(got) == 9
    expected = 100 * sum(w * (6 + i / 10) / 10 for i, w in enumerate(MADE_UP_WEIGHTS.values()))
    assert methods.composite("pci_2_0", got) == pytest.approx(expected)
    assert len(methods.component_scores(2020)) == 10  # the earlier method's year keeps its 10 sub-indices
    engine.rollback(method_rev, by="B")  # the shipped pci_2_0 (same components, no weights) is back
    assert methods.weights("pci_2_0") is None and not methods.can_recompute("pci_2_0")
    assert len(methods.component_scores(2025)) == 9  # the scores stay: their components still exist
    engine.rollback(score_rev, by="B")
    assert methods.component_scores(2025) == {}


def test_a_method_still_used_by_scores_cannot_be_rolled_back():
    """A made-up index "mau" with a method of its own: its scores need it, so its rollback is refused."""
    method = (METHOD + "mau_1,mau,Chỉ số MẪU THỬ,TEST index,2020,,100,Tệp mẫu của kiểm thử,a,Phần A,Part A,0,10,0.5\n"
              ",,,,,,,,b,Phần B,Part B,0,10,0.5\n")
    method_rev = _apply(method)["id"]
    score_rev = _apply(SCORES + "mau_1,2024,Lai Châu,a,7,,,Tệp mẫu\nmau_1,2024,Lai Châu,b,5,,,Tệp mẫu\n")["id"]
    assert methods.component_scores(2024, "mau") == {"a": 7.0, "b": 5.0}
    assert methods.composite("mau_1", {"a": 7.0, "b": 5.0}) == pytest.approx(60.0)
    with pytest.raises(engine.RevisionError) as e:
        engine.rollback(method_rev, by="B")
    assert e.value.code == "in_use" and f"#{score_rev} (mau_1)" in e.value.message("vi")
    assert [h["status"] for h in engine.history()] == ["applied", "applied"]  # nothing changed
    engine.rollback(score_rev, by="B")
    engine.rollback(method_rev, by="B")
    assert methods.method("mau_1") is None


def test_method_rules():
    partial = dict(MADE_UP_WEIGHTS, land=None)
    p = _read(_made_up_method({k: ("" if v is None else v) for k, v in partial.items()}))
    assert [c[2] for c in _codes(p)] == ["weights_partial"]
    p = _read(_made_up_method(dict(MADE_UP_WEIGHTS, land=0.5)))
    assert [c[2] for c in _codes(p)] == ["weights_sum"]
    p = _read(_made_up_method(method_id="pci_khac", year_from=2024))
    assert _codes(p) == [(2, "year_from", "method_overlap"), (2, "year_from", "method_overlap")]
    assert "pci_2022" in p.problems[0].message("vi") + p.problems[1].message("vi")
    wrong_year = _read(SCORES + "pci_2006,2025,Lai Châu,entry,7,,,x\npci_2_0,2025,Lai Châu,khong_co,7,,,x\n"
                               "pci_2006,2020,Lai Châu,entry,11,,,x\n")
    assert _codes(wrong_year) == [(2, "year", "method_not_of_year"), (3, "component_id", "unknown_component"),
                                  (4, "score", "out_of_range")]


# --- issue 15 item 3: national reference points -----------------------------------------------------------

def _points(n: int = 30, out_of: int = 34, year: int = 2025, method: str = "pci_2_0") -> str:
    """``n`` made-up points: province k scores 75 − k/2 at rank k (labelled as a test's)."""
    return REF + "".join(f"{year},Tỉnh mẫu {k},{75 - k / 2},{k},{out_of},{method},Tệp mẫu (MẪU THỬ)\n"
                         for k in range(1, n + 1))


def test_reference_points_of_2025_out_of_34_feed_the_rank_estimate_and_roll_back():
    assert scenario.pci_rank_estimate(2025, 62.0).rank is None  # no points for 2025
    assert _codes(_read(_points(out_of=63)))[0] == (2, "out_of", "out_of_field")
    assert _codes(_read(_points(method="pci_2022")))[0] == (2, "method_id", "method_not_of_year")
    assert _codes(_read(REF + "2025,Lai Châu,62,12,34,pci_2_0,x\n")) == [(2, "province", "own_province")]
    p = _read(_points())
    assert p.kind == "reference" and p.ok and len(engine.preview(p)["new"]) == 30
    rid = engine.apply(p, by="A")["id"]
    est = scenario.pci_rank_estimate(2025, 62.0)  # between rank 26 (62,0) … counted among the 30 points
    assert (est.out_of, est.points, est.method) == (34, 30, "interpolated")
    assert est.rank == 26 or est.low <= 27 <= est.high
    out = subprocess.run([sys.executable, "-m", "reform", "pci-rank", "--year", "2025", "--score", "72.2"], cwd=ROOT,
                         env={**os.environ}, capture_output=True, text=True, timeout=300).stdout
    assert json.loads(out)["out_of"] == 34 and json.loads(out)["rank"] == 6  # above 6 points, below 5
    complete = _read(_points(n=33))  # 33 others out of 34: the year is complete, the rank is counted
    engine.apply(complete, by="A")
    est = scenario.pci_rank_estimate(2025, 62.0)
    assert (est.method, est.rank) == ("count", 1 + sum(1 for k in range(1, 34) if 75 - k / 2 > 62.0))
    engine.rollback(rid + 1, by="B")
    engine.rollback(rid, by="B")
    assert scenario.pci_rank_estimate(2025, 62.0).points == 0


def test_reference_points_never_mix_methods():
    # a 2022 point goes in with the method of 2022; the what-if on 2016-2020 sub-indices cannot use 2022
    _apply(REF + "2022,Tỉnh mẫu,70,5,63,pci_2022,Tệp mẫu (MẪU THỬ)\n")
    assert scenario.pci_year_info(2022)["method_id"] == "pci_2022"
    assert 2022 not in set(scenario.pci_reference_years()["year"])
    with pytest.raises(ValueError, match="never mixed"):
        scenario.pci_whatif({}, 2022)
    # a point stored under another method than its year's (past the validator, straight into the store) is
    # never among the year's points
    from reform.store import revisions as rev_store

    rev_store.add([{"year": 2025, "province": "Tỉnh lạc", "composite": 90.0, "rank": 1, "out_of": 34,
                    "method_id": "pci_2022", "index_id": "pci", "source": "x"}], entered_by="A", file_name="x",
                  sha256="x", kind="reference", row_keys=("year", "province", "composite", "rank", "out_of",
                                                          "method_id", "index_id", "source"))
    db.refresh_revisions()
    assert "Tỉnh lạc" in set(db.run("pci_reference_all").province)
    assert scenario.pci_reference_points(2025) == () and scenario.pci_rank_estimate(2025, 60).points == 0


# --- the registry ------------------------------------------------------------------------------------------

def test_every_kind_is_told_by_its_header_and_stored_as_its_kind():
    assert set(kinds.REGISTRY) == {"figures", "plan", "indicators", "method", "scores", "reference", "regions"}
    samples = {"figures": FIG + "pci_score,2024,60,,,x\n", "indicators": NEW_IND,
               "method": _made_up_method(), "reference": _points(3)}
    for kind, text in samples.items():
        p = _read(text)
        assert p.kind == kind and p.ok, (kind, p.errors())
    assert _codes(_read("foo,bar\n1,2\n")) == [(0, None, "missing_columns")]
    from reform.views import revision_template

    for kind in revision_template.OTHER_KINDS:  # each template's header is told as its kind
        empty = engine.read_file(f"mau_{kind}.csv", revision_template.kind_csv_bytes(kind))
        assert (empty.kind, _codes(empty)) == (kind, [(0, None, "empty_file")])
    engine.apply(_read(NEW_IND), by="A")
    assert [h["kind"] for h in engine.history()] == ["indicators"]
