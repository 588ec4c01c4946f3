"""The window's smaller parts: the logo, the About box, the trail of answers, the hide
screen, and the watcher of input that keeps the walk from being forgotten while someone
works. Sentences written for the window keep its translation context, "MainWindow"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tiltakskort.deck.model import Deck
from tiltakskort.ui.style import plain_tip
from tiltakskort.walk import Walk

#: The logo's box in the header, in logical pixels.
LOGO_SIZE = 56


def logo_pixmap(path: Path, box: int, ratio: float = 1.0) -> QPixmap:
    """The logo (PNG or SVG) fitted into ``box`` pixels, its proportions kept, drawn
    sharp on a screen with ``ratio`` device pixels to a pixel. An SVG is drawn at that size
    by Qt's image reader (lighter than a renderer and a painter)."""
    side = max(1, round(box * ratio))
    reader = QImageReader(str(path))
    size = reader.size()
    if size.isValid() and not size.isEmpty():
        size.scale(side, side, Qt.AspectRatioMode.KeepAspectRatio)
        reader.setScaledSize(size)
    image = reader.read()
    if image.isNull():
        return QPixmap()
    if image.width() > side or image.height() > side:
        image = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    pix = QPixmap.fromImage(image)
    pix.setDevicePixelRatio(ratio)
    return pix


class Logo(QLabel):
    """The municipality's logo in the header; hidden when the deck has none."""

    def __init__(self) -> None:
        super().__init__()
        self._key: str | None = None
        self.setAccessibleName(QCoreApplication.translate("MainWindow", "Logo"))
        self.setFixedSize(LOGO_SIZE, LOGO_SIZE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def show_deck(self, deck: Deck, lang: str | None) -> None:
        logo = deck.branding.logo
        key = f"{logo}:{logo.stat().st_mtime_ns if logo is not None and logo.is_file() else 0}"
        if self._key == key:
            return
        self._key = key
        pix = logo_pixmap(logo, LOGO_SIZE, self.devicePixelRatioF()) \
            if logo is not None and logo.is_file() else QPixmap()
        self.setPixmap(pix)
        self.setVisible(not pix.isNull())
        self.setAccessibleName(QCoreApplication.translate("MainWindow", "Logo of %1")
                               .replace("%1", deck.municipality_name(lang)))


def show_about(parent: QWidget, view: Deck | None, lang: str | None) -> None:
    """About the app (and the deck shown): version, and that it keeps no trace."""
    from tiltakskort import __version__

    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About Tiltakskort"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    text = f"Tiltakskort {__version__}\n\n" + QCoreApplication.translate(
        "MainWindow", "The app keeps no trace of what you looked at: no history, no logs, no recent files.")
    if view is not None:
        text += "\n\n" + f"{view.title.get(lang)} – {view.version or ''}".strip(" –")
    box.setText(text)
    box.exec()


class InputActivity(QObject):
    """Calls ``activity`` for every input event of the window it watches."""

    def __init__(self, activity: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self.activity = activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.isInputEvent():
            self.activity()
        return False


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
        self.button.setAccessibleName(self.tr("Show the app again"))
        self.button.clicked.connect(self.shown_again)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(2)
        self.hide()


class Trail(QWidget):
    """The answers given so far, each a button back to its question.
"""

    stepChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QHBoxLayout(self)
        self.box.setSpacing(2)
        self.setAccessibleName(QCoreApplication.translate("MainWindow", "Your answers so far"))

    def show_walk(self, walk: Walk, lang: str | None) -> None:
        box = self.box
        while box.count():
            item = box.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()
                w.deleteLater()
        answers = walk.answers()
        for i, (before, option, _after) in enumerate(answers):
            text = option.label.get(lang) if option else before.title.get(lang)
            crumb = QToolButton()
            crumb.setObjectName("crumb")
            crumb.setText(text)
            crumb.setAccessibleName(QCoreApplication.translate("MainWindow", "Go back to: %1")
                                    .replace("%1", before.title.get(lang)))
            crumb.setToolTip(plain_tip(before.title.get(lang)))
            crumb.clicked.connect(lambda _=False, n=i: self.stepChosen.emit(n))
            crumb.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            box.addWidget(crumb)
            crumb.show()
            if i + 1 < len(answers):
                sep = QLabel("›")
                box.addWidget(sep)
                sep.show()
        box.addStretch(1)
