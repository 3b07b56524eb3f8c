"""What a rerun no longer does again (issue 17, item 6), and that skipping it changes nothing a reader sees.

A chart's element and a table's Arrow form are made once per cache key and then sent as they are: what is
sent must be what ``st.vega_lite_chart`` and ``st.dataframe`` send. Cached tables follow the language; the
data page's files are made on a click, outside the script run, and hold the rows shown. The shell looks at
the data files at most once a second and freezes the process's long-lived objects after its first run; the
saved scenarios are read again only when the store changed. The speed itself is measured by ``make bench``.
"""
from __future__ import annotations

import gc
import io
import time

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from apptest_util import open_page, widget
from reform.data import cache
from reform.model import saved
from reform.store import backends
from reform.store import scenarios as raw_store
from reform.ui import shell
from reform.views import data_sources as catalog


@pytest.fixture
def enqueued(monkeypatch):
    """Every element a run enqueues: (delta type, element proto, layout config)."""
    from streamlit.delta_generator import DeltaGenerator

    seen: list[tuple] = []
    original = DeltaGenerator._enqueue

    def record(self, delta_type, element_proto, layout_config=None, *args, **kwargs):
        seen.append((delta_type, element_proto.SerializeToString(), layout_config))
        return original(self, delta_type, element_proto, layout_config, *args, **kwargs)

    monkeypatch.setattr(DeltaGenerator, "_enqueue", record)
    return seen


def _chart_both_ways():
    import altair as alt
    import pandas as pd
    import streamlit as st

    from reform.ui import components as ui

    data = pd.DataFrame({"year": ["2019", "2020"], "score": [6.2, 6.5], "series": ["a", "b"]})
    bars = alt.Chart(data).mark_bar().encode(x="year:O", y="score:Q", color="series:N", tooltip=["score:Q"])
    spec = ui.chart_spec(alt.layer(bars, bars.mark_text(dy=-8).encode(text="score:Q")).properties(title="t"),
                         "vi", False)
    st.vega_lite_chart(spec, width="stretch")
    ui._draw(ui._element(spec))


def test_a_cached_chart_element_is_what_vega_lite_chart_sends(enqueued):
    at = AppTest.from_function(_chart_both_ways).run()
    assert not at.exception, at.exception
    charts = [e for e in enqueued if e[0] == "vega_lite_chart"]
    assert len(charts) == 2
    assert charts[0] == charts[1]  # the same element, full width, the same stable spec and data


def _table_both_ways():
    import pandas as pd
    import streamlit as st

    from reform.ui import components as ui

    frame = pd.DataFrame({"Chỉ tiêu": ["Hạng PCI", "Hạng PAR INDEX"], "2020": ["30", "53"], "Điểm": [64.1, None]})
    st.dataframe(frame, hide_index=True, width="stretch")
    ui.table(frame, cache="test_table_both_ways", hide_index=True, width="stretch")
    ui.table(lambda: frame, cache="test_table_both_ways", hide_index=True, width="stretch")  # from the cache


def test_a_cached_table_is_what_dataframe_sends(enqueued):
    cache.clear()
    at = AppTest.from_function(_table_both_ways).run()
    assert not at.exception, at.exception
    tables = [e for e in enqueued if e[0] == "dataframe"]
    assert len(tables) == 3
    assert tables[0] == tables[1] == tables[2]


def test_cached_tables_follow_the_language():
    at = open_page("data_sources")
    headings = {c for d in at.dataframe for c in d.value.columns}
    assert "Nghĩa" in headings and "Meaning" not in headings  # the codes table, made once per language
    widget(at, "segmented_control", "lang").set_value("en").run()
    headings = {c for d in at.dataframe for c in d.value.columns}
    assert "Meaning" in headings and "Nghĩa" not in headings
    widget(at, "segmented_control", "lang").set_value("vi").run()
    assert "Nghĩa" in {c for d in at.dataframe for c in d.value.columns}


