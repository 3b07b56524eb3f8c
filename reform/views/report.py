"""The end-of-scheme report: "Kết quả thực hiện các chỉ tiêu của Đề án giai đoạn 2021-2025".

One table of the 14 target parts (baseline, 2025 target, result and its year, verdict, 2030 target, outlook,
source) built from :mod:`reform.model.verdicts`, laid out like an appendix of a provincial report: a Word
document (A4 landscape, Times New Roman 13-14, "Trang x/y" in the footer as PAGE and NUMPAGES fields,
numbered notes under the table, each marked on the cell it explains) and the same table as CSV (UTF-8 with
BOM, so that Excel opens it with its accents). Vietnamese by default, English with ``lang="en"``. The output
depends on the data only (its version is printed; no date).

Verdicts, outlooks and bases are in the pages' words (the ``verdicts`` table, :func:`V`), never a copy. The
report stands alone: a source cell carries a short label (the basis), and its note the words quoted, the
site and the full URL, a link printed with a break allowed after each slash (:func:`breakable_url`); no
note sends the reader to a page of the dashboard.
"""
from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field

import pandas as pd

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from reform.data import db
from reform.i18n import report as text
from reform.i18n import verdicts as verdict_text
from reform.i18n import pick, tr
from reform.i18n.fmt import fmt_number
from reform.model import ranks, verdicts
from reform.views import export
from reform.views import peers as peers_view
from reform.views import verdicts as verdict_words

FONT = "Times New Roman"
BODY_PT = 13
TITLE_PT = 14
#: Column widths (cm) of the table on A4 landscape with 2,5 cm and 1,5 cm side margins (25,7 cm).
WIDTHS_CM = (1.2, 5.0, 2.6, 3.6, 2.8, 2.9, 2.4, 2.6, 2.6)
COLUMNS = ("no", "target", "baseline", "2025", "result", "verdict", "2030", "outlook", "source")
FIELD_FROM_2025 = ranks.FIELD_FROM_2025


def T(key: str, lang: str, **kw) -> str:
    return tr(text.TEXT, key, lang, **kw)


def V(key: str, lang: str, **kw) -> str:
    """The words the pages use for verdicts, outlooks and bases (one source for page, brief and report)."""
    return tr(verdict_text.TEXT, key, lang, **kw)


def _cap(words: str) -> str:
    """A cell's words with a capital first letter ("số liệu công bố" -> "Số liệu công bố")."""
    return words[:1].upper() + words[1:]


def verdict_cell(code: str, provisional: bool, year, lang: str, judged: str | None = None) -> str:
    """"Đạt (tạm tính theo kết quả năm 2024)", "Chưa có số liệu": the page's words, without its symbol; with
    ``judged`` (the judged figure, where the result cell shows a later one) "Đạt (theo kết quả năm 2025: 50/63)"."""
    word = V(f"v_{code}", lang)
    if code == "no_data":
        return word
    if judged:
        return f"{word} ({V('provisional_on' if provisional else 'judged_on', lang, year=year, value=judged)})"
    return f"{word} ({V('provisional' if provisional else 'judged', lang, year=year)})"


@dataclass
class Notes:
    """Numbered notes under the table, numbered in order of first use; the same text keeps its number."""

    texts: list[str] = field(default_factory=list)

    def mark(self, note: str) -> int:
        if note not in self.texts:
            self.texts.append(note)
        return self.texts.index(note) + 1


@dataclass
class Row:
    """One target part as printed: the text of each column and the note numbers each carries."""

    no: int
    group: str
    target_id: str
    cells: dict[str, str]
    marks: dict[str, list[int]]
    csv: dict[str, object]


def _num(v, unit: str, lang: str) -> str:
    if unit == "%":
        return fmt_number(v, lang, None) + "%"
    return fmt_number(v, lang, None)


def _shown(v: dict, value, out_of, lang: str) -> str:
    """A figure as the report prints it: "30/34" for a rank, else the number with its unit."""
    if v["unit"] == "rank":
        return f"{fmt_number(value, lang, 0)}/{out_of}" if out_of else fmt_number(value, lang, 0)
    return _num(value, v["unit"], lang)


