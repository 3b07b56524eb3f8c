"""The package's layers (reform/__init__.py): import-linter's contracts in pyproject.toml hold, and
they do catch an upward import, the import engine imported from below it, the data layer's old
import circle coming back, and an import circle among the UI modules."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reform.paths import ROOT

LINT = [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"]


def _lint(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(LINT + ["--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"})


def test_layers_hold():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "5 kept, 0 broken" in result.stdout


def _broken_by(tmp_path: Path, module: str, line: str) -> str:
    """import-linter's report on a copy of the package with ``line`` added to ``module`` (a path under reform/)."""
    shutil.copytree(ROOT / "reform", tmp_path / "reform", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    path = tmp_path / "reform" / module
    path.write_text(path.read_text() + f"\n{line}\n")
    result = _lint(tmp_path)
    assert result.returncode != 0
    return result.stdout


def test_an_upward_import_breaks_the_contract(tmp_path):
    out = _broken_by(tmp_path, "data/parse.py", "from reform.ui import state  # an upward import")
    assert "reform.data.parse -> reform.ui.state" in out


@pytest.mark.parametrize("module, line, shown", [
    # the model (below the engine) reaching up into it: the preview's verdicts must stay one-way
    ("model/verdicts.py", "from reform.imports import engine", "reform.model.verdicts -> reform.imports.engine"),
    # the data layer reading the engine (as db.py read reform/data/revisions.py before)
    ("data/db.py", "from reform.imports import figures", "reform.data.db -> reform.imports.figures"),
])
def test_the_import_engine_is_a_layer_of_its_own(tmp_path, module, line, shown):
    assert shown in _broken_by(tmp_path, module, line)


def test_the_data_layers_import_circle_stays_gone(tmp_path):
    """db.py once imported the module that validated imports, which imported db.py and plans.py (a circle):
    the query runner importing anything that queries the data breaks the data layer's contract."""
    out = _broken_by(tmp_path, "data/db.py", "from reform.data import plans  # the old circle")
    assert "The data layer has no import circle" in out and "reform.data.db -> reform.data.plans" in out


def test_an_import_circle_in_the_ui_breaks_its_contract(tmp_path):
    """auth -> components -> shell -> auth was such a circle (issue 16); an import inside a function counts too."""
    out = _broken_by(tmp_path, "ui/auth.py", "\ndef _lang():\n    from reform.ui import components\n    return components.lang()")
    assert "No cycles are allowed in reform.ui" in out
