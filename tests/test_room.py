"""The meeting room without a browser: chart sizes in presentation mode, text that breaks into
lines, the small multiples' layouts (the browser tests are tests/e2e/test_meeting_room.py)."""
import json

import altair as alt
import pandas as pd

from apptest_util import open_page
from reform.ui import styles
from reform.views import charts


def _specs(at) -> list[dict]:
    return [json.loads(e.proto.spec) for e in at.get("vega_lite_chart")]


def test_presentation_mode_draws_larger_charts_from_its_own_cache():
    # the same server process: a spec cached without the mode in its key would come back unchanged
    plain = _specs(open_page("pci"))[0]
    room = _specs(open_page("pci", query={"present": "1"}))[0]
    assert plain["config"]["axis"]["labelFontSize"] == charts.SCREEN.label == 13
    assert room["config"]["axis"]["labelFontSize"] == charts.ROOM.label == 18
    assert room["config"]["title"]["fontSize"] == charts.ROOM.title > plain["config"]["title"]["fontSize"]
    widths = [json.dumps(s) for s in (plain, room)]
    assert '"strokeWidth": 3' in widths[0] and '"strokeWidth": 4.2' in widths[1]  # the score line, × 1,4


def test_for_room_scales_the_builders_own_sizes_only():
    spec = {"layer": [{"mark": {"type": "line", "strokeWidth": 2, "point": {"size": 50}}},
                      {"mark": {"type": "text", "fontSize": 10, "dy": -10},
                       "encoding": {"y": {"field": "v", "axis": {"labelLimit": 100}}}}],
            "config": {"axis": {"labelFontSize": 18}}, "datasets": {"d": [{"size": 1}]}}
    out = charts.for_room(spec)
    assert out["layer"][0]["mark"] == {"type": "line", "strokeWidth": 2.8, "point": {"size": 98.0}}
    assert out["layer"][1]["mark"] == {"type": "text", "fontSize": 14.0, "dy": -14.0}
    assert out["layer"][1]["encoding"]["y"]["axis"]["labelLimit"] == 140.0
    assert out["config"] == {"axis": {"labelFontSize": 18}} and out["datasets"] == {"d": [{"size": 1}]}
    assert charts.for_room({"mark": {"strokeWidth": 2}}, present=False) == {"mark": {"strokeWidth": 2}}


def test_titles_and_legend_labels_break_into_lines():
    chart = alt.Chart(pd.DataFrame({"x": [1], "s": ["a long series name"]})).mark_point().encode(
        x="x:Q", color=alt.Color("s:N", legend=alt.Legend(labelLimit=400)),
        shape=alt.Shape("s:N", legend=alt.Legend(labelExpr="datum.label")),
    ).properties(title=["A title", "in two lines"])
    spec = charts.fit_text(chart.to_dict(), present=True)
    text = spec["title"]["text"]["expr"]
    assert text.startswith("split(trim(replace('A title in two lines'") and "width" in text
    assert "/ 13.2" in text  # 0,6 × the room's 22 px titles
    legend = spec["encoding"]["color"]["legend"]
    assert legend["labelLimit"] == 0 and legend["labelExpr"].startswith("split(trim(replace(datum.label")
    assert spec["encoding"]["shape"]["legend"]["labelExpr"] == "datum.label"  # its own is kept
    facet = {"facet": {}, "title": "kept"}
    assert charts.fit_text(facet) == {"facet": {}, "title": "kept"}
    assert "\\'" in charts._literal("the province's")


def test_small_multiples_panel_titles_fit_their_panels():
    df = pd.DataFrame({"year": [2020] * 2, "label": ["Dịch vụ Hỗ trợ doanh nghiệp (20%)",
                                                      "Legal institutions and security (5%)"],
                       "score": [5.6, 6.8], "rank": [41, 30], "weight": [0.2, 0.05]})
    for present in (False, True):
        font = charts.sizes(present).label
        for columns, panel in charts.MULTIPLES:
            spec = charts.small_multiples(df, lang="vi", title="t", x_title="x", y_title="y", rank_title="r",
                                          weight_title="w", columns=columns, width=panel,
                                          every_axis=columns == 1, present=present).to_dict()
            panels = {row["panel"] for row in next(iter(spec["datasets"].values()))}
            assert all(len(line) * 0.6 * font <= panel for p in panels for line in p.split("|")), panels
            assert spec["columns"] == columns and spec["spec"]["width"] == panel


