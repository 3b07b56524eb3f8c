"""Browser helpers for the meeting-room tests (test_meeting_room.py): sizes, overflow, font sizes."""
from __future__ import annotations

import time
from urllib.parse import urlsplit

from playwright.sync_api import Page, expect

from helpers import TIMEOUT, open_page, wait_idle, wait_tables

PAGES = ["overview", "pci", "peers", "par_index", "one_stop", "targets", "projects", "statistics", "scenarios",
         "data_sources"]
#: The screens meeting rooms have (projectors, laptops, a large display) and a phone.
SIZES = {"1024": (1024, 768), "1280": (1280, 720), "1366": (1366, 768), "1920": (1920, 1080),
         "390": (390, 844)}

#: Every drawn chart (vega-embed's canvas or svg) and table whose right edge passes its column's or
#: the viewport's right edge, by more than half a pixel (sub-pixel rounding).
OVERFLOW_JS = """() => {
  const vw = document.documentElement.clientWidth;
  const main = document.querySelector('[data-testid=stMainBlockContainer]');
  const out = [];
  const items = document.querySelectorAll(
      '.vega-embed > canvas, .vega-embed > svg, [data-testid=stDataFrame]');
  for (const el of items) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;  // not shown (e.g. the other layout of a chart)
    const col = el.closest('[data-testid=stColumn]') || main;
    const c = col.getBoundingClientRect();
    const limit = Math.min(c.right, vw);
    if (r.right > limit + 0.5) {
      const chart = el.closest('[data-testid=stVegaLiteChart], [data-testid=stDataFrame]');
      const box = el.closest('[class*="st-key-"]');
      const key = box ? [...box.classList].find(k => k.startsWith('st-key-')) : '';
      out.push({kind: el.tagName.toLowerCase() === 'div' ? 'table' : 'chart', key: key,
                over: Math.round(r.right - limit), width: Math.round(r.width),
                column: Math.round(c.width), testid: chart ? chart.dataset.testid : ''});
    }
  }
  return out;
}"""

#: The font size (px) of the text of every metric's value and label (the innermost element).
METRIC_FONTS_JS = """() => [...document.querySelectorAll('[data-testid=stMetric]')].map(m => {
  const leaf = e => { let x = e; while (x && x.firstElementChild) x = x.firstElementChild; return x; };
  const v = leaf(m.querySelector('[data-testid=stMetricValue]'));
  const l = leaf(m.querySelector('[data-testid=stMetricLabel]'));
  const cut = e => e.scrollWidth > e.clientWidth + 1;
  return {value: parseFloat(getComputedStyle(v).fontSize), label: parseFloat(getComputedStyle(l).fontSize),
          text: v.innerText, cut: cut(v) || cut(l)};
})"""


def path_url(server: str, name: str, query: str = "") -> str:
    return f"{server}/{'' if name == 'overview' else name}{'?' + query if query else ''}"


def visit(page: Page, server: str, name: str, query: str = "") -> None:
    """Show page ``name``: by the sidebar's link when the app is open (the session keeps the
    language and mode of ``query``; about a second faster than loading the app again; the link is
    clicked by a DOM event, as a phone's sidebar is closed), else by loading its URL."""
    link = page.locator(f"[data-testid=stSidebarNav] a[href='{path_url(server, name)}']")
    if page.url.startswith(server) and link.count():
        link.dispatch_event("click")
        page.wait_for_function(f"() => location.pathname === '{urlsplit(path_url(server, name)).path}'",
                               timeout=TIMEOUT)
        wait_idle(page)
        page.locator("h1").first.wait_for(timeout=TIMEOUT)
    else:
        open_page(page, path_url(server, name, query))


#: True once the page has been still for ``frames`` animation frames in a row: the script run ended (Streamlit's
#: ``data-test-script-state`` of the app is "notRunning": the whole page was sent), no status widget, every chart
#: drawn (vega-embed adds a canvas or svg), and the same document width, main height, chart widths and sidebar
#: state as at the frame before (a chart resizes after its first draw; the sidebar slides). Polled every frame.
STABLE_JS = """(frames) => {
  const main = document.querySelector('[data-testid=stMain]');
  const charts = [...document.querySelectorAll('[data-testid=stVegaLiteChart]')];
  const app = document.querySelector('[data-testid=stApp]');
  if (!main || !app || app.getAttribute('data-test-script-state') !== 'notRunning' || !document.querySelector('h1')
      || document.querySelector('[data-testid=stStatusWidget]')
      || !charts.every(c => c.querySelector('.vega-embed > canvas, .vega-embed > svg'))) {
    window.__roomSig = null; return false;
  }
  const bar = document.querySelector('[data-testid=stSidebar]');
  const sig = [document.documentElement.scrollWidth, main.scrollHeight, bar ? bar.getBoundingClientRect().right : 0,
               ...charts.map(c => Math.round(c.getBoundingClientRect().width))].join(',');
  if (sig !== window.__roomSig) { window.__roomSig = sig; window.__roomSame = 0; return false; }
  window.__roomSame += 1;
  return window.__roomSame >= frames;
}"""


