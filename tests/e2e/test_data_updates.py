"""The data-updates page in a real browser: sign-in only, a wrong password, then the upload; an editor
imports the template filled with two figures and a second open session shows them on its next rerun
(issue 9).

Its own server, started with ``--secrets.files`` naming a secrets file in a temporary folder (written
by ``python -m reform add-editor``), and its own state folder: nothing is written into the checkout.
"""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from helpers import (TIMEOUT, assert_no_exception, open_page, rerun_after, sign_in, start_editor_server,
                     upload_filled_template, wait_idle)
from reform import serve

PASSWORD = "mật-khẩu-trình-duyệt-2026"


@pytest.fixture(scope="module")
def editor_server(tmp_path_factory):
    proc, url = start_editor_server(tmp_path_factory.mktemp("editors"), PASSWORD)
    yield url
    serve.stop(proc)


@pytest.mark.parametrize("size", [(1440, 900), (390, 844)], ids=["desktop", "phone"])
def test_sign_in_then_upload(browser, editor_server, shots, size):
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    pg = context.new_page()
    try:
        open_page(pg, f"{editor_server}/data_updates")
        expect(pg.locator("h1").first).to_have_text("Cập nhật số liệu", timeout=TIMEOUT)
        form = pg.locator("[data-testid=stForm]")
        expect(form.locator("input[type=password]")).to_be_visible(timeout=TIMEOUT)
        assert pg.locator("[data-testid=stFileUploader]").count() == 0
        pg.screenshot(path=str(shots / f"data-updates-sign-in-{size[0]}.png"), full_page=True)
        form.locator("input[type=text]").fill("minh")
        form.locator("input[type=password]").fill("sai-mật-khẩu")
        with rerun_after(pg):
            form.get_by_role("button", name="Đăng nhập").click()
        expect(pg.get_by_text("Sai tên đăng nhập hoặc mật khẩu")).to_be_visible(timeout=TIMEOUT)
        assert pg.locator("[data-testid=stFileUploader]").count() == 0
        assert form.locator("input[type=password]").input_value() == ""  # the form clears the password
        form.locator("input[type=text]").fill("minh")
        form.locator("input[type=password]").fill(PASSWORD)
        with rerun_after(pg):
            form.get_by_role("button", name="Đăng nhập").click()
        expect(pg.locator("[data-testid=stFileUploader]")).to_be_visible(timeout=TIMEOUT)
        expect(pg.get_by_role("button", name="Đăng xuất")).to_be_visible()
        assert_no_exception(pg)
        pg.screenshot(path=str(shots / f"data-updates-signed-in-{size[0]}.png"), full_page=True)
        # the sign-out's own run must end before the page is read: wait_idle alone can see the run before
        # (CI, 03/12: the uploader still counted once right after the click)
        with rerun_after(pg):
            pg.get_by_role("button", name="Đăng xuất").click()
        expect(form.locator("input[type=password]")).to_be_visible(timeout=TIMEOUT)
        expect(pg.locator("[data-testid=stFileUploader]")).to_have_count(0, timeout=TIMEOUT)
        expect(pg.get_by_role("button", name="Đăng xuất")).to_have_count(0)
    finally:
        context.close()


def test_an_import_of_the_filled_template_shows_in_another_open_session(browser, editor_server, shots, tmp_path):
    viewer = browser.new_context(viewport={"width": 1440, "height": 900})
    editor = browser.new_context(viewport={"width": 1440, "height": 900})
    other, pg = viewer.new_page(), editor.new_page()
    try:
        open_page(other, f"{editor_server}/overview")  # a viewer's session, open before the import
        assert other.get_by_text("nhập bởi minh").count() == 0

        sign_in(pg, editor_server, "minh", PASSWORD)
        upload_filled_template(pg, tmp_path)  # PCI rank 12/34 and PAR INDEX rank 33/34 of 2025
        expect(pg.get_by_text("Đánh giá sẽ thay đổi")).to_be_visible()
        assert_no_exception(pg)
        pg.screenshot(path=str(shots / "data-updates-preview-1440.png"), full_page=True)
        pg.get_by_label("Ghi chú (không bắt buộc)").fill("Kết quả công bố năm 2025")
        pg.get_by_role("button", name="Xác nhận nhập số liệu").click()
        wait_idle(pg)
        expect(pg.get_by_text("Đã nhập lần cập nhật số 1")).to_be_visible(timeout=TIMEOUT)
        # the upload is cleared (the preview of the run before may show until this run ends)
        expect(pg.get_by_text("Số liệu mới (2)")).to_have_count(0, timeout=TIMEOUT)
        assert_no_exception(pg)
        pg.screenshot(path=str(shots / "data-updates-applied-1440.png"), full_page=True)

        # the other session's next reruns (to the targets page and back, without reloading) read the new figures
        other.get_by_role("link", name="Mục tiêu 2025/2030").first.click()
        wait_idle(other)
        assert_no_exception(other)
        other.get_by_role("link", name="Tổng quan").first.click()
        wait_idle(other)
        expect(other.get_by_text("nhập bởi minh").first).to_be_visible(timeout=TIMEOUT)
        expect(other.get_by_text("VCCI: PCI 2025").first).to_be_visible()
        assert_no_exception(other)
        other.screenshot(path=str(shots / "overview-after-import-1440.png"), full_page=True)
    finally:
        viewer.close()
        editor.close()
