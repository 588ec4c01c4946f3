"""The main window: header, emergency line, trail, the card, and the app's actions.

The window holds one ``Walk`` (pure, from ``walk.py``) and shows views of it: the card,
the map, the scenario panel. It never parses YAML (``deck.loader`` does) and never writes
anything about a walk: settings hold preferences only.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QFileSystemWatcher, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QImageReader, QKeySequence, QPixmap
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QFrame, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMainWindow, QMessageBox,
                               QPushButton, QScrollArea, QSplitter, QStackedWidget, QToolButton,
                               QVBoxLayout, QWidget)

from tiltakskort.deck.loader import LoadResult, load_deck
from tiltakskort.deck.model import Deck
from tiltakskort.ui import style
from tiltakskort.ui.cardview import CardView, plain_label
from tiltakskort.ui.settings import ZOOM_MAX, ZOOM_MIN, ZOOM_STEP, Settings
from tiltakskort.walk import Walk, now_in

TEXT_INPUTS = (QLineEdit, QComboBox)


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
        image = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    pix = QPixmap.fromImage(image)
    pix.setDevicePixelRatio(ratio)
    return pix


def problem_lines(result: LoadResult, lang: str) -> list[str]:
    """Problems as "deck.yaml, line 84, column 12 – TK027 (error): sentence", errors first."""
    ordered = sorted(result.problems, key=lambda p: (not p.is_error, p.sort_key()))
    nb = lang in ("nb", "nn")
    words = ("linje", "kolonne", "feil", "advarsel") if nb else ("line", "column", "error", "warning")
    out = []
    for p in ordered:
        kind = words[2] if p.is_error else words[3]
        out.append(f"{Path(p.path).name}, {words[0]} {p.line}, {words[1]} {p.column} – {p.code} ({kind}): "
                   f"{p.text('nb' if nb else 'en')}")
    return out


class ProblemDialog(QDialog):
    """A deck could not be opened: the problems, in plain words; the old deck stays."""

    def __init__(self, path: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The deck has problems"))
        box = QVBoxLayout(self)
        box.addWidget(plain_label(self.tr("The deck in %1 could not be opened. The app keeps the "
                                          "deck it had. Problems:").replace("%1", path)))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Problems in the deck"))
        for line in lines:
            self.list.addItem(line)
        box.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        box.addWidget(buttons)
        self.resize(900, 420)


class InputActivity(QObject):
    """Calls ``activity`` for every input event of the window it watches."""

    def __init__(self, activity, parent: QObject) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.activity = activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.isInputEvent():
            self.activity()
        return False


class HideScreen(QWidget):
    """A neutral screen over the whole window (Skjul / Esc twice)."""

    shown_again = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("hideScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        box = QVBoxLayout(self)
        box.addStretch(1)
        label = QLabel("Tiltakskort")
        label.setObjectName("hideText")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(label)
        self.button = QPushButton(self.tr("Show again"))
        self.button.setAccessibleName(self.tr("Show the app again"))
        self.button.clicked.connect(self.shown_again)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(2)
        self.hide()


class MainWindow(QMainWindow):
    """Tiltakskort's one window."""

    walkChanged = Signal()

    def __init__(self, settings: Settings | None = None, watch: bool = False) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.setWindowTitle("Tiltakskort")
        self.deck: Deck | None = None          # the deck as loaded (all municipalities)
        self.last_problems: list[str] = []     # the last refused deck's problems, as shown
        self.view: Deck | None = None          # the deck as shown (one municipality)
        self.deck_path: str | None = None
        self.walk: Walk | None = None
        self.lang: str | None = None
        self.scenario_id: str | None = None
        self.watch = watch
        self.clock = None  # a function returning "now" (tests set it)
        self._copied: str | None = None
        self._last_esc = 0.0
        # The style sheet goes on before the widgets exist: each widget is then styled
        # once as it is made, instead of all of them again afterwards.
        self.zoom = self.settings.zoom
        self.theme = style.theme_for(self.settings.theme)
        self.setStyleSheet(style.stylesheet(self.theme, self.zoom))
        self._build()
        self._build_actions()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.forget_walk)
        self._restart_idle()
        self.watcher: QFileSystemWatcher | None = None
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(300)
        self._reload_timer.timeout.connect(self.reload)
        self._activity: InputActivity | None = None
        self._build_keys()
        self._presentation = None
        self.apply_style(restyle=False)

    # ------------------------------------------------------------------ layout
    def _build(self) -> None:
        page = QWidget()
        page.setObjectName("page")
        outer = QVBoxLayout(page)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.setSpacing(6)

        header = QHBoxLayout()
        self.logo = QLabel()
        self.logo.setAccessibleName(self.tr("Logo"))
        self.logo.setFixedSize(LOGO_SIZE, LOGO_SIZE)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
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
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_enter)
        header.addWidget(self.search)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the cards"))
        self.language.currentIndexChanged.connect(self._language_chosen)
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

        self.trail_box = QHBoxLayout()
        self.trail_box.setSpacing(2)
        trail = QWidget()
        trail.setLayout(self.trail_box)
        trail.setAccessibleName(self.tr("Your answers so far"))
        outer.addWidget(trail)

        self.stack = QStackedWidget()
        self.card_view = CardView()
        self.card_view.optionChosen.connect(self.choose)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.card_view)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setAccessibleName(self.tr("The card"))
        # the problem list (beside the card) and the search results are made when first
        # needed: most starts need neither
        self._problems: QListWidget | None = None
        self._results: QListWidget | None = None
        splitter = QSplitter()
        splitter.addWidget(self.scroll)
        self.splitter = splitter
        self.stack.addWidget(splitter)

        self._map_panel = None
        self._scenario_panel = None
        outer.addWidget(self.stack, 1)

        self.scenario_bar = plain_label("", "muted")
        self.scenario_bar.hide()
        outer.addWidget(self.scenario_bar)

        nav = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back one step (Backspace)"))
        self.back_button.clicked.connect(self.go_back)
        self.restart_button = QPushButton(self.tr("Start over"))
        self.restart_button.setAccessibleName(self.tr("Start over (Home)"))
        self.restart_button.clicked.connect(self.restart)
        self.map_button = QPushButton(self.tr("Map"))
        self.map_button.setAccessibleName(self.tr("The whole deck as a map"))
        self.map_button.setCheckable(True)
        self.map_button.toggled.connect(self.show_map)
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setAccessibleName(self.tr("Print the steps (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_walk)
        for b in (self.back_button, self.restart_button, self.map_button):
            nav.addWidget(b)
        nav.addStretch(1)
        nav.addWidget(self.print_button)
        outer.addLayout(nav)
        self.setCentralWidget(page)
        self.hide_cover = HideScreen(self)
        self.hide_cover.shown_again.connect(self.show_again)
        self.resize(1100, 800)

    def _build_actions(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.open_action = self._action(self.file_menu, self.tr("&Open deck…"), QKeySequence.StandardKey.Open,
                                        self.open_dialog)
        self.print_action = self._action(self.file_menu, self.tr("&Print the steps…"), QKeySequence.StandardKey.Print,
                                         self.print_walk)
        self.save_pdf_action = self._action(self.file_menu, self.tr("Save as &PDF…"), None, self.save_pdf)
        self.booklet_action = self._action(self.file_menu, self.tr("Print the card &booklet…"), None,
                                           self.save_booklet)
        self.file_menu.addSeparator()
        self._action(self.file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("Find a card"), QKeySequence.StandardKey.Find, self.focus_search)
        # Ctrl+= too: on keyboards where + needs Shift (US) that is the usual zoom key
        self._action(view, self.tr("Larger text"), [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")],
                     lambda: self.set_zoom(self.zoom + ZOOM_STEP))
        self._action(view, self.tr("Smaller text"), QKeySequence("Ctrl+-"), lambda: self.set_zoom(self.zoom - ZOOM_STEP))
        self._action(view, self.tr("Normal text size"), QKeySequence("Ctrl+0"), lambda: self.set_zoom(100))
        self.contrast_action = self._action(view, self.tr("High contrast"), None, self.toggle_contrast)
        self.contrast_action.setCheckable(True)
        view.addSeparator()
        self._action(view, self.tr("Map of the deck"), QKeySequence("Ctrl+M"), lambda: self.map_button.toggle())
        self._action(view, self.tr("Presentation mode"), QKeySequence("F5"), self.toggle_presentation)
        self._action(view, self.tr("Full screen"), QKeySequence("F11"), self.toggle_full_screen)
        training = bar.addMenu(self.tr("&Training"))
        self._action(training, self.tr("Scenarios…"), None, self.show_scenarios)
        self._action(training, self.tr("Today's results"), None, lambda: self.scenario_panel.show_tally())
        settings = bar.addMenu(self.tr("&Settings"))
        self.municipality_action = self._action(settings, self.tr("Change &municipality…"), None,
                                                lambda: self.ask_municipality(force=True))
        ui_lang = settings.addMenu(self.tr("Language of the app"))
        for code, name in (("nb", "Norsk bokmål"), ("nn", "Norsk nynorsk"), ("sv", "Svenska"), ("en", "English")):
            self._action(ui_lang, name, None, lambda _=False, c=code: self.set_ui_language(c))
        self._action(settings, self.tr("Time before the app starts over…"), None, self.ask_idle)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("About Tiltakskort"), None, self.about)
        QTimer.singleShot(0, self._check_printing)

    def _action(self, menu, text: str, shortcut, slot) -> QAction:  # type: ignore[no-untyped-def]
        """An action in ``menu`` (or, with ``menu`` None, a key of the window alone) with
        one shortcut, a list of them, or none; using it counts as activity (idle)."""
        action = QAction(text, self)
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(self._restart_idle)
        action.triggered.connect(slot)
        (menu if menu is not None else self).addAction(action)
        return action

    def _check_printing(self) -> None:
        # whether this build can print (the PDF code is there), without importing it yet
        from importlib.util import find_spec

        try:
            available = all(find_spec(name) is not None
                            for name in ("reportlab", "tiltakskort.pdf", "tiltakskort.ui.printing"))
        except (ImportError, ValueError):
            available = False
        available = available and self.settings.printing_allowed  # IT may turn printing off
        for thing in (self.print_action, self.save_pdf_action, self.booklet_action):
            thing.setVisible(available)
        self.print_button.setVisible(available and bool(self.walk and self.walk.current.is_end))
        self._printing = available

    # ------------------------------------------------------------------ decks
    def load(self, path: str | Path, *, quiet: bool = False) -> bool:
        """Open a deck; on problems, list them and keep the deck we had."""
        from tiltakskort.signing.deck import read_deck_files

        folder = Path(path) if Path(path).is_dir() else Path(path).parent
        try:
            # each file is read once: the signature is checked on these bytes, and the
            # loader parses these same bytes
            is_deck = (folder / "deck.yaml").is_file() and sum(1 for _ in zip(range(501), folder.rglob("*"))) <= 500
            self._files = read_deck_files(folder) if is_deck else {}
        except OSError:
            self._files = {}
        preloaded = {(folder / rel).resolve(): data for rel, data in self._files.items()}
        result = load_deck(path, preloaded=preloaded)
        if result.deck is None or result.errors:
            lines = problem_lines(result, self.settings.ui_language)
            self.last_problems = lines
            if self.watch and self.deck is not None:
                # editors that save by replacing the file end the watch on it: watch again
                self._watch(result.files or [Path(path) / "deck.yaml"], path)
                self._show_problem_panel(lines)
            elif not quiet:
                ProblemDialog(str(path), lines, self).exec()
            return False
        verdict = self._check_signature(result, path)
        if verdict is not None:
            self.last_problems = [verdict]
            if self.watch and self.deck is not None:
                self._show_problem_panel([verdict])
            elif not quiet:
                ProblemDialog(str(path), [verdict], self).exec()
            return False
        self._show_problem_panel([])
        self.last_problems = []
        old = self.walk
        self.deck = result.deck
        self.deck_path = str(path)
        self._watch(result.files, path)
        self.lang = self.settings.deck_language(self.deck.id, self.deck.languages) or self.deck.default_language
        self._set_view()
        if old is not None and old.deck.id == result.deck.id:
            self.walk = old.with_deck(self.view)  # type: ignore[arg-type]
        else:
            self.walk = Walk.start(self.view)  # type: ignore[arg-type]
            self.scenario_id = None
        self._fill_languages()
        self.render()
        if self.deck.municipalities and not self.settings.municipality(self.deck.id, self.deck.municipalities):
            QTimer.singleShot(0, self.ask_municipality)
        return True

    def trusted_keys(self) -> list:  # type: ignore[type-arg]
        """Public keys a packaged build carries (resources/keys/*.pub); none from source."""
        from tiltakskort import paths

        key_files = sorted((paths.resources_dir() / "keys").glob("*.pub"))
        if not key_files:
            return []
        from tiltakskort.signing.minisign import MinisignError, read_public

        keys = []
        for key_file in key_files:
            try:
                keys.append(read_public(key_file.read_text(encoding="utf-8")))
            except (OSError, MinisignError):
                continue
        return keys

    def _check_signature(self, result: LoadResult, path: str | Path) -> str | None:
        """Check a signed deck; return why it is refused, or None. Shows the approval line."""
        from tiltakskort.signing.deck import accept_version, verify_files

        self.signature_label.hide()
        keys = self.trusted_keys() + self.settings.policy_keys()  # the key IT trusts (policy)
        folder = Path(path) if Path(path).is_dir() else Path(path).parent
        files = getattr(self, "_files", None) or {}
        verification = verify_files(files, keys) if files and (
            keys or "MANIFEST.sha256.minisig" in files) else None
        from tiltakskort import paths

        built_in = paths.cards_dir().resolve() in folder.resolve().parents
        if verification is None or verification.status in ("unsigned", "no-key"):
            if keys and not built_in:
                return self.tr("This deck is not signed. This build only opens decks approved and signed by "
                               "the municipality.")
            return None
        if verification.status == "altered":
            names = ", ".join(verification.changed + verification.added + verification.removed)
            return self.tr("Warning: the deck was changed after it was signed (%1). Ask whoever looks after "
                           "the deck.").replace("%1", names)
        if verification.status != "valid":
            return self.tr("The deck's signature does not match the municipality's key. The deck is not used.")
        deck = result.deck
        assert deck is not None
        text = self.tr("Approved by %1, signed %2").replace("%1", verification.municipality) \
            .replace("%2", verification.signed)
        highest = self.settings.store.value(f"decks/{deck.id}/highest_version", None)
        highest = highest if isinstance(highest, str) and len(highest) < 40 else None
        rollback, new_highest = accept_version(verification.version, highest)
        if rollback:
            text += " – " + self.tr("warning: this is an older version (%1) than one used before (%2)") \
                .replace("%1", verification.version).replace("%2", highest or "")
        elif new_highest and new_highest != highest:
            self.settings.store.setValue(f"decks/{deck.id}/highest_version", new_highest)
        self.signature_label.setText(text)
        self.signature_label.setAccessibleName(text)
        self.signature_label.show()
        return None

    def _set_view(self) -> None:
        assert self.deck is not None
        mid = self.settings.municipality(self.deck.id, self.deck.municipalities)
        self.view = self.deck.for_municipality(mid) if mid else self.deck
        self.municipality_action.setVisible(bool(self.deck.municipalities))

    def _watch(self, files, path) -> None:  # type: ignore[no-untyped-def]
        if not self.watch:
            return
        if self.watcher is None:
            self.watcher = QFileSystemWatcher(self)
            self.watcher.fileChanged.connect(lambda _: self._reload_timer.start())
            self.watcher.directoryChanged.connect(lambda _: self._reload_timer.start())
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        paths = {str(Path(f)) for f in files} | {str(Path(f).parent) for f in files}
        paths.add(str(Path(path)))
        self.watcher.addPaths(sorted(p for p in paths if Path(p).exists()))

    def reload(self) -> None:
        if self.deck_path:
            self.load(self.deck_path, quiet=True)

    @property
    def problems(self) -> QListWidget:
        """The list of a watched deck's problems, beside the card."""
        if self._problems is None:
            self._problems = QListWidget()
            self._problems.setWordWrap(True)
            self._problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._problems.setAccessibleName(self.tr("Problems in the deck"))
            self._problems.hide()
            self.splitter.addWidget(self._problems)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)
            self.splitter.setSizes([660, 440])
        return self._problems

    @property
    def results(self) -> QListWidget:
        """The cards found by the search field."""
        if self._results is None:
            self._results = QListWidget()
            self._results.setAccessibleName(self.tr("Cards found"))
            self._results.itemActivated.connect(self._result_chosen)
            self.stack.addWidget(self._results)
        return self._results

    @property
    def presentation(self):  # type: ignore[no-untyped-def]
        """Presentation mode (training days), set up the first time it is used."""
        if self._presentation is None:
            from tiltakskort.training.presentation import Presentation

            self._presentation = Presentation(
                self, on_next=self._present_next, on_back=self.go_back,
                on_digit=lambda n: self.choose(n - 1),
                set_scale=lambda f: self.set_zoom(int(f * 100), remember=False),
                get_scale=lambda: self.zoom / 100, to_hide=self._presentation_hidden)
        return self._presentation

    def _show_problem_panel(self, lines: list[str]) -> None:
        if not lines and self._problems is None:
            return
        self.problems.clear()
        for line in lines:
            self.problems.addItem(line)
        self.problems.setVisible(bool(lines))

    def open_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a deck folder"))
        if folder:
            self.load(folder)

    def ask_municipality(self, force: bool = False) -> None:
        if self.deck is None or not self.deck.municipalities:
            return
        ids = list(self.deck.municipalities)
        names = [self.deck.municipalities[m].name.get(self.lang) for m in ids]
        current = self.settings.municipality(self.deck.id, ids)
        if current and not force:
            return
        name, ok = QInputDialog.getItem(self, self.tr("Municipality"),
                                        self.tr("Which municipality do you work in?"), names,
                                        ids.index(current) if current else 0, False)
        if ok and name in names:
            self.settings.set_municipality(self.deck.id, ids[names.index(name)])
            self._set_view()
            if self.walk is not None:
                self.walk = self.walk.with_deck(self.view)  # type: ignore[arg-type]
            self.render()

    def _fill_languages(self) -> None:
        assert self.deck is not None
        names = {"nb": "Bokmål", "nn": "Nynorsk", "sv": "Svenska", "en": "English", "se": "Davvisámegiella"}
        self.language.blockSignals(True)
        self.language.clear()
        for code in self.deck.languages:
            self.language.addItem(names.get(code, code), code)
        self.language.setCurrentIndex(list(self.deck.languages).index(self.lang))
        self.language.blockSignals(False)
        self.language.setVisible(len(self.deck.languages) > 1)

    def _language_chosen(self, index: int) -> None:
        if self.deck is None or index < 0:
            return
        self.lang = self.language.itemData(index)
        self.settings.set_deck_language(self.deck.id, self.lang)  # type: ignore[arg-type]
        self.render()
        if self.search.text():
            self._search_changed(self.search.text())

    # ------------------------------------------------------------------ showing
    def now(self) -> datetime:
        return self.clock() if self.clock else now_in(self.view)  # type: ignore[arg-type]

    def render(self) -> None:
        if self.walk is None or self.view is None:
            return
        deck, lang = self.view, self.lang
        self.municipality_label.setText(deck.municipality_name(lang))
        self.deck_title.setText(deck.title.get(lang))
        self._set_logo(deck)
        self.emergency_label.setText(f"☎  {deck.emergency.text.get(lang)}: {deck.emergency.phone.display}")
        self.emergency_label.setAccessibleName(self.emergency_label.text())
        self._render_trail()
        # the time (and with it the time zone tables) only where opening hours are shown
        at = self.now() if self.walk.current.contacts else None
        self.card_view.show_walk(self.walk, lang, at, self.copy_text)
        self.back_button.setEnabled(self.walk.can_go_back)
        self.print_button.setVisible(getattr(self, "_printing", False) and self.walk.current.is_end)
        if self._map_panel is not None and self.stack.currentWidget() is self._map_panel:
            self._map_panel.set_deck(deck, lang, self.walk.path)
        self.scroll.verticalScrollBar().setValue(0)
        if self.card_view.option_buttons:
            self.card_view.option_buttons[0].setFocus()
        elif self.card_view.title is not None:
            self.card_view.setFocus()
        self.walkChanged.emit()

    def _set_logo(self, deck: Deck) -> None:
        logo = deck.branding.logo
        key = f"{logo}:{logo.stat().st_mtime_ns if logo is not None and logo.is_file() else 0}"
        if getattr(self, "_logo_key", None) == key:
            return
        self._logo_key = key
        pix = logo_pixmap(logo, LOGO_SIZE, self.devicePixelRatioF()) \
            if logo is not None and logo.is_file() else QPixmap()
        self.logo.setPixmap(pix)
        self.logo.setVisible(not pix.isNull())
        self.logo.setAccessibleName(self.tr("Logo of %1").replace("%1", deck.municipality_name(self.lang)))

    def _render_trail(self) -> None:
        while self.trail_box.count():
            w = self.trail_box.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.deleteLater()
        assert self.walk is not None
        answers = self.walk.answers()
        for i, (before, option, _after) in enumerate(answers):
            text = option.label.get(self.lang) if option else before.title.get(self.lang)
            crumb = QToolButton()
            crumb.setObjectName("crumb")
            crumb.setText(text)
            crumb.setAccessibleName(self.tr("Go back to: %1").replace("%1", before.title.get(self.lang)))
            crumb.setToolTip(before.title.get(self.lang))
            crumb.clicked.connect(lambda _=False, n=i: self.go_to_step(n))
            crumb.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.trail_box.addWidget(crumb)
            crumb.show()
            if i + 1 < len(answers):
                sep = QLabel("›")
                self.trail_box.addWidget(sep)
                sep.show()
        self.trail_box.addStretch(1)

    # ------------------------------------------------------------------ walking
    def choose(self, index: int) -> None:
        if self.walk is None or not (0 <= index < len(self.walk.current.options)):
            return
        self._show_card_page()
        self.walk = self.walk.choose(index)
        self.render()
        if self.scenario_id and self.walk.current.is_end and self._scenario_panel is not None:
            self.scenario_panel.walk_ended(self.walk)
            self.stack.setCurrentWidget(self.scenario_panel)

    def go_back(self) -> None:
        if self.walk is not None and self.walk.can_go_back:
            self._show_card_page()
            self.walk = self.walk.back()
            self.render()

    def go_to_step(self, index: int) -> None:
        if self.walk is not None:
            self._show_card_page()
            self.walk = self.walk.go_to_step(index)
            self.render()

    def restart(self) -> None:
        if self.walk is not None:
            self._show_card_page()
            self.walk = self.walk.restart()
            self.render()

    def jump(self, card_id: str) -> None:
        if self.walk is not None and self.view is not None and card_id in self.view.cards:
            self.walk = self.walk.jump(card_id)
            self.render()

    def _present_next(self) -> None:
        if self.walk is None:
            return
        focused = QApplication.focusWidget()
        buttons = self.card_view.option_buttons
        if focused in buttons:
            self.choose(buttons.index(focused))
        elif buttons:
            self.choose(0)

    # ------------------------------------------------------------------ search
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def search_cards(self, text: str) -> list[str]:
        """Ids of cards whose title, body, steps, talk or tags hold every word of ``text``."""
        if self.view is None:
            return []
        words = [w for w in text.casefold().split() if w]
        if not words:
            return []
        found = []
        for cid, card in self.view.cards.items():
            parts = [card.title.get(self.lang)]
            if card.body:
                parts.append(card.body.plain(self.lang))
            parts += [t.get(self.lang) for t in (*card.steps, *card.talk, *card.tags)]
            parts += [o.label.get(self.lang) for o in card.options]
            hay = " ".join(parts).casefold()
            if all(w in hay for w in words):
                found.append(cid)
        # titles and tags first
        def rank(cid: str) -> int:
            c = self.view.cards[cid]  # type: ignore[union-attr]
            head = (c.title.get(self.lang) + " " + " ".join(t.get(self.lang) for t in c.tags)).casefold()
            return 0 if all(w in head for w in words) else 1
        return sorted(found, key=rank)

    def _search_changed(self, text: str) -> None:
        if not text.strip():
            self._show_card_page()
            return
        self.results.clear()
        ids = self.search_cards(text)
        assert self.view is not None
        for cid in ids:
            item = QListWidgetItem(f"{self.view.card_numbers[cid]}. {self.view.cards[cid].title.get(self.lang)}")
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.results.addItem(item)
        if not ids:
            self.results.addItem(self.tr("No card matches “%1”").replace("%1", text))
            self.results.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            self.results.setCurrentRow(0)
        self.stack.setCurrentWidget(self.results)

    def _search_enter(self) -> None:
        item = self.results.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self._result_chosen(item)

    def _result_chosen(self, item: QListWidgetItem) -> None:
        cid = item.data(Qt.ItemDataRole.UserRole)
        if cid:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._show_card_page()
            self.jump(cid)

    def _show_card_page(self) -> None:
        self.stack.setCurrentIndex(0)
        if self.map_button.isChecked():
            self.map_button.blockSignals(True)
            self.map_button.setChecked(False)
            self.map_button.blockSignals(False)

    # ------------------------------------------------------------------ map, scenarios, presentation
    @property
    def map_panel(self):  # type: ignore[no-untyped-def]
        """The map, built the first time it is shown (keeps its import off the start-up)."""
        if self._map_panel is None:
            from tiltakskort.training.widgets import MapPanel

            self._map_panel = MapPanel()
            self._map_panel.cardChosen.connect(self._map_jump)
            self.stack.addWidget(self._map_panel)
        return self._map_panel

    @property
    def scenario_panel(self):  # type: ignore[no-untyped-def]
        if self._scenario_panel is None:
            from tiltakskort.training.widgets import ScenarioPanel

            self._scenario_panel = ScenarioPanel()
            self._scenario_panel.startRequested.connect(self.start_scenario)
            self._scenario_panel.stepBackRequested.connect(self._scenario_step_back)
            self._scenario_panel.closed.connect(self.end_scenario)
            self.stack.addWidget(self._scenario_panel)
        return self._scenario_panel

    def show_map(self, on: bool) -> None:
        if on and self.view is not None and self.walk is not None:
            self.map_panel.set_deck(self.view, self.lang, self.walk.path)
            self.stack.setCurrentWidget(self.map_panel)
            self.map_panel.view.setFocus()
        else:
            self._show_card_page()

    def _map_jump(self, card_id: str) -> None:
        self._show_card_page()
        self.jump(card_id)

    def show_scenarios(self) -> None:
        if self.view is None:
            return
        self.scenario_panel.set_deck(self.view, self.lang)
        self.scenario_panel.show_list()
        self.stack.setCurrentWidget(self.scenario_panel)

    def start_scenario(self, scenario_id: str) -> None:
        assert self.view is not None and self.walk is not None
        self.scenario_id = scenario_id
        scenario = self.view.scenario(scenario_id)
        self.scenario_panel.current = scenario
        self.scenario_bar.setText(self.tr("Scenario: %1").replace("%1", scenario.title.get(self.lang) if scenario else ""))
        self.scenario_bar.show()
        self._show_card_page()
        self.walk = self.walk.restart()
        self.render()

    def _scenario_step_back(self) -> None:
        self._show_card_page()
        self.go_back()

    def end_scenario(self) -> None:
        self.scenario_id = None
        self.scenario_bar.hide()
        self._show_card_page()

    def toggle_presentation(self) -> None:
        self.presentation.toggle()

    def toggle_full_screen(self) -> None:
        self.presentation.toggle_full_screen()

    def _presentation_hidden(self) -> list:  # type: ignore[type-arg]
        # the walk keys too: the presentation takes digits, Backspace and Esc itself
        return [self.menuBar(), self.print_button, self.search, self.hide_button, *self.key_actions]

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
        app = QApplication.instance()
        app.setPalette(style.palette(self.theme))
        if restyle:
            self.setStyleSheet(style.stylesheet(self.theme, self.zoom))
        self.card_view.colours = {"muted": self.theme.muted, "open": self.theme.open_text,
                                  "closed": self.theme.closed_text,
                                  "title_size": f"{14 * self.zoom / 100:.1f}pt"}
        self.contrast_action.setChecked(self.theme.name == "contrast")
        if self.walk is not None:
            self.render()

    # ------------------------------------------------------------------ privacy
    def copy_text(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._copied = text

    def clear_clipboard(self) -> None:
        clip = QGuiApplication.clipboard()
        if self._copied is not None and clip.text() == self._copied:
            clip.clear()
        self._copied = None

    def hide_screen(self) -> None:
        self.clear_clipboard()
        self.hide_cover.setGeometry(self.rect())
        self.hide_cover.show()
        self.hide_cover.raise_()
        self.hide_cover.button.setFocus()

    def show_again(self) -> None:
        self.hide_cover.hide()
        if self.card_view.option_buttons:
            self.card_view.option_buttons[0].setFocus()

    @property
    def is_hidden_screen(self) -> bool:
        return self.hide_cover.isVisible()

    def forget_walk(self) -> None:
        """Idle: back to the start card; the walk, search and clipboard are forgotten."""
        if self.walk is None:
            return
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.clear_clipboard()
        self.scenario_id = None
        self.scenario_bar.hide()
        self._show_card_page()
        self.walk = Walk.start(self.view)  # type: ignore[arg-type]
        self.render()

    def _restart_idle(self) -> None:
        self.idle.start(self.settings.idle_minutes * 60_000)

    def ask_idle(self) -> None:
        value, ok = QInputDialog.getInt(self, self.tr("Start over when idle"),
                                        self.tr("Minutes without use before the app starts over:"),
                                        self.settings.idle_minutes, 1, 60)
        if ok:
            self.settings.idle_minutes = value
            self._restart_idle()

    def set_ui_language(self, code: str) -> None:
        self.settings.ui_language = code
        QMessageBox.information(self, "Tiltakskort", self.tr("The new language is used the next time the app starts."))

    def about(self) -> None:
        from tiltakskort import __version__

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Tiltakskort"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        text = f"Tiltakskort {__version__}\n\n" + self.tr(
            "The app keeps no trace of what you looked at: no history, no logs, no recent files.")
        if self.view is not None:
            text += "\n\n" + f"{self.view.title.get(self.lang)} – {self.view.version or ''}".strip(" –")
        box.setText(text)
        box.exec()

    # ------------------------------------------------------------------ printing (issue 4)
    def print_walk(self) -> None:
        self._printing_call("print_walk")

    def save_pdf(self) -> None:
        self._printing_call("save_walk_pdf")

    def save_booklet(self) -> None:
        try:
            from tiltakskort.ui import printing
        except ImportError:
            return
        if self.view is not None:
            printing.save_booklet(self, self.view, self.lang)

    def _printing_call(self, name: str) -> None:
        if self.walk is None or not self.walk.current.is_end:
            return
        try:
            from tiltakskort.ui import printing
        except ImportError:
            return
        getattr(printing, name)(self, self.walk, self.lang, self.now())

    # ------------------------------------------------------------------ keys and idle
    # Digits, Backspace, Home and Esc are window shortcuts, not an event filter on the
    # whole application: such a filter is called (and its arguments converted to Python)
    # for every event of every object, which made start-up and each card markedly slower.
    # Text fields keep these keys: a line edit claims them through ShortcutOverride.
    def _build_keys(self) -> None:
        self.key_actions: list[QAction] = []
        for n in range(1, 10):
            key = Qt.Key(int(Qt.Key.Key_0) + n)
            self._key([QKeySequence(key), QKeySequence(Qt.KeyboardModifier.KeypadModifier | key)],
                      lambda _=False, n=n: self._key_digit(n))
        self._key([QKeySequence(Qt.Key.Key_Backspace)], self._key_back)
        self._key([QKeySequence(Qt.Key.Key_Home)], self._key_home)
        self._key([QKeySequence(Qt.Key.Key_Escape)], self._key_escape)

    def _key(self, keys: list[QKeySequence], slot) -> None:  # type: ignore[no-untyped-def]
        self.key_actions.append(self._action(None, "", keys, slot))

    def _walk_keys_apply(self) -> bool:
        """Digits, Backspace and Home work on the card page, not behind the hide screen
        and not in the language list."""
        return (self.stack.currentIndex() == 0 and not self.is_hidden_screen
                and not isinstance(QApplication.focusWidget(), TEXT_INPUTS))

    def _key_digit(self, n: int) -> None:
        if self._walk_keys_apply():
            self.choose(n - 1)

    def _key_back(self) -> None:
        if self._walk_keys_apply():
            self.go_back()

    def _key_home(self) -> None:
        if self._walk_keys_apply():
            self.restart()

    def _key_escape(self) -> None:
        """Esc leaves search results and the map; Esc twice within a second hides."""
        now = time.monotonic()
        if now - self._last_esc < 1.0:
            self._last_esc = 0.0
            self.hide_screen()
            return
        self._last_esc = now
        if self.stack.currentIndex() != 0 and not self.is_hidden_screen:
            self.search.clear()
            self._show_card_page()

    def showEvent(self, event):  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and self._activity is None:
            # Any input to this window (keys, mouse, wheel) restarts the idle timer. The
            # filter sits on the window's QWindow, which sees input before it is handed
            # to a widget, and few other events.
            self._activity = InputActivity(self._restart_idle, self)
            handle.installEventFilter(self._activity)

    def resizeEvent(self, event):  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        if self.hide_cover.isVisible():
            self.hide_cover.setGeometry(self.rect())

    def closeEvent(self, event):  # type: ignore[no-untyped-def]  # noqa: N802
        self.clear_clipboard()
        # temporary PDFs exist only if printing was used (and its module imported)
        printing = sys.modules.get("tiltakskort.ui.printing")
        if printing is not None:
            printing.cleanup()
        super().closeEvent(event)
