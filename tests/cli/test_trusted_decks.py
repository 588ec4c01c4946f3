"""Commands trust decks as the app does: a build with a key refuses unsigned and altered
decks for show/print/booklet, says who approved a signed one; authoring commands read drafts."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import CARDS
from tiltakskort.cli import main
from tiltakskort.signing import trust
from tiltakskort.signing.deck import sign_deck
from tiltakskort.signing.minisign import generate

WALK = ["--path", "start", "--at", "2026-11-24 10:00"]


@pytest.fixture
def key():
    return generate()


@pytest.fixture
def keyed(key, monkeypatch):
    """A build that carries the municipality's key."""
    monkeypatch.setattr(trust, "trusted_keys", lambda keys_dir=None: [key.public_key()])
    return key


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    folder = tmp_path / "deck"
    shutil.copytree(CARDS / "eksempel", folder)
    return folder


def _sign(folder: Path, key) -> None:
    sign_deck(
        folder,
        key,
        deck_id="eksempel",
        version="2026.2",
        municipality="Eksempel kommune",
        signed=date(2026, 11, 1),
    )


def test_show_refuses_an_unsigned_deck_in_a_build_with_a_key(keyed, deck, capsys) -> None:
    assert main(["show", str(deck), *WALK]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "not signed" in captured.err and str(deck) in captured.err


def test_show_in_bokmal_says_why_it_refuses(keyed, deck, capsys, monkeypatch) -> None:
    monkeypatch.setenv("TILTAKSKORT_LANG", "nb")
    assert main(["show", str(deck), *WALK]) == 1
    assert "ikke signert" in capsys.readouterr().err


def test_show_opens_the_built_in_deck_without_a_signature(keyed, capsys) -> None:
    assert main(["show", str(CARDS / "eksempel"), *WALK]) == 0
    assert capsys.readouterr().out


def test_show_names_who_approved_a_signed_deck(keyed, deck, capsys) -> None:
    _sign(deck, keyed)
    assert main(["show", str(deck), *WALK]) == 0
    captured = capsys.readouterr()
    assert captured.out
    assert "Approved by Eksempel kommune, signed 2026-11-01" in captured.err


def test_show_refuses_a_deck_changed_after_signing(keyed, deck, capsys) -> None:
    _sign(deck, keyed)
    yaml = deck / "deck.yaml"
    yaml.write_text(
        yaml.read_text(encoding="utf-8").replace("69 12 34 56", "69 99 99 99"), encoding="utf-8"
    )
    assert main(["show", str(deck), *WALK]) == 1
    captured = capsys.readouterr()
    assert "69 99 99 99" not in captured.out
    assert "changed after it was signed" in captured.err and "deck.yaml" in captured.err


@pytest.mark.parametrize("command", [["print", *WALK], ["booklet"]])
def test_printouts_refuse_an_unsigned_deck(command, keyed, deck, tmp_path, capsys) -> None:
    out = tmp_path / "out.pdf"
    assert main([command[0], str(deck), *command[1:], "-o", str(out)]) == 1
    assert "not signed" in capsys.readouterr().err
    assert not out.exists()


def test_a_source_build_opens_unsigned_decks(deck, capsys) -> None:
    assert main(["show", str(deck), *WALK]) == 0


def test_validate_reads_an_unsigned_draft_in_a_build_with_a_key(keyed, deck, capsys) -> None:
    assert main(["validate", str(deck)]) == 0
    assert "not signed" not in capsys.readouterr().err


def test_validate_says_when_a_signed_deck_was_changed(keyed, deck, capsys) -> None:
    _sign(deck, keyed)
    (deck / "extra.txt").write_text("x", encoding="utf-8")
    assert main(["validate", str(deck)]) == 0
    err = capsys.readouterr().err
    assert "changed after it was signed" in err and "extra.txt" in err


def test_sign_works_on_an_unsigned_draft_in_a_build_with_a_key(
    keyed, deck, tmp_path, capsys
) -> None:
    secret = tmp_path / "k"
    secret.write_text(keyed.text(), encoding="utf-8")
    assert main(["sign", str(deck), "--key", str(secret)]) == 0
    assert main(["show", str(deck), *WALK]) == 0


def test_sign_refuses_a_deck_with_errors(deck, tmp_path, capsys) -> None:
    yaml = deck / "deck.yaml"
    yaml.write_text(
        yaml.read_text(encoding="utf-8").replace("cards:\n", "contact: x\ncards:\n", 1),
        encoding="utf-8",
    )
    key = generate()
    secret = tmp_path / "k"
    secret.write_text(key.text(), encoding="utf-8")
    assert main(["sign", str(deck), "--key", str(secret)]) == 1
    err = capsys.readouterr().err
    assert "TK011" in err and "is not signed" in err
    assert not (deck / "MANIFEST.sha256").exists()
