"""The transcriptions in data/sources against the printed decision, cell by cell.

1. Read in printed order, each table's CSV reproduces the document's cells exactly
   (the header cells aside), so no cell was dropped, added, moved or mistyped; the
   years the CSV columns are named after are the years the document prints.
2. Every printed cell of every appendix table is the observation of the
   (indicator, year, period, component) it prints, keyed by rules written in this
   file (not the build's tables): the same value (read with a separate, simpler
   reading of the number format than the build's), each empty cell as null, each
   text cell verbatim, the footnote where the cell prints [n]; and no observation of
   PL01-PL11 lacks a printed cell.
"""
from __future__ import annotations

import csv
import re

import pandas as pd
import pytest

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


ABSENT = "~"  # no cell printed here: a neighbouring cell spans it (data/README.md)


def _rows(file: str) -> list[dict[str, str]]:
    with (SOURCES_DIR / file).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _printed_cells(file: str) -> list[str]:
    cells = []
    for row in _rows(file):
        cells += [v for k, v in row.items() if k != "row_id" and v != ABSENT]
    return cells


def test_every_table_file_is_checked():
    assert {f for f, _ in TABLES.values()} == {p.name for p in SOURCES_DIR.glob("pl[0-9][0-9]_*.csv")}


@pytest.mark.parametrize("key", sorted(TABLES))
def test_transcription_reproduces_printed_cells(seed_parts, key):
    _, tables, _ = seed_parts
    file, header = TABLES[key]
    printed = list(tables[key].cells[header:])
    transcribed = _printed_cells(file)
    for i, (a, b) in enumerate(zip(printed, transcribed)):
        assert a == b, f"{file}: cell {i} is {b!r}, the document prints {a!r}"
    assert len(printed) == len(transcribed), f"{file}: {len(transcribed)} cells, the document has {len(printed)}"


# --- every printed cell, keyed to what it means -------------------------------------------------
#
# Everything below is written here, from the CSV headers and row ids and from the printed document,
# not taken from reform.data.build or reform.data.parse: a build that puts a cell under the wrong
# year, period, indicator or component, or loses a footnote, fails here.

NOT_VALUES = {"row_id", "item", "name_vi", "note_vi", "period"}  # label columns, never a cell of data
PL02_PERIOD = (2025, "2021-2025", "plan")  # PL02 prints the planned funds of the scheme's 2021-2025


def _appendix(file: str) -> str:
    """The appendix of a source file, from its name: pl08_3_... -> PL08."""
    return "PL" + re.match(r"pl(\d\d)_", file).group(1)


def _column_key(file: str, row_id: str, col: str) -> tuple[str, int, str | None, str]:
    """(indicator id, year, period, kind) of one column of a row table, by the column's name:
    "2016" is the year 2016; "2016_score" / "2016_rank" the score / rank measure of 2016;
    "result_2016_2020" the 2016-2020 period (dated 2020); "target_2025" the 2025 target;
    PL02's single amount column the plan for 2021-2025."""
    if re.fullmatch(r"\d{4}", col):
        return row_id, int(col), None, "actual"
    m = re.fullmatch(r"(\d{4})_(score|rank)", col)
    if m:
        return f"{row_id}_{m.group(2)}", int(m.group(1)), None, "actual"
    m = re.fullmatch(r"result_(\d{4})_(\d{4})", col)
    if m:
        return row_id, int(m.group(2)), f"{m.group(1)}-{m.group(2)}", "actual"
    m = re.fullmatch(r"target_(\d{4})", col)
    if m:
        return row_id, int(m.group(1)), None, "target"
    if _appendix(file) == "PL02" and col == "amount_million_vnd":
        return (row_id, *PL02_PERIOD)
    raise AssertionError(f"{file}: the test has no rule for column {col!r}")


def _period_year(period: str) -> int:
    """The year a PL08 period row is dated: "(Tính đến 12/2019)" where printed, else the period's end."""
    m = re.search(r"Tính đến \d{1,2}/(\d{4})", period)
    return int(m.group(1)) if m else int(re.search(r"\d{4}-(\d{4})", period).group(1))


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


def _one(cell: str) -> float:
    numbers = _numbers(cell)
    assert len(numbers) == 1, (cell, numbers)
    return numbers[0]


def _footnote(cell: str) -> int | None:
    m = re.search(r"\[(\d+)\]$", cell)
    return int(m.group(1)) if m else None


