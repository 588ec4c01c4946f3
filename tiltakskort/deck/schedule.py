"""Opening hours in continuous time: who is open at a moment, and until when.

One evaluator for every way a deck writes ``hours``: the OpenStreetMap
``opening_hours`` grammar, evaluated by the maintained ``opening-hours-py`` library
(month and date ranges, ``PH -1 day``, week numbers, overnight ranges, clock changes).
The mapping form of the deck format is sugar for it: :func:`compile_mapping` turns it
into an ``opening_hours`` text, so the two forms always mean the same thing.

The mapping form (deck format §4 and its additions)::

    hours:
      mon-fri: "00:00-08:00, 15:30-24:00"   # days, ranges of days (fri-mon wraps)
      sat-sun: "00:00-24:00"
      holidays: "00:00-24:00"              # public holidays (default: closed)
      eves: "08:00-12:00"                  # a weekday before a public holiday
      bridge_days: "08:00-12:00"           # a weekday between a holiday and a weekend
      "2027-05-07": "08:00-12:00"          # a date (a bridge day), or a range of dates
      "12-23": "08:00-12:00"               # the same date every year
      "09-15..05-14": {mon-fri: "00:00-08:00, 15:45-24:00"}   # a season: a week's hours

Which rule decides a day, from weakest to strongest: the week, a season, eves and
bridge days, public holidays, a date. The part of a range after midnight
(``15:30-08:00``) belongs to the next day: it is kept unless a stronger rule decides
that day (a week's ``sat: 10:00-14:00`` adds to Friday's night, as in format v1; a
holiday or a date replaces it). Eves are the working days (Monday to Friday)
before a public holiday by law, when they are not days off themselves: the Wednesday
before Maundy Thursday or Ascension Day, 30 April, in Sweden also 5 January and the
Friday before All Saints' Day. Christmas Eve, New Year's Eve and Midsummer Eve are days
off (``holidays``), not eves. Bridge days (klemdager, klämdagar) are a Friday after or
a Monday before a day off. Both are written out as dates for the years in
:data:`CALENDAR_YEARS`.

Public holidays are the country's, as the ``holidays`` library and opening-hours-py
agree on them, plus the days municipal offices close although they are not holidays
by law: Christmas Eve and New Year's Eve (Sweden: also Midsummer Eve; the library
counts those three as holidays in Sweden already). ``PH`` in a string means the same.

Times are wall-clock times in the country's zone (Europe/Oslo, Europe/Stockholm): a
range ``22:00-02:00`` on the night the clocks go forward ends at 03:00 summer time,
and ``00:00-24:00`` on the 23-hour and 25-hour days is still the whole day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import Enum
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from tiltakskort.i18n import Msg

DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
OSM_DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CLOSED_WORDS = frozenset({"closed", "off", "stengt", "stengd", "stängt"})
UNKNOWN_WORDS = frozenset({"unknown", "ukjent", "okänd", "ikke oppgitt"})
ALWAYS_WORDS = frozenset({"24/7", "24/7/365", "døgnåpent", "døgnope", "dygnet runt"})
HOLIDAY_KEYS = frozenset({"holidays", "ph"})
EVE_KEYS = frozenset({"eves", "eve"})
BRIDGE_KEYS = frozenset({"bridge_days", "bridge-days"})

#: The years for which eves and bridge days are written out as dates.
CALENDAR_YEARS = range(2024, 2046)

#: Beyond this a stretch counts as never ending ("Døgnåpent") or never starting.
HORIZON_DAYS = 370

UTC = ZoneInfo("UTC")
TIMEZONES = {"NO": "Europe/Oslo", "SE": "Europe/Stockholm"}

#: Days offices close on although opening-hours-py does not count them as holidays.
_EXTRA_HOLIDAYS = {"NO": "Dec 24,Dec 31", "SE": ""}


def timezone_for(country: str) -> ZoneInfo:
    return ZoneInfo(TIMEZONES.get(country, "Europe/Oslo"))


class State(Enum):
    OPEN = "open"
    CLOSED = "closed"
    UNKNOWN = "unknown"


class ScheduleError(ValueError):
    """Opening hours that cannot be read: a message, the mapping key where the problem
    is (for the location) and an example of the right form."""

    def __init__(
        self, msg: Msg, key: str | None = None, example: str = 'mon-fri: "08:00-15:45"'
    ) -> None:
        super().__init__(msg.text("en"))
        self.msg = msg
        self.key = key
        self.example = example


@dataclass(frozen=True)
class Status:
    """The state at a moment and how long it lasts.

    ``until`` is when the state changes (``None``: not within :data:`HORIZON_DAYS`, so
    open around the clock, or closed for good); ``next_open`` when a closed or unknown
    contact next opens (``None``: not within the horizon).
    """

    state: State
    until: datetime | None = None
    next_open: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.state is State.OPEN

    @property
    def always_open(self) -> bool:
        return self.state is State.OPEN and self.until is None


@dataclass(frozen=True)
class Schedule:
    """Opening hours as an ``opening_hours`` expression in a country.

    Attributes:
        expression: what opening-hours-py evaluates (the holidays the library does not
            know are already written into it).
        country: ``NO`` or ``SE`` (public holidays and the time zone).
        source: the text the deck wrote, for messages.
    """

    expression: str
    country: str = "NO"
    source: str = field(default="", compare=False)

    @property
    def tz(self) -> ZoneInfo:
        return timezone_for(self.country)

    @property
    def always_open(self) -> bool:
        """Open at every moment (no change at all)."""
        return _always_open(self.expression, self.country)

    def _oh(self) -> Any:
        return _compiled(self.expression, self.country)

    def state_at(self, at: datetime) -> State:
        return _STATES[str(self._oh().state(self._wall(at))[0])]

    def status(self, at: datetime) -> Status:
        """The state at ``at`` (naive times are local) and the moment it changes."""
        at = self.local(at)
        state: State | None = None
        until: datetime | None = None
        next_open: datetime | None = None
        for start, _stop, st in self.intervals(at, at + timedelta(days=HORIZON_DAYS)):
            if state is None:
                state = st
            elif st is not state and until is None:
                until = start
            if st is State.OPEN and start > at and state is not State.OPEN:
                next_open = start
            if until is not None and (state is State.OPEN or next_open is not None):
                break
        if state is None:
            state = self.state_at(at)
        return Status(state, until, next_open)

    def intervals(
        self, start: datetime, end: datetime
    ) -> Iterator[tuple[datetime, datetime, State]]:
        """Successive stretches of one state from ``start`` to ``end`` (local, aware)."""
        tz = self.tz
        last: list[Any] | None = None
        for a, b, st, _comment in self._oh().intervals(self._wall(start), self._wall(end)):
            state = _STATES[str(st)]
            a, b = _aware(a, tz), _aware(b, tz)
            if last is not None and last[2] is state and last[1] == a:
                last[1] = b
                continue
            if last is not None:
                yield last[0], last[1], last[2]
            last = [a, b, state]
        if last is not None:
            yield last[0], last[1], last[2]

    def open_spans(self, start: datetime, end: datetime) -> tuple[tuple[float, float], ...]:
        """The open stretches between ``start`` and ``end`` as UTC timestamps (cached)."""
        return _open_spans(
            self.expression, self.country, self._utc(start).timestamp(), self._utc(end).timestamp()
        )

    def local(self, at: datetime) -> datetime:
        """``at`` in the country's zone (a naive time is taken as local wall time; a
        time that does not exist, in the hour the clocks skip, moves forward)."""
        tz = self.tz
        if at.tzinfo is None:
            at = at.replace(tzinfo=tz)
        return at.astimezone(UTC).astimezone(tz)

    def _utc(self, at: datetime) -> datetime:
        if at.tzinfo is None:
            at = at.replace(tzinfo=self.tz)
        return at.astimezone(UTC)

    def _wall(self, at: datetime) -> datetime:
        """Naive local wall-clock time: what the library evaluates (it is quicker on
        naive times, and the wall clock is what opening hours are written in)."""
        return self.local(at).replace(tzinfo=None)


def _aware(wall: datetime, tz: ZoneInfo) -> datetime:
    """A wall-clock time of the library as an aware time (a time in the hour the clocks
    skip moves forward; in the hour they repeat, the first one is meant)."""
    return wall.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


_STATES = {
    "State.OPEN": State.OPEN,
    "State.CLOSED": State.CLOSED,
    "State.UNKNOWN": State.UNKNOWN,
    "open": State.OPEN,
    "closed": State.CLOSED,
    "unknown": State.UNKNOWN,
}


@lru_cache(maxsize=1024)
def _compiled(expression: str, country: str) -> Any:
    import opening_hours

    return opening_hours.OpeningHours(expression, country=country if country in TIMEZONES else "NO")


@lru_cache(maxsize=1024)
def _always_open(expression: str, country: str) -> bool:
    oh = _compiled(expression, country)
    now = datetime(2000, 1, 1)
    return bool(oh.is_open(now)) and oh.next_change(now) is None


@lru_cache(maxsize=4096)
def _open_spans(
    expression: str, country: str, start: float, end: float
) -> tuple[tuple[float, float], ...]:
    oh = _compiled(expression, country)
    tz = timezone_for(country)
    a0 = datetime.fromtimestamp(start, tz).replace(tzinfo=None)
    b0 = datetime.fromtimestamp(end, tz).replace(tzinfo=None)
    out: list[tuple[float, float]] = []
    for a, b, st, _c in oh.intervals(a0, b0):
        if _STATES[str(st)] is not State.OPEN:
            continue
        sa, sb = a.replace(tzinfo=tz).timestamp(), b.replace(tzinfo=tz).timestamp()
        if out and out[-1][1] >= sa:
            out[-1] = (out[-1][0], max(out[-1][1], sb))
        else:
            out.append((sa, sb))
    return tuple(out)


ALWAYS = "24/7"


# ---------------------------------------------------------------- reading what decks write

_TIME_RE = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")
_DATE_RE = re.compile(r"^(?:(\d{4})-)?(\d{1,2})-(\d{1,2})$")


@lru_cache(maxsize=1)
def _osm_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Dates, ranges of dated days and a rule's plain day selector, in OSM texts
    (compiled when first needed: most decks write the mapping form)."""
    months = "|".join(MONTHS)
    day = r"(?:Mo|Tu|We|Th|Fr|Sa|Su)"
    one = rf"(?:{day}(?:\s*-\s*{day})?|PH|SH)"
    return (
        re.compile(rf"(?:\b(\d{{4}})\s*)?\b({months})\s*(\d{{1,2}})\b"),
        re.compile(
            rf"\b(\d{{4}})\s*({months})\s*(\d{{1,2}})\s*-\s*"
            rf"(\d{{4}})\s*({months})\s*(\d{{1,2}})\b"
        ),
        re.compile(rf"^({one}(?:\s*,\s*{one})*)(?![\w\[+-])\s*(.*)$"),
    )


