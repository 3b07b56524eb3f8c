"""Lai Châu among its region (issue 18): regions as data (and a file kind of the import engine), Lai Châu's rank
within the region of a year, the regional median and best and the gaps, the "match a peer" presets of the PCI
what-if, and ``python -m reform peers``.

The expected numbers are counted by hand from /work/shared/reference/pci-national/pci_2013_2016_all_provinces.csv
(the 14 provinces' rows of 2016, copied in the comments) and from the reference's section 5
(new-period-2026-2030.md), never computed by the code under test. Lai Châu's own 2016 sub-indices in the data are the
decision's (two decimals: 8,84 …); every count below is the same with the workbook's 8,8407 …, as the comments show.
"""
from __future__ import annotations

import json

import pandas as pd
import pytest

from reform.__main__ import main
from reform.data import db
from reform.imports import engine
from reform.model import peers

from state_util import fresh_state

REGION = "trung_du_mien_nui_phia_bac"
OLD_14 = {"Hà Giang", "Cao Bằng", "Bắc Kạn", "Tuyên Quang", "Lào Cai", "Yên Bái", "Thái Nguyên", "Lạng Sơn",
          "Bắc Giang", "Phú Thọ", "Điện Biên", "Lai Châu", "Sơn La", "Hòa Bình"}
REGIONS_HEAD = "region_id,name_vi,name_en,province,year_from,year_to,carries,basis,source,note\n"


@pytest.fixture(autouse=True)
def state(request, tmp_path, monkeypatch):
    with fresh_state(request, monkeypatch, tmp_path / "state"):
        yield tmp_path / "state"


# --- the region as data ------------------------------------------------------------------------------------------

def test_the_region_is_data_with_its_years_basis_and_source():
    rows = db.run("regions")
    assert set(rows["region_id"]) == {REGION}
    region = peers.region()
    assert region.id == REGION and region.name_vi == "Trung du và miền núi phía Bắc"
    for year in (2013, 2016, 2020, 2021, 2024):
        assert {m.province for m in region.members_in(year)} == OLD_14
    # Quyết định 369/QĐ-TTg (2024) names the 14: stated from 2021, applied by the dashboard to 2013-2020 (derived)
    assert {m.basis for m in region.members_in(2024)} == {"stated"}
    assert {m.basis for m in region.members_in(2016)} == {"derived"}
    assert all("369/QĐ-TTg" in m.source for m in region.members_in(2016))
    # from 2025 (Nghị quyết 202/2025/QH15): the provinces that carry the 14, derived (no redefinition found)
    after = {m.province: m.carries for m in region.members_in(2025)}
    assert after == {"Tuyên Quang": "Hà Giang; Tuyên Quang", "Cao Bằng": "Cao Bằng", "Lào Cai": "Lào Cai; Yên Bái",
                     "Thái Nguyên": "Bắc Kạn; Thái Nguyên", "Lạng Sơn": "Lạng Sơn", "Bắc Ninh": "Bắc Giang",
                     "Phú Thọ": "Phú Thọ; Hòa Bình", "Điện Biên": "Điện Biên", "Lai Châu": "Lai Châu",
                     "Sơn La": "Sơn La"}
    carried = {p.strip() for m in region.members_in(2030) for p in m.carries.split(";")}
    assert carried == OLD_14  # every former member is carried by one province of the region
    assert all(m.basis == "derived" and "202/2025/QH15" in m.source and "Chưa tìm thấy" in m.note
               for m in region.members_in(2025))
    assert region.size(2024) == 14 and region.size(2025) == 10


# --- 2016: every sub-index, counted by hand ----------------------------------------------------------------------

