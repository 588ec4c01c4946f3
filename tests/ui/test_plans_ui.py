"""Real plans in the app: where you work, who and when under each step, and the deck's
files opened as copies (never the file in the deck)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.conftest import CARDS

BTI = CARDS / "bti-eksempel"


def test_the_service_is_asked_once_and_changes_the_cards(qtbot, settings, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from tiltakskort.ui.mainwindow import MainWindow

    asked = []

    def get_item(_parent, title, _label, names, *_rest):  # noqa: ANN001, ANN202
        asked.append((title, list(names)))
        return ("Skole og SFO", True)

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    w = MainWindow(settings)
    qtbot.addWidget(w)
    assert w.load(str(BTI))
    qtbot.waitUntil(lambda: w.municipality_label.text() == "Eksempelvik kommune · Skole og SFO")
    assert asked == [
        (
            "Where do you work?",
            [
                "Barnehage",
                "Skole og SFO",
                "Helsestasjon og skolehelsetjeneste",
                "NAV og tjenester for voksne",
                "None of these",
            ],
        )
    ]
    assert w.service_action.isVisible()
    w.session.follow(["start", "niva-1", "niva-1-tiltak"])
    rows = w.card_view.steps.pool.active
    assert rows[-1].label.text().startswith("Drøft eleven i elevsaksmøtet")
    assert (
        rows[-1]
        .detail.text()
        .startswith("Hvem: Kontaktlærer (stafettholder) · Når: innen 14 dager (frist ")
    )
    assert not rows[-1].detail.isHidden()
    assert rows[-1].check.accessibleDescription() == rows[-1].detail.text()
    # a service with its own start card starts the walk there; the choice is remembered
    w.session.set_service("nav")
    assert w.session.walk.path == ("niva-0",)
    assert settings.service("bti-eksempel", w.session.deck.services) == "nav"
    w.session.set_service(None)
    assert w.municipality_label.text() == "Eksempelvik kommune"
    assert settings.service("bti-eksempel", w.session.deck.services) == ""
    assert not w.session.needs_service
    # the workplace is asked no more when the deck is opened again
    asked.clear()
    assert w.load(str(BTI))
    qtbot.wait(20)
    assert asked == []
    assert w.load(str(CARDS / "eksempel"))  # a deck without services
    assert not w.service_action.isVisible() and w.session.service_id is None


def test_a_file_opens_as_a_read_only_copy_of_the_checked_bytes(
    qtbot, settings, monkeypatch, tmp_path: Path
) -> None:
    import shutil

    from PySide6.QtGui import QDesktopServices

    from tiltakskort.ui import documents
    from tiltakskort.ui.mainwindow import MainWindow

    deck = tmp_path / "bti"
    shutil.copytree(BTI, deck)
    settings.set_service("bti-eksempel", None)
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    w = MainWindow(settings)
    qtbot.addWidget(w)
    assert w.load(str(deck))
    w.session.follow(["start", "niva-2", "niva-2-samarbeid"])
    buttons = w.card_view.document_buttons
    assert [b.text() for b in buttons] == [
        "Samtykke til samarbeid (PDF)",
        "Stafettlogg (ODT)",
        "BTI-handlingsveilederen (kortversjon) (PDF)",
    ]
    assert buttons[0].accessibleName() == "Open Samtykke til samarbeid (PDF)"
    original = deck / "skjema" / "samtykkeskjema.pdf"
    checked = original.read_bytes()
    original.write_bytes(b"%PDF-1.4 changed on disk after the deck was opened")
    buttons[0].click()
    assert len(opened) == 1
    copy = Path(opened[0])
    assert copy.name == "samtykkeskjema.pdf" and copy.resolve() != original.resolve()
    assert copy.is_relative_to(documents.temp_dir())
    assert copy.read_bytes() == checked  # the bytes checked when it was opened
    assert not os.stat(copy).st_mode & stat.S_IWUSR  # read-only: "save as" elsewhere
    buttons[0].click()  # again: a second copy, the first untouched
    assert len(opened) == 2 and opened[0] != opened[1] and Path(opened[0]).exists()
    folder = documents.temp_dir()
    w.close()
    assert not folder.exists()


def test_copies_left_by_a_crash_go_the_next_time(tmp_path: Path) -> None:
    from tiltakskort.ui import documents

    left = tmp_path / "tiltakskort-filer-abcd1234"
    (left / "x").mkdir(parents=True)
    (left / "x" / "skjema.docx").write_bytes(b"PK")
    os.chmod(left / "x" / "skjema.docx", stat.S_IREAD)
    other = tmp_path / "tiltakskort-filer-noe-annet"
    other.mkdir()
    assert documents.remove_leftovers(tmp_path) == 1
    assert not left.exists() and other.exists()


@pytest.mark.parametrize("choice", ["Barnehage", "None of these"])
def test_a_corrupt_or_missing_choice_asks_again(settings, choice: str) -> None:
    settings.store.setValue("decks/bti-eksempel/service", "../../etc")
    assert settings.service("bti-eksempel", ("barnehage",)) is None
    settings.set_service("bti-eksempel", "barnehage" if choice == "Barnehage" else None)
    assert settings.service("bti-eksempel", ("barnehage",)) == (
        "barnehage" if choice == "Barnehage" else ""
    )
