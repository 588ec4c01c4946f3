"""Public holidays of Norway and Sweden, and the countries' time zones.

The dates come from the ``holidays`` library (Easter and the days that hang on it are
not computed here). Sundays are not counted: opening hours say what happens on Sundays.
Christmas Eve and New Year's Eve are added for both countries, and Midsummer Eve for
Sweden: they are not public holidays by law, but municipal offices are closed on them,
and a worried employee must not be sent to a number that does not answer.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

TIMEZONES = {"NO": "Europe/Oslo", "SE": "Europe/Stockholm"}


def timezone_for(country: str) -> ZoneInfo:
    """The time zone of the deck's country (Europe/Oslo by default)."""
    return ZoneInfo(TIMEZONES.get(country, "Europe/Oslo"))


@lru_cache(maxsize=64)
def holidays_in(country: str, year: int) -> dict[date, str]:
    """Holiday date -> English name, for ``country`` (``NO`` or ``SE``) in ``year``."""
    import holidays

    code = country if country in TIMEZONES else "NO"
    if code == "NO":
        lib = holidays.country_holidays("NO", years=year, include_sundays=False)
    else:
        lib = holidays.country_holidays("SE", years=year, include_sundays=False)
    days = {d: str(name) for d, name in lib.items() if d.year == year}
    days.setdefault(date(year, 12, 24), "Christmas Eve")
    days.setdefault(date(year, 12, 31), "New Year's Eve")
    if code == "SE":
        # Midsummer Eve: the Friday between 19 and 25 June.
        d = date(year, 6, 19)
        while d.weekday() != 4:
            d += timedelta(days=1)
        days.setdefault(d, "Midsummer Eve")
    return days


def is_public_holiday(day: date, country: str) -> bool:
    """True when offices that close on holidays are closed on ``day``."""
    return day in holidays_in(country, day.year)
