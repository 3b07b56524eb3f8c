"""WCAG 2.1 AA without a browser (issue 17, item 7): contrast ratios of the theme's and the dashboard's own colours,
every chart's description and tooltips in words, the tables under the charts that lacked one.

The contrast formula here is WCAG 2.1's (relative luminance, sRGB), written for this test from the standard's
definition and sharing no code with the dashboard; the colours are read from where the browser gets them
(.streamlit/config.toml, the CSS the shell sends, the chart specs as drawn). The browser side (axe-core on every
page, the keyboard path) is tests/e2e/test_accessibility.py.
"""
from __future__ import annotations

import json
import re
import tomllib

import pytest

from apptest_util import open_page
from reform.i18n import common, pci as pci_text, tr
from reform.i18n.fmt import fmt_number
from reform.model import scenario
from reform.paths import ROOT
from reform.ui import a11y, shell

THEME = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))["theme"]


def _channel(c8: int) -> float:
    c = c8 / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    h = colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def over(colour: str, background: str, alpha: float) -> str:
    """``colour`` at ``alpha`` over ``background`` (how a tint is drawn)."""
    c, bg = colour.lstrip("#"), background.lstrip("#")
    return "#" + "".join(f"{round(alpha * int(c[i:i + 2], 16) + (1 - alpha) * int(bg[i:i + 2], 16)):02x}"
                         for i in (0, 2, 4))


def test_the_formula_matches_the_standards_known_values():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)  # the classic just-failing grey
    # the ratios the issue measured with axe-core
    assert contrast("#808495", "#FFFFFF") == pytest.approx(3.72, abs=0.01)
    assert contrast("#0072B2", over("#0072B2", "#F2F5F8", 0.1)) == pytest.approx(4.14, abs=0.02)


def test_theme_text_and_accent_reach_4_5_to_1():
    primary, link, text = THEME["primaryColor"], THEME["linkColor"], THEME["textColor"]
    backgrounds = (THEME["backgroundColor"], THEME["secondaryBackgroundColor"])
    for bg in backgrounds:
        assert contrast(text, bg) >= 4.5, (text, bg)
        assert contrast(primary, bg) >= 4.5, (primary, bg)  # a selected tab, a slider's value
        assert contrast(link, bg) >= 4.5, (link, bg)  # the sources in captions
        # a selected button (the language switch): the accent on its own 10% tint (#0072B2: 4.14:1)
        assert contrast(primary, over(primary, bg, 0.1)) >= 4.5, (primary, bg)
    assert contrast("#FFFFFF", primary) >= 4.5  # white on a primary button


def test_the_focus_ring_reaches_3_to_1_on_every_background():
    rings = set(re.findall(r"outline:\s*3px solid (#[0-9A-Fa-f]{6})", a11y.CSS))
    assert rings, "the CSS draws no focus ring"
    for ring in rings:
        for bg in (THEME["backgroundColor"], THEME["secondaryBackgroundColor"]):
            assert contrast(ring, bg) >= 3.0, (ring, bg)  # WCAG 1.4.11, non-text contrast
        assert contrast(ring, THEME["primaryColor"]) >= 3.0 or contrast(ring, THEME["backgroundColor"]) >= 3.0


@pytest.fixture(scope="module")
def specs() -> dict[tuple[str, str], list[dict]]:
    """Every chart every page draws, in both languages: (page, language) → Vega-Lite specs as sent."""
    found = {}
    for path, _key, _icon in shell.PAGES:
        page = path[6:-3]
        for lang in ("vi", "en"):
            at = open_page(page, {"lang": lang} if lang == "en" else None)
            found[(page, lang)] = [json.loads(e.proto.spec) for e in at.get("vega_lite_chart")]
    return found


def _walk(node, out: list) -> list:
    """Every dict in a spec but its data."""
    if isinstance(node, dict):
        out.append(node)
        for k, v in node.items():
            if k not in ("datasets", "data"):
                _walk(v, out)
    elif isinstance(node, list):
        for v in node:
            _walk(v, out)
    return out


def test_every_chart_has_a_description_in_the_pages_language(specs):
    assert sum(len(s) for s in specs.values()) >= 40  # every page drew its charts
    for (page, lang), charts in specs.items():
        for spec in charts:
            text = spec.get("description", "")
            assert text.startswith("Biểu đồ: " if lang == "vi" else "Chart: "), (page, lang, text)
            title = spec.get("title")
            if isinstance(title, dict) and isinstance(title.get("text"), str):
                assert title["text"] in text, (page, text)
            # what the axes show, in words (the issue: every chart was "Vega visualization")
            assert ("Trục" if lang == "vi" else "axis") in text, (page, text)


