"""Signed decks: any change is detected; minisign can check our signatures."""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import CARDS
from tiltakskort.signing.deck import (
    MANIFEST,
    SIGNATURE,
    SecretKeyInDeck,
    accept_version,
    is_rollback,
    parse_comment,
    read_deck_files,
    sign_deck,
    verify_deck,
    verify_files,
)
from tiltakskort.signing.minisign import MinisignError, generate, read_public, read_secret

MINISIGN = shutil.which("minisign")


@pytest.fixture
def signed(tmp_path: Path):
    folder = tmp_path / "deck"
    shutil.copytree(CARDS / "eksempel", folder)
    key = generate()
    sign_deck(
        folder,
        key,
        deck_id="eksempel",
        version="2026.2",
        municipality="Eksempel kommune",
        signed=date(2026, 11, 1),
    )
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
    (folder / "deck.yaml").write_text(
        (folder / "deck.yaml").read_text().replace("69 12 34 56", "69 99 99 99")
    )
    sign_deck(
        folder, generate(), deck_id="eksempel", version="2026.2", municipality="Eksempel kommune"
    )
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


@pytest.mark.skipif(MINISIGN is None, reason="the minisign tool is not installed")
def test_minisign_tool_verifies_our_signature(signed, tmp_path) -> None:
    folder, key = signed
    pub = tmp_path / "k.pub"
    pub.write_text(key.public_key().text())
    proc = subprocess.run(
        ["minisign", "-Vm", str(folder / MANIFEST), "-x", str(folder / SIGNATURE), "-p", str(pub)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert (
        "Trusted comment: deck:eksempel version:2026.2 municipality:Eksempel kommune "
        "signed:2026-11-01"
    ) in proc.stdout


def test_commands(tmp_path) -> None:
    folder = tmp_path / "deck"
    shutil.copytree(CARDS / "eksempel", folder)

    def run(*a: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tiltakskort", *a], capture_output=True, text=True, check=False
        )

    assert run("keygen", str(tmp_path / "k")).returncode == 0
    assert run("keygen", str(tmp_path / "k")).returncode == 2  # never overwrites by accident
    assert run("sign", str(folder), "--key", str(tmp_path / "k")).returncode == 0
    ok = run("verify", str(folder), "--pubkey", str(tmp_path / "k.pub"))
    assert ok.returncode == 0 and "Eksempel kommune" in ok.stdout
    (folder / "deck.yaml").write_text((folder / "deck.yaml").read_text() + "\n")
    bad = run("verify", str(folder), "--pubkey", str(tmp_path / "k.pub"))
    assert bad.returncode == 1 and "deck.yaml" in bad.stderr and "Traceback" not in bad.stderr


@pytest.mark.skipif(MINISIGN is None, reason="the minisign tool is not installed")
def test_a_key_made_by_minisign_signs_decks(tmp_path) -> None:
    folder = tmp_path / "deck"
    shutil.copytree(CARDS / "eksempel", folder)
    subprocess.run(
        ["minisign", "-G", "-W", "-p", str(tmp_path / "m.pub"), "-s", str(tmp_path / "m.key")],
        check=True,
        capture_output=True,
    )
    key = read_secret((tmp_path / "m.key").read_text())
    sign_deck(folder, key, deck_id="eksempel", version="1", municipality="Eksempel kommune")
    v = verify_deck(folder, [read_public((tmp_path / "m.pub").read_text())])
    assert v.ok and v.key_id == key.public_key().id_hex


@pytest.mark.skipif(MINISIGN is None, reason="the minisign tool is not installed")
def test_minisign_tool_signs_with_our_key(tmp_path) -> None:
    key = generate()
    (tmp_path / "k").write_text(key.text())
    (tmp_path / "f.txt").write_bytes(b"hello\n")
    subprocess.run(
        [
            "minisign",
            "-S",
            "-s",
            str(tmp_path / "k"),
            "-m",
            str(tmp_path / "f.txt"),
            "-t",
            "deck:x version:1 municipality:Y signed:2026-01-01",
        ],
        check=True,
        capture_output=True,
        stdin=subprocess.DEVNULL,
    )
    from tiltakskort.signing.minisign import verify

    sig = verify(b"hello\n", (tmp_path / "f.txt.minisig").read_text(), key.public_key())
    assert parse_comment(sig.trusted_comment)["municipality"] == "Y"


def test_verify_the_bytes_already_read(signed) -> None:
    folder, key = signed
    files = read_deck_files(folder)
    assert MANIFEST in files and SIGNATURE in files
    assert verify_files(files, [key.public_key()]).ok
    files["deck.yaml"] = files["deck.yaml"].replace(b"69 12 34 56", b"69 99 99 99")
    v = verify_files(files, [key.public_key()])
    assert v.status == "altered" and v.differences == ["deck.yaml"]


def test_a_file_in_a_subfolder(signed) -> None:
    folder, key = signed
    (folder / "bilder").mkdir()
    (folder / "bilder" / "kart.png").write_bytes(b"\x89PNG one")
    sign_deck(folder, key, deck_id="eksempel", version="2026.3", municipality="Eksempel kommune")
    assert verify_deck(folder, [key.public_key()]).ok
    (folder / "bilder" / "kart.png").write_bytes(b"\x89PNG two")
    assert verify_deck(folder, [key.public_key()]).changed == ["bilder/kart.png"]


def test_changed_trusted_comment_is_a_bad_signature(signed) -> None:
    folder, key = signed
    sig = (folder / SIGNATURE).read_text()
    (folder / SIGNATURE).write_text(sig.replace("version:2026.2", "version:2027.1"))
    v = verify_deck(folder, [key.public_key()])
    assert v.status == "bad-signature" and v.version == ""


def test_garbage_signature_file(signed) -> None:
    folder, key = signed
    (folder / SIGNATURE).write_text("not a signature\n")
    assert verify_deck(folder, [key.public_key()]).status == "bad-signature"


def test_one_of_several_trusted_keys(signed) -> None:
    folder, key = signed
    assert verify_deck(folder, [generate().public_key(), key.public_key()]).ok
    assert verify_deck(folder, []).status == "no-key"


def test_trusted_comment_fields() -> None:
    new = parse_comment(
        "deck:eksempel version:2026.2 municipality:Nord-Fron kommune signed:2026-11-01"
    )
    assert new == {
        "deck": "eksempel",
        "version": "2026.2",
        "municipality": "Nord-Fron kommune",
        "signed": "2026-11-01",
    }
    old = parse_comment(
        "deck=eksempel version=2026.2 signed=2026-11-01 municipality=Nord-Fron kommune"
    )
    assert old == new
    assert parse_comment("anything else") == {}


def test_signed_date_and_signer(signed) -> None:
    folder, key = signed
    v = verify_deck(folder, [key.public_key()])
    assert v.signed_date == date(2026, 11, 1) and v.signer == "Eksempel kommune"


def test_accept_version_keeps_the_highest() -> None:
    assert accept_version("2026.2", None) == (False, "2026.2")
    assert accept_version("2026.10", "2026.2") == (False, "2026.10")
    assert accept_version("2026.2", "2026.10") == (True, "2026.10")
    assert accept_version("2026.2", "2026.2") == (False, "2026.2")


def test_damaged_or_wrong_key_files() -> None:
    key = generate()
    text = key.text()
    lines = text.splitlines()
    raw = bytearray(__import__("base64").b64decode(lines[1]))
    raw[70] ^= 1  # a byte of the secret key itself
    damaged = lines[0] + "\n" + __import__("base64").b64encode(bytes(raw)).decode() + "\n"
    with pytest.raises(MinisignError):
        read_secret(damaged)
    with pytest.raises(MinisignError) as e:
        read_secret(key.public_key().text())
    assert e.value.msg.text("nb").startswith("ikke en")
    with pytest.raises(MinisignError):
        read_public(text)
    assert key.seed.hex() not in repr(key)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_keygen_secret_key_is_private(tmp_path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tiltakskort", "keygen", str(tmp_path / "k")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env=_env("nb"),
    )
    assert proc.returncode == 0 and "hemmelig" in proc.stdout
    assert (tmp_path / "k").stat().st_mode & 0o077 == 0
    assert "public key" in (tmp_path / "k.pub").read_text()


def _env(lang: str) -> dict[str, str]:
    import os

    return dict(os.environ, TILTAKSKORT_LANG=lang)


def test_verify_command_messages_in_norwegian(tmp_path) -> None:
    folder = tmp_path / "deck"
    shutil.copytree(CARDS / "eksempel", folder)
    key = generate()
    (tmp_path / "k").write_text(key.text())
    (tmp_path / "k.pub").write_text(key.public_key().text())
    (tmp_path / "other.pub").write_text(generate().public_key().text())

    def run(*a: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tiltakskort", *a],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
            env=_env("nb"),
        )

    unsigned = run("verify", str(folder), "--pubkey", str(tmp_path / "k.pub"))
    assert unsigned.returncode == 1 and "ikke signert" in unsigned.stderr
    assert run("sign", str(folder), "--key", str(tmp_path / "k")).returncode == 0
    ok = run("verify", str(folder), "--pubkey", str(tmp_path / "k.pub"))
    assert ok.returncode == 0 and "godkjent av Eksempel kommune" in ok.stdout
    other = run("verify", str(folder), "--pubkey", str(tmp_path / "other.pub"))
    assert other.returncode == 1 and "annen nøkkel" in other.stderr
    (folder / "ny.txt").write_text("x")
    (folder / "README.md").unlink()
    bad = run("verify", str(folder), "--pubkey", str(tmp_path / "k.pub"))
    assert (
        bad.returncode == 1
        and "lagt til: ny.txt" in bad.stderr
        and "fjernet: README.md" in bad.stderr
    )
    wrong = run("sign", str(folder), "--key", str(tmp_path / "k.pub"))
    assert wrong.returncode == 2 and "ikke en" in wrong.stderr and "Traceback" not in wrong.stderr


def test_a_deck_holding_a_secret_key_is_not_signed(tmp_path) -> None:
    folder = tmp_path / "deck"
    shutil.copytree(CARDS / "eksempel", folder)
    key = generate()
    (folder / "min-nøkkel").write_text(key.text())
    with pytest.raises(SecretKeyInDeck):
        sign_deck(folder, key, deck_id="eksempel", version="1", municipality="Eksempel kommune")
    assert not (folder / MANIFEST).exists()
    (tmp_path / "k").write_text(key.text())
    proc = subprocess.run(
        [sys.executable, "-m", "tiltakskort", "sign", str(folder), "--key", str(tmp_path / "k")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        env=_env("nb"),
    )
    assert proc.returncode == 1 and "min-nøkkel" in proc.stderr and "hemmelig nøkkel" in proc.stderr
