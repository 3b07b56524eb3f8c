"""Browser helpers for the end-to-end tests."""
from __future__ import annotations

import re
from contextlib import contextmanager

from playwright.sync_api import Page, expect

TIMEOUT = 30_000


#: Installed in every page before its own scripts (``conftest.browser``: each new context adds it): watches
#: Streamlit's WebSocket and keeps, in one sequence, the last rerun request the page sent (a BackMsg whose
#: field 11, ``rerun_script``, is set: a widget's change, a link, a reload) and the last run the server
#: finished (a ForwardMsg with field 6, ``script_finished``, other than 2, "finished early for a rerun").
#: Top-level protobuf fields are read by their tags; nothing else of a message is decoded.
#: ``window.__reformIdle()`` is true when no request waits for its run, the app says "notRunning" and no
#: status widget shows: after a click, the run the click asked for has ended, whatever the machine's load.
RUN_WATCH_JS = """(() => {
  if (window.__reformIdle) return;
  let seq = 0, sent = -1, done = -1;
  const bytes = d => d instanceof ArrayBuffer ? new Uint8Array(d)
    : ArrayBuffer.isView(d) ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength) : null;
  function fields(b) {  // top-level [field number, varint value or null] of a protobuf message
    const out = []; let i = 0;
    const varint = () => { let v = 0, m = 1, c; do { c = b[i++]; v += (c & 127) * m; m *= 128; } while (c & 128 && i < b.length); return v; };
    while (i < b.length) {
      const tag = varint(), num = Math.floor(tag / 8), wire = tag % 8;
      if (wire === 0) out.push([num, varint()]);
      else if (wire === 2) { const n = varint(); out.push([num, null]); i += n; }
      else if (wire === 1) { out.push([num, null]); i += 8; }
      else if (wire === 5) { out.push([num, null]); i += 4; }
      else break;
    }
    return out;
  }
  const Native = window.WebSocket;
  const send = Native.prototype.send;
  Native.prototype.send = function (data) {
    const b = bytes(data);
    if (b && fields(b).some(([n]) => n === 11)) sent = ++seq;
    return send.call(this, data);
  };
  function Watched(...args) {
    const ws = new Native(...args);
    ws.addEventListener('message', e => {
      const b = bytes(e.data);
      if (b && fields(b).some(([n, v]) => n === 6 && v !== 2)) done = ++seq;
    });
    return ws;
  }
  Watched.prototype = Native.prototype;
  for (const k of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) Watched[k] = Native[k];
  window.WebSocket = Watched;
  window.__reformSent = () => sent;
  window.__reformIdle = () => {
    const app = document.querySelector('[data-testid=stApp]');
    return done > sent && !!app && app.getAttribute('data-test-script-state') === 'notRunning'
      && !document.querySelector('[data-testid=stStatusWidget]');
  };
})();"""


def wait_idle(page: Page) -> None:
    """Wait until the run that the page last asked for (a load, a click, a key) has ended: a condition,
    never a time (:data:`RUN_WATCH_JS`). A page opened without the watcher cannot be told apart from one
    that has not asked yet: that is an error here, not a guess."""
    page.wait_for_function("() => window.__reformIdle !== undefined ? window.__reformIdle() : 'unwatched'",
                           timeout=TIMEOUT)
    assert page.evaluate("() => window.__reformIdle !== undefined"), \
        "this page has no run watcher: open it from a context of conftest's browser (RUN_WATCH_JS)"


@contextmanager
def rerun_after(page: Page):
    """Around an action that makes the page ask for a run (a choice, a click, a key on a slider): on leaving,
    wait until the page has sent a new rerun request *and* its run has ended. :func:`wait_idle` alone can
    look before the request leaves (a selectbox's choice or a slider's debounced value is sent a moment
    after the key): it then sees the previous run's end and lets the test read the old figures."""
    mark = _requests_sent(page)
    yield
    _wait_request_after(page, mark)
    wait_idle(page)


def _requests_sent(page: Page) -> int:
    """The page's count of rerun requests sent so far (:data:`RUN_WATCH_JS`)."""
    mark = page.evaluate("() => window.__reformSent !== undefined ? window.__reformSent() : null")
    assert mark is not None, "this page has no run watcher: open it from a context of conftest's browser (RUN_WATCH_JS)"
    return mark


def _wait_request_after(page: Page, mark: int) -> None:
    """Wait until the page has sent a rerun request after the count ``mark``."""
    page.wait_for_function("(mark) => window.__reformSent() > mark", arg=mark, timeout=TIMEOUT)


#: Every open table expander (``ui.table_expander``: its table is drawn on demand, by the run its opening asks
#: for) holds its table.
TABLES_DRAWN_JS = """() => [...document.querySelectorAll('[class*="st-key-tbl_"]')].every(e =>
  !e.querySelector('details')?.open || !!e.querySelector('[data-testid=stDataFrame], [data-testid=stTable]'))"""


def wait_tables(page: Page) -> None:
    """Wait until every open table expander has its table and the page's runs have ended."""
    page.wait_for_function(TABLES_DRAWN_JS, timeout=TIMEOUT)
    wait_idle(page)


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
    box = page.locator("[data-testid=stSelectbox]").filter(has_text=select_label).first
    field = box.locator("input").first
    before = field.input_value()
    mark = _requests_sent(page)
    box.click()
    page.keyboard.type(typed)
    page.keyboard.press("Enter")
    expect(field).to_have_value(re.compile(re.escape(typed)), timeout=TIMEOUT)  # the option is chosen
    if field.input_value() != before:  # a new choice asks for a run: wait for that request, then its end
        _wait_request_after(page, mark)
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
