"""Verdicts per target part (reform/model/verdicts.py), the band equivalence (reform/model/ranks.py) and the
``python -m reform verdicts`` command.

Every expected value here is worked by hand from the inputs written in the test (or from the published
figures in data/sources/results_after_2020.csv), never taken from the code under test.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reform.data import db
from reform.imports import engine as rev
from reform.model import ranks, verdicts
from reform.paths import ROOT

from state_util import fresh_state

PCI = {  # as targets.csv, item I.2
    "target_id": "pci_rank", "indicator_id": "pci_rank", "item": "I.2", "unit": "rank", "level": "province",
    "higher_is_better": False, "baseline_year": 2020, "baseline_value": 57.0, "band_out_of": 63,
    "kind_2025": "rank_band", "low_2025": 45.0, "high_2025": 55.0, "goal_2025": 55.0,
    "text_2025_text": "chỉ số PCI nằm trong nhóm 50- 55 của cả nước",
    "kind_2030": "rank_band", "low_2030": 40.0, "high_2030": 45.0, "goal_2030": 45.0,
}
PAR = {  # item I.1
    **PCI, "target_id": "par_index_rank", "indicator_id": "par_total_rank", "baseline_year": 2019,
    "baseline_value": 51.0, "low_2025": 45.0, "high_2025": 50.0, "goal_2025": 50.0, "text_2025_text": None,
    "low_2030": 32.0, "high_2030": 40.0, "goal_2030": 40.0,
}
SHARE = {  # a percentage target whose 2020 baseline already meets its 2025 floor (as time_cut: 32,6 >= 30)
    "target_id": "share", "indicator_id": "share_series", "unit": "%", "level": None, "higher_is_better": True,
    "baseline_year": 2020, "baseline_value": 32.6, "band_out_of": None,
    "kind_2025": "at_least", "low_2025": 30.0, "high_2025": None, "goal_2025": 30.0,
    "kind_2030": "maintain", "low_2030": 30.0, "high_2030": None, "goal_2030": 30.0,
}
DISTRICT = {  # as work_files_district
    "target_id": "work_files_district", "indicator_id": "district_series", "unit": "%", "level": "district",
    "higher_is_better": True, "baseline_year": 2020, "baseline_value": 27.0, "band_out_of": None,
    "kind_2025": "at_least", "low_2025": 80.0, "high_2025": None, "goal_2025": 80.0,
    "kind_2030": "at_least", "low_2030": 90.0, "high_2030": None, "goal_2030": 90.0,
}


def obs(year, value, out_of=None, basis="stated"):
    return {"year": year, "value": value, "out_of": out_of, "basis": basis, "source": f"site: https://x/{year}",
            "value_text": str(value)}


# --- met / not met / provisional ------------------------------------------------------------------

def test_met_on_the_latest_result_is_provisional():
    v = verdicts.judge(PCI, [obs(2020, 57, 63, "decision"), obs(2021, 56, 63), obs(2024, 33, 63)])
    assert (v["latest_year"], v["latest_value"], v["latest_out_of"]) == (2024, 33.0, 63)
    assert (v["verdict_2025"], v["verdict_2025_year"], v["provisional"]) == ("met", 2024, True)
    assert v["outlook_2030"] == "met"  # 33 is already better than the 2030 band 40-45
    assert [b["position"] for b in v["bands_2025"]] == ["better", "better"]  # 45-55 and 50-55
    assert [(b["low"], b["high"]) for b in v["bands_2025"]] == [(45, 55), (50, 55)]


def test_not_met_and_decreasing():
    """PAR INDEX: 51 (2019), 31 (2021), 24 (2022), 56 (2024). Least squares by hand: years centred on
    2021,5 (-2,5 -0,5 0,5 2,5), ranks on 40,5 (10,5 -9,5 -16,5 15,5): Sxy = 9, Sxx = 13, slope +0,6923
    a year (the rank number grows: worse); required from 56 in 2024 to 40 by 2030: -16/6 = -2,6667."""
    results = [obs(2019, 51, 63, "decision"), obs(2021, 31, 63, "derived"), obs(2022, 24, 63), obs(2024, 56, 63)]
    v = verdicts.judge(PAR, results)
    assert (v["verdict_2025"], v["verdict_2025_year"], v["provisional"]) == ("not_met", 2024, True)
    assert v["observed_pace"] == pytest.approx(9 / 13, abs=1e-4)
    assert v["required_pace_2030"] == pytest.approx(-16 / 6, abs=1e-4)
    assert v["outlook_2030"] == "decreasing"
    assert v["basis"] == "stated" and v["pace_points"] == 4
    # the 2025 bands read the judged result (56 of 63, 2024): worse than 45-50
    assert [(b["position"], b["position_year"]) for b in v["bands_2025"]] == [("worse", 2024)]


def test_a_2025_result_makes_the_verdict_final():
    results = [obs(2024, 56, 63), obs(2025, 50, 63), obs(2026, 60, 63)]
    v = verdicts.judge(PAR, results)
    assert (v["verdict_2025"], v["verdict_2025_year"], v["provisional"]) == ("met", 2025, False)
    assert v["latest_year"] == 2026  # the latest result is still reported


def test_every_field_of_the_2025_verdict_reads_the_judged_result():
    """56 (2024), 50 (2025), 60 (2026): met on 2025's 50 (band 45-50 of 63), so the 2025 band says 50 is
    "in", never "worse" as the latest result (60) would; the judged figure itself is in the verdict."""
    v = verdicts.judge(PAR, [obs(2024, 56, 63), obs(2025, 50, 63), obs(2026, 60, 63)])
    assert (v["verdict_2025"], v["verdict_2025_year"]) == ("met", 2025)
    assert (v["verdict_2025_value"], v["verdict_2025_out_of"]) == (50.0, 63)
    [band] = v["bands_2025"]
    assert (band["position"], band["position_year"], band["equivalent_out_of"]) == ("in", 2025, 63)
    # the 2030 band reads the result the outlook reads: the latest, 60 (worse than 32-40)
    assert (v["bands_2030"][0]["position"], v["bands_2030"][0]["position_year"]) == ("worse", 2026)
    # judged on 29/34 (2025) while the latest is 40/63 (2024 is earlier): the 2025 band is out of 34
    v = verdicts.judge(PCI, [obs(2024, 40, 63), obs(2025, 29, 34)])
    assert [(b["equivalent_low"], b["equivalent_high"], b["equivalent_out_of"], b["position"])
            for b in v["bands_2025"]][0] == (25, 29, 34, "in")


def test_a_2025_verdict_never_reads_a_later_year():
    """A 2026 result is reported as the latest, but 2025 is judged on 2025 or, provisionally, on the latest
    result before 2026; with nothing up to 2025 there is no verdict for 2025."""
    v = verdicts.judge(PAR, [obs(2024, 56, 63), obs(2026, 30, 34)])
    assert (v["verdict_2025"], v["verdict_2025_year"], v["provisional"]) == ("not_met", 2024, True)
    assert (v["verdict_2025_value"], v["latest_year"], v["latest_value"]) == (56.0, 2026, 30.0)
    assert v["bands_2025"][0]["position"] == "worse" and v["bands_2025"][0]["equivalent_out_of"] == 63
    v = verdicts.judge(PAR, [obs(2026, 30, 34)])
    assert (v["verdict_2025"], v["verdict_2025_year"], v["provisional"]) == ("no_data", None, False)
    assert v["latest_year"] == 2026 and v["bands_2025"][0]["position"] is None
    # a later plan's horizon likewise: 2025 is never judged on 2026
    target = {"target_id": "t", "name_vi": "t", "indicator_id": "x", "kind": "at_least", "unit": "%",
              "baseline_year": 2020, "baseline_value": 50.0, "horizons": [{"year": 2025, "value": 60.0}]}
    [h] = verdicts.judge_plan_target(target, [{"year": 2026, "value": 80.0}])
    assert (h["verdict"], h["verdict_year"], h["latest_year"]) == ("no_data", None, 2026)
    [h] = verdicts.judge_plan_target(target, [{"year": 2023, "value": 55.0}, {"year": 2026, "value": 80.0}])
    assert (h["verdict"], h["verdict_year"], h["provisional"], h["verdict_value"]) == ("not_met", 2023, True, 55.0)


def test_a_2030_that_has_passed_is_met_or_not_met_in_2030_never_a_trend_word():
    """PAR INDEX 2030 band 32-40 of 63. 45 (2029) then 42 (2030): improving, but 42 is worse than 40: not met in
    2030 (the old rule called it "decreasing"); 38 in 2030 meets it; a result of 2031 never judges 2030."""
    v = verdicts.judge(PAR, [obs(2029, 45, 63), obs(2030, 42, 63)])
    assert (v["outlook_2030"], v["outlook_2030_year"], v["outlook_2030_provisional"]) == ("not_met", 2030, False)
    assert v["observed_pace"] is None and v["required_pace_2030"] is None
    v = verdicts.judge(PAR, [obs(2029, 45, 63), obs(2030, 38, 63), obs(2031, 44, 63)])
    assert (v["outlook_2030"], v["outlook_2030_year"]) == ("met", 2030)
    assert v["bands_2030"][0]["position"] == "in" and v["bands_2030"][0]["position_year"] == 2030
    # no 2030 result, 2031 out: provisional on the latest before 2031 (2028: 41, not met)
    v = verdicts.judge(PAR, [obs(2028, 41, 63), obs(2031, 35, 63)])
    assert (v["outlook_2030"], v["outlook_2030_year"], v["outlook_2030_provisional"]) == ("not_met", 2028, True)
    # before 2030 the outlook is a trend (its year: the latest result's)
    v = verdicts.judge(PAR, [obs(2024, 56, 63)])
    assert (v["outlook_2030"], v["outlook_2030_year"], v["outlook_2030_provisional"]) == ("decreasing", 2024, False)


def test_one_result_per_year_is_the_contract():
    """The figures come one per indicator and year (a revision supersedes what it revises, in the query that
    assembles them); two for one year are refused rather than both entering the pace."""
    with pytest.raises(ValueError, match="2024"):
        verdicts.judge(PAR, [obs(2024, 56, 63), obs(2024, 50, 63)])
    target = {"target_id": "t", "name_vi": "t", "indicator_id": "x", "kind": "at_least", "unit": "%",
              "baseline_year": 2020, "baseline_value": 50.0, "horizons": [{"year": 2025, "value": 60.0}]}
    with pytest.raises(ValueError, match="2024"):
        verdicts.judge_plan_target(target, [{"year": 2024, "value": 55.0}, {"year": 2024, "value": 65.0}])


def test_outlook_words_follow_the_pace_rule():
    # 60 % in 2020, 70 % in 2022: +5 a year; 2030 floor 100 from 70 in 2022: 30/8 = 3,75 needed -> on track
    t = {**DISTRICT, "target_id": "x", "level": "province", "baseline_value": 60.0, "goal_2030": 100.0}
    assert verdicts.judge(t, [obs(2022, 70.0)])["outlook_2030"] == "on_track"
    # 60 -> 62 in 2022: +1 a year against 38/8 = 4,75 needed: ratio 0,21 < 0,5 -> stagnating
    assert verdicts.judge(t, [obs(2022, 62.0)])["outlook_2030"] == "stagnating"
    # 60 -> 66: +3 against 34/8 = 4,25: ratio 0,71 -> moderately improving
    assert verdicts.judge(t, [obs(2022, 66.0)])["outlook_2030"] == "moderately_improving"


# --- no data -----------------------------------------------------------------------------------------

def test_no_result_after_the_baseline_is_no_data_even_when_the_baseline_meets():
    v = verdicts.judge(SHARE, [obs(2016, 33.33, basis="decision"), obs(2020, 32.6, basis="decision")])
    assert (v["verdict_2025"], v["verdict_2025_year"], v["provisional"]) == ("no_data", None, False)
    assert v["outlook_2030"] == "no_data" and v["latest_year"] is None
    assert v["baseline_meets_2025"] is True and v["baseline_meets_2030"] is True
    v = verdicts.judge({**SHARE, "indicator_id": None}, [])
    assert (v["verdict_2025"], v["outlook_2030"]) == ("no_data", "no_data")


def test_an_empty_value_is_not_a_result():
    v = verdicts.judge(SHARE, [obs(2023, None)])
    assert v["verdict_2025"] == "no_data"


# --- a rank out of 34 ---------------------------------------------------------------------------------

def test_a_2025_rank_out_of_34_is_judged_by_position():
    """45-55 of 63 is 25-29 of 34 (see ranks.py): rank 29 of 34 is within, 30 of 34 is not."""
    v = verdicts.judge(PCI, [obs(2024, 33, 63), obs(2025, 29, 34)])
    assert (v["verdict_2025"], v["verdict_2025_year"], v["provisional"], v["latest_out_of"]) == ("met", 2025, False, 34)
    pl01 = v["bands_2025"][0]
    assert (pl01["equivalent_low"], pl01["equivalent_high"], pl01["equivalent_out_of"]) == (25, 29, 34)
    assert pl01["position"] == "in"
    v = verdicts.judge(PCI, [obs(2025, 30, 34)])
    assert v["verdict_2025"] == "not_met"  # compared as a raw number, 30 <= 55 would wrongly be "met"
    # 2030 band 40-45 of 63 as ranks of 34: ceil(39,5·34/63 + 0,5) = ceil(21,82) = 22, floor(44,5·34/63 + 0,5) = 24
    assert (v["bands_2030"][0]["equivalent_low"], v["bands_2030"][0]["equivalent_high"]) == (22, 24)


def test_pace_puts_ranks_out_of_34_on_the_band_scale():
    """57/63 in 2020, 17/34 in 2025: 17 of 34 sits at (17 - 0,5)/34 = 0,4853, i.e. 0,4853·63 + 0,5 = 31,07
    out of 63: better than the 2030 band (45), so the outlook is met; as a raw 17 it would be met too, so
    check the pace with a worse rank: 30/34 -> 29,5/34·63 + 0,5 = 55,16 of 63; slope (55,16 - 57)/5 = -0,368."""
    v = verdicts.judge(PCI, [obs(2025, 17, 34)])
    assert v["outlook_2030"] == "met"
    v = verdicts.judge(PCI, [obs(2025, 30, 34)])
    assert v["observed_pace"] == pytest.approx((29.5 / 34 * 63 + 0.5 - 57) / 5, abs=1e-4)
    # required from 55,16 in 2025 to 45 by 2030: -2,03 a year; ratio 0,18 -> stagnating
    assert v["outlook_2030"] == "stagnating"


# --- an abolished level -------------------------------------------------------------------------------

def test_district_targets_have_no_2030_outlook():
    ended = verdicts.LEVELS_ENDED["district"]
    v = verdicts.judge(DISTRICT, [obs(2022, 95.0), obs(2024, 99.0)], ended)
    assert v["outlook_2030"] == "not_applicable" and v["level_ended"] == "2025-07-01"
    assert "1/7/2025" in v["note_vi"] and "30/6/2025" in v["note_vi"]
    assert (v["verdict_2025"], v["verdict_2025_year"]) == ("met", 2024)  # 2025 is still judged on evidence
    v = verdicts.judge(DISTRICT, [], ended)
    assert (v["verdict_2025"], v["outlook_2030"]) == ("no_data", "not_applicable")


# --- the band equivalence ------------------------------------------------------------------------------

def test_band_equivalence_by_hand():
    assert ranks.equivalent_band(45, 55, 63, 34) == (25, 29)
    assert ranks.equivalent_band(45, 55, 63, 63) == (45, 55)  # same field: unchanged
    assert ranks.equivalent_band(45, 50, 63, 34) == (25, 27)  # 49,5·34/63 + 0,5 = 27,21 -> 27
    assert ranks.within_or_better(29, 34, 55, 63) and not ranks.within_or_better(30, 34, 55, 63)
    assert ranks.band_position(24, 34, 45, 55, 63) == "better"
    assert ranks.band_position(25, 34, 45, 55, 63) == "in"
    # the rule and the band agree on every rank out of 34
    low, high = ranks.equivalent_band(45, 55, 63, 34)
    assert [r for r in range(1, 35) if ranks.band_position(r, 34, 45, 55, 63) == "in"] == list(range(low, high + 1))


# --- on the data ------------------------------------------------------------------------------------------

def test_verdicts_on_the_data():
    vs = {v["target_id"]: v for v in verdicts.verdicts()}
    assert len(vs) == 14
    pci, par = vs["pci_rank"], vs["par_index_rank"]
    assert (pci["latest_year"], pci["latest_value"], pci["latest_out_of"]) == (2024, 33.0, 63)
    assert (pci["verdict_2025"], pci["provisional"], pci["verdict_2025_year"], pci["outlook_2030"]) == \
        ("met", True, 2024, "met")
    assert pci["basis"] == "stated_provincial"
    assert (par["latest_year"], par["latest_value"], par["latest_out_of"]) == (2024, 56.0, 63)
    assert (par["verdict_2025"], par["provisional"], par["outlook_2030"]) == ("not_met", True, "decreasing")
    others = [v for k, v in vs.items() if k not in ("pci_rank", "par_index_rank")]
    assert all(v["latest_year"] is None and v["verdict_2025"] == "no_data" for v in others)
    assert all(v["outlook_2030"] in ("no_data", "not_applicable") for v in others)
    assert vs["work_files_district"]["outlook_2030"] == "not_applicable"
    assert vs["time_cut"]["baseline_meets_2025"] is True  # "2020 đã đạt; chưa có số liệu sau 2020"
    assert verdicts.counts() == {"met": 1, "not_met": 1, "no_data": 12, "no_result": 12}


def test_verdicts_are_memoised_and_copies():
    a = verdicts.verdicts()
    a[0]["verdict_2025"] = "tampered"
    assert verdicts.verdicts()[0]["verdict_2025"] != "tampered"


def _run_verdicts(env_extra: dict) -> str:
    env = {**os.environ, **env_extra}
    out = subprocess.run([sys.executable, "-m", "reform", "verdicts"], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120, check=True)
    return out.stdout


def test_verdicts_command(tmp_path: Path):
    state = tmp_path / "state"
    first = _run_verdicts({"REFORM_STATE_DIR": str(state)})
    data = json.loads(first)
    assert isinstance(data, list) and len(data) == 14
    required = {"target_id", "indicator_id", "latest_year", "latest_value", "latest_out_of", "basis",
                "verdict_2025", "verdict_2025_year", "provisional", "outlook_2030"}
    assert all(required <= set(d) for d in data)
    pci = next(d for d in data if d["target_id"] == "pci_rank")
    assert (pci["latest_value"], pci["latest_out_of"], pci["verdict_2025"], pci["verdict_2025_year"]) == (33, 63, "met", 2024)
    par = next(d for d in data if d["target_id"] == "par_index_rank")
    assert (par["latest_value"], par["verdict_2025"], par["outlook_2030"]) == (56, "not_met", "decreasing")
    # the output depends on the data only: the same twice, with or without a state folder, none created
    assert _run_verdicts({}) == first
    assert not state.exists() or not any(state.iterdir())


# --- a revised figure supersedes the one it revises, in every computation -----------------------------------

HEADER = "indicator_id,year,value,value_text,out_of,source\n"


@pytest.fixture
def fresh(request, tmp_path, monkeypatch):
    with fresh_state(request, monkeypatch, tmp_path / "state"):
        yield


def test_a_revised_2024_figure_is_the_one_2024_figure_everywhere(fresh):
    """PAR INDEX 2024 is published as 56/63; an editor enters 50/63. One 2024 point, 50, in the verdict, the
    pace, the preview's verdicts, the overview's trend and the targets page's projection. The pace by hand:
    51 (2019), 31 (2021), 24 (2022), 50 (2024); years centred on 2021,5 (-2,5 -0,5 0,5 2,5), ranks on 39
    (12 -8 -15 11): Sxy = -30 + 4 - 7,5 + 27,5 = -6, Sxx = 13, slope -6/13 = -0,4615 a year (improving);
    required from 50 in 2024 to 40 by 2030: -10/6 = -1,6667; ratio 0,28 -> stagnating."""
    from reform.model import scenario
    from reform.views import indices

    rows = HEADER + "par_total_rank,2024,50,,63,Báo cáo của tỉnh\n"
    preview = rev.preview(rev.read_file("f.csv", rows.encode("utf-8")))
    [change] = preview["verdicts_changed"]
    assert (change["after"]["latest_value"], change["after"]["outlook_2030"]) == (50.0, "stagnating")
    rev.apply(rev.read_file("f.csv", rows.encode("utf-8")), by="lan")
    v = verdicts.verdict("par_index_rank")
    assert [(r["year"], r["value"]) for r in v["results_after_baseline"]] == [(2021, 31.0), (2022, 24.0), (2024, 50.0)]
    assert v["observed_pace"] == pytest.approx(-6 / 13, abs=1e-4) and v["pace_points"] == 4
    assert v["required_pace_2030"] == pytest.approx(-10 / 6, abs=1e-4)
    assert (v["outlook_2030"], v["verdict_2025"], v["bands_2025"][0]["position"]) == ("stagnating", "met", "in")
    actuals = db.run("target_actuals")
    assert actuals[(actuals.indicator_id == "par_total_rank") & (actuals.year == 2024)]["value"].tolist() == [50.0]
    plan = db.run("plan_actuals", ids=["par_total_rank"])
    assert plan[plan.year == 2024]["value"].tolist() == [50.0]
    trend = indices.index_trend("par")
    assert trend[trend.year == 2024]["rank"].tolist() == [50]
    assert scenario.target_path("par_index_rank").query("kind == 'actual' and year == 2024")["value"].tolist() == [50.0]
    # both figures stay on the data page (and in the audit's comparison)
    obs_all = db.run("observations_all")
    assert sorted(obs_all[(obs_all.indicator_id == "par_total_rank") & (obs_all.year == 2024)]["value"]) == [50.0, 56.0]


def test_every_query_that_computes_or_draws_reads_one_figure_per_year(fresh):
    """PCI 2024 (published 33/63) revised to 30/63, and the decision's 2020 on-time share of communes (PL07,
    100%) revised to 99,5: the charts' series, the PCI what-if's own point and the indices' trend read the
    revisions' figures alone."""
    from reform.model import scenario

    rows = HEADER + "pci_rank,2024,30,,63,Báo cáo\npl07_5c_ontime_commune,2020,\"99,5\",,,Báo cáo\n"
    rev.apply(rev.read_file("f.csv", rows.encode("utf-8")), by="lan")
    series = db.run("indicator_series", ids=["pl07_5c_ontime_commune"])
    assert series[series.year == 2020]["value"].tolist() == [99.5]
    assert series["year"].is_unique
    own = db.run("pci_own_result", year=2024)
    assert own["rank"].tolist() == [30.0]
    assert scenario.pci_year_info(2024)["own"][1] == 30
    results = db.run("index_results", ids=["pci_rank"])
    assert results[results.year == 2024]["value"].tolist() == [30.0]


