"""Every label whole (issue 17, item 3): on every page with charts, at the widths meeting rooms, laptops and
phones have, in both languages and in presentation mode, no text is cut and no two texts sit on one another.

What is checked, in the browser as drawn (charts are SVG, Streamlit's default renderer for our charts):
* a chart's text (titles, axis and legend titles and labels, value labels) cut by Vega with "…", or reaching
  past the chart's own box (the svg clips it: "Nhóm hạng mục tiêu của Đề á");
* two visible texts of one chart whose boxes intersect ("57/63 56/63 57/63" on one another); texts Vega hides
  (an axis label left out by its overlap rule: opacity 0) are not drawn and not counted;
* a text element of the page cut by its box (``scrollWidth > clientWidth`` where the overflow is hidden or
  ends in an ellipsis): headings, badges, captions, metrics, the tables' headings and cells where they are HTML;
* the same after the window changes width with the page open (every chart laid out again), on the pages whose
  titles ran a line above the chart's top in presentation mode or were cut by the limit Streamlit gives them;
* years on a time axis spaced by time: the PAR INDEX rank chart (2020 and 2023 have no rank) has its 2021
  point twice as far from 2019 as 2019 from 2018.

The tables (st.dataframe) are drawn on a canvas: their headings are checked by the meeting-room test's
overflow check, not here. Every wait is on a condition (the charts drawn, their size stable), never a time.
"""
from __future__ import annotations

import pytest

from helpers import TIMEOUT, assert_no_exception, open_page
from room_helpers import SIZES, path_url

#: The pages with charts.
CHART_PAGES = ["overview", "pci", "peers", "par_index", "one_stop", "targets", "projects", "statistics", "scenarios"]
#: Every size in both languages, and presentation mode at every size in both languages.
WALKS = {f"{size}-{lang}{'-present' if present else ''}": (size, lang, present)
         for present in (False, True) for lang in ("vi", "en") for size in SIZES}

#: Every drawn chart's texts, the chart's box, and what is wrong: cut with "…", past the chart's box, two
#: boxes intersecting by more than a pixel across and two down (glyph boxes of neighbouring lines of one
#: label touch by less).
CHART_TEXTS_JS = """() => {
  const shown = el => el.checkVisibility({opacityProperty: true, visibilityProperty: true});
  const out = [];
  for (const svg of document.querySelectorAll('.vega-embed > svg')) {
    if (!shown(svg)) continue;
    const sb = svg.getBoundingClientRect();
    if (sb.width === 0 || sb.height === 0) continue;  // another layout of small multiples, not shown
    const title = [...svg.querySelectorAll('.role-title-text')].map(t => t.textContent).join(' ');
    const texts = [...svg.querySelectorAll('text')]
      .filter(t => t.textContent.trim() && shown(t))
      .map(t => { const r = t.getBoundingClientRect();
                  return {text: t.textContent, l: r.left, r: r.right, t: r.top, b: r.bottom}; })
      .filter(t => t.r > t.l && t.b > t.t);
    for (const t of texts) {
      if (t.text.includes('…')) out.push(`cut: ${JSON.stringify(t.text)} in "${title}"`);
      const past = [['left', sb.left - t.l], ['right', t.r - sb.right],
                    ['top', sb.top - t.t], ['bottom', t.b - sb.bottom]]
        .filter(([side, x]) => x > 1).map(([side, x]) => `${side} ${Math.round(x)} px`);
      if (past.length) out.push(`past the chart's edge (${past.join(', ')}): ${JSON.stringify(t.text)} in "${title}"`);
    }
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i], b = texts[j];
      const w = Math.min(a.r, b.r) - Math.max(a.l, b.l), h = Math.min(a.b, b.b) - Math.max(a.t, b.t);
      if (w > 1 && h > 2) out.push(`overlap ${Math.round(w)}×${Math.round(h)} px: ${JSON.stringify(a.text)} and ${JSON.stringify(b.text)} in "${title}"`);
    }
  }
  return out;
}"""

