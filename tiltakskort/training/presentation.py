"""Presentation mode for training days: big type, clicker keys, no pointer, no files.

A controller that works on the main window through a few callbacks (the window passes
them on to its session, which keeps the one walk), and never holds a walk itself:

- ``on_next()``: PageDown, Space, Right (a clicker's forward button): take the
  highlighted option, or the next step (Space on a check box ticks it; Enter presses the
  button with focus);
- ``on_back()``: PageUp, Backspace, Left (a clicker's back button);
- ``on_digit(n)``: digits 1–9 choose an option;
- ``set_scale(factor)``: the window's zoom (1.0 = 100 %);
- ``to_hide()``: the widgets hidden while presenting (file and print actions, menus).

Esc leaves presentation mode; F11 toggles full screen (in and out of the mode).
The pointer is hidden after two seconds without mouse movement.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCursor, QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QMainWindow, QWidget

NEXT_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Right}
BACK_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Left}
#: 100 % is 14 pt body text; 2.0 gives card titles of 28 pt and more at 1080p.
PRESENTATION_SCALE = 2.0
POINTER_IDLE_MS = 2000


class Presentation(QObject):
    """Turns presentation mode on and off for ``window``."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        on_next: Callable[[], None],
        on_back: Callable[[], None],
        on_digit: Callable[[int], None],
        set_scale: Callable[[float], None],
        get_scale: Callable[[], float],
        to_hide: Callable[[], Iterable[QWidget | QAction]],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.on_next, self.on_back, self.on_digit = on_next, on_back, on_digit
        self.set_scale, self.get_scale, self.to_hide = set_scale, get_scale, to_hide
        self.active = False
        self._saved_scale = 1.0
        self._hidden: list[QWidget | QAction] = []
        self._was_full_screen = False
        self._pointer_hidden = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(POINTER_IDLE_MS)
        self._idle.timeout.connect(self._hide_pointer)

    # -- mode -----------------------------------------------------------------
    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def enter(self) -> None:
        if self.active:
            return
        self.active = True
        self._saved_scale = self.get_scale()
        self.set_scale(max(PRESENTATION_SCALE, self._saved_scale))
        self._hidden = []
        for thing in self.to_hide():
            if thing.isVisible():
                thing.setVisible(False)
                self._hidden.append(thing)
        self._was_full_screen = self.window.isFullScreen()
        self.window.setProperty("presentation", True)
        self._repolish()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._idle.start()

    def leave(self) -> None:
        if not self.active:
            return
        self.active = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._idle.stop()
        self._show_pointer()
        for thing in self._hidden:
            thing.setVisible(True)
        self._hidden = []
        self.set_scale(self._saved_scale)
        if self.window.isFullScreen() and not self._was_full_screen:
            self.window.showNormal()
        self.window.setProperty("presentation", False)
        self._repolish()

    def toggle_full_screen(self) -> None:
        if self.window.isFullScreen():
            self.window.showNormal()
        else:
            self.window.showFullScreen()

    def _repolish(self) -> None:
        style = self.window.style()
        style.unpolish(self.window)
        style.polish(self.window)

    # -- pointer --------------------------------------------------------------
    def _hide_pointer(self) -> None:
        if self.active and not self._pointer_hidden:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._pointer_hidden = True

    def _show_pointer(self) -> None:
        if self._pointer_hidden:
            QApplication.restoreOverrideCursor()
            self._pointer_hidden = False

    @property
    def pointer_hidden(self) -> bool:
        return self._pointer_hidden

    # -- keys -----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.MouseMove:
            self._show_pointer()
            self._idle.start()
            return False
        if kind != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not self._belongs_to_window(watched):
            return False
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        if key == Qt.Key.Key_Escape:
            self.leave()
            return True
        if key == Qt.Key.Key_F11:
            self.toggle_full_screen()
            return True
        if key == Qt.Key.Key_Space and isinstance(QApplication.focusWidget(), QCheckBox):
            return False  # Space ticks the step with focus (Enter presses any button)
        if key in NEXT_KEYS:
            self.on_next()
            return True
        if key in BACK_KEYS:
            self.on_back()
            return True
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.on_digit(int(key) - int(Qt.Key.Key_0))
            return True
        return False

    def _belongs_to_window(self, obj: QObject) -> bool:
        """Only keys for the presenting window (not for a dialog above it)."""
        if not isinstance(obj, QWidget):
            return False
        top = obj.window()
        return top is self.window
