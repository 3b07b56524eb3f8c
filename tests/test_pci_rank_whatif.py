"""The PCI what-if's rank (reform/model/scenario.py: pci_rank_whatif, pci_rank_estimate), on the data.

Hand counts from data/sources/pci_reference.csv, 2020 (2016-2021 method, only 4 other provinces known):
Hải Phòng 69,27 (7), Phú Thọ 64,52 (22), Lâm Đồng 64,43 (23), Bình Phước 62,42 (50); Lai Châu's own
published 2020 result (PL03) is 61,98, rank 57 of 63. Others above each point: Bình Phước 50 - 1 = 49
(Lai Châu was below it), Lâm Đồng 22, Phú Thọ 21, Hải Phòng 6; above Lai Châu's 61,98: 57 - 1 = 56.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

from reform.model import scenario
from reform.paths import ROOT


def test_no_slider_moved_gives_the_published_2020_rank():
    r = scenario.pci_rank_whatif({})
    assert (r["base_year"], r["ref_year"], r["rank"], r["out_of"], r["published_rank"]) == (2020, 2020, 57, 63, 57)
    assert r["composite"] == pytest.approx(61.98) and r["method"] == "interpolated" and not r["complete"]


def test_plus_one_on_a_5_percent_subindex():
    # land 5,78 -> 6,78 at 5 %: +0,50 -> 62,48, between Bình Phước (62,42; 49 above) and Lâm Đồng
    # (64,43; 22 above): 49 + (0,06 / 2,01) x (22 - 49) = 48,19 above -> rank 49, between 24 and 50
    r = scenario.pci_rank_whatif({"land": 6.78})
    assert r["composite"] == pytest.approx(62.48)
    assert (r["rank"], r["low"], r["high"]) == (49, 24, 50)


def test_plus_one_on_a_20_percent_subindex():
    # transparency 6,50 -> 7,50 at 20 %: +2,00 -> 63,98: 49 + (1,56 / 2,01) x (-27) = 28,04 above -> rank 29
    r = scenario.pci_rank_whatif({"transparency": 7.5})
    assert (r["rank"], r["low"], r["high"]) == (29, 24, 50)


def test_lai_chau_is_never_a_competitor():
    points = scenario.pci_reference_points(2020)
    assert len(points) == 4 and (61.98, 57) not in points


def test_rank_is_counted_on_a_complete_year():
    # 2016 holds all 62 other provinces: Lai Châu's own 2016 composite 53,46 counts back to its published 62
    r = scenario.pci_rank_estimate(2016, 53.46)
    assert (r.rank, r.method, r.points, r.out_of) == (62, "count", 62, 63)
    r = scenario.pci_rank_whatif({}, ref_year=2016)
    assert r["complete"] and r["method"] == "count" and r["published_rank"] == 62


def test_the_revised_method_is_never_mixed():
    with pytest.raises(ValueError):
        scenario.pci_whatif({}, ref_year=2022)
    assert 2022 not in set(scenario.pci_reference_years()["year"])


def test_pci_rank_command_on_the_revised_scale():
    out = subprocess.run([sys.executable, "-m", "reform", "pci-rank", "--year", "2024", "--score", "67.67"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
    data = json.loads(out.stdout)
    # Lai Châu's own 2024 point (67,67, rank 33, Kế hoạch 3710/KH-UBND) anchors the count
    assert (data["rank"], data["out_of"], data["method"]) == (33, 63, "interpolated")


def _pci_rank(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reform", "pci-rank", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize("score", ["nan", "inf", "-5", "100.5", "abc", "-inf"])
def test_pci_rank_command_refuses_a_score_off_the_scale_with_a_message(score):
    """A PCI composite is a number from 0 to 100: anything else is a JSON message in both languages (as every
    refusal of the command line), exit 1, never a traceback and never a rank."""
    out = _pci_rank("--year", "2021", f"--score={score}")  # "=": argparse would read "-inf" as an option
    assert out.returncode == 1, out
    assert "Traceback" not in out.stderr
    data = json.loads(out.stdout)
    assert data["error"] == "bad_score" and "rank" not in data
    assert "0" in data["message"] and "100" in data["message"] and score in data["message"]
    assert "0" in data["message_en"] and "100" in data["message_en"]


def test_pci_rank_command_takes_the_ends_of_the_scale():
    for score in ("0", "100", "62,5"):  # the Vietnamese decimal comma too
        out = _pci_rank("--year", "2021", "--score", score)
        assert out.returncode == 0, out.stdout + out.stderr
        assert json.loads(out.stdout)["out_of"] == 63


def test_the_reference_year_help_names_the_complete_years_from_the_data():
    """Every other province's score is published for 2013-2016 only (2020 has 4 points): the help text of the
    reference year says so, from the data."""
    from reform.i18n import fmt
    from reform.i18n import pci as text
    from reform.i18n import tr

    complete = scenario.pci_complete_reference_years()
    assert complete == (2013, 2014, 2015, 2016)
    assert fmt.fmt_year_spans([2013, 2014, 2015, 2016, 2020, 2022, 2023]) == "2013–2016, 2020, 2022–2023"
    help_vi = tr(text.TEXT, "ref_help", "vi", complete=fmt.fmt_year_spans(complete))
    assert "(2013–2016)" in help_vi and "2020" not in help_vi
    from apptest_util import open_page

    at = open_page("pci")
    from reform.ui import state

    box = next(s for s in at.selectbox if state.meaning(s.key) == "pci_ref")  # its key carries its labels too
    assert "(2013–2016)" in box.help and "2020)" not in box.help


# --- by method (issue 15 item 2) ---------------------------------------------------------------------------------
# The shipped methods: PCI 2022-2024 has no published weights, so its years get a what-if on the composite itself;
# PCI 2.0 (2025) has no reference points shipped, so 2025 is not offered until an editor imports them.

def test_the_revised_years_are_offered_on_their_own_method_with_a_composite_what_if_only():
    years = scenario.pci_whatif_years()
    assert {y: years[y] for y in (2020, 2021, 2022, 2024)} == {2020: "pci_2006", 2021: "pci_2006",
                                                               2022: "pci_2022", 2024: "pci_2022"}
    assert 2025 not in years  # no 2025 reference points in the build
    keys = [k for k in scenario.pci_method_params() if k.startswith("pci_pci_2022_")]
    assert keys == ["pci_pci_2022_composite"]  # weights unknown: no component slider, nothing invented
    assert scenario.pci_method_base("pci_2022") is None


def test_no_composite_moved_gives_the_published_2024_rank():
    r = scenario.pci_method_whatif(2024, {})
    assert (r.mode, r.moved, r.published) == ("composite", False, (67.67, 33, 63))
    assert r.composite == pytest.approx(67.67)


def test_the_composite_what_if_ranks_among_the_same_methods_2024_points():
    # 67,67 + 3 = 70,67: Hải Phòng … Thừa Thiên Huế (ranks 1-6, 71,13 the lowest of them) score higher, Hậu Giang
    # (70,54, rank 7) lower: 6 others above -> rank 7 of 63 (data/sources/pci_reference.csv, 2024)
    r = scenario.pci_method_whatif(2024, {"pci_pci_2022_composite": 3.0})
    assert r.moved and r.composite == pytest.approx(70.67)
    assert (r.estimate.rank, r.estimate.out_of, r.estimate.year) == (7, 63, 2024)


def test_a_year_of_the_decisions_method_is_not_a_method_what_if():
    with pytest.raises(ValueError):
        scenario.pci_method_whatif(2020, {})


# A made-up PCI 2.0 with weights (nothing here is VCCI's: labelled so in every name and source), Lai Châu's
# made-up 2025 scores, composite 65,25 and rank 12 of 34, and 30 made-up provinces 0,6 points a place apart.
MADE_UP = "MADE-UP FOR A TEST (BỊA ĐỂ KIỂM THỬ): not VCCI's"
WEIGHTS = {"market_entry": 0.15, "land": 0.10, "transparency": 0.15, "compliance_cost": 0.10, "informal": 0.10,
           "fair_competition": 0.10, "support": 0.10, "legal": 0.10, "proactive_government": 0.10}
SCORES = {"market_entry": 7.2, "land": 6.1, "transparency": 6.5, "compliance_cost": 7.0, "informal": 6.8,
          "fair_competition": 5.9, "support": 6.3, "legal": 6.0, "proactive_government": 6.6}
MISSING = {20, 27, 33}


def made_up_files() -> list[tuple[str, str]]:
    method = ["method_id,index_id,name_vi,name_en,year_from,year_to,composite_max,source,component_id,"
              "component_name_vi,component_name_en,scale_min,scale_max,weight"]
    method += [f'pci_2_0,pci,PCI 2.0 (BỊA),PCI 2.0 (MADE-UP),2025,,100,"{MADE_UP}",{c},{c} vi,{c} en,0,10,{w}'
               for c, w in WEIGHTS.items()]
    scores = ["method_id,year,province,component_id,score,rank,out_of,source"]
    scores += [f'pci_2_0,2025,Lai Châu,{c},{s},,,"{MADE_UP}"' for c, s in SCORES.items()]
    result = ["indicator_id,year,value,value_text,out_of,source",
              f'pci_score,2025,65.25,"65,25 điểm",,"{MADE_UP}"', f'pci_rank,2025,12,hạng 12/34,34,"{MADE_UP}"']
    ref = ["year,province,composite,rank,out_of,method_id,source"]
    ranks = [r for r in range(1, 35) if r != 12 and r not in MISSING]
    ref += [f'2025,Tỉnh giả định {i:02d},{round(65.25 + 0.6 * (12 - r), 2)},{r},34,pci_2_0,"{MADE_UP}"'
            for i, r in enumerate(ranks, start=1)]
    return [("method.csv", "\n".join(method)), ("scores.csv", "\n".join(scores)), ("result.csv", "\n".join(result)),
            ("reference.csv", "\n".join(ref))]


@pytest.fixture
def made_up_2_0(request, tmp_path, monkeypatch):
    """The made-up PCI 2.0 files imported as four revisions into a fresh state store."""
    from state_util import fresh_state

    from reform.imports import engine as rev

    with fresh_state(request, monkeypatch, tmp_path / "state"):
        for name, text in made_up_files():
            parsed = rev.read_file(name, text.encode("utf-8"))
            assert parsed.ok, parsed.errors()
            rev.apply(parsed, by="lan")
        yield


def test_the_made_up_method_gets_nine_sliders_and_its_published_rank(made_up_2_0):
    assert scenario.pci_whatif_years()[2025] == "pci_2_0"
    keys = [k for k in scenario.pci_method_params() if k.startswith("pci_pci_2_0_")]
    assert keys == [f"pci_pci_2_0_{c}" for c in WEIGHTS]  # in the method's order, one per component
    r = scenario.pci_method_whatif(2025, {})
    assert (r.mode, r.moved, r.base_year, r.published) == ("components", False, 2025, (65.25, 12, 34))
    assert r.composite == pytest.approx(65.25)


def test_moving_one_component_recomputes_with_the_methods_weights_out_of_34(made_up_2_0):
    # transparency 6,5 -> 10 at 15 %: +3,5 x 0,15 x 10 = +5,25 -> 70,50; the made-up provinces at ranks 1-3
    # (71,85, 71,25, 70,65) score higher, the one at 4 (70,05) lower: 3 others above -> rank 4 of 34
    r = scenario.pci_method_whatif(2025, {"pci_pci_2_0_transparency": 10.0})
    assert r.moved and r.change == pytest.approx(5.25) and r.composite == pytest.approx(70.50)
    assert r.contributions["transparency"] == pytest.approx(5.25) and r.contributions["land"] == 0
    assert (r.estimate.rank, r.estimate.out_of, r.estimate.year) == (4, 34, 2025)
    assert r.estimate.points == 31  # 30 made-up provinces and Lai Châu's own published point, never 2024's


def test_a_scenario_on_another_methods_year_still_makes_its_brief_figures():
    """A scenario saved with the PCI page's reference year on the revised method (2024) and its composite what-if:
    the scenarios' comparison and brief (reform/views/compare.py) place the decision's sub-indices in a year of
    their own method (never 2024's points), and never call the what-if's starting value a figure of the decision."""
    from reform.views import compare

    values = {"pci_ref": 2024, "pci_pci_2022_composite": 3.0}
    est = compare.figures(values).pci.estimate
    assert (est.year, est.out_of) == (2020, 63)
    rows = compare.assumptions({"a": values}).set_index("key")
    assert rows.loc["pci_pci_2022_composite", "a"] == 3.0
    assert pd.isna(rows.loc["pci_pci_2022_composite", "decision"])
    assert rows.loc["pci_ref", "a"] == 2024  # the chosen year stays among the scenario's values
