"""Opening decks from the window: the Open dialog, the problem dialog and, for a live
preview (``run DECK --watch``), watching the deck's files and listing problems beside
the card.

The session opens and checks the deck; this module only shows what came of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, Qt, QTimer
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout, QWidget

from tiltakskort.ui.cardview import plain_label
from tiltakskort.ui.session import Session

if TYPE_CHECKING:
    from PySide6.QtWidgets import QListWidget

# QListWidget, QDialogButtonBox and QFileDialog are imported where they are used: Qt's
# classes become Python types on first use, and none of them is needed for the first card.


class ProblemDialog(QDialog):
    """A deck could not be opened: the problems, in plain words; the old deck stays."""

    def __init__(self, path: str, lines: list[str], parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QListWidget

        super().__init__(parent)
        self.setWindowTitle(self.tr("The deck has problems"))
        box = QVBoxLayout(self)
        box.addWidget(
            plain_label(
                self.tr(
                    "The deck in %1 could not be opened. The app keeps the deck it had. Problems:"
                ).replace("%1", path)
            )
        )
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


class DeckOpener:
    """Opens decks for ``window`` through ``session``; with ``watch``, opens the deck
    again when its files change and lists its problems in ``splitter``, beside the card."""

    def __init__(self, window: QWidget, session: Session, splitter: QSplitter, watch: bool) -> None:
        self.window = window
        self.session = session
        self.splitter = splitter
        self.watch = watch
        self.watcher: QFileSystemWatcher | None = None
        self.reload_timer = QTimer(window)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(300)
        self.reload_timer.timeout.connect(self.reload)
        # the problem list is made when first needed: most starts need none
        self._problems: QListWidget | None = None
        session.problemsChanged.connect(self._problems_changed)

    def open(self, path: str | Path, *, quiet: bool = False) -> bool:
        """Open a deck; on problems, list them (a dialog, or beside the card when watching
        a deck already shown) and keep the deck we had."""
        had_deck = self.session.deck is not None
        if self.session.open_deck(path):
            self._watch(self.session.files, path)
            return True
        if self.watch and had_deck:
            # editors that save by replacing the file end the watch on it: watch again
            self._watch(self.session.files, path)
        elif not quiet:
            ProblemDialog(str(path), self.session.problems, self.window).exec()
        return False

    def reload(self) -> None:
        if self.session.deck_path:
            self.open(self.session.deck_path, quiet=True)

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self.window, QCoreApplication.translate("MainWindow", "Open a deck folder")
        )
        if folder:
            self.open(folder)

    def _watch(self, files: Iterable[Path], path: str | Path) -> None:
        if not self.watch:
            return
        if self.watcher is None:
            self.watcher = QFileSystemWatcher(self.window)
            self.watcher.fileChanged.connect(lambda _: self.reload_timer.start())
            self.watcher.directoryChanged.connect(lambda _: self.reload_timer.start())
        old = self.watcher.files() + self.watcher.directories()
        if old:
            self.watcher.removePaths(old)
        paths = {str(Path(f)) for f in files} | {str(Path(f).parent) for f in files}
        paths.add(str(Path(path)))
        self.watcher.addPaths(sorted(p for p in paths if Path(p).exists()))

    @property
    def problems(self) -> QListWidget:
        """The list of a watched deck's problems, beside the card."""
        if self._problems is None:
            from PySide6.QtWidgets import QListWidget

            self._problems = QListWidget()
            self._problems.setWordWrap(True)
            self._problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self._problems.setAccessibleName(
                QCoreApplication.translate("MainWindow", "Problems in the deck")
            )
            self._problems.hide()
            self.splitter.addWidget(self._problems)
            self.splitter.setStretchFactor(0, 3)
            self.splitter.setStretchFactor(1, 2)
            self.splitter.setSizes([660, 440])
        return self._problems

    def _problems_changed(self, lines: list[str]) -> None:
        # beside the card only while a deck is shown and watched; else the dialog tells
        if (
            not self.watch
            or (lines and self.session.deck is None)
            or (not lines and self._problems is None)
        ):
            return
        self.problems.clear()
        for line in lines:
            self.problems.addItem(line)
        self.problems.setVisible(bool(lines))