# The 14 provinces in 2016 (workbook, Summary_VN): entry land transparency time informal bias proactivity support
# labour legal | composite rank
#   Lào Cai      8.6541 5.6595 7.0191 6.4208 5.3485 5.4339 6.386  5.9859 6.2105 6.8643 | 63.4889  5
#   Thái Nguyên  8.6167 5.7642 6.155  6.6425 5.7593 5.1994 5.3233 4.8889 7.6401 5.8382 | 61.8196  7
#   Phú Thọ      8.6603 4.4607 5.7561 5.5536 5.2076 4.8017 4.6519 5.9644 6.5952 5.3998 | 58.603  29
#   Bắc Giang    8.5132 5.6329 6.0376 7.1079 5.1563 4.3513 4.6723 5.2802 6.4446 4.7615 | 58.2006 33
#   Tuyên Quang  7.8461 6.2517 6.2717 5.8202 5.2644 5.9679 4.7506 4.6516 6.3328 4.6704 | 57.4302 45
#   Yên Bái      8.437  5.7583 6.2799 6.1473 5.2172 5.2863 5.4939 5.4062 5.3193 4.9742 | 57.2763 47
#   Hòa Bình     8.6777 5.6205 6.0961 5.7359 5.0223 4.5851 4.359  5.8837 5.4014 5.0519 | 56.7998 52
#   Điện Biên    8.7263 5.6711 6.1756 6.5706 4.169  5.488  4.1173 5.546  5.6593 4.5191 | 56.4769 53
#   Lạng Sơn     8.8834 5.1495 6.0601 5.2843 5.0825 5.0606 4.7772 5.9168 5.3387 4.0015 | 56.2921 55
#   Sơn La       8.5288 5.3969 5.841  7.0231 4.9229 5.1682 4.6952 5.6193 4.904  4.8576 | 55.4863 58
#   Hà Giang     8.7154 4.9895 6.3089 6.1793 5.0586 4.6054 4.5008 5.6898 4.7341 4.7617 | 55.4004 59
#   Bắc Cạn      8.1094 5.823  6.3602 6.0578 4.6016 5.7184 4.2933 4.6641 5.069  5.6125 | 54.5954 60
#   Lai Châu     8.8407 5.2177 6.1326 6.5553 4.5376 4.8344 4.7712 4.5495 4.7828 5.7641 | 53.4591 62
#   Cao Bằng     8.2688 4.7758 5.521  5.0265 3.3402 3.7663 3.4103 5.3634 6.2232 5.6193 | 52.9889 63
# Lai Châu's rank = 1 + the provinces above it:
#   entry 8,84: Lạng Sơn 8.8834                                                              -> 1 + 1  = 2
#   land 5,22: Lào Cai, Thái Nguyên, Bắc Giang, Tuyên Quang, Yên Bái, Hòa Bình, Điện Biên, Sơn La,
#              Bắc Kạn (below: Phú Thọ 4.46, Lạng Sơn 5.15, Hà Giang 4.99, Cao Bằng 4.78)    -> 1 + 9  = 10
#   transparency 6,13: Lào Cai 7.02, Thái Nguyên 6.155, Tuyên Quang 6.27, Yên Bái 6.28, Điện Biên 6.18,
#              Hà Giang 6.31, Bắc Kạn 6.36 (Hòa Bình 6.096, Lạng Sơn 6.06 below)            -> 1 + 7  = 8
#   time 6,56: Thái Nguyên 6.64, Bắc Giang 7.11, Điện Biên 6.5706, Sơn La 7.02 (Lào Cai 6.42 below) -> 1 + 4 = 5
#   informal 4,54: all but Điện Biên 4.17 and Cao Bằng 3.34 (Bắc Kạn 4.60 above)            -> 1 + 11 = 12
#   bias 4,83: Lào Cai, Thái Nguyên, Tuyên Quang, Yên Bái, Điện Biên, Lạng Sơn 5.06, Sơn La, Bắc Kạn
#              (Phú Thọ 4.80 below)                                                          -> 1 + 8  = 9
#   proactivity 4,77: Lào Cai 6.39, Thái Nguyên 5.32, Yên Bái 5.49, Lạng Sơn 4.7772
#              (Tuyên Quang 4.7506 below)                                                    -> 1 + 4  = 5
#   support 4,55: all 13 (lowest Tuyên Quang 4.65)                                           -> 1 + 13 = 14
#   labour 4,78: all but Hà Giang 4.73                                                       -> 1 + 12 = 13
#   legal 5,76: Lào Cai 6.86, Thái Nguyên 5.84 (Cao Bằng 5.62, Bắc Kạn 5.61 below)           -> 1 + 2  = 3
#   composite 53,46 (national rank 62): all but Cao Bằng (63)                                -> 1 + 12 = 13
RANKS_2016 = {"composite": 13, "entry": 2, "land": 10, "transparency": 8, "time": 5, "informal": 12, "bias": 9,
              "proactivity": 5, "support": 14, "labour": 13, "legal": 3}
# Land access: sorted, the 7th and 8th of 14 are Hòa Bình 5.6205 and Bắc Giang 5.6329: median 5.6267; the best is
# Tuyên Quang 6.2517; Lai Châu's 5,22 (the decision's) is 0,4067 below the median and 1,0317 below the best.


