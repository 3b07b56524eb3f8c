"""Browser helpers for the end-to-end tests."""
from __future__ import annotations

from playwright.sync_api import Page, expect

TIMEOUT = 30_000


def wait_idle(page: Page) -> None:
    """Wait until Streamlit has finished running the script."""
    page.wait_for_selector("[data-testid=stApp]", timeout=TIMEOUT)
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=TIMEOUT)


def open_page(page: Page, url: str) -> None:
    page.goto(url, timeout=TIMEOUT)
    wait_idle(page)
    expect(page.locator("h1").first).to_be_visible(timeout=TIMEOUT)


def assert_no_exception(page: Page) -> None:
    assert page.locator("[data-testid=stException]").count() == 0, "the page shows an exception"
    assert page.get_by_text("Page not found").count() == 0


def slider_thumb(page: Page, label_part: str):
    """The keyboard-focusable thumb of the slider whose label contains ``label_part``."""
    box = page.locator("[data-testid=stSlider]").filter(has_text=label_part).first
    return box.locator("input[type=range]").first


def metric_box(page: Page, label_part: str):
    """The first metric whose label (not its help, value or delta) contains ``label_part``."""
    label = page.locator("[data-testid=stMetricLabel]").filter(has_text=label_part)
    return page.locator("[data-testid=stMetric]").filter(has=label).first


def metric_value(page: Page, label_part: str) -> str:
    return metric_box(page, label_part).locator("[data-testid=stMetricValue]").inner_text().strip()


def choose(page: Page, select_label: str, typed: str) -> None:
    """Pick an option of the selectbox labelled ``select_label`` by typing part of it."""
    page.locator("[data-testid=stSelectbox]").filter(has_text=select_label).first.click()
    page.keyboard.type(typed)
    page.keyboard.press("Enter")
    wait_idle(page)


#: Two 2025 results an editor enters in the browser tests: PCI rank 12 of 34, PAR INDEX rank 33 of 34.
FIGURES_2025 = (("pci_rank", 2025, 12, "hạng 12/34", 34, "VCCI: PCI 2025"),
                ("par_total_rank", 2025, 33, "hạng 33/34", 34, "Bộ Nội vụ: PAR INDEX 2025"))


def upload_filled_template(page: Page, folder, rows=FIGURES_2025) -> None:
    """On the data-updates page of a signed-in editor: download the XLSX template, add ``rows`` to its
    first sheet, upload it, and wait for the preview of the new figures."""
    import io
    from pathlib import Path

    import openpyxl

    with page.expect_download(timeout=TIMEOUT) as dl:
        page.get_by_role("button", name="Tệp mẫu XLSX").click()
    wb = openpyxl.load_workbook(io.BytesIO(Path(dl.value.path()).read_bytes()))
    for row in rows:
        wb.worksheets[0].append(list(row))
    filled = Path(folder) / "ket_qua_2025.xlsx"
    wb.save(filled)
    page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(filled))
    wait_idle(page)
    expect(page.get_by_text(f"Số liệu mới ({len(rows)})")).to_be_visible(timeout=TIMEOUT)


def sign_in(page: Page, url: str, user: str, password: str) -> None:
    """Sign in as an editor on the data-updates page at ``url`` and wait for the upload to appear."""
    open_page(page, f"{url}/data_updates")
    form = page.locator("[data-testid=stForm]")
    form.locator("input[type=text]").fill(user)
    form.locator("input[type=password]").fill(password)
    form.get_by_role("button", name="Đăng nhập").click()
    wait_idle(page)
    expect(page.locator("[data-testid=stFileUploader]")).to_be_visible(timeout=TIMEOUT)


def start_editor_server(folder, password: str, user: str = "minh"):
    """A dashboard of its own for a module's browser tests: ``user``'s password written by ``python -m reform
    add-editor`` into a secrets file in ``folder``, and a state folder there (nothing written into the
    checkout; no PostgreSQL). Returns (process, base URL); stop it with ``reform.serve.stop``."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from reform import serve
    from reform.paths import ROOT

    secrets = Path(folder) / "secrets.toml"
    r = subprocess.run([sys.executable, "-m", "reform", "add-editor", user, "--password-stdin", "--secrets",
                        str(secrets)], input=password + "\n", text=True, cwd=ROOT, capture_output=True, timeout=120)
    assert r.returncode == 0, r.stderr
    env = {**os.environ, "REFORM_STATE_DIR": str(Path(folder) / "state")}
    env.pop("REFORM_DATABASE_URL", None)
    return serve.start(args=["--secrets.files", str(secrets)], env=env)