def test_every_tooltip_is_in_words(specs):
    for (page, lang), charts in specs.items():
        for spec in charts:
            for node in _walk(spec, []):
                assert node.get("tooltip") is not True, (page, "a mark lists its fields by name")
                tips = node.get("encoding", {}).get("tooltip") if isinstance(node.get("encoding"), dict) else None
                for tip in tips if isinstance(tips, list) else [tips] if tips else []:
                    assert tip.get("title"), (page, lang, f"tooltip {tip.get('field')} shows its field name")
                    assert not re.fullmatch(r"[a-z0-9_]+", tip["title"]), (page, tip)


def test_every_mark_is_read_in_words(specs):
    """What a screen reader reads on a mark: its tooltip's titles and values (Vega-Lite's default lists every
    encoded field by name, "out_of: 63"), or nothing for a mark without a tooltip."""
    for (page, lang), charts in specs.items():
        for spec in charts:
            for node in _walk(spec, []):
                mark = node.get("mark")
                if not isinstance(mark, dict) or "type" not in mark:
                    assert mark is None or isinstance(mark, dict), (page, "a mark without its description", mark)
                    continue
                if mark.get("aria") is False:
                    continue
                expr = mark.get("description", {}).get("expr", "")
                assert expr, (page, lang, mark)
                outside = re.sub(r"datum\['[^']*'\]", "", expr)  # field names only inside datum[...]
                assert not re.search(r"'[a-z]+_[a-z0-9_]*: '", outside), (page, expr)
            assert spec["config"]["axis"]["aria"] is False and spec["config"]["legend"]["aria"] is False


@pytest.mark.parametrize("present", [False, True], ids=["screen", "present"])
def test_chart_labels_and_titles_reach_4_5_to_1(specs, present):
    from reform.ui import components
    from reform.views import charts

    for page_charts in specs.values():
        for s in page_charts:
            config = s.get("config", {})
            for part, keys in {"axis": ("labelColor", "titleColor"), "legend": ("labelColor", "titleColor"),
                               "title": ("color",)}.items():
                for key in keys:
                    colour = config.get(part, {}).get(key)
                    assert colour and contrast(colour, "#FFFFFF") >= 4.5, (part, key, colour)
    # presentation mode: a chart drawn for the room keeps the dark labels
    import pandas as pd

    chart = charts.bar_chart(pd.DataFrame({"name": ["a"], "v": [1.0]}), lang="vi", x="v", y="name", title="T",
                             x_title="X", y_title="Y", decimals=1)
    drawn = components.chart_spec(chart, "vi", present)
    for part in ("axis", "legend"):
        assert contrast(drawn["config"][part]["labelColor"], "#FFFFFF") >= 4.5
    assert drawn["description"].startswith("Biểu đồ: T.")


def test_the_pci_gains_chart_has_its_numbers_as_a_table():
    at = open_page("pci")
    column = tr(pci_text.TEXT, "gains_axis", "vi")
    frames = [d.value for d in at.dataframe if column in d.value.columns]
    assert len(frames) == 1
    shown = list(frames[0][column])
    assert shown == [fmt_number(g, "vi", 2) for g in scenario.pci_gains().values()]


def test_the_target_detail_chart_has_its_numbers_as_a_table():
    at = open_page("targets")
    year = tr(common.TEXT, "year", "vi")
    frames = [d.value for d in at.dataframe if list(d.value.columns)[:2] == [year, tr(common.TEXT, "value", "vi")]]
    assert len(frames) == 1, [list(d.value.columns) for d in at.dataframe]
    assert len(frames[0]) >= 3  # the observed years, the projection and the goals


def test_the_script_carries_the_words_as_json_never_markup():
    text = a11y.script("vi")
    assert text.count("</script>") == 1
    config = json.loads(re.search(r"\}\)\((\{.*\})\);\s*</script>", text, re.S).group(1))
    assert config["lang"] == "vi" and config["skipWhatif"] == tr(common.TEXT, "skip_whatif", "vi")
    assert a11y.page_title("Chỉ số PCI") == "Chỉ số PCI · CCHC & PCI Lai Châu"