def parse_schedule(
    value: str | Mapping[str, Any], country: str = "NO", closed_on_holidays: bool | None = None
) -> Schedule | None:
    """``hours`` as the deck wrote it; ``None`` for ``unknown`` (no claim either way).

    Raises :class:`ScheduleError` for hours that cannot be read.
    """
    if isinstance(value, Mapping):
        expr = compile_mapping(value, country, closed_on_holidays)
        return Schedule(expr, country, _source(value))
    text = " ".join(str(value).split())
    low = text.lower()
    if not text:
        raise ScheduleError(Msg("The opening hours are empty."))
    if low in UNKNOWN_WORDS:
        return None
    if low in ALWAYS_WORDS:
        return Schedule(ALWAYS, country, text)
    return Schedule(compile_osm(text, country, closed_on_holidays), country, text)


def _source(value: Mapping[str, Any]) -> str:
    def one(v: Any) -> str:
        if isinstance(v, Mapping):
            return "{" + ", ".join(f"{k}: {one(x)}" for k, x in v.items()) + "}"
        return str(v)

    return one(value)


def _check_osm(text: str) -> None:
    if not _parses(text):
        raise ScheduleError(
            Msg("'{text}' is not an opening_hours text the app can read.", text=text),
            example="Mo-Fr 08:00-15:45; PH off",
        )
    _check_dates_in_osm(text)