def test_exactly_one_small_multiples_layout_shows_at_any_width():
    for present in (False, True):
        css = styles.multiples_css(present)
        hide = {}  # columns → list of (op, px) conditions under which it is hidden
        for line in css.splitlines()[1:]:
            cond = line.split("(", 1)[1].split(")", 1)[0]  # "width < 890px"
            op, px = cond.split()[1], float(cond.split()[2][:-2])
            columns = int(line.split("st-key-mcols", 1)[1].split("_", 1)[0])
            hide.setdefault(columns, []).append((op, px))
        for width in range(200, 2400, 5):
            shown = [c for c, conds in hide.items()
                     if not any(width < px if op == "<" else width >= px for op, px in conds)]
            assert len(shown) == 1, (present, width, shown)
            columns, panel = next(m for m in charts.MULTIPLES if m[0] == shown[0])
            assert charts.multiples_width(columns, panel, present) <= width or columns == 1


def test_presentation_mode_styles():
    room, screen = styles.css(True), styles.css(False)
    assert "stMetricValue" in room and "stMetricValue" not in screen
    assert "3.5rem" in room and "text-overflow: clip" in room
    assert "history.pushState" in styles.HISTORY_SCRIPT and "replaceState" in styles.HISTORY_SCRIPT


# --- presentation mode keeps the what-if controls (issue 17, item 1) ------------------------------------------

import pytest

from apptest_util import metric, texts, widget

#: Per page: the prefix of its sliders' meanings and its reset button's key.
WHATIFS = {"pci": ("pci_", "reset_pci"), "par_index": ("par_", "reset_par"), "targets": ("pace_", "reset_targets")}


def _slider_meanings(at, prefix: str) -> list[str]:
    from reform.ui import state

    return sorted(state.meaning(s.key) for s in at.select_slider if state.meaning(s.key).startswith(prefix))


@pytest.mark.parametrize("page", list(WHATIFS))
def test_presentation_mode_keeps_the_sliders_and_resets(page):
    """Every what-if slider and its reset button are drawn in presentation mode, with the keys they have
    without it (a value survives switching the mode), and no page says there is nothing to move."""
    prefix, reset = WHATIFS[page]
    plain, room = open_page(page), open_page(page, query={"present": "1"})
    assert _slider_meanings(plain, prefix), "the page draws no slider at all"
    assert _slider_meanings(room, prefix) == _slider_meanings(plain, prefix)
    assert sorted(s.key for s in room.select_slider) == sorted(s.key for s in plain.select_slider)
    assert [b.key for b in room.button if b.key == reset] == [reset]


def test_a_slider_moved_in_presentation_mode_changes_the_figure_and_reset_brings_it_back():
    at = open_page("pci", query={"present": "1"})
    before = metric(at, "PCI tổng hợp theo kịch bản").value
    widget(at, "select_slider", "pci_land").set_value(6.78).run()  # +1 point at a weight of 5 %
    moved = metric(at, "PCI tổng hợp theo kịch bản").value
    assert moved != before
    assert at.query_params.get("present") == "1" and at.query_params.get("pci_land") == "6.78"
    at.button(key="reset_pci").click().run()
    assert metric(at, "PCI tổng hợp theo kịch bản").value == before