def _judged(v: dict, year_key: str, value_key: str, out_of_key: str, lang: str) -> str | None:
    """The judged figure, where the result cell shows another year's (the latest), else None."""
    if v.get(year_key) is None or v[year_key] == v.get("latest_year"):
        return None
    return _shown(v, v[value_key], v.get(out_of_key), lang)


def _value(v: dict, value, year, out_of, lang: str) -> str:
    return T("value_year", lang, v=_shown(v, value, out_of, lang), year=year)


def _goal(v: dict, year: int, lang: str) -> str:
    kind = v[f"kind_{year}"]
    if kind == "rank_band":
        parts = []
        for band in v[f"bands_{year}"]:
            b = T("band", lang, low=band["low"], high=band["high"], n=band["out_of"])
            where = T("where_PL01" if band["source"] == "PL01" else "where_text", lang)
            parts.append(T("band_where", lang, band=b, where=where) if len(v[f"bands_{year}"]) > 1 else b)
        return "; ".join(parts)
    goal = _num(v[f"goal_{year}"], v["unit"], lang)
    return T("maintain" if kind == "maintain" else "at_least", lang, v=goal)


def _url(source: str | None) -> str:
    """The URL of a citation (the whole citation where it has none)."""
    m = re.search(r"https?://\S+", source or "")
    return m.group(0) if m else (source or "")


def _equivalence_note(items: list[dict], lang: str) -> str:
    """The 63 -> 34 note, with the equivalent of every 2025 rank band of the decision worked out."""
    examples, m = [], None
    for v in items:
        for band in v["bands_2025"]:
            m = band["out_of"]
            low_n, high_n = ranks.equivalent_band(band["low"], band["high"], m, FIELD_FROM_2025)
            ex = T("example_band", lang, low=band["low"], high=band["high"], m=m, low_n=low_n, high_n=high_n,
                   n=FIELD_FROM_2025)
            if ex not in examples:
                examples.append(ex)
    return T("note_63_34", lang, m=m, n=FIELD_FROM_2025, examples="; ".join(examples))


def _citation(source: str | None) -> str:
    """A citation as printed in a note: "site, URL" for a "site: URL" citation, else as given."""
    if not source:
        return ""
    url = _url(source)
    site = verdict_words.site_of(source)
    return f"{site}, {url}" if url != source and site and site != source else source


def _source_note(v: dict, year, basis: str, lang: str) -> str | None:
    """The note on a result's source: its year and basis, the words quoted, the full citation (site and URL)."""
    if not v.get("source"):
        return None
    quote = f": “{v['quote']}”" if v.get("quote") else ""
    return T("note_source", lang, year=year, basis=V(f"basis_{basis}", lang), quote=quote,
             source=_citation(v["source"]))


def _source_label(basis: str, lang: str) -> str:
    """A source cell: the basis in the pages' words, short enough for its column (the site and the full
    URL are in the note it carries)."""
    return _cap(V(f"basis_{basis}", lang))


def _bands_note(v: dict, lang: str) -> str:
    """Where a target's 2025 band is set in two places of the decision: both bands, and which the verdict uses."""
    bands = v["bands_2025"]
    listed = "; ".join(T("band_where", lang, band=T("band", lang, low=b["low"], high=b["high"], n=b["out_of"]),
                         where=T("where_PL01" if b["source"] == "PL01" else "where_text", lang)) for b in bands)
    worst = {b["high"] for b in bands}
    key = "note_bands_same" if len(worst) == 1 else "note_bands_differ"
    return T(key, lang, name=pick(lang, v["short_vi"], v["short_en"]), bands=listed,
             worst=fmt_number(v["high_2025"], lang, 0), n=v["band_out_of"])


#: The index a target part's rank belongs to, as ``source_conflicts.csv`` names it.
CONFLICT_INDEX = {"pci_rank": "PCI", "par_index_rank": "PAR INDEX"}


