"""Deadlines of steps: the duration a ``when`` text names, and the day it falls on.

A step's ``when`` is text ("samme dag", "innen 14 dager", "inom 3 arbetsdagar",
"within 2 weeks", "før neste møte"). When the text names a duration in one of the
app's languages, :func:`parse_duration` finds it, so that a printout can say the day
the deadline falls on. A text that names none stays a text: nothing is guessed.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

#: "the same day" and "at once", in bokmål, nynorsk, Swedish and English.
SAME_DAY = re.compile(
    r"\b(samme\s+dag(en)?|same\s+dag(en)?|samma\s+dag|same\s+day|i\s*dag|today|straks|"
    r"umiddelbart|omgående|omgåande|omedelbart|genast|immediately|at\s+once)\b",
    re.IGNORECASE,
)

_UNITS = {
    "days": r"dag(?:er|ar|en)?|døgn|dygn|days?",
    "workdays": r"(?:virke|arbeids|arbeids-|arbets|yrkes)dag(?:er|ar)?|working\s+days?|"
    r"business\s+days?|workdays?",
    "weeks": r"uk(?:e|er|a)|vek(?:e|er|a)|veck(?:a|or)|weeks?",
    "months": r"måned(?:er)?|månad(?:er|ar)?|months?",
    "hours": r"tim(?:e|er|ar|mar|me)|hours?",
}
_WORDS = {
    "en": 1,
    "ett": 1,
    "ei": 1,
    "eit": 1,
    "one": 1,
    "a": 1,
    "to": 2,
    "två": 2,
    "two": 2,
    "tre": 3,
    "three": 3,
    "fire": 4,
    "fyra": 4,
    "four": 4,
    "fem": 5,
    "five": 5,
    "seks": 6,
    "sex": 6,
    "six": 6,
    "sju": 7,
    "seven": 7,
}
DURATION = re.compile(
    r"(?<![\w.])(?P<n>\d{1,3}|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")\s*"
    r"(?P<unit>" + "|".join(f"(?P<{k}>(?:{v})s?)" for k, v in _UNITS.items()) + r")\b",
    re.IGNORECASE,
)


def parse_duration(text: str) -> tuple[int, str] | None:
    """``(count, unit)`` for the first duration ``text`` names, else ``None``.

    Units: ``days``, ``workdays``, ``weeks``, ``months`` (hours become whole days:
    "innen 24 timer" is the next day). "samme dag" is ``(0, "days")``.

    >>> parse_duration("innen 14 dager")
    (14, 'days')
    >>> parse_duration("samma dag som anmälan kommer in")
    (0, 'days')
    >>> parse_duration("før neste møte") is None
    True
    """
    m = DURATION.search(text)
    same = SAME_DAY.search(text)
    if same is not None and (m is None or same.start() < m.start()):
        return 0, "days"
    if m is None:
        return None
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else _WORDS[raw]
    unit = next(k for k in _UNITS if m.group(k))
    if unit == "hours":
        return -(-n // 24), "days"
    return n, unit


def due_date(start: date, count: int, unit: str, country: str = "NO") -> date:
    """The day a deadline of ``count`` ``unit`` falls on, counted from ``start``.

    Working days skip Saturdays, Sundays and the country's public holidays (and the
    eves offices close on: :mod:`tiltakskort.deck.publicholidays`).
    """
    if unit == "weeks":
        return start + timedelta(weeks=count)
    if unit == "months":
        from tiltakskort.deck.validate import add_months

        return add_months(start, count)
    if unit == "workdays":
        from tiltakskort.deck.publicholidays import is_public_holiday

        day, left = start, count
        while left > 0:
            day += timedelta(days=1)
            if day.weekday() < 5 and not is_public_holiday(day, country):
                left -= 1
        return day
    return start + timedelta(days=count)
