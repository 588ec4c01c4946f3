"""``search: synonyms`` (an addition to the format): read into the deck, mistakes told
at their place, the editor schema agreeing with the loader, bases and their decks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CARDS, write_deck
from tests.deck.decktext import BASE
from tests.deck.test_loader import TODAY
from tiltakskort.deck.loader import load_deck

GOOD = """\
search:
  synonyms:
    vold: [slå, slått, juling, fysisk vold]
    alternativ til vold: ATV
    "112": [nødnummer]
"""


def load(tmp_path: Path, text: str, name: str = "d"):
    return load_deck(write_deck(tmp_path / name, text), today=TODAY)


def test_the_deck_carries_its_synonyms(tmp_path: Path) -> None:
    result = load(tmp_path, BASE + GOOD)
    assert result.problems == []
    assert dict(result.deck.search_synonyms) == {
        "vold": ("slå", "slått", "juling", "fysisk vold"),
        "alternativ til vold": ("ATV",),
        "112": ("nødnummer",),
    }
    # a deck without the field has none
    assert load(tmp_path, BASE, "plain").deck.search_synonyms == {}


def test_the_synonyms_find_cards(tmp_path: Path) -> None:
    from tiltakskort.search import SearchIndex
    from tiltakskort.search.index import deck_synonyms

    deck = load(tmp_path, BASE + "search:\n  synonyms:\n    lederen: [sjefen]\n").deck
    assert SearchIndex(deck).search("sjefen") == []
    found = SearchIndex(deck, synonyms=deck_synonyms(deck)).search("sjefen")
    assert found[0].id == "voksen" and found[0].hits[0].how == "synonym"


@pytest.mark.parametrize(
    ("extra", "code", "needle", "words"),
    [
        ("search: slå\n", "TK012", "should be a mapping", "slå"),
        ("search:\n  synonym:\n    vold: [slå]\n", "TK011", "Did you mean 'synonyms'?", "synonym:"),
        (
            "search:\n  synonyms: [vold, slå]\n",
            "TK012",
            "'search: synonyms' should be a mapping",
            "[vold",
        ),
        (
            "search:\n  synonyms:\n    vold: []\n",
            "TK012",
            "'vold' in 'search: synonyms' has no synonyms",
            "vold:",
        ),
        ("search:\n  synonyms:\n    vold:\n", "TK012", "has no synonyms", "vold:"),
        (
            "search:\n  synonyms:\n    vold: {slå: slått}\n",
            "TK012",
            "The synonyms of 'vold' should be a word or a list of words",
            "{slå",
        ),
        (
            "search:\n  synonyms:\n    vold: [slå, [slått]]\n",
            "TK012",
            "Item 2 of the synonyms of 'vold'",
            "[slått]",
        ),
    ],
)
def test_mistakes_are_told_at_their_place(
    tmp_path: Path, extra: str, code: str, needle: str, words: str
) -> None:
    text = BASE + extra
    result = load(tmp_path, text)
    [problem] = result.problems
    assert problem.code == code and problem.is_error
    assert needle in problem.text("en"), problem.text("en")
    line = next(
        i for i, t in enumerate(text.splitlines(), 1) if words in t and i > BASE.count("\n")
    )
    assert problem.line == line
    assert result.deck.search_synonyms == {}


def test_mistakes_are_told_in_norwegian(tmp_path: Path) -> None:
    [problem] = load(tmp_path, BASE + "search:\n  synonyms:\n    vold: []\n").problems
    assert "vold" in problem.text("nb") and "synonym" in problem.text("nb")
    assert problem.text("nb") != problem.text("en")


def test_an_empty_word_in_a_list_is_left_out(tmp_path: Path) -> None:
    result = load(tmp_path, BASE + "search:\n  synonyms:\n    vold: [slå, '', juling]\n")
    assert result.problems == []
    assert result.deck.search_synonyms["vold"] == ("slå", "juling")


def test_a_deck_adds_to_its_bases_words(tmp_path: Path) -> None:
    base = write_deck(
        tmp_path / "felles",
        BASE + "search:\n  synonyms:\n    vold: [slå]\n    krisesenter: [voldsalarm]\n",
    )
    top = write_deck(
        tmp_path / "by",
        "format: tiltakskort/1\nextends: ../felles\nid: by\n"
        "search:\n  synonyms:\n    vold: [slå, juling]\n    eldre: [gammel]\n",
    )
    assert base.is_dir()
    result = load_deck(top, today=TODAY)
    assert result.problems == []
    assert dict(result.deck.search_synonyms) == {
        "vold": ("slå", "juling"),
        "krisesenter": ("voldsalarm",),
        "eldre": ("gammel",),
    }


@pytest.mark.parametrize("name", ["eksempel", "exempelregionen"])
def test_the_example_decks_carry_synonyms(name: str) -> None:
    deck = load_deck(CARDS / name).deck
    assert len(deck.search_synonyms) >= 8
    assert all(words for words in deck.search_synonyms.values())


def test_the_schema_agrees_with_the_loader() -> None:
    pytest.importorskip("jsonschema")
    from tests.authoring.test_schema import errors

    assert errors(BASE + GOOD) == []
    assert errors(BASE + "search:\n  synonyms:\n    vold: [slå, '', juling]\n") == []
    assert errors(BASE + "search:\n") == []
    for wrong in (
        "search: slå\n",
        "search:\n  synonym:\n    vold: [slå]\n",
        "search:\n  synonyms: [vold]\n",
        "search:\n  synonyms:\n    vold: []\n",
        "search:\n  synonyms:\n    vold:\n",
        "search:\n  synonyms:\n    vold: {slå: slått}\n",
        "search:\n  synonyms:\n    vold: [slå, [slått]]\n",
    ):
        assert errors(BASE + wrong), wrong
