"""Property tests: whatever the input, loading reports problems and never raises."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.deck.decktext import BASE
from tiltakskort.deck.loader import load_deck
from tiltakskort.deck.problems import CODES

SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _load(data: bytes):
    with tempfile.TemporaryDirectory() as d:
        (Path(d) / "deck.yaml").write_bytes(data)
        return load_deck(d)


@SETTINGS
@given(st.binary(max_size=2000))
def test_random_bytes_only_give_problems(data: bytes) -> None:
    result = _load(data)
    assert all(p.code in CODES for p in result.problems)


scalars = st.text(max_size=30)
yaml_values = st.recursive(
    st.one_of(scalars, st.integers(), st.booleans(), st.none()),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=25,
)
keys = st.sampled_from(
    [
        "format",
        "id",
        "title",
        "start",
        "cards",
        "contacts",
        "languages",
        "country",
        "municipalities",
        "scenarios",
        "branding",
        "emergency",
        "review_every_months",
        "reviewed",
        "plan_url",
        "extends",
        "bogus",
    ]
)


@SETTINGS
@given(st.dictionaries(keys, yaml_values, max_size=8))
def test_random_decks_only_give_problems(doc: dict) -> None:
    import yaml

    result = _load(yaml.safe_dump(doc, allow_unicode=True).encode())
    assert all(p.code in CODES for p in result.problems)


@SETTINGS
@given(st.integers(min_value=0, max_value=len(BASE) - 1), st.text(max_size=5))
def test_mutated_base_deck_only_gives_problems(pos: int, insert: str) -> None:
    result = _load((BASE[:pos] + insert + BASE[pos + 1 :]).encode("utf-8", "surrogatepass"))
    assert all(p.code in CODES for p in result.problems)
