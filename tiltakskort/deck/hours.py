"""Opening hours: ``24/7``, the mapping form, and OpenStreetMap ``opening_hours`` strings.

All three become one :class:`Hours`: for each weekday a list of ranges in minutes after
midnight (an end past 24:00 means the range runs into the next morning), and a rule for
public holidays. ``Hours.status(at, country)`` says whether the contact is open at a
moment, until when, or when it opens next.

Whether a contact closes on public holidays is the contact's ``closed_on_holidays``
(stored once, on :class:`~tiltakskort.deck.model.Contact`); the hours keep only what
their own text says about holidays (a ``PH`` rule or a ``holidays`` key), and
:meth:`Hours.with_holiday_rule` combines the two. The contact applies it whenever it is
made, so also after a municipality's overlay (format §6) has replaced some fields.

The mapping form (deck format §4)::

    hours: {mon-fri: "08:00-15:45", sat: "10:00-14:00", sun: closed}

accepts day ranges that wrap around the week (``fri-mon``) and, beyond format v1, a
``holidays`` key with ranges or ``closed`` for public holidays.

The OpenStreetMap subset: rules separated by ``;``, each ``[days] [times|off|closed]``,
days like ``Mo-Fr``, ``Sa,Su``, ``PH``; times like ``08:00-15:45,17:00-19:00``;
``24/7``. A later rule replaces an earlier one for the days it names, as in OSM.
Anything else (months, weeks, school holidays, sunrise) is refused with a clear message
rather than guessed.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from tiltakskort.i18n import Msg

DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
OSM_DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
CLOSED_WORDS = {"closed", "off", "stengt", "stengd", "stängt"}

Range = tuple[int, int]  # minutes after midnight; end may exceed 1440 (past midnight)


class HoursError(ValueError):
    """Opening hours that cannot be read.

    ``message`` says why (not yet translated; ``str(e)`` is English), ``key`` is the
    mapping key where the problem is (for the location), if any.
    """

    def __init__(self, message: Msg, key: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.key = key


@dataclass(frozen=True)
class OpenStatus:
    """Open or closed at a moment.

    ``closes_at`` is when an open contact closes (``None``: open around the clock);
    ``opens_at`` when a closed one opens next (``None``: not within two weeks).
    """

    is_open: bool
    closes_at: datetime | None = None
    opens_at: datetime | None = None


@dataclass(frozen=True)
class Hours:
    """Weekly opening hours with a rule for public holidays.

    Attributes:
        week: seven tuples of ranges, Monday first.
        holidays: ``None`` when public holidays are ordinary days; ``()`` when closed
            on them; else the ranges that apply on them. The rule in force, once
            :meth:`with_holiday_rule` has applied the contact's ``closed_on_holidays``.
        source: the text the deck wrote (for messages).
        said: what the hours' own text says about holidays (a ``PH`` rule, a
            ``holidays`` key; full days for ``24/7``), ``None`` when it says nothing.
        closed_by_default: whether holidays are closed when neither the text nor the
            contact says (the mapping form, format §4).
    """

    week: tuple[tuple[Range, ...], ...]
    holidays: tuple[Range, ...] | None = None
    source: str = field(default="", compare=False)
    said: tuple[Range, ...] | None = field(default=None, compare=False, repr=False)
    closed_by_default: bool = field(default=False, compare=False, repr=False)

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

    @property
    def always_open(self) -> bool:
        full = ((0, 1440),)
        return all(day == full for day in self.week) and self.holidays in (None, full)

    @property
    def holiday_rule(self) -> tuple[Range, ...] | None:
        """Holidays: None (like other days), () closed, or the opening ranges (minutes)."""
        return self.holidays

    def summary_ranges(self) -> list[tuple[int, int, tuple[Range, ...]]]:
        """Runs of weekdays with the same hours: (first, last, ranges in minutes).

        A range is (start, end) in minutes after midnight; an end past 1440 runs into
        the next day; (0, 1440) is the whole day.
        """
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

    def ranges_on(self, day: date, country: str) -> tuple[Range, ...]:
        from tiltakskort.deck.publicholidays import is_public_holiday

        if self.holidays is not None and is_public_holiday(day, country):
            return self.holidays
        return self.week[day.weekday()]

    def status(self, at: datetime, country: str = "NO") -> OpenStatus:
        """Open or closed at ``at`` (naive times are local to the country)."""
        from tiltakskort.deck.publicholidays import timezone_for

        tz = timezone_for(country)
        at = at.replace(tzinfo=tz) if at.tzinfo is None else at.astimezone(tz)
        if self.always_open:
            return OpenStatus(True)
        intervals = self._intervals(at.date() - timedelta(days=1), 16, country, tz)
        for start, end in intervals:
            if start <= at < end:
                horizon = at.date() + timedelta(days=14)
                return OpenStatus(True, closes_at=None if end.date() > horizon else end)
            if start > at:
                return OpenStatus(False, opens_at=start)
        return OpenStatus(False)

    def _intervals(self, first: date, days: int, country: str,
                   tz: Any) -> list[tuple[datetime, datetime]]:
        merged: list[tuple[datetime, datetime]] = []
        for n in range(days):
            day = first + timedelta(days=n)
            midnight = datetime.combine(day, time(0), tz)
            for a, b in self.ranges_on(day, country):
                start = _wall(midnight, a, tz)
                end = _wall(midnight, b, tz)
                if merged and start <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
                else:
                    merged.append((start, end))
        return merged


def _wall(midnight: datetime, minutes: int, tz: Any) -> datetime:
    """Wall-clock time ``minutes`` after local midnight (days may be 23 or 25 h long)."""
    day = midnight.date() + timedelta(days=minutes // 1440)
    m = minutes % 1440
    return datetime.combine(day, time(m // 60, m % 60), tz)


def _as_time(minutes: int) -> time:
    m = minutes % 1440
    return time(m // 60, m % 60)


ALWAYS = Hours(tuple(((0, 1440),) for _ in range(7)), ((0, 1440),), "24/7", said=((0, 1440),))

_TIME_RE = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


def _minutes(text: str, key: str | None) -> int:
    m = _TIME_RE.match(text)
    if m:
        h, mi = int(m.group(1)), int(m.group(2))
        if (h < 24 and mi < 60) or (h == 24 and mi == 0):
            return h * 60 + mi
    raise HoursError(Msg("'{text}' is not a time; write times as HH:MM, e.g. 08:00.",
                         text=text.strip()), key)


def _ranges(text: str, key: str | None) -> tuple[Range, ...]:
    """``08:00-15:45, 17:00-19:00`` or ``closed``."""
    if text.strip().lower() in CLOSED_WORDS:
        return ()
    out: list[Range] = []
    for part in text.split(","):
        part = part.strip()
        bits = re.split(r"\s*[-–]\s*", part)
        if len(bits) != 2 or not bits[0] or not bits[1]:
            raise HoursError(Msg("'{text}' is not a time range; write e.g. 08:00-15:45, or "
                                 "closed.", text=part), key)
        a, b = _minutes(bits[0], key), _minutes(bits[1], key)
        if a == b:
            raise HoursError(Msg("'{text}' starts and ends at the same time.", text=part), key)
        if b < a:
            b += 1440  # runs past midnight, e.g. 22:00-02:00
        if a >= 1440:
            raise HoursError(Msg("'{text}' starts at 24:00; start at 00:00 instead.",
                                 text=part), key)
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
    raise HoursError(with_suggestion(Msg(
        "'{text}' is not a day or a range of days; use {first}..{last}, e.g. {first}-{fifth}.",
        text=raw_key, first=names[0], last=names[6], fifth=names[4]), wrong, names), raw_key)


def parse_hours(value: str | Mapping[str, str], closed_on_holidays: bool | None = None) -> Hours:
    """Read ``hours`` as the deck wrote it (a string, or a mapping of strings), under the
    contact's ``closed_on_holidays`` (see :meth:`Hours.with_holiday_rule`)."""
    if isinstance(value, Mapping):
        return _parse_mapping(value).with_holiday_rule(closed_on_holidays)
    text = str(value).strip()
    if text.lower() in ("24/7", "24/7/365", "døgnåpent"):
        return ALWAYS
    return _parse_osm(text).with_holiday_rule(closed_on_holidays)