def test_2016_lai_chau_among_the_14_on_every_sub_index_by_hand():
    got = {k: (s.rank_in_region, s.known, s.region_size) for k, s in peers.standings(2016).items()}
    assert got == {k: (r, 14, 14) for k, r in RANKS_2016.items()}
    land = peers.standing(2016, "land")
    assert (land.value, land.median, land.best, land.best_province) == (5.22, 5.6267, 6.2517, "Tuyên Quang")
    assert (land.gap_to_median, land.gap_to_best) == (-0.4067, -1.0317)
    assert land.own.basis == "decision" and "Phụ lục 03" in land.own.source
    composite = peers.standing(2016)
    assert composite.order_by == "rank" and (composite.best_province, composite.best) == ("Lào Cai", 63.49)


# --- 2022 and 2024: the peers of the reference, with their sources; the missing ones unknown ----------------------

# new-period-2026-2030.md §5, 2022 (of 63): Bắc Giang 72,80 (2); Lào Cai 68,20 (11); Phú Thọ 66,30 (24); Hà Giang
# 64,39 (41); Sơn La 63,22 (49); Yên Bái 63,09 (51); Hòa Bình 62,81 (53); Lai Châu 62,05 (57); Điện Biên 59,85 (62);
# Bắc Kạn rank 35; Cao Bằng rank 63 (59,58 in the national points). Not listed: Tuyên Quang, Lạng Sơn, Thái Nguyên.
PEERS_2022 = {"Bắc Giang": (72.80, 2), "Lào Cai": (68.20, 11), "Phú Thọ": (66.30, 24), "Hà Giang": (64.39, 41),
              "Sơn La": (63.22, 49), "Yên Bái": (63.09, 51), "Hòa Bình": (62.81, 53), "Điện Biên": (59.85, 62),
              "Bắc Kạn": (None, 35), "Cao Bằng": (59.58, 63), "Lai Châu": (62.05, 57)}
# 2024 (of 63): Bắc Giang 71,24 (4); Phú Thọ 70,35 (8); Lạng Sơn 69,01 (16); Lào Cai 68,56 (23); Thái Nguyên 68,13 (26);
# Điện Biên 67,77 (32, provincial paper); Lai Châu 67,67 (33, provincial plan). Seven others: not published.
PEERS_2024 = {"Bắc Giang": (71.24, 4), "Phú Thọ": (70.35, 8), "Lạng Sơn": (69.01, 16), "Lào Cai": (68.56, 23),
              "Thái Nguyên": (68.13, 26), "Điện Biên": (67.77, 32), "Lai Châu": (67.67, 33)}


def test_2022_and_2024_composites_of_the_listed_peers_with_sources_and_the_missing_unknown():
    s22 = peers.standing(2022)
    known = {p.province: (p.value, p.rank) for p in s22.points if p.status != "unknown"}
    assert known == PEERS_2022
    assert {p.province for p in s22.unknown} == {"Tuyên Quang", "Lạng Sơn", "Thái Nguyên"}
    assert {p.why for p in s22.unknown} == {peers.NOT_IN_SOURCES}  # VCCI published all 63 in 2022: not ours yet
    bac_kan = next(p for p in s22.points if p.province == "Bắc Kạn")
    assert bac_kan.status == "rank_only" and "baobackan.com.vn" in bac_kan.source
    by = {p.province: p.source for p in s22.points}
    assert "tienphong.vn/lao-cai-diem-sang-khu-vuc-tay-bac" in by["Sơn La"] and "baolaocai.vn" in by["Lào Cai"]
    # by national rank: Bắc Giang 2, Lào Cai 11, Phú Thọ 24, Bắc Kạn 35, Hà Giang 41, Sơn La 49, Yên Bái 51,
    # Hòa Bình 53 are above Lai Châu's 57: 9th of the 11 known; the median of the 10 scores (Bắc Kạn has none) is
    # (63,22 + 63,09) / 2 = 63,155
    assert (s22.rank_in_region, s22.known, s22.valued, s22.median) == (9, 11, 10, 63.155)

    s24 = peers.standing(2024)
    assert {p.province: (p.value, p.rank) for p in s24.points if p.status != "unknown"} == PEERS_2024
    assert {p.why for p in s24.unknown} == {peers.NOT_PUBLISHED} and len(s24.unknown) == 7
    by = {p.province: p for p in s24.points}
    assert by["Điện Biên"].basis == "stated_provincial" and "baodienbienphu" in by["Điện Biên"].source
    assert by["Lai Châu"].basis == "stated_provincial" and "3710" in by["Lai Châu"].source
    assert "vietnamfdi.vn" in by["Lạng Sơn"].source and "baolaocai.vn" in by["Lào Cai"].source
    # six peers above 33: 7th of the 7 known; median 68,56 (Lào Cai, the 4th of 7); best Bắc Giang 71,24
    assert (s24.rank_in_region, s24.known, s24.median, s24.best_province) == (7, 7, 68.56, "Bắc Giang")
    assert (s24.gap_to_median, s24.gap_to_best) == (-0.89, -3.57)