def test_the_data_pages_files_are_made_on_a_click_outside_the_run(monkeypatch):
    """The CSV and Parquet buttons carry no file: a click makes it, in the server's thread, from what the
    run left in the button (no session there), and it holds every row the page shows."""
    from streamlit.runtime.media_file_manager import MediaFileManager

    made: dict[str, object] = {}
    original = MediaFileManager.add_deferred

    def record(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        made[file_name] = data_callable
        return original(self, data_callable, mimetype, coordinates, file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)
    at = open_page("data_sources")
    assert not [b for b in at.get("download_button") if b.proto.url]  # no file made by the run itself
    shown = catalog.table(catalog.TABLES[0].key)
    csv = made[catalog.file_name(catalog.TABLES[0].key, "csv")]()
    assert csv.startswith(b"\xef\xbb\xbf")
    assert len(pd.read_csv(io.BytesIO(csv), encoding="utf-8-sig")) == len(shown)
    for t in catalog.TABLES:  # every table's files, from the "all downloads" list
        assert made[catalog.file_name(t.key, "parquet")]() == catalog.parquet_bytes(t.key)
        assert len(pd.read_csv(io.BytesIO(made[catalog.file_name(t.key, "csv")]()), encoding="utf-8-sig")) \
            == len(catalog.table(t.key))


def test_the_data_check_looks_at_the_files_at_most_once_a_second(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(shell.build, "ensure_built", lambda: calls.append(1) or False)
    monkeypatch.setattr(shell.db, "connection", lambda: None)  # the files themselves are not the point here
    clock = [1000.0]
    monkeypatch.setattr(shell.time, "monotonic", lambda: clock[0])
    shell._ready.clear()
    assert shell._data_ready() is None and len(calls) == 1
    clock[0] += shell.DATA_CHECK_S / 2
    assert shell._data_ready() is None and len(calls) == 1  # trusted within the second
    clock[0] += shell.DATA_CHECK_S
    assert shell._data_ready() is None and len(calls) == 2  # looked at again after it
    monkeypatch.setattr(shell.paths, "DATA_DIR", tmp_path / "data")
    assert shell._data_ready() is None and len(calls) == 3  # another data folder: at once
    shell._ready.clear()


def test_a_failed_data_check_is_not_trusted(monkeypatch):
    def broken():
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(shell.build, "ensure_built", broken)
    shell._ready.clear()
    assert "Read-only" in shell._data_ready()
    assert "Read-only" in shell._data_ready()  # asked again, not remembered as ready
    shell._ready.clear()


def test_the_process_freezes_its_long_lived_objects_after_a_run():
    open_page()
    assert shell._settled and gc.get_freeze_count() > 0


def test_the_navigation_pages_are_made_once_per_session_and_language():
    at = open_page()
    held = at.session_state[shell.NAV_PAGES]
    assert held[0] == "vi" and held[1][1].title == "Chỉ số PCI"
    at.run()
    assert at.session_state[shell.NAV_PAGES] is held  # the same pages on the next run
    widget(at, "segmented_control", "lang").set_value("en").run()
    assert not at.exception, at.exception
    lang, pages = at.session_state[shell.NAV_PAGES]
    assert lang == "en" and pages[1].title == "PCI"


@pytest.fixture
def store_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("REFORM_STATE_DIR", str(tmp_path / "scenarios"))
    monkeypatch.delenv("REFORM_DATABASE_URL", raising=False)
    backends.reset()
    yield tmp_path / "scenarios"
    backends.reset()


class _Clock:
    """``saved``'s clock: real time moved ``ahead`` (ns), or stopped at ``stopped``."""

    def __init__(self):
        self.ahead, self.stopped = 0, None

    def time_ns(self) -> int:
        return self.stopped if self.stopped is not None else time.time_ns() + self.ahead


@pytest.fixture
def reads(store_dir, monkeypatch):
    """How often the store itself was read for the list of scenarios."""
    calls = []
    real = raw_store.list_all
    monkeypatch.setattr(raw_store, "list_all", lambda: calls.append(1) or real())
    return calls


def test_saved_scenarios_are_read_again_only_when_the_store_changed(reads, monkeypatch):
    clock = _Clock()
    monkeypatch.setattr(saved, "time", clock)
    saved.save("Một", {"pci_land": 6.78}, actor=saved.Actor.for_editor("kiểm thử"))
    clock.ahead = 10**9  # the file has been still for a second
    assert [s.name for s in saved.list_all()] == ["Một"] and len(reads) == 1
    first = saved.list_all()
    assert [s.name for s in first] == ["Một"] and len(reads) == 1  # unchanged store: not read again
    first[0].values["pci_land"] = 1.0  # the caller's own copy
    assert saved.list_all()[0].values == {"pci_land": 6.78}
    raw_store.save("Hai", {"pci_land": 7.0}, "", data_version="x", link_version="1", owner="editor:kiểm thử",
                   per_owner=None, total=500)  # as another process would: through the store itself
    assert sorted(s.name for s in saved.list_all()) == ["Hai", "Một"] and len(reads) == 2


def test_a_store_written_a_moment_ago_is_read_every_time(reads, monkeypatch):
    saved.save("Một", {"pci_land": 6.78}, actor=saved.Actor.for_editor("kiểm thử"))
    clock = _Clock()
    clock.stopped = max(h[1] for h in backends.current().change_hint() if h)  # the instant of the write
    monkeypatch.setattr(saved, "time", clock)
    saved.list_all()
    saved.list_all()
    assert len(reads) == 2  # a write in the same clock tick could keep the file's size and time


def test_the_comparison_chart_shows_every_target_whatever_the_table_shows():
    """"Only differences" filters the comparison table; the chart compares every share target. Its spec is
    cached per compared set, and it was once drawn from the table's rows: whichever came first (with the
    switch on or off) was kept for both."""
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

    def shown(at) -> tuple[int, int]:
        (chart,) = at.get("vega_lite_chart")  # the page's one chart: the comparison
        (table,) = [d.value for d in at.dataframe if d.value.shape[1] == 3]  # figure, then the two scenarios
        return convert_arrow_bytes_to_pandas_df(chart.proto.datasets[0].data.data)["target"].nunique(), len(table)

    cache.clear()
    at = open_page("scenarios")
    at.toggle(key="compare_only_diff").set_value(True).run()  # the switch on before this comparison is drawn
    widget(at, "multiselect", "compare_pick").set_value(["__actual", "__required"]).run()
    assert not at.exception, at.exception
    targets_on, rows_on = shown(at)
    at.toggle(key="compare_only_diff").set_value(False).run()
    targets_off, rows_off = shown(at)
    assert rows_on < rows_off  # the table shows only what differs
    assert targets_on == targets_off > 0  # the chart: every share target, either way


def test_the_pci_what_if_table_follows_the_sliders():
    """The what-if table is made once per scenario (the sliders' values): a move shows the new score."""
    def land_row(at):
        (table,) = [d.value for d in at.dataframe if "Điểm kịch bản" in d.value.columns]
        rows = table[table["Chỉ số thành phần"].str.startswith("Tiếp cận đất đai")]
        assert len(rows) == 1
        return rows.iloc[0]

    at = open_page("pci")
    assert land_row(at)["Điểm kịch bản"] == "5,78"
    widget(at, "select_slider", "pci_land").set_value(6.78).run()
    assert land_row(at)["Điểm kịch bản"] == "6,78"
    widget(at, "select_slider", "pci_land").set_value(5.78).run()
    assert land_row(at)["Điểm kịch bản"] == "5,78"