def _conflict_note(v: dict, lang: str) -> str | None:
    """Published figures that contradict each other for the index and year of a result, stated in full
    (who, score, rank out of how many, where), or None."""
    index = CONFLICT_INDEX.get(v["target_id"])
    if index is None or v["latest_year"] is None:
        return None
    df = db.run("source_conflicts")
    df = df[(df["index"] == index) & (df["year"] == v["latest_year"])]
    if df.empty:
        return None
    claims = []
    for r in df.itertuples():
        value, site = fmt_number(r.value, lang, 2), verdict_words.site_of(r.source)
        if not pd.isna(r.rank):
            claims.append(T("claim_rank", lang, who=r.claimant, value=value, rank=int(r.rank), n=int(r.out_of),
                            site=site))
        else:
            claims.append(T("claim_score", lang, who=r.claimant, value=value, site=site))
    return T("note_conflict", lang, index=index, year=v["latest_year"], claims="; ".join(claims))


def _csv_tail(v: dict, marks: dict, columns, lang: str) -> dict:
    """The CSV columns after a row's printed cells: out of how many, basis, provisional, the source's URL,
    the notes' numbers."""
    return {
        T("csv_out_of", lang): v["latest_out_of"] or "",
        T("csv_basis", lang): v["basis"] or "",
        T("csv_provisional", lang): T("yes" if v["provisional"] else "no", lang),
        T("csv_source_url", lang): _url(v["source"]) if v.get("source") and _url(v["source"]) != v["source"] else "",
        T("csv_notes", lang): " ".join(f"({n})" for c in columns for n in marks[c]),
    }


