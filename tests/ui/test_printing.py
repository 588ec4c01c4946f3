"""Printing from the app: the print button, printing from memory, Save as PDF, errors, policy."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tiltakskort.ui import printing

pytestmark = pytest.mark.gui


def test_print_button_only_on_end_cards(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.print_actions.available is not None)
    assert not window.print_button.isVisible()
    window.session.follow(["start", "barn", "barn-akutt"])
    assert window.print_button.isVisible()


def _print_to(out: Path):
    """Stands in for the print dialog: the user picks a printer that is a PDF file."""
    from PySide6.QtPrintSupport import QPrinter

    def ask(parent, printer) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    return ask


def test_ctrl_p_prints_from_memory_without_a_file_or_a_viewer(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    import tempfile

    import pypdfium2

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    out = tmp_path / "printer" / "paper.pdf"
    out.parent.mkdir()
    monkeypatch.setattr(printing, "ask_printer", _print_to(out))
    temp = Path(tempfile.mkdtemp(dir=tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    window.session.follow(["start", "barn", "barn-akutt"])
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert opened == []  # no viewer
    assert list(temp.iterdir()) == []  # no temporary file
    pages = pypdfium2.PdfDocument(out.read_bytes())
    expected = PdfReader(io.BytesIO(printing_steps(window))).pages
    assert len(pages) == len(expected) >= 1
    # the paper has the printout on it (not blank): dark pixels where the text is
    image = pages[0].render(scale=0.5, grayscale=True)
    assert min(bytes(image.buffer)) < 100


def printing_steps(window) -> bytes:
    from tiltakskort.pdf import steps_pdf

    return steps_pdf(walk=window.session.walk, lang=window.session.lang, at=window.session.now())


def test_printing_turned_off_by_policy(qtbot, settings, monkeypatch, tmp_path) -> None:
    from tiltakskort import policy
    from tiltakskort.ui.mainwindow import MainWindow

    (tmp_path / "policies.ini").write_text("[Tiltakskort]\nPrintingAllowed = 0\n", encoding="utf-8")
    monkeypatch.setattr(policy, "SOURCE", tmp_path / "policies.ini")
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(printing, "ask_printer", lambda *a: pytest.fail("asked for a printer"))
    from tiltakskort.ui.settings import Settings

    w = MainWindow(Settings(settings.store))
    qtbot.addWidget(w)
    assert w.session.open_deck(str(Path(__file__).resolve().parents[2] / "cards" / "eksempel"))
    qtbot.waitUntil(lambda: w.print_actions.available is not None)
    w.session.follow(["start", "barn", "barn-akutt"])
    assert not w.print_action.isVisible() and not w.save_pdf_action.isVisible()
    assert not w.print_button.isVisible()
    assert printing.print_walk(w, w.session.walk, w.session.lang, w.session.now()) is False and told


def test_save_as_pdf(qtbot, window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "steg.pdf"
    proposed = []
    monkeypatch.setattr(
        printing, "ask_save_name", lambda p, title, name: proposed.append(name) or str(target)
    )
    window.session.follow(["start", "voksen", "voksen-akutt"])
    window.print_actions.save_pdf()
    reader = PdfReader(target)
    assert "Den voksne er i akutt fare" in reader.pages[0].extract_text()
    assert proposed == ["tiltak-2026-11-24-1000.pdf"]  # the time, not the card
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    for telling in ("voksne", "akutt", "Eksempel", "kommune", "eksempel"):
        assert telling.lower() not in meta.lower(), meta


def test_disk_error_gives_a_message_and_keeps_the_walk(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(
        printing, "ask_save_name", lambda *a: str(tmp_path / "finnes-ikke" / "x.pdf")
    )
    window.session.follow(["start", "voksen", "voksen-akutt"])
    window.print_actions.save_pdf()
    assert warned and "x.pdf" in warned[0]
    assert window.session.walk.path == ("start", "voksen", "voksen-akutt")


def test_save_booklet(qtbot, window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "kort.pdf"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("A5", True))
    monkeypatch.setattr(printing, "ask_save_name", lambda *a: str(target))
    window.print_actions.save_booklet()
    assert len(PdfReader(target).pages) == len(window.session.view.cards) + 2


def test_what_earlier_versions_left_in_the_temp_folder_goes_at_start(tmp_path) -> None:
    from tiltakskort.ui.leftovers import remove_leftovers

    old = tmp_path / "tiltakskort-k3_x9a0q"  # an earlier version's print folder
    old.mkdir()
    (old / "eksempel-barn-forteller.pdf").write_bytes(b"%PDF-1.4")
    other = tmp_path / "tiltakskort-bundle-abc"  # not ours to remove
    other.mkdir()
    (other / "x.pdf").write_bytes(b"%PDF")
    mixed = tmp_path / "tiltakskort-abcdefgh"  # holds something else than PDFs
    mixed.mkdir()
    (mixed / "notes.txt").write_text("x", encoding="utf-8")
    assert remove_leftovers(tmp_path) == 1
    assert not old.exists() and other.exists() and mixed.exists()


def test_a_slow_printout_is_made_off_the_windows_thread_with_a_note(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    """Making the PDF runs on a thread of its own: the window keeps handling events (a
    timer fires meanwhile), "Making the printout…" is shown while it takes, and the paper
    comes out as before."""
    import threading
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    import tiltakskort.pdf as pdf

    real = pdf.steps_pdf
    made_on: list[threading.Thread] = []

    def slow(**kwargs):  # type: ignore[no-untyped-def]
        made_on.append(threading.current_thread())
        time.sleep(0.8)
        return real(**kwargs)

    monkeypatch.setattr(pdf, "steps_pdf", slow)
    out = tmp_path / "paper.pdf"
    monkeypatch.setattr(printing, "ask_printer", _print_to(out))
    ticks: list[float] = []
    notes: list[str] = []
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.timeout.connect(
        lambda: notes.extend(
            w.labelText()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )
    )
    timer.start()
    window.session.follow(["start", "barn", "barn-akutt"])
    assert printing.print_walk(
        window, window.session.walk, window.session.lang, window.session.now()
    )
    timer.stop()
    assert made_on and made_on[0] is not threading.main_thread()
    assert len(ticks) >= 5  # the window's event loop ran while the PDF was made
    assert notes and notes[0] == "Making the printout…"
    assert out.stat().st_size > 1000
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]
