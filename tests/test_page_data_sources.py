"""Dữ liệu & nguồn / Data and sources page and reform.catalog."""
from __future__ import annotations

import io
from datetime import date, datetime, timezone

import pandas as pd
import pytest
from apptest_util import open_page, texts

from reform.data import audit
from reform.i18n import escape
from reform.views import data_sources as catalog
from reform.data import db
from reform.paths import DATA_DIR

# --- queries --------------------------------------------------------------------------------------


def test_later_figures_query():
    df = db.run("later_figures")
    assert set(df.indicator_id) == {"pci_rank", "pci_score", "par_total_rank", "par_total_score"}
    assert len(df) == 6 and df.source.str.contains("https?://").all()
    row = df[(df.indicator_id == "pci_score") & (df.year == 2022)].iloc[0]
    assert row.value == pytest.approx(62.05) and "sửa đổi" in row.scale_note


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
    assert len(catalog.filter_rows("observations", obs, "external")) == 6
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
    assert "PAR INDEX rank (of 63 provinces)" in set(en["Indicator"])
    assert "derived from the published rank gain" in set(en["Note"])


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


def test_page_filter_by_appendix():
    at = open_page("data_sources")
    at.selectbox(key="ds_table").set_value("observations").run()
    at.selectbox(key="ds_appendix").set_value("external").run()
    assert not at.exception
    assert len(at.dataframe[0].value) == 6
    total = len(pd.read_parquet(DATA_DIR / "observations.parquet"))  # the built file, not the page's query
    assert f"6 trên {total:,} dòng".replace(",", ".") in texts(at)


def test_page_in_english():
    at = open_page("data_sources", query={"lang": "en"})
    body = texts(at)
    assert "Where the decision disagrees with itself" in body
    assert "Consistency audit of the decision" in [h.value for h in at.header]
    assert "the printed total **67.41** is not the sum of its 8 areas, **64.16**" in body
    assert "never corrects the source" in body
    assert "Part 2, item I.1" in body
