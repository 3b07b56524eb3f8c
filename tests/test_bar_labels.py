"""A bar chart's value labels stay inside its chart at any width, presentation mode's larger labels too.

The top of the value axis was the longest bar's value × 1,15: at 390 px in presentation mode the plot is about
200 px wide, and 15 % of it (30 px) is less than a label of 16,8 px type ("2,00": about 45 px), which was drawn
13-16 px past the chart's right edge. Here Vega draws the chart as the page does (``vl_convert``, autosize
"fit-x": the drawing is exactly the given width, and what lies past it is cut at its edge) and the test looks at
the pixels: in the rows of the bars, the chart's last columns (its right padding) must be background.
"""
from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from PIL import Image

from reform.views import charts

vlc = pytest.importorskip("vl_convert")

GAINS = pd.DataFrame({"name": ["Tính minh bạch", "Đào tạo lao động", "Tiếp cận đất đai", "Chi phí thời gian"],
                      "gain": [2.0, 2.0, 0.5, 0.5]})  # the PCI what-if's gains per +1 point (weights × 10)


def _ink_at_right_edge(width: int, present: bool, data: pd.DataFrame = GAINS) -> int:
    """Dark pixels in the last 4 columns of the drawing, in the rows where a bar is drawn."""
    chart = charts.bar_chart(data, lang="vi", x="gain", y="name", title="Điểm",
                             x_title="điểm", y_title="Chỉ số thành phần", decimals=2)
    spec = charts.for_room(charts.finish(chart, "vi", present).to_dict(), present)
    spec["width"] = width
    img = Image.open(io.BytesIO(vlc.vegalite_to_png(json.dumps(spec), scale=1))).convert("RGB")
    assert img.width == width  # fit-x: the given width, as a page's column gives it
    px = img.load()
    blue = [y for y in range(img.height) if any(px[x, y] == (0, 114, 178) for x in range(img.width))]
    assert blue, "no bar drawn"
    return sum(1 for y in range(min(blue), max(blue) + 1) for x in range(width - 4, width) if sum(px[x, y]) < 450)


@pytest.mark.parametrize("present", [False, True])
@pytest.mark.parametrize("width", [340, 400, 600, 1100])  # a phone's column (390 px less margins) and up
def test_value_labels_stay_inside_the_chart(width, present):
    assert _ink_at_right_edge(width, present) == 0


def test_a_long_label_and_a_tiny_bar_stay_inside():
    data = pd.DataFrame({"name": ["a", "b"], "gain": [12345.678, 0.001]})  # "12.345,68": 9 characters
    for width in (340, 700):
        assert _ink_at_right_edge(width, True, data) == 0
