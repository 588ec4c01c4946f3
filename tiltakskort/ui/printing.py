"""Printing from the app, leaving nothing on the PC that tells which card was looked at.

* Print (Ctrl+P): the system's print dialog, then the steps are made as a PDF in memory
  (reportlab) and drawn page by page onto the printer (rendered by pypdfium2). No file is
  written, no PDF viewer is started, so no viewer's recent list exists; the print job is
  called "Tiltakskort".
* Save as PDF and the card booklet: a file where the user puts it, proposed under a
  neutral name (``tiltak-2026-12-01-1432.pdf``), with neutral metadata (no card, deck or
  municipality). The file dialog is Qt's own, not the system's (Windows keeps the names
  saved through its dialog in recent lists), and the history Qt's dialog writes (the
  last folder, in ``HKEY_CURRENT_USER\\Software\\QtProject`` or ``~/.config/QtProject.conf``)
  is put back as it was.
* IT can turn printing off (policy ``PrintingAllowed``): then none of it is offered.

Older versions opened a temporary PDF in the viewer; :mod:`tiltakskort.ui.leftovers`
removes what they left. A printer or disk error gives a message, and the walk is still there.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QRectF, QSettings, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

T = TypeVar("T")

# the highest resolution a page is rendered at for the printer (dots per inch)
PRINT_DPI = 300
JOB_NAME = "Tiltakskort"


def neutral_name(at: datetime, what: str = "tiltak") -> str:
    """A file name that tells the date and time, not the card: ``tiltak-2026-12-01-1432.pdf``."""
    return f"{what}-{at:%Y-%m-%d-%H%M}.pdf"


def cleanup() -> None:
    """Nothing to remove: printing writes no temporary file (kept for the window's close)."""


def _allowed(parent: QWidget | None) -> bool:
    from tiltakskort.policy import read_policy

    if read_policy().printing_allowed:
        return True
    QMessageBox.information(
        parent,
        QCoreApplication.translate("printing", "Printing is turned off"),
        QCoreApplication.translate(
            "printing", "Printing and saving as PDF are turned off on this PC."
        ),
    )
    return False


def _failed(parent: QWidget | None, target: Path, error: OSError) -> None:
    reason = error.strerror or str(error)
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("printing", "Could not write the PDF"),
        QCoreApplication.translate(
            "printing",
            "The file %1 could not be written: %2. The cards are still open; "
            "try another folder, or close the file if it is open in another program.",
        )
        .replace("%1", str(target))
        .replace("%2", reason),
    )


def write_walk(target: Path, walk: Any, lang: str | None, at: datetime) -> None:
    from tiltakskort.pdf import write_steps

    write_steps(target, walk=walk, lang=lang or walk.deck.default_language, at=at)


# ---------------------------------------------------------------- made off the window's thread
def in_background(parent: QWidget | None, build: Callable[[], T]) -> T:
    """Run ``build`` (making a PDF with reportlab) on a thread of its own while the window
    keeps painting, with "Making the printout…" shown when it takes longer than a moment;
    returns its result or raises what it raised. The window takes no input meanwhile (the
    note is window-modal), so the walk cannot change under the printout."""
    import threading

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QProgressDialog

    done: dict[str, Any] = {}

    def work() -> None:
        try:
            done["value"] = build()
        except BaseException as e:  # noqa: BLE001 - handed to the window's thread
            done["error"] = e

    thread = threading.Thread(target=work, name="printout", daemon=True)
    thread.start()
    thread.join(0.15)  # most printouts are ready by then: no note flickers up
    if thread.is_alive():
        note = QProgressDialog(
            QCoreApplication.translate("printing", "Making the printout…"), "", 0, 0, parent
        )
        note.setCancelButton(None)  # no cancel: a half-made printout is never printed
        note.setWindowTitle("Tiltakskort")
        note.setWindowModality(Qt.WindowModality.WindowModal)
        note.setMinimumDuration(0)
        note.setAccessibleName(note.labelText())
        note.show()
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(30)
        timer.timeout.connect(lambda: None if thread.is_alive() else loop.quit())
        timer.start()
        loop.exec()
        timer.stop()
        note.close()
        note.deleteLater()
    thread.join()
    if "error" in done:
        raise done["error"]
    return done["value"]  # type: ignore[no-any-return]


# ---------------------------------------------------------------- printing from memory
def ask_printer(parent: QWidget | None, printer: Any) -> bool:
    """The system's print dialog; True when the user chose to print."""
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Print the steps"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def new_printer() -> Any:
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(JOB_NAME)  # the print queue shows this, not a card
    printer.setCreator(JOB_NAME)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)  # the PDF pages carry their own margins
    return printer


def print_pdf(data: bytes, printer: Any) -> int:
    """Draw each page of the PDF ``data`` onto ``printer``; returns the number of pages.

    Raises OSError when the printer cannot be started.
    """
    import pypdfium2
    from PySide6.QtGui import QImage, QPainter

    pdf = pypdfium2.PdfDocument(data)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise OSError(
                QCoreApplication.translate("printing", "The printer could not be started.")
            )
        dpi = max(72, min(PRINT_DPI, printer.resolution()))
        area = QRectF(0, 0, printer.width(), printer.height())
        for i in range(len(pdf)):
            if i and not printer.newPage():
                raise OSError(QCoreApplication.translate("printing", "The printer stopped."))
            page = pdf[i]
            width, height = page.get_size()
            bitmap = page.render(scale=dpi / 72, prefer_bgrx=True)
            # BGRx in memory is Qt's RGB32 on little-endian machines (every PC we run on)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB32,
            ).copy()
            bitmap.close()
            page.close()
            scale = min(area.width() / width, area.height() / height)
            painter.drawImage(QRectF(0, 0, width * scale, height * scale), image)
        return len(pdf)
    finally:
        if painter.isActive():
            painter.end()
        pdf.close()


