"""Opening hours as a deck writes them: ``24/7``, the mapping form, ``opening_hours``
strings, and ``unknown``.

:func:`parse_hours` reads the value and checks it; an :class:`Hours` keeps it, a weekly
summary where one can be made (for "man.–fre. 08:00–15:45" on screen and paper), and
the public-holiday rule in force. Whether the contact is open at a moment is asked of
the continuous-time engine (:mod:`tiltakskort.deck.schedule`: the whole OpenStreetMap
grammar evaluated by opening-hours-py, the mapping form compiled to it), so "open
until" follows a stretch across midnight, weekends and holidays, and the nights the
clocks change are right.

Whether a contact closes on public holidays is the contact's ``closed_on_holidays``
(stored once, on :class:`~tiltakskort.deck.model.Contact`); the hours keep only what
their own text says about holidays (a ``PH`` rule or a ``holidays`` key), and
:meth:`Hours.with_holiday_rule` combines the two. The contact applies it whenever it is
made, so also after a municipality's overlay (format §6) has replaced some fields.

The mapping form (deck format §4 and its additions, see ``schedule.py``)::

    hours: {mon-fri: "08:00-15:45", sat: "10:00-14:00", sun: closed}
    hours:
      mon-fri: "00:00-08:00, 15:30-24:00"
      sat-sun: "00:00-24:00"
      holidays: "00:00-24:00"
      eves: "08:00-12:00"
      "2027-05-07": "08:00-12:00"
      "09-15..05-14": {mon-fri: "00:00-08:00, 15:45-24:00"}
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from tiltakskort.i18n import Msg

DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
OSM_DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
CLOSED_WORDS = {"closed", "off", "stengt", "stengd", "stängt"}

Range = tuple[int, int]  # minutes after midnight; end may exceed 1440 (past midnight)
#: The mapping form, hashable: (key, value) pairs, a season's value again such pairs.
Frozen = tuple[tuple[str, "str | Frozen"], ...]


class HoursError(ValueError):
    """Opening hours that cannot be read.

    ``message`` says why (not yet translated; ``str(e)`` is English), ``key`` is the
    mapping key where the problem is (for the location), if any, and ``example`` a
    right way to write it.
    """

    def __init__(
        self, message: Msg, key: str | None = None, example: str = 'mon-fri: "08:00-15:45"'
    ) -> None:
        super().__init__(message)
        self.message = message
        self.key = key
        self.example = example


@dataclass(frozen=True)
class OpenStatus:
    """Open, closed or unknown at a moment.

    ``closes_at`` is when an open contact closes (``None``: it never does, open around
    the clock); ``opens_at`` when a closed one opens next (``None``: not within a
    year). ``known`` is false when the hours make no claim at this moment (``unknown``
    in the deck): neither open nor closed is said.
    """

    is_open: bool
    closes_at: datetime | None = None
    opens_at: datetime | None = None
    known: bool = True


UNKNOWN_STATUS = OpenStatus(False, known=False)


@dataclass(frozen=True)
class Hours:
    """Opening hours with the rule for public holidays.

    Attributes:
        week: seven tuples of ranges, Monday first, for the weekly summary; ``None``
            when the text says more than a week can (dates, seasons, eves, months).
        holidays: ``None`` when public holidays are ordinary days; ``()`` when closed
            on them; else the ranges that apply on them. The rule in force, once
            :meth:`with_holiday_rule` has applied the contact's ``closed_on_holidays``.
        source: the text the deck wrote (for messages and summaries).
        said: what the hours' own text says about holidays (a ``PH`` rule, a
            ``holidays`` key; full days for ``24/7``), ``None`` when it says nothing.
        closed_by_default: whether holidays are closed when neither the text nor the
            contact says (the mapping form, format §4).
        value: what the deck wrote, a string or the mapping (hashable), for the engine.
        unknown: ``hours: unknown``: the deck says it does not know.
        extras: the mapping's other rules for the summary: (key, ranges) for eves,
            bridge days and dates, (key, ()) for a season.
    """

    week: tuple[tuple[Range, ...], ...] | None
    holidays: tuple[Range, ...] | None = None
    source: str = field(default="", compare=False)
    said: tuple[Range, ...] | None = field(default=None, compare=False, repr=False)
    closed_by_default: bool = field(default=False, compare=False, repr=False)
    value: str | Frozen = ""
    unknown: bool = False
    extras: tuple[tuple[str, tuple[Range, ...]], ...] = ()

    def __eq__(self, other: object) -> bool:
        """Hours are equal when they mean the same (``{mon-fri: "08:00-15:45"}`` and
        ``"Mo-Fr 08:00-15:45; PH off"`` are), whatever way they were written."""
        return isinstance(other, Hours) and self.meaning() == other.meaning()

    def __hash__(self) -> int:
        return hash(self.meaning())

    def meaning(self) -> str:
        """The normalised ``opening_hours`` text these hours come to (``unknown`` when
        they are)."""
        sched = self.schedule("NO")
        return "unknown" if sched is None else _normal(sched.expression)

    def with_holiday_rule(self, closed_on_holidays: bool | None) -> Hours:
        """These hours under a contact's ``closed_on_holidays`` (``None``: not given).

        The hours' own holiday ranges win; else ``true`` closes on holidays and
        ``false`` makes them ordinary days; unsaid, the mapping form closes and the
        ``opening_hours`` form keeps them ordinary days.
        """
        if self.said is not None:
            holidays: tuple[Range, ...] | None = self.said
        elif closed_on_holidays or (closed_on_holidays is None and self.closed_by_default):
            holidays = ()
        else:
            holidays = None
        return self if holidays == self.holidays else dataclasses.replace(self, holidays=holidays)

    def schedule(self, country: str = "NO") -> Any:
        """The continuous-time :class:`~tiltakskort.deck.schedule.Schedule` of these
        hours in ``country``, ``None`` when they are unknown."""
        if self.unknown:
            return None
        closed = self.holidays == () and self.said is None
        return _schedule(self.value, country, closed)

    @property
    def always_open(self) -> bool:
        """Open at every moment of the year, holidays included."""
        if self.unknown:
            return False
        sched = self.schedule("NO")
        return bool(sched is not None and sched.always_open)

    @property
    def holiday_rule(self) -> tuple[Range, ...] | None:
        """Holidays: None (like other days), () closed, or the opening ranges (minutes)."""
        return self.holidays

    def summary_ranges(self) -> list[tuple[int, int, tuple[Range, ...]]]:
        """Runs of weekdays with the same hours: (first, last, ranges in minutes); empty
        when the hours are more than a week (see :attr:`week`).

        A range is (start, end) in minutes after midnight; an end past 1440 runs into
        the next day; (0, 1440) is the whole day.
        """
        if self.week is None:
            return []
        out: list[tuple[int, int, tuple[Range, ...]]] = []
        i = 0
        while i < 7:
            j = i
            while j + 1 < 7 and self.week[j + 1] == self.week[i]:
                j += 1
            out.append((i, j, self.week[i]))
            i = j + 1
        # A trailing run of closed days reads better left out ("man.–fre. 08:00–15:45").
        if len(out) > 1 and not out[-1][2]:
            out.pop()
        return out

    def status(self, at: datetime, country: str = "NO") -> OpenStatus:
        """Open, closed or unknown at ``at`` (naive times are local to the country), and
        until when: the end of the whole stretch, across midnight, days and holidays."""
        from tiltakskort.deck.schedule import State

        sched = self.schedule(country)
        if sched is None:
            return UNKNOWN_STATUS
        s = sched.status(at)
        if s.state is State.OPEN:
            return OpenStatus(True, closes_at=s.until)
        if s.state is State.UNKNOWN:
            return OpenStatus(False, opens_at=s.next_open, known=False)
        return OpenStatus(False, opens_at=s.next_open)


@lru_cache(maxsize=2048)
def _schedule(value: str | Frozen, country: str, closed: bool) -> Any:
    from tiltakskort.deck.schedule import Schedule, compile_mapping, compile_osm

    if isinstance(value, tuple):
        return Schedule(compile_mapping(_thaw(value), country, closed), country)
    if value.lower() in _ALWAYS_WORDS:
        return Schedule("24/7", country, value)
    return Schedule(compile_osm(value, country, closed), country, value)


@lru_cache(maxsize=2048)
def _normal(expression: str) -> str:
    from tiltakskort.deck.schedule import _compiled

    return str(_compiled(expression, "NO").normalize())


def _freeze(value: Mapping[str, Any]) -> Frozen:
    return tuple(
        (str(k), _freeze(v) if isinstance(v, Mapping) else str(v)) for k, v in value.items()
    )


def _thaw(value: Frozen) -> dict[str, Any]:
    return {k: _thaw(v) if isinstance(v, tuple) else v for k, v in value}


_ALWAYS_WORDS = ("24/7", "24/7/365", "døgnåpent")
ALWAYS = Hours(
    tuple(((0, 1440),) for _ in range(7)), ((0, 1440),), "24/7", said=((0, 1440),), value="24/7"
)

_TIME_RE = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


def _minutes(text: str, key: str | None) -> int:
    m = _TIME_RE.match(text)
    if m:
        h, mi = int(m.group(1)), int(m.group(2))
        if (h < 24 and mi < 60) or (h == 24 and mi == 0):
            return h * 60 + mi
    raise HoursError(
        Msg("'{text}' is not a time; write times as HH:MM, e.g. 08:00.", text=text.strip()), key
    )


def _ranges(text: str, key: str | None) -> tuple[Range, ...]:
    """``08:00-15:45, 17:00-19:00`` or ``closed``."""
    if text.strip().lower() in CLOSED_WORDS:
        return ()
    if text.strip().lower() in _ALWAYS_WORDS:
        return ((0, 1440),)
    out: list[Range] = []
    for part in text.split(","):
        part = part.strip()
        bits = re.split(r"\s*[-–]\s*", part)
        if len(bits) != 2 or not bits[0] or not bits[1]:
            raise HoursError(
                Msg("'{text}' is not a time range; write e.g. 08:00-15:45, or closed.", text=part),
                key,
            )
        a, b = _minutes(bits[0], key), _minutes(bits[1], key)
        if a == b:
            raise HoursError(Msg("'{text}' starts and ends at the same time.", text=part), key)
        if b < a:
            b += 1440  # runs past midnight, e.g. 22:00-02:00
        if a >= 1440:
            raise HoursError(
                Msg("'{text}' starts at 24:00; start at 00:00 instead.", text=part), key
            )
        out.append((a, b))
    out.sort()
    for (_, b1), (a2, _) in zip(out, out[1:], strict=False):
        if a2 < b1:
            raise HoursError(Msg("The times in '{text}' overlap.", text=text.strip()), key)
    return tuple(out)


def _day_range(key: str, names: tuple[str, ...], raw_key: str) -> list[int]:
    """``mon``, ``mon-fri``, ``fri-mon`` (wraps around the week) -> weekday indexes."""
    low = [n.lower() for n in names]
    bits = [b.strip().lower() for b in key.split("-")]
    if len(bits) == 1 and bits[0] in low:
        return [low.index(bits[0])]
    if len(bits) == 2 and bits[0] in low and bits[1] in low:
        a, b = low.index(bits[0]), low.index(bits[1])
        return [(a + i) % 7 for i in range((b - a) % 7 + 1)]
    from tiltakskort.deck.problems import with_suggestion

    wrong = next((b for b in bits if b not in low), key)
    raise HoursError(
        with_suggestion(
            Msg(
                "'{text}' is not a day or a range of days; use {first}..{last}, e.g. {first}-{fifth}.",
                text=raw_key,
                first=names[0],
                last=names[6],
                fifth=names[4],
            ),
            wrong,
            names,
        ),
        raw_key,
    )


def parse_hours(value: str | Mapping[str, Any], closed_on_holidays: bool | None = None) -> Hours:
    """Read ``hours`` as the deck wrote it (a string, or a mapping of strings and seasons),
    under the contact's ``closed_on_holidays`` (see :meth:`Hours.with_holiday_rule`)."""
    if isinstance(value, Mapping):
        return _parse_mapping(value).with_holiday_rule(closed_on_holidays)
    text = " ".join(str(value).split())
    if text.lower() in _ALWAYS_WORDS:
        return ALWAYS
    from tiltakskort.deck.schedule import UNKNOWN_WORDS

    if text.lower() in UNKNOWN_WORDS:
        return Hours(None, None, text, value=text, unknown=True)
    return _parse_osm(text).with_holiday_rule(closed_on_holidays)


