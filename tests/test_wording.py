"""Vietnamese throughout, and words that read right (issue 17, item 4): a goal as the decision writes it, a band
not nested in brackets, one word per outlook on the page, the brief and the report, English counts that read for
1, the data page's basis notes in the page's language, no text that is its own key, no English form hint."""
from __future__ import annotations

import re

import pytest
from babel.messages import pofile
from streamlit.testing.v1 import AppTest

from reform.i18n import common, overview, tr
from reform.i18n import verdicts as verdict_text
from reform.i18n.catalog import LANGS, po_path
from reform.model import verdicts as model
from reform.paths import ROOT
from reform.views import data_sources, report
from reform.views import verdicts as words


def _verdict(target_id: str) -> dict:
    return next(v for v in model.verdicts() if v["target_id"] == target_id)


def depth(text: str) -> int:
    """How deep brackets nest in ``text`` ("a (b (c))" is 2)."""
    deepest = level = 0
    for ch in text:
        level += ch == "("
        level -= ch == ")"
        deepest = max(deepest, level)
    return deepest


def test_depth_counts_nesting():
    assert depth("Mục tiêu 2025 (nhóm 45–55 (trên 63 tỉnh)): Đạt") == 2
    assert depth("Mục tiêu 2025 (nhóm 45–55 trên 63 tỉnh): Đạt (tạm tính)") == 1


@pytest.mark.parametrize("lang, at_least, maintain", [("vi", "≥ 100%", "duy trì ≥ 30%"),
                                                       ("en", "≥ 100%", "maintain ≥ 30%")])
def test_a_whole_percent_goal_prints_whole(lang, at_least, maintain):
    """The decision's "≥ 100%" is never "≥ 100,00%"; a goal kept at 30% reads "≥ 30%" (it printed "30,00%")."""
    assert words.goal_text(_verdict("deputies"), 2025, lang) == at_least
    assert words.goal_text(_verdict("time_cut"), 2030, lang) == maintain


def test_a_goal_with_decimals_keeps_them_and_no_more():
    assert words.plan_goal_text({"value": 99.5}, "at_least", "%", "vi") == "≥ 99,5%"
    assert words.plan_goal_text({"value": 99.5}, "at_least", "%", "en") == "≥ 99.5%"
    assert words.plan_goal_text({"value": 32.6}, "maintain", "%", "vi") == "duy trì ≥ 32,6%"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("target", ["pci_rank", "par_index_rank"])
def test_a_band_is_not_nested_in_brackets(lang, target):
    """The overview's line "Mục tiêu 2025 (nhóm 45–55 (trên 63 tỉnh)): …" had brackets in brackets."""
    v = _verdict(target)
    for year, key, judged in ((2025, "goal_2025", "verdict"), (2030, "goal_2030", "outlook")):
        goal = words.goal_with_equivalent(v, year, lang)
        line = tr(overview.TEXT, key, lang, goal=goal, **{judged: "…"})
        assert depth(line) <= 1, line
    assert "63" in words.goal_text(v, 2025, lang)  # still says out of how many


@pytest.mark.parametrize("lang, rank_basis", [("vi", "Hạng: số liệu công bố"), ("en", "Rank: published figure")])
def test_a_year_without_a_score_names_the_basis_of_the_rank(lang, rank_basis):
    """"Năm 2025 chưa có điểm công bố · số liệu công bố" read as "no published score · published figure":
    the basis is the rank's, and the line says so."""
    line = tr(overview.TEXT, "no_score_line", lang, year=2025, basis=words.basis_word("stated", lang))
    assert line.startswith(rank_basis), line
    assert "2025" in line


#: The outlooks of the 2030 targets (``verdicts`` table) and the what-if statuses (``common``) that mean the same.
SAME_OUTLOOK = {"on_track": "on_track", "moderately_improving": "moderate", "stagnating": "stagnating",
                "decreasing": "decreasing"}


@pytest.mark.parametrize("lang", LANGS)
def test_one_word_per_outlook(lang):
    """The page's what-if statuses and the overview's, brief's and report's outlooks use one word for one
    outlook ("Đúng hướng" on one, "Đúng tiến độ" on the other)."""
    for outlook, status in SAME_OUTLOOK.items():
        assert tr(verdict_text.TEXT, f"o_{outlook}", lang) == tr(common.TEXT, f"status_{status}", lang), outlook


@pytest.mark.parametrize("lang", LANGS)
def test_the_report_uses_the_pages_outlook_words(lang):
    """Every outlook cell of the end-of-scheme report is one of the pages' outlook words (with the year it
    was judged on, if provisional)."""
    pages = {tr(verdict_text.TEXT, k, lang).split("{")[0].strip()
             for k in ("o_met", "o_on_track", "o_moderately_improving", "o_stagnating", "o_decreasing",
                       "o_not_met", "o_no_data", "o_not_applicable")}
    rows, _, _ = report.table_rows(lang)
    cells = [r.cells["outlook"] for r in rows]
    assert cells and all(any(c.startswith(p) for p in pages) for c in cells), cells


def _messages(lang: str):
    with po_path(lang).open("rb") as f:
        return [m for m in pofile.read_po(f, locale=lang) if m.id and m.context]