def print_walk(parent: QWidget | None, walk: Any, lang: str | None, at: datetime) -> bool:
    """Print the steps on a printer the user picks, from memory: no file anywhere."""
    if not _allowed(parent):
        return False
    try:
        import pypdfium2  # noqa: F401
        from PySide6.QtPrintSupport import QPrinter  # noqa: F401
    except ImportError:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("printing", "Printing is not available"),
            QCoreApplication.translate(
                "printing", "This build cannot print. Use Save as PDF instead."
            ),
        )
        return False
    from tiltakskort.pdf import steps_pdf

    printer = new_printer()
    if not ask_printer(parent, printer):
        return False
    data = in_background(
        parent, lambda: steps_pdf(walk=walk, lang=lang or walk.deck.default_language, at=at)
    )
    try:
        print_pdf(data, printer)
    except OSError as e:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("printing", "Could not print"),
            QCoreApplication.translate(
                "printing", "The steps could not be printed: %1. The cards are still open."
            ).replace("%1", str(e)),
        )
        return False
    return True


open_walk_pdf = print_walk


# ---------------------------------------------------------------- saving, without history
def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


@contextmanager
def qt_dialog_history_kept() -> Iterator[None]:
    """Put Qt's file dialog settings (``QtProject``/``FileDialog``: last folder, history,
    sidebar) back as they were before, once the dialog is gone; remove them, and the
    place they are kept, if they were not there before."""
    had_store = _qt_store_exists()  # before QSettings opens (and on Windows creates) it
    store = QSettings(QSettings.Scope.UserScope, "QtProject")
    store.beginGroup("FileDialog")
    before = {key: store.value(key) for key in store.childKeys()}
    store.endGroup()
    try:
        yield
    finally:
        store.sync()
        store.remove("FileDialog")
        if before:
            store.beginGroup("FileDialog")
            for key, value in before.items():
                store.setValue(key, value)
            store.endGroup()
        store.sync()
        empty, path = not store.allKeys(), store.fileName()
        del store
        if not had_store and empty:
            _remove_qt_store(path)


def _qt_store_path() -> Path:
    return (
        Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation))
        / "QtProject.conf"
    )


def _qt_store_exists() -> bool:
    if sys.platform == "win32":
        import winreg

        try:
            winreg.CloseKey(winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\QtProject"))
            return True
        except OSError:
            return False
    return _qt_store_path().exists()


def _remove_qt_store(path: str) -> None:
    if sys.platform == "win32":
        import winreg

        for key in (
            r"Software\QtProject\OrganizationDefaults\FileDialog",
            r"Software\QtProject\OrganizationDefaults",
            r"Software\QtProject",
        ):
            try:
                winreg.DeleteKey(winreg.HKEY_CURRENT_USER, key)
            except OSError:
                pass
        return
    try:
        Path(path).unlink()
    except OSError:
        pass


def ask_save_name(parent: QWidget | None, title: str, proposed: str) -> str | None:
    """Qt's own save dialog, starting in Documents with ``proposed``; the chosen path or None.

    Nothing of it stays: not in the system's recent lists (its dialog is not used), not
    in Qt's file dialog history (put back as it was)."""
    import shiboken6

    with qt_dialog_history_kept():
        dialog = QFileDialog(parent, title, str(_documents()), "PDF (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("pdf")
        dialog.setHistory([])
        dialog.selectFile(proposed)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles()
        shiboken6.delete(dialog)  # its destructor writes Qt's history now, to be put back
    return chosen[0] if accepted and chosen and chosen[0] else None


def _pdf_target(name: str) -> Path:
    return Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")


def save_walk_pdf(parent: QWidget | None, walk: Any, lang: str | None, at: datetime) -> Path | None:
    if not _allowed(parent):
        return None
    name = ask_save_name(
        parent, QCoreApplication.translate("printing", "Save the steps as PDF"), neutral_name(at)
    )
    if not name:
        return None
    target = _pdf_target(name)
    try:
        in_background(parent, lambda: write_walk(target, walk, lang, at))
    except OSError as e:
        _failed(parent, target, e)
        return None
    return target


def save_booklet(parent: QWidget | None, deck: Any, lang: str | None) -> Path | None:
    if not _allowed(parent):
        return None
    sizes = ["A6 (4 på A4)", "A5", "A4"]
    choice, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("printing", "Card booklet"),
        QCoreApplication.translate("printing", "Card size:"),
        sizes,
        0,
        False,
    )
    if not ok:
        return None
    size = {"A5": "a5", "A4": "a4"}.get(choice, "a6")
    from tiltakskort.walk import now_in

    at = now_in(deck)
    name = ask_save_name(
        parent,
        QCoreApplication.translate("printing", "Save the card booklet"),
        neutral_name(at, "kortsett"),
    )
    if not name:
        return None
    target = _pdf_target(name)
    from tiltakskort.pdf import write_booklet

    try:
        in_background(
            parent,
            lambda: write_booklet(
                target, deck=deck, lang=lang or deck.default_language, size=size, at=at
            ),
        )
    except OSError as e:
        _failed(parent, target, e)
        return None
    return target
