"""The data-updates page in a real browser: sign-in only, a wrong password, then the upload (issue 9).

Its own server, started with ``--secrets.files`` naming a secrets file in a temporary folder (written
by ``python -m reform add-editor``), and its own state folder: nothing is written into the checkout.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from helpers import TIMEOUT, assert_no_exception, open_page, wait_idle
from reform import serve
from reform.paths import ROOT

PASSWORD = "mật-khẩu-trình-duyệt-2026"


@pytest.fixture(scope="module")
def editor_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("editors")
    secrets = folder / "secrets.toml"
    r = subprocess.run([sys.executable, "-m", "reform", "add-editor", "minh", "--password-stdin", "--secrets",
                        str(secrets)], input=PASSWORD + "\n", text=True, cwd=ROOT, capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr
    env = {**os.environ, "REFORM_STATE_DIR": str(folder / "state")}
    env.pop("REFORM_DATABASE_URL", None)
    proc, url = serve.start(args=["--secrets.files", str(secrets)], env=env)
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
        form.get_by_role("button", name="Đăng nhập").click()
        wait_idle(pg)
        expect(pg.get_by_text("Sai tên đăng nhập hoặc mật khẩu")).to_be_visible(timeout=TIMEOUT)
        assert pg.locator("[data-testid=stFileUploader]").count() == 0
        assert form.locator("input[type=password]").input_value() == ""  # the form clears the password
        form.locator("input[type=text]").fill("minh")
        form.locator("input[type=password]").fill(PASSWORD)
        form.get_by_role("button", name="Đăng nhập").click()
        wait_idle(pg)
        expect(pg.locator("[data-testid=stFileUploader]")).to_be_visible(timeout=TIMEOUT)
        expect(pg.get_by_role("button", name="Đăng xuất")).to_be_visible()
        assert_no_exception(pg)
        pg.screenshot(path=str(shots / f"data-updates-signed-in-{size[0]}.png"), full_page=True)
        pg.get_by_role("button", name="Đăng xuất").click()
        wait_idle(pg)
        expect(pg.locator("[data-testid=stForm]")).to_be_visible(timeout=TIMEOUT)
        assert pg.locator("[data-testid=stFileUploader]").count() == 0
    finally:
        context.close()
