"""The transcriptions in data/sources against the printed decision, cell by cell.

1. Read in printed order, each table's CSV reproduces the document's cells exactly
   (the header cells aside), so no cell was dropped, added, moved or mistyped.
2. Every cell of every appendix table is in observations.parquet: each number in it
   with the same value (checked with a separate, simpler reading of the number
   format than the build's), each empty cell as null, each text cell verbatim.
"""
from __future__ import annotations

import csv
import re

import pandas as pd
import pytest

from reform.data.build import ABSENT, PL08_TABLES, ROW_TABLES
from reform.paths import DATA_DIR, SOURCES_DIR
from reform.data.seed import join_lines

# table key in the document -> (source file, number of header cells printed before the data)
TABLES = {
    "PL01": ("pl01_targets.csv", 6),
    "PL02": ("pl02_projects.csv", 4),
    "PL03": ("pl03_pci.csv", 18),
    "PL04": ("pl04_par_index.csv", 14),
    "PL05": ("pl05_steering.csv", 7),
    "PL06": ("pl06_legal_documents.csv", 7),
    "PL07": ("pl07_procedures.csv", 7),
    "PL08.I": ("pl08_1_province_organisation.csv", 6),
    "PL08.II": ("pl08_2_district_organisation.csv", 6),
    "PL08.III": ("pl08_3_service_units_by_sector.csv", 17),
    "PL09": ("pl09_staff.csv", 7),
    "PL10": ("pl10_public_finance.csv", 7),
    "PL11": ("pl11_e_government.csv", 7),
}


def _rows(file: str) -> list[dict[str, str]]:
    with (SOURCES_DIR / file).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _printed_cells(file: str) -> list[str]:
    cells = []
    for row in _rows(file):
        cells += [v for k, v in row.items() if k != "row_id" and v != ABSENT]
    return cells


def test_every_table_file_is_checked():
    assert {f for f, _ in TABLES.values()} == set(ROW_TABLES) | set(PL08_TABLES)


@pytest.mark.parametrize("key", sorted(TABLES))
def test_transcription_reproduces_printed_cells(seed_parts, key):
    _, tables, _ = seed_parts
    file, header = TABLES[key]
    printed = list(tables[key].cells[header:])
    transcribed = _printed_cells(file)
    for i, (a, b) in enumerate(zip(printed, transcribed)):
        assert a == b, f"{file}: cell {i} is {b!r}, the document prints {a!r}"
    assert len(printed) == len(transcribed), f"{file}: {len(transcribed)} cells, the document has {len(printed)}"


# A reading of the number format written independently of reform.parse.
def _numbers(cell: str) -> list[float]:
    out = []
    for token in re.findall(r"\d[\d.,]*\d|\d", re.sub(r"\[\d+\]", "", cell)):
        if "," in token:
            out.append(float(token.replace(".", "").replace(",", ".")))
        elif token.count(".") >= 1 and all(len(g) == 3 for g in token.split(".")[1:]):
            out.append(float(token.replace(".", "")))
        else:
            out.append(float(token))
    return out


def _is_text(cell: str) -> bool:
    return bool(re.search(r"[^\W\d_]", cell)) and not cell.startswith("(phát sinh") and "TT)" not in cell


def _footnote(cell: str) -> int | None:
    m = re.search(r"\[(\d+)\]$", cell)
    return int(m.group(1)) if m else None


@pytest.fixture(scope="module")
def observations() -> pd.DataFrame:
    return pd.read_parquet(DATA_DIR / "observations.parquet")


def _value_cells() -> list[tuple[str, str, str, str, str]]:
    """(appendix, item, row_id, column, cell) for every printed value cell of every table."""
    out = []
    for file, (appendix, _) in ROW_TABLES.items():
        for row in _rows(file):
            for col, cell in row.items():
                if col in ("row_id", "item", "name_vi", "note_vi") or cell == ABSENT:
                    continue
                out.append((appendix, row["item"], row["row_id"], col, cell))
    for file, part in PL08_TABLES.items():
        for row in _rows(file):
            for col, cell in row.items():
                if col.startswith("pl08_"):
                    out.append(("PL08", part, row["row_id"], col, cell))
    return out


