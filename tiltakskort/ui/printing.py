"""Printing from the app: open the steps in the system's PDF viewer (to print from there),
save them as a PDF, or save the card booklet.

Temporary PDFs live in one private folder that is removed when the app closes (and at
interpreter exit). Files are written atomically by ``tiltakskort.pdf``; a printer or disk
error gives a message, and the walk is still there.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

_TEMP: Path | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("printing", text)


def temp_dir() -> Path:
    global _TEMP
    if _TEMP is None or not _TEMP.exists():
        _TEMP = Path(tempfile.mkdtemp(prefix="tiltakskort-"))
    return _TEMP


def cleanup() -> None:
    """Remove every temporary PDF the app made."""
    global _TEMP
    if _TEMP is not None:
        shutil.rmtree(_TEMP, ignore_errors=True)
        _TEMP = None


atexit.register(cleanup)


def _failed(parent: QWidget | None, target: Path, error: OSError) -> None:
    reason = error.strerror or str(error)
    QMessageBox.warning(parent, _tr("Could not write the PDF"),
                        _tr("The file %1 could not be written: %2. The cards are still open; "
                            "try another folder, or close the file if it is open in another program.")
                        .replace("%1", str(target)).replace("%2", reason))


def write_walk(target: Path, walk: Any, lang: str | None, at: datetime) -> None:
    from tiltakskort.pdf import write_steps

    write_steps(target, walk=walk, lang=lang or walk.deck.default_language, at=at)


def print_walk(parent: QWidget | None, walk: Any, lang: str | None, at: datetime) -> Path | None:
    """Open the steps as a PDF in the system viewer, from where they are printed."""
    target = temp_dir() / f"{walk.deck.id}-{walk.current.id}.pdf"
    try:
        write_walk(target, walk, lang, at)
    except OSError as e:
        _failed(parent, target, e)
        return None
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
        QMessageBox.information(parent, _tr("No PDF viewer"),
                                _tr("No program to show PDF files was found. Use Save as PDF instead."))
    return target


open_walk_pdf = print_walk


def save_walk_pdf(parent: QWidget | None, walk: Any, lang: str | None, at: datetime) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Save the steps as PDF"),
                                          f"{walk.deck.id}-{walk.current.id}.pdf", "PDF (*.pdf)")
    if not name:
        return None
    target = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
    try:
        write_walk(target, walk, lang, at)
    except OSError as e:
        _failed(parent, target, e)
        return None
    return target


def save_booklet(parent: QWidget | None, deck: Any, lang: str | None) -> Path | None:
    sizes = ["A6 (4 på A4)", "A5", "A4"]
    choice, ok = QInputDialog.getItem(parent, _tr("Card booklet"), _tr("Card size:"), sizes, 0, False)
    if not ok:
        return None
    size = {"A5": "a5", "A4": "a4"}.get(choice, "a6")
    name, _ = QFileDialog.getSaveFileName(parent, _tr("Save the card booklet"), f"{deck.id}-kortsett.pdf",
                                          "PDF (*.pdf)")
    if not name:
        return None
    target = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
    from tiltakskort.pdf import write_booklet
    from tiltakskort.walk import now_in

    try:
        write_booklet(target, deck=deck, lang=lang or deck.default_language, size=size, at=now_in(deck))
    except OSError as e:
        _failed(parent, target, e)
        return None
    return target
