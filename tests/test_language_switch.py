"""A language switch keeps every what-if and every choice (issue 16, item 1).

Streamlit keeps a select widget's value in the browser as the label of the chosen option ("6,78") and
sends it back with every rerun. After a switch to English the options are labelled "6.78": a widget that
kept its identity across the switch still held "6,78" in the browser (the server sends a value only when
it sets one), showed its lowest option, and the next move anywhere sent "6,78" back, which the server
could not read (every slider at its lowest, the reference year 2013 or a ValueError, the plan choice
writing its Vietnamese label into the link).

AppTest re-labels every value with the newest run's labels, which no browser does; so these tests run
the app as a browser would (:func:`_browser_run`): a widget that the switch redrew under the same
identity without setting its value sends the label it held before. On every page with sliders or select
boxes, in both directions: each widget shows the same value (by meaning) after the switch, every figure
is the same number in the other language's format, the link holds the same values, and one more move
after the switch changes just what it moves. The expected figures are worked by hand from Decision
688's printed values (see each case).
"""
from __future__ import annotations

import re

import pytest

from apptest_util import metric, open_page, texts, widget, meaning_of

KINDS = ("select_slider", "selectbox", "multiselect", "pills")
OTHER = {"vi": "en", "en": "vi"}
PCI = {"vi": "PCI tổng hợp theo kịch bản", "en": "Scenario PCI composite"}
PAR = {"vi": "Tổng điểm PAR INDEX theo kịch bản", "en": "Scenario PAR INDEX total"}


def _values(at) -> dict:
    """Every select widget's value by (kind, meaning)."""
    out = {}
    for kind in KINDS:
        for w in getattr(at, kind):
            if w.key:
                value = w.value
                out[(kind, meaning_of(w.key))] = list(value) if isinstance(value, (list, tuple)) else value
    return out


def _as_en(text: str, lang: str) -> str:
    """A figure as English prints it (Vietnamese swaps the decimal comma and the grouping dot)."""
    return text.translate(str.maketrans(".,", ",.")) if lang == "vi" else text


def _figures(at, lang: str) -> list[list[str]]:
    """The numbers of every metric, as English prints them ("Hạng 31/63" and "Rank 31 of 63": 31, 63)."""
    return [re.findall(r"[−-]?\d[\d.,]*%?", _as_en(str(m.value), lang)) for m in at.metric]


def _scenario_query(at) -> dict:
    return {k: at.query_params[k] for k in at.query_params if k not in ("lang",)}


def _held(at) -> dict:
    """What the browser holds for every widget now: its state as last drawn (id → WidgetState)."""
    return {ws.id: ws for ws in at._tree.get_widget_states().widgets}


def _browser_run(at, held: dict, moved=None) -> None:
    """Rerun as a browser: the widget ``moved`` sends its new value; a widget drawn with the identity it
    had when ``held`` was taken, and not given a value by the server since (``set_value``), sends the
    label it held then."""
    states = at._tree.get_widget_states()
    drawn = {w.id: w for kind in KINDS for w in getattr(at, kind)}
    for ws in states.widgets:
        w = drawn.get(ws.id)
        if ws.id in held and (moved is None or ws.id != moved.id) and not (w and w.proto.set_value):
            ws.CopyFrom(held[ws.id])
    at._run(states)
    assert not at.exception, at.exception


def _move(at, held, kind: str, meaning: str, value) -> None:
    w = widget(at, kind, meaning)
    w.set_value(value)
    _browser_run(at, held, moved=w)


def _switch(at, to: str) -> dict:
    """Click the other language; returns what the browser holds after it (see :func:`_browser_run`)."""
    held = _held(at)
    switch = widget(at, "segmented_control", "lang")
    held.pop(switch.id)  # the control clicked holds what was clicked
    switch.set_value(to).run()
    assert not at.exception, at.exception
    return held


def _check_switch(at, start: str) -> None:
    """Switch from ``start`` to the other language and back: nothing but the words changes."""
    for frm, to in ((start, OTHER[start]), (OTHER[start], start)):
        values, figures, query = _values(at), _figures(at, frm), _scenario_query(at)
        assert values, "no select widget on the page"
        held = _switch(at, to)
        for _ in range(2):  # the switch itself, then a rerun from the browser as it holds the widgets
            assert _values(at) == values
            assert _figures(at, to) == figures
            assert _scenario_query(at) == query
            _browser_run(at, held)