def _parses(text: str, country: str = "NO") -> bool:
    try:
        _compiled(text, country)
    except Exception:  # noqa: BLE001 - the library raises its own error types
        return False
    return True


def _check_dates_in_osm(text: str) -> None:
    """The library takes ``Feb 31`` and ranges that end before they start: refuse them."""
    osm_date, osm_range, _selector = _osm_patterns()
    for m in osm_date.finditer(text):
        year = int(m.group(1)) if m.group(1) else 2000
        _real_date(year, MONTHS.index(m.group(2)) + 1, int(m.group(3)), m.group(0), None)
    for m in osm_range.finditer(text):
        a = date(int(m.group(1)), MONTHS.index(m.group(2)) + 1, int(m.group(3)))
        b = date(int(m.group(4)), MONTHS.index(m.group(5)) + 1, int(m.group(6)))
        if b < a:
            raise ScheduleError(
                Msg(
                    "The dates '{text}' end before they begin, so they never occur.",
                    text=m.group(0),
                ),
                example="2026 Dec 27-2026 Dec 30 off",
            )


def _real_date(year: int, month: int, day: int, text: str, key: str | None) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ScheduleError(
            Msg("'{text}' is not a date that exists.", text=text),
            key,
            example='"2027-05-07": "08:00-12:00"',
        ) from None


