"""Opening and trusting a deck, without Qt: the verdicts the app and every command act on."""

from __future__ import annotations

import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import CARDS
from tiltakskort.signing.deck import sign_deck
from tiltakskort.signing.minisign import generate
from tiltakskort.signing.trust import open_deck, trusted_keys


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    folder = tmp_path / "deck"
    shutil.copytree(CARDS / "eksempel", folder)
    return folder


@pytest.fixture
def key():
    return generate()


def _sign(folder: Path, key, version: str = "2026.2") -> None:
    sign_deck(
        folder,
        key,
        deck_id="eksempel",
        version=version,
        municipality="Eksempel kommune",
        signed=date(2026, 11, 1),
    )


def test_source_build_opens_an_unsigned_deck(deck) -> None:
    opened = open_deck(deck, keys=[])
    assert opened.usable and opened.deck is not None and opened.deck.id == "eksempel"
    assert opened.verdict.kind == "unsigned" and opened.verdict.approval() is None


def test_build_with_keys_refuses_an_unsigned_deck_without_parsing_it(deck, key) -> None:
    opened = open_deck(deck, keys=[key.public_key()])
    assert opened.verdict.refused and not opened.usable and opened.deck is None
    assert opened.result is None  # nothing parsed that was not verified
    assert "not signed" in opened.verdict.reason.text("en")
    assert "ikke signert" in opened.verdict.reason.text("nb")


def test_the_built_in_deck_is_trusted_without_a_signature(key) -> None:
    opened = open_deck(CARDS / "eksempel", keys=[key.public_key()], builtin_dir=CARDS)
    assert opened.usable and opened.verdict.kind == "unsigned" and opened.verdict.built_in


def test_a_deck_elsewhere_is_not_built_in(deck, key) -> None:
    opened = open_deck(deck, keys=[key.public_key()], builtin_dir=CARDS)
    assert not opened.verdict.built_in and opened.verdict.refused


def test_valid_signature_is_approved_with_municipality_date_and_version(deck, key) -> None:
    _sign(deck, key)
    opened = open_deck(deck, keys=[key.public_key()], highest_version=None)
    v = opened.verdict
    assert opened.usable and v.approved
    assert (v.municipality, v.signed, v.version) == ("Eksempel kommune", "2026-11-01", "2026.2")
    assert v.signed_date == date(2026, 11, 1) and not v.rollback
    assert v.remember_version == "2026.2"
    assert v.approval().text("en") == "Approved by Eksempel kommune, signed 2026-11-01"
    assert v.approval().text("nb") == "Godkjent av Eksempel kommune, signert 2026-11-01"


def test_deck_yaml_path_opens_the_same_deck(deck, key) -> None:
    _sign(deck, key)
    opened = open_deck(deck / "deck.yaml", keys=[key.public_key()])
    assert opened.usable and opened.verdict.approved


def test_older_version_is_approved_with_a_rollback_warning(deck, key) -> None:
    _sign(deck, key, version="2026.2")
    opened = open_deck(deck, keys=[key.public_key()], highest_version="2026.10")
    v = opened.verdict
    assert opened.usable and v.approved and v.rollback and v.rollback_from == "2026.10"
    assert v.remember_version is None  # the higher one stays remembered
    assert "older version (2026.2)" in v.approval().text("en")
    assert "(2026.10)" in v.approval().text("sv")


def test_highest_version_may_be_asked_for_by_deck_id(deck, key) -> None:
    _sign(deck, key, version="2026.3")
    asked = []
    opened = open_deck(
        deck,
        keys=[key.public_key()],
        highest_version=lambda deck_id: asked.append(deck_id) or "2026.2",
    )
    assert asked == ["eksempel"]
    assert not opened.verdict.rollback and opened.verdict.remember_version == "2026.3"


def test_same_version_remembers_nothing_new(deck, key) -> None:
    _sign(deck, key, version="2026.2")
    opened = open_deck(deck, keys=[key.public_key()], highest_version="2026.2")
    assert opened.verdict.approved and opened.verdict.remember_version is None


def test_a_garbage_stored_version_is_ignored(deck, key) -> None:
    _sign(deck, key)
    opened = open_deck(deck, keys=[key.public_key()], highest_version="9" * 200)
    assert opened.verdict.approved and not opened.verdict.rollback


def test_a_deck_changed_after_signing_is_refused_naming_the_file(deck, key) -> None:
    _sign(deck, key)
    yaml = deck / "deck.yaml"
    yaml.write_text(
        yaml.read_text(encoding="utf-8").replace("69 12 34 56", "69 99 99 99"), encoding="utf-8"
    )
    opened = open_deck(deck, keys=[key.public_key()])
    assert opened.verdict.refused and opened.deck is None
    text = opened.verdict.reason.text("en")
    assert "changed after it was signed" in text and "deck.yaml" in text


def test_another_key_is_refused(deck, key) -> None:
    _sign(deck, key)
    opened = open_deck(deck, keys=[generate().public_key()])
    assert opened.verdict.refused and "does not match" in opened.verdict.reason.text("en")


def test_a_signed_deck_in_a_build_without_keys_is_used_unchecked(deck, key) -> None:
    _sign(deck, key)
    opened = open_deck(deck, keys=[])
    assert opened.usable and opened.verdict.kind == "unsigned"
    assert opened.verdict.verification is not None
    assert opened.verdict.verification.status == "no-key"


def test_authoring_reads_a_refused_draft_and_reports_the_verdict(deck, key) -> None:
    opened = open_deck(deck, keys=[key.public_key()], refuse_untrusted=False)
    assert opened.verdict.refused and opened.result is not None
    assert opened.result.deck is not None and not opened.usable


def test_a_deck_with_errors_is_not_usable_and_keeps_its_problems(tmp_path) -> None:
    from tests.conftest import write_deck

    folder = write_deck(tmp_path / "broken", "format: 1\nid: x\n")
    opened = open_deck(folder, keys=[])
    assert not opened.usable and opened.errors and opened.problems


def test_a_missing_deck_gives_the_loaders_problem_even_with_keys(tmp_path, key) -> None:
    opened = open_deck(tmp_path / "nowhere", keys=[key.public_key()])
    assert not opened.usable and opened.result is not None and opened.errors


def test_the_bytes_checked_are_the_bytes_parsed(deck, key, monkeypatch) -> None:
    from tiltakskort.deck import yamlread

    _sign(deck, key)
    reads = []
    real = yamlread.read_bytes
    monkeypatch.setattr(
        yamlread,
        "read_bytes",
        lambda path, display: reads.append(Path(path)) or real(path, display),
    )
    opened = open_deck(deck, keys=[key.public_key()])
    assert opened.usable and reads == []
    assert (deck / "deck.yaml").resolve() in opened.files


def test_trusted_keys_reads_the_key_folder_and_skips_bad_files(tmp_path, key) -> None:
    (tmp_path / "a.pub").write_text(key.public_key().text(), encoding="utf-8")
    (tmp_path / "b.pub").write_text("not a key", encoding="utf-8")
    keys = trusted_keys(tmp_path)
    assert [k.id_hex for k in keys] == [key.public_key().id_hex]
    assert trusted_keys(tmp_path / "none") == []


def test_trust_does_not_import_qt(deck) -> None:
    import subprocess

    code = (
        "import sys; from tiltakskort.signing.trust import open_deck; "
        f"open_deck({str(deck)!r}, keys=[]); "
        "assert not any(m.startswith('PySide6') for m in sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
