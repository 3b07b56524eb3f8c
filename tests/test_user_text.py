"""Text someone typed stays text (issue 9, item 5): scenario names on the Scenarios page never render as
Markdown or HTML, scenarios belong to whoever saved them, and CSV/XLSX downloads never carry a formula."""
from __future__ import annotations

import io
import re

import pandas as pd
import pytest
from markdown_it import MarkdownIt

from apptest_util import open_page, signed_in_editor
from reform.model import editors
from reform.model import saved as store
from reform.views import brief
from reform.views import export

NAME = "[x](http://e) ![i](http://e/i.png) <b>"
NOTE = "**đậm** <img src=x onerror=alert(1)>"


@pytest.fixture(autouse=True)
def state_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("REFORM_STATE_DIR", str(tmp_path / "scenarios"))
    monkeypatch.delenv("REFORM_DATABASE_URL", raising=False)


def rendered(markdown: str) -> str:
    """What a Markdown renderer (CommonMark, as Streamlit's) makes of a label or a message."""
    return MarkdownIt("commonmark").render(markdown)


#: Streamlit's own Markdown extensions (issue 16, item 8): colours, an icon, emoji, the logo, typography.
DIRECTIVES = ":red[đỏ] :material/warning: :smile: :+1: :streamlit: a -> b -- c &#58;wink&#58;"


def streamlit_markup(markdown: str) -> list[str]:
    """What Streamlit's frontend (1.67, ``StreamlitMarkdown``) would turn into something other than the text
    itself, from its rules, independently of ``reform.i18n.escape``: a remark-directive (a colon not escaped
    by a backslash, then a letter), and, on the text after escapes and character references are read
    (markdown-it's text tokens, as remark's), an icon, an emoji shortcode, the logo or a typographic
    replacement."""
    found = [m.group(0) for m in re.finditer(r"(?<!\\)(?:\\\\)*:{1,3}[A-Za-z]", markdown)]
    source = markdown.replace(":material/", ":material_")  # as the frontend does before parsing
    texts = [t.content for block in MarkdownIt("commonmark").parseInline(source) for t in block.children or []
             if t.type == "text"]
    for text in texts:
        found += re.findall(r":\+1:|:-1:|:[\w-]+:", text)  # remark-emoji; icons and the logo are :word: too
        found += [m.group(2) for m in re.finditer(r"(^|\s)(<->|->|<-|--|>=|<=|~=)(?=\s|$)", text)]
    return found


def visible(markdown: str) -> str:
    """The text a reader sees: rendered, tags dropped, entities read, invisible joiners removed."""
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", rendered(markdown))).replace("\u2060", "").strip()


def test_the_oracle_sees_each_extension():
    """The oracle is not the escape: it finds each extension in raw text and none in escaped text."""
    from reform.i18n import escape

    assert streamlit_markup(":red[x]") and streamlit_markup("\\:red[x]") == []
    assert streamlit_markup("\\:smile:") == [":smile:"] and streamlit_markup("\\:material/home:")
    assert streamlit_markup("a -> b") == ["->"] and streamlit_markup("&#58;smile&#58;") == [":smile:"]
    assert len(DIRECTIVES) <= store.MAX_NAME
    assert streamlit_markup(DIRECTIVES) and streamlit_markup(escape.markdown(DIRECTIVES)) == []
    assert visible(escape.markdown(DIRECTIVES)) == DIRECTIVES


def test_streamlit_directives_in_a_name_stay_text_in_every_message():
    """Saved from the form: the save message, the quick-switch button and the open message show the name
    as typed, with no coloured span, icon, emoji or arrow."""
    at = open_page("scenarios", query={"pci_land": "6.78"})
    at.text_input(key="save_name").input(DIRECTIVES)
    at.text_area(key="save_note").input(DIRECTIVES)
    at.button(key="FormSubmitter:save_form-Lưu").click().run()
    assert not at.exception, at.exception
    message = " ".join(s.value for s in at.success)
    assert f"Đã lưu “{DIRECTIVES}”" in visible(message) and streamlit_markup(message) == [], message
    sid = store.list_all()[0].id
    label = at.button(key=f"preset_{sid}").label
    assert visible(label) == DIRECTIVES and streamlit_markup(label) == [], label
    at.button(key=f"preset_{sid}").click().run()
    message = " ".join(s.value for s in at.success)
    assert f"Đã mở “{DIRECTIVES}”" in visible(message) and streamlit_markup(message) == [], message
    for element in [*at.success, *at.info, *at.warning, *at.error, *at.caption, *at.markdown, *at.header, *at.subheader]:
        assert streamlit_markup(element.value) == [], element.value


def test_a_file_name_and_an_editor_name_stay_text_on_the_data_updates_page(tmp_path):
    password = "mật-khẩu-biên-tập-2026"
    editor = ":red[lan]:smile:"  # `add-editor` refuses such a name; a secrets file edited by hand does not
    at = signed_in_editor(editor, editors.hash_password(password), password, "vi")
    signed = next(c.value for c in at.caption if "Đang đăng nhập" in c.value)
    assert f"Đang đăng nhập: {editor}" in visible(signed) and streamlit_markup(signed) == [], signed
    name = ":red[tệp lạ] :smile: -> 2025.csv"
    at.file_uploader[0].upload(name, ("indicator_id,year,value,value_text,out_of,source\n"
                                      "pci_rank,2025,12,hạng 12/34,34,VCCI: PCI 2025\n").encode(), "text/csv").run()
    assert not at.exception, at.exception
    lead = next(m.value for m in at.markdown if "tệp lạ" in m.value)
    assert name in visible(lead) and streamlit_markup(lead) == [], lead
    for element in [*at.success, *at.info, *at.warning, *at.error, *at.caption, *at.markdown, *at.header, *at.subheader]:
        assert streamlit_markup(element.value) == [], element.value


