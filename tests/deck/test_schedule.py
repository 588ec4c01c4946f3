"""Opening hours in continuous time: open now, until when, across nights, weekends,
holidays, eves, seasons and the nights the clocks change."""

from __future__ import annotations

from datetime import datetime

import pytest

from tiltakskort.deck.schedule import (
    Schedule,
    ScheduleError,
    State,
    compile_mapping,
    parse_schedule,
    special_days,
)

OSLO_ONCALL = {
    "mon-fri": "00:00-08:00, 15:30-24:00",
    "sat-sun": "00:00-24:00",
    "holidays": "00:00-24:00",
}
NATURAL_ONCALL = {"mon-fri": "15:30-08:00", "sat-sun": "00:00-24:00", "holidays": "00:00-24:00"}
OFFICE = {"mon-fri": "08:00-15:30"}
SEASONAL = {
    "sat-sun": "00:00-24:00",
    "holidays": "00:00-24:00",
    "09-15..05-14": {"mon-fri": "00:00-08:00, 15:45-24:00"},
    "05-15..09-14": {"mon-fri": "00:00-08:00, 15:00-24:00"},
}
SWEDISH_OFFICE = {"mon-fri": "08:00-16:30", "eves": "08:00-12:00", "bridge_days": "08:00-12:00"}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def status(hours: object, moment: str, country: str = "NO"):  # type: ignore[no-untyped-def]
    sched = parse_schedule(hours, country)  # type: ignore[arg-type]
    assert sched is not None
    return sched.status(at(moment))


def hm(d: datetime | None) -> str:
    assert d is not None
    return d.strftime("%a %d.%m. %H:%M")


@pytest.mark.parametrize(
    ("hours", "moment", "state", "change"),
    [
        # Friday 22:00: open without a break until Monday morning
        (OSLO_ONCALL, "2026-12-04 22:00", State.OPEN, "Mon 07.12. 08:00"),
        # Monday 03:00
        (OSLO_ONCALL, "2026-12-07 03:00", State.OPEN, "Mon 07.12. 08:00"),
        # written the natural way, the on-call service has a hole on Monday 00:00-08:00
        (NATURAL_ONCALL, "2026-12-07 03:00", State.CLOSED, "Mon 07.12. 15:30"),
        (NATURAL_ONCALL, "2026-12-04 22:00", State.OPEN, "Mon 07.12. 00:00"),
        # the night after 17 May (a Monday in 2027)
        (OSLO_ONCALL, "2027-05-18 03:00", State.OPEN, "Tue 18.05. 08:00"),
        # (the part after midnight belongs to the next day, an ordinary Tuesday)
        (NATURAL_ONCALL, "2027-05-18 03:00", State.OPEN, "Tue 18.05. 08:00"),
        # Christmas Eve 18:00: offices closed, on call open until Monday 28 December
        (OFFICE, "2026-12-24 18:00", State.CLOSED, "Mon 28.12. 08:00"),
        (OSLO_ONCALL, "2026-12-24 18:00", State.OPEN, "Mon 28.12. 08:00"),
        # clock-change nights: forward on 29 March 2026 and 28 March 2027, back on
        # 25 October 2026
        (OSLO_ONCALL, "2027-03-28 02:30", State.OPEN, "Tue 30.03. 08:00"),  # Easter Sunday
        (OSLO_ONCALL, "2026-10-25 02:30", State.OPEN, "Mon 26.10. 08:00"),
        (OSLO_ONCALL, "2026-03-29 02:30", State.OPEN, "Mon 30.03. 08:00"),
        ({"mon-sun": "22:00-02:00"}, "2026-03-28 23:30", State.OPEN, "Sun 29.03. 03:00"),
        # the same night in 2027 is Easter Sunday: closed on holidays, the night ends at 00:00
        ({"mon-sun": "22:00-02:00"}, "2027-03-27 23:30", State.OPEN, "Sun 28.03. 00:00"),
        ({"mon-sun": "22:00-02:00"}, "2026-10-24 23:30", State.OPEN, "Sun 25.10. 02:00"),
        # seasons: a winter and a summer afternoon
        (SEASONAL, "2027-01-13 15:50", State.OPEN, "Thu 14.01. 08:00"),
        (SEASONAL, "2027-01-13 15:10", State.CLOSED, "Wed 13.01. 15:45"),
        (SEASONAL, "2027-06-09 15:10", State.OPEN, "Thu 10.06. 08:00"),
        (SEASONAL, "2027-06-09 03:00", State.OPEN, "Wed 09.06. 08:00"),
    ],
)
def test_status_follows_one_stretch(hours: object, moment: str, state: State, change: str) -> None:
    s = status(hours, moment)
    assert s.state is state
    assert hm(s.until) == change


def test_a_range_past_midnight_runs_into_the_next_morning() -> None:
    # format v1: Friday's night adds to Saturday's own hours
    s = status({"fri": "22:00-02:00", "sat": "10:00-14:00"}, "2026-12-05 01:00")
    assert s.is_open and hm(s.until) == "Sat 05.12. 02:00"


def test_closed_says_when_it_opens_next() -> None:
    s = status(OFFICE, "2026-12-04 16:00")
    assert s.state is State.CLOSED and hm(s.next_open) == "Mon 07.12. 08:00"


def test_around_the_clock_only_when_it_never_closes() -> None:
    assert status("24/7", "2026-12-04 16:00").always_open
    # open every day all day but closed on public holidays: it closes on Christmas Eve
    s = status({"mon-sun": "00:00-24:00"}, "2026-12-04 16:00")
    assert s.is_open and not s.always_open and hm(s.until) == "Thu 24.12. 00:00"


