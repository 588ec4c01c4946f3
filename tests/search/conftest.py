"""The example decks, loaded once for the search tests."""

from __future__ import annotations

import pytest

from tests.conftest import CARDS
from tiltakskort.deck.loader import load_deck
from tiltakskort.deck.model import Deck


@pytest.fixture(scope="session")
def decks() -> dict[str, Deck]:
    out = {}
    for name in ("eksempel", "exempelregionen"):
        result = load_deck(CARDS / name)
        assert result.deck is not None and not result.errors
        out[name] = result.deck
    return out