def test_a_year_lai_chau_published_only_its_rank_reads_by_rank_with_no_value():
    s = peers.standing(2021)  # Lai Châu 56/63, score not stated; Phú Thọ 20, Lào Cai 25, Điện Biên 53
    assert (s.rank_in_region, s.known, s.value, s.gap_to_median) == (4, 4, None, None)


# --- the "match a peer" what-if on the 2016 reference year ------------------------------------------------------

# The what-if's sliders start at Lai Châu's 2020 sub-indices (land 5,78, transparency 6,50; composite as printed
# 61,98) and move in steps of 0,1 from there; the composite is placed among the 62 other provinces of 2016.
# Before: above 61,98 are Đà Nẵng 70,00, Quảng Ninh 65,60, Đồng Tháp 64,96, Bình Dương 63,57, Lào Cai 63,49,
#   Vĩnh Long 62,76 (Thái Nguyên 61,82 below): rank 1 + 6 = 7.
# Land to the region's best (Tuyên Quang 6,2517): the nearest step is 6,28 (6,18 is 0,0717 away, 6,28 is 0,0283);
#   +0,50 × 10 × 5% = +0,25: 62,23, still below Vĩnh Long's 62,76 and above 61,82: rank 7, a move of 0.
# Transparency to the region's best (Lào Cai 7,0191): the nearest step is 7,00; +0,50 × 10 × 20% = +1,00: 62,98,
#   above Vĩnh Long 62,76: rank 1 + 5 = 6, a move of 1.


def test_match_the_regional_best_on_land_access_moves_the_2016_rank_by_the_hand_count():
    defaults = {"land": 5.78, "transparency": 6.5}
    land = peers.preset_plan(2016, "best", "land", defaults)
    assert land["values"] == {"land": 6.2517} and land["set"] == {"land": 6.28}
    assert land["before"].estimate.rank == 7 and land["before"].estimate.out_of == 63
    assert land["after"].composite == pytest.approx(62.23) and land["after"].estimate.rank == 7  # moves by 0
    assert land["before"].estimate.method == "count"

    transparency = peers.preset_plan(2016, "best", "transparency", defaults)
    assert transparency["set"] == {"transparency": 7.0}
    assert transparency["after"].composite == pytest.approx(62.98)
    assert (transparency["before"].estimate.rank, transparency["after"].estimate.rank) == (7, 6)  # moves by 1


def test_presets_are_offered_only_where_the_year_has_the_component_and_never_across_methods():
    # the median and a province: land's median 5,6267 (above); Phú Thọ's own 2016 land 4.4607
    assert peers.preset_values(2016, "median", "land") == {"land": 5.6267}
    assert peers.preset_values(2016, "province", "land", "Phú Thọ") == {"land": 4.4607}
    assert len(peers.preset_values(2016, "best")) == 10  # every component of the year
    # 2020: only Phú Thọ has sub-indices among the peers (VCCI's province page)
    assert peers.preset_provinces(2020) == ("Phú Thọ",)
    assert peers.preset_values(2020, "province", None, "Lào Cai") == {}
    # 2022 is VCCI's revised method: Phú Thọ's components are there, but the what-if's sliders are the 2006-2021
    # method's, so no preset plan is made for 2022
    assert peers.preset_values(2022, "province", "land", "Phú Thọ") == {"land": 7.25}
    assert peers.preset_plan(2022, "province", "land", {"land": 5.78}, province="Phú Thọ") is None
    # 2024 has no peers' components at all
    assert peers.preset_targets(2024) == {}
    with pytest.raises(ValueError):
        peers.preset_values(2016, "mean")


# --- python -m reform peers ------------------------------------------------------------------------------------

