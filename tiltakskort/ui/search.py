"""Finding a card: the search field's results, and choosing one.

:func:`search_cards` is the matching (pure: a deck, a language, the words typed);
:class:`CardSearch` shows its results in the window's stack and opens the card chosen
through the session.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QStackedWidget

from tiltakskort.deck.model import Deck
from tiltakskort.ui.session import Session


def search_cards(deck: Deck, lang: str | None, text: str) -> list[str]:
    """Ids of cards whose title, body, steps, talk or tags hold every word of ``text``,
    those whose title and tags hold them first."""
    words = [w for w in text.casefold().split() if w]
    if not words:
        return []
    found = []
    for cid, card in deck.cards.items():
        parts = [card.title.get(lang)]
        if card.body:
            parts.append(card.body.plain(lang))
        parts += [t.get(lang) for t in (*card.steps, *card.talk, *card.tags)]
        parts += [o.label.get(lang) for o in card.options]
        hay = " ".join(parts).casefold()
        if all(w in hay for w in words):
            found.append(cid)

    def rank(cid: str) -> int:
        c = deck.cards[cid]
        head = (c.title.get(lang) + " " + " ".join(t.get(lang) for t in c.tags)).casefold()
        return 0 if all(w in head for w in words) else 1

    return sorted(found, key=rank)


class CardSearch:
    """The results of ``field`` as a page of ``stack``; ``show_card_page`` goes back to the
    card. Choosing a result shows that card next."""

    def __init__(self, field: QLineEdit, stack: QStackedWidget, session: Session,
                 show_card_page: Callable[[], None]) -> None:
        self.field = field
        self.stack = stack
        self.session = session
        self.show_card_page = show_card_page
        self._results: QListWidget | None = None  # made when first needed
        field.textChanged.connect(self._changed)
        field.returnPressed.connect(self._enter)
        session.languageChanged.connect(self._language_changed)
        session.walkForgotten.connect(self.forget)

    @property
    def results(self) -> QListWidget:
        """The cards found by the search field."""
        if self._results is None:
            self._results = QListWidget()
            self._results.setAccessibleName(QCoreApplication.translate("MainWindow", "Cards found"))
            self._results.itemActivated.connect(self._chosen)
            self.stack.addWidget(self._results)
        return self._results

    def focus(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def forget(self) -> None:
        """Empty the field without showing anything."""
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)

    def _language_changed(self, _lang: str) -> None:
        if self.field.text():
            self._changed(self.field.text())

    def _changed(self, text: str) -> None:
        view, lang = self.session.view, self.session.lang
        if not text.strip() or view is None:
            self.show_card_page()
            return
        self.results.clear()
        ids = search_cards(view, lang, text)
        for cid in ids:
            item = QListWidgetItem(f"{view.card_numbers[cid]}. {view.cards[cid].title.get(lang)}")
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.results.addItem(item)
        if not ids:
            self.results.addItem(QCoreApplication.translate("MainWindow", "No card matches “%1”")
                                 .replace("%1", text))
            self.results.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.results.setCurrentRow(0)
        self.stack.setCurrentWidget(self.results)

    def _enter(self) -> None:
        item = self.results.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self._chosen(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        cid = item.data(Qt.ItemDataRole.UserRole)
        if cid:
            self.forget()
            self.show_card_page()
            self.session.jump(cid)
