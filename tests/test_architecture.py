"""The layers: the core, the walk, the CLI and printing never import Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "tiltakskort.deck.loader",
        "tiltakskort.walk",
        "tiltakskort.cli",
        "tiltakskort.pdf",
        "tiltakskort.phrases",
        "tiltakskort.present",
        "tiltakskort.textcard",
    ],
)
def test_core_imports_no_qt(module: str) -> None:
    code = (
        f"import sys, {module}; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize(
    "module",
    [
        "tiltakskort.deck.loader",
        "tiltakskort.walk",
        "tiltakskort.cli",
        "tiltakskort.present",
        "tiltakskort.textcard",
    ],
)
def test_core_imports_no_reportlab(module: str) -> None:
    code = f"import sys, {module}; sys.exit(1 if 'reportlab' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_validate_imports_neither_qt_nor_reportlab(tmp_path) -> None:
    code = (
        "import sys; from tiltakskort.cli import main; main(['validate', 'cards/eksempel']); "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'reportlab'))]; "
        "sys.exit(1 if bad else 0)"
    )
    from tests.conftest import ROOT

    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_starting_the_app_loads_only_what_the_first_card_needs() -> None:
    """Printing, signing, authoring and training code stay off the start-up, and no
    module's source is read into memory (PySide6's import hook is made light)."""
    from tests.conftest import ROOT

    code = (
        "import sys, linecache; from tiltakskort.cli import main; rc = main(['run', '--smoke']); "
        "print('MODULES', ' '.join(sorted(sys.modules))); print('LINECACHE', len(linecache.cache)); "
        "sys.exit(rc)"
    )
    env = dict(__import__("os").environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    modules = set(proc.stdout.split("MODULES ", 1)[1].split("\n", 1)[0].split())
    for absent in (
        "reportlab",
        "cryptography",
        "hashlib",
        "tiltakskort.pdf",
        "tiltakskort.authoring",
        "tiltakskort.signing.minisign",
        "tiltakskort.packaging.commands",
        "tiltakskort.training.presentation",
        "tiltakskort.training.widgets",
        "tiltakskort.ui.printing",
        "tiltakskort.ui.searchrows",
        "tiltakskort.ui.accessible",
        "PySide6.QtSvg",
        "holidays",
    ):
        assert absent not in modules, f"{absent} is imported at start-up"
    cached = int(proc.stdout.split("LINECACHE ", 1)[1].split()[0])
    assert cached < 10, f"{cached} source files read into linecache at start-up"
