"""Run the dashboard's pages without a browser (Streamlit AppTest)."""
from __future__ import annotations

from streamlit.testing.v1 import AppTest

from reform.paths import ROOT

TIMEOUT = 60


def open_page(page: str | None = None, query: dict[str, str] | None = None, tables: bool = True) -> AppTest:
    """Run app.py (optionally with URL parameters) and switch to ``pages/<page>.py``; with ``tables``, every
    chart's table opened (:func:`open_tables`) as a reader who opens them would see them."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    if page:
        at.switch_page(f"pages/{page}.py").run()
        assert not at.exception, at.exception
    if tables:
        open_tables(at)
    return at


def table_keys(at: AppTest) -> set[str]:
    """The keys of the page's table expanders (``ui.table_expander``: ``tbl_<key>``, drawn on demand)."""
    return {e.proto.id.rsplit("-", 1)[-1] for e in at.get("expander") if "-tbl_" in e.proto.id}


def open_tables(at: AppTest) -> AppTest:
    """Open every table expander of the page as a reader's click would (its expanded state set, then a rerun),
    until no closed one is left (an opened table may bring none, but a rerun may draw more)."""
    for _ in range(5):
        closed = [k for k in table_keys(at) if not at.session_state[k]]
        if not closed:
            return at
        for k in closed:
            at.session_state[k] = True
        at.run()
        assert not at.exception, at.exception
    raise AssertionError(f"table expanders that do not stay open: {closed}")


def metric(at: AppTest, label_start: str):
    """The first metric whose label starts with ``label_start``."""
    for m in at.metric:
        if m.label.startswith(label_start):
            return m
    raise AssertionError(f"no metric starting with {label_start!r}: {[m.label for m in at.metric]}")


def texts(at: AppTest) -> str:
    """All markdown, captions and alerts of the page, as one string."""
    parts = [e.value for e in at.markdown] + [e.value for e in at.caption]
    parts += [e.value for e in at.warning] + [e.value for e in at.info] + [e.value for e in at.error]
    parts += [e.value for e in at.title] + [e.value for e in at.header] + [e.value for e in at.subheader]
    return "\n".join(str(p) for p in parts)


def signed_in_editor(name: str, password_hash: str, password: str, lang: str = "vi") -> AppTest:
    """The data-updates page with ``name`` (whose argon2 hash is in the app's secrets) signed in with
    ``password``; the upload is offered."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    at.secrets["editors"] = {name: password_hash}
    if lang != "vi":
        at.query_params["lang"] = lang
    at.run()
    at.switch_page("pages/data_updates.py").run()
    at.text_input(key="sign_in_name").input(name)
    at.text_input(key="sign_in_password").input(password)
    at.button(key=next(b.key for b in at.button if b.key.startswith("FormSubmitter:sign_in_form"))).click().run()
    assert not at.exception, at.exception
    assert len(at.file_uploader) == 1
    return at


def widget(at: AppTest, kind: str, meaning: str):
    """The widget of kind ``kind`` (``select_slider``, ``selectbox``, ``pills``, ``multiselect``,
    ``segmented_control``) that shows meaning ``meaning``. The dashboard keys such a widget
    ``w_<meaning>~<signature>`` (reform.ui.state.widget_key: the signature changes with the labels, the
    language among them), so a test finds it by meaning; a plain key equal to the meaning is found too."""
    found = [w for w in getattr(at, kind) if w.key and meaning_of(w.key) == meaning]
    assert len(found) == 1, f"{len(found)} {kind} widgets for {meaning!r}: {[w.key for w in getattr(at, kind)]}"
    return found[0]


def meaning_of(key: str) -> str:
    """``w_pci_land~1a2b3c4dg0`` → ``pci_land``; a key without the signature is its own meaning."""
    return key.removeprefix("w_").split("~", 1)[0] if "~" in key else key.removeprefix("w_")