def table_rows(lang: str = "vi", items: list[dict] | None = None) -> tuple[list[Row], list[str], dict[str, list[int]]]:
    """The report's rows (one per target part, in the decision's order), its numbered notes, and the notes
    each heading carries.

    A note's mark sits on the cell it explains: the source of the decision's figures on the headings of
    the baseline and target columns; the 63 -> 34 equivalence and a band set twice on the 2025 target; a
    derived result, a contested result or the lack of any result on the result; the quote and full
    citation on the source; a provisional verdict on the verdict; the method, an ended level and the
    derived figures in the pace on the outlook.
    """
    items = verdicts.verdicts() if items is None else items
    notes = Notes()
    rows: list[Row] = []
    decision_note = notes.mark(T("note_decision", lang))
    header = {c: [decision_note] if c in ("baseline", "2025", "2030") else [] for c in COLUMNS}
    equivalence_note = _equivalence_note(items, lang)
    no_data = sum(1 for v in items if v["latest_year"] is None)
    no_data_note = T("note_no_data", lang, n=no_data, total=len(items))
    for no, v in enumerate(items, start=1):
        pending: dict[str, list[str]] = {c: [] for c in COLUMNS}
        name = v["name_en"] if lang == "en" else v["name_vi"]
        cells = {
            "no": str(no),
            "target": f"{name} ({T('item', lang, item=v['item'])})",
            "baseline": _value(v, v["baseline_value"], v["baseline_year"], v["baseline_out_of"], lang),
            "2025": _goal(v, 2025, lang),
            "2030": _goal(v, 2030, lang),
        }
        if v["unit"] == "rank":
            pending["2025"].append(equivalence_note)
            if len(v["bands_2025"]) > 1:
                pending["2025"].append(_bands_note(v, lang))
        if v["latest_year"] is None:
            cells["result"] = T("no_result", lang, year=v["baseline_year"])
            if v["baseline_meets_2025"]:
                cells["result"] += f" ({T('baseline_met', lang, year=v['baseline_year'])})"
            pending["result"].append(no_data_note)
            cells["source"] = T("source_decision", lang)
        else:
            cells["result"] = _value(v, v["latest_value"], v["latest_year"], v["latest_out_of"], lang)
            basis = v["basis"] or "stated"
            cells["source"] = _source_label(basis, lang)
            if basis == "derived":  # the figure shown is itself derived
                pending["result"].append(T("note_derived_result", lang, items=T(
                    "derived_item", lang, year=v["latest_year"], value=cells["result"].split(" (")[0],
                    basis=V("basis_derived", lang))))
            conflict = _conflict_note(v, lang)
            if conflict:
                pending["result"].append(conflict)
            source = _source_note(v, v["latest_year"], basis, lang)
            if source:
                pending["source"].append(source)
        cells["verdict"] = verdict_cell(v["verdict_2025"], v["provisional"], v["verdict_2025_year"], lang,
                                        _judged(v, "verdict_2025_year", "verdict_2025_value", "verdict_2025_out_of", lang))
        if v["provisional"]:
            pending["verdict"].append(T("note_provisional", lang, year=v["verdict_2025_year"]))
        cells["outlook"] = V(f"o_{v['outlook_2030']}", lang, year=verdicts.OUTLOOK_YEAR)
        if v.get("outlook_2030_provisional"):
            cells["outlook"] += f" ({V('provisional', lang, year=v['outlook_2030_year'])})"
        if v["outlook_2030"] == "not_applicable":
            pending["outlook"].append(T("note_district", lang))
        elif v["outlook_2030"] not in ("met", "not_met", "no_data"):  # a trend word: how it is worked out
            pending["outlook"].append(T("note_outlook", lang))
        if v.get("observed_pace") is not None:  # the outlook rests on a pace: say which of its figures are derived
            derived = [r for r in v["results_after_baseline"]
                       if r["basis"] == "derived" and r["year"] != v["latest_year"]]
            if derived:
                listed = "; ".join(T("derived_item", lang, year=r["year"],
                                     value=_value(v, r["value"], r["year"], r["out_of"], lang).split(" (")[0],
                                     basis=V("basis_derived", lang)) for r in derived)
                pending["outlook"].append(T("note_derived_series", lang, items=listed))
        marks = {c: [notes.mark(n) for n in pending[c]] for c in COLUMNS}
        judged_n = v["bands_2025"][0]["equivalent_out_of"] if v["bands_2025"] else None  # the judged result's field
        if v["unit"] == "rank" and judged_n and judged_n != v["band_out_of"]:
            low, high = ranks.equivalent_band(v["low_2025"], v["high_2025"], v["band_out_of"], judged_n)
            cells["2025"] += f" ≈ {low}–{high}/{judged_n}"
        group = "I" if str(v["item"]).startswith("I.") else "II"
        rows.append(Row(no, group, v["target_id"], cells, marks, {
            **{T(f"col_{c}", lang) if c != "no" else T("col_no", lang): cells[c] for c in COLUMNS},
            T("csv_target_id", lang): v["target_id"],
            T("csv_item", lang): v["item"],
            **_csv_tail(v, marks, COLUMNS, lang),
        }))
    return rows, notes.texts, header


# --- a later plan (reform/model/verdicts.py plan_verdicts): one row per target and horizon year --------

PLAN_COLUMNS = ("no", "target", "baseline", "year", "goal", "result", "verdict", "source")
#: Column widths (cm) of a plan's table (25,7 cm, as the decision's).
PLAN_WIDTHS_CM = (1.2, 5.0, 2.8, 2.2, 3.8, 3.1, 4.0, 3.6)
#: The columns a target's horizon rows share (merged in the Word table).
PLAN_SHARED = ("no", "target", "baseline")


def _is_builtin(plan_id: str | None) -> bool:
    return plan_id is None or str(plan_id) == verdicts.BUILTIN_PLAN


