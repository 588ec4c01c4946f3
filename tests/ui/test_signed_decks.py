"""The app with signed decks: approval line, altered-file warning, refusal, rollback."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from tests.conftest import CARDS
from tiltakskort.signing.deck import sign_deck
from tiltakskort.signing.minisign import generate

pytestmark = pytest.mark.gui


@pytest.fixture
def keyed(qtbot, settings, tmp_path, monkeypatch):
    from tiltakskort.ui import deckopening, mainwindow, session

    key = generate()
    monkeypatch.setattr(session.Session, "trusted_keys", lambda self: [key.public_key()])
    shown = []
    monkeypatch.setattr(
        deckopening.ProblemDialog, "exec", lambda self: shown.append(self.list.item(0).text()) or 0
    )
    w = mainwindow.MainWindow(settings)
    qtbot.addWidget(w)
    folder = tmp_path / "deck"
    shutil.copytree(CARDS / "eksempel", folder)
    return w, key, folder, shown


def test_valid_signature_shows_who_approved(keyed) -> None:
    w, key, folder, shown = keyed
    sign_deck(
        folder,
        key,
        deck_id="eksempel",
        version="2026.2",
        municipality="Eksempel kommune",
        signed=date(2026, 11, 1),
    )
    assert w.load(str(folder))
    assert w.signature_label.text() == "Godkjent av Eksempel kommune, signert 2026-11-01"


def test_altered_deck_is_refused_naming_the_file(keyed) -> None:
    w, key, folder, shown = keyed
    sign_deck(folder, key, deck_id="eksempel", version="2026.2", municipality="Eksempel kommune")
    (folder / "deck.yaml").write_text(
        (folder / "deck.yaml").read_text().replace("69 12 34 56", "69 99 99 99")
    )
    assert not w.load(str(folder))
    assert "deck.yaml" in shown[0] and "endret etter at den ble signert" in shown[0]


def test_unsigned_deck_refused_when_the_build_has_a_key(keyed) -> None:
    w, key, folder, shown = keyed
    assert not w.load(str(folder))
    assert "ikke signert" in shown[0]
    assert w.load(str(CARDS / "eksempel"))  # the deck built into the app is trusted


def test_older_version_warns(keyed) -> None:
    w, key, folder, shown = keyed
    w.settings.store.setValue("decks/eksempel/highest_version", "2026.10")
    sign_deck(folder, key, deck_id="eksempel", version="2026.2", municipality="Eksempel kommune")
    assert w.load(str(folder))
    assert "eldre versjon (2026.2)" in w.signature_label.text()


def test_the_bytes_checked_are_the_bytes_parsed(keyed, monkeypatch) -> None:
    """A file swapped between the signature check and parsing cannot slip through:
    the deck file is read once."""
    from pathlib import Path

    from tiltakskort.deck import yamlread

    w, key, folder, shown = keyed
    sign_deck(folder, key, deck_id="eksempel", version="2026.2", municipality="Eksempel kommune")
    reads = []
    real = yamlread.read_bytes
    monkeypatch.setattr(
        yamlread,
        "read_bytes",
        lambda path, display: reads.append(Path(path)) or real(path, display),
    )
    assert w.load(str(folder))
    assert reads == []  # the loader parsed the bytes the signature check had


def test_the_approval_is_told_once_and_the_line_is_the_sessions(keyed) -> None:
    w, key, folder, shown = keyed
    sign_deck(
        folder,
        key,
        deck_id="eksempel",
        version="2026.2",
        municipality="Eksempel kommune",
        signed=date(2026, 11, 1),
    )
    told = []
    w.session.verdictChanged.connect(told.append)
    assert w.load(str(folder))
    assert w.load(str(folder))  # opened again (a reload): the same line, nothing new to tell
    assert told == ["Godkjent av Eksempel kommune, signert 2026-11-01"] == [w.session.verdict]
    assert w.load(str(CARDS / "eksempel"))  # the built-in deck: no approval line
    assert told[-1] == "" and w.signature_label.isHidden()


def _signed_chain(tmp_path, key):
    """fjordvik (which builds on ../region-felles) signed with ``key``, as sign does it."""
    from tiltakskort.deck.loader import load_deck

    for name in ("fjordvik", "region-felles"):
        shutil.copytree(CARDS / name, tmp_path / name)
    folder = tmp_path / "fjordvik"
    deck = load_deck(folder).deck
    sign_deck(
        folder,
        key,
        deck_id="fjordvik",
        version="2026.1-fjordvik",
        municipality="Fjordvik kommune",
        signed=date(2026, 11, 1),
        bases=deck.extends,
    )
    return folder


def test_a_signed_chain_is_approved_and_a_change_in_its_base_refused(keyed, tmp_path) -> None:
    w, key, _, shown = keyed
    folder = _signed_chain(tmp_path, key)
    assert w.load(str(folder))
    assert w.signature_label.text() == "Godkjent av Fjordvik kommune, signert 2026-11-01"
    base = tmp_path / "region-felles" / "deck.yaml"
    base.write_text(
        base.read_text(encoding="utf-8").replace('phone: "112"', 'phone: "113"', 1),
        encoding="utf-8",
    )
    assert not w.load(str(folder))
    assert "../region-felles/deck.yaml" in shown[-1]
    assert "endret etter at den ble signert" in shown[-1]
    # the deck shown is still the one approved: the police number from before the change
    assert w.session.deck is not None and "112" in str(w.session.deck.contacts["politi"].phone)
