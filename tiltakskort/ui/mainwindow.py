"""The main window: header, emergency line, trail, the card, and the app's actions.

The window is layout and actions. What it shows is the session's (``ui/session.py``):
the deck, the walk, the language, the municipality, the scenario. It listens to the
session's signals and calls its methods; it never assigns a walk. Opening decks
(``deckopening``), search (``search``), printing (``printactions``), the user's choices
(``choosing``), the walk keys and F1 (``keys``) and the hide screen, clipboard and idle
timer (``privacy``) live in their own modules. It never parses YAML and never writes
anything about a walk: settings hold preferences only.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tiltakskort.present import DocumentLine
from tiltakskort.ui import access, style
from tiltakskort.ui.cardview import CardView, plain_label
from tiltakskort.ui.choosing import Choosing
from tiltakskort.ui.deckopening import DeckOpener
from tiltakskort.ui.keys import WindowKeys
from tiltakskort.ui.parts import Logo, Trail, show_about
from tiltakskort.ui.printactions import PrintActions
from tiltakskort.ui.privacy import Privacy
from tiltakskort.ui.search import CardSearch
from tiltakskort.ui.session import Session
from tiltakskort.ui.settings import ZOOM_MAX, ZOOM_MIN, ZOOM_STEP, Settings
from tiltakskort.ui.trainingpanels import TrainingPanels
from tiltakskort.walk import Walk


class MainWindow(QMainWindow):
    """Tiltakskort's one window."""

    #: the card shown changed (after it is painted): the session's walk, passed on
    walkChanged = Signal(object)

    def __init__(self, settings: Settings | None = None, watch: bool = False) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.session = Session(self.settings, self)
        self.setWindowTitle("Tiltakskort")
        self._shown_walk: Walk | None = None  # the walk last painted (a new one is announced)
        # The style sheet goes on before the widgets exist: each widget is then styled
        # once as it is made, instead of all of them again afterwards.
        self.zoom = self.settings.zoom
        self.theme = style.theme_for(self.settings.theme)
        self.setStyleSheet(style.stylesheet(self.theme, self.zoom))
        self.print_actions = PrintActions(self, self.session)
        self._build()
        self.privacy = Privacy(self, self.session)
        self.hide_cover, self.idle = self.privacy.cover, self.privacy.idle  # for tests and scripts
        self._build_actions()
        self.opener = DeckOpener(self, self.session, self.splitter, watch)
        self.finder = CardSearch(self.search, self.stack, self.session, self.show_card_page)
        self.training = TrainingPanels(self, self.session)
        self.choosing = Choosing(
            self,
            self.session,
            self.language,
            self.municipality_action,
            self.privacy.restart_idle,
            self.service_action,
        )
        self.keys = WindowKeys(self)
        self.apply_style(restyle=False)
        s = self.session
        s.walkChanged.connect(self.refresh)
        s.languageChanged.connect(self.refresh)
        s.verdictChanged.connect(self._show_verdict)
        s.walkForgotten.connect(self.show_card_page)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        page = QWidget()
        page.setObjectName("page")
        outer = QVBoxLayout(page)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(6)

        header = QHBoxLayout()
        self.logo = Logo()
        header.addWidget(self.logo)
        titles = QVBoxLayout()
        self.municipality_label = plain_label("", "municipality")
        self.deck_title = plain_label("", "deckTitle")
        titles.addWidget(self.municipality_label)
        titles.addWidget(self.deck_title)
        header.addLayout(titles, 1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a card (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Find a card"))
        self.search.setClearButtonEnabled(True)
        header.addWidget(self.search)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the cards"))
        header.addWidget(self.language)
        self.hide_button = QPushButton(self.tr("Hide"))
        self.hide_button.setObjectName("hide")
        self.hide_button.setAccessibleName(self.tr("Hide the screen"))
        self.hide_button.setToolTip(self.tr("Covers the window at once (also: Esc twice)"))
        self.hide_button.clicked.connect(self.hide_screen)
        header.addWidget(self.hide_button)
        outer.addLayout(header)

        self.emergency = QFrame()
        self.emergency.setObjectName("emergency")
        em = QHBoxLayout(self.emergency)
        self.emergency_label = plain_label("")
        self.emergency_label.setAccessibleName(self.tr("Emergency number"))
        em.addWidget(self.emergency_label, 1)
        outer.addWidget(self.emergency)
        self.signature_label = plain_label("", "muted")
        self.signature_label.hide()
        outer.addWidget(self.signature_label)
        # the decks that come with the app are examples: their local numbers are made up
        self.example_banner = plain_label(
            self.tr(
                "Example deck: the local offices and their phone numbers are made up. "
                "The national numbers (such as 112) are real."
            ),
            "exampleBanner",
        )
        self.example_banner.setAccessibleName(self.example_banner.text())
        self.example_banner.hide()

        self.trail = Trail()
        self.trail.stepChosen.connect(self.go_to_step)

        self.stack = QStackedWidget()
        self.card_view = CardView()
        self.card_view.optionChosen.connect(self.choose)
        self.card_view.documentChosen.connect(self.open_document)
        self.card_view.told.connect(self.tell)
        # The banner and the trail scroll with the card: at 200 % on a small screen the
        # window keeps its room for the card, and nothing is squeezed until it is cut.
        self.card_page = QWidget()
        self.card_page.setObjectName("cardPage")
        page_box = QVBoxLayout(self.card_page)
        page_box.setContentsMargins(0, 0, 0, 0)
        page_box.setSpacing(6)
        page_box.addWidget(self.example_banner)
        page_box.addWidget(self.trail)
        page_box.addWidget(self.card_view, 1)
        self.card_scroll = QScrollArea()
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setWidget(self.card_page)
        self.card_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.card_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_scroll.setAccessibleName(self.tr("The card"))
        # the splitter holds the problem list of a watched deck too, when there is one
        self.splitter = QSplitter()
        self.splitter.addWidget(self.card_scroll)
        self.stack.addWidget(self.splitter)

        outer.addWidget(self.stack, 1)

        self.scenario_bar = plain_label("", "muted")
        self.scenario_bar.hide()
        outer.addWidget(self.scenario_bar)

        nav = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleDescription(self.tr("One step back (Backspace)"))
        self.back_button.clicked.connect(self.go_back)
        self.restart_button = QPushButton(self.tr("Start over"))
        self.restart_button.setAccessibleDescription(self.tr("Back to the first card (Home)"))
        self.restart_button.clicked.connect(self.restart)
        self.map_button = QPushButton(self.tr("Map"))
        self.map_button.setAccessibleDescription(self.tr("The whole deck as a map (Ctrl+M)"))
        self.map_button.setCheckable(True)
        self.map_button.toggled.connect(self.show_map)
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setAccessibleName(self.tr("Print the steps (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_actions.print_walk)
        for b in (self.back_button, self.restart_button, self.map_button):
            nav.addWidget(b)
        nav.addStretch(1)
        nav.addWidget(self.print_button)
        outer.addLayout(nav)
        self.setCentralWidget(page)
        self.setGeometry(access.fit_to_screen(QSize(1100, 800)))

    def _build_actions(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.open_action = self.add_action(
            self.file_menu,
            self.tr("&Open deck…"),
            QKeySequence.StandardKey.Open,
            lambda: self.opener.open_dialog(),
        )
        self.print_action = self.add_action(
            self.file_menu,
            self.tr("&Print the steps…"),
            QKeySequence.StandardKey.Print,
            self.print_actions.print_walk,
        )
        self.save_pdf_action = self.add_action(
            self.file_menu, self.tr("Save as &PDF…"), None, self.print_actions.save_pdf
        )
        self.booklet_action = self.add_action(
            self.file_menu,
            self.tr("Print the card &booklet…"),
            None,
            self.print_actions.save_booklet,
        )
        self.file_menu.addSeparator()
        self.add_action(self.file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        view = bar.addMenu(self.tr("&View"))
        self.add_action(
            view, self.tr("Find a card"), QKeySequence.StandardKey.Find, lambda: self.finder.focus()
        )
        # Ctrl+= too: on keyboards where + needs Shift (US) that is the usual zoom key
        self.add_action(
            view,
            self.tr("Larger text"),
            [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")],
            lambda: self.set_zoom(self.zoom + ZOOM_STEP),
        )
        self.add_action(
            view,
            self.tr("Smaller text"),
            QKeySequence("Ctrl+-"),
            lambda: self.set_zoom(self.zoom - ZOOM_STEP),
        )
        self.add_action(
            view, self.tr("Normal text size"), QKeySequence("Ctrl+0"), lambda: self.set_zoom(100)
        )
        self.contrast_action = self.add_action(
            view, self.tr("High contrast"), None, self.toggle_contrast
        )
        self.contrast_action.setCheckable(True)
        view.addSeparator()
        self.add_action(
            view,
            self.tr("Map of the deck"),
            QKeySequence("Ctrl+M"),
            lambda: self.map_button.toggle(),
        )
        self.add_action(
            view, self.tr("Presentation mode"), QKeySequence("F5"), self.toggle_presentation
        )
        self.add_action(view, self.tr("Full screen"), QKeySequence("F11"), self.toggle_full_screen)
        training = bar.addMenu(self.tr("&Training"))
        self.add_action(
            training, self.tr("Scenarios…"), None, lambda: self.training.show_scenarios()
        )
        self.add_action(
            training,
            self.tr("Today's results"),
            None,
            lambda: self.training.scenario_panel.show_tally(),
        )
        settings = bar.addMenu(self.tr("&Settings"))
        self.municipality_action = self.add_action(
            settings,
            self.tr("Change &municipality…"),
            None,
            lambda: self.choosing.ask_municipality(force=True),
        )
        self.service_action = self.add_action(
            settings,
            self.tr("Change &workplace…"),
            None,
            lambda: self.choosing.ask_service(force=True),
        )
        ui_lang = settings.addMenu(self.tr("Language of the app"))
        for code, name in (
            ("nb", "Norsk bokmål"),
            ("nn", "Norsk nynorsk"),
            ("sv", "Svenska"),
            ("en", "English"),
        ):
            self.add_action(
                ui_lang, name, None, lambda _=False, c=code: self.choosing.set_ui_language(c)
            )
        self.idle_action = self.add_action(
            settings,
            self.tr("Time before the app starts over…"),
            None,
            lambda: self.choosing.ask_idle(),
        )
        fixed = self.settings.policy.idle_minutes
        if fixed is not None:  # set by IT (policy): shown, not changeable
            self.idle_action.setText(
                self.tr("Time before the app starts over: %n min (set by IT)", "", fixed)
            )
            self.idle_action.setEnabled(False)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.add_action(
            help_menu, self.tr("Keys…"), QKeySequence(Qt.Key.Key_F1), lambda: self.keys.show_list()
        )
        self.add_action(help_menu, self.tr("About Tiltakskort"), None, self.about)
        QTimer.singleShot(0, self._check_printing)

    def add_action(
        self,
        menu: QMenu | None,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | list[QKeySequence] | None,
        slot: Callable[..., object],
    ) -> QAction:
        """An action in ``menu`` (or, with ``menu`` None, a key of the window alone) with
        one shortcut, a list of them, or none; using it counts as activity (idle)."""
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(self.privacy.restart_idle)
        action.triggered.connect(slot)
        (menu if menu is not None else self).addAction(action)
        return action

    def _check_printing(self) -> None:
        available = self.print_actions.check()
        for thing in (self.print_action, self.save_pdf_action, self.booklet_action):
            thing.setVisible(available)
        self.print_button.setVisible(self.print_actions.walk_printable)

    # ------------------------------------------------------------------ decks
    def load(self, path: str | Path, *, quiet: bool = False) -> bool:
        """Open a deck; on problems, list them (a dialog unless ``quiet``) and keep the
        deck we had."""
        return self.opener.open(path, quiet=quiet)

    def _show_verdict(self, text: str) -> None:
        self.signature_label.setText(text)
        self.signature_label.setAccessibleName(text)
        self.signature_label.setVisible(bool(text))

    # ------------------------------------------------------------------ showing
    def refresh(self) -> None:
        """Show the session's deck and walk: header, trail and card."""
        walk, deck, lang = self.session.walk, self.session.view, self.session.lang
        if walk is None or deck is None:
            return
        self.municipality_label.setText(
            " · ".join(x for x in (deck.municipality_name(lang), deck.service_name(lang)) if x)
        )
        self.deck_title.setText(deck.title.get(lang))
        self.logo.show_deck(deck, lang)
        self.emergency_label.setText(f"☎  {deck.emergency.line(lang)}")
        self.emergency_label.setAccessibleName(self.emergency_label.text())
        # the focus leaves the card (and the trail) before their widgets are hidden and
        # shown again
        access.park_focus(self.card_page)
        self.trail.show_walk(walk, lang)
        self.example_banner.setVisible(self.session.is_example)
        # the time (and with it the time zone tables) only where opening hours are shown
        at = self.session.now() if walk.current.contacts else None
        self.card_view.show_walk(walk, lang, at, self.copy_text)
        self.back_button.setEnabled(walk.can_go_back)
        self.print_button.setVisible(self.print_actions.walk_printable)
        self.training.walk_shown()
        self.card_scroll.verticalScrollBar().setValue(0)
        new_card = walk is not self._shown_walk
        self._shown_walk = walk
        if new_card:
            self._announce_card(walk)
        if not self.is_hidden_screen and (new_card or QApplication.focusWidget() is None):
            self.focus_card()
        self.walkChanged.emit(walk)

    def focus_card(self) -> None:
        """The keyboard to the card: its title when the title takes focus (a screen
        reader then reads it), else the first option, else the card."""
        view = self.card_view
        title = view.title
        if title is not None and title.focusPolicy() != Qt.FocusPolicy.NoFocus:
            title.setFocus()
        elif view.option_buttons:
            view.option_buttons[0].setFocus()
        else:
            self.card_scroll.setFocus()

    def open_document(self, document: DocumentLine) -> None:
        """A file button: open a copy of the file with the system's program."""
        from tiltakskort.ui.documents import open_copy

        open_copy(self, document, self.session.document_bytes)

    def _announce_card(self, walk: Walk) -> None:
        """A new card is said once, its title first, then "urgent" for urgent cards.

        The focus goes to the title (a heading), so a screen reader reads the title from
        there; the urgent banner (an alert) follows as an assertive announcement. Where
        the title cannot take focus, one announcement carries both."""
        view = self.card_view
        urgent = walk.current.urgent
        title = view.title
        if title is not None and title.focusPolicy() != Qt.FocusPolicy.NoFocus:
            if urgent and not self.is_hidden_screen:
                QTimer.singleShot(
                    0, lambda: access.announce(view.banner, view.banner.text(), assertive=True)
                )
            return
        text = walk.current.title.get(self.session.lang)
        if urgent:
            text += ". " + self.tr("Urgent")
        access.announce(view, text, assertive=urgent)

    # ------------------------------------------------------------------ walking (the card page)
    def choose(self, index: int) -> None:
        self.show_card_page()
        self.session.choose(index)

    def go_back(self) -> None:
        self.show_card_page()
        self.session.back()

    def go_to_step(self, index: int) -> None:
        self.show_card_page()
        self.session.go_to_step(index)

    def restart(self) -> None:
        self.show_card_page()
        self.session.restart()

    def jump(self, card_id: str) -> None:
        self.show_card_page()
        self.session.jump(card_id)

    def present_next(self) -> None:
        """The clicker's forward key: the option with focus, else the first."""
        focused = QApplication.focusWidget()
        buttons = self.card_view.option_buttons
        if focused in buttons:
            self.choose(buttons.index(focused))
        elif buttons:
            self.choose(0)

    def show_card_page(self) -> None:
        """The card (not the results, the map or a scenario panel) in front."""
        self.stack.setCurrentIndex(0)
        if self.map_button.isChecked():
            self.map_button.blockSignals(True)
            self.map_button.setChecked(False)
            self.map_button.blockSignals(False)

    # ------------------------------------------------------------------ training
    def show_map(self, on: bool) -> None:
        self.training.show_map(on)

    def toggle_presentation(self) -> None:
        self.training.presentation.toggle()

    def toggle_full_screen(self) -> None:
        self.training.presentation.toggle_full_screen()

    def presentation_hidden(self) -> list[QWidget | QAction]:
        """What presentation mode hides."""
        # the walk keys too: the presentation takes digits, Backspace and Esc itself
        return [
            self.menuBar(),
            self.print_button,
            self.search,
            self.hide_button,
            *self.keys.actions,
        ]

    # ------------------------------------------------------------------ look
    def set_zoom(self, value: int, remember: bool = True) -> None:
        self.zoom = max(ZOOM_MIN, min(ZOOM_MAX, int(value)))
        if remember:
            self.settings.zoom = self.zoom
        self.apply_style()

    def toggle_contrast(self) -> None:
        self.settings.theme = "light" if self.theme.name == "contrast" else "contrast"
        self.apply_style()

    def apply_style(self, restyle: bool = True) -> None:
        self.theme = style.theme_for(self.settings.theme)
        QApplication.setPalette(style.palette(self.theme))
        if restyle:
            self.setStyleSheet(style.stylesheet(self.theme, self.zoom))
        self.card_view.colours = {
            "muted": self.theme.muted,
            "open": self.theme.open_text,
            "closed": self.theme.closed_text,
            "title_size": f"{14 * self.zoom / 100:.1f}pt",
        }
        self.contrast_action.setChecked(self.theme.name == "contrast")
        ticks = [box.isChecked() for box in self.card_view.step_boxes]
        same_card = self.session.walk is not None and self.session.walk is self._shown_walk
        self.refresh()
        if same_card:  # the same card in another size or colours: its ticks stay
            for box, ticked in zip(self.card_view.step_boxes, ticks, strict=False):
                box.setChecked(ticked)
        self.keep_on_screen()

    def keep_on_screen(self) -> None:
        """Larger text never makes the window wider or taller than the screen."""
        if self.isFullScreen() or self.isMaximized():
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        if self.width() > area.width() or self.height() > area.height():
            self.resize(min(self.width(), area.width()), min(self.height(), area.height()))

    # ------------------------------------------------------------------ privacy
    def copy_text(self, text: str) -> None:
        self.privacy.copy(text)
        self.tell(self.tr("Copied: %1").replace("%1", text))

    def tell(self, text: str) -> None:
        """A short message at the bottom of the window, said by screen readers too."""
        self.statusBar().showMessage(text, 6000)
        access.announce(self.statusBar(), text)

    def hide_screen(self) -> None:
        """Skjul: the neutral screen over the window (``ui/privacy.py``)."""
        self.privacy.hide()

    def show_again(self) -> None:
        self.privacy.show_again()

    @property
    def is_hidden_screen(self) -> bool:
        return self.privacy.is_hidden

    # ------------------------------------------------------------------ help and Qt's events
    def about(self) -> None:
        show_about(self, self.session.view, self.session.lang)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.privacy.window_shown()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.privacy.window_resized()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if access.enter_presses_button(self, event):
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.privacy.clear_clipboard()
        # temporary PDFs exist only if printing was used (and its module imported)
        printing = sys.modules.get("tiltakskort.ui.printing")
        if printing is not None:
            printing.cleanup()
        documents = sys.modules.get("tiltakskort.ui.documents")  # copies of the deck's files
        if documents is not None:
            documents.cleanup()
        super().closeEvent(event)
