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
from typing import TYPE_CHECKING

from tiltakskort.deck.model import Card, Contact, Deck, Option

if TYPE_CHECKING:
    from tiltakskort.deck.hours import OpenStatus


class WalkError(ValueError):
    """A walk that the deck does not allow.

    Attributes:
        index: 0-based position of the first wrong step in the path.
        card_id: the id at that position.
    """

    def __init__(self, index: int, card_id: str, message: str, nb: str) -> None:
        super().__init__(message)
        self.index = index
        self.card_id = card_id
        self.nb = nb


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
            raise WalkError(0, "", "The walk is empty.", "Veien er tom.")
        if ids[0] != deck.start:
            raise WalkError(0, ids[0],
                            f"A walk begins at the start card '{deck.start}', not '{ids[0]}'.",
                            f"En vei begynner på startkortet '{deck.start}', ikke '{ids[0]}'.")
        walk = cls.start(deck)
        for i, cid in enumerate(ids[1:], 1):
            options = walk.current.options
            index = next((n for n, o in enumerate(options) if o.goto == cid), None)
            if index is None:
                choices = ", ".join(o.goto for o in options) or "—"
                raise WalkError(
                    i, cid,
                    f"Step {i + 1}, '{cid}', is not an option of the card '{walk.current.id}' "
                    f"(its options lead to: {choices}).",
                    f"Steg {i + 1}, '{cid}', er ikke et svar på kortet '{walk.current.id}' "
                    f"(svarene fører til: {choices}).")
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
            option = card.options[step.option] if step.option is not None else None
            out.append((card, option, self.deck.cards[step.card]))
        return out

    # -- moves (each returns a new walk) ------------------------------------

    def choose(self, index: int) -> Walk:
        """Follow option ``index`` (0-based) of the current card."""
        options = self.current.options
        if not 0 <= index < len(options):
            raise WalkError(len(self.steps), str(index + 1),
                            f"The card '{self.current.id}' has no option {index + 1}.",
                            f"Kortet '{self.current.id}' har ikke svar {index + 1}.")
        return Walk(self.deck, (*self.steps, Step(options[index].goto, index)))

    def back(self) -> Walk:
        return Walk(self.deck, self.steps[:-1]) if self.can_go_back else self

    def restart(self) -> Walk:
        return Walk.start(self.deck)

    def jump(self, card_id: str) -> Walk:
        """Go straight to a card (search, map); the trail keeps where we came from."""
        if card_id not in self.deck.cards:
            raise WalkError(len(self.steps), card_id, f"There is no card '{card_id}'.",
                            f"Det finnes ikke noe kort '{card_id}'.")
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
            prev = deck.cards[kept[-1].card]
            if step.card not in deck.cards:
                break
            if step.option is not None:
                if step.option >= len(prev.options) or prev.options[step.option].goto != step.card:
                    index = next((n for n, o in enumerate(prev.options) if o.goto == step.card),
                                 None)
                    if index is None:
                        break
                    step = Step(step.card, index)
            kept.append(step)
        return Walk(deck, tuple(kept))


# -- contacts to show now ---------------------------------------------------


@dataclass(frozen=True)
class ShownContact:
    """A contact as the app shows it at a given time.

    Attributes:
        contact: the contact.
        status: open, closed or unknown now (``status.known`` is false when the deck
            gives no opening hours or says they are unknown), and when that changes.
        instead_of: the id of the contact this one stands in for (it is that contact's
            ``after_hours``: the contact is closed, or its hours are unknown), else
            ``None``.
    """

    contact: Contact
    status: OpenStatus | None
    instead_of: str | None = None

    @property
    def is_open(self) -> bool | None:
        """True or False, ``None`` when nothing is known (no claim either way)."""
        if self.status is None or not self.status.known:
            return None
        return self.status.is_open


def status_of(contact: Contact, at: datetime, country: str) -> OpenStatus:
    """The contact's status at ``at``; without hours, the unknown status."""
    from tiltakskort.deck.hours import UNKNOWN_STATUS

    return contact.hours.status(at, country) if contact.hours is not None else UNKNOWN_STATUS


def now_in(deck: Deck) -> datetime:
    """The current time in the deck's country."""
    from tiltakskort.deck.publicholidays import timezone_for

    return datetime.now(timezone_for(deck.country))


def contacts_now(deck: Deck, card: Card, at: datetime | None = None) -> list[ShownContact]:
    """The card's contacts in the order to show them at ``at``.

    Contacts that may answer now come first, in the card's order: the open ones, and
    those whose hours are unknown (no claim is made for them), each of the latter with
    its after-hours contact right beside it; a closed contact's after-hours contact
    (following the ``after_hours`` chain to the first one that is open) takes the
    closed one's place in that order; the closed contacts come last, so the after-hours
    contact is always in front of the one it stands in for. Each contact appears once.
    """
    at = at or now_in(deck)
    answering: list[ShownContact] = []
    closed: list[ShownContact] = []
    for cid in card.contacts:
        contact = deck.contacts.get(cid)
        if contact is None:
            continue
        status = status_of(contact, at, deck.country)
        if not status.known:
            answering.append(ShownContact(contact, status))
            if contact.after_hours:
                alt = _first_open_after_hours(deck, contact, at)
                if alt is not None:
                    answering.append(ShownContact(alt, status_of(alt, at, deck.country), cid))
            continue
        if status.is_open:
            answering.append(ShownContact(contact, status))
            continue
        if contact.after_hours:
            alt = _first_open_after_hours(deck, contact, at)
            if alt is not None:
                shown_alt = ShownContact(alt, status_of(alt, at, deck.country), cid)
                (answering if shown_alt.is_open is not False else closed).append(shown_alt)
        closed.append(ShownContact(contact, status))
    shown: list[ShownContact] = []
    seen: set[str] = set()
    for sc in answering + closed:
        if sc.contact.id not in seen:
            seen.add(sc.contact.id)
            shown.append(sc)
    return shown


def _first_open_after_hours(deck: Deck, contact: Contact, at: datetime) -> Contact | None:
    """Along the ``after_hours`` chain: the first open contact, else the first whose
    hours are unknown, else the first one."""
    first: Contact | None = None
    unknown: Contact | None = None
    seen = {contact.id}
    nxt = contact.after_hours
    while nxt and nxt in deck.contacts and nxt not in seen:
        c = deck.contacts[nxt]
        first = first or c
        status = status_of(c, at, deck.country)
        if status.is_open:
            return c
        if not status.known:
            unknown = unknown or c
        seen.add(nxt)
        nxt = c.after_hours
    return unknown or first
