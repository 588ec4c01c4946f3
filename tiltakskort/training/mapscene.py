"""The map of a deck in Qt: a scene built from the pure layout, a zoomable view, exports.

One drawing serves the screen and the posters: the view shows the scene, and the
exports (PDF, SVG, PNG) render the same scene. Card titles are plain text items
(``QGraphicsSimpleTextItem`` never interprets markup).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from tiltakskort.training.layout import DeckMap, MapNode
from tiltakskort.training.maphours import CardHours
from tiltakskort.ui.style import plain_tip

# Colours: every text colour has at least 4.5:1 contrast against its fill.
COLOURS = {
    "question": ("#e8f0fb", "#1d4f91"),
    "end": ("#e9f5ec", "#1e6b34"),
    "urgent": ("#fdecea", "#a4161a"),
    "unreachable": ("#f1f1f1", "#5a5a5a"),
}
TEXT = QColor("#1a1a1a")
EDGE = QColor("#4a4a4a")
WALK = QColor("#0b57d0")
#: "ingen svarer" and the hole mark: 7:1 against white and the end cards' fill
GAP = QColor("#a4161a")


class CardItem(QGraphicsRectItem):
    """A card's box; activating it (click, Enter) moves the walk there."""

    def __init__(
        self, node: MapNode, on_walk: bool, labels: dict[str, str], hours: CardHours | None = None
    ) -> None:
        super().__init__(0, 0, node.w, node.h)
        self.node = node
        self.setPos(node.x, node.y)
        kind = node.kind if node.reachable else "unreachable"
        fill, border = COLOURS[kind]
        self.setBrush(QBrush(QColor(fill)))
        pen = QPen(
            QColor(WALK if on_walk else border), 5 if on_walk else (3 if kind == "urgent" else 1.5)
        )
        if not node.reachable:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.hours = hours
        tip = f"{labels['card']} {node.number}: {node.title}"
        if hours is not None:
            tip += "".join(f"\n{x}" for x in (hours.answers, hours.gap) if x)
        # escaped: Qt reads a tool tip that looks like HTML as HTML (see ui.style.plain_tip)
        self.setToolTip(plain_tip(tip))
        head = f"{node.number}"
        if kind == "urgent":
            head += f"  {labels['urgent'].upper()}"
        elif kind == "question":
            head += f"  {labels['question']}"
        head_item = QGraphicsSimpleTextItem(head, self)
        bold = QFont()
        bold.setPointSizeF(8.5)
        bold.setBold(True)
        head_item.setFont(bold)
        head_item.setBrush(QColor(border))
        head_item.setPos(8, 5)
        body = QFont()
        body.setPointSizeF(9.5)
        # with a line of who answers at the foot, the title keeps one line (whole in the tip)
        title_lines = 1 if hours is not None and hours.answers else 2
        title = QGraphicsSimpleTextItem(_wrap(node.title, body, node.w - 16, title_lines), self)
        title.setFont(body)
        title.setBrush(TEXT)
        title.setPos(8, 24)
        if hours is not None:
            self._add_hours(hours, node)

    def _add_hours(self, hours: CardHours, node: MapNode) -> None:
        """The hole mark (a red "!" at the top right, its words in the tool tip) and
        who answers at the map's moment, at the foot of the box."""
        if hours.gap:
            mark = QGraphicsSimpleTextItem("TK107 !", self)
            font = QFont()
            font.setPointSizeF(8)
            font.setBold(True)
            mark.setFont(font)
            mark.setBrush(GAP)
            w = QFontMetricsF(font).horizontalAdvance("TK107 !")
            mark.setPos(node.w - w - 8, 5)
            mark.setToolTip(plain_tip(hours.gap))
            mark.setData(0, "gap")
        if hours.answers:
            font = QFont()
            font.setPointSizeF(8)
            font.setBold(hours.nobody)
            text = QFontMetricsF(font).elidedText(
                hours.answers, Qt.TextElideMode.ElideRight, node.w - 16
            )
            line = QGraphicsSimpleTextItem(text, self)
            line.setFont(font)
            line.setBrush(GAP if hours.nobody else TEXT)
            line.setPos(8, node.h - QFontMetricsF(font).height() - 5)
            line.setData(0, "answers")


