"""Checks on the curated national PCI reference table data/sources/pci_reference.csv.

The table places a what-if PCI composite among the other provinces. It is built from
/work/shared/reference/pci-national (VCCI workbooks 2013-2016, pcivietnam.vn province
pages 2017-2022, press rank points 2021-2024); Lai Châu itself is excluded because the
dashboard takes Lai Châu's own results from Decision 688/QĐ-UBND.
"""

import unicodedata
from pathlib import Path

import pandas as pd
import pytest

CSV = Path(__file__).resolve().parents[1] / "data" / "sources" / "pci_reference.csv"
COLUMNS = ["year", "province", "score", "rank", "out_of", "scale", "source", "basis"]

# The 63 provinces (pre-2025 boundaries), the names the table must use.
PROVINCES_63 = {
    "An Giang", "Bà Rịa-Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
    "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
    "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
    "Hải Phòng", "Hậu Giang", "Hòa Bình", "TP. Hồ Chí Minh", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
    "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận",
    "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng",
    "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh",
    "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
}
PROVINCES_63 = {unicodedata.normalize("NFC", p) for p in PROVINCES_63}
LAI_CHAU = "Lai Châu"


@pytest.fixture(scope="module")
def df():
    return pd.read_csv(CSV, encoding="utf-8")


def test_header():
    with open(CSV, encoding="utf-8") as f:
        assert f.readline().rstrip("\r\n") == ",".join(COLUMNS)


def test_canonical_63():
    assert len(PROVINCES_63) == 63


def test_2013_2016_complete_without_lai_chau(df):
    for year in (2013, 2014, 2015, 2016):
        g = df[df["year"] == year]
        assert len(g) == 62, f"{year}: {len(g)} rows, expected 62 (63 minus Lai Châu)"
        assert g["rank"].is_unique, f"{year}: duplicated ranks {g[g['rank'].duplicated(keep=False)]}"
        assert g["province"].is_unique
        assert set(g["province"]) == PROVINCES_63 - {LAI_CHAU}
        # the 62 ranks are 1..63 with exactly Lai Châu's published rank missing
        assert set(g["rank"]) < set(range(1, 64))


def test_years_and_types(df):
    assert set(df["year"]) <= set(range(2013, 2025))
    assert pd.api.types.is_integer_dtype(df["rank"])
    # an empty score is a rank stated without its composite (Bắc Kạn 2022: rank 35, no score in the source)
    assert df.loc[df["score"].isna(), ["year", "province", "rank"]].values.tolist() == [[2022, "Bắc Kạn", 35]]
    assert df["rank"].between(1, 63).all()
    assert df["score"].dropna().between(0, 100).all()
    # scores are stored with (at most) 2 decimals
    assert ((df["score"].dropna() * 100).round(6) % 1 == 0).all()


def test_basis(df):
    """Every point is stated by its source, except a province's own statement outside VCCI's published top 30
    (Điện Biên 2024, its provincial newspaper), which says so."""
    assert set(df["basis"]) == {"stated", "stated_provincial"}
    own = df[df["basis"] == "stated_provincial"]
    assert own[["year", "province", "score", "rank"]].values.tolist() == [[2024, "Điện Biên", 67.77, 32]]


def test_one_row_per_year_province_and_unique_ranks(df):
    dup = df[df.duplicated(["year", "province"], keep=False)]
    assert dup.empty, f"duplicated (year, province):\n{dup}"
    for year, g in df.groupby("year"):
        assert g["rank"].is_unique, f"{year}: duplicated ranks\n{g[g['rank'].duplicated(keep=False)]}"


def test_every_row_has_a_source(df):
    src = df["source"].fillna("").astype(str).str.strip()
    assert (src != "").all(), df[src == ""]


def test_no_lai_chau(df):
    names = df["province"].map(lambda s: unicodedata.normalize("NFC", s).casefold())
    assert not names.str.contains("lai châu").any()
    assert not names.str.contains("lai chau").any()


