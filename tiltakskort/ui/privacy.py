"""What the window keeps from others who look: the hide screen (Skjul, Esc twice), the
phone numbers it copied to the clipboard, and the idle timer that sends the walk back to
the start card when nobody has used the window for a while.

The window builds one :class:`Privacy` after its layout and passes it its show and
resize events; the rest installs itself. The hide screen's sentences keep their
translation context, "HideScreen".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStatusBar, QVBoxLayout, QWidget

from tiltakskort.ui.session import Session

if TYPE_CHECKING:
    from tiltakskort.ui.mainwindow import MainWindow


class HideScreen(QWidget):
    """A neutral screen over the whole window (Skjul / Esc twice)."""

    shown_again = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("hideScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        box = QVBoxLayout(self)
        box.addStretch(1)
        label = QLabel("Tiltakskort")
        label.setObjectName("hideText")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(label)
        self.button = QPushButton(self.tr("Show again"))
        self.button.setAccessibleName(self.button.text())
        self.button.setAccessibleDescription(self.tr("Show the app again"))
        self.button.clicked.connect(self.shown_again)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(2)
        self.hide()


class InputActivity(QObject):
    """Calls ``activity`` for every input event of the window it watches."""

    def __init__(self, activity: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self.activity = activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.isInputEvent():
            self.activity()
        return False


class Privacy:
    """The hide screen, the clipboard and the idle timer of ``window``.

    ``cover`` is the hide screen, ``idle`` the timer (restarted by :meth:`restart_idle`:
    by any input to the window, and by its actions); when it runs out the session forgets
    the walk, and with the walk this forgets what it copied."""

    def __init__(self, window: MainWindow, session: Session) -> None:
        self.window = window
        self.settings = session.settings
        self.cover = HideScreen(window)
        self.cover.shown_again.connect(self.show_again)
        self._copied: str | None = None
        # what the hide screen covers, and whether each was shown (a widget) or on (an action)
        self._covered: list[tuple[QWidget | QAction, bool]] = []
        self.idle = QTimer(window)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(session.forget_walk)
        session.walkForgotten.connect(self.clear_clipboard)
        self._activity: InputActivity | None = None
        self.restart_idle()

    # ------------------------------------------------------------------ the hide screen
    @property
    def is_hidden(self) -> bool:
        return not self.cover.isHidden()

    def hide(self) -> None:
        """The neutral screen over the window. What it covers is hidden too (from the
        accessibility tree, from Tab) and its actions are off: only "Show again" is left."""
        self.clear_clipboard()
        hidden_before = self.is_hidden
        w = self.window
        # the cover and its button first: the focus goes straight there, not through the
        # widgets being hidden
        self.cover.setGeometry(w.rect())
        self.cover.show()
        self.cover.raise_()
        self.cover.button.setFocus()
        if not hidden_before:
            covered = [c for c in (w.centralWidget(), w.menuBar()) if c is not None]
            if w.findChild(QStatusBar) is not None:  # asking statusBar() would make one
                covered.append(w.statusBar())
            self._covered = [(c, c.isVisible()) for c in covered]
            self._covered += [(a, a.isEnabled()) for a in w.findChildren(QAction)]
            for thing, _was in self._covered:
                if isinstance(thing, QAction):
                    thing.setEnabled(False)
                else:
                    thing.hide()

    def show_again(self) -> None:
        self.cover.hide()
        for thing, was in self._covered:
            if isinstance(thing, QAction):
                thing.setEnabled(was)
            else:
                thing.setVisible(was)
        self._covered = []
        self.window.focus_card()

    def window_resized(self) -> None:
        if self.is_hidden:
            self.cover.setGeometry(self.window.rect())

    # ------------------------------------------------------------------ the clipboard
    def copy(self, text: str) -> None:
        """``text`` to the clipboard; it is cleared again on hiding, idle and closing."""
        QGuiApplication.clipboard().setText(text)
        self._copied = text

    def clear_clipboard(self) -> None:
        """Clears what this window copied, if it is still there (not what others copied)."""
        clip = QGuiApplication.clipboard()
        if self._copied is not None and clip.text() == self._copied:
            clip.clear()
        self._copied = None

    # ------------------------------------------------------------------ idle
    def restart_idle(self) -> None:
        self.idle.start(self.settings.idle_minutes * 60_000)

    def window_shown(self) -> None:
        handle = self.window.windowHandle()
        if handle is not None and self._activity is None:
            # Any input to this window (keys, mouse, wheel) restarts the idle timer. The
            # filter sits on the window's QWindow, which sees input before it is handed
            # to a widget, and few other events.
            self._activity = InputActivity(self.restart_idle, self.window)
            handle.installEventFilter(self._activity)