def test_the_peers_command_prints_the_2016_standings_keyed_by_measure(capsys):
    assert main(["peers", "--year", "2016"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["composite", "entry", "land", "transparency", "time", "informal", "bias", "proactivity",
                         "support", "labour", "legal"]
    assert {k: v["rank_in_region"] for k, v in out.items()} == RANKS_2016
    land = out["land"]
    assert (land["region_size"], land["value"], land["median"], land["best"], land["best_province"],
            land["gap_to_median"], land["gap_to_best"]) == (14, 5.22, 5.6267, 6.2517, "Tuyên Quang", -0.4067, -1.0317)
    assert land["basis"]["lai_chau"]["basis"] == "decision"
    assert {m["basis"] for m in land["basis"]["members"]} == {"stated"}
    assert all("PCI 2016 workbook" in m["source"] for m in land["basis"]["members"])


def test_the_peers_command_for_a_year_without_data_says_so(capsys):
    assert main(["peers", "--year", "2012"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["error"] == "no_data" and "2012" in out["message"] and "2013" in out["message_en"]
    assert main(["peers", "--year", "2016", "--region", "no_such_region"]) == 1
    assert json.loads(capsys.readouterr().out)["error"] == "unknown_region"


# --- regions as a file kind of the import engine ----------------------------------------------------------------

#: A made-up region for the tests (not a published one): four provinces of the north-west, from 2013.
MADE_UP = REGIONS_HEAD + "\n".join([
    "thu_tay_bac,Vùng thử (kiểm thử),Test region,Lai Châu,2013,,,stated,Tệp mẫu của kiểm thử,",
    ",,,Điện Biên,2013,,,,Tệp mẫu của kiểm thử,",
    ",,,Sơn La,2013,,,,Tệp mẫu của kiểm thử,",
    ",,,Lào Cai,2013,,,derived,Tệp mẫu của kiểm thử,"]) + "\n"


def test_a_region_file_previews_applies_and_rolls_back():
    parsed = engine.read_file("vung.csv", MADE_UP.encode("utf-8"))
    assert parsed.ok and parsed.kind == "regions", parsed.errors()
    p = engine.preview(parsed)
    assert (len(p["new"]), p["region_status"], p["can_apply"]) == (4, "new", True)
    done = engine.apply(parsed, by="Kiểm thử")
    assert [r.id for r in peers.own_regions()] == [REGION, "thu_tay_bac"]
    # 2016 in the test region: Lào Cai 5, Điện Biên 53, Sơn La 58 are above Lai Châu's 62: 4th of 4
    s = peers.standing(2016, "composite", "thu_tay_bac")
    assert (s.rank_in_region, s.known, s.region_size) == (4, 4, 4)
    assert peers.region("thu_tay_bac").entered_by == "Kiểm thử"
    engine.rollback(done["id"], by="Kiểm thử")
    assert [r.id for r in peers.own_regions()] == [REGION]


def test_changing_the_shipped_region_replaces_all_of_its_rows_and_the_preview_lists_what_goes():
    rows = db.run("regions")
    keep = rows[~((rows["province"] == "Bắc Giang") & (rows["year_from"] == 2021))]
    def cell(v) -> str:
        return "" if v is None or pd.isna(v) else '"' + str(v).replace('"', '""') + '"'

    lines = [",".join(cell(v) for v in (r.region_id, r.name_vi, r.name_en, r.province, r.year_from, r.year_to,
                                        r.carries, r.basis, r.source, r.note)) for r in keep.itertuples()]
    parsed = engine.read_file("vung.csv", (REGIONS_HEAD + "\n".join(lines) + "\n").encode("utf-8"))
    assert parsed.ok, parsed.errors()
    p = engine.preview(parsed)
    assert [(r["province"], r["year_from"]) for r in p["removed"]] == [("Bắc Giang", 2021)]
    assert p["region_status"] == "changed" and len(p["new"]) == 0
    engine.apply(parsed, by="Kiểm thử")
    assert peers.region().size(2024) == 13 and peers.region().size(2016) == 14
    assert peers.standing(2024).region_size == 13


def test_a_bad_region_file_names_each_problem_and_applies_nothing():
    bad = REGIONS_HEAD + "\n".join([
        "Vùng Sai,Vùng,,Lào Cai,2013,,,,Nguồn,",            # an id that is not a-z 0-9 _ . -
        "thu,Vùng thử,,Lai Châu,2013,,,,Nguồn,",
        "thu,Vùng khác,,Điện Biên,2013,,,,Nguồn,",          # another region in the same file
        "thu,,,Lai Châu,2020,,,,Nguồn,",                    # Lai Châu twice in overlapping years
        "thu,,,Sơn La,2024,2020,,,Nguồn,",                  # a period that runs backwards
        "thu,,,Yên Bái,2013,,,guessed,Nguồn,",              # a basis not stated / derived
        "thu,,,Hòa Bình,2013,,,,,"]) + "\n"                 # no source
    parsed = engine.read_file("vung.csv", bad.encode("utf-8"))
    codes = {(x.row, x.column, x.code) for x in parsed.problems}
    assert {(2, "region_id", "bad_id"), (4, "name_vi", "region_differs"), (5, "year_from", "region_overlap"),
            (6, "year_to", "bad_period"), (7, "basis", "region_bad_basis"), (8, "source", "required")} <= codes
    assert not engine.preview(parsed)["can_apply"]
    with pytest.raises(engine.RevisionError):
        engine.apply(parsed, by="Kiểm thử")
    msg = next(x for x in parsed.problems if x.code == "region_overlap")
    assert "Lai Châu" in msg.message("vi") and "dòng 3" in msg.message("vi")


def test_a_region_without_lai_chau_or_with_an_unknown_province_warns():
    text = REGIONS_HEAD + "thu,Vùng thử,,Điện Biên,2013,,,,Nguồn,\n,,,Tỉnh Không Có,2013,,,,Nguồn,\n"
    parsed = engine.read_file("vung.csv", text.encode("utf-8"))
    assert parsed.ok
    warned = {(w.column, w.code) for w in parsed.warnings}
    assert warned == {("province", "region_unknown_province"), ("province", "region_without_own")}


def test_members_with_the_same_figure_share_a_rank():
    """Ties share a rank (1 + the members strictly better), as VCCI's ranks do: made-up points, no data read."""
    def point(name: str, value: float, own: bool = False) -> peers.Point:
        return peers.Point(name, value, None, None, "stated", "x", own, "known")

    pts = (point("A", 6.0), point("B", 5.5), point("Lai Châu", 5.5, own=True), point("C", 5.0))
    assert [peers._rank_of(p, pts, "value") for p in pts] == [1, 2, 2, 4]


def test_a_year_of_34_provinces_is_compared_among_the_ten_and_charted_apart_from_63():
    """After the 2025 mergers: made-up 2025 figures (NOT VCCI's: PCI 2025 results are not in the sources) entered as
    an editor would. The region then has the 10 provinces that carry the 14; ranks out of 34 get a chart of their
    own, never the 1-63 axis."""
    from reform.views import peers as present

    figures = ("indicator_id,year,value,value_text,out_of,source\n"
               "pci_rank,2025,12,hạng 12/34 (MẪU THỬ),34,Tệp mẫu của kiểm thử: không phải số của VCCI\n"
               "pci_score,2025,66,66 điểm (MẪU THỬ),,Tệp mẫu của kiểm thử: không phải số của VCCI\n")
    points = ("year,province,composite,rank,out_of,method_id,source\n"
              "2025,Lào Cai,70,5,34,pci_2_0,Tệp mẫu của kiểm thử\n"
              "2025,Điện Biên,60,20,34,pci_2_0,Tệp mẫu của kiểm thử\n"
              "2025,Hà Nội,75,1,34,pci_2_0,Tệp mẫu của kiểm thử\n")  # not of the region
    for text in (figures, points):
        parsed = engine.read_file("f.csv", text.encode("utf-8"))
        assert parsed.ok, parsed.errors()
        engine.apply(parsed, by="Kiểm thử")
    s = peers.standing(2025)
    # Lào Cai (5) above Lai Châu (12), Điện Biên (20) below: 2nd of the 3 known, of the 10 provinces
    assert (s.rank_in_region, s.known, s.region_size, s.method_id) == (2, 3, 10, "pci_2_0")
    assert {p.province for p in s.unknown} == {"Tuyên Quang", "Cao Bằng", "Thái Nguyên", "Lạng Sơn", "Bắc Ninh",
                                              "Phú Thọ", "Sơn La"}
    assert 2025 in peers.years()
    history = present.history_data("vi")
    assert present.fields(history) == [63, 34]
    chart = present.rank_chart(history, 34, "vi", "Trung du và miền núi phía Bắc").to_dict()
    assert chart["layer"][0]["encoding"]["y"]["scale"]["domain"] == [34, 1]
    assert "trên 34 tỉnh" in chart["title"] and "trên 34 tỉnh" in chart["layer"][0]["encoding"]["y"]["title"]
    assert set(present.history_years(history, 34)["year"]) == {2025}  # no year of 63 on the 34 chart