#: Text elements of the page cut by their own box (the overflow hidden or an ellipsis), except what is
#: meant to be hidden (a skip link or screen-reader text of 1 px).
CLIPPED_JS = """() => {
  const out = [];
  const root = document.querySelector('[data-testid=stApp]');
  for (const el of root.querySelectorAll('p, span, div, label, h1, h2, h3, h4, h5, h6, li, button, a, td, th, code, summary')) {
    if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
    if (el.closest('.vega-embed, [data-testid=stDataFrame], [data-testid=stTooltipContent]')) continue;
    if (el.clientWidth <= 2 || el.scrollWidth <= el.clientWidth + 1) continue;
    const s = getComputedStyle(el);
    if (!['hidden', 'clip', 'auto', 'scroll'].includes(s.overflowX) && s.textOverflow !== 'ellipsis') continue;
    if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) continue;
    out.push(`${el.tagName.toLowerCase()} ${JSON.stringify(el.textContent.trim().slice(0, 80))}: ` +
             `${el.scrollWidth} px of text in ${el.clientWidth} px`);
  }
  return out;
}"""

#: Some chart on the page (every page walked has one), every chart drawn, and drawn the same as a moment ago (vega-embed redraws once the column's width is
#: known): polled by wait_for_function, which calls it until it holds.
CHARTS_SETTLED_JS = """() => {
  const charts = [...document.querySelectorAll('[data-testid=stVegaLiteChart]')];
  if (!charts.length || !charts.every(c => c.querySelector('.vega-embed > svg, .vega-embed > canvas'))) return false;
  // the size, the view box and the drawn marks (a title that gains a line is laid out again after a redraw)
  const now = JSON.stringify(charts.map(c => { const s = c.querySelector('.vega-embed > svg, .vega-embed > canvas');
                                            const r = s.getBoundingClientRect();
                                            return [r.width, r.height, s.getAttribute('viewBox'), s.innerHTML.length,
                                                    (s.querySelector('.role-title') || {}).outerHTML]; }));
  const same = window.__labelsLast === now;
  window.__labelsLast = now;
  window.__labelsSame = same ? (window.__labelsSame || 0) + 1 : 0;
  return window.__labelsSame >= 3;
}"""


def _settle(pg) -> None:
    """Wait until Streamlit has finished its run and every chart is drawn and keeps its size (three polls
    in a row, 100 ms apart)."""
    pg.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=TIMEOUT)
    pg.evaluate("() => { window.__labelsLast = null; window.__labelsSame = 0; }")
    pg.wait_for_function(CHARTS_SETTLED_JS, timeout=TIMEOUT, polling=100)
    pg.wait_for_function("() => document.fonts.status === 'loaded'", timeout=TIMEOUT)


def problems(pg) -> list[str]:
    return pg.evaluate(CHART_TEXTS_JS) + pg.evaluate(CLIPPED_JS)


@pytest.mark.parametrize("walk", list(WALKS))
def test_every_label_is_whole(browser, server, shots, walk):
    """No chart text cut ("…") or past its chart, no two chart texts on one another, no page text cut by its
    box, on every page with charts."""
    size, lang, present = WALKS[walk]
    width, height = SIZES[size]
    query = "&".join(q for q in (f"lang={lang}" if lang != "vi" else "", "present=1" if present else "") if q)
    context = browser.new_context(viewport={"width": width, "height": height})
    pg = context.new_page()
    found = {}
    try:
        for name in CHART_PAGES:
            open_page(pg, path_url(server, name, query))
            _settle(pg)
            assert_no_exception(pg)
            if got := problems(pg):
                found[name] = got
                pg.screenshot(path=str(shots / f"labels-{name}-{walk}.png"))
    finally:
        context.close()
    assert not found, f"labels cut or on one another at {walk}:\n" + "\n".join(
        f"{page}: {p}" for page, got in found.items() for p in got)


#: The widths the window is given one after another, the page open (a projector's laptop whose window is
#: resized, a phone turned): every chart is laid out again at each. A title broken on the plot's width gained a
#: line after Vega's layout and was drawn 17-18 px above the chart's top (``charts.TITLE_WIDTH``), on the charts
#: nothing drew again; this walk finds it every time, where the page walks above found it now and then. Without
#: the mode (the sidebar open), a title drawn wider than at first was cut by the limit Streamlit had given it.
RESIZES = (1000, 1024, 1280, 1100, 390, 1024)


