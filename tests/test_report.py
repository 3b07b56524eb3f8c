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
    assert [_plain(c) for c in table.rows[0].cells] == ["TT", "Chỉ tiêu", "Năm gốc", "Mục tiêu 2025", "Kết quả (năm)",
                                                     "Đánh giá 2025", "Định hướng 2030", "Triển vọng 2030", "Nguồn"]
    assert [r.cells[0].text for r in table.rows[1:]].count("I. CHỈ TIÊU VỀ CÁC CHỈ SỐ CỦA TỈNH") == 1
    numbers = [r.cells[0].text for r in table.rows[1:] if r.cells[0].text.isdigit()]
    assert numbers == [str(i) for i in range(1, 15)]
    par = _row(doc_vi, 1)  # PAR INDEX: 51/63 in 2019, 56/63 in 2024
    assert par[1].startswith("Xếp hạng Chỉ số PAR INDEX") and par[2] == "51/63 (2019)"
    assert par[3].startswith("nhóm 45–50/63") and par[4] == "56/63 (2024)"
    assert par[5].startswith("Chưa đạt (tạm tính theo kết quả năm 2024)")
    assert par[7] == "Đi lùi"  # the pages' word for the outlook
    pci = _row(doc_vi, 2)  # PCI: both 2025 bands of the decision, 33/63 in 2024
    assert "nhóm 45–55/63 (PL01)" in pci[3] and "nhóm 50–55/63 (Phần 3 mục I.2)" in pci[3]
    assert pci[4] == "33/63 (2024)" and pci[5].startswith("Đạt (tạm tính theo kết quả năm 2024)")
    assert pci[6] == "nhóm 40–45/63" and pci[7].startswith("Đã đạt mức 2030")
    assert pci[8] == "Tỉnh công bố trong văn bản của tỉnh"  # a short label: site and URL are in its note
    time_cut = _row(doc_vi, 3)
    assert time_cut[4] == "Chưa có số liệu sau 2020 (năm 2020 đã đạt mức 2025)"
    assert time_cut[5] == "Chưa có số liệu" and time_cut[6] == "duy trì ≥ 30%"
    district = _row(doc_vi, 12)
    assert "huyện" in district[1] and district[7] == report.V("o_not_applicable", "vi")  # "Không còn áp dụng"


def test_notes_are_numbered_and_marked(doc_vi):
    notes = _notes(doc_vi)
    assert notes[0].startswith("(1) ") and all(n.startswith(f"({i}) ") for i, n in enumerate(notes, start=1))
    joined = "\n".join(notes)
    assert "25-29/34" in joined and "không phải quy đổi chính thức" in joined  # the 63 -> 34 note
    assert "nhóm 45–55/63 (PL01); nhóm 50–55/63 (Phần 3 mục I.2)" in joined  # both PCI bands
    assert "Tạm tính theo kết quả năm 2024" in joined
    assert "năm 2021: 31/63 (suy ra từ số liệu công bố)" in joined  # the derived PAR INDEX 2021 rank
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


# --- issue 17: page numbers, notes on the cells they explain, whole URLs, the pages' words, a report that stands
# alone. The checks read the DOCX's XML (what Word and LibreOffice lay out); the PDF check needs LibreOffice.

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ZWSP = "\u200b"


@pytest.fixture(scope="module")
def doc_en():
    return docx.Document(io.BytesIO(report.docx_bytes("en")))


def _footer_text(doc) -> str:
    """The footer as a reader sees it, each field written as {INSTRUCTION} (its instruction text)."""
    out, in_field, instr = [], False, ""
    for el in doc.sections[0].footer._element.iter():
        if el.tag == W + "fldChar":
            kind = el.get(W + "fldCharType")
            if kind == "begin":
                in_field, instr = True, ""
            elif kind == "separate":
                out.append("{" + instr.strip() + "}")
            elif kind == "end":
                in_field = False
        elif el.tag == W + "instrText":
            instr += el.text or ""
        elif el.tag == W + "t" and not in_field:
            out.append(el.text or "")
        elif el.tag == W + "fldSimple":
            out.append("{" + el.get(W + "instr").strip() + "}")
    return "".join(out)


