"""Hostile or careless input in a real browser (issue 16, items 6 and 8; issue 17, item 4): a file larger than the
upload limit gets a message in the page's language, the uploader's own words are Vietnamese where Streamlit lets
them be, and a scenario name written in Streamlit's Markdown extensions shows as typed.

Its own server (a secrets file with one editor, its own state folder), like tests/e2e/test_data_updates.py.
"""
from __future__ import annotations

import uuid

import pytest
from playwright.sync_api import expect

from helpers import TIMEOUT, assert_no_exception, open_page, sign_in, start_editor_server, wait_idle
from reform import serve

PASSWORD = "mật-khẩu-tệp-lạ-2026"
REFUSED = "Tệp vừa chọn không được nhận: chỉ nhận tệp CSV, XLSX không quá 2 MB."
LIMITS = "Nhận tệp CSV, XLSX, tối đa 2 MB."


@pytest.fixture(scope="module")
def editor_server(tmp_path_factory):
    proc, url = start_editor_server(tmp_path_factory.mktemp("hostile"), PASSWORD)
    yield url
    serve.stop(proc)


@pytest.mark.parametrize("size", [(1440, 900), (390, 844)], ids=["desktop", "phone"])
def test_a_file_over_the_limit_is_refused_with_a_vietnamese_message(browser, editor_server, shots, tmp_path, size):
    big = tmp_path / "ket_qua_lon.csv"
    big.write_bytes(b"indicator_id,year,value\n" + b"pci_rank,2025,12\n" * 380_000)  # about 6 MB
    assert big.stat().st_size > 6_000_000
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    pg = context.new_page()
    try:
        sign_in(pg, editor_server, "minh", PASSWORD)
        box = pg.locator("[data-testid=stFileUploader]")
        refused = pg.get_by_text(REFUSED)
        # Streamlit's English words replaced: the button's name, the limits line; the help is a caption
        expect(box.get_by_role("button", name="Chọn tệp")).to_be_visible(timeout=TIMEOUT)
        expect(pg.get_by_text(LIMITS)).to_be_visible()
        assert not box.get_by_text("per file").is_visible()
        assert box.get_by_role("button", name="Upload", exact=True).count() == 0
        assert box.locator("[data-testid=stTooltipIcon]").count() == 0  # no "Help for …" button
        expect(refused).to_be_hidden()
        box.scroll_into_view_if_needed()
        pg.screenshot(path=str(shots / f"data-updates-upload-{size[0]}.png"), full_page=True)
        box.locator("input[type=file]").set_input_files(str(big))
        expect(refused).to_be_visible(timeout=TIMEOUT)  # the browser refused it; the page says so
        expect(box.locator("[data-testid=stFileChip][aria-invalid=true]")).to_be_visible()
        assert_no_exception(pg)
        refused.scroll_into_view_if_needed()
        pg.screenshot(path=str(shots / f"data-updates-refused-6mb-{size[0]}.png"), full_page=True)
        box.get_by_role("button", name="Bỏ ket_qua_lon.csv").click()  # removed: the message goes
        expect(refused).to_be_hidden(timeout=TIMEOUT)
        expect(box.get_by_role("button", name="Chọn tệp")).to_be_visible()
    finally:
        context.close()


#: Streamlit's Markdown extensions: a coloured span, an icon, emoji, its logo and typographic arrows.
DIRECTIVES = ":red[đỏ] :material/warning: :smile: :+1: :streamlit: a -> b -- c"


def test_a_name_in_streamlits_markdown_extensions_shows_as_typed(browser, editor_server, shots):
    name = f"{DIRECTIVES} {uuid.uuid4().hex[:6]}"
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    pg = context.new_page()
    try:
        open_page(pg, f"{editor_server}/scenarios?pci_land=6.78")
        form = pg.locator("[data-testid=stForm]")
        form.locator("input[type=text]").first.fill(name)
        form.get_by_role("button", name="Lưu").click()
        wait_idle(pg)
        message = pg.locator("[data-testid=stAlertContentSuccess]").filter(has_text="Đã lưu")
        expect(message).to_be_visible(timeout=TIMEOUT)
        button = pg.locator("[data-testid=stButton]").filter(has_text=name[-6:])
        for shown in (message, button):
            text = shown.inner_text().replace("\u2060", "")
            assert name in text, text
            markup = shown.locator(".stMarkdownColoredText, .stMarkdownColoredBackground, [role=img], img, "
                                   "[data-testid=stIconMaterial]:not(button [data-testid=stIconMaterial])")
            assert markup.count() == 0, shown.inner_html()
        assert_no_exception(pg)
        pg.screenshot(path=str(shots / "scenario-name-with-directives.png"), full_page=True)
    finally:
        context.close()