def _wrap(text: str, font: QFont, width: float, max_lines: int) -> str:
    """Word-wrap plain text to ``max_lines`` lines, with an ellipsis when cut."""
    fm = QFontMetricsF(font)
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if fm.horizontalAdvance(trial) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = fm.elidedText(lines[-1] + " …", Qt.TextElideMode.ElideRight, width)
    return "\n".join(fm.elidedText(x, Qt.TextElideMode.ElideRight, width) for x in lines)


def build_scene(
    deck_map: DeckMap,
    walk_path: tuple[str, ...] = (),
    labels: dict[str, str] | None = None,
    hours: dict[str, CardHours] | None = None,
    legend: bool = True,
) -> QGraphicsScene:
    """The map as a scene; the cards and options of ``walk_path`` highlighted; with
    ``hours`` (see :func:`tiltakskort.training.maphours.map_hours`), the end cards
    marked where their coverage has a hole and saying who answers at its moment;
    ``legend``: a line under the map saying what the colours and the marks mean."""
    labels = labels or {
        "card": "Kort",
        "urgent": "Akutt",
        "question": "Spørsmål",
        "unreachable": "Kort som ikke kan nås fra start",
    }
    scene = QGraphicsScene()
    scene.setBackgroundBrush(QColor("white"))
    scene.setSceneRect(QRectF(0, 0, deck_map.width, deck_map.height))
    on_walk = set(walk_path)
    walk_edges = set(zip(walk_path, walk_path[1:], strict=False))
    small = QFont()
    small.setPointSizeF(8)
    fm = QFontMetricsF(small)
    for edge in deck_map.edges:
        a, b = deck_map.nodes[edge.source], deck_map.nodes[edge.target]
        highlighted = (edge.source, edge.target) in walk_edges
        path = QPainterPath()
        if edge.back or b.layer == a.layer or not a.reachable or not b.reachable:
            start = QPointF(a.x + a.w / 2, a.y + a.h)
            end = QPointF(b.x + b.w / 2 + 12, b.y + b.h)
            dip = max(a.y, b.y) + a.h + 40
            path.moveTo(start)
            path.cubicTo(QPointF(start.x(), dip), QPointF(end.x(), dip), end)
            tip, direction = end, QPointF(0, -1)
            label_at = path.pointAtPercent(0.5)
        else:
            start = QPointF(a.x + a.w, a.y + a.h / 2)
            end = QPointF(b.x, b.y + b.h / 2)
            mid = (start.x() + end.x()) / 2
            path.moveTo(start)
            path.cubicTo(QPointF(mid, start.y()), QPointF(mid, end.y()), end)
            tip, direction = end, QPointF(1, 0)
            label_at = path.pointAtPercent(0.5)
        pen = QPen(WALK if highlighted else EDGE, 3.5 if highlighted else 1.2)
        item = QGraphicsPathItem(path)
        item.setPen(pen)
        item.setZValue(-2)
        scene.addItem(item)
        arrow = QPainterPath()
        nx, ny = direction.x(), direction.y()
        arrow.moveTo(tip)
        arrow.lineTo(tip.x() - 9 * nx - 5 * ny, tip.y() - 9 * ny + 5 * nx)
        arrow.lineTo(tip.x() - 9 * nx + 5 * ny, tip.y() - 9 * ny - 5 * nx)
        arrow.closeSubpath()
        head = scene.addPath(arrow, QPen(pen.color(), 1), QBrush(pen.color()))
        head.setZValue(-1)
        text = fm.elidedText(edge.label, Qt.TextElideMode.ElideRight, 100)
        tw, th = fm.horizontalAdvance(text) + 6, fm.height() + 2
        back = scene.addRect(
            QRectF(label_at.x() - tw / 2, label_at.y() - th / 2, tw, th),
            QPen(Qt.PenStyle.NoPen),
            QBrush(QColor(255, 255, 255, 235)),
        )
        back.setZValue(-1)
        label = QGraphicsSimpleTextItem(text)
        label.setFont(small)
        label.setBrush(WALK if highlighted else TEXT)
        label.setPos(label_at.x() - tw / 2 + 3, label_at.y() - th / 2 + 1)
        label.setZValue(-1)
        scene.addItem(label)
    for node in deck_map.nodes.values():
        scene.addItem(CardItem(node, node.id in on_walk, labels, (hours or {}).get(node.id)))
    if legend:
        _add_legend(scene, deck_map, labels, any(h.gap for h in (hours or {}).values()))
    if deck_map.unreachable_top is not None:
        heading = QGraphicsSimpleTextItem(labels["unreachable"])
        font = QFont()
        font.setPointSizeF(11)
        font.setBold(True)
        heading.setFont(font)
        heading.setBrush(QColor(COLOURS["unreachable"][1]))
        heading.setPos(40, deck_map.unreachable_top + 8)
        scene.addItem(heading)
    return scene