def compile_osm(text: str, country: str = "NO", closed_on_holidays: bool | None = None) -> str:
    """An ``opening_hours`` text as the app evaluates it.

    Rules that name ``PH`` get the days offices close on that the library does not
    count as holidays (Norway: Christmas Eve and New Year's Eve), so ``PH`` means the
    same as ``holidays`` in the mapping form. ``closed_on_holidays: true`` adds ``PH off``.
    """
    _check_osm(text)
    extra = _EXTRA_HOLIDAYS.get(country, "")
    rules = [r.strip() for r in text.split(";")]
    out: list[str] = []
    for rule in rules:
        if not rule:
            continue
        out.append(rule)
        m = _osm_patterns()[2].match(rule)
        if m and not m.group(2).strip() and m.group(1).strip() != "PH":
            raise ScheduleError(
                Msg(
                    "'{text}' gives days but no times; add times like 08:00-15:45, or off.",
                    text=rule,
                ),
                example="Mo-Fr 08:00-15:45; PH off",
            )
        if extra and m and re.search(r"\bPH\b", m.group(1)):
            rest = m.group(2).strip() or "open"
            out.append(f"{extra} {rest}")
    if closed_on_holidays:
        out.append("PH off")
        if extra:
            out.append(f"{extra} off")
    expr = "; ".join(out)
    if not _parses(expr, country):  # the additions should never break a text the library read
        expr = "; ".join(r for r in rules if r)
    return expr


def _minutes(text: str, key: str | None) -> int:
    m = _TIME_RE.match(text)
    if m:
        h, mi = int(m.group(1)), int(m.group(2))
        if (h < 24 and mi < 60) or (h == 24 and mi == 0):
            return h * 60 + mi
    raise ScheduleError(
        Msg("'{text}' is not a time; write times as HH:MM, e.g. 08:00.", text=text.strip()),
        key,
        example='mon-fri: "08:00-15:45"',
    )


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def ranges_text(text: str, key: str | None) -> str:
    """``08:00-15:45, 17:00-19:00`` (or ``closed``, ``unknown``) as OSM times."""
    low = text.strip().lower()
    if low in CLOSED_WORDS:
        return "off"
    if low in UNKNOWN_WORDS:
        return "unknown"
    if low in ALWAYS_WORDS:
        return "00:00-24:00"
    parts: list[tuple[int, int]] = []
    for part in text.split(","):
        part = part.strip()
        bits = re.split(r"\s*[-–]\s*", part)
        if len(bits) != 2 or not bits[0] or not bits[1]:
            raise ScheduleError(
                Msg("'{text}' is not a time range; write e.g. 08:00-15:45, or closed.", text=part),
                key,
            )
        a, b = _minutes(bits[0], key), _minutes(bits[1], key)
        if a == b:
            raise ScheduleError(Msg("'{text}' starts and ends at the same time.", text=part), key)
        if a >= 1440:
            raise ScheduleError(
                Msg("'{text}' starts at 24:00; start at 00:00 instead.", text=part), key
            )
        parts.append((a, b if b > a else b + 1440))
    parts.sort()
    for (_a1, b1), (a2, _b2) in zip(parts, parts[1:], strict=False):
        if a2 < b1:
            raise ScheduleError(Msg("The times in '{text}' overlap.", text=text.strip()), key)
    return ",".join(f"{_hhmm(a)}-{_hhmm(b % 1440 if b > 1440 else b)}" for a, b in parts)


