"""Starting the app: Qt application, translations, the exception handler, the first deck."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

from tiltakskort import paths

log = logging.getLogger("tiltakskort")


def install_translators(app, lang: str) -> list:  # type: ignore[no-untyped-def,type-arg]
    """Our own strings and Qt's (dialog buttons) in ``lang``; English needs none."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    found = []
    if lang == "en":
        return found
    ours = paths.resources_dir() / "translations"
    for name, folder in ((f"tiltakskort_{lang}", ours), (f"qtbase_{lang}", ours),
                         (f"qtbase_{lang}", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            found.append(translator)
            if name.startswith("qtbase"):
                # one qtbase is enough: ours (bokmål) or Qt's own (nynorsk, Swedish)
                break
    return found


def excepthook(kind, value, tb) -> None:  # type: ignore[no-untyped-def]
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
            QMessageBox.warning(parent, "Tiltakskort",
                                QApplication.translate("app", "Something went wrong in the app. "
                                                       "What you were doing may not have finished; "
                                                       "the cards are still there."))
    except Exception:  # noqa: BLE001 - the handler itself must never raise
        pass


def create_application(lang: str | None = None):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from tiltakskort.ui.settings import Settings

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "tiltakskort"])
    app.setApplicationName("Tiltakskort")
    app.setOrganizationName("Tiltakskort")
    app.setApplicationDisplayName("Tiltakskort")
    settings = Settings()
    ui_lang = lang if lang in ("nb", "nn", "sv", "en") else settings.ui_language
    app._tiltakskort_translators = install_translators(app, ui_lang)  # keep them alive
    app.setProperty("tiltakskortLanguage", ui_lang)  # what the app speaks (Session.ui_lang)
    return app, settings


def run_app(deck: str | None = None, *, smoke: bool = False, watch: bool = False,
            lang: str | None = None, municipality: str | None = None) -> int:
    """Open the main window on ``deck`` (the embedded example when None)."""
    if smoke and sys.platform.startswith("linux") and not os.environ.get("DISPLAY") \
            and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app, settings = create_application(lang)
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
    for fallback in ([] if opened else paths.fallback_decks(target)):
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
        threading.Thread(target=lambda: [holidays_in(country, y) for y in (year, year + 1)],
                         daemon=True, name="holidays").start()
    if smoke:
        # paint the start card once, then leave: for packaging checks and the benchmark
        app.processEvents()
        image = window.grab()
        ok = not image.isNull() and session.walk is not None and window.card_view.title is not None
        print("smoke ok" if ok else "smoke FAILED")
        window.close()
        return 0 if ok else 1
    return app.exec()
