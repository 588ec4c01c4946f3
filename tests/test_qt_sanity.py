"""Guards against a broken Qt binding: the app would abort after minutes of use.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a void
method of a value type; after a few thousand calls (a few minutes of painting) Python
aborts with "deallocating None". pyproject.toml excludes that release; this test
catches the bug if a release with it is ever installed again.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

CODE = """
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainterPath
for _ in range(30000):
    path = QPainterPath()
    path.moveTo(0, 0)
    point = QPointF(0, 0)
    point.setX(1)
    colour = QColor(1, 2, 3)
    colour.setAlpha(3)
print("alive")
"""


@pytest.mark.gui
def test_void_calls_do_not_corrupt_none() -> None:
    proc = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "alive" in proc.stdout, proc.stderr[-500:]
