"""Starting the app: Qt application, translations, the exception handler, the first deck."""

from __future__ import annotations

import logging
import os
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, cast

from tiltakskort import paths
from tiltakskort.i18n import LANGUAGES

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QApplication

    from tiltakskort.ui.settings import Settings

log = logging.getLogger("tiltakskort")


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Our own strings and Qt's (dialog buttons) in ``lang``; English needs none."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    found: list[QTranslator] = []
    if lang == "en":
        return found
    ours = paths.resources_dir() / "translations"
    for name, folder in (
        (f"tiltakskort_{lang}", ours),
        (f"qtbase_{lang}", ours),
        (f"qtbase_{lang}", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
    ):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            found.append(translator)
            if name.startswith("qtbase"):
                # one qtbase is enough: ours (bokmål) or Qt's own (nynorsk, Swedish)
                break
    return found


def excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """One handler for unexpected errors in slots: a short message, a log without deck text.

    The log holds the exception type and the code locations only: an exception's message
    may quote deck text (a card title, a phone number), so it is left out.
    """
    frames = "".join(traceback.format_tb(tb))
    log.error("Unexpected %s\n%s", kind.__name__, frames)
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            parent = QApplication.activeWindow()
            QMessageBox.warning(
                parent,
                "Tiltakskort",
                QApplication.translate(
                    "app",
                    "Something went wrong in the app. "
                    "What you were doing may not have finished; "
                    "the cards are still there.",
                ),
            )
    except Exception:  # noqa: BLE001 - the handler itself must never raise
        pass


_LANGUAGES_LINE = re.compile(
    r"^languages:[ \t]*(?:\[([^\]\n]*)\]|\n((?:[ \t]+-[^\n]*\n?)+))", re.MULTILINE
)
_EXTENDS_LINE = re.compile(r"^extends:[ \t]*['\"]?([^'\"\n#]+?)['\"]?[ \t]*(?:#.*)?$", re.MULTILINE)


def deck_languages(path: str | Path | None, _depth: int = 0) -> list[str]:
    """The languages a deck declares (``languages:`` of its deck.yaml, or of the deck it
    extends), read without loading the deck: enough to choose the app's language before
    the window is made. Empty when it cannot tell."""
    if path is None or _depth > 3:
        return []
    folder = Path(path)
    file = folder if folder.suffix in (".yaml", ".yml") else folder / "deck.yaml"
    try:
        text = file.read_text(encoding="utf-8", errors="replace")[:200_000]
    except OSError:
        return []
    found = _LANGUAGES_LINE.search(text)
    if found:
        items = found.group(1) if found.group(1) is not None else found.group(2).replace("-", ",")
        return [x.strip().strip("'\"") for x in items.split(",") if x.strip().strip("'\"")]
    parent = _EXTENDS_LINE.search(text)
    return deck_languages(file.parent / parent.group(1).strip(), _depth + 1) if parent else []


def first_language(settings: Settings, deck: str | Path | None) -> str:
    """The language the app speaks: the user's choice; else ``TILTAKSKORT_LANG``; else,
    until the user chooses, the deck's first language when the app has it; else the
    system's language; else bokmål."""
    from tiltakskort.i18n import normalise, system_language

    chosen = settings.ui_language_chosen
    if chosen:
        return str(chosen)
    forced = normalise(os.environ.get("TILTAKSKORT_LANG"))
    if forced:
        return forced
    for code in deck_languages(deck)[:1]:
        if code in LANGUAGES:
            return code
    return system_language() or "nb"


def create_application(
    lang: str | None = None, deck: str | Path | None = None
) -> tuple[QApplication, Settings]:
    from PySide6.QtWidgets import QApplication

    from tiltakskort.ui.settings import Settings

    # instance() is typed as the base class; the only application this process makes is a
    # QApplication (here, or pytest-qt's qapp in the tests)
    app = cast(
        "QApplication",
        QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "tiltakskort"]),
    )
    app.setApplicationName("Tiltakskort")
    app.setOrganizationName("Tiltakskort")
    app.setApplicationDisplayName("Tiltakskort")
    settings = Settings()
    ui_lang = lang if lang in LANGUAGES else first_language(settings, deck)
    # keep them alive as long as the app: a Python attribute on the Qt object, which the
    # stubs cannot know (tests/conftest.py removes them between tests)
    app._tiltakskort_translators = install_translators(app, ui_lang)  # type: ignore[attr-defined]
    app.setProperty("tiltakskortLanguage", ui_lang)  # what the app speaks (Session.ui_lang)
    return app, settings


def run_app(
    deck: str | None = None,
    *,
    smoke: bool = False,
    watch: bool = False,
    lang: str | None = None,
    municipality: str | None = None,
) -> int:
    """Open the main window on ``deck`` (the embedded example when None)."""
    if (
        smoke
        and sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tiltakskort.display import no_screen

    why = no_screen()
    if why is not None:
        # Qt would abort with its own words; one sentence in the user's language instead
        from tiltakskort.i18n import user_language

        print(why.text(user_language()), file=sys.stderr)
        return 1
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    target = paths.find_deck(deck)
    app, settings = create_application(lang, target)
    sys.excepthook = excepthook
    from tiltakskort.ui.mainwindow import MainWindow

    window = MainWindow(settings, watch=watch)
    session = window.session
    target = paths.find_deck(deck or settings.deck_folder)  # IT's deck (policy) before ours
    # A smoke run never waits for a person: problems go to stderr, not a dialog.
    opened = window.load(str(target), quiet=smoke)
    if not opened and smoke:
        print(f"Tiltakskort: the deck {target} was refused:", file=sys.stderr)
        for line in session.problems:
            print(f"  {line}", file=sys.stderr)
    for fallback in [] if opened else paths.fallback_decks(target):
        # the deck asked for had problems (already listed): the one beside the program,
        # then the built-in one
        opened = window.load(str(fallback), quiet=True)
        if opened:
            break
    if not opened:
        print("Tiltakskort: no deck could be opened.", file=sys.stderr)
        return 1
    if municipality:
        session.set_municipality(municipality)
    if lang:
        session.set_language(lang)
    window.show()
    from tiltakskort.ui.leftovers import remove_leftovers

    remove_leftovers()  # what printing in earlier versions left in the temp folder
    if session.view is not None and not smoke:
        # Load the holiday tables while the user reads the first card, so that the first
        # end card with opening hours shows without a pause (~0.1 s on first use).
        import threading
        from datetime import date

        from tiltakskort.deck.publicholidays import holidays_in

        country, year = session.view.country, date.today().year
        threading.Thread(
            target=lambda: [holidays_in(country, y) for y in (year, year + 1)],
            daemon=True,
            name="holidays",
        ).start()
    if smoke:
        # paint the start card once, then leave: for packaging checks and the benchmark
        app.processEvents()
        image = window.grab()
        ok = not image.isNull() and session.walk is not None and window.card_view.title is not None
        print("smoke ok" if ok else "smoke FAILED")
        window.close()
        return 0 if ok else 1
    return app.exec()
