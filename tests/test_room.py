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
