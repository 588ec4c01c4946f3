"""Policies set by IT (Group Policy on Windows, /etc/tiltakskort/policies.ini elsewhere)
are read before the user's settings: the deck folder, the trusted key, the idle time and
printing are binding; the default language and municipality hold until the user picks."""

from __future__ import annotations

import shutil
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import CARDS
from tiltakskort import policy
from tiltakskort.policy import Policy, read_policy, read_policy_file
from tiltakskort.ui.settings import Settings

pytestmark = pytest.mark.gui


def _policies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Path:
    path = tmp_path / "policies.ini"
    path.write_text("[Tiltakskort]\n" + text, encoding="utf-8")
    monkeypatch.setattr(policy, "SOURCE", path)
    return path


def _settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat))


def test_no_policy_changes_nothing(tmp_path) -> None:
    s = _settings(tmp_path)
    assert read_policy() == Policy({})
    assert (s.idle_minutes, s.printing_allowed, s.deck_folder, s.policy_keys()) == (
        3,
        True,
        None,
        [],
    )


def test_the_policies_file(tmp_path, monkeypatch) -> None:
    _policies(
        tmp_path,
        monkeypatch,
        "deckfolder = /srv/decks/fjordvik\nIdleMinutes = 2\n"
        "PrintingAllowed = 0\nDefaultLanguage = NN\nDefaultMunicipality = fjordvik\n",
    )
    p = read_policy()
    assert p.deck_folder == Path("/srv/decks/fjordvik")  # value names in any case
    assert (p.idle_minutes, p.printing_allowed, p.language, p.municipality) == (
        2,
        False,
        "nn",
        "fjordvik",
    )


def test_values_that_are_not_valid_are_ignored(tmp_path, monkeypatch) -> None:
    _policies(
        tmp_path,
        monkeypatch,
        "IdleMinutes = 0\nDefaultLanguage = de\nPrintingAllowed = 1\n"
        "TrustedPublicKey = RWnot-a-key\n",
    )
    s = _settings(tmp_path)
    assert (s.idle_minutes, s.ui_language, s.printing_allowed, s.policy_keys()) == (
        3,
        "nb",
        True,
        [],
    )
    (tmp_path / "bad.ini").write_bytes(b"\xff\xfe[Tiltakskort\n")
    assert read_policy_file(tmp_path / "bad.ini") == {}
    assert read_policy_file(tmp_path / "missing.ini") == {}


def test_idle_time_is_binding(tmp_path, monkeypatch) -> None:
    s = _settings(tmp_path)
    s.idle_minutes = 30
    _policies(tmp_path, monkeypatch, "IdleMinutes = 2\n")
    s = _settings(tmp_path)
    assert s.idle_minutes == 2
    s.idle_minutes = 45  # the user's choice is not kept over IT's
    assert s.idle_minutes == 2 and s.store.value("privacy/idle_minutes") == 30


def test_default_language_and_municipality_hold_until_the_user_picks(tmp_path, monkeypatch) -> None:
    _policies(tmp_path, monkeypatch, "DefaultLanguage = nn\nDefaultMunicipality = fjordvik\n")
    s = _settings(tmp_path)
    assert s.ui_language == "nn"
    assert s.deck_language("d", ("nb", "nn")) == "nn" and s.deck_language("d", ("sv",)) is None
    assert s.municipality("d", {"fjordvik": 1, "holm": 2}) == "fjordvik"
    assert s.municipality("d", {"holm": 2}) is None  # not one of the deck's
    s.ui_language = "sv"
    s.set_deck_language("d", "nb")
    s.set_municipality("d", "holm")
    assert (
        s.ui_language,
        s.deck_language("d", ("nb", "nn")),
        s.municipality("d", {"fjordvik": 1, "holm": 2}),
    ) == ("sv", "nb", "holm")


def test_the_deck_folder_is_opened_when_none_is_named(qapp, tmp_path, monkeypatch) -> None:
    from tiltakskort.ui import app
    from tiltakskort.ui.mainwindow import MainWindow

    deck = tmp_path / "kommunens"
    shutil.copytree(CARDS / "eksempel", deck)
    _policies(tmp_path, monkeypatch, f"DeckFolder = {deck}\n")
    opened: list[str] = []
    load = MainWindow.load
    monkeypatch.setattr(
        MainWindow,
        "load",
        lambda self, path, **kw: opened.append(str(path)) or load(self, path, **kw),
    )
    assert app.run_app(None, smoke=True, lang="en") == 0
    assert opened[0] == str(deck)
    opened.clear()
    assert (
        app.run_app(str(CARDS / "eksempel"), smoke=True, lang="en") == 0
    )  # one named on the command line wins
    assert opened[0] == str(CARDS / "eksempel")