def test_swedish_eve_before_ascension_day() -> None:
    # Ascension Day 2027 is Thursday 6 May; the Wednesday is an eve, Friday a bridge day
    assert status(SWEDISH_OFFICE, "2027-05-05 11:00", "SE").is_open
    s = status(SWEDISH_OFFICE, "2027-05-05 13:00", "SE")
    assert s.state is State.CLOSED and hm(s.next_open) == "Fri 07.05. 08:00"
    s = status(SWEDISH_OFFICE, "2027-05-07 11:00", "SE")
    assert s.is_open and hm(s.until) == "Fri 07.05. 12:00"
    # an ordinary Wednesday
    assert status(SWEDISH_OFFICE, "2027-05-12 13:00", "SE").is_open


def test_eves_are_weekdays_before_holidays() -> None:
    eves = [d.isoformat() for d in special_days("SE", "eves") if d.year == 2027]
    assert eves == ["2027-01-05", "2027-03-25", "2027-04-30", "2027-05-05", "2027-11-05"]
    no = [d.isoformat() for d in special_days("NO", "eves") if d.year == 2027]
    assert no == ["2027-03-24", "2027-04-30", "2027-05-05"]
    # Saturday before Easter Sunday is no eve for an office closed on Saturdays
    assert status(SWEDISH_OFFICE, "2027-03-27 10:00", "SE").state is State.CLOSED


def test_holidays_mean_the_same_in_the_mapping_and_in_strings() -> None:
    string = parse_schedule("Mo-Fr 08:00-15:30; PH off", "NO")
    mapping = parse_schedule(OFFICE, "NO")
    assert string is not None and mapping is not None
    for moment in (
        "2026-12-24 10:00",
        "2026-12-31 10:00",
        "2027-05-17 10:00",
        "2027-05-06 10:00",
        "2026-12-23 10:00",
    ):
        assert string.state_at(at(moment)) is mapping.state_at(at(moment)), moment
    assert mapping.state_at(at("2026-12-24 10:00")) is State.CLOSED
    assert mapping.state_at(at("2026-12-23 10:00")) is State.OPEN


def test_open_on_holidays_when_asked() -> None:
    sched = parse_schedule(OFFICE, "NO", closed_on_holidays=False)
    assert sched is not None and sched.state_at(at("2026-12-24 10:00")) is State.OPEN


def test_dates_and_date_ranges() -> None:
    hours = {
        "mon-fri": "08:00-15:30",
        "2027-05-07": "08:00-12:00",
        "2026-12-28..2026-12-30": "10:00-14:00",
        "06-23": "closed",
    }
    assert status(hours, "2027-05-07 13:00").state is State.CLOSED
    assert status(hours, "2026-12-29 09:00").state is State.CLOSED
    assert status(hours, "2026-12-29 11:00").is_open
    assert status(hours, "2027-06-23 11:00").state is State.CLOSED  # every year
    assert status(hours, "2028-06-23 11:00").state is State.CLOSED


def test_unknown_hours_make_no_claim() -> None:
    assert parse_schedule("unknown") is None
    sched = parse_schedule({"mon-fri": "08:00-15:30", "holidays": "unknown"})
    assert sched is not None
    assert sched.state_at(at("2027-05-17 10:00")) is State.UNKNOWN


def test_the_whole_osm_grammar() -> None:
    sched = parse_schedule("Sep 15-May 14: Mo-Fr 15:45-08:00; Sa,Su 00:00-24:00", "NO")
    assert sched is not None
    assert sched.state_at(at("2027-01-13 20:00")) is State.OPEN
    assert sched.state_at(at("2027-07-13 20:00")) is State.CLOSED
    weeks = parse_schedule("week 01-53/2 Mo 08:00-12:00", "NO")
    assert weeks is not None


@pytest.mark.parametrize(
    ("hours", "key"),
    [
        ({"mon-fri": "8-16"}, "mon-fri"),
        ({"mon-fri": "08:00-08:00"}, "mon-fri"),
        ({"mon-fri": "08:00-12:00, 11:00-15:00"}, "mon-fri"),
        ({"mon-fri": "08:00-15:30", "fri": "10:00-12:00"}, "fri"),
        ({"mandag": "08:00-15:30"}, "mandag"),
        ({"02-31": "closed"}, "02-31"),
        ({"2027-02-29": "closed"}, "2027-02-29"),
        ({"2027-05-10..2027-05-01": "closed"}, "2027-05-10..2027-05-01"),
        ({"2027-13-01": "closed"}, "2027-13-01"),
        ({"2027-05-01..05-02": "closed"}, "2027-05-01..05-02"),
    ],
)
def test_unreadable_mappings_name_their_key(hours: dict[str, str], key: str) -> None:
    with pytest.raises(ScheduleError) as e:
        compile_mapping(hours)
    assert e.value.key == key
    assert e.value.example


@pytest.mark.parametrize(
    "text",
    [
        "Mo-Fr 8-",
        "Mo-Fr 08:00-15:30; Feb 31 off",
        "2027 May 10-2027 May 01 off",
        "Mon-Fri 08:00-16:00",
    ],
)
def test_unreadable_strings(text: str) -> None:
    with pytest.raises(ScheduleError):
        parse_schedule(text)


def test_schedules_compare_by_meaning_of_their_text() -> None:
    a = parse_schedule({"mon-fri": "08:00-15:30"})
    b = parse_schedule({"mon-fri": "8.00-15.30"})
    assert a == b and isinstance(a, Schedule)