def test_a_verdict_in_words_names_the_judged_figure_and_a_passed_2030():
    from reform.views import verdicts as words

    v = verdicts.judge(PAR, [obs(2024, 56, 63), obs(2025, 50, 63), obs(2026, 60, 63)])
    assert words.verdict_text(v, "vi") == "✔ Đạt (theo kết quả năm 2025: hạng 50/63)"
    assert words.verdict_text(v, "en") == "✔ Met (on the 2025 result: rank 50 of 63)"
    v = verdicts.judge(PAR, [obs(2024, 56, 63)])  # the judged result is the latest shown beside it: its year only
    assert words.verdict_text(v, "vi") == "✖ Chưa đạt (tạm tính theo kết quả năm 2024)"
    v = verdicts.judge(PAR, [obs(2029, 45, 63), obs(2030, 42, 63)])
    assert words.outlook_text(v, "vi") == "✖ Chưa đạt năm 2030"
    assert words.outlook_text(v, "en") == "✖ Not met in 2030"
    v = verdicts.judge(PAR, [obs(2028, 41, 63), obs(2031, 35, 63)])
    assert words.outlook_text(v, "en") == "✖ Not met in 2030 (provisional, on the 2028 result)"


def test_the_what_if_puts_a_rank_of_34_on_the_bands_scale_as_the_verdict_does(fresh):
    """PCI 2025 entered as 30/34: by position (29,5/34)·63 + 0,5 = 55,16 of 63, worse than the band's 55, so
    the verdict is not met; the targets page's what-if (status, projection, chart) must not call 30 of 34
    "met" against 55 of 63 as a raw number would, and keeps the measured rank beside its equivalent."""
    from reform.model import scenario

    rev.apply(rev.read_file("f.csv", (HEADER + "pci_rank,2025,30,,34,VCCI\n").encode("utf-8")), by="lan")
    assert verdicts.verdict("pci_rank")["verdict_2025"] == "not_met"
    row = scenario.project_targets().set_index("target_id").loc["pci_rank"]
    assert row["status_2025"] != "met" and row["status_2030"] != "met"
    assert row["anchor_value"] == pytest.approx(29.5 / 34 * 63 + 0.5)
    assert (row["anchor_rank"], row["anchor_out_of"], row["out_of"]) == (30, 34, 63)
    assert row["projected_2030"] == pytest.approx(29.5 / 34 * 63 + 0.5)  # pace 0 from a passed year
    path = scenario.target_path("pci_rank")
    assert path.query("kind == 'actual' and year == 2025")["value"].tolist() == [pytest.approx(55.16, abs=0.01)]
    assert path.query("kind == 'actual' and year == 2024")["value"].tolist() == [33.0]  # of 63: unchanged


