"""Issue 13, family 6: printing and review stay under 2 s for any deck within the size
limits (a 200,000-character word took 65 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import UNDER_WINE, write_deck
from tests.deck.decktext import BASE
from tests.hostile.helpers import timed

WORD = "B" * 200_000

pytestmark = [
    pytest.mark.slow,
    # measured under winpy: the print command's imports make ~950 stat() calls, about 1 ms
    # each through Wine (1 s of the 2 s); a second print in the same process takes 0.25 s there
    pytest.mark.skipif(
        UNDER_WINE,
        reason="Wine lacks Windows' file-system speed: a stat() "
        "costs ~1 ms, so its timings are not Windows timings",
    ),
]


def _deck(tmp_path: Path) -> Path:
    text = BASE.replace("title: Barnet", f"title: {WORD}").replace(
        "steps: [Ring barnevernet.]", f"steps: [{WORD}]"
    )
    return write_deck(tmp_path / "d", text)


@pytest.mark.parametrize(
    "command",
    [["print", "--path", "start,barn"], ["review"], ["booklet"]],
    ids=["print", "review", "booklet"],
)
def test_a_very_long_word_prints_in_under_two_seconds(tmp_path: Path, command: list[str]) -> None:
    folder = _deck(tmp_path)
    out = tmp_path / "out.pdf"
    timed(command[0], str(folder), *command[1:], "-o", str(out), seconds=2.0, guard=4.0)


def test_a_very_long_word_in_a_markdown_body_prints_in_under_two_seconds(tmp_path: Path) -> None:
    text = BASE.replace(
        "    title: Barnet\n", f'    title: Barnet\n    body: "**{WORD}** {WORD}"\n'
    )
    folder = write_deck(tmp_path / "d", text)
    timed(
        "print",
        str(folder),
        "--path",
        "start,barn",
        "-o",
        str(tmp_path / "out.pdf"),
        seconds=2.0,
        guard=4.0,
    )