def plan_rows(plan: dict, lang: str = "vi", items: list[dict] | None = None
              ) -> tuple[list[Row], list[str], dict[str, list[int]]]:
    """A plan's report rows (one per target and horizon year, in the plan's order; ``no`` numbers the
    targets), its numbered notes and the notes each heading carries (none)."""
    items = verdicts.plan_verdicts(plan["id"]) if items is None else items
    notes = Notes()
    rows: list[Row] = []
    numbers: dict[str, int] = {}
    no_data_note = T("plan_note_no_data", lang, n=sum(1 for v in items if v["latest_year"] is None),
                     total=len(items))
    for v in items:
        no = numbers.setdefault(v["target_id"], len(numbers) + 1)
        pending: dict[str, list[str]] = {c: [] for c in PLAN_COLUMNS}
        rank = v["kind"] == "rank_band"
        name = v["name_en"] if lang == "en" and v.get("name_en") else v["name_vi"]
        base = verdict_words.value_text(v["baseline_value"], v["unit"], lang, v.get("baseline_out_of") if rank else None)
        cells = {"no": str(no), "target": name, "baseline": T("value_year", lang, v=base, year=v["baseline_year"]),
                 "year": str(v["year"]), "goal": verdict_words.plan_goal_text(v, v["kind"], v["unit"], lang)}
        if v["latest_year"] is None:
            cells["result"] = T("no_result", lang, year=v["baseline_year"])
            pending["result"].append(no_data_note)
            cells["source"] = ""
        else:
            shown = verdict_words.value_text(v["latest_value"], v["unit"], lang, v["latest_out_of"])
            cells["result"] = T("value_year", lang, v=shown, year=v["latest_year"])
            basis = v["basis"] or ("revision" if v["latest_revision_id"] is not None else "stated")
            cells["source"] = _source_label(basis, lang)
            if v["latest_entered_by"]:  # who entered it, when, and the source they gave
                pending["source"].append(T("plan_note_entered", lang, year=v["latest_year"], who=v["latest_entered_by"],
                                           when=verdict_words.vietnam_time(v["latest_entered_at"], lang),
                                           id=v["latest_revision_id"], source=_citation(v["source"])))
            else:
                source = _source_note(v, v["latest_year"], basis, lang)
                if source:
                    pending["source"].append(source)
            if rank and v["latest_out_of"] and v["out_of"] and int(v["latest_out_of"]) != int(v["out_of"]):
                low, high = ranks.equivalent_band(v["best"], v["worst"], int(v["out_of"]), int(v["latest_out_of"]))
                cells["goal"] += f" ≈ {low}–{high}/{v['latest_out_of']}"
                pending["goal"].append(T("plan_note_position", lang, n=v["out_of"], m=v["latest_out_of"]))
        cells["verdict"] = verdict_cell(v["verdict"], v["provisional"], v["verdict_year"], lang,
                                        _judged(v, "verdict_year", "verdict_value", "verdict_out_of", lang))
        if v["provisional"]:
            pending["verdict"].append(T("plan_note_provisional", lang, year=v["verdict_year"], horizon=v["year"]))
        marks = {c: [notes.mark(n) for n in pending[c]] for c in PLAN_COLUMNS}
        rows.append(Row(no, "", v["target_id"], cells, marks, {
            **{T(f"plan_col_{c}" if c in ("year", "goal", "verdict") else f"col_{c}", lang): cells[c]
               for c in PLAN_COLUMNS},
            T("csv_plan_id", lang): plan["id"],
            T("csv_target_id", lang): v["target_id"],
            T("csv_indicator_id", lang): v["indicator_id"],
            T("csv_verdict_code", lang): v["verdict"],
            **_csv_tail(v, marks, PLAN_COLUMNS, lang),
        }))
    return rows, notes.texts, {c: [] for c in PLAN_COLUMNS}


# --- Word -------------------------------------------------------------------------------------------

def _font(run, size: int = BODY_PT, bold: bool = False, italic: bool = False) -> None:
    run.font.name = FONT
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)


def _para(container, words: str, size: int = BODY_PT, bold: bool = False, italic: bool = False,
          align=WD_ALIGN_PARAGRAPH.CENTER, after: int = 0):
    p = container.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(0)
    _font(p.add_run(words), size, bold, italic)
    return p


def _cell_text(cell, words: str, marks: list[int] | None = None, bold: bool = False,
               align=WD_ALIGN_PARAGRAPH.LEFT) -> None:
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    _font(p.add_run(words), BODY_PT, bold)
    for n in marks or []:
        r = p.add_run(f"({n})")
        _font(r, BODY_PT)
        r.font.superscript = True
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


