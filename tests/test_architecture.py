"""The layers: the core, the walk, the CLI and printing never import Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["tiltakskort.deck.loader", "tiltakskort.walk",
                                    "tiltakskort.cli", "tiltakskort.pdf", "tiltakskort.phrases"])
def test_core_imports_no_qt(module: str) -> None:
    code = (f"import sys, {module}; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
            "print(bad); sys.exit(1 if bad else 0)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("module", ["tiltakskort.deck.loader", "tiltakskort.walk", "tiltakskort.cli"])
def test_core_imports_no_reportlab(module: str) -> None:
    code = f"import sys, {module}; sys.exit(1 if 'reportlab' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_validate_imports_neither_qt_nor_reportlab(tmp_path) -> None:
    code = ("import sys; from tiltakskort.cli import main; main(['validate', 'cards/eksempel']); "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'reportlab'))]; "
            "sys.exit(1 if bad else 0)")
    from tests.conftest import ROOT
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