def _add_legend(
    scene: QGraphicsScene, deck_map: DeckMap, labels: dict[str, str], gaps: bool
) -> None:
    """One line under the map: what the colours mean and, when a card is marked, what
    "TK107 !" means (a trainer's poster is read without the app's tool tips)."""
    font = QFont()
    font.setPointSizeF(9)
    fm = QFontMetricsF(font)
    y = deck_map.height + 4
    x = 40.0
    entries = [
        ("question", labels.get("question", "")),
        ("end", labels.get("end_card", "")),
        ("urgent", labels.get("urgent", "").upper()),
    ]
    for kind, word in entries:
        if not word:
            continue
        fill, border = COLOURS[kind]
        swatch = scene.addRect(
            QRectF(x, y + 2, 22, fm.height() - 4),
            QPen(QColor(border), 3 if kind == "urgent" else 1.5),
            QBrush(QColor(fill)),
        )
        swatch.setData(0, "legend")
        text = scene.addSimpleText(word, font)
        text.setBrush(TEXT)
        text.setPos(x + 28, y)
        text.setData(0, "legend")
        x += 28 + fm.horizontalAdvance(word) + 24
    if gaps and labels.get("legend_gap"):
        bold = QFont(font)
        bold.setBold(True)
        mark = scene.addSimpleText("TK107 !", bold)
        mark.setBrush(GAP)
        mark.setPos(x, y)
        mark.setData(0, "legend")
        x += QFontMetricsF(bold).horizontalAdvance("TK107 !") + 6
        text = scene.addSimpleText(labels["legend_gap"], font)
        text.setBrush(TEXT)
        text.setPos(x, y)
        text.setData(0, "legend")
        x += fm.horizontalAdvance(labels["legend_gap"])
    rect = scene.sceneRect()
    scene.setSceneRect(
        QRectF(0, 0, max(rect.width(), x + 40), max(rect.height(), y + fm.height() + 24))
    )


