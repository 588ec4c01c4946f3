"""Who answers when: the times no contact of a card is open (warning TK107).

For a card that lists contacts, the contacts that can answer are the card's own and,
following each one's ``after_hours`` chain, those shown in its place while it is
closed. A contact whose hours are unknown answers at no time as far as the check can
tell (its after-hours contacts still count). :func:`card_gaps` returns every stretch
in a period when none of them is open; :func:`describe_gaps` puts them in words a
coordinator reads at a glance: "man. 00:00–08:00 hver uke; 17.05.2027 08:00–15:30".

The open stretches of a contact are computed once per period and reused by every card
(``Schedule.open_spans`` is cached), so the check grows with the number of cards.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from tiltakskort.deck.model import Card, Contact, Deck
from tiltakskort.deck.schedule import UTC, Schedule, timezone_for
from tiltakskort.i18n import N_, Msg, tn

#: How many dated windows a message names before "and N more".
MAX_DATED = 6
#: A window that comes back on the same weekday at the same times this often is weekly.
WEEKLY_AT_LEAST = 3

WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


@dataclass(frozen=True)
class Gap:
    """A stretch when no contact of a card answers, in local time (end exclusive)."""

    start: datetime
    end: datetime


def schedule_of(contact: Contact, country: str) -> Schedule | None:
    """The contact's hours as a :class:`Schedule`, ``None`` when they are unknown."""
    if contact.hours is None:
        return None
    sched: Schedule | None = contact.hours.schedule(country)
    return sched


def answering_contacts(deck: Deck, card: Card) -> list[Contact]:
    """The card's contacts and their after-hours chains, each once, in order."""
    out: list[Contact] = []
    seen: set[str] = set()
    for cid in card.contacts:
        nxt: str | None = cid
        while nxt is not None and nxt in deck.contacts and nxt not in seen:
            seen.add(nxt)
            c = deck.contacts[nxt]
            out.append(c)
            nxt = c.after_hours
    return out


def horizon(today: date, country: str, months: int = 12) -> tuple[datetime, datetime]:
    """Local midnight of ``today`` and of the same day ``months`` later."""
    from tiltakskort.deck.validate import add_months

    tz = timezone_for(country)
    return (
        datetime.combine(today, time(0), tz),
        datetime.combine(add_months(today, months), time(0), tz),
    )


def card_gaps(deck: Deck, card: Card, start: datetime, end: datetime) -> list[Gap]:
    """Every stretch between ``start`` and ``end`` when no contact of ``card`` is open.

    A stretch that reaches over ``start`` or ``end`` is given whole (looked at up to a
    week beyond), so a weekly hole reads the same in the first and the last week.
    """
    if not card.contacts:
        return []
    margin = timedelta(days=7)
    scheds = []
    for c in answering_contacts(deck, card):
        sched = schedule_of(c, deck.country)
        if sched is not None:
            scheds.append(sched)
    key = tuple(sorted({s.expression for s in scheds}))
    tz = timezone_for(deck.country)
    holes = _holes(key, deck.country, (start - margin).timestamp(), (end + margin).timestamp())
    s0, e0 = start.timestamp(), end.timestamp()
    return [
        Gap(datetime.fromtimestamp(s, tz), datetime.fromtimestamp(e, tz))
        for s, e in holes
        if e > s0 and s < e0
    ]


@lru_cache(maxsize=512)
def _holes(
    expressions: tuple[str, ...], country: str, lo: float, hi: float
) -> tuple[tuple[float, float], ...]:
    """The stretches between ``lo`` and ``hi`` (UTC timestamps) when none of the
    expressions is open; cards with the same contacts share the answer."""
    spans: list[tuple[float, float]] = []
    for expr in expressions:
        spans.extend(
            Schedule(expr, country).open_spans(
                datetime.fromtimestamp(lo, UTC), datetime.fromtimestamp(hi, UTC)
            )
        )
    spans.sort()
    holes: list[tuple[float, float]] = []
    cursor = lo
    for s, e in spans:
        if s > cursor:
            holes.append((cursor, s))
        cursor = max(cursor, e)
    if cursor < hi:
        holes.append((cursor, hi))
    return tuple(holes)


# ---------------------------------------------------------------- in words


class Words(Msg):
    """Several messages read as one, joined by ``sep`` (a :class:`Msg` for fields)."""

    __slots__ = ("parts", "sep")

    def __init__(self, parts: Sequence[Msg | str], sep: str = "; ") -> None:
        super().__init__("")
        self.parts = tuple(parts)
        self.sep = sep

    def text(self, lang: str | None) -> str:
        return self.sep.join(p.text(lang) if isinstance(p, Msg) else p for p in self.parts)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Words) and (self.parts, self.sep) == (other.parts, other.sep)

    def __hash__(self) -> int:
        return hash(self.parts)

    def __repr__(self) -> str:
        return f"Words({list(self.parts)!r})"


class _Lang(Msg):
    """A text that depends on the language through a function (weekday names)."""

    __slots__ = ("fn",)

    def __init__(self, fn: Any) -> None:
        super().__init__("")
        self.fn = fn

    def text(self, lang: str | None) -> str:
        return str(self.fn(lang))


def _clock(d: datetime) -> str:
    return d.strftime("%H:%M")


def _day(d: datetime) -> str:
    return d.strftime("%d.%m.%Y")


def _weekday(index: int) -> Msg:
    return Msg(WEEKDAYS[index])