def test_the_what_if_trend_is_the_decisions_own_years_whatever_is_entered_later(fresh):
    """The what-if's historical pace is the trend of the decision's own years (PAR INDEX 2016-2019: 53, 57, 58,
    51; centred on 2017,5 and 54,75: Sxy = -2,5, Sxx = 5, slope -0,5); a figure entered for a later year moves
    the starting point, never that trend."""
    from reform.model import scenario

    assert scenario.default_paces()["par_index_rank"] == (-0.5, "historical")
    rev.apply(rev.read_file("f.csv", (HEADER + "par_total_rank,2023,40,,63,Báo cáo\n").encode("utf-8")), by="lan")
    assert scenario.default_paces()["par_index_rank"] == (-0.5, "historical")


def test_the_targets_what_if_says_not_met_for_a_target_year_that_has_passed(fresh):
    """PAR INDEX 2025 entered as 33/34 (position 61,06 of the band's 63, worse than 45-55): the 2025 target
    year has passed, so the what-if's 2025 status is the fact "not met", never a trend word (it said
    "decreasing", whatever the pace); 2030 is still ahead and keeps a trend word."""
    from reform.model import scenario

    rows = HEADER + "par_total_rank,2025,33,,34,Báo cáo của tỉnh\n"
    rev.apply(rev.read_file("f.csv", rows.encode("utf-8")), by="lan")
    proj = scenario.project_targets().set_index("target_id")
    row = proj.loc["par_index_rank"]
    assert (row.anchor_year, row.status_2025) == (2025, "not_met")
    assert row.status_2030 in ("on_track", "moderate", "stagnating", "decreasing")
    # whatever pace is assumed, a passed year stays "not met"
    fast = scenario.project_targets({"par_index_rank": -20.0}).set_index("target_id").loc["par_index_rank"]
    assert (fast.status_2025, fast.status_2030) == ("not_met", "on_track")
    assert verdicts.verdict("par_index_rank")["verdict_2025"] == "not_met"