def _reading(cell: str) -> tuple[float | None, str, int | None, dict[str, float]]:
    """(value, flag, footnote, {component: value}) of one printed cell, read by hand-written rules.

    Components: "33.33% (01 TT)" is a share with the count of procedures (__count); "28/28" a count
    over a denominator (__den); "(phát sinh 83/998 dịch vụ công mức 3,4 đạt 0,31%)" a printed share
    with its numerator (__num, 83) and denominator (__den, 998).
    """
    if cell == "":
        return None, "empty", None, {}
    if cell == "-":
        return None, "not_applicable", None, {}
    m = re.fullmatch(r"\(phát sinh (\d+)/(\d+) dịch vụ công mức(?: độ)? 3,4 đạt ([\d,.]+)%\)", cell)
    if m:
        return _one(m.group(3)), "value", None, {"num": float(m.group(1)), "den": float(m.group(2))}
    m = re.fullmatch(r"([\d,.]+)% \((\d+) TT\)", cell)
    if m:
        return _one(m.group(1)), "value", None, {"count": float(m.group(2))}
    m = re.fullmatch(r"(\d+)/(\d+)", cell)
    if m:
        return float(m.group(1)), "value", None, {"den": float(m.group(2))}
    if re.search(r"[^\W\d_]", cell):
        return None, "text", None, {}
    return _one(cell), "value", _footnote(cell), {}


def _expected_observations() -> dict[tuple[str, int, str | None], dict]:
    """(indicator id, year, period) -> what the observation of that printed cell must hold, for every
    value cell of every appendix table (components as their own indicator: id + "__num" etc.)."""
    out: dict[tuple[str, int, str | None], dict] = {}

    def add(file, row_id, col, cell, ind, year, period, kind):
        value, flag, note, components = _reading(cell)
        appendix = _appendix(file)
        for comp, comp_value in [(None, value), *components.items()]:
            key = (ind if comp is None else f"{ind}__{comp}", year, period)
            assert key not in out, f"two printed cells for {key}"
            out[key] = {"appendix": appendix, "kind": kind, "value": comp_value, "flag": flag,
                        "footnote": note, "value_text": cell, "where": f"{file}, {row_id}, {col}"}

    for file, _ in TABLES.values():
        for row in _rows(file):
            for col, cell in row.items():
                if col in NOT_VALUES or cell == ABSENT:
                    continue
                if "period" in row:  # PL08: rows are periods, columns are indicators
                    add(file, row["row_id"], col, cell, col, _period_year(row["period"]), row["period"], "actual")
                else:
                    add(file, row["row_id"], col, cell, *_column_key(file, row["row_id"], col))
    return out


def _actual_observations(observations: pd.DataFrame) -> dict[tuple[str, int, str | None], pd.Series]:
    """The built observations of the appendix tables (PL01-PL11), keyed like the expected ones.
    Text figures and later published figures (appendix "text", "external", ...) are other tests' concern."""
    appendix = observations[observations["appendix"].str.fullmatch(r"PL\d\d")]
    out = {}
    for _, r in appendix.iterrows():
        key = (r["indicator_id"], int(r["year"]), None if pd.isna(r["period"]) else r["period"])
        assert key not in out, f"two observations for {key}: {out[key]['cell_ref']!r} and {r['cell_ref']!r}"
        out[key] = r
    return out


def test_every_cell_is_an_observation_of_its_indicator_year_and_component(observations):
    """Each printed cell is exactly the observation(s) of the (indicator, year, period, component) it
    prints, with its value, flag, footnote and the cell as printed; nothing else is in PL01-PL11."""
    expected = _expected_observations()
    actual = _actual_observations(observations)
    assert len(expected) > 700
    missing = sorted(set(expected) - set(actual), key=str)
    assert not missing, f"{len(missing)} printed cells without their observation, e.g. " + \
        "; ".join(f"{k} ({expected[k]['where']})" for k in missing[:5])
    extra = sorted(set(actual) - set(expected), key=str)
    assert not extra, f"{len(extra)} observations without a printed cell, e.g. " + \
        "; ".join(f"{k} ({actual[k]['cell_ref']})" for k in extra[:5])
    numeric = 0
    for key, want in expected.items():
        got = actual[key]
        where = f"{key} ({want['where']}: {want['value_text']!r})"
        assert got["appendix"] == want["appendix"], where
        assert got["kind"] == want["kind"], where
        assert got["value_text"] == want["value_text"], where
        assert got["flag"] == want["flag"], where
        if want["value"] is None:
            assert pd.isna(got["value"]), f"{where}: {got['value']} where nothing is printed"
        else:
            numeric += 1
            assert got["value"] == pytest.approx(want["value"]), f"{where}: {got['value']}"
        found_note = None if pd.isna(got["footnote"]) else int(got["footnote"])
        assert found_note == want["footnote"], f"{where}: footnote {found_note}"
        row_id, col = re.search(r"\w+, (\w+), (\w+)$", want["where"]).groups()
        assert got["cell_ref"].startswith(want["appendix"] + " ") and \
            got["cell_ref"].endswith(f" · {row_id} · {col}"), f"{where}: cell_ref {got['cell_ref']!r}"
    assert numeric > 550


