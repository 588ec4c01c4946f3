"""TK107 (nobody on a card answers) and TK108 (after_hours without hours), as
``validate`` says them: the exact windows, the line of the card's contacts, the fix."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import DECKS, write_deck
from tests.deck.decktext import where
from tiltakskort.deck.loader import load_deck

DECK = """\
format: tiltakskort/1
id: test
title: Bekymret?
municipality: Testby kommune
country: {country}
start: barn
contacts:
  kontor:
    name: Barneverntjenesten
    phone: {phone}
    hours: {office}
    after_hours: vakt
  vakt:
    name: Barnevernvakten
    phone: {phone}
    hours: {oncall}
cards:
  barn:
    title: Barnet
    steps: [Ring barnevernet.]
    contacts: [kontor]
"""

NO = {"country": "NO", "phone": "69 12 34 56"}


def problems(
    tmp_path: Path,
    text: str,
    today: date = date(2026, 12, 1),
    code: str = "TK107",
    lang: str = "nb",
) -> list[tuple[int, str]]:
    result = load_deck(write_deck(tmp_path / "d", text), today=today)
    assert not result.errors, [p.format() for p in result.errors]
    return [(p.line, p.text(lang)) for p in result.problems if p.code == code]


def test_the_natural_way_leaves_monday_night(tmp_path: Path) -> None:
    text = DECK.format(
        **NO,
        office='{mon-fri: "08:00-15:30"}',
        oncall='{mon-fri: "15:30-08:00", sat-sun: "00:00-24:00", holidays: "00:00-24:00"}',
    )
    line, _ = where(text, "contacts: [kontor]")
    assert problems(tmp_path, text) == [
        (
            line,
            (
                "Ingen på kortet 'barn' svarer man. 00:00–08:00 hver uke (de neste 12 månedene); "
                'skriv natten inn i hver ukedag, f.eks. mon-fri: "00:00-08:00, 15:30-24:00", eller '
                "legg til en kontakt som er døgnåpen."
            ),
        )
    ]
    # the same in English and Swedish
    assert problems(tmp_path, text, lang="en")[0][1].startswith(
        "Nobody on the card 'barn' answers Mon 00:00–08:00 every week (in the next 12 months)"
    )
    assert problems(tmp_path, text, lang="sv")[0][1].startswith(
        "Ingen på kortet 'barn' svarar mån. 00:00–08:00 varje vecka (de närmaste 12 månaderna)"
    )


def test_written_day_by_day_it_is_covered(tmp_path: Path) -> None:
    text = DECK.format(
        **NO,
        office='{mon-fri: "08:00-15:30"}',
        oncall='{mon-fri: "00:00-08:00, 15:30-24:00", sat-sun: "00:00-24:00", '
        'holidays: "00:00-24:00"}',
    )
    assert problems(tmp_path, text) == []


def test_the_day_of_a_holiday(tmp_path: Path) -> None:
    # the on-call service answers only outside office hours, on holidays too
    text = DECK.format(
        **NO,
        office='{mon-fri: "08:00-15:30"}',
        oncall='{mon-fri: "00:00-08:00, 15:30-24:00", sat-sun: "00:00-24:00", '
        'holidays: "00:00-08:00, 15:30-24:00"}',
    )
    [(_, message)] = problems(tmp_path, text, today=date(2027, 5, 10))
    # (Whit Sunday too: on a holiday the holiday hours replace the weekend's)
    assert message.startswith(
        "Ingen på kortet 'barn' svarer 16.05.2027 08:00–15:30; "
        "17.05.2027 08:00–15:30; 24.12.2027 08:00–15:30; "
        "25.12.2027 08:00–15:30; 26.12.2027 08:00–15:30; "
        "31.12.2027 08:00–15:30; og "
    )


def test_an_office_alone(tmp_path: Path) -> None:
    text = DECK.format(**NO, office='{mon-fri: "08:00-15:30"}', oncall='{mon-fri: "08:00-15:30"}')
    [(_, message)] = problems(tmp_path, text)
    assert message.startswith(
        "Ingen på kortet 'barn' svarer man.–tor. 15:30–08:00 hver uke; "
        "fre. 15:30–man. 08:00 hver uke; 23.12.2026 15:30–28.12.2026 "
        "08:00; "
    )
    assert message.endswith(
        "(de neste 12 månedene); gi en vakttjeneste for disse tidene "
        "(after_hours), eller legg til en kontakt som er døgnåpen."
    )


def test_unknown_hours_are_no_answer(tmp_path: Path) -> None:
    text = DECK.format(**NO, office="unknown", oncall='{mon-fri: "15:30-22:00"}')
    [(_, message)] = problems(tmp_path, text)
    assert message.startswith(
        "Ingen på kortet 'barn' svarer man.–tor. 22:00–15:30 hver uke; "
        "fre. 22:00–man. 15:30 hver uke; 23.12.2026 22:00–28.12.2026 "
        "15:30; "
    )
    # 'hours: unknown' says it on purpose: no TK108
    assert problems(tmp_path, text, code="TK108") == []


def test_after_hours_without_hours(tmp_path: Path) -> None:
    text = DECK.format(**NO, office="24/7", oncall="24/7").replace(
        "    hours: 24/7\n    after", "    after"
    )
    line, _ = where(text, "after_hours: vakt")
    assert problems(tmp_path, text, code="TK108") == [
        (
            line,
            (
                "Kontakten 'kontor' har 'after_hours', men ikke 'hours', så appen kan ikke vite når "
                "den er stengt: 'vakt' vises ved siden av den hele tiden. Skriv åpningstidene, eller "
                "'hours: unknown' hvis de ikke er kjent."
            ),
        )
    ]
    assert problems(tmp_path, text) == []  # the on-call service answers around the clock


SWEDISH = """\
format: tiltakskort/1
id: se
title: Orolig?
country: SE
languages: [sv]
start: barn
contacts:
  soc:
    name: Socialtjänsten
    phone: 0470-12 34 56
    hours: {mon-fri: "08:00-16:30"}
    after_hours: jour
  jour:
    name: Socialjouren
    phone: 0470-10 20 30
    hours: "Mo-Fr 00:00-08:00,16:30-24:00; Sa,Su,PH 00:00-24:00"
