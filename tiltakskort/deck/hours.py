"""Opening hours: ``24/7``, the mapping form, and OpenStreetMap ``opening_hours`` strings.

All three become one :class:`Hours`: for each weekday a list of ranges in minutes after
midnight (an end past 24:00 means the range runs into the next morning), and a rule for
public holidays. ``Hours.status(at, country)`` says whether the contact is open at a
moment, until when, or when it opens next.

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

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
OSM_DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
DAY_NB = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
CLOSED_WORDS = {"closed", "off", "stengt", "stengd", "stängt"}

Range = tuple[int, int]  # minutes after midnight; end may exceed 1440 (past midnight)


class HoursError(ValueError):
    """Opening hours that cannot be read.

    ``args[0]`` is the English sentence, ``nb`` the bokmål one, ``key`` the mapping key
    where the problem is (for the location), if any.
    """

    def __init__(self, message: str, nb: str, key: str | None = None) -> None:
        super().__init__(message)
        self.nb = nb
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
            on them; else the ranges that apply on them.
        source: the text the deck wrote (for messages).
    """

    week: tuple[tuple[Range, ...], ...]
    holidays: tuple[Range, ...] | None = None
    source: str = field(default="", compare=False)

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


ALWAYS = Hours(tuple(((0, 1440),) for _ in range(7)), None, "24/7")

_TIME_RE = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")


def _minutes(text: str, key: str | None) -> int:
    m = _TIME_RE.match(text)
    if m:
        h, mi = int(m.group(1)), int(m.group(2))
        if (h < 24 and mi < 60) or (h == 24 and mi == 0):
            return h * 60 + mi
    raise HoursError(f"'{text.strip()}' is not a time; write times as HH:MM, e.g. 08:00.",
                     f"'{text.strip()}' er ikke et klokkeslett; skriv TT:MM, f.eks. 08:00.", key)


def _ranges(text: str, key: str | None) -> tuple[Range, ...]:
    """``08:00-15:45, 17:00-19:00`` or ``closed``."""
    if text.strip().lower() in CLOSED_WORDS:
        return ()
    out: list[Range] = []
    for part in text.split(","):
        part = part.strip()
        bits = re.split(r"\s*[-–]\s*", part)
        if len(bits) != 2 or not bits[0] or not bits[1]:
            raise HoursError(
                f"'{part}' is not a time range; write e.g. 08:00-15:45, or closed.",
                f"'{part}' er ikke et tidsrom; skriv f.eks. 08:00-15:45, eller closed.", key)
        a, b = _minutes(bits[0], key), _minutes(bits[1], key)
        if a == b:
            raise HoursError(f"'{part}' starts and ends at the same time.",
                             f"'{part}' starter og slutter på samme tid.", key)
        if b < a:
            b += 1440  # runs past midnight, e.g. 22:00-02:00
        if a >= 1440:
            raise HoursError(f"'{part}' starts at 24:00; start at 00:00 instead.",
                             f"'{part}' starter kl. 24:00; bruk 00:00 i stedet.", key)
        out.append((a, b))
    out.sort()
    for (a1, b1), (a2, _) in zip(out, out[1:]):
        if a2 < b1:
            raise HoursError(f"The times in '{text.strip()}' overlap.",
                             f"Tidene i '{text.strip()}' overlapper.", key)
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
    from tiltakskort.deck.problems import did_you_mean

    wrong = next((b for b in bits if b not in low), key)
    hint_en, hint_nb = did_you_mean(wrong, list(names))
    raise HoursError(
        f"'{raw_key}' is not a day or a range of days; use {names[0]}..{names[6]}, "
        f"e.g. {names[0]}-{names[4]}.{hint_en}",
        f"'{raw_key}' er ikke en dag eller et tidsrom av dager; bruk {names[0]}..{names[6]}, "
        f"f.eks. {names[0]}-{names[4]}.{hint_nb}", raw_key)


def parse_hours(value: str | Mapping[str, str], closed_on_holidays: bool | None = None) -> Hours:
    """Read ``hours`` as the deck wrote it (a string, or a mapping of strings)."""
    if isinstance(value, Mapping):
        return _parse_mapping(value, closed_on_holidays)
    text = str(value).strip()
    if text.lower() in ("24/7", "24/7/365", "døgnåpent"):
        return ALWAYS
    return _parse_osm(text, closed_on_holidays)


def _parse_mapping(value: Mapping[str, str], closed_on_holidays: bool | None) -> Hours:
    week: list[tuple[Range, ...] | None] = [None] * 7
    holidays: tuple[Range, ...] | None = () if closed_on_holidays in (None, True) else None
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
                raise HoursError(
                    f"'{DAY_KEYS[d]}' is given twice (again in '{raw_key}').",
                    f"'{DAY_KEYS[d]}' ({DAY_NB[d]}) står to ganger (igjen i '{raw_key}').",
                    raw_key)
            week[d] = ranges
    if not any(value.keys()) or not value:
        raise HoursError("The opening hours are empty; write e.g. mon-fri: 08:00-15:45.",
                         "Åpningstidene er tomme; skriv f.eks. mon-fri: 08:00-15:45.")
    return Hours(tuple(d or () for d in week), holidays, repr(dict(value)))


_UNSUPPORTED = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|week|SH|sunrise|sunset|dawn|dusk|"
    r"easter|unknown)\b|[\"+\[\]]", re.I)


def _parse_osm(text: str, closed_on_holidays: bool | None) -> Hours:
    if not text:
        raise HoursError("The opening hours are empty.", "Åpningstidene er tomme.")
    bad = _UNSUPPORTED.search(text)
    if bad:
        raise HoursError(
            f"'{bad.group(0)}' in '{text}' is not supported: use weekdays (Mo-Fr), PH, times "
            "and off, e.g. 'Mo-Fr 08:00-15:45; PH off'.",
            f"'{bad.group(0)}' i '{text}' støttes ikke: bruk ukedager (Mo-Fr), PH, klokkeslett "
            "og off, f.eks. 'Mo-Fr 08:00-15:45; PH off'.")
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
            raise HoursError(
                f"'{rule}' gives days but no times; add times like 08:00-15:45, or off.",
                f"'{rule}' har dager men ingen tider; legg til f.eks. 08:00-15:45, eller off.")
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
    if holidays is None and closed_on_holidays:
        holidays = ()
    return Hours(tuple(week), holidays, text)
