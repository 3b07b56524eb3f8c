"""The parsing traps of the decision's number format, each on its own."""
from __future__ import annotations

import shutil

import pytest

from reform.data import build
from reform.paths import SOURCES_DIR
from reform.data.parse import EMPTY, NOT_APPLICABLE, TEXT, VALUE, CellError, parse_cell


@pytest.mark.parametrize("text, value", [
    ("1.543", 1543.0),          # thousands dot, not 1.543
    ("1.316.627", 1316627.0),   # two thousands dots
    ("398.772", 398772.0),
    ("61,98", 61.98),           # decimal comma
    ("6743", 6743.0),           # no separator at all
    ("01", 1.0),
    ("0", 0.0),
])
def test_vietnamese_numbers(text, value):
    cell = parse_cell(text)
    assert cell.value == value and cell.flag == VALUE


@pytest.mark.parametrize("text, value", [("99.96%", 99.96), ("33.33%", 33.33), ("98.88%", 98.88),
                                         ("82,96%", 82.96), ("35 %", 35.0), ("100%", 100.0)])
def test_percent_with_either_decimal_mark(text, value):
    cell = parse_cell(text)
    assert cell.value == pytest.approx(value) and cell.flag == VALUE


def test_decimal_point_exception_without_percent():
    """PL04 prints one score as "9.18" among "9,04"-style cells: it is 9.18, not 918."""
    assert parse_cell("9.18").value == pytest.approx(9.18)


@pytest.mark.parametrize("text, value, note", [("26[9]", 26.0, 9), ("1[14]", 1.0, 14), ("0[15]", 0.0, 15),
                                               ("241[16]", 241.0, 16)])
def test_footnote_marker_is_not_part_of_the_number(text, value, note):
    cell = parse_cell(text)
    assert (cell.value, cell.footnote) == (value, note)


def test_empty_is_null_not_zero():
    cell = parse_cell("")
    assert cell.value is None and cell.flag == EMPTY


def test_dash_is_not_applicable():
    cell = parse_cell("-")
    assert cell.value is None and cell.flag == NOT_APPLICABLE


@pytest.mark.parametrize("text", ["Nằm trong tốp 38 tỉnh đạt điểm tối đa", "Chưa xác định",
                                  "64 DVC mức độ 3 và 74 DVC mức độ 4"])
def test_text_kept_verbatim_with_null_value(text):
    cell = parse_cell(text)
    assert cell.value is None and cell.flag == TEXT and cell.text == text


def test_compound_cells_keep_every_number():
    share = parse_cell("34,64% (105 TT)")
    assert share.value == pytest.approx(34.64) and share.components == {"count": 105.0}
    ratio = parse_cell("28/28")
    assert ratio.value == 28.0 and ratio.components == {"den": 28.0}
    used = parse_cell("(phát sinh 83/998 dịch vụ công mức 3,4 đạt 0,31%)")
    assert used.value == pytest.approx(0.31) and used.components == {"num": 83.0, "den": 998.0}


@pytest.mark.parametrize("text", ["1,2,3", "12..5", "1.5.6", "1.5436", "%", "12/", "(4)", "1 2"])
def test_malformed_numbers_fail(text):
    with pytest.raises(CellError):
        parse_cell(text)


def test_build_fails_naming_the_cell(tmp_path):
    sources = tmp_path / "sources"
    shutil.copytree(SOURCES_DIR, sources)
    path = sources / "pl07_procedures.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("1.543", "1.5.43", 1), encoding="utf-8")
    with pytest.raises(build.BuildError) as err:
        build.build_frames(sources)
    message = str(err.value)
    assert "pl07_procedures.csv" in message and "pl07_1_procedures" in message
    assert "2016" in message and "1.5.43" in message


def test_failed_build_leaves_previous_files(tmp_path):
    """A build that fails writes nothing: the last good files stay."""
    sources = tmp_path / "sources"
    shutil.copytree(SOURCES_DIR, sources)
    out = tmp_path / "data"
    build.build(out, sources)
    before = {p.name: p.read_bytes() for p in out.glob("*.parquet")}
    path = sources / "pl03_pci.csv"
    path.write_text(path.read_text(encoding="utf-8").replace('"53,46"', '"53;46"'), encoding="utf-8")
    assert build.is_stale(out, sources)
    with pytest.raises(build.BuildError):
        build.build(out, sources)
    assert {p.name: p.read_bytes() for p in out.glob("*.parquet")} == before


def test_the_decisions_field_is_read_from_its_printed_ranks(tmp_path):
    """PL01 prints the baselines "xếp hạng 51/63" (PAR INDEX 2019) and "57/63" (PCI 2020): the decision's
    ranks are out of 63, taken from the text, and printed ranks that disagree stop the build."""
    import shutil

    assert build.decision_out_of() == 63
    shutil.copytree(SOURCES_DIR, tmp_path / "sources")
    targets = tmp_path / "sources" / "targets.csv"
    targets.write_text(targets.read_text(encoding="utf-8").replace("51/63", "51/64"), encoding="utf-8")
    with pytest.raises(build.BuildError, match="disagree"):
        build.decision_out_of(tmp_path / "sources")