def wait_stable(page: Page, frames: int = 20) -> None:
    """Wait until the page is drawn and still (:data:`STABLE_JS`): a condition, never a time."""
    page.wait_for_function(STABLE_JS, arg=frames, polling="raf", timeout=TIMEOUT)


def wait_charts(page: Page) -> None:
    """Wait until every chart on the page has drawn and the page is still (:func:`wait_stable`)."""
    wait_idle(page)
    wait_stable(page)


def wait_metrics(page: Page) -> None:
    """Wait for the page's headline figures (a fragment may draw them after the rest), the page still."""
    wait_idle(page)
    page.locator("[data-testid=stMetricValue]").first.wait_for(timeout=TIMEOUT)
    wait_stable(page)


def offline(context, server: str) -> tuple[list, list, set]:
    """Block every request of ``context`` that leaves ``server``; return the list the blocked
    requests are recorded in, the list of failed ones (a network error or an HTTP error status) and
    the set of requests still open. A request of the server's own that the browser dropped
    (net::ERR_ABORTED, e.g. a font still loading when the next page was opened) is fetched again
    by :func:`check_aborted` and counts as failed only if that fails too."""
    blocked, failed, pending = [], [], set()

    def route(r):
        if r.request.url.startswith(server):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    def fail(req):
        pending.discard(req)
        if req.url.startswith(server) and req.failure == "net::ERR_ABORTED":
            failed.append(("aborted", req.url))
        else:
            failed.append((req.failure, req.url))

    def response(resp):
        # Streamlit's frontend finds its base path by asking <page path>/_stcore/health and
        # host-config first: a 404 there is how it learns that the page path is not the base
        probe = urlsplit(resp.url).path.endswith(("/_stcore/health", "/_stcore/host-config"))
        if resp.status >= 400 and not (probe and resp.status == 404):
            failed.append((f"HTTP {resp.status}", resp.url))

    context.route("**/*", route)
    context.on("request", lambda req: pending.add(req))
    context.on("requestfinished", lambda req: pending.discard(req))
    context.on("requestfailed", fail)
    context.on("response", response)
    return blocked, failed, pending


def check_aborted(context, failed: list) -> list:
    """The failed requests, less those the browser dropped and the server serves when asked again."""
    out = []
    for why, url in failed:
        if why == "aborted" and context.request.get(url).ok:
            continue
        out.append(f"{url} {why}")
    return out


def wait_requests(page: Page, pending: set, timeout: float = 10.0) -> None:
    """Wait until the requests in ``pending`` (kept by the context's request events) have ended."""
    deadline = time.monotonic() + timeout
    while pending and time.monotonic() < deadline:
        page.wait_for_timeout(100)


def overflows(page: Page) -> list[dict]:
    return page.evaluate(OVERFLOW_JS)


def metric_fonts(page: Page) -> list[dict]:
    return page.evaluate(METRIC_FONTS_JS)


def path_of(page: Page) -> str:
    return urlsplit(page.url).path


_SCROLLER_JS = """() => {
  let el = document.querySelector('[data-testid=stMainBlockContainer]');
  while (el && el !== document.body) {
    const y = getComputedStyle(el).overflowY;
    if ((y === 'auto' || y === 'scroll') && el.scrollHeight > el.clientHeight + 1) break;
    el = el.parentElement;
  }
  return el;
}"""


