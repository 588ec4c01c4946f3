"""The window's smaller parts: the logo, the About box, the trail of answers and the
list of keys (F1). Sentences written for the window keep its translation context,
"MainWindow"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QLayoutItem,
    QToolButton,
    QWidget,
)

from tiltakskort.deck.model import Deck
from tiltakskort.ui.style import plain_tip
from tiltakskort.walk import Walk

#: An answer in the trail is cut (…) after about this many characters; its whole text
#: is its accessible name and tooltip.
CRUMB_CHARS = 32

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
        image = image.scaled(
            side,
            side,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
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
        pix = (
            logo_pixmap(logo, LOGO_SIZE, self.devicePixelRatioF())
            if logo is not None and logo.is_file()
            else QPixmap()
        )
        self.setPixmap(pix)
        self.setVisible(not pix.isNull())
        self.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Logo of %1").replace(
                "%1", deck.municipality_name(lang)
            )
        )


def show_about(parent: QWidget, view: Deck | None, lang: str | None) -> None:
    """About the app (and the deck shown): version, and that it keeps no trace."""
    from PySide6.QtWidgets import QMessageBox  # (dialogs' classes: only when opened)

    from tiltakskort import __version__

    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About Tiltakskort"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    text = f"Tiltakskort {__version__}\n\n" + QCoreApplication.translate(
        "MainWindow",
        "The app keeps no trace of what you looked at: no history, no logs, no recent files.",
    )
    if view is not None:
        text += "\n\n" + f"{view.title.get(lang)} – {view.version or ''}".strip(" –")
    box.setText(text)
    box.exec()


class Trail(QWidget):
    """The answers given so far, each a button back to its question."""

    stepChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = FlowLayout(self, spacing=2)
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
            crumb = Crumb()
            crumb.setObjectName("crumb")
            crumb.ensurePolished()  # the zoomed font, to measure with
            metrics = crumb.fontMetrics()
            crumb.setText(
                metrics.elidedText(
                    text, Qt.TextElideMode.ElideRight, metrics.averageCharWidth() * CRUMB_CHARS
                )
            )
            # the name begins with what the button shows (WCAG 2.5.3); where it leads is
            # its description
            crumb.setAccessibleName(text)
            crumb.setAccessibleDescription(
                QCoreApplication.translate("MainWindow", "Go back to: %1").replace(
                    "%1", before.title.get(lang)
                )
            )
            crumb.setToolTip(plain_tip(before.title.get(lang)))
            crumb.clicked.connect(lambda _=False, n=i: self.stepChosen.emit(n))
            crumb.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            box.addWidget(crumb)
            crumb.show()
            if i + 1 < len(answers):
                sep = QLabel("›")
                box.addWidget(sep)
                sep.show()


class FlowLayout(QLayout):
    """Widgets in a row that wraps onto the next line when the row is full (the trail of
    answers, at any zoom and any window width: it never makes the window wider)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            width = min(hint.width(), max(1, area.width()))
            if x > area.x() and x + width > area.right() + 1:
                x, y, line = area.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


class Crumb(QToolButton):
    """One answer in the trail: a button that Enter, Return and Space press."""

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.animateClick()
            return
        super().keyPressEvent(event)