def _dated(g: Gap) -> str:
    if g.end.date() == g.start.date():
        return f"{_day(g.start)} {_clock(g.start)}–{_clock(g.end)}"
    if g.end.date() == g.start.date() + timedelta(days=1) and g.end.time() == time(0):
        return f"{_day(g.start)} {_clock(g.start)}–24:00"
    return f"{_day(g.start)} {_clock(g.start)}–{_day(g.end)} {_clock(g.end)}"


def _weekly_key(g: Gap) -> tuple[int, str, int, str]:
    return (g.start.weekday(), _clock(g.start), (g.end.date() - g.start.date()).days, _clock(g.end))


def _weekly(key: tuple[int, str, int, str]) -> Msg:
    day, start, span, end = key
    if span == 0:
        return Msg("{day} {start}–{end}", day=_weekday(day), start=start, end=end)
    if span == 1 and end == "00:00":
        return Msg("{day} {start}–{end}", day=_weekday(day), start=start, end="24:00")
    return Msg(
        "{day} {start}–{end_day} {end}",
        day=_weekday(day),
        start=start,
        end_day=_weekday((day + span) % 7),
        end=end,
    )


def _weekly_days(first: int, last: int, key: tuple[int, str, int, str]) -> Msg:
    _day, start, span, end = key
    if span == 1 and end == "00:00":
        end = "24:00"
    return Msg(
        "{first}–{last} {start}–{end}",
        first=_weekday(first),
        last=_weekday(last),
        start=start,
        end=end,
    )


def describe_gaps(gaps: Iterable[Gap], start: datetime, end: datetime) -> Msg:
    """The gaps in words: weekly ones first ("man. 00:00–08:00 hver uke"), then the
    dated ones in order ("17.05.2027 08:00–15:30"), at most :data:`MAX_DATED` of them."""
    gaps = list(gaps)
    if len(gaps) == 1 and gaps[0].start <= start and gaps[0].end >= end:
        return Msg("at any time")
    groups: dict[tuple[int, str, int, str], list[Gap]] = defaultdict(list)
    for g in gaps:
        if g.end - g.start < timedelta(days=6):
            groups[_weekly_key(g)].append(g)
    # runs of the same window week after week (a few weeks may be missing: holiday weeks
    # where the window is part of a longer one)
    runs: list[tuple[tuple[int, str, int, str], list[Gap]]] = []
    for key, occ in groups.items():
        run: list[Gap] = []
        for g in occ:
            if run and g.start - run[-1].start > timedelta(days=35):
                runs.append((key, run))
                run = []
            run.append(g)
        runs.append((key, run))
    weekly = [(k, r) for k, r in runs if len(r) >= WEEKLY_AT_LEAST]
    parts: list[Msg | str] = []
    week = timedelta(days=7)
    # consecutive weekdays with the same times, every week, join up ("man.–fre."); a
    # run joins the row whose last day is the day before, over the same weeks
    rows: list[tuple[list[int], tuple[int, str, int, str], bool, list[Gap]]] = []
    tails: list[list[Gap]] = []  # the runs of each row's last day
    for key, occ in sorted(weekly, key=lambda kr: (kr[0][0], kr[1][0].start)):
        full = occ[0].start - start < week and end - occ[-1].end < week
        for row, tail in zip(rows, tails, strict=True):
            if (
                key[2] <= 1
                and row[1][1:] == key[1:]
                and row[0][-1] == key[0] - 1
                and row[2] == full
                and abs(occ[0].start - tail[0].start) < week
                and abs(occ[-1].start - tail[-1].start) < week
            ):
                row[0].append(key[0])
                row[3].extend(occ)
                tail[:] = occ
                break
        else:
            rows.append(([key[0]], key, full, list(occ)))
            tails.append(list(occ))
    rows.sort(key=lambda r: (not r[2], min(g.start for g in r[3]), r[0][0]))
    for days, key, full, occ in rows:
        occ.sort(key=lambda g: g.start)
        window = _weekly(key) if len(days) == 1 else _weekly_days(days[0], days[-1], key)
        if full:
            parts.append(Msg("{window} every week", window=window))
        else:
            parts.append(
                Msg(
                    "{window} every week from {first} to {last}",
                    window=window,
                    first=occ[0].start.strftime("%d.%m.%Y"),
                    last=occ[-1].start.strftime("%d.%m.%Y"),
                )
            )
    in_weekly = {id(g) for _k, r in weekly for g in r}
    dated = [g for g in gaps if id(g) not in in_weekly]
    parts.extend(_dated(g) for g in dated[:MAX_DATED])
    if len(dated) > MAX_DATED:
        more = len(dated) - MAX_DATED
        parts.append(_Lang(lambda lang: tn(lang, "and {n} more time", "and {n} more times", more)))
    return Words(parts)


def coverage_hint(gaps: Sequence[Gap]) -> Msg:
    """How to close the holes, with an example that fits the first one."""
    if gaps and gaps[0].start.time() == time(0) and gaps[0].start.weekday() == 0:
        return Msg(
            'write the night into each weekday, e.g. mon-fri: "00:00-08:00, '
            '15:30-24:00", or add a contact that is open around the clock'
        )
    return Msg(
        "give the hours of an on-call service for these times (after_hours), or add a "
        "contact that is open around the clock"
    )


def deck_gaps(deck: Deck, today: date) -> Mapping[str, list[Gap]]:
    """Card id -> its gaps in the next 12 months, for the cards that have any."""
    start, end = horizon(today, deck.country)
    out: dict[str, list[Gap]] = {}
    for card in deck.cards.values():
        gaps = card_gaps(deck, card, start, end)
        if gaps:
            out[card.id] = gaps
    return out