@pytest.mark.parametrize("lang, expected", [("vi", "Trang {PAGE}/{NUMPAGES}"), ("en", "Page {PAGE} of {NUMPAGES}")])
def test_the_footer_numbers_the_pages_with_word_fields(lang, expected):
    doc = docx.Document(io.BytesIO(report.docx_bytes(lang)))
    assert _footer_text(doc) == expected
    assert not doc.sections[0].footer.is_linked_to_previous  # a footer of its own, on every page


def _body_rows(doc):
    """(heading texts, [(row texts without marks, {column: [marks]}), …]) of the report's table; group rows
    (one merged cell) left out."""
    table = _table(doc)

    def marks(cell) -> list[int]:
        return [int(m) for p in cell.paragraphs for r in p.runs if r.font.superscript
                for m in r.text.strip("()").split(")(")]

    heads = [(_plain(c), marks(c)) for c in table.rows[0].cells]
    body = []
    for r in table.rows[1:]:
        if len(r._tr.tc_lst) == 1:
            continue
        body.append(([_plain(c) for c in r.cells], [marks(c) for c in r.cells]))
    return heads, body


def _dashless(s: str) -> str:
    return s.replace("–", "-")


def test_every_mark_sits_on_the_cell_its_note_explains(doc_vi):
    """Each note mark is checked against what its cell shows (the oracle is the cell's own text): a result's
    note names that result's figure and year; a source's note its year and a URL; a provisional verdict's
    note its year; a 2025 target's note a band of the cell; an outlook's note the outlook; a heading's note
    names the heading. Marker (2) on "56/63 (2024)" explained 2021 before the fix."""
    notes = {int(n.split(")")[0][1:]): n for n in _notes(doc_vi)}
    heads, body = _body_rows(doc_vi)
    used = set()
    cols = report.COLUMNS
    for text, marks in heads:
        for m in marks:
            used.add(m)
            assert text.lower() in notes[m].lower(), (text, notes[m])
    for cells, marks in body:
        row = dict(zip(cols, cells))
        for col, ms in zip(cols, marks):
            for m in ms:
                used.add(m)
                note = notes[m]
                shown = row[col]
                if col == "result":
                    fig = re.fullmatch(r"(\S+) \((\d{4})\)", shown)
                    if fig:  # the figure and its year
                        assert fig.group(1) in note and fig.group(2) in note, (shown, note)
                    else:  # no figure: the note is about the missing figures
                        assert "chưa có số liệu" in note.lower(), (shown, note)
                elif col == "source":
                    year = re.fullmatch(r"\S+ \((\d{4})\)", row["result"]).group(1)
                    assert year in note and "https://" in note and shown.lower() in note.lower(), (shown, note)
                elif col == "verdict":
                    year = re.search(r"năm (\d{4})", shown).group(1)
                    assert f"năm {year}" in note and "tạm tính" in note.lower(), (shown, note)
                elif col == "2025":
                    bands = re.findall(r"\d+–\d+/\d+", shown)
                    assert any(_dashless(b) in _dashless(note) for b in bands), (shown, note)
                elif col == "outlook":
                    assert "2030" in note or "tốc độ" in note.lower(), (shown, note)
                else:
                    raise AssertionError(f"a mark on column {col}: {shown!r} -> {note!r}")
    assert used == set(notes), f"notes no cell points at: {sorted(set(notes) - used)}"


