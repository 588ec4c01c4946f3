"""Whether a contact closes on public holidays is said once (``closed_on_holidays``) and
holds after a municipality has replaced some of the contact's fields (format §6)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import write_deck
from tests.deck.decktext import BASE
from tiltakskort.deck.loader import load_deck
from tiltakskort.deck.model import Deck

CHRISTMAS_DAY = datetime(2026, 12, 25, 10, 0)  # a Friday, a public holiday in Norway
ORDINARY_FRIDAY = datetime(2026, 12, 18, 10, 0)


def deck_with(tmp_path: Path, office: str, municipality: str) -> Deck:
    """BASE with the child welfare office written as ``office`` (indented fields) and
    one municipality, nordby, that sets ``municipality`` (a flow mapping) for it."""
    text = (
        BASE.replace("municipality: Testby kommune\n", "")
        .replace('    hours: {mon-fri: "08:00-15:45"}\n', office)
        .replace(
            "cards:\n",
            f"""\
municipalities:
  nordby: {{name: Nordby, contacts: {{barnevern: {municipality}}}}}
cards:
""",
        )
    )
    result = load_deck(write_deck(tmp_path / "deck", text), today=CHRISTMAS_DAY.date())
    assert result.problems == [], [p.format() for p in result.problems]
    assert result.deck is not None
    return result.deck


def is_open(deck: Deck, municipality: str | None, at: datetime) -> bool:
    contact = deck.for_municipality(municipality).contacts["barnevern"]
    assert contact.hours is not None
    return contact.hours.status(at, deck.country).is_open


def test_open_on_holidays_survives_a_municipality_that_changes_only_the_hours(
    tmp_path: Path,
) -> None:
    deck = deck_with(
        tmp_path,
        '    hours: {mon-fri: "08:00-15:45"}\n    closed_on_holidays: false\n',
        '{hours: {mon-fri: "09:00-15:00"}}',
    )
    assert is_open(deck, None, CHRISTMAS_DAY)
    assert is_open(deck, "nordby", CHRISTMAS_DAY)  # the deck's rule, the municipality's hours
    nordby = deck.for_municipality("nordby").contacts["barnevern"].hours
    assert nordby is not None
    assert not nordby.status(datetime(2026, 12, 25, 8, 30), "NO").is_open  # opens at 09:00


def test_a_municipality_that_closes_on_holidays_is_closed_on_christmas_day(tmp_path: Path) -> None:
    deck = deck_with(
        tmp_path,
        '    hours: {mon-fri: "08:00-15:45"}\n    closed_on_holidays: false\n',
        "{closed_on_holidays: true}",
    )
    assert is_open(deck, None, CHRISTMAS_DAY)
    assert not is_open(deck, "nordby", CHRISTMAS_DAY)
    assert is_open(deck, "nordby", ORDINARY_FRIDAY)
    status = deck.for_municipality("nordby").contacts["barnevern"].hours.status(CHRISTMAS_DAY)
    # Boxing Day is a holiday too, then comes the weekend
    assert status.opens_at is not None
    assert status.opens_at.replace(tzinfo=None) == datetime(2026, 12, 28, 8, 0)


def test_a_municipality_closes_opening_hours_text_on_holidays(tmp_path: Path) -> None:
    """An ``opening_hours`` text without PH keeps holidays ordinary days, until the
    municipality says ``closed_on_holidays: true``."""
    deck = deck_with(tmp_path, '    hours: "Mo-Fr 08:00-15:45"\n', "{closed_on_holidays: true}")
    assert is_open(deck, None, CHRISTMAS_DAY)
    assert not is_open(deck, "nordby", CHRISTMAS_DAY)


@pytest.mark.parametrize(
    "municipality",
    [
        '{hours: "Mo-Fr 09:00-15:00; PH 10:00-12:00"}',  # the hours' own PH rule wins
        '{hours: {mon-fri: "09:00-15:00", holidays: "10:00-12:00"}}',
    ],
)
def test_holiday_hours_written_in_the_hours_win(tmp_path: Path, municipality: str) -> None:
    deck = deck_with(
        tmp_path,
        '    hours: {mon-fri: "08:00-15:45"}\n    closed_on_holidays: true\n',
        municipality,
    )
    assert not is_open(deck, None, CHRISTMAS_DAY)
    assert is_open(deck, "nordby", CHRISTMAS_DAY)
    assert not is_open(deck, "nordby", datetime(2026, 12, 25, 13, 0))


def test_an_around_the_clock_municipality_stays_open(tmp_path: Path) -> None:
    deck = deck_with(
        tmp_path,
        '    hours: {mon-fri: "08:00-15:45"}\n    closed_on_holidays: true\n',
        "{hours: 24/7}",
    )
    assert is_open(deck, "nordby", CHRISTMAS_DAY)


def test_the_mapping_form_closes_on_holidays_unless_told_otherwise(tmp_path: Path) -> None:
    deck = deck_with(
        tmp_path, '    hours: {mon-fri: "08:00-15:45"}\n', '{hours: {mon-fri: "09:00-15:00"}}'
    )
    assert not is_open(deck, None, CHRISTMAS_DAY)
    assert not is_open(deck, "nordby", CHRISTMAS_DAY)
    assert is_open(deck, "nordby", ORDINARY_FRIDAY)
