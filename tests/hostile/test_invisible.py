"""Issue 13, family 7: bidirectional controls and other invisible format characters in
deck text are warned about (TK109, with the line) and shown visibly escaped."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_deck
from tests.deck.decktext import BASE, where
from tests.hostile.helpers import load, main, pdf_text

INVISIBLE = {
    "rlo": "\u202e",
    "rli": "\u2067",
    "lri": "\u2066",
    "pdi": "\u2069",
    "rlm": "\u200f",
    "zwsp": "\u200b",
    "word-joiner": "\u2060",
    "alm": "\u061c",
}


def _deck(tmp_path: Path, char: str) -> tuple[Path, str]:
    text = BASE.replace("steps: [Snakk med lederen din.]", f'steps: ["Ring {char}putsed"]')
    return write_deck(tmp_path / "d", text), text


@pytest.mark.parametrize("name", list(INVISIBLE))
def test_invisible_character_is_warned_about_at_its_line(tmp_path: Path, name: str) -> None:
    folder, text = _deck(tmp_path, INVISIBLE[name])
    result = load(folder)
    found = [p for p in result.problems if p.code == "TK109"]
    assert found, [p.format() for p in result.problems]
    assert found[0].line == where(text, INVISIBLE[name])[0]
    assert not found[0].is_error  # a warning: the deck still opens
    assert f"U+{ord(INVISIBLE[name]):04X}" in found[0].text("nb")
    # it says how the character is shown, not a pattern to decode
    assert f"[U+{ord(INVISIBLE[name]):04X}]" in found[0].text("nb")
    assert "U+…" not in found[0].text("nb")


def test_ordinary_text_gives_no_tk109(tmp_path: Path) -> None:
    text = BASE.replace("Snakk med lederen din.", "Snakk med lederen din – «nå» 👍 ✓")
    result = load(write_deck(tmp_path / "d", text))
    assert "TK109" not in [p.code for p in result.problems]


def test_show_escapes_the_character_visibly(tmp_path: Path) -> None:
    folder, _ = _deck(tmp_path, "\u202e")
    code, out, err = main("show", str(folder), "--path", "start,voksen")
    assert code == 0, err
    assert "\u202e" not in out
    assert "U+202E" in out


def test_printout_escapes_the_character_visibly(tmp_path: Path) -> None:
    folder, _ = _deck(tmp_path, "\u202e")
    out = tmp_path / "steps.pdf"
    code, _, err = main("print", str(folder), "--path", "start,voksen", "-o", str(out))
    assert code == 0, err
    text = pdf_text(out)
    assert "\u202e" not in text and "U+202E" in text
