"""Signed decks: any change is detected; minisign can check our signatures."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import CARDS
from tiltakskort.signing.deck import (MANIFEST, SIGNATURE, is_rollback, sign_deck, verify_deck)
from tiltakskort.signing.minisign import generate, read_public, read_secret


@pytest.fixture
def signed(tmp_path: Path):
    folder = tmp_path / "deck"
    shutil.copytree(CARDS / "eksempel", folder)
    key = generate()
    sign_deck(folder, key, deck_id="eksempel", version="2026.2", municipality="Eksempel kommune",
              signed=date(2026, 11, 1))
    return folder, key


def test_valid_signature_names_municipality_and_date(signed) -> None:
    folder, key = signed
    v = verify_deck(folder, [key.public_key()])
    assert v.ok and v.municipality == "Eksempel kommune" and v.signed == "2026-11-01"
    assert v.deck_id == "eksempel" and v.version == "2026.2"


@pytest.mark.parametrize("name", ["deck.yaml", "logo.svg", "README.md"])
def test_one_changed_byte_in_any_file(signed, name) -> None:
    folder, key = signed
    data = bytearray((folder / name).read_bytes())
    data[len(data) // 2] ^= 0x01
    (folder / name).write_bytes(bytes(data))
    v = verify_deck(folder, [key.public_key()])
    assert v.status == "altered" and v.changed == [name]


def test_added_and_removed_files(signed) -> None:
    folder, key = signed
    (folder / "extra.png").write_bytes(b"\x89PNG")
    assert verify_deck(folder, [key.public_key()]).added == ["extra.png"]
    (folder / "extra.png").unlink()
    (folder / "README.md").unlink()
    v = verify_deck(folder, [key.public_key()])
    assert v.status == "altered" and v.removed == ["README.md"]


def test_changed_manifest_or_swapped_key(signed) -> None:
    folder, key = signed
    other = generate()
    assert verify_deck(folder, [other.public_key()]).status == "untrusted-key"
    text = (folder / MANIFEST).read_text()
    (folder / MANIFEST).write_text(text.replace("deck.yaml", "deck.yml"))
    assert verify_deck(folder, [key.public_key()]).status == "bad-signature"


def test_resigning_with_an_attackers_key_is_not_trusted(signed) -> None:
    folder, key = signed
    (folder / "deck.yaml").write_text((folder / "deck.yaml").read_text().replace("69 12 34 56", "69 99 99 99"))
    sign_deck(folder, generate(), deck_id="eksempel", version="2026.2", municipality="Eksempel kommune")
    assert verify_deck(folder, [key.public_key()]).status == "untrusted-key"


def test_unsigned_deck() -> None:
    assert verify_deck(CARDS / "eksempel", [generate().public_key()]).status == "unsigned"


def test_rollback() -> None:
    assert is_rollback("2026.2", "2026.10") and not is_rollback("2026.10", "2026.2")
    assert not is_rollback("2026.2", None) and not is_rollback("2026.2", "2026.2")


def test_keys_round_trip_through_their_files() -> None:
    key = generate()
    again = read_secret(key.text())
    assert again.seed == key.seed and read_public(key.public_key().text()) == key.public_key()


@pytest.mark.skipif(shutil.which("minisign") is None, reason="the minisign tool is not installed")
def test_minisign_tool_verifies_our_signature(signed, tmp_path) -> None:
    folder, key = signed
    pub = tmp_path / "k.pub"
    pub.write_text(key.public_key().text())
    proc = subprocess.run(["minisign", "-Vm", str(folder / MANIFEST), "-x", str(folder / SIGNATURE),
                           "-p", str(pub)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "deck=eksempel version=2026.2" in proc.stdout


def test_commands(tmp_path) -> None:
    folder = tmp_path / "deck"
    shutil.copytree(CARDS / "eksempel", folder)
    run = lambda *a: subprocess.run([sys.executable, "-m", "tiltakskort", *a], capture_output=True, text=True)
    assert run("keygen", str(tmp_path / "k")).returncode == 0
    assert run("keygen", str(tmp_path / "k")).returncode == 2  # never overwrites by accident
    assert run("sign", str(folder), "--key", str(tmp_path / "k")).returncode == 0
    ok = run("verify", str(folder), "--pubkey", str(tmp_path / "k.pub"))
    assert ok.returncode == 0 and "Eksempel kommune" in ok.stdout
    (folder / "deck.yaml").write_text((folder / "deck.yaml").read_text() + "\n")
    bad = run("verify", str(folder), "--pubkey", str(tmp_path / "k.pub"))
    assert bad.returncode == 1 and "deck.yaml" in bad.stderr and "Traceback" not in bad.stderr
