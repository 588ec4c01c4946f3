"""The accessible interface of the widgets marked with ``access.set_role``: the role,
a read-only text interface over a label's whole text and a heading's level.

Made only when Qt asks ``access``'s factory for an interface, i.e. while a screen reader
or another assistive tool listens: the interface classes it needs (QAccessibleWidget,
QAccessibleTextInterface, QAccessibleAttributesInterface, QTextDocument) are kept off
the app's start-up.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAttributesInterface,
    QAccessibleInterface,
    QAccessibleTextInterface,
    QTextDocument,
)
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget
from shiboken6.Shiboken import VoidPtr

from tiltakskort.ui.access import _LEVEL_PROPERTY


def readable_text(widget: QWidget) -> str:
    """The text a screen reader reads from a label marked with ``set_role``: what the
    label shows, as characters, never as markup (a rich-text label of ours gives the
    plain text it was made from, ``spoken_text()``, else its HTML's plain text)."""
    spoken = getattr(widget, "spoken_text", None)
    if callable(spoken):
        text = spoken()
        if isinstance(text, str):
            return text
    if not isinstance(widget, QLabel):
        return ""
    if widget.textFormat() == Qt.TextFormat.PlainText:
        return widget.text()
    document = QTextDocument()
    document.setHtml(widget.text())  # HTML the app built and escaped itself
    return document.toPlainText()


class Accessible(QAccessibleWidget, QAccessibleTextInterface, QAccessibleAttributesInterface):
    """A widget's interface with the role asked for; for a label also Qt's read-only
    text interface over the label's whole text (Qt's own interface for ``QLabel`` has
    none: AT-SPI's ``queryText()`` fails on every label), and a heading's level.

    ``interface_cast`` hands Qt the C++ side of the two other interfaces this Python
    object is made of (``shiboken6.getCppPointer``), as ``VoidPtr``: an ``int`` or
    ``None`` there crashes PySide6."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        QAccessibleWidget.__init__(self, widget, role)
        QAccessibleTextInterface.__init__(self)
        QAccessibleAttributesInterface.__init__(self)
        pointers = shiboken6.getCppPointer(self)
        self._text_ptr = VoidPtr(pointers[1])
        self._attributes_ptr = VoidPtr(pointers[2])
        self._null = VoidPtr(0)
        self._is_label = isinstance(widget, QLabel)
        level = widget.property(_LEVEL_PROPERTY)
        self._level = level if isinstance(level, int) and role == QAccessible.Role.Heading else 0

    def interface_cast(self, kind: QAccessible.InterfaceType) -> VoidPtr:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.TextInterface and self._is_label:
            return self._text_ptr
        if kind == QAccessible.InterfaceType.AttributesInterface and self._level:
            return self._attributes_ptr
        found = QAccessibleWidget.interface_cast(self, kind)  # its action interface
        return found if isinstance(found, VoidPtr) else self._null

    def _text(self) -> str:
        widget = self.widget()
        return readable_text(widget) if widget is not None else ""

    # QAccessibleInterface.text(kind) and QAccessibleTextInterface.text(start, end)
    # share the one Python name
    def text(self, *args):  # type: ignore[no-untyped-def]
        if len(args) == 2:
            start, end = args
            text = self._text()
            end = len(text) if end < 0 else end
            return text[max(0, start) : max(0, end)]
        name = QAccessibleWidget.text(self, *args)
        if not name and args and args[0] == QAccessible.Text.Name and self._is_label:
            return self._text()  # a label without a name set is named by its text, as in Qt
        return name

    def state(self) -> QAccessible.State:
        state = QAccessibleWidget.state(self)
        if self._is_label:
            state.readOnly = True
        return state

    def relations(
        self,
        match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations,
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        """Qt's, and a label's "label for" its buddy (a step's text for its check box),
        as Qt's own interface for a label gives it."""
        found = list(QAccessibleWidget.relations(self, match))
        widget = self.widget()
        buddy = widget.buddy() if isinstance(widget, QLabel) else None
        if buddy is not None and match & QAccessible.RelationFlag.Labelled:
            other = QAccessible.queryAccessibleInterface(buddy)
            if other is not None:
                found.append((other, QAccessible.RelationFlag.Labelled))
        return found

    def characterCount(self) -> int:  # noqa: N802 - Qt's names from here on
        return len(self._text())

    def cursorPosition(self) -> int:  # noqa: N802
        return 0

    def setCursorPosition(self, position: int) -> None:  # noqa: N802
        pass

    def selectionCount(self) -> int:  # noqa: N802
        return 0

    def addSelection(self, start: int, end: int) -> None:  # noqa: N802
        pass

    def removeSelection(self, index: int) -> None:  # noqa: N802
        pass

    def setSelection(self, index: int, start: int, end: int) -> None:  # noqa: N802
        pass

    def characterRect(self, offset: int) -> QRect:  # noqa: N802
        return QRect()

    def offsetAtPoint(self, point: QPoint) -> int:  # noqa: N802
        return -1

    def scrollToSubstring(self, start: int, end: int) -> None:  # noqa: N802
        pass

    def attributeKeys(self) -> list[QAccessible.Attribute]:  # noqa: N802
        return [QAccessible.Attribute.Level] if self._level else []

    def attributeValue(self, key: QAccessible.Attribute) -> object:  # noqa: N802
        return self._level if self._level and key == QAccessible.Attribute.Level else None
