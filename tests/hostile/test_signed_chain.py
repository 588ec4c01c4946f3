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


def test_show_refuses_a_change_in_the_base_deck(
    signed: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
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


# --- what a coordinator sees, and the decks signed before the chain was covered ---------


def _nb(*args: str) -> tuple[int, str, str]:
    import os

    old = os.environ.get("TILTAKSKORT_LANG")
    os.environ["TILTAKSKORT_LANG"] = "nb"
    try:
        return main(*args)
    finally:
        if old is None:
            del os.environ["TILTAKSKORT_LANG"]
        else:
            os.environ["TILTAKSKORT_LANG"] = old


def _old_style_signature(folder: Path, key_file: Path) -> None:
    """Sign ``folder`` as tiltakskort did before base decks were covered: a manifest of
    the folder's own files only (written here by hand, not by the code under test)."""
    import hashlib

    from tiltakskort.signing.minisign import read_secret, sign

    lines = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_file() and rel not in ("MANIFEST.sha256", "MANIFEST.sha256.minisig"):
            lines.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {rel}\n")
    text = "".join(sorted(lines, key=lambda line: line.split("  ", 1)[1])).encode("utf-8")
    key = read_secret(key_file.read_text(encoding="utf-8"))
    comment = f"deck:{folder.name} version:2026.1 municipality:Fjordvik kommune signed:2026-11-01"
    (folder / "MANIFEST.sha256").write_bytes(text)
    (folder / "MANIFEST.sha256.minisig").write_bytes(
        sign(text, key, comment, "tiltakskort deck").encode("utf-8")
    )


def test_signing_a_chain_lists_the_base_deck_beside_the_manifest(signed: tuple[Path, Path]) -> None:
    deck, _ = signed
    manifest = (deck / "MANIFEST.sha256").read_text(encoding="utf-8")
    extends = (deck / "EXTENDS.sha256").read_text(encoding="utf-8")
    # the manifest keeps its format (the deck's own files), and lists EXTENDS.sha256
    assert "../" not in manifest and "  EXTENDS.sha256\n" in manifest
    assert "  ../region-felles/deck.yaml\n" in extends
    assert all(
        line.split("  ", 1)[1].startswith("../region-felles/") for line in extends.splitlines()
    )


def test_verify_names_the_changed_base_file_in_norwegian(signed: tuple[Path, Path]) -> None:
    deck, pub = signed
    _change_a_number_in_the_base(deck)
    code, out, err = _nb("verify", str(deck), "--pubkey", str(pub))
    assert code == 1, out + err
    assert "endret: ../region-felles/deck.yaml" in err
    assert "signer denne kortstokken på nytt" in err
    assert "Gyldig" not in out


def test_a_file_added_to_the_base_deck_is_reported(signed: tuple[Path, Path]) -> None:
    deck, pub = signed
    (deck.parent / "region-felles" / "ekstra.yaml").write_text("x: 1\n", encoding="utf-8")
    code, said = verify(deck, pub)
    assert code == 1 and "added: ../region-felles/ekstra.yaml" in said, said


def test_a_link_in_the_base_deck_is_reported(signed: tuple[Path, Path], tmp_path: Path) -> None:
    deck, pub = signed
    (tmp_path / "annet.svg").write_text("<svg/>", encoding="utf-8")
    symlink_or_skip(tmp_path / "annet.svg", deck.parent / "region-felles" / "logo.svg")
    code, said = verify(deck, pub)
    assert code == 1 and "link: ../region-felles/logo.svg" in said, said


def test_a_changed_list_of_base_hashes_is_reported(signed: tuple[Path, Path]) -> None:
    deck, pub = signed
    (deck / "EXTENDS.sha256").write_text("", encoding="utf-8")
    code, said = verify(deck, pub)
    assert code == 1 and "changed: EXTENDS.sha256" in said, said


def test_signing_again_after_the_base_changed_makes_it_valid(signed: tuple[Path, Path]) -> None:
    deck, pub = signed
    _change_a_number_in_the_base(deck)
    assert verify(deck, pub)[0] == 1
    code, out, err = main("sign", str(deck), "--key", str(pub)[: -len(".pub")])
    assert code == 0, err
    assert "region-felles" in out and "EXTENDS.sha256" in out
    assert verify(deck, pub)[0] == 0


def test_a_base_of_a_base_is_covered(tmp_path: Path) -> None:
    for name in ("fjordvik", "region-felles"):
        shutil.copytree(CARDS / name, tmp_path / name)
    (tmp_path / "nasjonal").mkdir()
    (tmp_path / "nasjonal" / "deck.yaml").write_text(
        "format: tiltakskort/1\nid: nasjonal\ntitle: Nasjonal\n", encoding="utf-8"
    )
    base = tmp_path / "region-felles" / "deck.yaml"
    text = base.read_text(encoding="utf-8")
    base.write_text(
        text.replace("format: tiltakskort/1\n", "format: tiltakskort/1\nextends: ../nasjonal\n", 1),
        encoding="utf-8",
    )
    key = tmp_path / "k.key"
    assert main("keygen", str(key))[0] == 0
    code, out, err = main("sign", str(tmp_path / "fjordvik"), "--key", str(key))
    assert code == 0, err
    pub = Path(str(key) + ".pub")
    assert verify(tmp_path / "fjordvik", pub)[0] == 0
    (tmp_path / "nasjonal" / "deck.yaml").write_text(
        "format: tiltakskort/1\nid: nasjonal\ntitle: Endret\n", encoding="utf-8"
    )
    code, said = verify(tmp_path / "fjordvik", pub)
    assert code == 1 and "changed: ../nasjonal/deck.yaml" in said, said


def test_an_old_signature_without_extends_verifies_as_before(tmp_path: Path) -> None:
    from tiltakskort.signing.minisign import read_public
    from tiltakskort.signing.trust import open_deck

    deck = tmp_path / "eksempel"
    shutil.copytree(CARDS / "eksempel", deck)
    key = tmp_path / "k.key"
    assert main("keygen", str(key))[0] == 0
    _old_style_signature(deck, key)
    pub = Path(str(key) + ".pub")
    code, said = verify(deck, pub)
    assert code == 0 and "Fjordvik kommune" in said, said
    opened = open_deck(
        deck, keys=[read_public(pub.read_text(encoding="utf-8"))], builtin_dir=tmp_path / "none"
    )
    assert opened.usable and opened.verdict.approved
    assert not (deck / "EXTENDS.sha256").exists()
    (deck / "deck.yaml").write_text(
        (deck / "deck.yaml").read_text(encoding="utf-8") + "\n", encoding="utf-8"
    )
    code, said = verify(deck, pub)
    assert code == 1 and "changed: deck.yaml" in said, said


def test_an_old_signature_of_a_chain_is_refused_and_the_base_never_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tiltakskort.deck import extends
    from tiltakskort.signing.minisign import read_public
    from tiltakskort.signing.trust import open_deck

    for name in ("fjordvik", "region-felles"):
        shutil.copytree(CARDS / name, tmp_path / name)
    deck = tmp_path / "fjordvik"
    key = tmp_path / "k.key"
    assert main("keygen", str(key))[0] == 0
    _old_style_signature(deck, key)
    pub = Path(str(key) + ".pub")

    code, out, err = _nb("verify", str(deck), "--pubkey", str(pub))
    assert code == 1, out + err
    assert "region-felles" in err and "signaturen ikke dekker" in err and "tiltakskort sign" in err

    parsed: list[str] = []
    real = extends.read_yaml
    monkeypatch.setattr(
        extends,
        "read_yaml",
        lambda path, display, data=None: parsed.append(str(path)) or real(path, display, data),
    )
    public = read_public(pub.read_text(encoding="utf-8"))
    opened = open_deck(deck, keys=[public], builtin_dir=tmp_path / "none")
    assert opened.verdict.refused and opened.result is None
    assert "region-felles" in opened.verdict.reason.text("nb")
    assert "signaturen ikke dekker" in opened.verdict.reason.text("nb")
    assert not any("region-felles" in p for p in parsed), parsed  # the base was never parsed

    monkeypatch.setattr("tiltakskort.signing.trust.trusted_keys", lambda *a, **k: [public])
    code, out, err = main("show", str(deck), "--path", "start")
    assert code == 1 and "region-felles" in err, out + err


def test_nothing_of_a_changed_base_is_parsed(
    signed: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tiltakskort.deck import extends
    from tiltakskort.signing.minisign import read_public
    from tiltakskort.signing.trust import open_deck

    deck, pub = signed
    _change_a_number_in_the_base(deck)
    parsed: list[str] = []
    real = extends.read_yaml
    monkeypatch.setattr(
        extends,
        "read_yaml",
        lambda path, display, data=None: parsed.append(str(path)) or real(path, display, data),
    )
    opened = open_deck(
        deck, keys=[read_public(pub.read_text(encoding="utf-8"))], builtin_dir=deck.parent / "none"
    )
    assert opened.verdict.refused and opened.result is None and parsed == []
    assert "../region-felles/deck.yaml" in opened.verdict.reason.text("en")


@pytest.mark.parametrize("command", ["print", "booklet"])
def test_printouts_refuse_a_change_in_the_base_deck(
    command: str, signed: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tiltakskort.signing import trust
    from tiltakskort.signing.minisign import read_public

    deck, pub = signed
    key = read_public(pub.read_text(encoding="utf-8"))
    monkeypatch.setattr(trust, "trusted_keys", lambda *a, **k: [key])
    out = tmp_path / "out.pdf"
    walk = ["--path", "start"] if command == "print" else []
    assert main(command, str(deck), *walk, "-o", str(out))[0] == 0
    out.unlink()
    _change_a_number_in_the_base(deck)
    code, stdout, err = main(command, str(deck), *walk, "-o", str(out))
    assert code == 1, stdout + err
    assert "region-felles" in err and not out.exists()


def test_sign_refuses_a_linked_folder(tmp_path: Path) -> None:
    shutil.copytree(CARDS / "eksempel", tmp_path / "eksempel")
    (tmp_path / "bilder").mkdir()
    symlink_or_skip(tmp_path / "bilder", tmp_path / "eksempel" / "bilder", directory=True)
    key = tmp_path / "k.key"
    assert main("keygen", str(key))[0] == 0
    code, out, err = _nb("sign", str(tmp_path / "eksempel"), "--key", str(key))
    assert code == 1, out + err
    assert "bilder" in err and "lenke" in err and "Kopier" in err
    assert not (tmp_path / "eksempel" / "MANIFEST.sha256").exists()


def test_a_deck_that_no_longer_extends_drops_its_list_of_bases(signed: tuple[Path, Path]) -> None:
    deck, pub = signed
    shutil.rmtree(deck.parent / "region-felles")
    shutil.copytree(CARDS / "eksempel", deck.parent / "ny")
    for name in ("deck.yaml", "README.md"):
        shutil.copy(deck.parent / "ny" / name, deck / name)
    code, out, err = main("sign", str(deck), "--key", str(pub)[: -len(".pub")])
    assert code == 0, err
    assert not (deck / "EXTENDS.sha256").exists()
    assert verify(deck, pub)[0] == 0


def test_a_base_inside_the_folder_is_covered_by_the_manifest(tmp_path: Path) -> None:
    deck = tmp_path / "fjordvik"
    shutil.copytree(CARDS / "fjordvik", deck)
    shutil.copytree(CARDS / "region-felles", deck / "felles")
    yaml = deck / "deck.yaml"
    yaml.write_text(
        yaml.read_text(encoding="utf-8").replace("extends: ../region-felles", "extends: felles"),
        encoding="utf-8",
    )
    key = tmp_path / "k.key"
    assert main("keygen", str(key))[0] == 0
    assert main("sign", str(deck), "--key", str(key))[0] == 0
    assert not (deck / "EXTENDS.sha256").exists()
    pub = Path(str(key) + ".pub")
    assert verify(deck, pub)[0] == 0
    base = deck / "felles" / "deck.yaml"
    base.write_text(base.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    code, said = verify(deck, pub)
    assert code == 1 and "changed: felles/deck.yaml" in said, said


@pytest.mark.skipif(shutil.which("sha256sum") is None, reason="sha256sum is not installed")
def test_sha256sum_checks_the_base_decks_in_the_folder(signed: tuple[Path, Path]) -> None:
    import subprocess

    deck, _ = signed
    for name in ("MANIFEST.sha256", "EXTENDS.sha256"):
        run = subprocess.run(
            ["sha256sum", "-c", name], cwd=deck, capture_output=True, text=True, check=False
        )
        assert run.returncode == 0, run.stdout + run.stderr
    _change_a_number_in_the_base(deck)
    run = subprocess.run(
        ["sha256sum", "-c", "EXTENDS.sha256"], cwd=deck, capture_output=True, text=True, check=False
    )
    assert run.returncode == 1 and "../region-felles/deck.yaml: FAILED" in run.stdout