def test_province_names_are_vietnamese_nfc(df):
    bad = df[~df["province"].isin(PROVINCES_63)]
    assert bad.empty, f"names outside the 63-province list (ascii, abbreviation or non-NFC):\n{bad}"


def test_higher_score_never_has_worse_rank(df):
    violations = []
    for year, g in df.groupby("year"):
        rows = g.to_dict("records")
        for a in rows:
            for b in rows:
                if a["score"] > b["score"] and a["rank"] > b["rank"]:
                    violations.append((year, a["province"], a["score"], a["rank"], b["province"], b["score"], b["rank"]))
    assert not violations, "higher score but worse rank (year, prov, score, rank, vs prov, score, rank):\n" + "\n".join(
        map(str, violations)
    )


def test_scale(df):
    assert set(df["scale"]) <= {"2016-2021", "2022+"}
    assert (df.loc[df["year"] <= 2021, "scale"] == "2016-2021").all()
    assert (df.loc[df["year"] >= 2022, "scale"] == "2022+").all()


def test_sorted_by_year_then_rank(df):
    assert list(df.index) == list(df.sort_values(["year", "rank"], kind="stable").index)


def test_workbook_source_for_2013_2016(df):
    for year in (2013, 2014, 2015, 2016):
        expected = (
            f"VCCI, PCI {year} workbook (pcivietnam.org), republished in mdtrinh/vietnamdata "
            f"data-raw/PCI/PCI_{year}.xlsx, sheet Summary_VN"
        )
        assert (df.loc[df["year"] == year, "source"] == expected).all()


def _row(df, year, province):
    r = df[(df["year"] == year) & (df["province"] == province)]
    assert len(r) == 1
    return r.iloc[0]


def test_spot_check_2016_vinh_phuc(df):
    # Verified by hand: /work/shared/reference/pci-national/pci_2013_2016_all_provinces.csv line 199
    # "2016,Vĩnh Phúc,...,61.5152,9,Tốt" (-> 61.52, rank 9), which matches PCI_2016.xlsx sheet Summary_VN
    # and pci_2016_2022_province_pages.csv line 7 (2016,Vinh Phuc, pci_published 61.52, rank 9).
    r = _row(df, 2016, "Vĩnh Phúc")
    assert r["score"] == pytest.approx(61.52)
    assert r["rank"] == 9
    assert r["scale"] == "2016-2021"


def test_spot_check_2022_lam_dong(df):
    # Verified by hand: /work/shared/reference/pci-national/pci_2016_2022_province_pages.csv line 82
    # "2022,Lam Dong,...,67.62,17,63.4,-4.22,https://pcivietnam.vn/en/provinces/lam-dong"
    # (same 67.62 / 17 in pci_rank_points_2021_2024.csv line 21); the pages row is the one kept.
    r = _row(df, 2022, "Lâm Đồng")
    assert r["score"] == pytest.approx(67.62)
    assert r["rank"] == 17
    assert r["scale"] == "2022+"
    assert r["source"] == "https://pcivietnam.vn/en/provinces/lam-dong"


def test_out_of_every_row(df):
    # every year in the table ranked the 63 provinces (PCI 2024 is the last edition with 63)
    assert (df["out_of"] == 63).all()
    assert (df["rank"] <= df["out_of"]).all()


def test_2023_2024_points_on_the_revised_scale(df):
    # hand-checked against pci_rank_points_2023_2024_more.csv lines 2 and 12
    r = _row(df, 2023, "Quảng Ninh")
    assert (r["score"], r["rank"], r["scale"]) == (pytest.approx(71.25), 1, "2022+")
    r = _row(df, 2024, "Thừa Thiên Huế")
    assert (r["score"], r["rank"], r["scale"]) == (pytest.approx(71.13), 6, "2022+")
    # the medians are not provinces, and the conflicting Điện Biên 2023 point is left out
    assert df[(df["year"] == 2023) & (df["province"] == "Điện Biên")].empty