def screens(page: Page, path: str, most: int = 8) -> list[str]:
    """Screenshots of the page as a viewer scrolls it, one screen (the viewport) at a time:
    ``<path>-1.png``, ``<path>-2.png``… (Streamlit scrolls its main area, not the document, so a
    full-page screenshot shows only the first screen.)"""
    scroller = page.evaluate_handle(_SCROLLER_JS)
    height = page.evaluate("s => s.clientHeight", scroller)
    total = page.evaluate("s => s.scrollHeight", scroller)
    files = []
    for i in range(min(most, max(1, -(-total // max(height, 1))))):
        y = min(i * height, max(total - height, 0))
        page.evaluate("([s, y]) => { s.scrollTop = y; }", [scroller, y])
        page.wait_for_function("([s, y]) => Math.abs(s.scrollTop - y) < 2", arg=[scroller, y], timeout=TIMEOUT)
        wait_stable(page, 3)
        files.append(f"{path}-{i + 1}.png")
        page.screenshot(path=files[-1])
    page.evaluate("s => { s.scrollTop = 0; }", scroller)
    return files


# --- presentation mode (issue 17): sizes, sideways scrolling, the first screen -----------------------------------

#: The font size (px) of what a room reads on the page, per kind (the largest of each kind, and the smallest):
#: body text (a paragraph of the main area), captions, metric values and labels, slider labels, table cells
#: (a static table's cell, or a data grid's canvas font, which Streamlit writes into the grid's CSS variable
#: ``--gdg-base-font-style``). Only what is drawn (width and height > 0) counts.
FONTS_JS = """() => {
  const px = e => parseFloat(getComputedStyle(e).fontSize);
  const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const leaf = e => { let x = e; while (x && x.firstElementChild) x = x.firstElementChild; return x; };
  const all = (sel, f = px) => [...document.querySelectorAll(sel)].filter(shown).map(f).filter(v => v > 0);
  const grid = e => { const m = /(\\d+(?:\\.\\d+)?)px/.exec(getComputedStyle(e).getPropertyValue('--gdg-base-font-style'));
                      return m ? parseFloat(m[1]) : 0; };
  const grids = [...document.querySelectorAll('[data-testid=stDataFrame] *')]
      .filter(e => getComputedStyle(e).getPropertyValue('--gdg-base-font-style'));
  const out = {
    body: all('.stMainBlockContainer [data-testid=stMarkdownContainer] > p'),
    caption: all('.stMainBlockContainer [data-testid=stCaptionContainer]'),
    metric_value: all('[data-testid=stMetricValue]', e => px(leaf(e))),
    metric_label: all('[data-testid=stMetricLabel]', e => px(leaf(e))),
    slider_label: all('[data-testid=stSlider] [data-testid=stWidgetLabel] p'),
    table_cell: all('[data-testid=stTable] td').concat(grids.map(grid).filter(v => v > 0)),
  };
  const r = {};
  for (const [k, v] of Object.entries(out)) if (v.length) r[k] = {min: Math.min(...v), max: Math.max(...v), n: v.length};
  return r;
}"""

#: What scrolls sideways or passes the window's right edge: the document (scrollWidth > innerWidth), any element
#: of the main area whose right edge passes the window's, and any table (a static table's scroller, a data
#: grid's) whose content is wider than its box.
SIDEWAYS_JS = """() => {
  const vw = window.innerWidth, out = [];
  if (document.documentElement.scrollWidth > vw) out.push('document ' + document.documentElement.scrollWidth + ' > ' + vw);
  for (const el of document.querySelectorAll('[data-testid=stMain] *')) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && r.right > vw + 0.5 && !el.closest('[data-testid=stTooltipContent]')) {
      out.push(`${el.tagName}.${el.getAttribute('data-testid') || el.className} right ${Math.round(r.right)} > ${vw}`);
    }
  }
  const scrollers = [...document.querySelectorAll('[data-testid=stTable] *, [data-testid=stDataFrame] .dvn-scroller')]
      .filter(e => e.clientWidth > 0 && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX));
  for (const e of scrollers) {
    if (e.scrollWidth > e.clientWidth + 1) {
      const t = e.closest('[data-testid=stTable], [data-testid=stDataFrame]');
      out.push(`${t.getAttribute('data-testid')} scrolls sideways: ${e.scrollWidth} > ${e.clientWidth}`);
    }
  }
  return out.slice(0, 12);
}"""

#: The boxes (left, top, right, bottom, in the viewport) of the overview's verdict counts and its two index cards.
ANSWER_JS = """() => Object.fromEntries(['ov_answer', 'ov_card_pci', 'ov_card_par'].map(k => {
  const e = document.querySelector('.st-key-' + k);
  if (!e) return [k, null];
  const r = e.getBoundingClientRect();
  return [k, {left: r.left, top: r.top, right: r.right, bottom: r.bottom}];
}))"""


def fonts(page: Page) -> dict:
    return page.evaluate(FONTS_JS)


def sideways(page: Page) -> list[str]:
    return page.evaluate(SIDEWAYS_JS)


def answer_boxes(page: Page) -> dict:
    return page.evaluate(ANSWER_JS)


def open_expanders(page: Page, scope: str = "[data-testid=stMain]") -> None:
    """Open every expander shown in ``scope`` (its tables then show), one at a time, and wait until the page is still.

    An expander of a layout hidden at this width stays as it is."""
    wait_stable(page)  # the page drawn: an expander clicked while the run still draws may be drawn anew, closed
    closed = page.locator(f"{scope} [data-testid=stExpander] details:not([open]) > summary:visible")
    for _ in range(closed.count()):  # each click opens one: the next closed one is then the first
        n = closed.count()
        if not n:
            break
        closed.first.click()
        expect(closed).to_have_count(n - 1, timeout=TIMEOUT)
        # a table expander's table comes with the run its opening asks for: wait for it before the next click,
        # which that run would otherwise redraw closed (seen once under stress-ng)
        wait_tables(page)
    wait_stable(page)


def sidebar_collapsed(page: Page) -> None:
    """Wait until the sidebar is collapsed and still."""
    page.wait_for_function(
        "() => document.querySelector('[data-testid=stSidebar]')?.getAttribute('data-collapsed') === 'true'",
        timeout=TIMEOUT)
    wait_stable(page, 10)