def _special_key(key: str) -> bool:
    from tiltakskort.deck.schedule import BRIDGE_KEYS, EVE_KEYS

    low = key.strip().lower()
    return low in EVE_KEYS or low in BRIDGE_KEYS or bool(re.match(r"^\d", low))


def _parse_mapping(value: Mapping[str, Any]) -> Hours:
    from tiltakskort.deck.schedule import ScheduleError, compile_mapping

    if not value or not any(value.keys()):
        raise HoursError(Msg("The opening hours are empty; write e.g. mon-fri: 08:00-15:45."))
    week: list[tuple[Range, ...] | None] = [None] * 7
    holidays: tuple[Range, ...] | None = None
    extras: list[tuple[str, tuple[Range, ...]]] = []
    for raw_key, text in value.items():
        key = str(raw_key).strip().lower()
        if _special_key(key):
            extras.append(
                (
                    str(raw_key),
                    ()
                    if not isinstance(text, str) or text.strip().lower() in ("unknown",)
                    else _ranges(text, raw_key),
                )
            )
            continue
        if not isinstance(text, str):
            raise HoursError(
                Msg("'{key}' must be times like 08:00-15:45, or closed.", key=raw_key), raw_key
            )
        if key in ("holidays", "ph"):
            holidays = () if text.strip().lower() == "unknown" else _ranges(text, raw_key)
            continue
        days = []
        for part in key.split(","):
            days.extend(_day_range(part.strip(), DAY_KEYS, raw_key))
        ranges = () if text.strip().lower() == "unknown" else _ranges(text, raw_key)
        for d in days:
            if week[d] is not None:
                raise HoursError(
                    Msg(
                        "'{day}' is given twice (again in '{text}').", day=DAY_KEYS[d], text=raw_key
                    ),
                    raw_key,
                )
            week[d] = ranges
    try:  # everything the summary does not read: dates, seasons, eves
        compile_mapping(value, "NO")
    except ScheduleError as e:
        raise HoursError(e.msg, e.key, e.example) from None
    from tiltakskort.deck.schedule import _source

    return Hours(
        tuple(d or () for d in week),
        holidays,
        _source(value),
        said=holidays,
        closed_by_default=True,
        value=_freeze(value),
        extras=tuple(extras),
    )