def _parse_mapping(value: Mapping[str, str]) -> Hours:
    week: list[tuple[Range, ...] | None] = [None] * 7
    holidays: tuple[Range, ...] | None = None
    for raw_key, text in value.items():
        key = raw_key.strip().lower()
        if key in ("holidays", "ph"):
            holidays = _ranges(text, raw_key)
            continue
        days = []
        for part in key.split(","):
            days.extend(_day_range(part.strip(), DAY_KEYS, raw_key))
        ranges = _ranges(text, raw_key)
        for d in days:
            if week[d] is not None:
                raise HoursError(Msg("'{day}' is given twice (again in '{text}').",
                                     day=DAY_KEYS[d], text=raw_key), raw_key)
            week[d] = ranges
    if not any(value.keys()) or not value:
        raise HoursError(Msg("The opening hours are empty; write e.g. mon-fri: 08:00-15:45."))
    return Hours(tuple(d or () for d in week), holidays, repr(dict(value)), said=holidays,
                 closed_by_default=True)


_UNSUPPORTED = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|week|SH|sunrise|sunset|dawn|dusk|"
    r"easter|unknown)\b|[\"+\[\]]", re.I)


def _parse_osm(text: str) -> Hours:
    if not text:
        raise HoursError(Msg("The opening hours are empty."))
    bad = _UNSUPPORTED.search(text)
    if bad:
        raise HoursError(Msg(
            "'{word}' in '{text}' is not supported: use weekdays (Mo-Fr), PH, times and off, "
            "e.g. 'Mo-Fr 08:00-15:45; PH off'.", word=bad.group(0), text=text))
    week: list[tuple[Range, ...]] = [()] * 7
    holidays: tuple[Range, ...] | None = None
    for rule in filter(None, (r.strip() for r in text.split(";"))):
        if rule.lower() == "24/7":
            week = [((0, 1440),)] * 7
            continue
        m = re.match(r"^((?:(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)(?:\s*-\s*(?:Mo|Tu|We|Th|Fr|Sa|Su))?"
                     r"\s*,\s*)*(?:Mo|Tu|We|Th|Fr|Sa|Su|PH)(?:\s*-\s*(?:Mo|Tu|We|Th|Fr|Sa|Su))?)?"
                     r"\s*(.*)$", rule)
        assert m is not None  # the pattern matches every string
        selector, rest = (m.group(1) or "").strip(), m.group(2).strip()
        if not rest:
            raise HoursError(Msg("'{text}' gives days but no times; add times like "
                                 "08:00-15:45, or off.", text=rule))
        if rest.lower() == "24/7" or rest == "00:00-24:00":
            ranges: tuple[Range, ...] = ((0, 1440),)
        else:
            ranges = _ranges(rest, None)
        days: list[int] = []
        ph = False
        if not selector:
            days = list(range(7))
        for part in filter(None, (p.strip() for p in selector.split(","))):
            if part == "PH":
                ph = True
            else:
                days.extend(_day_range(part.replace(" ", ""), OSM_DAYS, part))
        for d in days:
            week[d] = ranges
        if ph:
            holidays = ranges
    return Hours(tuple(week), holidays, text, said=holidays)