def test_a_derived_figure_of_the_pace_is_noted_on_the_outlook_not_on_the_result(doc_vi):
    """PAR INDEX: the 2024 result is published; the derived 2021 rank is one of the points of the observed
    pace behind the outlook, so its note sits on the outlook."""
    notes = {int(n.split(")")[0][1:]): n for n in _notes(doc_vi)}
    _, body = _body_rows(doc_vi)
    cells, marks = next((c, m) for c, m in body if c[0] == "1")
    row = dict(zip(report.COLUMNS, marks))
    assert not any("2021" in notes[m] for m in row["result"])
    assert any("năm 2021: 31/63" in notes[m] for m in row["outlook"])


def test_the_report_reads_the_pages_words(doc_vi, doc_en):
    """One word per verdict and outlook: the report's cells are the words of the pages' presenter
    (reform/views/verdicts.py, which the overview and the targets page show), without its symbol."""
    from reform.model import verdicts
    from reform.views import verdicts as page

    items = verdicts.verdicts()
    for lang, doc in (("vi", doc_vi), ("en", doc_en)):
        _, body = _body_rows(doc)
        assert len(body) == len(items)
        for (cells, _), v in zip(body, items):
            row = dict(zip(report.COLUMNS, cells))
            assert row["outlook"] == page.outlook_word(v["outlook_2030"], lang).split(" ", 1)[1]
            assert row["verdict"] == page.verdict_text(v, lang).split(" ", 1)[1]
    text = "\n".join(p.text for p in doc_vi.paragraphs) + "\n".join(c.text for c in _table(doc_vi)._cells)
    assert "Đi ngược mục tiêu" not in text and "Đi lùi" in text


def test_the_report_has_no_verdict_words_of_its_own():
    """The words are read from the pages' table, not copied into the report's."""
    from reform.i18n import catalog

    own = [k for k in catalog.keys("report") if re.match(r"(v|o|basis)_|provisional$", k)]
    assert own == []


NBH = "\u2011"  # a non-breaking hyphen (Word's w:noBreakHyphen) as printed


def _run_text(r) -> str:
    """A run's printed characters, a non-breaking hyphen as U+2011 (python-docx reads it as "-")."""
    return "".join(NBH if el.tag == W + "noBreakHyphen" else (el.text or "") for el in r._r
                   if el.tag in (W + "t", W + "noBreakHyphen"))


def _hyperlinks(doc) -> list[tuple[str, str]]:
    """(target, printed characters) of every link in the document's body."""
    rels = doc.part.rels
    out = []
    for link in doc.element.body.iter(W + "hyperlink"):
        rid = link.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
        shown = "".join(NBH if el.tag == W + "noBreakHyphen" else (el.text or "") for el in link.iter()
                        if el.tag in (W + "t", W + "noBreakHyphen"))
        out.append((rels[rid].target_ref, shown))
    return out


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_urls_are_links_that_wrap_at_their_slashes(lang):
    """Every source URL of the data is in a note as a link to that very URL, printed with a break allowed
    after each slash of its path (a zero-width space) and nowhere else: the hyphens of a piece between two
    slashes do not break (Word's non-breaking hyphen), unless the piece is longer than a line could hold
    in the widest letters. The table's source cells carry short labels, never a site or a URL (a site such
    as "trangtraiviet.danviet.vn" is wider than the column and broke mid-word: "trangtraivie t.danviet.vn")."""
    from reform.model import verdicts

    doc = docx.Document(io.BytesIO(report.docx_bytes(lang)))
    urls = {re.search(r"https?://\S+", v["source"]).group(0) for v in verdicts.verdicts()
            if v["source"] and "http" in v["source"]}
    assert urls
    links = dict(_hyperlinks(doc))
    assert urls <= set(links)
    for url in urls:
        shown = links[url]
        assert shown.replace(ZWSP, "").replace(NBH, "-") == url
        slashes = [i for i, ch in enumerate(shown) if ch == "/" and shown[i + 1:i + 2] != "/"]
        assert slashes and all(shown[i + 1] == ZWSP for i in slashes), shown
        assert ZWSP not in shown.replace("/" + ZWSP, ""), shown  # breaks at slashes only
        for piece in shown.split("/" + ZWSP)[1:]:
            if len(piece) <= 60:
                assert "-" not in piece, piece  # its hyphens hold: the piece moves to the next line whole
    assert any(NBH in links[u] for u in urls)
    cells = [c.text for c in _table(doc)._cells]
    assert not any("http" in c or re.search(r"\w\.(vn|com)\b", c) for c in cells)


