"""Dữ liệu & nguồn / Data and sources page and reform.catalog."""
from __future__ import annotations

import io
from datetime import date, datetime, timezone

import pandas as pd
import pytest
from apptest_util import open_page, texts, widget

from reform.data import audit
from reform.i18n import escape
from reform.views import data_sources as catalog
from reform.data import db
from reform.paths import DATA_DIR

# --- queries --------------------------------------------------------------------------------------


def test_later_figures_query():
    df = db.run("later_figures")
    assert set(df.indicator_id) == {"pci_rank", "pci_score", "par_total_rank", "par_total_score",
                                    "sipas_rank", "sipas_score", "papi_rank", "papi_score",
                                    "service766_score", "service766_publicity", "service766_ontime",
                                    "service766_online", "service766_satisfaction", "service766_digitisation",
                                    "dti_score", "dti_rank"}
    # 23 figures in results_after_2020.csv (counted by hand: PCI 4 ranks + 3 scores, PAR INDEX 3 + 3,
    # SIPAS 2 + 3, PAPI 3 + 2), and 24 of the 766 index (3 years × total and 5 parts) and DTI (3 × score, rank)
    assert len(df) == 47 and df.source.str.contains("https?://").all() and df.quote.notna().all()
    assert set(df[df.indicator_id.str.startswith(("service766", "dti"))].basis) == {"secondary"}
    row = df[(df.indicator_id == "pci_score") & (df.year == 2022)].iloc[0]
    assert row.value == pytest.approx(62.05) and "sửa đổi" in row.scale_note
    ranks = df[df.indicator_id.str.endswith("_rank")]
    # every rank says out of how many: 63 up to 2024, except DTI 2024 (34, ranked after the 2025 mergers: noted)
    exception = (ranks.indicator_id == "dti_rank") & (ranks.year == 2024)
    assert (ranks[~exception].out_of == 63).all() and ranks[exception].out_of.tolist() == [34]
    assert ranks[exception].scale_note.str.contains("34 tỉnh sau sắp xếp").all()
    assert df[df.indicator_id.str.endswith("_score")].out_of.isna().all()
    pci24 = df[(df.indicator_id == "pci_rank") & (df.year == 2024)].iloc[0]
    assert (pci24.value, pci24.basis) == (33, "stated_provincial") and "3710/KH-UBND" in pci24.basis_text
    par21 = df[(df.indicator_id == "par_total_rank") & (df.year == 2021)].iloc[0]
    assert (par21.value, par21.basis) == (31, "derived")
    # a figure the source does not give is absent, never 0: no PCI score for 2021, no PAR INDEX rank for 2023
    assert df[(df.indicator_id == "pci_score") & (df.year == 2021)].empty
    assert df[(df.indicator_id == "par_total_rank") & (df.year == 2023)].empty


def test_decision_cells_have_basis_and_ranks_out_of_63():
    obs = db.run("observations_all")
    decision = obs[obs.appendix != "external"]
    assert (decision.basis == "decision").all()
    pl03_rank = obs[(obs.indicator_id == "pci_rank") & (obs.appendix == "PL03")]
    assert len(pl03_rank) == 5 and (pl03_rank.out_of == 63).all()
    assert obs[(obs.indicator_id == "pci_score") & (obs.appendix == "PL03")].out_of.isna().all()


def test_source_conflicts():
    df = catalog.source_conflicts()
    assert set(df.conflict_id) == {"pci_2024_median", "dien_bien_2023"}
    median = df[df.conflict_id == "pci_2024_median"].set_index("claimant")
    assert median.loc["Lai Châu", "value"] == pytest.approx(67.67) and median.loc["Lai Châu", "rank"] == 33
    assert median.loc["Điện Biên", "value"] == pytest.approx(67.77) and median.loc["Điện Biên", "rank"] == 32
    dien_bien = sorted(df[df.conflict_id == "dien_bien_2023"].value)
    assert dien_bien == [pytest.approx(66.77), pytest.approx(66.87)]
    shown = catalog.conflicts_table(df, "en")
    assert "33 of 63" in set(shown["Rank"]) and "–" in set(shown["Rank"])


def test_pci_reference_queries():
    full = db.run("pci_reference_all")
    assert len(full) == len(pd.read_parquet(DATA_DIR / "pci_reference.parquet"))
    sources = db.run("pci_reference_sources")
    assert sources["rows"].sum() == len(full)
    summary = catalog.reference_summary(sources)
    assert (summary["rows"], summary["first"]) == (len(full), 2013)


# --- tables and downloads ------------------------------------------------------------------------

