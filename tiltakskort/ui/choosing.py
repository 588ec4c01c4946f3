"""What the user chooses about the app: the deck's language, the municipality, the
service they work in ("Hvor jobber du?"), the minutes before the app starts over, the
language of the app itself.

The deck's language, the municipality and the service are the session's (it remembers them); this
module asks and shows. Its sentences keep the window's translation context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QWidget

from tiltakskort.deck.model import Deck
from tiltakskort.ui.session import Session

LANGUAGE_NAMES = {
    "nb": "Bokmål",
    "nn": "Nynorsk",
    "sv": "Svenska",
    "en": "English",
    "se": "Davvisámegiella",
}


class Choosing:
    """The language list of ``window``, the municipality question and the preference
    dialogs; ``idle_changed`` is called when the idle time changes."""

    def __init__(
        self,
        window: QWidget,
        session: Session,
        language: QComboBox,
        municipality_action: QAction,
        idle_changed: Callable[[], None],
        service_action: QAction | None = None,
    ) -> None:
        self.window = window
        self.session = session
        self.language = language
        self.municipality_action = municipality_action
        self.service_action = service_action
        self.idle_changed = idle_changed
        language.currentIndexChanged.connect(self._language_chosen)
        session.deckChanged.connect(self._deck_changed)
        session.languageChanged.connect(self._show_language)

    def _deck_changed(self, _view: Deck) -> None:
        deck = self.session.deck
        assert deck is not None
        self.municipality_action.setVisible(bool(deck.municipalities))
        if self.service_action is not None:
            self.service_action.setVisible(bool(deck.services))
        self.language.blockSignals(True)
        self.language.clear()
        for code in deck.languages:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.blockSignals(False)
        self._show_language(self.session.lang)
        self.language.setVisible(len(deck.languages) > 1)
        if self.session.needs_municipality or self.session.needs_service:
            QTimer.singleShot(0, self.ask_where)

    def ask_where(self) -> None:
        """The questions asked once per deck: the municipality, then the service."""
        self.ask_municipality()
        self.ask_service()

    def _show_language(self, lang: str | None) -> None:
        index = self.language.findData(lang)
        if index >= 0 and index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)

    def _language_chosen(self, index: int) -> None:
        if index >= 0:
            self.session.set_language(self.language.itemData(index))

    def ask_municipality(self, force: bool = False) -> None:
        """Which municipality the user works in: asked once per deck (or when ``force``)."""
        deck = self.session.deck
        if deck is None or not deck.municipalities:
            return
        ids = list(deck.municipalities)
        names = [deck.municipalities[m].name.get(self.session.lang) for m in ids]
        current = self.session.settings.municipality(deck.id, ids)
        if current and not force:
            return
        from PySide6.QtWidgets import QInputDialog  # (dialogs' classes: only when opened)

        name, ok = QInputDialog.getItem(
            self.window,
            QCoreApplication.translate("MainWindow", "Municipality"),
            QCoreApplication.translate("MainWindow", "Which municipality do you work in?"),
            names,
            ids.index(current) if current else 0,
            False,
        )
        if ok and name in names:
            self.session.set_municipality(ids[names.index(name)])

    def ask_service(self, force: bool = False) -> None:
        """Where the user works (the deck's services): asked once per deck (or when
        ``force``); "none of these" shows the deck as it is."""
        deck = self.session.deck
        if deck is None or not deck.services or (not force and not self.session.needs_service):
            return
        ids = list(deck.services)
        names = [deck.services[s].name.get(self.session.lang) for s in ids]
        names.append(QCoreApplication.translate("MainWindow", "None of these"))
        current = self.session.service_id
        index = ids.index(current) if current in ids else (len(ids) if current == "" else 0)
        from PySide6.QtWidgets import QInputDialog  # (dialogs' classes: only when opened)

        name, ok = QInputDialog.getItem(
            self.window,
            QCoreApplication.translate("MainWindow", "Where do you work?"),
            QCoreApplication.translate(
                "MainWindow",
                "Where do you work? The cards show the contacts and steps of your service.",
            ),
            names,
            index,
            False,
        )
        if ok and name in names:
            i = names.index(name)
            self.session.set_service(ids[i] if i < len(ids) else None)

    def ask_idle(self) -> None:
        settings = self.session.settings
        if settings.policy.idle_minutes is not None:  # set by IT: nothing to choose
            return
        from PySide6.QtWidgets import QInputDialog  # (dialogs' classes: only when opened)

        value, ok = QInputDialog.getInt(
            self.window,
            QCoreApplication.translate("MainWindow", "Start over when idle"),
            QCoreApplication.translate(
                "MainWindow", "Minutes without use before the app starts over:"
            ),
            settings.idle_minutes,
            1,
            60,
        )
        if ok:
            settings.idle_minutes = value
            self.idle_changed()

    def set_ui_language(self, code: str) -> None:
        self.session.settings.ui_language = code
        from PySide6.QtWidgets import QMessageBox  # (dialogs' classes: only when opened)

        QMessageBox.information(
            self.window,
            "Tiltakskort",
            QCoreApplication.translate(
                "MainWindow", "The new language is used the next time the app starts."
            ),
        )