def _font_file(bold: bool):
    """Liberation Serif (the metrics of Times New Roman), or None."""
    from pathlib import Path

    name = "LiberationSerif-Bold.ttf" if bold else "LiberationSerif-Regular.ttf"
    for d in ("/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/liberation2"):
        if (Path(d) / name).exists():
            return str(Path(d) / name)
    return None


def _segments(paragraph, fonts) -> list[tuple[str, float]]:
    """The pieces of a paragraph no line may break inside (between spaces, zero-width spaces and after
    hyphens and dashes; a non-breaking hyphen holds), each with its printed width in cm (a superscript mark
    at 2/3 size)."""
    from docx.text.run import Run

    out, word, width = [], "", 0.0
    runs = [Run(r, paragraph) for r in paragraph._p.iter(W + "r")]  # a link's runs too
    for r in runs:
        size = (r.font.size.pt if r.font.size else 13) * (2 / 3 if r.font.superscript else 1)
        for ch in _run_text(r):
            if ch in (" ", ZWSP):
                out.append((word, width))
                word, width = "", 0.0
                continue
            word += ch
            width += fonts[bool(r.font.bold)].getlength(ch) / 1000 * size / 72 * 2.54
            if ch in "-–":
                out.append((word, width))
                word, width = "", 0.0
    out.append((word, width))
    return out


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_no_word_is_wider_than_its_column(lang):
    """No word of a cell (a heading, a site name, "No.") is wider than its column, so no program has to break
    it mid-word; notes' words (URLs broken at their slashes and hyphens) fit the page's width. Measured with
    Liberation Serif, which has the widths of Times New Roman."""
    from docx.table import _Cell
    from PIL import ImageFont

    files = {b: _font_file(b) for b in (False, True)}
    if not all(files.values()):
        pytest.skip("Liberation Serif not installed (Debian: fonts-liberation): no font to measure with")
    fonts = {b: ImageFont.truetype(f, 1000) for b, f in files.items()}
    doc = docx.Document(io.BytesIO(report.docx_bytes(lang)))
    table = _table(doc)
    margins = 2 * 0.19  # Word's default cell margins, left and right
    too_wide = []
    for row in table.rows:
        col = 0
        for tc in row._tr.tc_lst:
            room = sum(report.WIDTHS_CM[col:col + tc.grid_span]) - margins
            col += tc.grid_span
            for p in _Cell(tc, table).paragraphs:
                too_wide += [(w, round(cm, 2), round(room, 2)) for w, cm in _segments(p, fonts) if cm > room]
    page = 29.7 - 2.5 - 1.5
    for p in doc.paragraphs:
        too_wide += [(w, round(cm, 2), page) for w, cm in _segments(p, fonts) if cm > page - 1.0]
    assert too_wide == []


def test_no_note_sends_readers_to_a_dashboard_page(doc_vi, doc_en):
    """The report stands alone: no note names a page of the dashboard (the conflicting sources on PCI 2024
    are stated in the note itself, each with its rank out of how many and its site)."""
    from reform.i18n import common, tr
    from reform.ui import shell

    for lang, doc in (("vi", doc_vi), ("en", doc_en)):
        text = "\n".join(p.text for p in doc.paragraphs)
        for _, key, _ in shell.PAGES:
            title = tr(common.TEXT, key, lang)
            assert f"“{title}”" not in text and f'"{title}"' not in text, title
        assert not re.search(r"\b(xem trang|see the)\b", text)
    joined = "\n".join(_notes(doc_vi))
    assert "Lai Châu 67,67 điểm, hạng 33/63" in joined and "Điện Biên 67,77 điểm, hạng 32/63" in joined
    assert "vietnamfdi.vn" in joined


