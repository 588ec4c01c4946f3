"""Who the app shows first, and what it says, at the hours that matter: (deck, card,
moment) -> the first contact shown and its status sentence, through the presentation
model that the screen, ``show`` and the printouts paint."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import CARDS, write_deck
from tiltakskort.deck.loader import load_deck
from tiltakskort.deck.publicholidays import timezone_for
from tiltakskort.present import contact_lines

# A municipality's child-welfare services with seasons (vintertid 15. september-14. mai,
# sommertid 15. mai-14. september) and a contact whose hours nobody has written down.
SEASONAL = """\
format: tiltakskort/1
id: sesong
title: Bekymret?
municipality: Sesongby kommune
start: barn
contacts:
  kontor:
    name: Barneverntjenesten
    phone: 71 69 90 00
    hours:
      "09-15..05-14": {mon-fri: "08:00-15:45"}
      "05-15..09-14": {mon-fri: "08:00-15:00"}
    after_hours: vakt
  vakt:
    name: Barnevernvakten
    phone: 71 69 91 31
    hours:
      sat-sun: "00:00-24:00"
      holidays: "00:00-24:00"
      "09-15..05-14": {mon-fri: "00:00-08:00, 15:45-24:00"}
      "05-15..09-14": {mon-fri: "00:00-08:00, 15:00-24:00"}
  helsestasjon:
    name: Helsestasjonen
    phone: 71 69 92 00
    hours: unknown
    after_hours: vakt
cards:
  barn:
    title: Barnet
    steps: [Ring barnevernet.]
    contacts: [kontor]
  helse:
    title: Helsestasjonen
    steps: [Ring helsestasjonen.]
    contacts: [helsestasjon]
"""

CASES = [
    # the hole, fixed in the example deck: Monday 03:00
    ("eksempel", "barn-melding", "2026-12-07 03:00", "Barnevernvakten", "Åpent nå – til 08:30"),
    # the night after 17 May (a Monday in 2027)
    ("eksempel", "barn-melding", "2027-05-18 02:00", "Barnevernvakten", "Åpent nå – til 08:30"),
    # Christmas Eve 18:00: on call without a break until Monday 28 December
    (
        "eksempel",
        "barn-melding",
        "2026-12-24 18:00",
        "Barnevernvakten",
        "Åpent nå – til man. 08:30",
    ),
    # the nights the clocks go forward (29 March 2026) and back (25 October 2026)
    (
        "eksempel",
        "barn-melding",
        "2026-03-29 02:30",
        "Barnevernvakten",
        "Åpent nå – til man. 08:30",
    ),
    (
        "eksempel",
        "barn-melding",
        "2026-10-25 02:30",
        "Barnevernvakten",
        "Åpent nå – til man. 08:30",
    ),
    # Friday 22:00: open until Monday, not "til 00:00"
    (
        "eksempel",
        "barn-melding",
        "2026-12-04 22:00",
        "Barnevernvakten",
        "Åpent nå – til man. 08:30",
    ),
    # office hours
    ("eksempel", "barn-melding", "2026-12-08 10:00", "Barneverntjenesten", "Åpent nå – til 15:30"),
    # a Saturday: the treatment centre is closed, the helpline it hands over to is not
    ("eksempel", "utover-selv", "2026-12-05 12:00", "Mental Helse Hjelpetelefonen", "Døgnåpent"),
    # Sweden, the day before Ascension Day: the office closes at 12:00, the on-call
    # service answers until Friday (Ascension Day, then a bridge day from 12:00)
    ("exempelregionen", "radgora", "2027-05-05 10:00", "Socialtjänsten", "Öppet nu – till 12:00"),
    (
        "exempelregionen",
        "radgora",
        "2027-05-05 13:00",
        "Socialjouren",
        "Öppet nu – till fre. 08:00",
    ),
    (
        "exempelregionen",
        "radgora",
        "2027-05-07 13:00",
        "Socialjouren",
        "Öppet nu – till mån. 08:00",
    ),
    # seasons: a winter and a summer afternoon, and a winter night
    ("sesong", "barn", "2027-01-13 15:30", "Barneverntjenesten", "Åpent nå – til 15:45"),
    ("sesong", "barn", "2027-01-13 15:50", "Barnevernvakten", "Åpent nå – til tor. 08:00"),
    ("sesong", "barn", "2027-01-14 03:00", "Barnevernvakten", "Åpent nå – til 08:00"),
    ("sesong", "barn", "2027-06-09 15:10", "Barnevernvakten", "Åpent nå – til tor. 08:00"),
    ("sesong", "barn", "2027-06-10 03:00", "Barnevernvakten", "Åpent nå – til 08:00"),
    # hours not given: no claim, and the after-hours contact right beside it
    ("sesong", "helse", "2027-01-13 10:00", "Helsestasjonen", "Åpningstid ikke oppgitt"),
]


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = write_deck(tmp_path_factory.mktemp("decks") / "sesong", SEASONAL)
    return {
        "eksempel": CARDS / "eksempel",
        "exempelregionen": CARDS / "exempelregionen",
        "sesong": folder,
    }


@pytest.mark.parametrize(
    ("deck", "card", "moment", "first", "status"),
    CASES,
    ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in CASES],
)
def test_first_contact_and_its_status(
    decks: dict[str, Path], deck: str, card: str, moment: str, first: str, status: str
) -> None:
    result = load_deck(decks[deck])
    assert result.deck is not None and not result.errors
    d = result.deck
    at = datetime.fromisoformat(moment).replace(tzinfo=timezone_for(d.country))
    lines = contact_lines(d, d.cards[card], d.default_language, at)
    assert (lines[0].name, lines[0].status) == (first, status)


def test_unknown_hours_have_their_after_hours_contact_beside_them(decks: dict[str, Path]) -> None:
    d = load_deck(decks["sesong"]).deck
    assert d is not None
    at = datetime(2027, 1, 13, 20, 0, tzinfo=timezone_for("NO"))
    lines = contact_lines(d, d.cards["helse"], "nb", at)
    assert [(x.name, x.status, x.is_open) for x in lines] == [
        ("Helsestasjonen", "Åpningstid ikke oppgitt", None),
        ("Barnevernvakten", "Åpent nå – til tor. 08:00", True),
    ]
    assert lines[1].stands_in == "Utenom åpningstid for Helsestasjonen"


def test_the_seasons_leave_no_hole_but_unknown_hours_do(decks: dict[str, Path]) -> None:
    result = load_deck(decks["sesong"], today=__import__("datetime").date(2026, 12, 1))
    holes = [p.text("nb") for p in result.problems if p.code == "TK107"]
    # the office and its on-call service cover every hour, summer and winter alike;
    # the health centre's hours are unknown, and the on-call service is closed by day
    assert holes == [
        "Ingen på kortet 'helse' svarer man.–fre. 08:00–15:45 hver uke fra 01.12.2026 til "
        "14.05.2027; man.–fre. 08:00–15:00 hver uke fra 18.05.2027 til 14.09.2027; "
        "man.–fre. 08:00–15:45 hver uke fra 15.09.2027 til 30.11.2027 (de neste 12 "
        "månedene); gi en vakttjeneste for disse tidene (after_hours), eller legg til en "
        "kontakt som er døgnåpen."
    ]