class MapView(QGraphicsView):
    """The map on screen: wheel or Ctrl +/- to zoom, drag or arrow keys to pan,
    click or Enter on a card to go there. It opens fitted to its size and stays fitted
    (when the window changes size) until the user zooms. Tab leaves it: the cards are
    reached by keyboard through the map panel's list of cards (``select_card``)."""

    cardActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName("Kart over kortstokken")
        self._zoom = 1.0
        self._fitted = True  # follow the view's size until the user zooms

    def show_map(self, scene: QGraphicsScene) -> None:
        old = self.scene()
        self.setScene(scene)
        scene.setParent(self)
        if old is not None and old.parent() is self:
            old.deleteLater()
        if self._fitted:
            self.fit()

    def zoom_by(self, factor: float) -> None:
        new = min(4.0, max(0.1, self._zoom * factor))
        self.scale(new / self._zoom, new / self._zoom)
        self._zoom = new
        self._fitted = False

    def fit(self) -> None:
        self._fitted = True
        if self.scene() is not None:
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
            self._zoom = self.transform().m11()

    @property
    def fitted(self) -> bool:
        return self._fitted

    def card_item(self, card_id: str) -> CardItem | None:
        scene = self.scene()
        if scene is None:
            return None
        for item in scene.items():
            if isinstance(item, CardItem) and item.node.id == card_id:
                return item
        return None

    def select_card(self, card_id: str) -> None:
        """Mark ``card_id`` (chosen in the list of cards) and bring it into view."""
        item = self.card_item(card_id)
        scene = self.scene()
        if item is None or scene is None:
            return
        scene.clearSelection()
        item.setSelected(True)
        scene.setFocusItem(item)
        self.ensureVisible(item, 40, 40)

    def card_at(self, pos: QPointF) -> str | None:
        for item in self.items(pos.toPoint()):
            while item is not None and not isinstance(item, CardItem):
                item = item.parentItem()
            if isinstance(item, CardItem):
                return item.node.id
        return None

    def mouseReleaseEvent(self, event):  # type: ignore[no-untyped-def]
        cid = self.card_at(event.position())
        press = getattr(self, "_press", None)
        super().mouseReleaseEvent(event)
        if cid and press is not None and (event.position() - press).manhattanLength() < 6:
            self.cardActivated.emit(cid)

    def mousePressEvent(self, event):  # type: ignore[no-untyped-def]
        self._press = event.position()
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)

    def resizeEvent(self, event):  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def showEvent(self, event):  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if self._fitted:
            self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1.25)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(0.8)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            item = self.scene().focusItem() if self.scene() else None
            if isinstance(item, CardItem):
                self.cardActivated.emit(item.node.id)
        else:
            super().keyPressEvent(event)


def export_map(scene: QGraphicsScene, path: Path) -> None:
    """Write the map as PDF, SVG or PNG (by suffix), atomically.

    The drawing is made in memory and written to a temporary file beside ``path``
    that is closed before it replaces ``path``: on Windows a file still open (a
    ``QSvgGenerator`` keeps its file until it is destroyed) can be neither replaced
    nor removed.

    Raises:
        ValueError: an unknown suffix.
        OSError: the file could not be written.
    """
    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".svg", ".png"):
        raise ValueError(suffix)
    data = _render_map(scene, suffix)
    if not data:
        raise OSError(f"could not write {path}")
    fd, tmp_name = tempfile.mkstemp(prefix=".tiltakskort-", suffix=suffix, dir=path.parent or ".")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; a poster is not
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _render_map(scene: QGraphicsScene, suffix: str) -> bytes:
    """The map drawn as a PDF, SVG or PNG file's bytes (empty when drawing failed)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    rect = scene.sceneRect()
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if suffix == ".png":
        scale = min(2.0, 16000 / max(rect.width(), rect.height(), 1))
        image = QImage(
            QSize(int(rect.width() * scale), int(rect.height() * scale)),
            QImage.Format.Format_ARGB32,
        )
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(image.rect()), rect)
        painter.end()
        # the stubs say bytes; PySide6 6.11 accepts only str for a char* format
        ok = image.save(buffer, "PNG")  # type: ignore[call-overload]
    elif suffix == ".svg":
        from PySide6.QtSvg import QSvgGenerator

        gen = QSvgGenerator()
        gen.setOutputDevice(buffer)
        gen.setSize(QSize(int(rect.width()), int(rect.height())))
        gen.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        gen.setTitle("Tiltakskort")
        painter = QPainter(gen)
        scene.render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
        ok = painter.end()
        del painter, gen
    else:
        writer = QPdfWriter(buffer)
        writer.setResolution(72)
        writer.setPageSize(
            QPageSize(
                QSizeF(rect.width(), rect.height()),
                QPageSize.Unit.Point,
                "Tiltakskort",
                QPageSize.SizeMatchPolicy.ExactMatch,
            )
        )
        writer.setPageMargins(QMarginsF(0, 0, 0, 0))
        writer.setTitle("Tiltakskort")
        painter = QPainter(writer)
        target = QRectF(0, 0, writer.width(), writer.height())
        scene.render(painter, target, rect)
        ok = painter.end()
        del painter, writer
    buffer.close()
    return bytes(array.data()) if ok else b""