def test_every_table_has_a_query_and_a_parquet():
    for t in catalog.TABLES:
        df = catalog.table(t.key)
        assert len(df), t.key
        data = catalog.parquet_bytes(t.key)
        assert data[:4] == b"PAR1", t.key
        if t.file:
            assert data == (DATA_DIR / t.file).read_bytes()  # the built file as it is
        else:
            assert len(pd.read_parquet(io.BytesIO(data))) == len(df)
    assert catalog.csv_bytes(pd.DataFrame({"a": ["Lai Châu"]})).startswith(b"\xef\xbb\xbf")


def test_filter_by_appendix():
    obs = catalog.table("observations")
    assert set(catalog.filter_rows("observations", obs, "PL05").appendix) == {"PL05"}
    # 23 results 2021-2024, 24 of 766/DTI, and Lai Châu's PCI 2013-2015 (3 composites, 3 ranks: results_2013_2015.csv)
    assert len(catalog.filter_rows("observations", obs, "external")) == 53
    assert len(catalog.filter_rows("observations", obs, catalog.ALL)) == len(obs)
    notes = catalog.table("footnotes")
    assert catalog.filter_rows("footnotes", notes, "PL05").footnote.tolist() == list(range(9, 24))
    assert catalog.filter_rows("footnotes", notes, "text").footnote.tolist() == list(range(1, 9))
    assert catalog.filter_rows("pci", catalog.table("pci"), "PL05").empty
    figures = catalog.table("text_figures")
    assert set(catalog.filter_rows("text_figures", figures, "PL01").section.str[:4]) == {"PL01"}


# --- audit in plain words --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def frames():
    return catalog.audit_frames(audit.run_audit())


def test_audit_lists_mismatches_first_with_both_figures(frames):
    vi = frames["vi"]
    n = catalog.audit_counts(vi)["mismatch"]
    assert n >= 1 and set(vi.status[:n]) == {"mismatch"}
    lines = catalog.audit_lines(vi, "mismatch", "vi")
    assert lines[0] == ("PAR INDEX 2016: tổng điểm in là **67,41**, nhưng cộng điểm 8 lĩnh vực được **64,16** "
                        "(chênh +3,25).")
    en = catalog.audit_lines(frames["en"], "mismatch", "en")
    assert en[0].startswith("PAR INDEX 2016: the printed total **67.41** is not the sum of its 8 areas, **64.16**")
    assert any("0,31%" in line and "8,32%" in line for line in lines)
    assert any("Phụ lục 01 ghi **45**, Phần 3 mục I.2 ghi **50**" in line for line in lines)
    rounding = catalog.audit_lines(vi, "rounding", "vi")
    assert "PAR INDEX 2017: in 71,94, tính lại 71,95." in rounding


def test_audit_table_in_plain_words(frames):
    table = catalog.audit_display(frames["en"], "en")
    assert set(table["Result"]) <= {"Consistent", "Differs by rounding only", "Does not match", "Cannot be checked"}
    assert table.iloc[0]["Printed"] == "67.41" and table.iloc[0]["From the other figures"] == "64.16"
    assert catalog.difference(21.0, "vi") == "+21" and catalog.difference(-8.0066, "vi") == "−8,01"


# --- footnotes, later figures, citations ------------------------------------------------------------------

def test_place_labels_and_sources():
    assert catalog.place_label("PL05 mục 2 (bản tin), năm 2016", "en") == "Appendix 05 item 2 (bulletins), year 2016"
    assert catalog.place_label("PL05 mục 1, năm 2016", "vi") == "Phụ lục 05 mục 1, năm 2016"
    assert catalog.place_label("Chú thích [6]", "en") == "Footnote [6]"
    words, url = catalog.split_source('tienphong.vn, 04/2023, "Lào Cai": https://tienphong.vn/x.tpo')
    assert (words, url) == ('tienphong.vn, 04/2023, "Lào Cai"', "https://tienphong.vn/x.tpo")
    assert catalog.split_source("https://pcivietnam.vn/en/provinces/lam-dong") == \
        ("", "https://pcivietnam.vn/en/provinces/lam-dong")
    assert escape.markdown("a*b_[1]$") == r"a\*b\_\[1\]\$"


def test_later_table_names_the_index():
    table = catalog.later_table(catalog.later_figures(), "vi")
    row = table[table["Giá trị"] == "62,05"].iloc[0]
    assert row["Chỉ tiêu"] == "Điểm PCI" and row["Đường dẫn"].startswith("https://tienphong.vn/")
    en = catalog.later_table(catalog.later_figures(), "en")
    assert "PAR INDEX rank" in set(en["Indicator"])
    par21 = en[(en["Indicator"] == "PAR INDEX rank") & (en["Year"] == "2021")].iloc[0]
    assert par21["Value"] == "31 of 63" and par21["Basis"].startswith("derived")
    assert "stated in a provincial document" in set(en["Basis"])