@pytest.mark.parametrize("start", ["vi", "en"])
def test_pci_what_if_survives_the_switch(start):
    at = open_page("pci", query={"pci_land": "6.78", "pci_ref": "2016", "lang": start})
    widget(at, "selectbox", "pci_detail").set_value("time").run()
    # 61,98 (2020) + 5% × (6,78 − 5,78) × 10 = 62,48
    assert _as_en(metric(at, PCI[start]).value, start) == "62.48"
    before = _values(at)
    _check_switch(at, start)
    held = _switch(at, OTHER[start])
    lang = OTHER[start]
    # one more move after the switch: transparency 6,50 → 7,50 at 20% adds 2,00 → 64,48
    _move(at, held, "select_slider", "pci_transparency", 7.5)
    assert _as_en(metric(at, PCI[lang]).value, lang) == "64.48"
    after = _values(at)
    assert after.pop(("select_slider", "pci_transparency")) == pytest.approx(7.5)
    before.pop(("select_slider", "pci_transparency"))
    assert after == before  # land still 6,78, reference year still 2016, detail still time
    assert at.query_params["pci_land"] == "6.78" and at.query_params["pci_ref"] == "2016"
    assert at.query_params["pci_transparency"] == "7.5"


@pytest.mark.parametrize("start", ["vi", "en"])
def test_par_index_what_if_survives_the_switch(start):
    at = open_page("par_index", query={"par_steering": "12.5", "lang": start})
    widget(at, "selectbox", "par_detail").set_value("staff").run()
    # 79,51 (2019) with steering 8,00 → 12,50: + 4,50 = 84,01
    assert _as_en(metric(at, PAR[start]).value, start) == "84.01"
    _check_switch(at, start)
    held = _switch(at, OTHER[start])
    lang = OTHER[start]
    # one more move: staff 10,23 → 11,23 adds 1,00 → 85,01; no other area moves
    _move(at, held, "select_slider", "par_staff", 11.23)
    assert _as_en(metric(at, PAR[lang]).value, lang) == "85.01"
    assert widget(at, "select_slider", "par_steering").value == pytest.approx(12.5)
    assert {k for k in at.query_params if k.startswith("par_")} == {"par_steering", "par_staff"}


@pytest.mark.parametrize("start", ["vi", "en"])
def test_targets_paces_and_plan_survive_the_switch(start):
    at = open_page("targets", query={"pace_online_l34": "2.25", "lang": start})
    widget(at, "selectbox", "targets_detail").set_value("online_l34").run()
    # 54,87% (2020) + 5 years × 2,25 = 66,12%
    label = "Dự báo 2025" if start == "vi" else "Projected 2025"
    assert _as_en(metric(at, label).value, start) == "66.12%"
    _check_switch(at, start)
    assert widget(at, "selectbox", "plan").value == "688"
    assert "plan" not in at.query_params  # never a label written into the link
    held = _switch(at, OTHER[start])
    lang = OTHER[start]
    # one more press: 2,25 → 2,00 gives 54,87 + 10 = 64,87%; every other pace keeps its default
    paces = {k: v for k, v in _values(at).items() if k[1].startswith("pace_")}
    _move(at, held, "select_slider", "pace_online_l34", 2.0)
    assert widget(at, "selectbox", "plan").value == "688" and "plan" not in at.query_params
    label = "Dự báo 2025" if lang == "vi" else "Projected 2025"
    assert _as_en(metric(at, label).value, lang) == "64.87%"
    after = {k: v for k, v in _values(at).items() if k[1].startswith("pace_")}
    paces[("select_slider", "pace_online_l34")] = pytest.approx(2.0)
    assert after == paces
    assert {k for k in at.query_params if k.startswith("pace_")} == {"pace_online_l34"}
    assert at.query_params["pace_online_l34"] == "2"


@pytest.mark.parametrize("start", ["vi", "en"])
def test_one_stop_pace_survives_the_switch(start):
    at = open_page("one_stop", query={"pace_online_l34": "3", "lang": start})
    shown = {"vi": "Dự báo 2025: 69,87%", "en": "Projected 2025: 69.87%"}  # 54,87 + 5 × 3
    assert shown[start] in texts(at)
    _check_switch(at, start)
    held = _switch(at, OTHER[start])
    lang = OTHER[start]
    assert shown[lang] in texts(at)
    _move(at, held, "select_slider", "pace_online_l34", 4.0)  # 54,87 + 20 = 74,87
    assert {"vi": "Dự báo 2025: 74,87%", "en": "Projected 2025: 74.87%"}[lang] in texts(at)


