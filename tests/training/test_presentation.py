"""Presentation mode on a window: clicker keys, scale, hidden actions, pointer, Esc."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton

from tiltakskort.training.presentation import Presentation

pytestmark = pytest.mark.gui


@pytest.fixture
def setup(qtbot):
    window = QMainWindow()
    body = QLabel("Kort")
    window.setCentralWidget(body)
    print_button = QPushButton("Skriv ut", window)
    window.menuBar().addMenu("Fil")
    qtbot.addWidget(window)
    calls: list[object] = []
    scale = {"v": 1.0}
    p = Presentation(
        window,
        on_next=lambda: calls.append("next"),
        on_back=lambda: calls.append("back"),
        on_digit=lambda n: calls.append(n),
        set_scale=lambda f: scale.__setitem__("v", f),
        get_scale=lambda: scale["v"],
        to_hide=lambda: [window.menuBar(), print_button],
    )
    window.show()
    qtbot.waitExposed(window)
    return window, body, print_button, p, calls, scale


def test_clicker_keys(qtbot, setup) -> None:
    window, body, _, p, calls, _ = setup
    p.enter()
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right):
        qtbot.keyClick(body, key)
    for key in (Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Left):
        qtbot.keyClick(body, key)
    qtbot.keyClick(body, Qt.Key.Key_3)
    assert calls == ["next"] * 3 + ["back"] * 3 + [3]


def test_enter_and_leave(qtbot, setup) -> None:
    window, body, print_button, p, calls, scale = setup
    p.enter()
    assert scale["v"] >= 2.0
    assert not print_button.isVisible() and not window.menuBar().isVisible()
    qtbot.keyClick(body, Qt.Key.Key_Escape)
    assert not p.active and scale["v"] == 1.0
    assert print_button.isVisible() and window.menuBar().isVisible()
    qtbot.keyClick(body, Qt.Key.Key_PageDown)
    assert calls == []  # keys are the window's own again


def test_pointer_hidden_when_idle(qtbot, setup) -> None:
    window, body, _, p, _, _ = setup
    p.enter()
    p._idle.setInterval(10)
    p._idle.start()
    qtbot.waitUntil(lambda: p.pointer_hidden, timeout=2000)
    qtbot.mouseMove(body)
    qtbot.waitUntil(lambda: not p.pointer_hidden, timeout=2000)
    p.leave()
    assert not p.pointer_hidden
