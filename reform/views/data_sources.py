"""Data and sources: the dashboard's tables for browsing and download, the audit in plain words, citations.

Nothing here changes a figure: the tables are the built files as they are, the
audit reports the printed figure next to what the rest of the document implies.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pandas as pd

from reform.data import audit
from reform.data import build
from reform.data import db
from reform.views import export
from reform.i18n.fmt import NO_VALUE, fmt_number, fmt_signed
from reform.i18n import common, escape, pick, tr
from reform.i18n import data_sources as text
from reform.paths import DATA_DIR

ALL = "all"
APPENDIX_FILTERS = (ALL,) + tuple(f"PL{i:02d}" for i in range(1, 12)) + ("text", "external")


def T(key: str, lang: str, **kw) -> str:
    return tr(text.TEXT, key, lang, **kw)


@dataclass(frozen=True)
class Table:
    """One browsable table: the query that shows it, the built file behind it, how it filters by appendix."""

    key: str
    query: str
    file: str | None  # a Parquet file in DATA_DIR, or None (built in memory)
    filter: str  # "appendix" (a column), "fixed" (the whole table belongs to ``appendices``), "cited_in", "section"
    appendices: tuple[str, ...] = ()


TABLES = (
    Table("indicators", "indicators_catalog", "indicators.parquet", "appendix"),
    Table("observations", "observations_all", "observations.parquet", "appendix"),
    Table("targets", "targets", "targets.parquet", "fixed", ("PL01", "text")),
    Table("pci", "pci_subindices", "pci.parquet", "fixed", ("PL03",)),
    Table("par_index", "par_index", "par_index.parquet", "fixed", ("PL04",)),
    Table("footnotes", "footnotes", "footnotes.parquet", "cited_in"),
    Table("pci_reference", "pci_reference_all", "pci_reference.parquet", "fixed", ("external",)),
    Table("source_conflicts", "source_conflicts", "source_conflicts.parquet", "fixed", ("external",)),
    Table("text_figures", "text_figures", None, "section"),
)
BY_KEY = {t.key: t for t in TABLES}


def table(key: str) -> pd.DataFrame:
    return db.run(BY_KEY[key].query)


def appendix_label(code: str, lang: str) -> str:
    if code == ALL:
        return T("all", lang)
    if code in ("text", "external"):
        return T(f"appendix_{code}", lang)
    return T("appendix_n", lang, n=code.removeprefix("PL"))


def filter_rows(key: str, df: pd.DataFrame, appendix: str) -> pd.DataFrame:
    """The rows of table ``key`` that belong to ``appendix`` (every row for ``all``)."""
    spec = BY_KEY[key]
    if appendix == ALL:
        return df
    if spec.filter == "appendix":
        return df[df["appendix"] == appendix]
    if spec.filter == "fixed":
        return df if appendix in spec.appendices else df.iloc[0:0]
    if spec.filter == "cited_in":
        col = df["cited_in"].fillna("")
        return df[col.str.startswith("Phần")] if appendix == "text" else df[col.str.startswith(appendix)]
    if spec.filter == "section":
        if appendix == "text":
            return df
        return df[df["section"].fillna("").str.startswith(appendix)]
    raise ValueError(f"unknown filter {spec.filter!r}")


def code_rows(lang: str) -> pd.DataFrame:
    """The plain codes a CSV download holds (``export.CSV_CODES``) with their meaning in the language."""
    rows = []
    for column, codes in export.CSV_CODES.items():
        group = "status" if column.startswith("status") else column
        for code in codes:
            rows.append({T("codes_col", lang): column, T("codes_code", lang): code,
                         T("codes_meaning", lang): T(f"code_{group}_{code}", lang)})
    return pd.DataFrame(rows)


def xlsx_bytes(key: str, df: pd.DataFrame, lang: str) -> bytes:
    """The rows shown as an XLSX workbook: the table's name as title, the data's own columns (values stay
    as stored: a printed cell such as "1.543" stays the text it was printed as), the source."""
    source = f"{tr(common.TEXT, 'source', lang)}: {tr(common.TEXT, 'decision', lang)}"
    return export.xlsx_bytes(df, title=T(f"t_{key}", lang), source=source, lang=lang, read_text=False)


def csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV with a byte-order mark, so that spreadsheet programs read the Vietnamese letters; texts
    through :func:`reform.views.export.neutral` (no cell runs as a formula)."""
    return export.neutral_frame(df).to_csv(index=False).encode("utf-8-sig")


