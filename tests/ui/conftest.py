"""Fixtures for the app's tests: a main window with private settings and a fixed clock."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import CARDS

EKSEMPEL = CARDS / "eksempel"


@pytest.fixture
def settings(tmp_path: Path):
    from tiltakskort.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, settings):
    from tiltakskort.deck.publicholidays import timezone_for
    from tiltakskort.ui.mainwindow import MainWindow

    w = MainWindow(settings)
    w.session.clock = lambda: datetime(
        2026, 11, 24, 10, 0, tzinfo=timezone_for("NO")
    )  # a Tuesday morning
    qtbot.addWidget(w)
    assert w.load(str(EKSEMPEL))
    w.resize(1100, 800)
    w.show()
    qtbot.waitExposed(w)
    return w
