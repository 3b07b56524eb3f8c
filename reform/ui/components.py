"""Rendering helpers shared by the pages: language, captions, tables on demand, status badges.

Pages stay thin: they fetch figures through :mod:`reform.model.scenario`, the views or
:mod:`reform.data.db`, and draw them with these helpers and :mod:`reform.views.charts`.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import NoReturn

import pandas as pd
import streamlit as st

from reform.data import cache as data_cache
from reform.data import db
from reform.views import charts
from reform.views import export
from reform.ui import shell
from reform.ui import state
from reform.i18n.fmt import fmt_number
from reform.i18n import common, escape, tr

STATUS_BADGE = {"met": "blue", "on_track": "green", "moderate": "orange", "stagnating": "red",
                "decreasing": "violet", "not_met": "red", "off_track": "red"}


def page_guard() -> None:
    """Make sure a page runs inside the shell (the first statement of every page, after its imports).

    Streamlit decides once per server process whether ``pages/`` is a legacy page folder: until the
    shell has called ``st.navigation`` once, a first request for e.g. ``/pci`` runs ``pages/pci.py``
    alone (no language, no data check, no navigation). The guard then runs the shell in the same
    script run (it routes back to this page, so a widget's action is not lost) and ends the
    stand-alone run. Later runs pass straight through.

    The run ends with :func:`_end_run`, not ``st.stop()``: ``st.stop()`` also marks the session's
    script runner as stopped (``ScriptRequests.request_stop``), which throws away a rerun request
    already waiting behind this run, such as a slider moved while the page was still drawing (a
    fragment's rerun waits for the run in progress). That press then never got an answer.
    """
    if st.session_state.get(shell.ROUTED):
        _note_view()
        return
    shell.main()
    _end_run()


def _end_run() -> NoReturn:
    """End this script run the way ``st.stop()`` does (silently, the page drawn so far stays), but
    leave the session's pending rerun requests alone, so the next one runs as soon as this run ends
    (``tests/test_protocol_load.py`` presses a slider during such a run and needs its answer)."""
    from streamlit.runtime.scriptrunner_utils.exceptions import StopException

    raise StopException()


_TABLES = "_tables_open"


def _tables_memory() -> dict:
    """The session's open table expanders: ``open`` (names) and ``entered``, that set as it was when the page
    now shown was entered in its language (:func:`_note_view`)."""
    memory = st.session_state.get(_TABLES)
    if memory is None:
        memory = st.session_state[_TABLES] = {"view": None, "open": set(), "entered": frozenset()}
    return memory


def _note_view() -> None:
    """Called on every run of a page: a new page or language takes the open set as its expanders' defaults."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    view = (lang(), ctx.page_script_hash if ctx else "")
    memory = _tables_memory()
    if memory["view"] != view:
        memory["view"], memory["entered"] = view, frozenset(memory["open"])


def lang() -> str:
    """The page's language (``vi`` or ``en``)."""
    return state.get(st, "lang")


def texts(table: dict[str, tuple[str, str]]):
    """``T(key, **fmt)`` for a page's own texts (``reform/i18n/<page>.py``) in the page's language."""
    lng = lang()
    return lambda key, **fmt: tr(table, key, lng, **fmt)


def t(key: str, **fmt) -> str:
    """A shared text in the page's language."""
    return tr(common.TEXT, key, lang(), **fmt)


def status_word(status: str, lng: str | None = None) -> str:
    """The status as a word with its symbol (never colour alone)."""
    return f"{charts.STATUS_SYMBOLS[status]} {tr(common.TEXT, f'status_{status}', lng or lang())}"


def status_badge(status: str, container=None) -> None:
    """A coloured badge with the status word and symbol."""
    (container or st).badge(status_word(status), color=STATUS_BADGE[status])


def badge_markdown(label: str, color: str) -> str:
    """The Markdown ``st.badge(label, color=color)`` sends (its colour-badge directive, "[" and "]" of the label
    escaped), to be drawn inside a Markdown element of its own text: one element instead of two."""
    escaped = label.replace("[", "\\[").replace("]", "\\]")
    return f":{color}-badge[{escaped}]"


def source_text(text: str) -> str:
    """The source line under a chart: "Nguồn: …" in the page's language."""
    return f"{t('source')}: {text}"


def source_caption(text: str, container=None) -> None:
    """The source line under a chart (plain text: never rendered as markup)."""
    (container or st).caption(source_text(text), unsafe_allow_html=False)


def decision_source(appendix: str, items: str = "") -> str:
    """'Decision 688/QĐ-UBND …, Appendix 03, items 1-10' in the page's language."""
    n = appendix.removeprefix("PL")
    plural = any(c in items for c in ",–-") and lang() == "en"
    where = f", {'mục' if lang() == 'vi' else ('items' if plural else 'item')} {items}" if items else ""
    return f"{t('decision')}, {t('appendix', n=n)}{where}"


def chart_spec(chart, lng: str | None = None, present: bool | None = None) -> dict:
    """The Vega-Lite spec of an Altair chart with the shared configuration (larger text and marks in
    presentation mode; title and legend labels broken into lines that fit the drawn width), its data
    already in the Arrow format Streamlit sends (so a rerun does not convert it again). Schema
    validation is skipped: the builders are tested, and validating costs more than drawing."""
    present = presenting() if present is None else present
    lng = lng or lang()
    spec = charts.finish(chart, lng, present).to_dict(validate=False)
    charts.accessible(spec, lng)  # its description (the aria-label a screen reader reads), labels in dark ink
    spec = charts.fit_text(charts.for_room(spec, present), present)
    if "datasets" in spec:
        spec["datasets"] = {name: _arrow(pd.DataFrame(rows)) for name, rows in spec["datasets"].items()}
    return spec


def _arrow(df: pd.DataFrame) -> bytes:
    from streamlit import dataframe_util

    return dataframe_util.convert_anything_to_arrow_bytes(df)


def _cached(cache, make):
    """``make()`` once per (data build, language, presentation mode, ``cache``); None as ``cache``
    means no caching."""
    if cache is None:
        return make()
    return data_cache.get_or_make((db.data_version(), "chart", lang(), presenting(), cache), make)


def cached(key, make):
    """``make()`` once per (data version, language, presentation mode, ``key``), shared by every session:
    for what a page draws from the data alone (its tables as text, labels). A DataFrame comes back as
    the cache's copy-on-write copy (:mod:`reform.data.cache`); other values must not be changed."""
    return _cached(("page", key), make)


def _spec(chart, cache):
    """The chart element of ``chart`` (see :func:`_element`), made once per ``cache`` key."""
    return _cached(cache, lambda: _element(chart_spec(chart() if callable(chart) else chart)))


def _element(spec: dict):
    """The chart element ``st.vega_lite_chart(spec, width="stretch")`` sends, made by Streamlit's own
    steps (the spec's JSON made stable, the datasets moved out of it). A cached element is drawn again
    with :func:`_draw` without these steps, which cost more than the rest of a chart's drawing (the
    spec is dumped to JSON, parsed and dumped again on every call). Never change one: copy it."""
    import json

    from streamlit.elements import vega_charts
    from streamlit.proto.VegaLiteChart_pb2 import VegaLiteChart

    element = VegaLiteChart()
    spec = vega_charts._prepare_vega_lite_spec(spec, use_container_width=True)
    vega_charts._marshall_chart_data(element, spec, None)
    element.spec = vega_charts._stabilize_vega_json_spec(json.dumps(spec))
    element.theme = "streamlit"
    return element


def _draw(element) -> None:
    """Draw a chart element of :func:`_element` where ``st.vega_lite_chart`` would draw it (the current
    container), full width as ``width="stretch"`` does. Streamlit copies the element into its message."""
    from streamlit.elements.lib.layout_utils import LayoutConfig

    st._main._enqueue("vega_lite_chart", element, layout_config=LayoutConfig(width="stretch", height="content"))


def show_chart(chart, key: str | None = None, cache=None) -> None:
    """Draw an Altair chart (or a function returning one) with the shared configuration.

    ``cache`` names a chart that depends only on the data and the language: its element is built once
    and reused on every rerun (pass a function so that the chart is not even built again). ``key``
    names the chart for readers of the page's code (a chart without selections has no widget state).
    """
    _draw(_spec(chart, cache))


def show_dynamic(build, data, key: str, cache, scenario=None) -> None:
    """Draw a chart whose data changes with the scenario but whose shape does not.

    ``build(data)`` makes the chart from ``data`` (already prepared, e.g. by ``charts.target_data``);
    it runs once per ``cache`` key, and later runs only swap the data into the cached element, which
    keeps a slider's answer fast. ``scenario`` names what the data depends on besides the data version,
    the language and the mode (the sliders' values): with it, ``data`` may be a function making the frame,
    and the frame and its Arrow form are made once per scenario.
    """
    def frame() -> pd.DataFrame:
        return data() if callable(data) else data

    def make():
        spec = chart_spec(build(frame()))
        if len(spec.get("datasets", {})) != 1:
            raise ValueError("show_dynamic needs a chart with exactly one dataset")
        return _element(spec)

    element = type(template := _cached((cache, "dynamic"), make))()
    element.CopyFrom(template)
    arrow = lambda: _arrow(frame().reset_index(drop=True))  # noqa: E731
    element.datasets[0].data.data = arrow() if scenario is None else _cached((cache, "data", scenario), arrow)
    _draw(element)


def show_multiples(build, key: str, cache) -> None:
    """Small multiples in every layout of ``charts.MULTIPLES``: ``build(columns, panel_width)``
    makes one. The browser shows the widest layout that fits the column, whatever its width
    (``styles.multiples_css``: a container query); each layout's element is cached."""
    with st.container(key=f"multiples_{key}"):
        for columns, panel in charts.MULTIPLES:
            with st.container(key=f"mcols{columns}_{key}"):
                show_chart(lambda c=columns, p=panel: build(c, p), key=f"{key}_c{columns}",
                           cache=(cache, "multiples", columns, panel))


def show_pair(charts_pair, key: str, cache=None) -> None:
    """Two charts side by side on a wide screen, one under the other on a phone.

    ``charts_pair`` is a pair of charts or a function returning one; ``cache`` as in :func:`show_chart`.
    """
    def make() -> tuple:
        pair = charts_pair() if callable(charts_pair) else charts_pair
        return _element(chart_spec(pair[0])), _element(chart_spec(pair[1]))

    elements = _cached(None if cache is None else (cache, "pair"), make)
    left, right = st.columns(2)
    with left:
        _draw(elements[0])
    with right:
        _draw(elements[1])


def display_frame(df: pd.DataFrame, decimals: dict[str, int]) -> pd.DataFrame:
    """A copy with numeric columns turned into text in the page's number format."""
    lng = lang()  # once, not once per cell
    names = list(df.columns)
    if len(df) == 0 or len(set(names)) != len(names) or any(c not in names for c in decimals):
        out = df.copy(deep=False)  # copy-on-write: the caller's frame is never changed
        for col, d in decimals.items():
            out[col] = out[col].map(lambda v, d=d: fmt_number(v, lng, d))
        return out
    # one frame built from lists (as Series.map gives: the cells' Python values, then text)
    return pd.DataFrame({col: ([fmt_number(v, lng, decimals[col]) for v in df[col]] if col in decimals
                               else df[col]) for col in df.columns}, index=df.index)


def table(display, *, cache=None, room_columns: tuple[str, ...] | None = None, **dataframe_args) -> pd.DataFrame:
    """``st.dataframe(display, **dataframe_args)``; returns the frame shown (read it, never change it).

    With ``cache`` (a table that depends only on what the key names: the data, the language, the
    presentation mode and whatever else the key holds), the frame, or the function ``display`` that makes
    it, is made once per key, together with the element ``st.dataframe`` makes of it (the frame converted
    to Arrow and serialised, its column settings): a rerun sends that element as it is.

    In presentation mode the frame is drawn as a static table (st.table) instead: its text is as large as
    the page's (1,5×), its cells wrap and break (``styles.PRESENT``), so a table never scrolls sideways on a
    projector, where a data grid's 14 columns at that size would. Its cells are text, never markup. With
    ``room_columns`` (a wide table's columns a room reads), only those are drawn there, with a caption saying
    where the others are; the frame returned (for its downloads) keeps every column."""
    if presenting():
        def make_static() -> tuple:
            frame = display() if callable(display) else display
            return frame, static_frame(frame[list(room_columns)] if room_columns else frame)

        frame, shown = make_static() if cache is None else _cached(("static_table", cache), make_static)
        st.table(shown, hide_index=dataframe_args.get("hide_index"))
        if room_columns and len(room_columns) < len(frame.columns):
            st.caption(t("room_columns", shown=len(room_columns), n=len(frame.columns)))
        return frame
    if cache is None:
        frame = display() if callable(display) else display
        st.dataframe(frame, **dataframe_args)
        return frame

    def make() -> tuple:
        frame = display() if callable(display) else display
        return _dataframe_element(frame, dataframe_args), frame

    (delta_type, element, layout), frame = _cached(("table", cache), make)
    st._main._enqueue(delta_type, element, layout_config=layout)
    return frame


#: A word of at least this many characters (an address) may break after "/", ".", "-", "_" or "=".
_LONG_WORD = 16
_BREAK_AFTER = re.compile(r"([/.\-_=])(?=[^\s])")


def _breakable(text: str) -> str:
    """``text`` with a zero-width space after each "/", ".", "-", "_" or "=" of its long words (addresses), so
    that a narrow cell breaks them there rather than anywhere."""
    return " ".join(_BREAK_AFTER.sub("\\1\u200b", w) if len(w) >= _LONG_WORD else w for w in text.split(" "))


def static_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A frame for st.table (:func:`table` in presentation mode; a page's own styled st.table), which renders each
    cell's text as Markdown: every cell and heading escaped
    (``escape.markdown``), an empty cell empty, long words breakable (:func:`_breakable`)."""
    out = pd.DataFrame({i: ["" if v is None or (isinstance(v, float) and pd.isna(v))
                            else _breakable(escape.markdown(str(v))) for v in frame.iloc[:, i]]
                        for i in range(frame.shape[1])}, index=frame.index)
    out.columns = [escape.markdown(str(c)) for c in frame.columns]
    return out


def _dataframe_element(frame: pd.DataFrame, dataframe_args: dict) -> tuple:
    """(delta type, element, layout) that ``st.dataframe(frame, **dataframe_args)`` sends, made by Streamlit's
    own code without sending it (a frame, not a Styler: a Styler's element depends on where it is drawn)."""
    from streamlit.elements.arrow import ArrowMixin

    class _Made(ArrowMixin):
        made: tuple = ()

        def _enqueue(self, delta_type, element_proto, layout_config=None, **_kwargs):
            self.made = (delta_type, element_proto, layout_config)

    maker = _Made()
    maker.dataframe(frame, **dataframe_args)
    return maker.made


def table_expander(display: pd.DataFrame | Callable[[], pd.DataFrame], raw: pd.DataFrame | Callable[[], pd.DataFrame],
                   filename: str, key: str, *, title: str | None = None, source: str | None = None,
                   csv_decimals: dict[str, int | None] | None = None, cache=None) -> None:
    """The chart's numbers as a table on demand, with two downloads: the table as the page shows it
    (XLSX for the office: ``title`` row, headings, number formats, ``source`` row) and the raw values
    (CSV for machines, floats rounded: ``csv_decimals`` names the printed decimals of computed columns).
    ``cache`` as in :func:`table` (``display`` may then be a function, called once per key)."""
    name = f"tbl_{key}"
    memory = _tables_memory()
    # The table is drawn only once opened (its opening asks for a run): a page's first load draws none of them.
    # Which are open is kept by meaning: a language switch changes the label, so Streamlit makes the expander a
    # new widget, whose default (``expanded``) then says whether it was open. ``expanded`` is part of the
    # widget's identity too, so it is the open set as it was when this page (in this language) was entered,
    # constant until then: a table opened and closed at once is closed, not re-created open.
    box = st.expander(t("show_table"), expanded=name in memory["entered"], key=name, on_change="rerun")
    if not st.session_state.get(name):
        memory["open"].discard(name)
        return
    memory["open"].add(name)
    with box:
        frame = table(display, cache=cache, hide_index=True, width="stretch")
        downloads(frame, raw, filename, key, title=title, source=source, csv_decimals=csv_decimals)


def downloads(display: pd.DataFrame | Callable[[], pd.DataFrame], raw: pd.DataFrame | Callable[[], pd.DataFrame],
              filename: str, key: str, *,
              title: str | None = None,
              source: str | None = None, csv_decimals: dict[str, int | None] | None = None,
              container=None) -> None:
    """XLSX (the table as shown) and CSV (raw values) download buttons, side by side. The files are
    built only when clicked; ``display`` and ``raw`` may be functions that make the frames then (a
    slider's answer then does not build them; such a function must not need the session: it runs outside
    the script run)."""
    lng = lang()
    stem = filename.rsplit(".", 1)[0]
    heading = title or stem.replace("_", " ")
    cite = f"{t('source')}: {source or t('decision')}"
    row = (container or st).container(horizontal=True)  # side by side, wrapping on a phone
    row.download_button(t("download_xlsx"), lambda: export.xlsx_bytes(
                         display() if callable(display) else display, title=heading, source=cite, lang=lng),
                         file_name=f"{stem}.xlsx", key=f"dlx_{key}", on_click="ignore",
                         mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    row.download_button(t("download_csv"), lambda: export.csv_bytes(raw() if callable(raw) else raw, csv_decimals),
                          file_name=f"{stem}.csv", mime="text/csv", key=f"dl_{key}", on_click="ignore")


def presenting() -> bool:
    """True in presentation mode (everything enlarged for a projector; the what-if sliders and resets stay)."""
    return state.presenting(st)


def reset_button(keys: list[str], key: str, label: str | None = None) -> None:
    """A button that puts the given scenario values back to the actual figures (drawn in presentation mode
    too: staff move the sliders in front of the room and put them back)."""
    st.button(label or t("reset"), key=f"reset_{key}", on_click=state.reset, args=(st, keys))


def scenario_banner() -> None:
    """A one-line reminder that what-if figures are estimates."""
    st.info(t("scenario_note"), icon="ℹ️")


def scenario_paces() -> dict[str, float]:
    """The yearly pace of every target in the current scenario."""
    paces = state.values(st, "pace_")
    paces.pop("factor", None)
    return paces


def pace_factor() -> float:
    """The global implementation-pace factor of the current scenario."""
    return float(state.get(st, "pace_factor"))


def delta_style(change: float | None, higher_is_better: bool = True) -> dict:
    """``st.metric`` arguments for a change: arrow and colour set explicitly (Streamlit reads the
    real minus sign "−" of formatted numbers as positive), grey and no arrow for no change."""
    if change is None or abs(change) < 1e-9:
        return {"delta_arrow": "off", "delta_color": "gray"}
    good = (change > 0) == higher_is_better
    return {"delta_arrow": "up" if change > 0 else "down", "delta_color": "green" if good else "red"}