def _day_range(part: str, raw_key: str) -> list[int]:
    """``mon``, ``mon-fri``, ``fri-mon`` (wraps around the week) -> weekday indexes."""
    bits = [b.strip().lower() for b in part.split("-")]
    if len(bits) == 1 and bits[0] in DAY_KEYS:
        return [DAY_KEYS.index(bits[0])]
    if len(bits) == 2 and bits[0] in DAY_KEYS and bits[1] in DAY_KEYS:
        a, b = DAY_KEYS.index(bits[0]), DAY_KEYS.index(bits[1])
        return [(a + i) % 7 for i in range((b - a) % 7 + 1)]
    raise ScheduleError(
        Msg(
            "'{key}' is not a day, a range of days, holidays, eves or a date; use mon..sun "
            "(e.g. mon-fri), holidays, eves, or a date like 2027-05-07.",
            key=raw_key,
        ),
        raw_key,
        example='mon-fri: "08:00-15:45"',
    )


def _osm_days(days: list[int]) -> str:
    """Weekday indexes as an OSM selector (``Mo-Fr``, ``Sa,Su``, ``Fr-Mo``)."""
    chosen = sorted(set(days))
    runs: list[tuple[int, int]] = []
    for d in chosen:
        if runs and runs[-1][1] == d - 1:
            runs[-1] = (runs[-1][0], d)
        else:
            runs.append((d, d))
    # a run that ends on Sunday and one that starts on Monday join up (fri-mon)
    if len(runs) > 1 and runs[0][0] == 0 and runs[-1][1] == 6:
        first = runs.pop(0)
        runs[-1] = (runs[-1][0], first[1])
    return ",".join(OSM_DAYS[a] if a == b else f"{OSM_DAYS[a]}-{OSM_DAYS[b]}" for a, b in runs)


def _week_rules(value: Mapping[str, Any], where: str | None) -> list[tuple[str, str]]:
    """(OSM days, OSM times) for the day keys of a mapping; raises on days given twice."""
    seen: dict[int, str] = {}
    out: list[tuple[str, str]] = []
    for raw_key, text in value.items():
        key = str(raw_key).strip().lower()
        days: list[int] = []
        for part in key.split(","):
            days.extend(_day_range(part.strip(), str(raw_key)))
        for d in days:
            if d in seen:
                raise ScheduleError(
                    Msg("'{day}' is given twice (again in '{key}').", day=DAY_KEYS[d], key=raw_key),
                    where or str(raw_key),
                )
            seen[d] = str(raw_key)
        if not isinstance(text, str):
            raise ScheduleError(
                Msg("'{key}' must be times like 08:00-15:45, or closed.", key=raw_key),
                where or str(raw_key),
            )
        out.append((_osm_days(days), ranges_text(text, where or str(raw_key))))
    return out


def _osm_date(year: int | None, month: int, day: int) -> str:
    md = f"{MONTHS[month - 1]} {day:02d}"
    return f"{year} {md}" if year else md


def _date_key(key: str) -> tuple[str, bool] | None:
    """A date or a range of dates (``2027-05-07``, ``12-24``, ``2026-12-27..2026-12-30``,
    ``09-15..05-14``) as an OSM selector, and whether it has years; ``None`` when ``key``
    is no date at all."""
    bits = [b.strip() for b in key.split("..")]
    if len(bits) > 2 or not all(_DATE_RE.match(b) for b in bits):
        if any(_DATE_RE.match(b) for b in bits) or re.match(r"^\d", key):
            raise ScheduleError(
                Msg(
                    "'{key}' is not a date or a range of dates; write e.g. 2027-05-07, 12-24 "
                    "(every year) or 09-15..05-14.",
                    key=key,
                ),
                key,
                example='"2027-05-07": "08:00-12:00"',
            )
        return None
    parsed: list[tuple[int | None, int, int]] = []
    for b in bits:
        m = _DATE_RE.match(b)
        assert m is not None
        year = int(m.group(1)) if m.group(1) else None
        month, day = int(m.group(2)), int(m.group(3))
        _real_date(year or 2000, month, day, b, key)
        parsed.append((year, month, day))
    if len(parsed) == 2 and (parsed[0][0] is None) != (parsed[1][0] is None):
        raise ScheduleError(
            Msg("'{key}': give a year for both dates or for neither.", key=key),
            key,
            example='"2026-12-27..2026-12-30": closed',
        )
    if len(parsed) == 2 and parsed[0][0] is not None:
        y0, m0, d0 = parsed[0]
        y1, m1, d1 = parsed[1]
        if date(y1 or 2000, m1, d1) < date(y0 or 2000, m0, d0):
            raise ScheduleError(
                Msg("The dates '{text}' end before they begin, so they never occur.", text=key),
                key,
                example='"2026-12-27..2026-12-30": closed',
            )
    sel = "-".join(_osm_date(*p) for p in parsed)
    return sel, parsed[0][0] is not None