def test_every_rank_says_out_of_how_many(doc_vi):
    """A rank in the table or the notes always says out of how many ("hạng 33/63", "nhóm 45–50/63"), never a
    bare "hạng 33"."""
    text = "\n".join(_notes(doc_vi) + [c.text for c in _table(doc_vi)._cells])
    bare = re.findall(r"\b(?:hạng|nhóm) \d+(?:[–-]\d+)?(?![\d/–-])", text)
    assert bare == []


def _libreoffice():
    import shutil

    return shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.parametrize("lang, page_words", [("vi", "Trang {i}/{n}"), ("en", "Page {i} of {n}")])
def test_the_pdf_shows_page_numbers_and_whole_urls(tmp_path, lang, page_words):
    """The DOCX converted by LibreOffice: every page says its number out of how many, every URL prints whole
    (each piece between its slashes and hyphens on one line), and no site breaks inside a word."""
    office = _libreoffice()
    if not office or not shutil_which("pdftotext"):
        pytest.skip("LibreOffice or poppler-utils not installed (Debian: libreoffice, poppler-utils); "
                    "the XML checks above stand")
    from reform.model import verdicts

    path = tmp_path / f"report-{lang}.docx"
    path.write_bytes(report.docx_bytes(lang))
    subprocess.run([office, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], check=True, timeout=180, capture_output=True)
    pdf = path.with_suffix(".pdf")
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                           text=True).stdout.split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 2
    for i, page in enumerate(pages, start=1):
        assert page_words.format(i=i, n=len(pages)) in page, (i, page[-300:])
    lines = [ln.strip().replace(NBH, "-") for ln in "\n".join(pages).splitlines()]
    tokens = {t.strip("(),;.") for ln in lines for t in ln.split()}
    for v in verdicts.verdicts():
        if v["source"] and "http" in v["source"]:
            url = re.search(r"https?://\S+", v["source"]).group(0)
            for piece in url.split("://", 1)[1].split("/"):  # a piece between slashes on one line, whole
                for part in ([piece] if len(piece) <= report.WHOLE_PIECE else re.split(r"(?<=-)", piece)):
                    assert any(part in ln for ln in lines), (part, url)
            site = url.split("/")[2]  # no piece of a site name on a line of its own ("trangtraivie", "t.danviet.vn")
            broken = [t for t in tokens if 6 <= len(t) < len(site) and (site.startswith(t) or site.endswith(t))]
            assert broken == [], (site, broken)


def shutil_which(name: str):
    import shutil

    return shutil.which(name)


def test_a_verdict_judged_on_another_year_than_the_result_shown_names_its_figure(tmp_path, monkeypatch, request):
    """PAR INDEX 2025 entered as 30/34, 2026 as 20/34: the result cell shows the latest (20/34, 2026), the 2025
    verdict is judged on 2025, so its cell names the figure it reads (30/34), as the targets page does."""
    from state_util import fresh_state

    from reform.imports import engine as rev

    with fresh_state(request, monkeypatch, tmp_path / "state"):
        rows = ("indicator_id,year,value,value_text,out_of,source\n"
                "par_total_rank,2025,30,,34,Báo cáo của tỉnh\npar_total_rank,2026,20,,34,Báo cáo của tỉnh\n")
        rev.apply(rev.read_file("f.csv", rows.encode("utf-8")), by="lan")
        par = _row(docx.Document(io.BytesIO(report.docx_bytes("vi"))), 1)
        assert par[4] == "20/34 (2026)"
        assert par[5] == "Chưa đạt (theo kết quả năm 2025: 30/34)"
        en = _row(docx.Document(io.BytesIO(report.docx_bytes("en"))), 1)
        assert en[5] == "Not met (on the 2025 result: 30/34)"
