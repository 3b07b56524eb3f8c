"""The end-of-scheme report (reform/views/report.py): the DOCX opened with python-docx, and the CSV."""
from __future__ import annotations

import csv
import io
import re
import subprocess
import sys

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from reform.paths import ROOT
from reform.views import report


@pytest.fixture(scope="module")
def doc_vi():
    return docx.Document(io.BytesIO(report.docx_bytes("vi")))


def _table(doc):
    return doc.tables[1]  # table 0 is the title block


def _plain(cell) -> str:
    """A cell's text without its note marks (the superscript runs)."""
    return "".join(r.text for p in cell.paragraphs for r in p.runs if not r.font.superscript)


def _row(doc, no: int) -> list[str]:
    for r in _table(doc).rows:
        if r.cells[0].text == str(no):
            return [_plain(c) for c in r.cells]
    raise AssertionError(f"no row {no}")


def _notes(doc) -> list[str]:
    return [p.text for p in doc.paragraphs if re.match(r"\(\d+\) ", p.text)]


def test_page_and_font(doc_vi):
    sec = doc_vi.sections[0]
    assert sec.orientation == WD_ORIENT.LANDSCAPE
    assert (round(sec.page_width.cm, 1), round(sec.page_height.cm, 1)) == (29.7, 21.0)  # A4
    runs = [r for p in doc_vi.paragraphs for r in p.runs if r.text.strip()]
    runs += [r for c in _table(doc_vi)._cells for p in c.paragraphs for r in p.runs if r.text.strip()]
    assert {r.font.name for r in runs} == {"Times New Roman"}
    assert {r.font.size for r in runs} <= {Pt(13), Pt(14)}


def test_title_block(doc_vi):
    texts = [p.text for p in doc_vi.paragraphs]
    assert "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA ĐỀ ÁN GIAI ĐOẠN 2021-2025" in texts
    assert any("688/QĐ-UBND" in t for t in texts)
    head = [c.text for c in doc_vi.tables[0].rows[0].cells]
    assert head == ["UBND TỈNH LAI CHÂU", "Phụ lục"]


def test_table_rows_and_cells(doc_vi):
    table = _table(doc_vi)
    # header + 2 group rows (I, II) + the 14 target parts
    assert len(table.rows) == 17
    assert [c.text for c in table.rows[0].cells] == ["TT", "Chỉ tiêu", "Năm gốc", "Mục tiêu 2025", "Kết quả (năm)",
                                                     "Đánh giá 2025", "Định hướng 2030", "Triển vọng 2030", "Nguồn"]
    assert [r.cells[0].text for r in table.rows[1:]].count("I. CHỈ TIÊU VỀ CÁC CHỈ SỐ CỦA TỈNH") == 1
    numbers = [r.cells[0].text for r in table.rows[1:] if r.cells[0].text.isdigit()]
    assert numbers == [str(i) for i in range(1, 15)]
    par = _row(doc_vi, 1)  # PAR INDEX: 51/63 in 2019, 56/63 in 2024
    assert par[1].startswith("Xếp hạng Chỉ số PAR INDEX") and par[2] == "51/63 (2019)"
    assert par[3].startswith("nhóm 45–50/63") and par[4] == "56/63 (2024)"
    assert par[5].startswith("Chưa đạt (tạm tính theo kết quả năm 2024)")
    assert par[7].startswith("Đi ngược mục tiêu")
    pci = _row(doc_vi, 2)  # PCI: both 2025 bands of the decision, 33/63 in 2024
    assert "nhóm 45–55/63 (PL01)" in pci[3] and "nhóm 50–55/63 (Phần 3 mục I.2)" in pci[3]
    assert pci[4] == "33/63 (2024)" and pci[5].startswith("Đạt (tạm tính theo kết quả năm 2024)")
    assert pci[6] == "nhóm 40–45/63" and pci[7].startswith("Đã đạt mức 2030")
    assert "hethongphapluat.vn" in pci[8]
    time_cut = _row(doc_vi, 3)
    assert time_cut[4] == "Chưa có số liệu sau 2020 (năm 2020 đã đạt mức 2025)"
    assert time_cut[5] == "Chưa có số liệu để đánh giá" and time_cut[6] == "duy trì ≥ 30%"
    district = _row(doc_vi, 12)
    assert "huyện" in district[1] and district[7].startswith("Không áp dụng")


def test_notes_are_numbered_and_marked(doc_vi):
    notes = _notes(doc_vi)
    assert notes[0].startswith("(1) ") and all(n.startswith(f"({i}) ") for i, n in enumerate(notes, start=1))
    joined = "\n".join(notes)
    assert "25-29/34" in joined and "không phải quy đổi chính thức" in joined  # the 63 -> 34 note
    assert "Phụ lục 01 ghi nhóm 45-55, Phần 3 mục I.2 ghi nhóm 50-55" in joined  # both PCI bands
    assert "Tạm tính theo kết quả năm 2024" in joined
    assert "năm 2021: 31/63 (suy ra)" in joined  # the derived PAR INDEX 2021 rank
    assert "1/7/2025" in joined and "12/14 chỉ tiêu" in joined
    # every mark in the table points at a note
    marks = {int(m) for c in _table(doc_vi)._cells for p in c.paragraphs for r in p.runs
             if r.font.superscript for m in r.text.strip("()").split(")(")}
    assert marks and marks <= set(range(1, len(notes) + 1))


def test_english():
    doc = docx.Document(io.BytesIO(report.docx_bytes("en")))
    assert "RESULTS OF THE SCHEME'S TARGETS, 2021-2025" in [p.text for p in doc.paragraphs]
    pci = _row(doc, 2)
    assert pci[4] == "33/63 (2024)" and pci[5].startswith("Met (provisional, on the 2024 result)")


def test_csv_with_bom():
    data = report.csv_bytes("vi")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    targets = [r for r in rows if r["ma_chi_tieu"]]
    assert len(targets) == 14
    pci = next(r for r in targets if r["ma_chi_tieu"] == "pci_rank")
    assert (pci["Kết quả (năm)"], pci["tren_so_tinh"], pci["can_cu"], pci["tam_tinh"]) == \
        ("33/63 (2024)", "63", "stated_provincial", "có")


def test_report_command(tmp_path):
    out = tmp_path / "r.docx"
    subprocess.run([sys.executable, "-m", "reform", "report", "--format", "docx", "--out", str(out)],
                   cwd=ROOT, check=True, timeout=120, capture_output=True)
    assert len(docx.Document(str(out)).tables[1].rows) == 17
    out2 = tmp_path / "r2.docx"
    subprocess.run([sys.executable, "-m", "reform", "report", "--format", "docx", "--out", str(out2)],
                   cwd=ROOT, check=True, timeout=120, capture_output=True)
    assert out.read_bytes() == out2.read_bytes()  # depends on the data only
