"""Printing from the app: the print button, Save as PDF, errors, and temporary files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pypdf import PdfReader


pytestmark = pytest.mark.gui


def test_print_button_only_on_end_cards(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.print_actions.available is not None)
    assert not window.print_button.isVisible()
    window.session.follow(["start", "barn", "barn-akutt"])
    assert window.print_button.isVisible()


def test_ctrl_p_opens_the_steps_in_the_viewer_and_closing_removes_them(qtbot, window, monkeypatch) -> None:
    from tiltakskort.ui import printing

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window.session.follow(["start", "barn", "barn-akutt"])
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1 and opened[0].endswith(".pdf")
    assert "Barnet er i akutt fare" in PdfReader(opened[0]).pages[0].extract_text()
    folder = Path(opened[0]).parent
    window.close()
    assert not folder.exists()
    printing.cleanup()


def test_save_as_pdf(qtbot, window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "steg.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    window.session.follow(["start", "voksen", "voksen-akutt"])
    window.print_actions.save_pdf()
    assert "Den voksne er i akutt fare" in PdfReader(target).pages[0].extract_text()


def test_disk_error_gives_a_message_and_keeps_the_walk(qtbot, window, tmp_path, monkeypatch) -> None:
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "finnes-ikke" / "x.pdf"), "PDF (*.pdf)"))
    window.session.follow(["start", "voksen", "voksen-akutt"])
    window.print_actions.save_pdf()
    assert warned and "x.pdf" in warned[0]
    assert window.session.walk.path == ("start", "voksen", "voksen-akutt")


def test_save_booklet(qtbot, window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "kort.pdf"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("A5", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    window.print_actions.save_booklet()
    assert len(PdfReader(target).pages) == len(window.session.view.cards) + 2