def test_the_trusted_key_opens_only_decks_signed_with_it(qtbot, tmp_path, monkeypatch) -> None:
    from tiltakskort.signing.deck import sign_deck
    from tiltakskort.signing.minisign import generate
    from tiltakskort.ui.mainwindow import MainWindow

    key = generate()
    (tmp_path / "fjordvik.pub").write_text(key.public_key().text(), encoding="utf-8")
    deck = tmp_path / "deck"
    shutil.copytree(CARDS / "eksempel", deck)
    for value in (key.public_key().text().splitlines()[1], str(tmp_path / "fjordvik.pub")):
        _policies(tmp_path, monkeypatch, f"TrustedPublicKey = {value}\n")
        w = MainWindow(_settings(tmp_path))
        qtbot.addWidget(w)
        assert not w.load(str(deck), quiet=True)  # not signed: refused
        assert "ikke signert" in w.session.problems[0]
        sign_deck(
            deck,
            key,
            deck_id="eksempel",
            version="2026.1",
            municipality="Fjordvik kommune",
            signed=date(2026, 11, 1),
        )
        assert w.load(str(deck), quiet=True)  # signed with IT's key
        assert "Fjordvik kommune" in w.signature_label.text()
        other = generate()
        sign_deck(
            deck,
            other,
            deck_id="eksempel",
            version="2026.2",
            municipality="Noen andre",
            signed=date(2026, 11, 2),
        )
        assert not w.load(str(deck), quiet=True)  # signed with another key
        for name in ("MANIFEST.sha256", "MANIFEST.sha256.minisig"):
            (deck / name).unlink()


@pytest.mark.skipif(sys.platform != "win32", reason="the registry is Windows'")
def test_the_registry_is_read_with_its_value_types() -> None:
    import winreg

    from tiltakskort.policy import read_policy_registry

    # HKEY_LOCAL_MACHINE is IT's; the same reader is pointed at a key of this test's own
    key = rf"Software\Tiltakskort-test-{uuid.uuid4().hex}"
    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, key) as handle:
        winreg.SetValueEx(handle, "IdleMinutes", 0, winreg.REG_DWORD, 5)
        winreg.SetValueEx(handle, "PrintingAllowed", 0, winreg.REG_DWORD, 0)
        winreg.SetValueEx(handle, "DeckFolder", 0, winreg.REG_SZ, r"C:\Kort\fjordvik")
        winreg.SetValueEx(handle, "DefaultLanguage", 0, winreg.REG_SZ, "sv")
        winreg.SetValueEx(handle, "Junk", 0, winreg.REG_BINARY, b"\x00\x01")
    try:
        p = Policy(read_policy_registry(winreg.HKEY_CURRENT_USER, key))
    finally:
        winreg.DeleteKey(winreg.HKEY_CURRENT_USER, key)
    assert (p.idle_minutes, p.printing_allowed, p.deck_folder, p.language) == (
        5,
        False,
        Path(r"C:\Kort\fjordvik"),
        "sv",
    )
    assert "Junk" not in p.values
    assert read_policy_registry(winreg.HKEY_CURRENT_USER, key) == {}


def test_the_settings_menu_shows_the_idle_time_set_by_it_and_does_not_offer_it(
    qtbot, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from tiltakskort.ui.mainwindow import MainWindow

    w = MainWindow(_settings(tmp_path))
    qtbot.addWidget(w)
    assert (
        w.idle_action.isEnabled() and "IT" not in w.idle_action.text()
    )  # no policy: the user chooses
    _policies(tmp_path, monkeypatch, "IdleMinutes = 2\n")
    w = MainWindow(_settings(tmp_path))
    qtbot.addWidget(w)
    assert not w.idle_action.isEnabled()
    assert "2" in w.idle_action.text() and "IT" in w.idle_action.text()
    asked: list[object] = []
    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: asked.append(a) or (45, True))
    w.choosing.ask_idle()  # even if reached some other way: no dialog
    assert asked == [] and w.settings.idle_minutes == 2


def test_the_idle_time_set_by_it_is_said_in_norwegian(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from tiltakskort.ui.app import install_translators

    found = install_translators(qapp, "nb")
    try:
        assert (
            QCoreApplication.translate(
                "MainWindow", "Time before the app starts over: %n min (set by IT)", "", 5
            )
            == "Tid før appen starter på nytt: 5 min (satt av IT)"
        )
    finally:
        for t in found:
            qapp.removeTranslator(t)