@pytest.mark.parametrize("lang,present", [("vi", True), ("en", True), ("vi", False)])
def test_titles_stay_whole_when_the_page_changes_width(browser, server, shots, lang, present):
    """On the pages whose titles ran above the top in presentation mode (the overview's rank charts, the
    one-stop panels) and the statistics page's panels, no chart text is cut, past its chart or on another
    after each width of :data:`RESIZES`."""
    query = "&".join(q for q in (f"lang={lang}" if lang != "vi" else "", "present=1" if present else "") if q)
    context = browser.new_context(viewport={"width": 1024, "height": 768})
    pg = context.new_page()
    found = {}
    try:
        for name in ("overview", "one_stop", "statistics"):
            open_page(pg, path_url(server, name, query))
            _settle(pg)
            for width in RESIZES:
                pg.set_viewport_size({"width": width, "height": 768})
                _settle(pg)
                if got := problems(pg):
                    found[f"{name} at {width}"] = got
                    pg.screenshot(path=str(shots / f"labels-resized-{name}-{width}-{lang}-{present}.png"))
    finally:
        context.close()
    assert not found, f"labels cut or on one another after a resize ({lang}, presenting: {present}):\n" + "\n".join(
        f"{where}: {p}" for where, got in found.items() for p in got)


def test_the_checks_see_a_cut_an_overlap_and_a_clipped_text(browser):
    """The oracle itself: a chart with a title Vega cuts with "…", two value labels drawn on one another and
    a legend title past the chart's edge, and a heading cut by its box, are all found."""
    context = browser.new_context(viewport={"width": 600, "height": 400})
    pg = context.new_page()
    try:
        pg.set_content("""<div data-testid="stApp">
          <div data-testid="stVegaLiteChart"><div class="vega-embed">
            <svg width="200" height="100" style="overflow:hidden">
              <text class="role-title-text" x="5" y="15">Trạng thái 2025 (giả đ…</text>
              <text x="50" y="60">57/63</text><text x="60" y="62">56/63</text>
              <text x="150" y="90">Nhóm hạng mục tiêu của Đề án</text>
            </svg></div></div>
          <h3 style="width:80px; overflow:hidden; white-space:nowrap; text-overflow:ellipsis">✖ Chưa đạt (tạm tính)</h3>
          <h3 style="width:300px; overflow:hidden; white-space:nowrap">whole</h3>
        </div>""")
        got = problems(pg)
        assert any(p.startswith("cut:") and "giả đ…" in p for p in got), got
        assert any(p.startswith("overlap") and "57/63" in p and "56/63" in p for p in got), got
        assert any(p.startswith("past the chart's edge (right") and "Đề án" in p for p in got), got
        assert any(p.startswith("h3") and "Chưa đạt" in p for p in got), got
        assert not any("whole" in p for p in got), got
    finally:
        context.close()


#: The x position of each point of the PAR INDEX rank chart on the overview, by its year's axis label.
POINTS_JS = """() => {
  const svg = [...document.querySelectorAll('.vega-embed > svg')]
    .find(s => [...s.querySelectorAll('.role-title-text')].some(t => t.textContent.includes('PAR INDEX')));
  const ticks = {};
  for (const t of svg.querySelectorAll('.role-axis-label text')) {
    const r = t.getBoundingClientRect();
    ticks[t.textContent] = (r.left + r.right) / 2;
  }
  return ticks;
}"""


def test_years_are_spaced_by_time(browser, server, shots):
    """On the overview's PAR INDEX rank chart (ranks for 2016-2019, 2021, 2022, 2024) every year from the
    first to the last has its place, one year apart each: 2020 and 2023 are gaps, not skipped."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    pg = context.new_page()
    try:
        open_page(pg, path_url(server, "overview"))
        _settle(pg)
        ticks = pg.evaluate(POINTS_JS)
        pg.screenshot(path=str(shots / "labels-years-overview.png"))
    finally:
        context.close()
    xs = {int(k): v for k, v in ticks.items() if k.isdigit() and int(k) >= 2000}  # the year axis, not the ranks
    years = sorted(xs)
    assert years[0] <= 2019 and years[-1] >= 2024 and {2020, 2023} <= set(years), ticks  # the gaps have places
    # positions of the years shown are linear in the year (a label left out by the overlap rule is not drawn)
    step = (xs[years[-1]] - xs[years[0]]) / (years[-1] - years[0])
    for y in years:
        assert abs(xs[y] - (xs[years[0]] + step * (y - years[0]))) < 1.5, (y, ticks)
    assert step > 0