@db.memo
def parquet_bytes(key: str) -> bytes:
    """The built Parquet file as it is (or, for a table without a file of its own, the query's rows)."""
    spec = BY_KEY[key]
    if spec.file:
        return (DATA_DIR / spec.file).read_bytes()
    buf = io.BytesIO()
    table(key).to_parquet(buf, index=False)
    return buf.getvalue()


def file_name(key: str, ext: str, appendix: str = ALL) -> str:
    suffix = "" if appendix == ALL else f"_{appendix.lower()}"
    return f"{key}{suffix}.{ext}"


# --- audit ---------------------------------------------------------------------------------

STATUS_ORDER = {audit.MISMATCH: 0, audit.MISSING: 1, audit.ROUNDING: 2, audit.OK: 3}


def status_word(status: str, lang: str) -> str:
    return T(f"status_{status}", lang)


def figure(x: object, lang: str) -> str:
    """A figure as the document would print it: no trailing zeros, up to two decimals."""
    return fmt_number(x, lang)


def difference(x: object, lang: str) -> str:
    if x is None or pd.isna(x):
        return NO_VALUE
    return fmt_signed(x, lang, 0 if float(x).is_integer() else 2)


def audit_frames(checks: list) -> dict[str, pd.DataFrame]:
    """The audit results in both languages, mismatches first (stable order within a status)."""
    out = {}
    for lang in ("vi", "en"):
        df = audit.to_frame(checks, lang)
        df["_rank"] = df["status"].map(STATUS_ORDER)
        out[lang] = df.sort_values("_rank", kind="stable").drop(columns="_rank").reset_index(drop=True)
    return out


@db.memo
def audit_result() -> dict[str, pd.DataFrame]:
    """The audit in both languages, run once per data version (not on every interaction)."""
    return audit_frames(audit.run_audit())


def audit_counts(frame: pd.DataFrame) -> dict[str, int]:
    counts = frame["status"].value_counts()
    return {s: int(counts.get(s, 0)) for s in STATUS_ORDER} | {"n": len(frame)}


@dataclass(frozen=True)
class Lookups:
    """What the plain sentences need: text figures, indicator names, targets."""

    text: dict
    indicators: dict
    targets: dict


def lookups() -> Lookups:
    return Lookups(text={r.indicator_id: r for r in db.run("text_figures").itertuples()},
                   indicators={r.indicator_id: r for r in db.run("indicators_catalog").itertuples()},
                   targets={r.target_id: r for r in db.run("targets").itertuples()})


_RESTATES = re.compile(r"^(?P<ids>[\w+]+)(?:/(?P<den>[\w+]+))?(?:@(?P<y0>\d{4})(?:-(?P<y1>\d{4}))?)?$")


def _id_label(ind: str, lang: str, lk: Lookups, value: bool = True) -> str:
    """A figure named for a reader: the quote (vi) or the English name, with its value if ``value`` (en)."""
    if ind in lk.text:
        r = lk.text[ind]
        if lang == "en":
            return f"{r.name_en} ({figure(r.value, lang)})" if value else r.name_en
        return f"“{r.quote_vi}”"
    if ind in lk.indicators:
        r = lk.indicators[ind]
        where = appendix_label(r.appendix, lang) if isinstance(r.appendix, str) and r.appendix.startswith("PL") else ""
        name = pick(lang, r.name_vi, r.name_en)
        name = f"“{name}”" if lang != "en" else name
        return f"{name} ({where})" if where else name
    return ind