_BEYOND_WEEK = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|week|SH|sunrise|sunset|dawn|dusk|"
    r"easter|unknown|open|closed)\b|[\"+\[\]:]\s|\d{4}|\|\||-\s*\d+\s*days?",
    re.I,
)


def _parse_osm(text: str) -> Hours:
    from tiltakskort.deck.schedule import ScheduleError, compile_osm

    if not text:
        raise HoursError(Msg("The opening hours are empty."))
    try:
        compile_osm(text, "NO")
    except ScheduleError as e:
        raise HoursError(e.msg, None, e.example) from None
    week = _osm_week(text)
    if week is None:
        said = () if re.search(r"\bPH\b", text) else None
        return Hours(None, None, text, said=said, value=text)
    days, holidays = week
    return Hours(days, holidays, text, said=holidays, value=text)


def _osm_week(text: str) -> tuple[tuple[tuple[Range, ...], ...], tuple[Range, ...] | None] | None:
    """The week and holiday ranges of a text that says no more than that (weekdays,
    ``PH``, times, ``off``), for the summary; ``None`` for anything more."""
    if _BEYOND_WEEK.search(text + " "):
        return None
    week: list[tuple[Range, ...]] = [()] * 7
    holidays: tuple[Range, ...] | None = None
    try:
        for rule in filter(None, (r.strip() for r in text.split(";"))):
            if rule.lower() == "24/7":
                week = [((0, 1440),)] * 7
                continue
            m = re.match(
                r"^((?:(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)(?:\s*-\s*(?:Mo|Tu|We|Th|Fr|Sa|Su))?"
                r"\s*,\s*)*(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)(?:\s*-\s*(?:Mo|Tu|We|Th|Fr|Sa|Su))?)?"
                r"\s*(.*)$",
                rule,
            )
            assert m is not None  # the pattern matches every string
            selector, rest = (m.group(1) or "").strip(), m.group(2).strip()
            if rest.lower() == "24/7" or rest == "00:00-24:00":
                ranges: tuple[Range, ...] = ((0, 1440),)
            else:
                ranges = _ranges(rest, None)
            days: list[int] = list(range(7)) if not selector else []
            ph = False
            for part in filter(None, (p.strip() for p in selector.split(","))):
                if part == "PH":
                    ph = True
                else:
                    days.extend(_day_range(part.replace(" ", ""), OSM_DAYS, part))
            for d in days:
                week[d] = ranges
            if ph:
                holidays = ranges
    except HoursError:
        return None
    return tuple(week), holidays
