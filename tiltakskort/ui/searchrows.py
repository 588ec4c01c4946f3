"""The search results' list and how a result is painted (two lines, plain text).

Kept apart from :mod:`tiltakskort.ui.search` and imported when the first search is
typed: the Qt classes it needs (QStyle and its option types, QListWidget) are made into
Python types on first use, which would otherwise cost the app's start-up about 10 ms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)


def results_list() -> QListWidget:
    """The list the search results are shown in, named for screen readers."""
    results = QListWidget()
    results.setObjectName("searchResults")
    results.setAccessibleName(QCoreApplication.translate("MainWindow", "Cards found"))
    results.setItemDelegate(ResultRows(results))
    return results


class ResultRows(QStyledItemDelegate):
    """A result as two lines: the title in bold, then the kind and the walk, with room
    between the rows. Painted as plain text (``drawText``): deck text never becomes
    rich text; a line too long for the row ends in "…"."""

    PAD = 6

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        lines = str(index.data(Qt.ItemDataRole.DisplayRole) or "").split("\n", 1)
        if len(lines) < 2:  # "No card matches": as a list draws it
            super().paint(painter, option, index)
            return
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = opt.rect.adjusted(self.PAD * 2, self.PAD, -self.PAD * 2, -self.PAD)
        painter.save()
        painter.setPen(opt.palette.color(role))
        title_font = QFont(opt.font)
        title_font.setBold(True)
        plain_font = QFont(opt.font)
        plain_font.setBold(bool(index.data(Qt.ItemDataRole.UserRole + 1)))  # urgent
        y = rect.top()
        for text, font in ((lines[0], title_font), (lines[1], plain_font)):
            metrics = QFontMetrics(font)
            painter.setFont(font)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect.left(), y + metrics.ascent(), shown)
            y += metrics.height() + 2
        painter.restore()

    def sizeHint(
        self,
        option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
        index: QModelIndex | QPersistentModelIndex,
    ) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        if "\n" not in text:
            return size
        font = option.font
        height = 2 * QFontMetrics(font).height() + 2 + 2 * self.PAD
        return QSize(size.width(), max(size.height(), height))
