"""Read the text copy of Decision 688/QĐ-UBND as printed cells.

The text copy lays each table out as a flat run of cells: every cell is one or
more lines, closed by a line holding a single ``|``. Row boundaries are not
marked, so this module only splits the document into its appendix tables and
each table into its cells, in printed order. Tests use it to prove that the
transcriptions under ``data/sources`` reproduce the printed tables cell by cell.

The document itself is not needed to build or run the dashboard.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reform.paths import SEED_DOCUMENT

_APPENDIX = re.compile(r"^PHỤ LỤC (\d\d)$")
_PL08_PART = re.compile(r"^(I|II|III)\. Số lượng")
_FOOTNOTE = re.compile(r"^\[(\d+)\]\s*(.*)$")


def join_lines(lines: list[str]) -> str:
    """Join the lines of one printed cell with single spaces (line breaks are layout, not content)."""
    return re.sub(r"\s+", " ", " ".join(line.strip() for line in lines)).strip()


@dataclass(frozen=True)
class Region:
    """One table of an appendix: its key (``PL03``, ``PL08.II``) and its cells in printed order."""

    key: str
    cells: tuple[str, ...]


def read_seed(path: Path | None = None) -> str:
    """The document's text; raises FileNotFoundError if it is not there."""
    return Path(path or SEED_DOCUMENT).read_text(encoding="utf-8")


def _cells(lines: list[str]) -> list[str]:
    cells: list[str] = []
    current: list[str] = []
    for line in lines:
        if line.strip() == "|":
            cells.append(join_lines(current))
            current = []
        else:
            current.append(line)
    if current:
        cells.append(join_lines(current))
    return cells


def split_document(text: str) -> tuple[list[str], dict[str, Region], dict[int, str]]:
    """Split the text into (body lines before the appendices, appendix tables, footnotes).

    Each appendix table's first cell carries the appendix title glued to the first
    header cell (the title has no cell separator of its own); callers skip the
    header cells by count.
    """
    lines = text.splitlines()
    body: list[str] = []
    regions: dict[str, list[str]] = {}
    footnotes: dict[int, list[str]] = {}
    key: str | None = None
    note: int | None = None
    for line in lines:
        stripped = line.strip()
        m_app = _APPENDIX.match(stripped)
        m_note = _FOOTNOTE.match(stripped) if key is not None else None
        if m_app:
            key, note = f"PL{m_app.group(1)}", None
            regions[key] = []
            continue
        if key == "PL08" or (key or "").startswith("PL08."):
            m_part = _PL08_PART.match(stripped)
            if m_part:
                key = f"PL08.{m_part.group(1)}"
                regions[key] = []
                continue
        if m_note:
            note = int(m_note.group(1))
            footnotes[note] = [m_note.group(2)]
            key = "footnotes"
            continue
        if note is not None:
            footnotes[note].append(line)
        elif key is None:
            body.append(line)
        else:
            regions[key].append(line)
    tables = {k: Region(k, tuple(_cells(v))) for k, v in regions.items() if v}
    notes = {n: join_lines(v) for n, v in footnotes.items()}
    return body, tables, notes
