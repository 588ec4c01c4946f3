"""What the map says about hours: per end card, who answers at a moment and whether
its coverage has a hole in the next 12 months (TK107). Pure: no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from tiltakskort.deck.model import Deck
from tiltakskort.phrases import day_name, phrase

if TYPE_CHECKING:
    from collections.abc import Mapping

    from tiltakskort.deck.coverage import Gap


@dataclass(frozen=True)
class CardHours:
    """The hours line of one end card on the map.

    Attributes:
        answers: "03:00: Barnevernvakten" or "03:00: ingen svarer" (empty without a
            moment).
        nobody: no contact of the card answers at the moment.
        gap: the card's holes in words ("ingen svarer man. 00:00–08:00 hver uke"),
            empty when every hour of the next 12 months is covered.
    """

    answers: str
    nobody: bool
    gap: str


#: The words the map draws besides the deck's own (card kinds, the legend).
LABEL_KEYS = ("card", "urgent", "question", "unreachable", "end_card", "legend_gap")


def map_labels(lang: str | None) -> dict[str, str]:
    """The map's own words in ``lang`` (see :data:`LABEL_KEYS`)."""
    return {k: phrase(k, lang) for k in LABEL_KEYS}


def _local(deck: Deck, at: datetime) -> datetime:
    from tiltakskort.deck.publicholidays import timezone_for

    tz = timezone_for(deck.country)
    return at.replace(tzinfo=tz) if at.tzinfo is None else at.astimezone(tz)


#: The last deck's holes: the map panel redraws at every step of a walk and every
#: minute, the holes change only with the deck or the day (one entry; a deck is frozen).
_last_gaps: tuple[Deck, date, Mapping[str, list[Gap]]] | None = None


def _gaps(deck: Deck, today: date) -> Mapping[str, list[Gap]]:
    global _last_gaps
    from tiltakskort.deck.coverage import deck_gaps

    if _last_gaps is None or _last_gaps[0] is not deck or _last_gaps[1] != today:
        _last_gaps = (deck, today, deck_gaps(deck, today))
    return _last_gaps[2]


def map_hours(
    deck: Deck, lang: str | None, at: datetime | None = None, today: date | None = None
) -> dict[str, CardHours]:
    """Card id -> its hours line, for the cards that list contacts.

    ``at`` (naive local time or aware): who answers then, the first open contact of the
    card following the after-hours chains (as the app shows it first), else "ingen
    svarer". ``today``: the first day of the 12 months checked for holes (default: the
    deck's today).
    """
    from tiltakskort.deck.coverage import describe_gaps, horizon
    from tiltakskort.present import contacts_now

    if today is None:
        from tiltakskort.walk import now_in

        today = now_in(deck).date()
    gaps = _gaps(deck, today)
    start, end = horizon(today, deck.country)
    out: dict[str, CardHours] = {}
    moment = _local(deck, at) if at is not None else None
    for card in deck.cards.values():
        if not card.contacts:
            continue
        answers, nobody = "", False
        if moment is not None:
            shown = contacts_now(deck, card, moment)
            first = next((s for s in shown if s.is_open), None)
            if first is None:
                first = next((s for s in shown if s.is_open is None), None)
            when = f"{day_name(moment.weekday(), lang)} {moment:%H:%M}"
            if first is None:
                nobody = True
                answers = phrase("map_nobody", lang, time=when)
            elif first.is_open:
                answers = phrase(
                    "map_answers", lang, time=when, name=first.contact.display_name(lang)
                )
            else:
                answers = phrase(
                    "map_answers_unknown", lang, time=when, name=first.contact.display_name(lang)
                )
        gap = ""
        if card.id in gaps:
            gap = phrase(
                "map_gap", lang, windows=describe_gaps(gaps[card.id], start, end).text(lang)
            )
        out[card.id] = CardHours(answers, nobody, gap)
    return out
