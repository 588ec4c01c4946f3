"""A walk through a deck (the contacts to show at a moment: tests/test_present.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import write_deck
from tests.deck.decktext import BASE
from tiltakskort.deck.loader import load_deck
from tiltakskort.walk import Walk, WalkError


@pytest.fixture
def deck(tmp_path: Path):
    result = load_deck(write_deck(tmp_path / "d", BASE), today=date(2026, 11, 22))
    assert result.ok
    return result.deck


def test_start_choose_back_restart(deck) -> None:
    walk = Walk.start(deck)
    assert walk.current.id == "start" and not walk.can_go_back
    walk = walk.choose(0)
    assert walk.path == ("start", "barn") and walk.is_end
    assert walk.back().path == ("start",)
    assert walk.restart().path == ("start",)
    assert walk.back().back().path == ("start",)


def test_moves_do_not_change_the_original(deck) -> None:
    walk = Walk.start(deck)
    walk.choose(1)
    assert walk.path == ("start",)


def test_answers_name_question_and_option(deck) -> None:
    walk = Walk.start(deck).choose(1)
    [(card, option, reached)] = walk.answers()
    assert card.id == "start" and option.label.get() == "En voksen" and reached.id == "voksen"


def test_from_path(deck) -> None:
    assert Walk.from_path(deck, ["start", "voksen"]).current.id == "voksen"


@pytest.mark.parametrize(
    "path,index,bad",
    [
        (["barn"], 0, "barn"),
        (["start", "nope"], 1, "nope"),
        (["start", "barn", "voksen"], 2, "voksen"),
    ],
)
def test_invalid_path_names_first_wrong_step(deck, path, index, bad) -> None:
    with pytest.raises(WalkError) as e:
        Walk.from_path(deck, path)
    assert (e.value.index, e.value.card_id) == (index, bad)
    assert bad in str(e.value)


def test_choose_out_of_range(deck) -> None:
    with pytest.raises(WalkError):
        Walk.start(deck).choose(5)


def test_jump_and_go_to_step(deck) -> None:
    walk = Walk.start(deck).jump("voksen")
    assert walk.path == ("start", "voksen")
    assert walk.answers()[0][1] is None
    assert walk.go_to_step(0).path == ("start",)


def test_with_deck_keeps_longest_valid_prefix(deck, tmp_path: Path) -> None:
    walk = Walk.from_path(deck, ["start", "voksen"])
    changed = load_deck(
        write_deck(
            tmp_path / "e",
            BASE.replace(
                "      - {label: Et barn, goto: barn}\n",
                "      - {label: Et barn, goto: barn}\n      - {label: Annet, goto: barn}\n",
            ).replace("goto: voksen}", "goto: barn}"),
        )
    ).deck
    assert walk.with_deck(changed).path == ("start",)
    reordered = load_deck(
        write_deck(
            tmp_path / "f",
            BASE.replace(
                "      - {label: Et barn, goto: barn}\n      - {label: En voksen, goto: voksen}\n",
                "      - {label: En voksen, goto: voksen}\n      - {label: Et barn, goto: barn}\n",
            ),
        )
    ).deck
    kept = walk.with_deck(reordered)
    assert kept.path == ("start", "voksen") and kept.answers()[0][1].label.get() == "En voksen"


def test_walk_error_is_a_message_in_every_language(deck) -> None:
    with pytest.raises(WalkError) as e:
        Walk.from_path(deck, ["start", "nope"])
    err = e.value
    assert str(err) == (
        "Step 2, 'nope', is not an option of the card 'start' (its options lead to: barn, voksen)."
    )
    assert err.msg.text("nb") == (
        "Steg 2, 'nope', er ikke et svar på kortet 'start' (svarene fører til: barn, voksen)."
    )
    assert err.msg.text("sv").startswith("Steg 2, 'nope', är inte ett svar på kortet 'start'")
    assert err.msg.text("nn").startswith("Steg 2, 'nope', er ikkje eit svar")
