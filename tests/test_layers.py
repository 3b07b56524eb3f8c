"""The package's layers (reform/__init__.py): import-linter's contracts in pyproject.toml hold, and
they do catch an upward import and an import circle among the UI modules."""
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
    assert "4 kept, 0 broken" in result.stdout


@pytest.mark.parametrize("module, added, broken", [
    ("data/parse.py", "\nfrom reform.ui import state  # an upward import\n", "reform.data.parse -> reform.ui.state"),
    # auth -> components -> shell -> auth was such a circle (issue 16); an import inside a function counts too
    ("ui/auth.py", "\n\ndef _lang():\n    from reform.ui import components\n    return components.lang()\n",
     "No cycles are allowed in reform.ui"),
], ids=["upward import", "import circle in the UI"])
def test_a_broken_rule_breaks_its_contract(tmp_path, module, added, broken):
    shutil.copytree(ROOT / "reform", tmp_path / "reform", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    path = tmp_path / "reform" / module
    path.write_text(path.read_text() + added)
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert broken in result.stdout
