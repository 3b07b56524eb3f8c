"""A hostile workbook (issue 16 item 6): a small XLSX whose one cell unzips to a gigabyte, and what reading it
costs. ``python -m bench.hostile_xlsx [--gb 1]`` writes such a file, then times the import engine's reading of
it (the refusal) and of the template filled with 5 000 rows, with the peak of Python's allocations (tracemalloc)
and the process's peak RSS; it prints each figure and "meets"/"misses" against the goals (refused in under a
second and 200 MB: Python's allocations and the growth of the process's peak RSS while it is read), and the
ratio of the refusal's time to the ordinary file's.

:func:`write_bomb` is the generator the tests use too (``tests/test_imports.py``).
"""
from __future__ import annotations

import argparse
import io
import resource
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

GOAL_SECONDS = 1.0
GOAL_MB = 200.0
_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         b'<row r="1"><c r="A1" t="inlineStr"><is><t>indicator_id</t></is></c>'
         b'<c r="B1" t="inlineStr"><is><t>year</t></is></c><c r="C1" t="inlineStr"><is><t>value</t></is></c>'
         b'<c r="D1" t="inlineStr"><is><t>value_text</t></is></c><c r="E1" t="inlineStr"><is><t>out_of</t></is></c>'
         b'<c r="F1" t="inlineStr"><is><t>source</t></is></c></row>'
         b'<row r="2"><c r="A2" t="inlineStr"><is><t>pci_score</t></is></c><c r="B2"><v>2024</v></c>'
         b'<c r="C2"><v>61</v></c><c r="F2" t="inlineStr"><is><t>')
_TAIL = b"</t></is></c></row></sheetData></worksheet>"


def _template_parts() -> dict[str, bytes]:
    """The parts of an ordinary one-sheet workbook (openpyxl's), to carry the hostile sheet."""
    import openpyxl

    buf = io.BytesIO()
    openpyxl.Workbook().save(buf)
    with zipfile.ZipFile(buf) as z:
        return {i.filename: z.read(i.filename) for i in z.infolist()}


def write_bomb(path: Path, cell_bytes: int = 1024 ** 3) -> Path:
    """Write an XLSX whose first sheet's cell F2 holds ``cell_bytes`` letters (1 GB by default): about 1 MB on
    disk (deflate packs a run of one letter about 1 000 to 1), written as a stream in chunks of 16 MB."""
    parts = _template_parts()
    chunk = b"a" * (16 * 1024 * 1024)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in parts.items():
            if name != "xl/worksheets/sheet1.xml":
                z.writestr(name, data)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(_HEAD)
            left = cell_bytes
            while left > 0:
                f.write(chunk[:min(left, len(chunk))])
                left -= len(chunk)
            f.write(_TAIL)
    return path


def filled_template(rows: int = 5000) -> bytes:
    """The import template's figures sheet filled with ``rows`` ordinary rows (the largest file the engine takes)."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["indicator_id", "year", "value", "value_text", "out_of", "source"])
    for i in range(rows):
        ws.append(["pl07_1_procedures", 2016 + i % 10, i, None, None, f"nguồn {i}"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def measure(name: str, data: bytes) -> dict:
    """Read ``data`` with the import engine: seconds, tracemalloc peak (MB), the problems' codes."""
    from reform.imports import engine

    tracemalloc.start()
    start = time.perf_counter()
    parsed = engine.read_file(name, data)
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 1024 / 1024
    tracemalloc.stop()
    return {"seconds": seconds, "peak_mb": peak, "codes": sorted({p.code for p in parsed.problems}),
            "rows": len(parsed.rows) + len({p.row for p in parsed.problems if p.row})}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gb", type=float, default=1.0, help="the hostile cell's size in GB (default 1)")
    ap.add_argument("--out", default="/tmp/hostile_1gb_cell.xlsx")
    args = ap.parse_args(argv)
    path = Path(args.out)
    start = time.perf_counter()
    write_bomb(path, int(args.gb * 1024 ** 3))
    print(f"wrote {path} ({path.stat().st_size / 1024 / 1024:.2f} MB on disk, a {args.gb:g} GB cell) "
          f"in {time.perf_counter() - start:.1f} s")
    measure("warm.csv", b"indicator_id,year,value,source\npci_score,2024,60,x\n")  # open the data, the catalogs
    data = path.read_bytes()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    bomb = measure(path.name, data)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - before  # the refusal's growth of the peak
    normal = measure("mau_5000.xlsx", filled_template())
    print(f"hostile workbook: refused {bomb['codes']} in {bomb['seconds'] * 1000:.1f} ms, "
          f"peak {bomb['peak_mb']:.1f} MB of Python allocations")
    print(f"template with 5 000 rows: validated {normal['rows']} rows in {normal['seconds'] * 1000:.0f} ms, "
          f"peak {normal['peak_mb']:.1f} MB")
    print(f"growth of the process's peak RSS while refusing it: {rss:.1f} MB (peak before it {before:.0f} MB)")
    ratio = bomb["seconds"] / normal["seconds"] if normal["seconds"] else float("nan")
    print(f"refusal time / ordinary file's time: {ratio:.3f}")
    ok_time = bomb["seconds"] < GOAL_SECONDS
    ok_mem = bomb["peak_mb"] < GOAL_MB and rss < GOAL_MB
    refused = bool(bomb["codes"]) and bomb["rows"] == 0
    print(f"refused in under {GOAL_SECONDS:g} s: {'meets' if ok_time and refused else 'misses'}")
    print(f"under {GOAL_MB:g} MB: {'meets' if ok_mem else 'misses'}")
    return 0 if ok_time and ok_mem and refused else 1


if __name__ == "__main__":
    sys.exit(main())
