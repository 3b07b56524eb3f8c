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
