"""The decks we ship are examples municipalities copy: zero errors, zero warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CARDS, DECKS
from tiltakskort.deck.loader import load_deck
from tiltakskort.walk import Walk


def test_the_shipped_decks_exist() -> None:
    names = {d.name for d in DECKS}
    assert {"eksempel", "exempelregionen"} <= names
    assert any(load_deck(d).deck.extends for d in DECKS)


@pytest.mark.parametrize("folder", DECKS, ids=[d.name for d in DECKS])
def test_deck_is_clean(folder: Path) -> None:
    first = load_deck(folder)
    # Measured on the day the content was last reviewed, so the test checks content, not the
    # calendar; the review reminder itself (TK103/TK106) is tested in test_loader.py.
    result = load_deck(folder, today=first.deck.reviewed) if first.deck.reviewed else first
    assert [p.format() for p in result.problems] == []
    deck = result.deck
    if deck.branding.logo:
        assert deck.branding.logo.is_file()
    for card in deck.cards.values():
        for lang in deck.languages:
            assert card.title.get(lang).strip()


def test_example_deck_covers_the_situations() -> None:
    deck = load_deck(CARDS / "eksempel").deck
    assert deck.languages == ("nb", "nn", "en")
    assert len(deck.cards) >= 30
    assert len(deck.contacts) >= 8
    assert len(deck.scenarios) >= 5
    assert any(c.after_hours for c in deck.contacts.values())
    assert any(c.urgent for c in deck.cards.values())
    assert sum(1 for c in deck.cards.values() if c.talk) >= 5
    text = " ".join(
        c.title.get("nb").lower() + " " + " ".join(t.get("nb").lower() for t in c.tags)
        for c in deck.cards.values()
    )
    for word in ("akutt", "seksuell", "vitne", "eldre", "tvangsekteskap"):
        assert word in text, word


@pytest.mark.parametrize("folder", DECKS, ids=[d.name for d in DECKS])
def test_every_scenario_can_be_walked(folder: Path) -> None:
    deck = load_deck(folder).deck
    for scenario in deck.scenarios:
        # breadth-first search for a walk from start to the expected card
        todo = [Walk.start(deck)]
        seen = {deck.start}
        found = None
        while todo and found is None:
            walk = todo.pop(0)
            if walk.current.id == scenario.expected:
                found = walk
                break
            for i, option in enumerate(walk.current.options):
                if option.goto not in seen:
                    seen.add(option.goto)
                    todo.append(walk.choose(i))
        assert found is not None, scenario.id


def test_swedish_deck_has_three_municipalities() -> None:
    deck = load_deck(CARDS / "exempelregionen").deck
    assert deck.country == "SE" and len(deck.municipalities) == 3
    views = [deck.for_municipality(m) for m in deck.municipalities]
    numbers = {tuple(c.phone.display for c in v.contacts.values() if c.phone) for v in views}
    assert len(numbers) == 3