#: A zero-width space: a place where a line may break, invisible where it does not (Word and LibreOffice).
BREAK = "\u200b"
_URL = re.compile(r"https?://\S+")
#: A piece of a URL between two slashes up to this many characters keeps its hyphens from breaking (it fits
#: on a line even in the widest letters: 60 × 0,78 em at 13 pt is 21 cm of the page's 25,7 cm); a longer
#: piece may also break after its hyphens.
WHOLE_PIECE = 60


def breakable_url(url: str) -> str:
    """A URL as printed: a break allowed after every slash of its path ("…vn/", "…/ke-hoach…"), so that a long
    URL wraps at its slashes and never inside a word (the link itself keeps the URL as it is)."""
    return re.sub(r"/(?!/)", "/" + BREAK, url)


def url_pieces(url: str) -> list[str | None]:
    """The printed URL (:func:`breakable_url`) in pieces, ``None`` standing for a hyphen that may not break
    (Word's non-breaking hyphen): a line breaks after a slash, and inside a piece longer than
    :data:`WHOLE_PIECE` after a hyphen, never inside a word."""
    out: list[str | None] = []
    for piece in re.split(f"(/{BREAK})", breakable_url(url)):
        if len(piece) > WHOLE_PIECE or "-" not in piece:
            out.append(piece)
            continue
        for i, part in enumerate(piece.split("-")):
            if i:
                out.append(None)
            if part:
                out.append(part)
    return [p for p in out if p != ""]


def _split_urls(text: str) -> list[tuple[str, bool]]:
    """A note's text in pieces, each (words, is_url); a URL's trailing punctuation stays with the words."""
    out, at = [], 0
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(".,;:)”")
        out.append((text[at:m.start()], False))
        out.append((url, True))
        at = m.start() + len(url)
    out.append((text[at:], False))
    return [(t, u) for t, u in out if t]


def _hyperlink(paragraph, url: str, size: int = BODY_PT) -> None:
    """A link to ``url`` whose printed words wrap at its slashes (:func:`url_pieces`)."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True))
    run = paragraph.add_run()
    _font(run, size)
    for piece in url_pieces(url):
        if piece is None:
            run._r.append(OxmlElement("w:noBreakHyphen"))
        else:
            run._r.add_t(piece)
    link.append(run._r)  # moved from the paragraph into the link
    paragraph._p.append(link)


def _note_para(container, n: int, note: str):
    """A numbered note: its words, with every URL a link that wraps at its slashes."""
    p = container.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.space_before = Pt(0)
    p.paragraph_format.first_line_indent = Cm(1.0)
    _font(p.add_run(f"({n}) "), BODY_PT)
    for words, is_url in _split_urls(note):
        if is_url:
            _hyperlink(p, words)
        else:
            _font(p.add_run(words), BODY_PT)
    return p


def _field(paragraph, instruction: str, shown: str, size: int = BODY_PT) -> None:
    """A Word field (PAGE, NUMPAGES) as fldChar runs: begin, instruction, separate, the value shown until
    the reader's program updates it, end."""
    def run(kind: str | None = None, instr: str | None = None, words: str = ""):
        r = paragraph.add_run(words)
        _font(r, size)
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            r._r.append(el)
        if instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
            r._r.append(el)

    run("begin")
    run(instr=instruction)
    run("separate")
    run(words=shown)
    run("end")


def _page_numbers(section, lang: str) -> None:
    """"Trang x/y" ("Page x of y") in the footer, centred, with x and y as PAGE and NUMPAGES fields."""
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in re.split(r"(\{page\}|\{pages\})", T("page_of", lang)):
        if part == "{page}":
            _field(p, "PAGE", "1")
        elif part == "{pages}":
            _field(p, "NUMPAGES", "1")
        elif part:
            _font(p.add_run(part), BODY_PT)


