"""TK107's engine: the exact windows in which nobody on a card answers."""

from __future__ import annotations

import time
from datetime import date
from types import MappingProxyType
from typing import Any

import pytest

from tests.conftest import CARDS
from tiltakskort.deck.coverage import card_gaps, deck_gaps, describe_gaps, horizon
from tiltakskort.deck.hours import parse_hours
from tiltakskort.deck.model import Card, Contact, Deck, Emergency, Loc, Text
from tiltakskort.deck.phone import parse_phone

HERE = Loc("deck.yaml", 1, 1)
TODAY = date(2026, 12, 1)


def contact(cid: str, hours: Any, after: str | None = None, country: str = "NO") -> Contact:
    return Contact(
        id=cid,
        loc=HERE,
        name=Text.of(cid),
        hours=None if hours is None else parse_hours(hours),
        after_hours=after,
    )


def deck(*contacts: Contact, country: str = "NO") -> Deck:
    card = Card(
        id="kort",
        title=Text.of("Kort"),
        loc=HERE,
        steps=(Text.of("Gjør noe"),),
        contacts=tuple(c.id for c in contacts if c.id != "skip"),
        contact_locs=tuple(HERE for _ in contacts),
    )
    return Deck(
        id="d",
        title=Text.of("D"),
        folder=CARDS,
        start="kort",
        cards=MappingProxyType({"kort": card}),
        contacts=MappingProxyType({c.id: c for c in contacts}),
        emergency=Emergency(Text.of("Ring 112"), parse_phone("112", country)),
        country=country,
    )


def words(d: Deck, today: date = TODAY) -> str:
    start, end = horizon(today, d.country)
    gaps = card_gaps(d, d.cards["kort"], start, end)
    return describe_gaps(gaps, start, end).text("nb")


def test_office_and_a_natural_on_call_service_leave_monday_nights_and_holidays() -> None:
    d = deck(
        contact("kontor", {"mon-fri": "08:00-15:30"}, after="vakt"),
        contact(
            "vakt", {"mon-fri": "15:30-08:00", "sat-sun": "00:00-24:00", "holidays": "00:00-24:00"}
        ),
    )
    # the hole the issue found: Sunday's "00:00-24:00" ends at midnight, and Monday's
    # night only begins at 15:30 (the night after a holiday is Tuesday's, and open)
    assert words(d) == "man. 00:00–08:00 hver uke"


def test_written_day_by_day_there_is_no_hole() -> None:
    d = deck(
        contact("kontor", {"mon-fri": "08:00-15:30"}, after="vakt"),
        contact(
            "vakt",
            {
                "mon-fri": "00:00-08:00, 15:30-24:00",
                "sat-sun": "00:00-24:00",
                "holidays": "00:00-24:00",
            },
        ),
    )
    assert words(d) == ""


def test_an_office_alone_is_closed_at_night_and_on_holidays() -> None:
    d = deck(contact("kontor", {"mon-fri": "08:00-15:30"}))
    text = words(d)
    assert text.startswith("man.–tor. 15:30–08:00 hver uke; fre. 15:30–man. 08:00 hver uke")
    assert "23.12.2026 15:30–28.12.2026 08:00" in text


def test_after_hours_chains_are_followed() -> None:
    d = deck(
        contact("kontor", {"mon-fri": "08:00-15:30"}, after="vakt"),
        contact("vakt", {"mon-fri": "15:30-22:00"}, after="politi"),
        contact("politi", "24/7"),
    )
    assert words(d) == ""


def test_unknown_hours_answer_at_no_time() -> None:
    d = deck(contact("ukjent", None))
    assert words(d) == "når som helst"
    d = deck(contact("ukjent", None, after="vakt"), contact("vakt", "24/7"))
    assert words(d) == ""


def test_a_holiday_hole_has_its_date() -> None:
    d = deck(contact("vakt", {"mon-sun": "00:00-24:00", "holidays": "08:00-15:30"}))
    text = words(d)
    assert text.startswith(
        "24.12.2026 00:00–08:00; 24.12.2026 15:30–25.12.2026 08:00; "
        "25.12.2026 15:30–26.12.2026 08:00; 26.12.2026 15:30–24:00; "
    )
    assert text.endswith("og 14 ganger til")
    start, end = horizon(TODAY, "NO")
    windows = [
        (g.start.strftime("%d.%m.%Y %H:%M"), g.end.strftime("%d.%m.%Y %H:%M"))
        for g in card_gaps(d, d.cards["kort"], start, end)
    ]
    # Whit Sunday and 17 May (a Monday) run together
    assert ("16.05.2027 15:30", "17.05.2027 08:00") in windows
    assert ("17.05.2027 15:30", "18.05.2027 00:00") in windows
    assert len(windows) == 20


def test_a_seasonal_hole() -> None:
    # in summer the on-call service starts at 15:00, the office closes at 15:30: fine;
    # in winter it starts at 15:45, so 15:30-15:45 is a hole on weekdays
    d = deck(
        contact("kontor", {"mon-fri": "08:00-15:30"}, after="vakt"),
        contact(
            "vakt",
            {
                "sat-sun": "00:00-24:00",
                "holidays": "00:00-24:00",
                "09-15..05-14": {"mon-fri": "00:00-08:00, 15:45-24:00"},
                "05-15..09-14": {"mon-fri": "00:00-08:00, 15:00-24:00"},
            },
        ),
    )
    assert words(d) == (
        "man.–fre. 15:30–15:45 hver uke fra 01.12.2026 til 14.05.2027; "
        "man.–fre. 15:30–15:45 hver uke fra 15.09.2027 til 30.11.2027"
    )


def test_swedish_clock_change_nights_leave_no_hole() -> None:
    d = deck(
        contact("soc", {"mon-fri": "08:00-16:30"}, after="jour", country="SE"),
        contact(
            "jour",
            {"mon-fri": "00:00-08:00, 16:30-24:00", "sat-sun": "24/7", "holidays": "24/7"},
            country="SE",
        ),
        country="SE",
    )
    assert words(d) == ""


def test_swedish_language() -> None:
    d = deck(contact("soc", {"mon-fri": "08:00-16:30"}, country="SE"), country="SE")
    start, end = horizon(TODAY, "SE")
    text = describe_gaps(card_gaps(d, d.cards["kort"], start, end), start, end).text("sv")
    assert text.startswith("mån.–tors. 16:30–08:00 varje vecka")


@pytest.mark.parametrize("folder", ["eksempel", "exempelregionen", "fjordvik", "region-felles"])
def test_shipped_decks_cost_little(folder: str) -> None:
    from tiltakskort.deck.loader import load_deck

    d = load_deck(CARDS / folder).deck
    assert d is not None
    deck_gaps(d, TODAY)  # warm: the library and the holiday tables are loaded
    t0 = time.perf_counter()
    deck_gaps(d, date(2027, 1, 4))
    assert time.perf_counter() - t0 < 0.5  # generous: the benchmark holds the real budget
