"""Opening hours: open now, opens at, holidays, midnight, and the three ways to write them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from tiltakskort.deck.hours import HoursError, parse_hours
from tiltakskort.deck.publicholidays import is_public_holiday, timezone_for
from tiltakskort.phrases import describe_hours, describe_status

OFFICE = {"mon-fri": "08:00-15:45"}


def at(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


@pytest.mark.parametrize(
    "when,is_open,change",
    [
        ("2026-11-23 07:59", False, "2026-11-23 08:00"),  # Monday before opening
        ("2026-11-23 08:00", True, "2026-11-23 15:45"),  # opening minute
        ("2026-11-23 15:45", False, "2026-11-24 08:00"),  # closing minute is closed
        ("2026-11-27 16:00", False, "2026-11-30 08:00"),  # Friday evening -> Monday
        ("2026-11-28 12:00", False, "2026-11-30 08:00"),  # Saturday
        ("2026-05-15 12:00", True, "2026-05-15 15:45"),  # Friday before 17 May
        ("2026-05-18 12:00", True, "2026-05-18 15:45"),  # Monday after 17 May
        ("2026-05-14 12:00", False, "2026-05-15 08:00"),  # Ascension Day (Thursday)
        ("2026-04-01 16:00", False, "2026-04-07 08:00"),  # Easter: Thu, Fri, Mon closed
        ("2026-12-23 16:00", False, "2026-12-28 08:00"),  # Christmas Eve to Boxing Day
        ("2026-12-31 10:00", False, "2027-01-04 08:00"),  # New Year's Eve, New Year's Day, weekend
    ],
)
def test_office_hours_with_norwegian_holidays(when: str, is_open: bool, change: str) -> None:
    status = parse_hours(OFFICE).status(at(when), "NO")
    assert status.is_open is is_open
    moment = status.closes_at if is_open else status.opens_at
    assert moment is not None
    assert moment.replace(tzinfo=None) == at(change)
    assert moment.tzinfo == timezone_for("NO")


def test_seventeenth_of_may_is_a_holiday_even_on_a_weekday() -> None:
    assert is_public_holiday(date(2027, 5, 17), "NO")  # a Monday
    status = parse_hours(OFFICE).status(at("2027-05-17 10:00"), "NO")
    assert not status.is_open


def test_swedish_holidays_differ() -> None:
    assert is_public_holiday(date(2026, 6, 6), "SE") and not is_public_holiday(
        date(2026, 6, 6), "NO"
    )
    assert is_public_holiday(date(2026, 6, 19), "SE")  # Midsummer Eve, a Friday
    assert is_public_holiday(date(2026, 5, 17), "NO") and not is_public_holiday(
        date(2026, 5, 18), "SE"
    )


def test_holidays_are_ordinary_days_when_the_deck_says_so() -> None:
    hours = parse_hours(OFFICE, closed_on_holidays=False)
    assert hours.status(at("2026-05-14 12:00"), "NO").is_open


def test_holiday_hours_extension() -> None:
    hours = parse_hours({"mon-fri": "08:00-15:45", "holidays": "10:00-14:00"})
    assert hours.status(at("2026-12-25 11:00"), "NO").is_open
    assert describe_hours(hours, "nb").endswith("helligdager 10:00–14:00")


def test_open_past_midnight() -> None:
    hours = parse_hours({"fri-sat": "20:00-03:00"})
    fri_late = hours.status(at("2026-11-27 23:30"), "NO")
    assert fri_late.is_open and fri_late.closes_at.replace(tzinfo=None) == at("2026-11-28 03:00")
    sat_night = hours.status(at("2026-11-29 02:00"), "NO")  # Sunday 02:00, from Saturday
    assert sat_night.is_open
    sun_evening = hours.status(at("2026-11-29 21:00"), "NO")
    assert not sun_evening.is_open and sun_evening.opens_at.replace(tzinfo=None) == at(
        "2026-12-04 20:00"
    )


def test_wrap_around_day_range() -> None:
    hours = parse_hours({"sat-mon": "10:00-12:00"})
    assert [bool(d) for d in hours.week] == [True, False, False, False, False, True, True]


def test_round_the_clock() -> None:
    for text in ("24/7", "Mo-Su 00:00-24:00"):
        hours = parse_hours(text)
        assert hours.always_open
        status = hours.status(at("2026-12-24 18:00"), "NO")
        assert status.is_open and status.closes_at is None
        assert describe_status(status, at("2026-12-24 18:00"), "nb") == "Døgnåpent"


def test_openstreetmap_string() -> None:
    hours = parse_hours("Mo-Fr 08:00-15:30; Sa 10:00-14:00; PH off")
    assert hours.status(at("2026-11-28 11:00"), "NO").is_open  # Saturday
    assert not hours.status(at("2026-12-26 11:00"), "NO").is_open  # Boxing Day, a Saturday
    assert (
        describe_hours(hours, "nb")
        == "man.–fre. 08:00–15:30; lør. 10:00–14:00; stengt på helligdager"
    )


def test_later_osm_rule_wins() -> None:
    hours = parse_hours("Mo-Fr 08:00-16:00; We 12:00-16:00")
    assert not hours.status(at("2026-11-25 09:00"), "NO").is_open
    assert hours.status(at("2026-11-26 09:00"), "NO").is_open


def test_split_day() -> None:
    hours = parse_hours({"mon-fri": "08:00-11:30, 12:00-15:00"})
    lunch = hours.status(at("2026-11-23 11:45"), "NO")
    assert not lunch.is_open and lunch.opens_at.replace(tzinfo=None) == at("2026-11-23 12:00")


def test_summer_time_change() -> None:
    hours = parse_hours("24/7")
    assert hours.status(at("2026-03-29 02:30"), "NO").is_open
    office = parse_hours(OFFICE).status(at("2026-03-27 16:00"), "NO")
    assert office.opens_at.utcoffset().total_seconds() == 7200  # Monday is summer time


@pytest.mark.parametrize(
    "value,key,fragment",
    [
        ({"mon-fri": "08:00-25:45"}, "mon-fri", "25:45"),
        ({"mon-fry": "08:00-15:00"}, "mon-fry", "fri"),
        ({"mon-fri": "08:00-15:00", "wed": "closed"}, "wed", "twice"),
        ({"mon": "08:00-12:00, 11:00-13:00"}, "mon", "overlap"),
        ({"mon": "08:00-08:00"}, "mon", "same time"),
        ("Mo-Fr 08:00-15:00; Feb 30 off", None, "Feb 30"),
        ("Mo-Fr 08:00-15:00; 2027 May 10-2027 May 01 off", None, "never occur"),
        ({"mon-fri": "08:00-15:00", "02-30": "closed"}, "02-30", "not a date"),
        ({"mon-fri": "08:00-15:00", "09-15..05-14": {"mon": "8-9"}}, "09-15..05-14", "not a time"),
        ("Mo-Fr", None, "no times"),
        ("sometimes", None, "opening_hours"),
    ],
)
def test_bad_hours_say_what_and_where(value, key, fragment) -> None:
    with pytest.raises(HoursError) as e:
        parse_hours(value)
    assert e.value.key == key
    assert fragment in str(e.value)
    assert str(e.value) == e.value.message.text("en")
    for lang in ("nb", "nn", "sv"):  # every language says it in its own words
        assert e.value.message.text(lang) != str(e.value), lang


def test_describe_status_phrases() -> None:
    hours = parse_hours(OFFICE)
    now = at("2026-11-27 16:00").replace(tzinfo=timezone_for("NO"))
    assert describe_status(hours.status(now, "NO"), now, "nb") == "Stengt – åpner man. kl. 08:00"
    morning = at("2026-11-23 09:00").replace(tzinfo=timezone_for("NO"))
    assert describe_status(hours.status(morning, "NO"), morning, "nb") == "Åpent nå – til 15:45"
