"""Finding deck text that reaches Qt as rich text (issue 13, family 2).

Qt reads a tool tip, a "What's this?" text and a label in ``AutoText`` as HTML when
``Qt.mightBeRichText`` says it looks like HTML; an ``<img src="file:///…">`` there
makes Qt open that file (on Windows a ``\\\\host\\share`` path goes to the network).
:func:`leaks` walks every widget, action, item model and graphics item it can reach
and lists each place where the hostile marker appears unescaped where Qt would read
it as rich text.
"""

from __future__ import annotations

from collections.abc import Iterable

MARK = '<img src="file:///'


def _rich_text_places(widget) -> Iterable[tuple[str, str]]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    yield "toolTip", widget.toolTip()
    yield "whatsThis", widget.whatsThis()
    yield "statusTip", widget.statusTip()
    if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText:
        yield f"text ({widget.textFormat().name})", widget.text()


def _model_places(view) -> Iterable[tuple[str, str]]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    model = view.model() if hasattr(view, "model") else None
    if model is None:
        return
    roles = (
        ("ToolTipRole", Qt.ItemDataRole.ToolTipRole),
        ("WhatsThisRole", Qt.ItemDataRole.WhatsThisRole),
        ("StatusTipRole", Qt.ItemDataRole.StatusTipRole),
    )
    from PySide6.QtCore import QModelIndex

    def columns(parent: QModelIndex) -> int:
        try:
            return int(model.columnCount(parent))
        except TypeError:  # a list model keeps columnCount private: one column
            return 1

    top = QModelIndex()
    todo = [
        model.index(r, c, top)
        for r in range(min(model.rowCount(top), 500))
        for c in range(columns(top))
    ]
    while todo:
        index = todo.pop()
        for name, role in roles:
            value = model.data(index, role)
            if isinstance(value, str):
                yield f"item {index.row()} {name}", value
        for r in range(min(model.rowCount(index), 500)):
            todo.extend(model.index(r, c, index) for c in range(columns(index)))


def _document_has_images(document) -> bool:  # type: ignore[no-untyped-def]
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                return True
            it += 1
        block = block.next()
    return False


def leaks(roots: Iterable[object] = ()) -> list[str]:  # noqa: C901 - one walk over everything
    """Every place where the marker reaches Qt as rich text, as "Class.objectName: where"."""
    from PySide6.QtGui import QAction, Qt  # QtGui's Qt has mightBeRichText
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QApplication,
        QGraphicsView,
        QTextBrowser,
        QTextEdit,
        QWidget,
    )

    found: list[str] = []
    widgets: list[QWidget] = list(QApplication.allWidgets())
    for root in roots:
        if isinstance(root, QWidget):
            widgets.extend(root.findChildren(QWidget))
    seen: set[int] = set()

    def check(owner: str, place: str, text: str) -> None:
        if MARK in text and Qt.mightBeRichText(text):
            found.append(f"{owner}: {place} = {text[:120]!r}")

    for w in widgets:
        if id(w) in seen:
            continue
        seen.add(id(w))
        owner = f"{type(w).__name__}({w.objectName()})"
        for place, text in _rich_text_places(w):
            check(owner, place, text)
        for action in w.findChildren(QAction):
            for place in ("toolTip", "whatsThis", "statusTip"):
                check(f"{owner} action {action.text()!r}", place, getattr(action, place)())
        if isinstance(w, QAbstractItemView):
            for place, text in _model_places(w):
                check(owner, place, text)
        if isinstance(w, (QTextBrowser, QTextEdit)) and _document_has_images(w.document()):
            found.append(f"{owner}: an image in its document")
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            from PySide6.QtWidgets import QGraphicsTextItem

            for item in w.scene().items():
                check(f"{owner} item {type(item).__name__}", "toolTip", item.toolTip())
                if isinstance(item, QGraphicsTextItem) and _document_has_images(item.document()):
                    found.append(f"{owner} item {type(item).__name__}: an image in its text")
    return found
