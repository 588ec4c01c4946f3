"""A walk through a deck: pure, immutable, no Qt.

A walk is the list of cards visited from ``start``, each reached by an option
of the one before (format §5.1), or by a jump (card search, the map). Every
operation returns a new :class:`Walk`; the app's controller holds the current
one and tells the widgets when it changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from tiltakskort.deck.model import Card, Deck, Option
from tiltakskort.i18n import Msg


class WalkError(ValueError):
    """A walk that the deck does not allow; ``str(err)`` is English.

    Attributes:
        index: 0-based position of the first wrong step in the path.
        card_id: the id at that position.
        msg: what is wrong, to translate at the edge (``err.msg.text(lang)``).
    """

    def __init__(self, index: int, card_id: str, msg: Msg) -> None:
        super().__init__(msg.text("en"))
        self.index = index
        self.card_id = card_id
        self.msg = msg


@dataclass(frozen=True)
class Step:
    """One card of a walk, and the option of the card before that led to it
    (``None`` for the start card and for a jump)."""

    card: str
    option: int | None = None


@dataclass(frozen=True)
class Walk:
    """Where a user is in a deck, and how they got there."""

    deck: Deck
    steps: tuple[Step, ...]

    @classmethod
    def start(cls, deck: Deck) -> Walk:
        return cls(deck, (Step(deck.start),))

    @classmethod
    def from_path(cls, deck: Deck, path: Sequence[str]) -> Walk:
        """The walk named by card ids, e.g. ``start,barn,barn-akutt``.

        Raises:
            WalkError: naming the first id that is not the start card or not
                reached by an option of the card before.
        """
        ids = [p.strip() for p in path if p.strip()]
        if not ids:
            raise WalkError(0, "", Msg("The walk is empty."))
        if ids[0] != deck.start:
            raise WalkError(
                0,
                ids[0],
                Msg(
                    "A walk begins at the start card '{start}', not '{card}'.",
                    start=deck.start,
                    card=ids[0],
                ),
            )
        walk = cls.start(deck)
        for i, cid in enumerate(ids[1:], 1):
            options = walk.options
            index = next((n for n, o in enumerate(options) if o.goto == cid), None)
            if index is None:
                choices = ", ".join(o.goto for o in options) or "—"
                raise WalkError(
                    i,
                    cid,
                    Msg(
                        "Step {n}, '{card}', is not an option of the card '{current}' "
                        "(its options lead to: {choices}).",
                        n=i + 1,
                        card=cid,
                        current=walk.current.id,
                        choices=choices,
                    ),
                )
            walk = walk.choose(index)
        return walk

    # -- state --------------------------------------------------------------

    @property
    def current(self) -> Card:
        return self.deck.cards[self.steps[-1].card]

    @property
    def path(self) -> tuple[str, ...]:
        """The card ids visited, in order."""
        return tuple(s.card for s in self.steps)

    @property
    def options(self) -> tuple[Option, ...]:
        """The options the current card shows: its own, then the deck's ``always`` ones."""
        return self.deck.options_of(self.current)

    @property
    def is_end(self) -> bool:
        return self.current.is_end

    @property
    def can_go_back(self) -> bool:
        return len(self.steps) > 1

    def answers(self) -> list[tuple[Card, Option | None, Card]]:
        """For each step after the first: (card before, option chosen or None for a jump, card)."""
        out = []
        for before, step in zip(self.steps, self.steps[1:], strict=False):
            card = self.deck.cards[before.card]
            option = self.deck.options_of(card)[step.option] if step.option is not None else None
            out.append((card, option, self.deck.cards[step.card]))
        return out

    # -- moves (each returns a new walk) ------------------------------------

    def choose(self, index: int) -> Walk:
        """Follow option ``index`` (0-based) of the current card."""
        options = self.options
        if not 0 <= index < len(options):
            raise WalkError(
                len(self.steps),
                str(index + 1),
                Msg("The card '{card}' has no option {n}.", card=self.current.id, n=index + 1),
            )
        return Walk(self.deck, (*self.steps, Step(options[index].goto, index)))

    def back(self) -> Walk:
        return Walk(self.deck, self.steps[:-1]) if self.can_go_back else self

    def restart(self) -> Walk:
        return Walk.start(self.deck)

    def jump(self, card_id: str) -> Walk:
        """Go straight to a card (search, map); the trail keeps where we came from."""
        if card_id not in self.deck.cards:
            raise WalkError(
                len(self.steps), card_id, Msg("There is no card '{card}'.", card=card_id)
            )
        if card_id == self.steps[-1].card:
            return self
        return Walk(self.deck, (*self.steps, Step(card_id, None)))

    def go_to_step(self, index: int) -> Walk:
        """Back to the card at ``index`` of the trail, forgetting what came after."""
        index = max(0, min(index, len(self.steps) - 1))
        return Walk(self.deck, self.steps[: index + 1])

    def with_deck(self, deck: Deck) -> Walk:
        """The same walk in a changed deck: the longest part whose cards and
        options still exist (for live preview)."""
        if deck.start != self.steps[0].card or deck.start not in deck.cards:
            return Walk.start(deck) if deck.start in deck.cards else Walk(deck, ())
        kept = [self.steps[0]]
        for step in self.steps[1:]:
            prev = deck.options_of(deck.cards[kept[-1].card])
            if step.card not in deck.cards:
                break
            if step.option is not None:
                if step.option >= len(prev) or prev[step.option].goto != step.card:
                    index = next((n for n, o in enumerate(prev) if o.goto == step.card), None)
                    if index is None:
                        break
                    step = Step(step.card, index)
            kept.append(step)
        return Walk(deck, tuple(kept))


# -- time ---------------------------------------------------------------------


def now_in(deck: Deck) -> datetime:
    """The current time in the deck's country."""
    from tiltakskort.deck.publicholidays import timezone_for

    return datetime.now(timezone_for(deck.country))
