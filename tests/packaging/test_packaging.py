"""Deck lookup on a PC, and what build.spec puts in a build (without building it)."""

from __future__ import annotations

import sys
from pathlib import Path


from tests.conftest import ROOT
from tiltakskort import paths


def test_deck_given_wins(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Tiltakskort"))
    (tmp_path / "deck").mkdir()
    (tmp_path / "deck" / "deck.yaml").write_text("x")
    assert paths.find_deck("/somewhere/else") == Path("/somewhere/else")
    assert paths.find_deck(None) == tmp_path / "deck"


def test_built_in_deck_when_nothing_beside_the_program(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "Tiltakskort"))
    assert paths.find_deck(None) == paths.default_deck()


def test_from_source_no_deck_folder_is_looked_for(tmp_path, monkeypatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.find_deck(None) == paths.default_deck()
    assert (paths.default_deck() / "deck.yaml").is_file()


def test_frozen_base_dir(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.cards_dir() == tmp_path / "cards"
    assert paths.resources_dir() == tmp_path / "resources"


def _spec_namespace():
    source = (ROOT / "build.spec").read_text(encoding="utf-8")
    head = source.split("datas = []", 1)[0]
    ns: dict = {"SPECPATH": str(ROOT)}
    exec(compile(head, "build.spec", "exec"), ns)  # noqa: S102 - our own spec's helper functions
    return ns


def test_secret_keys_never_go_into_a_build(tmp_path) -> None:
    from tiltakskort.signing.minisign import generate

    ns = _spec_namespace()
    key = generate()
    deck = tmp_path / "deck"
    deck.mkdir()
    (deck / "deck.yaml").write_text("format: tiltakskort/1\n")
    (deck / "kommune.key").write_text(key.text())
    (deck / "nøkkel").write_text(key.text())          # a secret key without a telling name
    (deck / "kommune.pub").write_text(key.public_key().text())
    collected = [Path(src).name for src, _ in ns["collect"](deck, "cards/eksempel")]
    assert sorted(collected) == ["deck.yaml", "kommune.pub"]


def test_package_command_refuses_a_secret_key_as_pubkey(tmp_path) -> None:
    import subprocess

    from tiltakskort.signing.minisign import generate

    key = generate()
    (tmp_path / "k.key").write_text(key.text())
    proc = subprocess.run([sys.executable, "-m", "tiltakskort", "package", str(ROOT / "cards" / "eksempel"),
                           "--pubkey", str(tmp_path / "k.key")], capture_output=True, text=True)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
