"""Opening a deck's file (a form, a template): a copy, with the system's program.

The file in the deck is never opened itself: a program could change it (and with it the
signed deck), or keep it locked. The button writes a **copy** of the bytes that were
checked when the deck was opened (``signing/trust.py`` reads every file once; the
session keeps those of the deck's files) into a private temporary folder, read-only, so
that the program asks where to save a filled-in form, and opens that. The folder is
removed when the window closes and when the app ends, as printing's temporary files
are; one left behind by a crash is removed the next time a file is opened
(:func:`remove_leftovers`; nothing runs at start-up).
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from tiltakskort.present import DocumentLine

PREFIX = "tiltakskort-filer-"
_LEFTOVER = re.compile(re.escape(PREFIX) + r"[a-z0-9_]{8}")
_TEMP: Path | None = None


def temp_dir() -> Path:
    """The private folder the copies are made in (made when first needed)."""
    global _TEMP
    if _TEMP is None or not _TEMP.exists():
        remove_leftovers()
        _TEMP = Path(tempfile.mkdtemp(prefix=PREFIX))
    return _TEMP


def _writable_and_retry(func: Callable[..., object], path: str, _info: object) -> None:
    # the copies are read-only; Windows refuses to delete those until they are writable
    try:
        os.chmod(path, stat.S_IWRITE | stat.S_IREAD)
        func(path)
    except OSError:
        pass


def _remove(folder: Path) -> None:
    shutil.rmtree(folder, onerror=_writable_and_retry)


def cleanup() -> None:
    """Remove every copy the app made (a copy still open in a program on Windows stays
    until the next start)."""
    global _TEMP
    if _TEMP is not None:
        _remove(_TEMP)
        _TEMP = None


atexit.register(cleanup)


def remove_leftovers(temp: Path | None = None) -> int:
    """Remove the copy folders an earlier run left (a crash, a file held open); returns
    how many went. Never raises."""
    removed = 0
    try:
        entries = list(os.scandir(temp or tempfile.gettempdir()))
    except OSError:
        return 0
    for entry in entries:
        if (
            _LEFTOVER.fullmatch(entry.name)
            and entry.is_dir(follow_symlinks=False)
            and (_TEMP is None or Path(entry.path) != _TEMP)
        ):
            _remove(Path(entry.path))
            removed += not os.path.exists(entry.path)
    return removed


def make_copy(document: DocumentLine, checked: Mapping[Path, bytes]) -> Path:
    """Write a read-only copy of ``document`` into the private folder and return it.

    The bytes are those checked when the deck was opened (``checked``, by resolved
    path); a file not among them (a deck read without its files) is read from the deck
    folder once. Each copy gets its own subfolder, so a copy still open in a program is
    never overwritten.

    Raises:
        OSError: the file cannot be read or the copy cannot be written.
    """
    data = checked.get(document.path)
    if data is None:
        data = document.path.read_bytes()
    folder = Path(tempfile.mkdtemp(dir=temp_dir()))
    target = folder / document.path.name
    with open(target, "xb") as f:
        f.write(data)
    os.chmod(target, stat.S_IREAD)
    return target


def open_copy(
    parent: QWidget | None, document: DocumentLine, checked: Mapping[Path, bytes]
) -> Path | None:
    """Open a copy of ``document`` with the system's program; say so when that fails."""
    try:
        target = make_copy(document, checked)
    except OSError as e:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("documents", "Could not open the file"),
            QCoreApplication.translate("documents", "%1 could not be opened: %2.")
            .replace("%1", document.display)
            .replace("%2", e.strerror or str(e)),
        )
        return None
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
        QMessageBox.information(
            parent,
            QCoreApplication.translate("documents", "No program for the file"),
            QCoreApplication.translate(
                "documents", "No program to open %1 files was found on this PC."
            ).replace("%1", document.kind),
        )
    return target
