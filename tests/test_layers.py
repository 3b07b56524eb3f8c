"""The package's layers (reform/__init__.py): import-linter's contracts in pyproject.toml hold, and
they do catch an upward import."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from reform.paths import ROOT

LINT = [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"]


def _lint(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(LINT + ["--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(cwd), "PATH": "/usr/bin:/bin"})


def test_layers_hold():
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 kept, 0 broken" in result.stdout


def _copy(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "reform", tmp_path / "reform", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")


def test_an_upward_import_breaks_the_contract(tmp_path):
    _copy(tmp_path)
    parse = tmp_path / "reform" / "data" / "parse.py"
    parse.write_text(parse.read_text() + "\nfrom reform.ui import state  # an upward import\n")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "reform.data.parse -> reform.ui.state" in result.stdout


def test_an_import_circle_in_the_ui_breaks_the_contract(tmp_path):
    """auth -> components -> shell -> auth was such a circle (issue 16); a lazy import inside a function
    counts too."""
    _copy(tmp_path)
    auth = tmp_path / "reform" / "ui" / "auth.py"
    auth.write_text(auth.read_text() + "\n\ndef _lang():\n    from reform.ui import components\n    return components.lang()\n")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "No cycles are allowed in reform.ui" in result.stdout
