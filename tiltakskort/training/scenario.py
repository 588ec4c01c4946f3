"""Scenario exercises: judge a walk against a scenario, and keep the day's tally.

Pure Python. The tally lives in memory only: it is never written anywhere.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from tiltakskort.deck.model import Deck, Scenario
from tiltakskort.walk import Walk


def _shortest(deck: Deck, source: str, target: str) -> list[str] | None:
    """Card ids from ``source`` to ``target`` (both included) by options, or None."""
    prev: dict[str, str | None] = {source: None}
    todo = deque([source])
    while todo:
        cid = todo.popleft()
        if cid == target:
            path = [cid]
            while prev[path[-1]] is not None:
                path.append(prev[path[-1]])  # type: ignore[arg-type]
            return path[::-1]
        for option in deck.options_of(deck.cards[cid]):
            if option.goto in deck.cards and option.goto not in prev:
                prev[option.goto] = cid
                todo.append(option.goto)
    return None


@dataclass(frozen=True)
class Outcome:
    """How a walk went for a scenario.

    Attributes:
        right: the walk ended on the expected card.
        chosen: the walk as card ids.
        expected: a right walk, sharing as much of the start with ``chosen`` as possible.
        parted_at: index of the first card where the two walks differ (None when right).
    """

    scenario: Scenario
    right: bool
    chosen: tuple[str, ...]
    expected: tuple[str, ...]
    parted_at: int | None


def expected_walk(deck: Deck, scenario: Scenario, chosen: tuple[str, ...] = ()) -> tuple[str, ...]:
    """A right walk for the scenario that follows ``chosen`` as far as it can."""
    chosen = chosen or (deck.start,)
    for keep in range(len(chosen), 0, -1):
        rest = _shortest(deck, chosen[keep - 1], scenario.expected)
        if rest is not None:
            return tuple(chosen[: keep - 1]) + tuple(rest)
    return (deck.start,)


def judge(walk: Walk, scenario: Scenario) -> Outcome:
    chosen = walk.path
    right = walk.current.id == scenario.expected
    if right:
        return Outcome(scenario, True, chosen, chosen, None)
    # The right walk that agrees longest with the room's walk: the room sees where it
    # went another way, not an unrelated route.
    expected = expected_walk(walk.deck, scenario, chosen)
    parted = next(
        (i for i, (a, b) in enumerate(zip(chosen, expected, strict=False)) if a != b),
        min(len(chosen), len(expected)),
    )
    return Outcome(scenario, False, chosen, expected, parted)


@dataclass
class TallyEntry:
    attempts: int = 0
    right_first_time: bool | None = None
    right_at_all: bool = False


@dataclass
class Tally:
    """Per scenario: how many attempts, right on the first try? Memory only."""

    entries: dict[str, TallyEntry] = field(default_factory=dict)

    def record(self, outcome: Outcome) -> None:
        entry = self.entries.setdefault(outcome.scenario.id, TallyEntry())
        entry.attempts += 1
        if entry.right_first_time is None:
            entry.right_first_time = outcome.right
        entry.right_at_all |= outcome.right

    def summary(self) -> tuple[int, int]:
        """(scenarios right on the first try, scenarios tried)."""
        tried = [e for e in self.entries.values() if e.attempts]
        return sum(1 for e in tried if e.right_first_time), len(tried)

    def clear(self) -> None:
        self.entries.clear()
