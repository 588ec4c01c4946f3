"""Issue 13, family 6: printing and review stay under 2 s for any deck within the size
limits (a 200,000-character word took 65 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_deck
from tests.deck.decktext import BASE
from tests.hostile.helpers import known, timed

WORD = "B" * 200_000

pytestmark = pytest.mark.slow


def _deck(tmp_path: Path) -> Path:
    text = BASE.replace("title: Barnet", f"title: {WORD}").replace(
        "steps: [Ring barnevernet.]", f"steps: [{WORD}]")
    return write_deck(tmp_path / "d", text)


@pytest.mark.parametrize("command", [
    pytest.param(["print", "--path", "start,barn"], marks=known(
        "family 6: a 200,000-character word takes a minute to print")),
    pytest.param(["review"], marks=known(
        "family 6: a 200,000-character word takes a minute to review")),
    pytest.param(["booklet"], marks=known(
        "family 6: a 200,000-character word takes seconds in the booklet")),
], ids=["print", "review", "booklet"])
def test_a_very_long_word_prints_in_under_two_seconds(tmp_path: Path, command: list[str]) -> None:
    folder = _deck(tmp_path)
    out = tmp_path / "out.pdf"
    timed(command[0], str(folder), *command[1:], "-o", str(out), seconds=2.0, guard=4.0)