def _with_unit(x: object, unit: object, lang: str) -> str:
    return figure(x, lang) + ("%" if unit == "%" else "")


def plain(row, lang: str, lk: Lookups) -> tuple[str, str]:
    """(what is checked, a plain sentence with both figures) for one audit row; markdown, source text escaped."""
    cid = str(row.check_id)
    parts = cid.split(".")
    found, expected = figure(row.found, lang), figure(row.expected, lang)
    if cid.startswith("PL04.total."):
        what = f"PAR INDEX {parts[-1]}"
        return what, T("plain_par_total", lang, year=parts[-1], found=found, expected=expected)
    if cid.startswith("PL03.composite."):
        return f"PCI {parts[-1]}", T("plain_pci", lang, year=parts[-1], found=found, expected=expected)
    if cid.startswith("PL11.10."):
        key = "plain_pl11_share" if parts[2] == "share" else "plain_pl11_den"
        sentence = T(key, lang, year=parts[-1], found=found, expected=expected)
        return sentence.split(":")[0], sentence
    if cid.startswith("text.") and parts[1] in lk.text:
        f = lk.text[parts[1]]
        m = _RESTATES.match(f.restates) if isinstance(f.restates, str) else None
        if m:
            ids = m.group("ids").split("+")
            label = " + ".join(_id_label(i, lang, lk, value=len(ids) > 1 or bool(m.group("den"))) for i in ids)
            if m.group("den"):
                den = " + ".join(_id_label(i, lang, lk) for i in m.group("den").split("+"))
                how = T("how_ratio", lang, num=label, den=den)
            elif len(ids) > 1 or (m.group("y1") and m.group("y1") != m.group("y0")):
                years = f" ({m.group('y0')}-{m.group('y1')})" if m.group("y1") else ""
                how = T("how_sum", lang, parts=label, years=years)
            else:
                how = label
            section = escape.markdown(place_label(f.section, lang))
            printed = escape.markdown(f.value_text)
            return (f"{section}, “{printed}”",
                    T("plain_text", lang, section=section, printed=printed, how=escape.markdown(how),
                      expected=_with_unit(row.expected, f.unit, lang)))
    if cid.startswith("target.") and parts[1] in lk.targets:
        t = lk.targets[parts[1]]
        name = escape.markdown(pick(lang, t.name_vi, t.name_en))
        if parts[2] == "baseline":
            return name, T("plain_baseline", lang, name=name, year=int(t.baseline_year), found=found, expected=expected)
        end = {"0": T("end_lower", lang), "1": T("end_upper", lang)}.get(parts[3] if len(parts) > 3 else "", "")
        return name, T("plain_target", lang, year=parts[2], name=name, end=end, found=found, expected=expected)
    what = escape.markdown(row.description)
    return what, T("mismatch_line", lang, what=what, found=found, expected=expected,
                   diff=difference(row.difference, lang)).removesuffix(".")


def audit_lines(frame: pd.DataFrame, status: str, lang: str, lk: Lookups | None = None) -> list[str]:
    """One plain sentence per check of ``status``, with the printed figure and the implied one (markdown)."""
    lk = lk or lookups()
    out = []
    for r in frame[frame["status"] == status].itertuples():
        what, sentence = plain(r, lang, lk)
        if status == audit.MISMATCH:
            tail = "." if str(r.check_id).startswith("target.") else T("diff_suffix", lang,
                                                                        diff=difference(r.difference, lang))
            out.append(sentence + tail)
        elif status == audit.ROUNDING:
            out.append(T("rounding_line", lang, what=what, found=figure(r.found, lang),
                         expected=figure(r.expected, lang)))
        else:
            out.append(T("missing_line", lang, what=what))
    return out