def test_a_name_with_markup_shows_as_plain_text_on_the_scenarios_page():
    store.save(NAME, {"pci_land": 6.78}, NOTE, actor=store.Actor.for_editor("minh"))
    sid = store.list_all()[0].id
    at = open_page("scenarios")
    label = at.button(key=f"preset_{sid}").label  # a button label is Markdown in Streamlit
    html = rendered(label)
    assert "http://" not in label  # Streamlit's GFM would link a bare URL even inside escaped text
    assert "<a" not in html and "<img" not in html and "<b>" not in html and "<strong>" not in html
    shown = NAME.replace("<", "&lt;").replace(">", "&gt;").replace("http:", "http:\u2060")  # + invisible joiners
    assert html == "<p>" + shown + "</p>\n"  # every character shown
    at.button(key=f"preset_{sid}").click().run()  # the message after opening it names it too
    message = " ".join(s.value for s in at.success)
    assert "<a" not in rendered(message) and "<img" not in rendered(message)
    assert "Đã mở “" + shown + "”" in rendered(message) and "http://" not in message
    table = next(d.value for d in at.dataframe if "Tên" in d.value.columns)  # cells are text as stored
    assert table.loc[0, "Tên"] == NAME and table.loc[0, "Ghi chú"] == NOTE
    for alert in [*at.success, *at.info, *at.warning, *at.error, *at.caption, *at.markdown]:
        assert "<img" not in rendered(alert.value) and "href=\"http://e\"" not in rendered(alert.value)


def test_someone_elses_scenario_cannot_be_changed_from_a_viewer_session():
    other = store.save("của người khác", {"pci_land": 6.78}, "", actor=store.Actor.for_session("khác"))
    at = open_page("scenarios")
    assert at.button(key="overwrite_saved").disabled and at.button(key="rename_saved").disabled
    assert "do người khác lưu" in " ".join(c.value for c in at.caption)
    # a forged click (the widget bypassed): the store refuses it all the same
    me = store.Actor.for_session(at.session_state["owner_token"])
    with pytest.raises(store.StoreError) as err:
        store.delete(other.id, actor=me)
    assert err.value.code == "forbidden"
    assert [s.name for s in store.list_all()] == ["của người khác"]


def test_the_session_limit_is_said_clearly(monkeypatch):
    monkeypatch.setenv("REFORM_SCENARIOS_PER_OWNER", "1")
    at = open_page("scenarios", query={"pci_land": "6.78"})
    for name in ("một", "hai"):
        at.text_input(key="save_name").input(name)
        at.button(key="FormSubmitter:save_form-Lưu").click().run()
    assert "đã lưu đủ 1 kịch bản" in " ".join(e.value for e in at.error)
    assert [s.name for s in store.list_all()] == ["một"]


# --- formulas in downloads ---

@pytest.mark.parametrize("cell, expected", [
    ("=HYPERLINK(\"http://e\",\"x\")", "'=HYPERLINK(\"http://e\",\"x\")"),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("Đất đai = 6,78", "Đất đai = 6,78"),  # not at the start: harmless
    ("-3.2", "-3.2"), ("+5", "+5"), ("-1.543,5", "-1.543,5"), ("-12%", "-12%"), ("-", "-"),  # plain figures
    ("", ""), (6.78, 6.78), (None, None),
])
def test_neutral(cell, expected):
    assert export.neutral(cell) == expected


def test_csv_downloads_neutralise_cells_and_headings():
    raw = pd.DataFrame({"=name": ["=1+1", "bình thường", "@x"], "value": [1.5, -2.0, 3.0]})
    text = export.csv_bytes(raw).decode("utf-8-sig")
    assert text.splitlines() == ["'=name,value", "'=1+1,1.5", "bình thường,-2.0", "'@x,3.0"]
    # the scenario figures: one column per scenario, headed by its name
    csv = brief.figures_csv({"Thực tế": {}, "=cmd|' /C calc'!A0": {"pci_land": 6.78}}, "vi").decode("utf-8-sig")
    heading = csv.splitlines()[0]
    assert "'=cmd|' /C calc'!A0" in heading and ",=cmd" not in heading


def test_xlsx_downloads_store_texts_never_formulas():
    from openpyxl import load_workbook

    table = pd.DataFrame({"=SUM(A1)": ["=HYPERLINK(\"http://e\")", "98,88%"]})
    data = export.xlsx_bytes(table, title="=1+1", source="@nguồn", lang="vi")
    ws = load_workbook(io.BytesIO(data)).active
    cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
    assert all(c.data_type != "f" for c in cells)
    assert ws["A1"].value == "=1+1" and ws["A1"].data_type == "s"
    assert ws["A4"].value == "=HYPERLINK(\"http://e\")" and ws["A4"].data_type == "s"
    assert ws["A5"].value == 98.88  # a figure is still a number