def _osm_dates(days: tuple[date, ...]) -> str:
    return ",".join(f"{d.year} {MONTHS[d.month - 1]} {d.day:02d}" for d in days)


@lru_cache(maxsize=8)
def special_days(country: str, kind: str) -> tuple[date, ...]:
    """The eves (``eves``) or bridge days (``bridge_days``) of :data:`CALENDAR_YEARS`."""
    from tiltakskort.deck.publicholidays import holidays_in

    off: set[date] = set()
    legal: set[date] = set()
    for y in range(CALENDAR_YEARS.start - 1, CALENDAR_YEARS.stop + 1):
        days = holidays_in(country, y)
        off.update(days)
        legal.update(
            d
            for d, name in days.items()
            if name not in ("Christmas Eve", "New Year's Eve", "Midsummer Eve")
            and (d.month, d.day) not in ((12, 24), (12, 31))
        )
    out: list[date] = []
    for y in CALENDAR_YEARS:
        d = date(y, 1, 1)
        while d.year == y:
            if d.weekday() < 5 and d not in off:
                if kind == "eves":
                    hit = d + timedelta(days=1) in legal
                else:
                    hit = (d.weekday() == 4 and d - timedelta(days=1) in off) or (
                        d.weekday() == 0 and d + timedelta(days=1) in off
                    )
                if hit:
                    out.append(d)
            d += timedelta(days=1)
    return tuple(out)


def compile_mapping(
    value: Mapping[str, Any], country: str = "NO", closed_on_holidays: bool | None = None
) -> str:
    """The mapping form as an ``opening_hours`` text (see the module's docstring)."""
    if not value:
        raise ScheduleError(Msg("The opening hours are empty; write e.g. mon-fri: 08:00-15:45."))
    week: dict[str, Any] = {}
    seasons: list[tuple[str, str, Mapping[str, Any]]] = []
    dates: list[tuple[str, str]] = []
    holidays: str | None = None
    eves: str | None = None
    bridges: str | None = None
    for raw_key, text in value.items():
        key = str(raw_key).strip()
        low = key.lower()
        if low in HOLIDAY_KEYS or low in EVE_KEYS or low in BRIDGE_KEYS:
            if not isinstance(text, str):
                raise ScheduleError(
                    Msg("'{key}' must be times like 08:00-15:45, or closed.", key=key), key
                )
            if low in HOLIDAY_KEYS:
                holidays = ranges_text(text, key)
            elif low in EVE_KEYS:
                eves = ranges_text(text, key)
            else:
                bridges = ranges_text(text, key)
            continue
        sel = _date_key(key)
        if sel is not None:
            if isinstance(text, Mapping):
                seasons.append((key, sel[0], text))
            elif isinstance(text, str):
                dates.append((sel[0], ranges_text(text, key)))
            else:
                raise ScheduleError(
                    Msg(
                        "'{key}' must be times, closed, or a week's hours "
                        "like {{mon-fri: 08:00-15:45}}.",
                        key=key,
                    ),
                    key,
                )
            continue
        week[key] = text
    if holidays is None and closed_on_holidays is not False:
        holidays = "off"
    rules: list[str] = []
    week_rules = [f"{d} {r}" for d, r in _week_rules(week, None) if r != "off"]
    if week_rules:
        rules.append(", ".join(week_rules))
    for key, period, hours in seasons:
        for d, r in _week_rules(hours, key):
            rules.append(f"{period} {d} {r}")
    for kind, hours_text in (("eves", eves), ("bridge_days", bridges)):
        if hours_text is not None:
            days = special_days(country, kind)
            if days:
                rules.append(f"{_osm_dates(days)} {hours_text}")
    if holidays is not None:
        rules.append(f"PH {holidays}")
        extra = _EXTRA_HOLIDAYS.get(country, "")
        if extra:
            rules.append(f"{extra} {holidays}")
    for period, r in dates:
        rules.append(f"{period} {r}")
    if not rules:
        return "off"
    expr = "; ".join(rules)
    if not _parses(expr, country):  # pragma: no cover - every part was checked above
        raise ScheduleError(Msg("These opening hours cannot be read."))
    return expr