def _keep_together(row) -> None:
    """A row never breaks across pages."""
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _document(lang: str, title: str, subtitle: str, judged: str, columns: tuple[str, ...],
              widths: tuple[float, ...], headings: list[str], fill, notes: list[str],
              heading_marks: dict[str, list[int]] | None = None) -> Document:
    """The report's layout (A4 landscape, title block, one table, numbered notes, page numbers in the
    footer); ``fill(table)`` adds the table's body rows; ``heading_marks`` the notes a heading carries."""
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    normal.element.get_or_add_rPr()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(1.5)
    _page_numbers(sec, lang)

    head = doc.add_table(rows=1, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = head.rows[0].cells
    left.width, right.width = Cm(10.0), Cm(15.7)
    _cell_text(left, T("agency", lang), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _cell_text(right, T("appendix", lang), bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, "", after=0)
    _para(doc, title, TITLE_PT, bold=True, after=2)
    _para(doc, subtitle, BODY_PT, italic=True, after=2)
    _para(doc, T("attached", lang), BODY_PT, italic=True, after=2)
    _para(doc, judged, BODY_PT, italic=True, after=2)  # the plan the report judges against
    _para(doc, T("draft", lang, version=db.data_version()), BODY_PT, italic=True, after=8)

    table = doc.add_table(rows=1, cols=len(columns))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    header = table.rows[0]
    _repeat_header(header)
    for i, heading in enumerate(headings):
        _cell_text(header.cells[i], heading, (heading_marks or {}).get(columns[i]), bold=True,
                   align=WD_ALIGN_PARAGRAPH.CENTER)
    fill(table)
    for i, w in enumerate(widths):  # the grid (LibreOffice) and every cell (Word)
        table.columns[i].width = Cm(w)
    for r in table.rows:
        for i, w in enumerate(widths):
            if i < len(r.cells):
                r.cells[i].width = Cm(w)

    _para(doc, "", after=0)
    _para(doc, T("notes_title", lang), BODY_PT, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=2)
    for n, note in enumerate(notes, start=1):
        _note_para(doc, n, note)
    return doc


def document(lang: str = "vi", items: list[dict] | None = None) -> Document:
    """The report of Decision 688's 14 target parts as a python-docx Document."""
    rows, notes, heading_marks = table_rows(lang, items)

    def fill(table) -> None:
        group = None
        for row in rows:
            if row.group != group:
                group = row.group
                cells = table.add_row().cells
                merged = cells[0].merge(cells[-1])
                _cell_text(merged, T(f"group_{group}", lang), bold=True)
            added = table.add_row()
            _keep_together(added)
            cells = added.cells
            for i, col in enumerate(COLUMNS):
                centre = col in ("no", "baseline", "result", "2030")
                _cell_text(cells[i], row.cells[col], row.marks[col],
                           align=WD_ALIGN_PARAGRAPH.CENTER if centre else WD_ALIGN_PARAGRAPH.LEFT)

    doc = _document(lang, T("title", lang), T("subtitle", lang), judged_by(lang), COLUMNS, WIDTHS_CM,
                    [T(f"col_{col}", lang) for col in COLUMNS], fill, notes, heading_marks)
    _regional_table(doc, lang)
    return doc


#: Column widths (cm) of the regional table (25,7 cm wide, as the main table).
REGION_WIDTHS_CM = (1.6, 4.0, 4.6, 3.6, 4.3, 3.8, 3.8)


def _regional_table(doc, lang: str) -> None:
    """Lai Châu among its region, PCI 2021-2024 (every year of the scheme's period with regional figures): rank in
    the region of the members known, median, best, gaps; measured figures only. Nothing where no year has one."""
    rows = peers_view.short_rows(lang)
    if not rows:
        return
    _para(doc, "", after=0)
    _para(doc, peers_view.short_title(lang), BODY_PT, bold=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=2)
    table = doc.add_table(rows=1, cols=len(peers_view.SHORT_COLUMNS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _repeat_header(table.rows[0])
    for i, heading in enumerate(peers_view.short_headings(lang)):
        _cell_text(table.rows[0].cells[i], heading, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for r in rows:
        added = table.add_row()
        _keep_together(added)
        for i, col in enumerate(peers_view.SHORT_COLUMNS):
            _cell_text(added.cells[i], r[col], align=WD_ALIGN_PARAGRAPH.LEFT if col == "best"
                       else WD_ALIGN_PARAGRAPH.CENTER)
    for r in table.rows:
        for i, w in enumerate(REGION_WIDTHS_CM):
            r.cells[i].width = Cm(w)
    for i, w in enumerate(REGION_WIDTHS_CM):
        table.columns[i].width = Cm(w)
    _para(doc, peers_view.short_note(lang), BODY_PT, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, after=2)


def plan_document(plan: dict, lang: str = "vi", items: list[dict] | None = None) -> Document:
    """The report of a plan entered by an editor: its targets with each horizon year, judged with the same
    rules (a target's horizon rows share its number, name and baseline)."""
    rows, notes, _ = plan_rows(plan, lang, items)

    def fill(table) -> None:
        first: dict[int, int] = {}
        for row in rows:
            added = table.add_row()
            _keep_together(added)
            at = len(table.rows) - 1
            shared = row.no in first
            first.setdefault(row.no, at)
            for i, col in enumerate(PLAN_COLUMNS):
                if col in PLAN_SHARED:
                    if shared:  # one cell over the target's horizon rows
                        table.cell(first[row.no], i).merge(table.cell(at, i))
                        continue
                centre = col in ("no", "baseline", "year", "result")
                _cell_text(added.cells[i], row.cells[col], row.marks[col],
                           align=WD_ALIGN_PARAGRAPH.CENTER if centre else WD_ALIGN_PARAGRAPH.LEFT)

    headings = [T(f"plan_col_{c}" if c in ("year", "goal", "verdict") else f"col_{c}", lang) for c in PLAN_COLUMNS]
    return _document(lang, T("plan_title", lang),
                     T("plan_subtitle", lang, name=plan["name"], start=plan["period_from"], end=plan["period_to"]),
                     verdict_words.judged_by(plan, lang), PLAN_COLUMNS, PLAN_WIDTHS_CM, headings, fill, notes)


def judged_by(lang: str) -> str:
    """"Đánh giá theo: Quyết định 688/QĐ-UBND (…)": the decision's report judges its 14 target parts (a later
    plan's report is ``docx_bytes(lang, plan_id)``)."""
    return verdict_words.judged_by(verdicts.plans()[0], lang)


def docx_bytes(lang: str = "vi", plan_id: str | None = None) -> bytes:
    """The report as a .docx file: Decision 688's (the default), or a plan's in force (``plan_id``;
    :class:`verdicts.UnknownPlan` for any other id)."""
    buf = io.BytesIO()
    doc = document(lang) if _is_builtin(plan_id) else plan_document(verdicts.plan(plan_id), lang)
    # no creation date or author in the file's properties: the output depends on the data only
    props = doc.core_properties
    props.author = ""
    props.last_modified_by = ""
    props.title = T("title" if _is_builtin(plan_id) else "plan_title", lang)
    from datetime import datetime

    props.created = props.modified = datetime(2021, 6, 11)  # the decision's date, not today's
    props.revision = 1
    doc.save(buf)
    # the zip entries carry the time of writing: rewrite them with one fixed time
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2021, 6, 11, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def csv_bytes(lang: str = "vi", plan_id: str | None = None) -> bytes:
    """The report's table as CSV: UTF-8 with BOM (Excel), one row per target part (a plan's: per target and
    horizon year), then the notes, then the plan it judges against."""
    if _is_builtin(plan_id):
        rows, notes, _ = table_rows(lang)
        judged = judged_by(lang)
    else:
        plan = verdicts.plan(plan_id)
        rows, notes, _ = plan_rows(plan, lang)
        judged = verdict_words.judged_by(plan, lang)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0].csv), lineterminator="\r\n")
    writer.writeheader()  # our own headings
    for r in rows:
        writer.writerow({k: export.neutral(v) for k, v in r.csv.items()})
    for n, note in enumerate(notes, start=1):
        writer.writerow({list(rows[0].csv)[0]: f"({n})", list(rows[0].csv)[1]: export.neutral(note)})
    writer.writerow({list(rows[0].csv)[0]: "", list(rows[0].csv)[1]: export.neutral(judged)})
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