def test_presentation_mode_draws_tables_as_static_text_that_wraps():
    """In presentation mode a page's tables (components.table) are static tables, whose text is as large as the
    page's and wraps (a data grid scrolls sideways); cells are text, never markup; without it, data grids."""
    plain, room = open_page("targets"), open_page("targets", query={"present": "1"})
    assert len(plain.dataframe) >= 2 and len(plain.table) == 0
    assert len(room.table) >= 2 and len(room.dataframe) == 0
    verdicts = room.table[0].value
    assert "✖ Chưa đạt (tạm tính theo kết quả năm 2024)" in verdicts.to_string()
    assert verdicts.shape == plain.dataframe[0].value.shape


def test_static_tables_escape_markup_and_break_addresses():
    import pandas as pd

    from reform.ui import components

    out = components.static_frame(pd.DataFrame({"a *b*": ["**bold** [x](http://e.vn)", None],
                                           "n": [1.5, float("nan")]}))
    assert list(out.columns) == ["a \\*b\\*", "n"]
    assert out.iloc[0, 0].startswith("\\*\\*bold\\*\\*") and out.iloc[1, 0] == "" and out.iloc[1, 1] == ""
    long = components._breakable("danviet.vn/lai-chau-day-manh.html 51/63")
    assert long == "danviet.\u200bvn/\u200blai-\u200bchau-\u200bday-\u200bmanh.\u200bhtml 51/63"


def test_presentation_mode_scales_the_root_and_collapses_the_sidebar_once():
    room, screen = styles.css(True), styles.css(False)
    assert "html { font-size: 150%; }" in room and "font-size: 150%" not in screen
    assert "stExpandSidebarButton" in room
    on, off = styles.present_script(True), styles.present_script(False)
    assert on != off  # the script runs again when the mode changes (st.html runs a script whose text changed)
    assert "__reformPresent = true;" in on and "__reformPresent = false;" in off
    assert "stSidebarCollapseButton" in on


# --- the answer first on the overview (issue 17, item 2) ---------------------------------------------------------

def test_overview_leads_with_the_counts_and_the_two_cards_then_the_14_verdicts():
    from reform.model import verdicts

    for query in ({}, {"present": "1"}):
        at = open_page(query=query)
        order = []
        for e in at.main:
            kind, value = getattr(e, "type", None), str(getattr(e, "value", ""))
            if kind == "markdown" and value.startswith("**✔"):
                order.append("counts")
            elif kind == "metric":
                order.append("card")
            elif kind == "markdown" and value.strip("*") in {v["short_vi"] for v in verdicts.verdicts()}:
                order.append("verdict")
            elif kind == "vega_lite_chart":
                order.append("trend")
        squeezed = [k for i, k in enumerate(order) if i == 0 or order[i - 1] != k]
        assert squeezed == ["counts", "card", "verdict", "trend"], (query, order)
        assert order.count("card") == 2 and order.count("verdict") == 14 and order.count("trend") == 2
        assert "✔ 1 đạt · ✖ 1 chưa đạt · ○ 12 chưa có số liệu" in texts(at)


def test_the_targets_scenario_table_shows_the_room_its_main_columns_and_says_where_the_rest_are():
    """The what-if's 14-column table on a projector (its numbers broke mid-word at 1024 px): the 8 columns a room
    reads (the pace a slider moves among them), with a caption naming the others' place; the page without the mode keeps all 14."""
    plain, room = open_page("targets"), open_page("targets", query={"present": "1"})
    full = next(d.value for d in plain.dataframe if "Trạng thái 2030 (giả định)" in d.value.columns)
    shown = next(t.value for t in room.table if "Trạng thái 2030 (giả định)" in t.value.columns)
    assert len(full.columns) == 14
    assert list(shown.columns) == ["Chỉ tiêu", full.columns[3], "Mục tiêu 2025", "Tốc độ/năm", full.columns[9],
                                   full.columns[11], full.columns[10], "Trạng thái 2030 (giả định)"]
    assert len(shown) == len(full) == 14
    assert "Chế độ trình chiếu: 8 trong 14 cột; bảng đầy đủ khi tắt chế độ trình chiếu và trong tệp tải về." in \
        [c.value for c in room.caption]