@pytest.mark.parametrize("start", ["vi", "en"])
def test_scenarios_comparison_choice_survives_the_switch(start):
    at = open_page("scenarios", query={"lang": start})
    widget(at, "multiselect", "compare_pick").set_value(["__actual", "__required"]).run()
    _check_switch(at, start)
    assert widget(at, "multiselect", "compare_pick").value == ["__actual", "__required"]


@pytest.mark.parametrize("start", ["vi", "en"])
def test_statistics_and_data_choices_survive_the_switch(start):
    at = open_page("statistics", query={"lang": start})
    widget(at, "pills", "stat_appendix").set_value("PL09").run()
    _check_switch(at, start)
    assert widget(at, "pills", "stat_appendix").value == "PL09"
    at = open_page("data_sources", query={"lang": start})
    widget(at, "selectbox", "ds_table").set_value("observations").run()
    widget(at, "selectbox", "ds_appendix").set_value("PL07").run()
    _check_switch(at, start)
    assert widget(at, "selectbox", "ds_table").value == "observations"
    assert widget(at, "selectbox", "ds_appendix").value == "PL07"


# --- the PCI what-if on the method of the chosen reference year (issue 15 item 2) ---------------------------------
from test_pci_rank_whatif import made_up_2_0  # noqa: E402,F401 - the made-up PCI 2.0 fixture (four revisions)

PCI_RANK = {"vi": "Hạng ước tính", "en": "Estimated rank"}


@pytest.mark.parametrize("start", ["vi", "en"])
def test_pci_composite_what_if_of_a_method_without_weights_survives_the_switch(start):
    at = open_page("pci", query={"lang": start})
    widget(at, "selectbox", "pci_ref").set_value(2024).run()  # PCI 2022-2024: weights unpublished
    widget(at, "select_slider", "pci_pci_2022_composite").set_value(3.0).run()
    # 67,67 (2024, published) + 3 = 70,67 -> 7 of 63 (hand count in tests/test_pci_rank_whatif.py)
    assert _as_en(metric(at, PCI[start]).value, start) == "70.67"
    assert metric(at, PCI_RANK[start]).value == "7/63"
    _check_switch(at, start)
    held = _switch(at, OTHER[start])
    lang = OTHER[start]
    assert widget(at, "selectbox", "pci_ref").value == 2024
    _move(at, held, "select_slider", "pci_pci_2022_composite", -2.0)  # 65,67: another move, read back as sent
    assert _as_en(metric(at, PCI[lang]).value, lang) == "65.67"
    assert at.query_params["pci_ref"] == "2024" and at.query_params["pci_pci_2022_composite"] == "-2"


@pytest.mark.parametrize("start", ["vi", "en"])
def test_pci_2025_method_sliders_survive_the_switch(made_up_2_0, start):
    at = open_page("pci", query={"lang": start})
    widget(at, "selectbox", "pci_ref").set_value(2025).run()
    widget(at, "select_slider", "pci_pci_2_0_transparency").set_value(10.0).run()
    widget(at, "select_slider", "pci_pci_2_0_land").set_value(6.5).run()
    # made-up weights: 65,25 + 3,5 × 15% × 10 + 0,4 × 10% × 10 = 65,25 + 5,25 + 0,40 = 70,90
    assert _as_en(metric(at, PCI[start]).value, start) == "70.90"
    before = _values(at)
    _check_switch(at, start)
    held = _switch(at, OTHER[start])
    lang = OTHER[start]
    # one more move after the switch: legal 6,0 -> 7,0 at 10% adds 1,00 -> 71,90; nothing else moves
    _move(at, held, "select_slider", "pci_pci_2_0_legal", 7.0)
    assert _as_en(metric(at, PCI[lang]).value, lang) == "71.90"
    after = _values(at)
    assert after.pop(("select_slider", "pci_pci_2_0_legal")) == pytest.approx(7.0)
    before.pop(("select_slider", "pci_pci_2_0_legal"))
    assert after == before  # the reference year 2025, transparency 10, land 6,5
    assert metric(at, PCI_RANK[lang]).value.endswith("/34")
    assert {k: at.query_params[k] for k in at.query_params if k.startswith("pci_")} == {
        "pci_ref": "2025", "pci_pci_2_0_transparency": "10", "pci_pci_2_0_land": "6.5", "pci_pci_2_0_legal": "7"}
