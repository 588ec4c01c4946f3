"""Issue 13, family 5: characters YAML forbids are reported where they are, in one line
and in our own words (not the parser's "in "<unicode string>", position 36")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_deck
from tests.deck.decktext import BASE, where
from tests.hostile.helpers import load

FORBIDDEN = {
    "nul": "\x00",
    "bell": "\x07",
    "escape": "\x1b",
    "delete": "\x7f",
    "c1": "\x9b",
    "surrogate-free-noncharacter": "\ufffe",
}


@pytest.mark.parametrize("where_", ["title: Bek", "name: Barnevernvakt"], ids=["line-3", "line-18"])
@pytest.mark.parametrize("name", list(FORBIDDEN))
def test_forbidden_character_has_its_line_and_column(
    tmp_path: Path, name: str, where_: str
) -> None:
    char = FORBIDDEN[name]
    text = BASE.replace(where_, where_ + char, 1)
    line, col = where(text, char)
    result = load(write_deck(tmp_path / "d", text))
    assert [p.code for p in result.problems] == ["TK002"], [p.format() for p in result.problems]
    [p] = result.problems
    assert (p.line, p.column) == (line, col)
    for lang in ("nb", "nn", "sv", "en"):
        sentence = p.text(lang)
        assert "\n" not in sentence
        assert "unicode string" not in sentence and "position" not in sentence
        assert f"U+{ord(char):04X}" in sentence, sentence


def test_latin1_file_is_placed_at_its_first_bad_byte(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    text = BASE.replace("Bekymret?", "Blåmerker?")
    (folder / "deck.yaml").write_bytes(text.encode("latin-1"))
    [p] = load(folder).problems
    assert (p.code, p.line, p.column) == ("TK001", *where(text, "å"))
    assert "\n" not in p.text("nb")


@pytest.mark.parametrize(
    "value",
    ['"bar\\n\\n\\nn-forteller"', '"' + "barn-" * 600 + '"'],
    ids=["line-breaks", "3000-characters"],
)
def test_a_value_quoted_in_a_problem_stays_on_one_short_line(tmp_path: Path, value: str) -> None:
    text = BASE.replace("goto: barn}", f"goto: {value}}}")
    problems = load(write_deck(tmp_path / "d", text)).problems
    [p] = [p for p in problems if p.code == "TK020"]
    for lang in ("nb", "en"):
        assert "\n" not in p.text(lang)
        assert len(p.text(lang)) < 400, len(p.text(lang))
