"""Finding a card: the search field's results, and choosing one.

The matching is :class:`tiltakskort.search.SearchIndex` (pure Python, no Qt). It is
imported and built only when it is first needed, when the search field first gets the
keyboard or the first letter is typed, never at start-up; then every keystroke reuses
it. :class:`CardSearch` shows the cards found as a page of the window's stack, one row
each: the card's title, its kind (question, action, urgent) and the walk that leads
there. Choosing one opens the card with that trail, as if walked there.

Keys: the results follow every keystroke; Down (or Page Down) goes from the field into
the results, Up from the first result back to the field, and typing in the results goes
on in the field; Enter opens the result chosen (from the field: the first); Esc is the
window's key and goes back to the card. Deck text is shown as plain text only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent

from tiltakskort.ui.session import Session

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QStackedWidget

    from tiltakskort.deck.model import Deck
    from tiltakskort.search import Result, SearchIndex

# the most results shown (the engine leaves out those far weaker than the best)
LIMIT = 50
# between the kind and the walk on a result's second line
SEPARATOR = "  ·  "


def kind_text(kind: str) -> str:
    """A result's kind in the app's language: Question, Action or Urgent."""
    if kind == "urgent":
        return QCoreApplication.translate("CardSearch", "Urgent")
    if kind == "action":
        return QCoreApplication.translate("CardSearch", "Action")
    return QCoreApplication.translate("CardSearch", "Question")


def row_text(result: Result) -> str:
    """The two lines of a result: its title; its kind and the walk there."""
    second = kind_text(result.kind)
    if result.trail:
        second += SEPARATOR + result.trail_text()
    return f"{result.title}\n{second}"


def spoken_text(result: Result) -> str:
    """A result as a screen reader says it: title, kind, then the walk."""
    parts = [result.title, kind_text(result.kind)]
    if result.trail:
        parts.append(
            QCoreApplication.translate("CardSearch", "The way there: %1").replace(
                "%1", ", ".join(result.trail)
            )
        )
    return ". ".join(parts)


class CardSearch(QObject):
    """The results of ``field`` as a page of ``stack``; ``show_card_page`` goes back to the
    card. Choosing a result shows that card next, with its trail."""

    def __init__(
        self,
        field: QLineEdit,
        stack: QStackedWidget,
        session: Session,
        show_card_page: Callable[[], None],
    ) -> None:
        super().__init__(field)
        self.field = field
        self.stack = stack
        self.session = session
        self.show_card_page = show_card_page
        self._results: QListWidget | None = None  # made when first needed
        self._index: SearchIndex | None = None  # made when first needed
        self._index_deck: Deck | None = None  # the deck (view) and language it is of
        self._index_lang: str | None = None
        self.found: list[Result] = []  # the results shown, row by row
        field.textChanged.connect(self._changed)
        field.returnPressed.connect(self._enter)
        field.installEventFilter(self)
        session.deckChanged.connect(self._deck_changed)
        session.languageChanged.connect(self._language_changed)
        session.walkForgotten.connect(self.forget)

    # ------------------------------------------------------------------ parts
    @property
    def results(self) -> QListWidget:
        """The cards found by the search field."""
        if self._results is None:
            # the list and its painter only now: their Qt classes cost start-up time
            from tiltakskort.ui.searchrows import results_list

            self._results = results_list()
            self._results.itemActivated.connect(self._chosen)
            self._results.installEventFilter(self)
            self.stack.addWidget(self._results)
        return self._results

    def index(self) -> SearchIndex | None:
        """The search index of the deck and language shown (made, not built, here)."""
        view, lang = self.session.view, self.session.lang
        if view is None:
            return None
        if self._index is None or self._index_deck is not view or self._index_lang != lang:
            from tiltakskort.search import SearchIndex
            from tiltakskort.search.index import deck_synonyms

            self._index = SearchIndex(view, lang, synonyms=deck_synonyms(view))
            self._index_deck, self._index_lang = view, lang
        return self._index

    def prepare(self) -> None:
        """Build the index now (the field has the keyboard: a search is coming)."""
        index = self.index()
        if index is not None:
            index.build()

    # ------------------------------------------------------------------ actions
    def focus(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def forget(self) -> None:
        """Empty the field and the results without showing anything."""
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self.found = []
        if self._results is not None:
            self._results.clear()

    def enter_results(self) -> bool:
        """The keyboard into the results shown (True), if there are any to choose."""
        results = self._results
        if results is None or self.stack.currentWidget() is not results or not self.found:
            return False
        if results.currentRow() < 0:
            results.setCurrentRow(0)
        results.setFocus()
        return True

    def search(self, text: str) -> list[Result]:
        """The cards for ``text`` in the deck and language shown, best first."""
        index = self.index()
        if index is None or not text.strip():
            return []
        return index.search(text, limit=LIMIT)

    # ------------------------------------------------------------------ events
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if watched is self.field:
            if kind == QEvent.Type.FocusIn and self._index is None:
                # after the focus has moved (and is painted): then the index
                QTimer.singleShot(0, self.prepare)
            elif (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                return self.enter_results()
        elif (
            watched is self._results
            and kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            if event.key() == Qt.Key.Key_Up and self._results.currentRow() <= 0:
                self.field.setFocus()
                return True
            text = event.text()
            if (
                text
                and text.isprintable()
                and not event.modifiers()
                & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
            ):
                self.field.setFocus()  # typing goes on in the field
                self.field.insert(text)
                return True
        return False

    def _deck_changed(self, _deck: object) -> None:
        self._index = self._index_deck = None
        if self.field.text().strip() and self.stack.currentWidget() is self._results:
            self._changed(self.field.text())

    def _language_changed(self, _lang: str) -> None:
        if self.field.text():
            self._changed(self.field.text())

    def _changed(self, text: str) -> None:
        if not text.strip() or self.session.view is None:
            self.found = []
            self.show_card_page()
            return
        self.found = self.search(text)
        results = self.results
        from PySide6.QtWidgets import QListWidgetItem

        results.setUpdatesEnabled(False)
        results.clear()
        for r in self.found:
            item = QListWidgetItem(row_text(r))
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken_text(r))
            if r.urgent:
                item.setData(Qt.ItemDataRole.UserRole + 1, True)
            results.addItem(item)
        if self.found:
            results.setCurrentRow(0)
        else:
            results.addItem(
                QCoreApplication.translate("MainWindow", "No card matches “%1”").replace(
                    "%1", text.strip()
                )
            )
            results.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        results.setUpdatesEnabled(True)
        self.stack.setCurrentWidget(results)

    def _enter(self) -> None:
        if self._results is not None and self.found and self.stack.currentWidget() is self._results:
            self._chosen(self._results.currentItem() or self._results.item(0))

    def _chosen(self, item: QListWidgetItem | None) -> None:
        results = self._results
        if item is None or results is None:
            return
        row = results.row(item)
        if not 0 <= row < len(self.found):
            return
        result = self.found[row]
        self.forget()
        self.show_card_page()
        if result.path:
            self.session.follow(result.path)  # with its trail, as if walked there
        else:
            self.session.jump(result.id)  # no walk from the start reaches it