def test_the_named_compound_cells():
    """The compound cells, keyed by hand (a swapped numerator and denominator fails here too)."""
    expected = _expected_observations()
    used = "pl11_10_services_used"
    assert expected[(used, 2020, None)]["value"] == 0.31
    assert (expected[(used + "__num", 2020, None)]["value"], expected[(used + "__den", 2020, None)]["value"]) == \
        (83, 998)
    assert (expected[(used + "__num", 2017, None)]["value"], expected[(used + "__den", 2017, None)]["value"]) == \
        (4, 460)
    assert expected[("pl11_13_iso", 2016, None)]["value"] == 28 and expected[("pl11_13_iso__den", 2016, None)]["value"] == 28
    assert expected[("pl07_2_simplified__count", 2019, None)]["value"] == 105
    assert expected[("pl07_2_simplified", 2018, None)]["flag"] == "text"
    assert expected[("pci_rank", 2018, None)]["value"] == 62 and expected[("pci_score", 2018, None)]["value"] == 58.33
    assert expected[("pl08_su_edu_district", 2019, "Giai đoạn 2011-2020 (Tính đến 12/2019)")]["value"] == 316
    assert expected[("pl08_depts", 2020, "Giai đoạn 2011-2020")]["value"] == 22
    assert expected[("pl01_deputies", 2020, "2016-2020")]["value"] == 98.70
    assert expected[("pl02_total", 2025, "2021-2025")]["value"] == 112070


def test_footnoted_cells_are_where_the_footnotes_say(observations):
    """Footnotes [9]-[23] are cited in appendix cells; footnotes.csv names the appendix and year of
    each ("PL05 mục 1, năm 2016"): the footnoted observation is that appendix's cell of that year."""
    cited = {int(r["footnote"]): r["cited_in"] for r in _rows("footnotes.csv")}
    printed = {}
    for key, want in _expected_observations().items():
        if want["footnote"] is not None:
            printed[want["footnote"]] = (want["appendix"], key[1])
    assert sorted(printed) == list(range(9, 24))
    for n, (appendix, year) in printed.items():
        m = re.fullmatch(r"(PL\d\d) mục .*, năm (\d{4})", cited[n])
        assert m and (m.group(1), int(m.group(2))) == (appendix, year), (n, cited[n], appendix, year)
        rows = observations[observations["footnote"] == n]
        assert len(rows) == 1, f"footnote [{n}] is on {len(rows)} observations"
        assert (rows.iloc[0]["appendix"], int(rows.iloc[0]["year"])) == (appendix, year), n


def test_year_columns_are_the_printed_years(seed_parts):
    """The CSV column names the rules above read years from are the years the document prints in
    each table's header, in the same order (and PL03/PL04 print score before rank for each year)."""
    _, tables, _ = seed_parts
    for key, (file, header) in TABLES.items():
        printed = " ".join(tables[key].cells[:header])
        columns = [c for c in _rows(file)[0] if c not in NOT_VALUES]
        if key in ("PL03", "PL04") or re.fullmatch(r"\d{4}", columns[0]):
            years = list(dict.fromkeys(c[:4] for c in columns))
            assert re.findall(r"Năm (\d{4})", printed) == years, key
        if key in ("PL03", "PL04"):
            assert [c[5:] for c in columns] == ["score", "rank"] * len(years), key
            measures = re.findall(r"Điểm số|Xếp hạng", printed)
            assert measures == ["Điểm số", "Xếp hạng"] * len(years), key
    pl01 = " ".join(tables["PL01"].cells[:6]).replace(" ", "")
    assert "giaiđoạn2016-2020" in pl01 and "đếnnăm2025" in pl01 and "đếnnăm2030" in pl01
    pl02 = " ".join(tables["PL02"].cells[:4])
    assert "2021-2025" in pl02.replace(" ", "") and "KINH PHÍ (Triệu đồng)" in pl02


@pytest.fixture(scope="module")
def observations() -> pd.DataFrame:
    return pd.read_parquet(DATA_DIR / "observations.parquet")


def test_traps_land_as_printed(observations):
    """The cells the issue names, read from the built file."""
    def one(ind, year):
        rows = observations[(observations.indicator_id == ind) & (observations.year == year)
                            & observations.appendix.str.fullmatch(r"PL\d\d")]
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