municipalities:
  norrby:
    name: Norrby kommun
  vasterviken:
    name: Västervikens kommun
    contacts:
      soc: {hours: {mon-thu: "08:00-16:30", fri: "08:00-15:00"}}
cards:
  barn:
    title: Barnet
    steps: [Ring socialtjänsten.]
    contacts: [soc]
"""


def test_a_municipality_of_its_own(tmp_path: Path) -> None:
    [(_, message)] = problems(tmp_path, SWEDISH, lang="sv")
    assert message == (
        "Ingen på kortet 'barn' svarar fre. 15:00–16:30 varje vecka (de närmaste 12 "
        "månaderna, för vasterviken); ange en jourtjänst för de här tiderna (after_hours), "
        "eller lägg till en kontakt som har öppet dygnet runt."
    )


def test_swedish_eves_close_the_office_early(tmp_path: Path) -> None:
    text = SWEDISH.replace(
        '{mon-fri: "08:00-16:30"}', '{mon-fri: "08:00-16:30", eves: "08:00-12:00"}'
    )
    messages = [m for _, m in problems(tmp_path, text, today=date(2027, 4, 1), lang="sv")]
    # the day before Ascension Day: the office closes at 12, the on-call service opens 16:30
    assert any("05.05.2027 12:00–16:30" in m for m in messages)


@pytest.mark.parametrize("folder", DECKS, ids=lambda p: p.name)
def test_shipped_decks_have_no_holes(folder: Path) -> None:
    result = load_deck(folder, today=date(2026, 12, 1))
    assert [p.format() for p in result.problems if p.code in ("TK107", "TK108")] == []


@pytest.mark.parametrize(
    ("hours", "needle", "fragment"),
    [
        (
            '{mon-fri: "08:00-15:30", "02-30": closed}',
            '"02-30"',
            "'02-30' is not a date that exists.",
        ),
        (
            '{mon-fri: "08:00-15:30", "2027-05-10..2027-05-01": closed}',
            '"2027-05-10..',
            "end before they begin, so they never occur",
        ),
        ('"Mo-Fr 08:00-15:30; Feb 31 off"', '"Mo-Fr 08:00-15:30; Feb 31', "'Feb 31' is not a date"),
        ('"Mo-Fr 8-"', '"Mo-Fr 8-"', "is not an opening_hours text the app can read"),
    ],
)
def test_unreadable_hours_are_tk026_at_their_line_with_an_example(
    tmp_path: Path, hours: str, needle: str, fragment: str
) -> None:
    text = DECK.format(**NO, office=hours, oncall="24/7")
    result = load_deck(write_deck(tmp_path / "d", text))
    [p] = [p for p in result.problems if p.code == "TK026"]
    assert p.line == where(text, needle)[0]
    assert fragment in p.text("en")
    assert "Write it like this, for example:" in p.text("en")


def test_the_app_opens_a_deck_without_the_authors_check(tmp_path: Path, monkeypatch) -> None:
    """The 12-month check is for the deck's authors (validate, hours, the map); opening
    a deck in the app leaves it out, and keeps every other problem."""
    from tiltakskort.deck import validate

    text = DECK.format(
        **NO,
        office='{mon-fri: "08:00-15:30"}',
        oncall='{mon-fri: "15:30-08:00", sat-sun: "00:00-24:00"}',
    )
    folder = write_deck(
        tmp_path / "d",
        text.replace(
            "steps: [Ring barnevernet.]", "steps: [Ring barnevernet.]\n    reviewed: 2020-01-01"
        ),
    )
    full = load_deck(folder, today=date(2026, 12, 1))
    lean = load_deck(folder, today=date(2026, 12, 1), coverage=False)
    assert {p.code for p in full.problems} - {p.code for p in lean.problems} == {"TK107"}
    assert lean.problems and [p for p in full.problems if p.code != "TK107"] == lean.problems

    def never(*_args: object) -> None:
        raise AssertionError("the coverage check ran")

    monkeypatch.setattr(validate, "_coverage", never)
    from tiltakskort.signing.trust import open_deck

    assert open_deck(folder, keys=[], coverage=False).result.deck is not None
