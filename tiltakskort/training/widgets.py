"""Training-day widgets: the map panel and the scenario exercise panel.

Both only show and ask: the walk is the session's (``ui/session.py``), and they never
change it. The map panel emits ``cardChosen`` when a card is clicked; the scenario panel
emits ``startRequested`` (begin a scenario's walk), ``stepBackRequested`` and ``closed``;
the window's training panels (``ui/trainingpanels.py``) pass these to the session and
call ``walk_ended`` when the session tells that the room reached an end card. Deck text is shown as plain text only.
The tally lives in this object's memory and nowhere else.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tiltakskort.deck.model import Deck, Scenario
from tiltakskort.training.layout import layout
from tiltakskort.training.maphours import CardHours, map_hours, map_labels
from tiltakskort.training.mapscene import MapView, build_scene, export_map
from tiltakskort.training.scenario import Outcome, Tally, judge
from tiltakskort.walk import Walk


def _plain(text: str, size: float | None = None, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if size or bold:
        font = QFont(label.font())
        if size:
            font.setPointSizeF(size)
        font.setBold(bold)
        label.setFont(font)
    return label


class MapPanel(QWidget):
    """The whole deck as a map, with zoom, fit and export."""

    cardChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapPanel")
        self.deck: Deck | None = None
        self.lang: str | None = None
        self.path: tuple[str, ...] = ()
        #: the moment the end cards say who answers at (None: now)
        self.at: datetime | None = None
        self.view = MapView(self)
        self.view.setAccessibleName(self.tr("Map of the deck"))
        self.view.setAccessibleDescription(
            self.tr("Click a card, or press Enter on it, to go there. Plus and minus zoom.")
        )
        self.view.cardActivated.connect(self.cardChosen)
        # The cards as a list: what a keyboard and a screen reader use (the drawing is
        # for the eyes). Moving in the list shows the card on the map; Enter opens it.
        self.cards = QListWidget(self)
        self.cards.setObjectName("mapCards")
        self.cards.setAccessibleName(self.tr("Cards of the deck"))
        self.cards.setAccessibleDescription(self.tr("Enter opens the card."))
        self.cards.setWordWrap(True)  # whole titles at any zoom, no sideways scrolling
        self.cards.setResizeMode(QListView.ResizeMode.Adjust)
        self.cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards.currentItemChanged.connect(self._card_selected)
        self.cards.itemActivated.connect(
            lambda item: self.cardChosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        bar = QHBoxLayout()
        self.zoom_in = QPushButton(self.tr("Zoom in"))
        self.zoom_out = QPushButton(self.tr("Zoom out"))
        self.fit_button = QPushButton(self.tr("Show all"))
        self.export_button = QPushButton(self.tr("Export the map…"))
        for button, slot in (
            (self.zoom_in, lambda: self.view.zoom_by(1.25)),
            (self.zoom_out, lambda: self.view.zoom_by(0.8)),
            (self.fit_button, self.view.fit),
            (self.export_button, self.export_dialog),
        ):
            button.setAccessibleName(button.text().rstrip("…"))
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        self.colours = self.tr(
            "Blue: question · Green: end card · Red: urgent · "
            "Dashed: not reachable from the start · Thick blue frame: the walk so far"
        )
        self.legend = _plain(self.colours)
        layout_ = QVBoxLayout(self)
        layout_.addLayout(bar)
        layout_.addWidget(self.legend)
        row = QHBoxLayout()
        row.addWidget(self.cards, 1)
        row.addWidget(self.view, 3)
        layout_.addLayout(row, 1)

    def set_deck(self, deck: Deck, lang: str | None, path: tuple[str, ...] = ()) -> None:
        first = self.deck is None or self.deck is not deck
        self.deck, self.lang, self.path = deck, lang, path
        self.refresh()
        if first:
            self.view.fit()

    def kind_name(self, kind: str, reachable: bool) -> str:
        if not reachable:
            return self.tr("not reachable from the start")
        return {"question": self.tr("question"), "urgent": self.tr("urgent end card")}.get(
            kind, self.tr("end card")
        )

    def hours(self) -> dict[str, CardHours]:
        """Who answers on each end card now (or at ``self.at``), and its holes."""
        assert self.deck is not None
        from tiltakskort.walk import now_in

        return map_hours(self.deck, self.lang, self.at or now_in(self.deck))

    def _fill_cards(self, deck_map, hours: dict[str, CardHours] | None = None) -> None:  # type: ignore[no-untyped-def]
        """The list of cards: number, title and kind; the cards of the walk marked."""
        current = self.cards.currentItem()
        keep = (
            current.data(Qt.ItemDataRole.UserRole)
            if current is not None
            else (self.path[-1] if self.path else None)
        )
        self.cards.blockSignals(True)
        self.cards.clear()
        on_walk = set(self.path)
        for node in sorted(deck_map.nodes.values(), key=lambda n: n.number):
            text = f"{node.number}. {node.title} – {self.kind_name(node.kind, node.reachable)}"
            if node.id in on_walk:
                text += " – " + self.tr("on your walk")
            line = (hours or {}).get(node.id)
            if line is not None:
                text += "".join(f" – {x}" for x in (line.answers, line.gap) if x)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, node.id)
            self.cards.addItem(item)
            if node.id == keep:
                self.cards.setCurrentItem(item)
        if self.cards.currentRow() < 0 and self.cards.count():
            self.cards.setCurrentRow(0)
        self.cards.blockSignals(False)

    def _card_selected(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self.view.select_card(item.data(Qt.ItemDataRole.UserRole))

    def set_path(self, path: tuple[str, ...]) -> None:
        if path != self.path:
            self.path = path
            self.refresh()

    def labels(self) -> dict[str, str]:
        return map_labels(self.lang)

    def refresh(self) -> None:
        if self.deck is None:
            return
        deck_map = layout(self.deck, self.lang)
        hours = self.hours()
        # the panel says what the colours mean above the map (the scene's own legend is
        # for the exported poster), and what the hole mark means when a card has one
        labels = self.labels()
        self.view.show_map(build_scene(deck_map, self.path, labels, hours, legend=False))
        gap = any(h.gap for h in hours.values())
        self.legend.setText(self.colours + (f" · TK107 !: {labels['legend_gap']}" if gap else ""))
        self._fill_cards(deck_map, hours)

    def export_to(self, target: Path) -> None:
        """Write the map to ``target`` (.pdf, .svg or .png); raises OSError."""
        assert self.deck is not None
        export_map(
            build_scene(layout(self.deck, self.lang), self.path, self.labels(), self.hours()),
            target,
        )

    def export_dialog(self) -> None:
        if self.deck is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the map"),
            f"{self.deck.id}-kart.pdf",
            self.tr("PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)"),
        )
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() not in (".pdf", ".svg", ".png"):
            target = target.with_suffix(".pdf")
        try:
            self.export_to(target)
        except OSError as e:
            QMessageBox.warning(
                self,
                self.tr("Could not save"),
                self.tr("The map was not saved: %1").replace("%1", e.strerror or str(e)),
            )


class ScenarioPanel(QWidget):
    """Scenario exercises: the list, the story, the debrief, and the day's tally."""

    startRequested = Signal(str)
    stepBackRequested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioPanel")
        self.deck: Deck | None = None
        self.lang: str | None = None
        self.tally = Tally()
        self.current: Scenario | None = None
        self.last: Outcome | None = None
        self.stack = QStackedWidget(self)
        box = QVBoxLayout(self)
        box.addWidget(self.stack)

        # 1. the list
        self.list_page = QWidget()
        lp = QVBoxLayout(self.list_page)
        heading = _plain(self.tr("Choose a scenario"), 20, True)
        heading.setObjectName("panelTitle")
        lp.addWidget(heading)
        self.list = QListWidget()
        self.list.setObjectName("scenarioList")
        self.list.setAccessibleName(self.tr("Scenarios"))
        self.list.itemActivated.connect(lambda item: self.open(item.data(Qt.ItemDataRole.UserRole)))
        lp.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open the scenario"))
        self.open_button.clicked.connect(self._open_selected)
        self.tally_button = QPushButton(self.tr("Today's results"))
        self.tally_button.clicked.connect(self.show_tally)
        self.close_button = QPushButton(self.tr("Close the exercise"))
        self.close_button.clicked.connect(self.closed)
        for b in (self.open_button, self.tally_button, self.close_button):
            b.setAccessibleName(b.text())
            row.addWidget(b)
        lp.addLayout(row)
        self.stack.addWidget(self.list_page)

        # 2. the story, shown large
        self.story_page = QWidget()
        sp = QVBoxLayout(self.story_page)
        self.story_title = _plain("", 26, True)
        self.story_title.setObjectName("storyTitle")
        self.story_text = _plain("", 20)
        self.story_text.setObjectName("storyText")
        sp.addWidget(self.story_title)
        sp.addWidget(self.story_text, 1)
        self.walk_button = QPushButton(self.tr("Start – walk through the cards"))
        self.walk_button.setAccessibleName(self.walk_button.text())
        self.walk_button.clicked.connect(
            lambda: self.current and self.startRequested.emit(self.current.id)
        )
        back_to_list = QPushButton(self.tr("Back to the list"))
        back_to_list.setAccessibleName(back_to_list.text())
        back_to_list.clicked.connect(self.show_list)
        row = QHBoxLayout()
        row.addWidget(self.walk_button)
        row.addWidget(back_to_list)
        row.addStretch(1)
        sp.addLayout(row)
        self.stack.addWidget(self.story_page)

        # 3. the debrief
        self.debrief_page = QWidget()
        dp = QVBoxLayout(self.debrief_page)
        self.verdict = _plain("", 24, True)
        self.verdict.setObjectName("verdict")
        dp.addWidget(self.verdict)
        self.walks = QGridLayout()
        frame = QFrame()
        frame.setLayout(self.walks)
        dp.addWidget(frame)
        self.debrief_text = _plain("", 16)
        self.debrief_text.setObjectName("debriefText")
        dp.addSpacing(12)
        dp.addWidget(self.debrief_text)
        dp.addStretch(1)
        row = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(
            lambda: self.current and self.startRequested.emit(self.current.id)
        )
        self.step_back_button = QPushButton(self.tr("One step back"))
        self.step_back_button.clicked.connect(self.stepBackRequested)
        self.list_button = QPushButton(self.tr("Other scenarios"))
        self.list_button.clicked.connect(self.show_list)
        for b in (self.retry_button, self.step_back_button, self.list_button):
            b.setAccessibleName(b.text())
            row.addWidget(b)
        row.addStretch(1)
        dp.addLayout(row)
        self.stack.addWidget(self.debrief_page)

    # -- data ---------------------------------------------------------------
    def set_deck(self, deck: Deck, lang: str | None) -> None:
        if self.deck is not None and self.deck.id != deck.id:
            self.tally.clear()
        self.deck, self.lang = deck, lang
        self.list.clear()
        for s in deck.scenarios:
            item = QListWidgetItem(s.title.get(lang))
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            entry = self.tally.entries.get(s.id)
            if entry is not None:
                mark = "✓" if entry.right_first_time else "✗"
                item.setText(f"{s.title.get(lang)}   {mark}")
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        if self.current is not None:
            self.current = deck.scenario(self.current.id)

    def show_list(self) -> None:
        if self.deck is not None:
            self.set_deck(self.deck, self.lang)
        self.stack.setCurrentWidget(self.list_page)
        self.list.setFocus()

    def _open_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open(item.data(Qt.ItemDataRole.UserRole))

    def open(self, scenario_id: str) -> None:
        assert self.deck is not None
        scenario = self.deck.scenario(scenario_id)
        if scenario is None:
            return
        self.current = scenario
        self.story_title.setText(scenario.title.get(self.lang))
        self.story_text.setText(scenario.story.plain(self.lang))
        self.stack.setCurrentWidget(self.story_page)
        self.walk_button.setFocus()

    def walk_ended(self, walk: Walk) -> Outcome | None:
        """The room reached an end card: judge, count, and show the debrief."""
        if self.current is None:
            return None
        outcome = judge(walk, self.current)
        self.tally.record(outcome)
        self.last = outcome
        self._show_outcome(outcome, walk.deck)
        return outcome

    def _title(self, deck: Deck, cid: str) -> str:
        return f"{deck.card_numbers.get(cid, '?')}. {deck.cards[cid].title.get(self.lang)}"

    def _show_outcome(self, outcome: Outcome, deck: Deck) -> None:
        while self.walks.count():
            item = self.walks.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        if outcome.right:
            self.verdict.setText(self.tr("Right! You reached the expected card."))
            self.verdict.setProperty("outcome", "right")
            self.walks.addWidget(_plain(self.tr("The walk you chose:"), None, True), 0, 0)
            self.walks.addWidget(
                _plain(" → ".join(self._title(deck, c) for c in outcome.chosen)), 1, 0
            )
        else:
            self.verdict.setText(self.tr("Not quite. This is where the walks part:"))
            self.verdict.setProperty("outcome", "wrong")
            start = outcome.parted_at or 0
            same = outcome.chosen[:start]
            if same:
                self.walks.addWidget(
                    _plain(
                        self.tr("Shared walk: ") + " → ".join(self._title(deck, c) for c in same)
                    ),
                    0,
                    0,
                    1,
                    2,
                )
            self.walks.addWidget(_plain(self.tr("You chose"), None, True), 1, 0)
            self.walks.addWidget(_plain(self.tr("Expected"), None, True), 1, 1)
            self.walks.addWidget(
                _plain("\n".join(self._title(deck, c) for c in outcome.chosen[start:])), 2, 0
            )
            self.walks.addWidget(
                _plain("\n".join(self._title(deck, c) for c in outcome.expected[start:])), 2, 1
            )
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        debrief = outcome.scenario.debrief
        self.debrief_text.setText(debrief.plain(self.lang) if debrief else "")
        self.step_back_button.setEnabled(len(outcome.chosen) > 1)
        self.stack.setCurrentWidget(self.debrief_page)
        self.retry_button.setFocus()

    def tally_text(self) -> str:
        if self.deck is None:
            return ""
        right, tried = self.tally.summary()
        lines = [
            self.tr("Right on the first try: %1 of %2")
            .replace("%1", str(right))
            .replace("%2", str(tried)),
            "",
        ]
        for s in self.deck.scenarios:
            e = self.tally.entries.get(s.id)
            if e is None:
                continue
            first = (
                self.tr("right the first time")
                if e.right_first_time
                else self.tr("not right the first time")
            )
            attempts = self.tr("attempts")
            lines.append(f"{s.title.get(self.lang)}: {first} ({attempts}: {e.attempts})")
        return "\n".join(lines)

    def show_tally(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Today's results"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tally_text() or self.tr("No scenario has been tried yet."))
        box.exec()