def audit_display(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The audit table with plain words and numbers in the page's format."""
    return pd.DataFrame({
        T("col_status", lang): [status_word(s, lang) for s in frame["status"]],
        T("col_description", lang): frame["description"],
        T("col_found", lang): [figure(v, lang) for v in frame["found"]],
        T("col_expected", lang): [figure(v, lang) for v in frame["expected"]],
        T("col_difference", lang): [difference(v, lang) for v in frame["difference"]],
        T("col_check", lang): frame["check_id"],
    })


# --- footnotes, later figures, references ------------------------------------------------------------

def place_label(place: object, lang: str) -> str:
    """Where in the decision: 'PL05 mục 2 (bản tin), năm 2016' → 'Appendix 05 item 2 (bulletins), year 2016' in English."""
    s = place if isinstance(place, str) else ""
    if lang != "en":
        return re.sub(r"(?<!\w)PL(\d{2})(?!\w)", r"Phụ lục \1", s)
    for vi, en in text.CITED_IN_EN.values():
        s = re.sub(rf"(?<!\w){re.escape(vi)}(?!\w)", en, s)
    return re.sub(r"(?<!\w)PL(\d{2})(?!\w),?", r"Appendix \1", s)


_URL = re.compile(r"https?://\S+")


def split_source(source: object) -> tuple[str, str]:
    """A citation 'site, date, "title": URL' → (the words, the URL); either may be empty."""
    s = source if isinstance(source, str) else ""
    m = _URL.search(s)
    if not m:
        return s.strip(), ""
    words = (s[:m.start()] + s[m.end():]).strip().rstrip(":").strip()
    return words, m.group(0)


def scale_note(note: object, lang: str) -> str:
    s = note if isinstance(note, str) else ""
    return pick(lang, *text.SCALE_NOTES_EN.get(s, (s, s)))


def later_figures() -> pd.DataFrame:
    return db.run("later_figures")


def reference_source_rows() -> pd.DataFrame:
    return db.run("pci_reference_sources")


def basis_word(basis: object, lang: str) -> str:
    """How a figure is known, in words (decision / stated / derived / stated in a provincial document)."""
    return pick(lang, *text.BASIS[basis]) if isinstance(basis, str) and basis in text.BASIS else NO_VALUE


def basis_detail(note: object, lang: str) -> str:
    """The dataset's note on how a figure is known (``basis_text``: "stated (press)", "derived: 2024 value
    minus …") in the page's language; a note not in the catalog (an editor's) as recorded."""
    s = note if isinstance(note, str) else ""
    return pick(lang, *text.BASIS_TEXT[s]) if s in text.BASIS_TEXT else s


def later_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The figures published after 2020: indicator, year, value (a rank says out of how many), basis and the
    source's own basis words, link, note, source words, as published, quote."""
    words, links = zip(*[split_source(s) for s in df["source"]]) if len(df) else ((), ())
    decimals = [int(d) if "decimals" in df and pd.notna(d) and not float(v).is_integer() else
                (0 if pd.notna(v) and float(v).is_integer() else 2)
                for v, d in zip(df["value"], df["decimals"] if "decimals" in df else [None] * len(df))]
    names = [pick(lang, *text.LATER_NAMES[i]) if i in text.LATER_NAMES else pick(lang, v, e)
             for i, v, e in zip(df["indicator_id"], df["name_vi"], df["name_en"])]
    values = [T("rank_of", lang, rank=fmt_number(v, lang, 0), n=int(n)) if pd.notna(n) and pd.notna(v)
              else fmt_number(v, lang, d) for v, d, n in zip(df["value"], decimals, df["out_of"])]
    return pd.DataFrame({
        T("col_indicator", lang): names,
        T("col_year", lang): df["year"].astype(str).tolist(),
        T("col_value", lang): values,
        T("col_basis", lang): [basis_word(b, lang) for b in df["basis"]],
        T("col_link", lang): list(links),
        T("col_note", lang): [scale_note(n, lang) for n in df["scale_note"]],
        T("col_source", lang): list(words),
        T("col_printed", lang): df["value_text"].tolist(),
        T("col_basis_words", lang): [basis_detail(b, lang) for b in df["basis_text"]],
        T("col_quote", lang): df["quote"].fillna("").tolist(),
    })


def source_conflicts() -> pd.DataFrame:
    """Published figures that contradict each other (``source_conflicts.csv``), one row per claim."""
    return db.run("source_conflicts")


def conflicts_table(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The conflicts for display: conflict (year, index), who, value, rank of N, what the source says,
    link, and the note on why the figures cannot all be right."""
    words, links = zip(*[split_source(s) for s in df["source"]]) if len(df) else ((), ())
    return pd.DataFrame({
        T("col_conflict", lang): [f"{i} {y}" for i, y in zip(df["index"], df["year"])],
        T("col_claimant", lang): df["claimant"].tolist(),
        T("col_value", lang): [fmt_number(v, lang, 2) for v in df["value"]],
        T("col_rank", lang): [T("rank_of", lang, rank=int(r), n=int(n)) if pd.notna(r) else NO_VALUE
                              for r, n in zip(df["rank"], df["out_of"])],
        T("col_claim", lang): df["claim"].tolist(),
        T("col_link", lang): list(links),
        T("col_source", lang): list(words),
        T("col_note", lang): [pick(lang, v, e) for v, e in zip(df["note_vi"], df["note_en"])],
    })


def reference_sources(df: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The PCI reference table's citations: source words, link, scale, years, rows, provinces."""
    words, links = zip(*[split_source(s) for s in df["source"]]) if len(df) else ((), ())
    years = [str(a) if a == b else f"{a}–{b}" for a, b in zip(df["first_year"], df["last_year"])]
    return pd.DataFrame({
        T("col_source", lang): list(words),
        T("col_link", lang): list(links),
        T("col_scale", lang): df["scale"].tolist(),
        T("col_years", lang): years,
        T("col_rows", lang): df["rows"].astype(int).tolist(),
        T("col_provinces", lang): df["provinces"].astype(int).tolist(),
    })


# --- build info and citations -----------------------------------------------------------------

def built_at(info: dict | None) -> datetime | None:
    try:
        return datetime.fromisoformat(info["built_at"]) if info else None
    except (KeyError, TypeError, ValueError):
        return None


MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")


def fmt_date(d: date | None, lang: str) -> str:
    if d is None:
        return NO_VALUE
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}" if lang == "en" else f"{d.day:02d}/{d.month:02d}/{d.year}"


def fmt_datetime(d: datetime | None, lang: str) -> str:
    """'27/11/2026 04:02 UTC' (vi) / '27 November 2026 04:02 UTC' (en)."""
    if d is None:
        return NO_VALUE
    zone = " UTC" if d.utcoffset() == timedelta(0) else ""
    return f"{fmt_date(d.date(), lang)} {d:%H:%M}{zone}"


def reference_summary(sources: pd.DataFrame) -> dict:
    """Rows, first and last year and number of sources of the PCI reference table."""
    return {"rows": int(sources["rows"].sum()), "first": int(sources["first_year"].min()),
            "last": int(sources["last_year"].max()), "n": len(sources)}


def build_info(data_dir=None) -> dict | None:
    return build.read_build_info(data_dir or DATA_DIR)


def build_rows(info: dict | None, lang: str) -> pd.DataFrame:
    rows = (info or {}).get("rows", {})
    return pd.DataFrame({T("col_file", lang): list(rows),
                         T("col_rows", lang): [fmt_number(v, lang) for v in rows.values()]})


def citation(which: str, in_lang: str, info: dict | None, today: date | None = None) -> str:
    """The suggested citation of the decision or the dashboard, written in ``in_lang``."""
    vi, en = text.CITATIONS[which]
    template = en if in_lang == "en" else vi
    b = built_at(info)
    return template.format(built=fmt_date(b.date() if b else None, in_lang),
                           today=fmt_date(today or date.today(), in_lang))