def test_every_cell_is_an_observation(seed_parts, observations):
    """Walk every value cell; the transcription test above ties each one to the printed document."""
    by_ref = {ref: grp for ref, grp in observations.groupby("cell_ref")}
    cells = _value_cells()
    assert len(cells) > 600
    numeric = 0
    for appendix, item, row_id, col, cell in cells:
        ref = f"{appendix} · {item or '(không số)'} · {row_id} · {col}"
        assert ref in by_ref, f"no observation for {ref} ({cell!r})"
        obs = by_ref[ref]
        assert set(obs["value_text"]) == {cell}, ref
        if cell == "":
            assert obs["value"].isna().all() and set(obs["flag"]) == {"empty"}, ref
        elif cell == "-":
            assert obs["value"].isna().all() and set(obs["flag"]) == {"not_applicable"}, ref
        elif _is_text(cell):
            assert obs["value"].isna().all() and set(obs["flag"]) == {"text"}, ref
        else:
            numeric += 1
            expected = sorted(_numbers(cell))
            if "(phát sinh" in cell:  # "... 4/460 dịch vụ công mức độ 3,4 đạt 0,87%": "3,4" names the levels
                expected = sorted(_numbers(cell.split("dịch vụ")[0]) + _numbers(cell.split("đạt")[1]))
            found = sorted(obs["value"].dropna().tolist())
            assert found == pytest.approx(expected), f"{ref}: {cell!r} gave {found}, expected {expected}"
            assert obs["footnote"].dropna().tolist() in ([], [_footnote(cell)] * len(obs)), ref
    assert numeric > 500


def test_traps_land_as_printed(observations):
    """The cells the issue names, read from the built file."""
    def one(ind, year):
        rows = observations[(observations.indicator_id == ind) & (observations.year == year)
                            & (observations.appendix != "text")]
        assert len(rows) == 1, (ind, year)
        return rows.iloc[0]

    assert one("pl07_1_procedures", 2016).value == 1543
    assert one("pl11_2_docs_received", 2019).value == 1316627
    assert one("pl11_3_docs_sent", 2020).value == 6743
    assert one("pci_score", 2020).value == pytest.approx(61.98)
    assert one("pl07_5a_ontime_province", 2016).value == pytest.approx(99.96)
    assert one("par_staff_score", 2018).value == pytest.approx(9.18)
    assert one("pl07_2_simplified", 2016).value == pytest.approx(33.33)
    first = one("pl05_1_inspected", 2016)
    assert (first.value, first.footnote) == (26, 9)
    empty = one("pl05_2a_contest", 2016)
    assert pd.isna(empty.value) and empty.flag == "empty"
    na = one("pl07_1d_provincial_law", 2016)
    assert pd.isna(na.value) and na.flag == "not_applicable"
    text = one("par_organisation_rank", 2016)
    assert pd.isna(text.value) and text.value_text == "Nằm trong tốp 38 tỉnh đạt điểm tối đa"
    assert one("pl11_10_services_used", 2016).value_text == "Chưa xác định"


def test_footnotes_verbatim(seed_parts):
    _, _, notes = seed_parts
    rows = _rows("footnotes.csv")
    assert [int(r["footnote"]) for r in rows] == list(range(1, 24))
    for r in rows:
        assert r["text_vi"] == notes[int(r["footnote"])], f"footnote {r['footnote']}"


def test_text_figures_quote_the_document(seed_text):
    flat = join_lines(seed_text.splitlines())
    for r in _rows("text_figures.csv"):
        assert r["quote_vi"] in flat, f"{r['figure_id']}: quote not found in the document"


def test_targets_quote_pl01_and_part3(seed_parts, seed_text):
    flat = join_lines(seed_text.splitlines())
    pl01 = {r["row_id"]: r for r in _rows("pl01_targets.csv")}
    by_item = {"I.1": "par_index_target", "I.2": "pci_target", **{f"II.{i}": r for i, r in enumerate(
        ["pl01_time_cut", "pl01_online_l34", "pl01_l4_mobile", "pl01_deputies", "pl01_commune_staff",
         "pl01_selffinanced", "pl01_systems_linked", "pl01_work_files", "pl01_reports"], start=1)}}
    for t in _rows("targets.csv"):
        row = pl01[by_item[t["item"]]]
        for year in ("2025", "2030"):
            assert t[f"pl01_{year}_text"] in row[f"target_{year}"], (t["target_id"], year)
            if t[f"text_{year}_text"]:
                assert t[f"text_{year}_text"] in flat, (t["target_id"], year)
        assert t["baseline_text"] in row["result_2016_2020"], t["target_id"]
