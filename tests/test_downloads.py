"""Every download button is declared so that a click downloads and nothing else.

Streamlit's default for ``st.download_button`` is ``on_click="rerun"``. With deferred data (a callable,
built only when clicked) that is a race: the click sends both the request to build the file and a rerun;
the rerun registers the button's callable again under a new id and drops the old one, so when the rerun
ends first the request finds nothing and the download silently never comes (seen in CI: the scenarios
comparison on a phone). ``on_click="ignore"`` keeps the page as it is, so the callable stays registered.
"""
from __future__ import annotations

import ast
from pathlib import Path

from reform.paths import ROOT

SOURCES = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py")), *sorted((ROOT / "reform").rglob("*.py"))]


def download_calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
            and n.func.attr == "download_button"]


def on_click(call: ast.Call):
    for kw in call.keywords:
        if kw.arg == "on_click":
            return kw.value.value if isinstance(kw.value, ast.Constant) else ast.unparse(kw.value)
    return None


def test_every_download_button_ignores_the_click():
    calls = {(p.relative_to(ROOT).as_posix(), c.lineno): on_click(c) for p in SOURCES for c in download_calls(p)}
    assert len(calls) >= 10, "the scan found too few download buttons: is it looking in the right place?"
    wrong = {where: value for where, value in calls.items() if value != "ignore"}
    assert not wrong, f'download buttons without on_click="ignore" (file, line: value): {wrong}'
