"""A chart's title is broken into lines on its column's width, never on the plot's (``charts.TITLE_WIDTH``).

With ``autosize`` "fit-x", Vega lays a chart out once with the ``width`` signal at the column's width, sets the
signal to the plot's width and runs the chart again without laying it out a second time. A title broken on that
signal gained a line on the second run and was drawn above the chart's top, in the browser, on whichever chart
a resize laid out last (the browser test ``tests/e2e/test_labels_whole.py`` walks it). Here the title's lines are
read from the SVG Vega draws (``vl_convert``, Vega in a JavaScript runtime): the browser's ``containerSize()``
is put in as a number, and the ``width`` signal is made to differ, as it does between those two runs.
"""
from __future__ import annotations

import html
import re

import altair as alt
import pandas as pd
import pytest

from reform.views import charts

vlc = pytest.importorskip("vl_convert")

TITLE = "Chỉ số PAR INDEX: xếp hạng 2016-2024 của tỉnh Lai Châu"


def _spec(present: bool, width: int) -> dict:
    df = pd.DataFrame({"year": [2016, 2017, 2018], "rank": [53, 57, 58]})
    chart = (alt.Chart(df).mark_line().encode(x=alt.X("year:O", title="Năm"), y=alt.Y("rank:Q", title="Xếp hạng"))
             .properties(title=TITLE, width=width, height=120))
    return charts.fit_text(charts.finish(chart, "vi", present).to_dict(), present)


def _lines(spec: dict, container: int | None) -> list[str]:
    """The title's lines as Vega draws them, the chart's container ``container`` px wide (None: no container,
    as in an export)."""
    if container is not None:
        spec["title"]["text"]["expr"] = spec["title"]["text"]["expr"].replace("containerSize()[0]", str(container))
    svg = vlc.vegalite_to_svg(spec)
    title = re.search(r'class="mark-text role-title-text".*?</text>', svg, re.S).group(0)
    lines = (re.findall(r"<tspan[^>]*>([^<]*)</tspan>", title)
             or [re.search(r"<text[^>]*>([^<]*)</text>", title).group(1)])
    return [html.unescape(line) for line in lines]


@pytest.mark.parametrize("present", [False, True])
def test_title_lines_do_not_follow_the_plot_width(present):
    """The same lines whatever the ``width`` signal (the column's width on Vega's first run, the plot's on the
    second), for a column of a phone, of half a projector's page and of a whole one."""
    for container in (358, 428, 976):
        drawn = {width: _lines(_spec(present, width), container) for width in (200, 263, 329, container)}
        assert len({tuple(lines) for lines in drawn.values()}) == 1, (container, drawn)


@pytest.mark.parametrize("present", [False, True])
def test_title_lines_fill_the_column_less_the_padding(present):
    """Every line fits the column less the chart's left and right padding at the generous character width
    (``0.6 ×`` the font), and the first line could not have taken the next word."""
    per_char = 0.6 * charts.sizes(present).title
    for container in (358, 428, 976):
        room = container - charts.PADDING["left"] - charts.PADDING["right"]
        lines = _lines(_spec(present, 300), container)
        assert " ".join(lines) == TITLE
        assert all(len(line) * per_char <= room for line in lines), (container, lines)
        if len(lines) > 1:
            assert (len(lines[0]) + 1 + len(lines[1].split()[0])) * per_char > room, (container, lines)


def test_the_padding_the_title_allows_for_is_the_charts():
    chart = alt.Chart(pd.DataFrame({"x": [1]})).mark_point().encode(x="x:Q").properties(title=TITLE)
    assert charts.finish(chart, "vi").to_dict()["padding"] == charts.PADDING
    assert str(charts.PADDING["left"] + charts.PADDING["right"]) in charts.TITLE_WIDTH


def test_without_a_container_the_title_still_breaks_on_the_width():
    """An export (no page, so no container): the expression's other branch, the title broken on the ``width``
    signal, still draws every word, in lines."""
    lines = _lines(_spec(True, 250), None)
    assert " ".join(lines) == TITLE and len(lines) > 1


def test_the_title_has_no_limit_to_be_cut_at():
    """Streamlit's frontend gives a title without a ``limit`` the chart's width less 40 px when first drawn, and
    keeps it when the chart is drawn wider (a title was cut with "…" after a resize): the spec says 0, none."""
    spec = _spec(True, 300)
    assert spec["title"]["limit"] == 0
    chart = alt.Chart(pd.DataFrame({"x": [1]})).mark_point().encode(x="x:Q").properties(
        title=alt.TitleParams("A title", limit=120))
    assert charts.fit_text(chart.to_dict())["title"]["limit"] == 120  # a builder's own is kept