def test_the_766_index_and_dti_are_shown_with_their_basis():
    """Issue 15: the service index of Decision 766/QĐ-TTg (total and its five parts) and DTI (score, rank),
    2022-2024, from lai-chau-more-indices-2022-2024.csv: secondary figures, their basis words kept visible."""
    vi = catalog.later_table(catalog.later_figures(), "vi")
    en = catalog.later_table(catalog.later_figures(), "en")
    total = en[en["Indicator"].str.startswith("Service index of Decision 766")]
    assert total["Year"].tolist() == ["2022", "2023", "2024"] and total["Value"].tolist() == ["58.84", "78.39", "84.93"]
    assert set(total["Basis"]) == {"an unofficial copy of an official table (secondary)"}
    assert total["Basis in detail"].str.startswith("secondary: ").all()
    parts = en[en["Indicator"].str.startswith("766 index: ")]
    assert len(parts) == 15 and "19.56" in set(parts["Value"])  # 2024, processing on time
    dti = en[en["Indicator"].str.startswith("Provincial digital transformation index (DTI)")]
    assert "0.7056" in set(dti["Value"]) and "18 of 34" in set(dti["Value"]) and "53 of 63" in set(dti["Value"])
    rank24 = dti[dti["Value"] == "18 of 34"].iloc[0]
    assert "rank derived" in rank24["Basis in detail"] and "34 provinces after the mergers" in rank24["Note"]
    assert "bản sao không chính thức của bảng chính thức (thứ cấp)" in set(vi["Căn cứ"])


def test_citations_and_build_info():
    info = {"built_at": "2026-11-27T04:02:40+00:00", "rows": {"observations.parquet": 840}}
    day = date(2027, 1, 5)
    assert "688/QĐ-UBND ngày 11/6/2021" in catalog.citation("decision", "vi", info, day)
    assert "Decision No. 688/QĐ-UBND of 11 June 2021" in catalog.citation("decision", "en", info, day)
    dash = catalog.citation("dashboard", "en", info, day)
    assert "built on 27 November 2026" in dash and "Accessed on 5 January 2027" in dash
    assert "dựng ngày 27/11/2026" in catalog.citation("dashboard", "vi", info, day)
    b = datetime(2026, 11, 27, 4, 2, tzinfo=timezone.utc)
    assert catalog.fmt_datetime(b, "vi") == "27/11/2026 04:02 UTC"
    assert catalog.build_rows(info, "en").iloc[0].tolist() == ["observations.parquet", "840"]
    assert catalog.build_info()["rows"]["footnotes.parquet"] == 23


# --- the page ----------------------------------------------------------------------------------------

def test_page_audit_footnotes_and_downloads():
    at = open_page("data_sources")
    body = texts(at)
    assert "67,41" in body and "64,16" in body
    assert "không sửa số liệu gốc" in body
    assert body.count("**[") >= 23 and "**[23]**" in body  # the 23 footnotes, each with where it is cited
    assert "Phụ lục 05 mục 1, năm 2016" in body
    downloads = at.get("download_button")
    assert len(downloads) >= 2 + 2 * len(catalog.TABLES) + 1  # browser, every table twice, the audit CSV
    later = next(d.value for d in at.dataframe if "Đường dẫn" in d.value.columns and "Năm" in d.value.columns)
    assert "62,05" in set(later["Giá trị"])
    assert any("688/QĐ-UBND" in c.value for c in at.code)
    assert "Các nguồn mâu thuẫn nhau" in [h.value for h in at.header]
    conflicts = next(d.value for d in at.dataframe if "Mâu thuẫn" in d.value.columns)
    assert len(conflicts) == 5 and "33/63" in set(conflicts["Hạng"])


def test_page_filter_by_appendix():
    at = open_page("data_sources")
    widget(at, "selectbox", "ds_table").set_value("observations").run()
    widget(at, "selectbox", "ds_appendix").set_value("external").run()
    assert not at.exception
    # results_after_2020.csv: 23 figures of PCI, PAR INDEX, SIPAS, PAPI and 24 of the 766 index and DTI;
    # results_2013_2015.csv: Lai Châu's PCI composite and rank of 2013, 2014 and 2015
    assert len(at.dataframe[0].value) == 53
    total = len(pd.read_parquet(DATA_DIR / "observations.parquet"))  # the built file, not the page's query
    assert f"53 trên {total:,} dòng".replace(",", ".") in texts(at)


def test_page_in_english():
    at = open_page("data_sources", query={"lang": "en"})
    body = texts(at)
    assert "Where the decision disagrees with itself" in body
    assert "Consistency audit of the decision" in [h.value for h in at.header]
    assert "the printed total **67.41** is not the sum of its 8 areas, **64.16**" in body
    assert "never corrects the source" in body
    assert "Part 2, item I.1" in body


def test_page_offers_the_whole_dataset_as_a_data_package():
    at = open_page("data_sources")
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Tải gói dữ liệu (ZIP)" in labels and "Toàn bộ dữ liệu: gói dữ liệu mở" in texts(at)
    assert "Frictionless Data Package" in texts(at)
