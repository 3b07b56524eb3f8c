"""A real server and a real browser: `streamlit run app.py` on a free port, Debian's Chromium via Playwright.

Without Chromium (or Playwright) the browser tests are skipped with the reason shown; with
REQUIRE_BROWSER=1 (set by .ci/run) they fail instead. Screenshots go to a folder printed at the end.
"""
from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from reform import serve
from reform.paths import ROOT

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"]
SHOTS = ROOT / "tests" / "e2e" / "screenshots" / datetime.now().strftime("%Y%m%d-%H%M%S")


def _missing(reason: str):
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(reason + " (REQUIRE_BROWSER=1)")
    pytest.skip(reason)


SERVER_LOG = SHOTS / "server.log"


@pytest.fixture(scope="session", autouse=True)
def _patient_expect():
    """Every ``expect`` waits as long as the helpers' waits (``helpers.TIMEOUT``), not Playwright's 5 s:
    on a busy machine (CI, a province's server) a run that draws late is still a run that draws. An
    assertion that cannot come true still fails, only later."""
    try:
        from playwright.sync_api import expect
    except ImportError:  # the browser fixture says why the tests are skipped
        yield
        return
    from helpers import TIMEOUT

    expect.set_options(timeout=TIMEOUT)
    yield
    expect.set_options(timeout=5_000)


@pytest.fixture(scope="session")
def server():
    SHOTS.mkdir(parents=True, exist_ok=True)
    proc, url = serve.start(log=SERVER_LOG)
    yield url
    serve.stop(proc)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed browser test shows the end of the server's log (a download that never came, an error
    logged on the server but not shown on the page)."""
    report = yield
    if report.failed and call.when == "call" and SERVER_LOG.exists():
        lines = SERVER_LOG.read_text(encoding="utf-8", errors="replace").splitlines()
        report.sections.append(("server log (last 40 lines)", "\n".join(lines[-40:]) or "(empty)"))
    return report


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        _missing(f"Chromium not found at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield _Watched(b)
        b.close()


class _Watched:
    """The browser, whose every new context watches Streamlit's runs (``helpers.RUN_WATCH_JS``), so that
    ``helpers.wait_idle`` waits for the run a click asked for instead of for a fixed time."""

    def __init__(self, browser):
        self._browser = browser

    def new_context(self, **kwargs):
        from helpers import RUN_WATCH_JS

        context = self._browser.new_context(**kwargs)
        context.add_init_script(RUN_WATCH_JS)
        return context

    def new_page(self, **kwargs):
        return self.new_context(**kwargs).new_page()

    def __getattr__(self, name):
        return getattr(self._browser, name)


@pytest.fixture(scope="session")
def shots() -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS


def pytest_terminal_summary(terminalreporter):
    if SHOTS.exists():
        terminalreporter.write_line(f"e2e screenshots: {SHOTS}")
