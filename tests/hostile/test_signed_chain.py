"""Issue 13, family 1: a signature covers everything the deck loads. A signed deck
cannot be changed through the base it extends, nor by a link out of its folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import CARDS
from tests.hostile.helpers import main, symlink_or_skip


@pytest.fixture
def signed(tmp_path: Path) -> tuple[Path, Path]:
    """fjordvik (which extends ../region-felles) signed with a new key: (deck, public key)."""
    for name in ("fjordvik", "region-felles"):
        shutil.copytree(CARDS / name, tmp_path / name)
    key = tmp_path / "keys" / "fjordvik.key"
    key.parent.mkdir()
    assert main("keygen", str(key))[0] == 0
    code, out, err = main("sign", str(tmp_path / "fjordvik"), "--key", str(key))
    assert code == 0, err
    return tmp_path / "fjordvik", Path(str(key) + ".pub")


def verify(deck: Path, pub: Path) -> tuple[int, str]:
    code, out, err = main("verify", str(deck), "--pubkey", str(pub))
    return code, out + err


def _change_a_number_in_the_base(deck: Path) -> None:
    base = deck.parent / "region-felles" / "deck.yaml"
    text = base.read_text(encoding="utf-8")
    assert '    phone: "112"' in text
    base.write_text(text.replace('    phone: "112"', '    phone: "113"', 1), encoding="utf-8")


def test_the_signed_chain_is_valid(signed: tuple[Path, Path]) -> None:
    code, said = verify(*signed)
    assert code == 0, said


def test_verify_sees_a_change_in_the_base_deck(signed: tuple[Path, Path]) -> None:
    deck, pub = signed
    _change_a_number_in_the_base(deck)
    code, said = verify(deck, pub)
    assert code == 1, said
    assert "region-felles" in said and "deck.yaml" in said, said


def test_open_deck_refuses_a_change_in_the_base_deck(signed: tuple[Path, Path]) -> None:
    trust = pytest.importorskip("tiltakskort.signing.trust")
    from tiltakskort.signing.minisign import read_public

    deck, pub = signed
    key = read_public(pub.read_text(encoding="utf-8"))
    assert trust.open_deck(deck, keys=[key], builtin_dir=deck.parent / "none").verdict.approved
    _change_a_number_in_the_base(deck)
    opened = trust.open_deck(deck, keys=[key], builtin_dir=deck.parent / "none")
    assert opened.verdict.refused, opened.verdict
    assert opened.result is None  # nothing was parsed that was not verified


def test_show_refuses_a_change_in_the_base_deck(signed: tuple[Path, Path],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    trust = pytest.importorskip("tiltakskort.signing.trust")
    from tiltakskort.signing.minisign import read_public

    deck, pub = signed
    key = read_public(pub.read_text(encoding="utf-8"))
    monkeypatch.setattr(trust, "trusted_keys", lambda *a, **k: [key])
    _change_a_number_in_the_base(deck)
    code, out, err = main("show", str(deck), "--path", "start")
    assert code == 1, out + err
    assert "113" not in out


def test_verify_reports_a_linked_folder(signed: tuple[Path, Path], tmp_path: Path) -> None:
    deck, pub = signed
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    symlink_or_skip(outside, deck / "extra", directory=True)
    code, said = verify(deck, pub)
    assert code == 1, said
    assert "extra" in said


def test_verify_reports_a_linked_file(signed: tuple[Path, Path], tmp_path: Path) -> None:
    deck, pub = signed
    (tmp_path / "x.txt").write_text("hei", encoding="utf-8")
    symlink_or_skip(tmp_path / "x.txt", deck / "x.txt")
    code, said = verify(deck, pub)
    assert code == 1, said
    assert "x.txt" in said


def test_sign_refuses_a_link_out_of_the_folder(tmp_path: Path) -> None:
    shutil.copytree(CARDS / "eksempel", tmp_path / "eksempel")
    (tmp_path / "outside.svg").write_text("<svg/>", encoding="utf-8")
    symlink_or_skip(tmp_path / "outside.svg", tmp_path / "eksempel" / "extra.svg")
    key = tmp_path / "k.key"
    assert main("keygen", str(key))[0] == 0
    code, out, err = main("sign", str(tmp_path / "eksempel"), "--key", str(key))
    assert code == 1, out + err
    assert "extra.svg" in err