#: English messages whose count stands before a plural noun and is never 1: the audit's checks, the reference
#: table's pairs and sources, the decision's 47 tasks and projects, a name's or note's length limit (and a text
#: over it), the scheme's 14 targets on the targets page.
NEVER_ONE = {("data_sources", "audit_summary"), ("data_sources", "ref_lead"), ("projects", "check_total_tasks"),
             ("scenarios", "name_help"), ("scenarios", "note_help"), ("scenarios", "name_too_long"),
             ("scenarios", "note_too_long"), ("targets", "summary"), ("projects", "m_total_note")}
COUNT_BEFORE_PLURAL = re.compile(r"\{(n|k|m|count|rows|errors|targets)\} (?!(?:as|is|has|was|its|this)\b)([a-z]+s)\b")


def test_english_counts_read_right_for_one():
    """"The file has 1 errors": no English message puts a count that can be 1 before a plural noun."""
    found = []
    for m in _messages("en"):
        text = m.string if isinstance(m.string, str) else m.string[0]
        hit = COUNT_BEFORE_PLURAL.search(text)
        if hit and hit.group(2) not in ("provinces",) and (m.context, m.id) not in NEVER_ONE:
            found.append(f"{m.context}/{m.id}: {text}")
    assert not found, "\n".join(found)


def test_the_count_check_sees_a_plural_after_a_count():
    assert COUNT_BEFORE_PLURAL.search("The file has {n} errors; nothing was imported.")
    assert not COUNT_BEFORE_PLURAL.search("Errors in the file: {n}; nothing was imported.")


def test_the_file_has_one_error_in_either_language():
    from reform.i18n import data_updates

    en = tr(data_updates.TEXT, "errors_title", "en", n=1)
    assert "1 errors" not in en and "1" in en
    assert "1 lỗi" in tr(data_updates.TEXT, "errors_title", "vi", n=1)


ENGLISH = re.compile(r"\b(stated|derived|secondary|press|value|minus|rank|same copy|parts|not found)\b")


def test_the_data_pages_basis_notes_are_in_the_pages_language():
    """The later figures' basis notes ("stated (press)", "derived: 2024 value minus…") were English on the
    Vietnamese page; now in Vietnamese there, and unchanged in meaning in English (decimals as English writes them)."""
    df = data_sources.later_figures()
    vi = data_sources.later_table(df, "vi")
    en = data_sources.later_table(df, "en")
    col_vi = [c for c in vi.columns if c.startswith("Căn cứ,")][0]
    notes_vi = [n for n in vi[col_vi] if n]
    assert notes_vi and not [n for n in notes_vi if ENGLISH.search(n)], [n for n in notes_vi if ENGLISH.search(n)]
    assert "công bố (báo chí)" in notes_vi
    notes_en = list(en["Basis in detail"])
    assert "stated (press)" in notes_en
    assert any(n.startswith("derived: 2024 value minus the stated change (85.97 − 0.19)") for n in notes_en)


def test_a_note_not_in_the_catalog_is_shown_as_recorded():
    assert data_sources.basis_detail("nhập từ báo cáo của Sở", "en") == "nhập từ báo cáo của Sở"
    assert data_sources.basis_detail(None, "vi") == ""


@pytest.mark.parametrize("lang", LANGS)
def test_no_text_is_its_own_key(lang):
    """An empty translation makes gettext return the key: "Chưa xác định not_determined" on a Vietnamese
    chart. No message of an identifier-like key is empty."""
    empty = [f"{m.context}/{m.id}" for m in _messages(lang)
             if re.fullmatch(r"[a-z0-9_]+", m.id) and not (m.string if isinstance(m.string, str) else m.string[0])]
    assert not empty, empty


def test_a_text_cell_is_not_glossed_with_itself():
    """The one-stop chart's text cell "Chưa xác định" read "Chưa xác định not_determined" on the Vietnamese page."""
    from reform.i18n import one_stop as one_stop_text
    from reform.views import one_stop

    assert one_stop._glossed("Chưa xác định", tr(one_stop_text.TEXT, "not_determined", "vi")) == "Chưa xác định"
    assert one_stop._glossed("Chưa xác định", tr(one_stop_text.TEXT, "not_determined", "en")) == \
        "Chưa xác định (not determined)"


def _forms(at: AppTest) -> list:
    out = []

    def walk(node):
        p = getattr(node, "proto", None)
        if p is not None and type(p).__name__ == "Block" and p.WhichOneof("type") == "form":
            out.append(p.form)
        for child in getattr(node, "children", {}).values():
            walk(child)

    walk(at._tree)
    return out


@pytest.mark.parametrize("page", ["data_updates", "scenarios"])
def test_no_form_shows_streamlits_english_hint(page):
    """Streamlit writes "Press Enter to submit form" in English under a form's fields unless the form is made
    with enter_to_submit=False (the button submits)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.secrets["editors"] = {"minh": "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$bm90YXJlYWxoYXNo"}
    at.run()
    at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, at.exception
    forms = _forms(at)
    assert forms, "the page has a form"
    assert all(not f.enter_to_submit for f in forms), [(f.form_id, f.enter_to_submit) for f in forms]
