"""The window's own keys: the walk keys (1–9, Backspace, Home, Esc) and the list of
every key of the app (F1, and the user guide's list).

Digits, Backspace, Home and Esc are window shortcuts, not an event filter on the whole
application: such a filter is called (and its arguments converted to Python) for every
event of every object, which made start-up and each card markedly slower. Text fields
keep these keys: a line edit claims them through ShortcutOverride.

The texts keep the window's translation context, "MainWindow".
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from tiltakskort.ui.mainwindow import MainWindow

#: Where the walk keys are text, not walking (the search field, the language list).
TEXT_INPUTS = (QLineEdit, QComboBox)


class WindowKeys:
    """The walk keys of ``window``, made with its ``add_action`` (so they count as
    activity), and the F1 list; ``actions`` are the walk keys (presentation mode turns
    them off: it takes digits, Backspace and Esc itself)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._last_esc = 0.0
        self.actions: list[QAction] = []
        for n in range(1, 10):
            key = Qt.Key(int(Qt.Key.Key_0) + n)
            self._add(
                [QKeySequence(key), QKeySequence(Qt.KeyboardModifier.KeypadModifier | key)],
                lambda _=False, n=n: self._digit(n),
            )
        self._add([QKeySequence(Qt.Key.Key_Backspace)], self._back)
        self._add([QKeySequence(Qt.Key.Key_Home)], self._home)
        self._add([QKeySequence(Qt.Key.Key_Escape)], self._escape)

    def _add(self, keys: list[QKeySequence], slot: Callable[..., object]) -> None:
        self.actions.append(self.window.add_action(None, "", keys, slot))

    def _walk_keys_apply(self) -> bool:
        """Digits, Backspace and Home work on the card page, not behind the hide screen
        and not in the language list."""
        w = self.window
        return (
            w.stack.currentIndex() == 0
            and not w.is_hidden_screen
            and not isinstance(QApplication.focusWidget(), TEXT_INPUTS)
        )

    def _digit(self, n: int) -> None:
        if self._walk_keys_apply():
            self.window.choose(n - 1)

    def _back(self) -> None:
        if self._walk_keys_apply():
            self.window.go_back()

    def _home(self) -> None:
        if self._walk_keys_apply():
            self.window.restart()

    def _escape(self) -> None:
        """Esc leaves the search (field or results) and the map for the card; Esc twice
        within a second hides."""
        w = self.window
        now = time.monotonic()
        if now - self._last_esc < 1.0:
            self._last_esc = 0.0
            w.hide_screen()
            return
        self._last_esc = now
        if w.is_hidden_screen:
            return
        in_search = QApplication.focusWidget() is w.search
        if w.stack.currentIndex() != 0 or in_search:
            w.search.clear()
            w.show_card_page()
            w.focus_card()

    def show_list(self) -> None:
        """F1: every key of the app, in a table (not behind the hide screen)."""
        if not self.window.is_hidden_screen:
            show_keys(self.window)


# Every key of the app, as (keys, what they do): the F1 help and the user guide's list.
# The texts are translated in the window's context.
KEYS = (
    ("1 – 9", QT_TRANSLATE_NOOP("MainWindow", "Choose the answer with that number")),
    ("Enter, Space", QT_TRANSLATE_NOOP("MainWindow", "Press the button that has focus")),
    ("Tab, Shift+Tab", QT_TRANSLATE_NOOP("MainWindow", "Next or previous button, field or link")),
    ("Backspace", QT_TRANSLATE_NOOP("MainWindow", "One step back")),
    ("Home", QT_TRANSLATE_NOOP("MainWindow", "Start over")),
    (
        "Ctrl+F",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Find a card; Down arrow goes to the cards found, Enter opens one"
        ),
    ),
    ("Esc", QT_TRANSLATE_NOOP("MainWindow", "Leave the search or the map and go back to the card")),
    ("Esc Esc", QT_TRANSLATE_NOOP("MainWindow", "Hide the screen at once (Esc twice)")),
    (
        "Ctrl+M",
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Map of the deck; in its list of cards, the arrow keys move and Enter opens a card",
        ),
    ),
    (
        "Ctrl++, Ctrl+-, Ctrl+0",
        QT_TRANSLATE_NOOP("MainWindow", "Larger text, smaller text, normal text size"),
    ),
    ("Ctrl+P", QT_TRANSLATE_NOOP("MainWindow", "Print the steps")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("MainWindow", "Open a deck")),
    (
        "F5",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Presentation mode (Page Down or Space: next, Page Up: back, Esc: leave)"
        ),
    ),
    ("F11", QT_TRANSLATE_NOOP("MainWindow", "Full screen")),
    ("F1", QT_TRANSLATE_NOOP("MainWindow", "This list of keys")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("MainWindow", "Quit")),
)


def show_keys(parent: QWidget) -> None:
    """The list of keys (F1), until the user closes it."""
    keys_dialog(parent).exec()


def keys_dialog(parent: QWidget) -> QDialog:
    """The list of keys, as a table a screen reader reads row by row."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QDialogButtonBox,
        QHeaderView,
        QTableWidget,
        QTableWidgetItem,
    )

    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "Keys"))
    box = QVBoxLayout(dialog)
    table = QTableWidget(len(KEYS), 2, dialog)
    table.setAccessibleName(dialog.windowTitle())
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("MainWindow", "Key"),
            QCoreApplication.translate("MainWindow", "What it does"),
        ]
    )
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    for row, (keys, what) in enumerate(KEYS):
        table.setItem(row, 0, QTableWidgetItem(keys))
        table.setItem(row, 1, QTableWidgetItem(QCoreApplication.translate("MainWindow", str(what))))
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.resizeRowsToContents()
    table.setCurrentCell(0, 0)
    box.addWidget(table)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    buttons.accepted.connect(dialog.accept)
    box.addWidget(buttons)
    screen = parent.screen().availableGeometry() if parent.screen() is not None else None
    width = min(760, screen.width() - 40) if screen is not None else 760
    height = min(620, screen.height() - 60) if screen is not None else 620
    dialog.resize(width, height)
    table.setFocus()
    return dialog
