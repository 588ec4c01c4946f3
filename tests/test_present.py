"""The presentation model: what a card shows, in which order, in the card's language."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.conftest import write_deck
from tests.deck.decktext import BASE
from tiltakskort.deck.loader import load_deck
from tiltakskort.deck.publicholidays import timezone_for
from tiltakskort.present import contacts_now, present_card, present_walk
from tiltakskort.walk import Walk


@pytest.fixture
def deck(tmp_path: Path):
    result = load_deck(write_deck(tmp_path / "d", BASE), today=date(2026, 11, 22))
    assert result.ok
    return result.deck


def _ids(shown) -> list[str]:
    return [s.contact.id for s in shown]


def test_contacts_open_office_first(deck) -> None:
    card = deck.cards["barn"]
    shown = contacts_now(deck, card, datetime(2026, 11, 24, 10, 0))  # Tuesday morning
    assert _ids(shown) == ["barnevern", "politi"]
    assert shown[0].is_open is True


def test_closed_office_gets_after_hours_in_front(deck) -> None:
    card = deck.cards["barn"]
    shown = contacts_now(deck, card, datetime(2026, 11, 24, 18, 0))  # Tuesday evening
    # The after-hours service takes the closed office's place in the card's order;
    # the closed office itself goes last, after every contact that answers now.
    assert _ids(shown) == ["vakt", "politi", "barnevern"]
    assert shown[0].instead_of == "barnevern"
    assert shown[2].is_open is False
    assert shown[2].status.opens_at.hour == 8


def test_closed_on_christmas_day(deck) -> None:
    shown = contacts_now(deck, deck.cards["barn"], datetime(2026, 12, 25, 10, 0))
    assert _ids(shown) == ["vakt", "politi", "barnevern"]
    assert shown[2].status.opens_at.date() == date(2026, 12, 28)


# A Swedish deck whose office hands over to an on-call number, that one to the social
# services on call, and that one to the police: the whole chain, everywhere.
CHAIN = """\
format: tiltakskort/1
id: kedja
title: Handlingskort
municipality: Exempelby kommun
country: SE
languages: [sv, en]
reviewed: 2026-10-01
emergency:
  text: {sv: Akut fara? Ring 112, en: Acute danger? Call 112}
  phone: "112"
start: start
contacts:
  kontor:
    name: Socialkontoret
    phone: 0470-12 34 56
    hours: {mon-fri: "08:00-16:30"}
    after_hours: jour
  jour:
    name: Jourtelefonen
    phone: 0470-22 22 22
    hours: {mon-fri: "16:30-22:00"}
    after_hours: socialjour
  socialjour:
    name: Socialjouren
    phone: 0470-10 20 30
    hours: "Mo-Fr 22:00-08:00; Sa,Su 00:00-24:00"
    after_hours: polis
  polis:
    name: Polisen
    phone: "112"
    hours: 24/7
cards:
  start:
    title: Vad gäller det?
    options:
      - {label: Ett barn, goto: barn}
  barn:
    title: Barnet behöver hjälp
    urgent: true
    steps: [Ring socialtjänsten.]
    contacts: [kontor]
"""

SE = timezone_for("SE")
NIGHT = datetime(2026, 11, 25, 3, 0, tzinfo=SE)  # a Wednesday, 03:00
DAY = datetime(2026, 11, 24, 10, 0, tzinfo=SE)  # a Tuesday, 10:00


@pytest.fixture
def chain(tmp_path: Path):
    result = load_deck(write_deck(tmp_path / "kedja", CHAIN), today=date(2026, 11, 22))
    assert result.ok, [p.format("en") for p in result.problems]
    return result.deck


def test_at_night_the_first_open_contact_of_the_chain_answers_and_the_whole_chain_is_shown(
    chain,
) -> None:
    model = present_walk(Walk.from_path(chain, ["start", "barn"]), "sv", NIGHT)
    stand_in, office = model.contacts
    assert (stand_in.id, stand_in.instead_of) == ("socialjour", "kontor")
    assert stand_in.stands_in == "Utanför öppettid för Socialkontoret"
    assert stand_in.status == "Öppet nu – till 08:00" and stand_in.is_open is True
    assert office.is_open is False and office.status == "Stängt – öppnar kl. 08:00"
    assert [r.name for r in office.after_hours] == ["Jourtelefonen", "Socialjouren", "Polisen"]
    assert office.shown_after_hours == office.after_hours
    assert [r.status for r in office.after_hours] == [
        "Stängt – öppnar kl. 16:30",
        "Öppet nu – till 08:00",
        "Öppet dygnet runt",
    ]
    assert stand_in.shown_after_hours == ()  # it answers now
    assert model.contact_names == (
        "Socialkontoret",
        "Socialjouren",
        "Socialkontoret",
        "Jourtelefonen",
        "Socialjouren",
        "Polisen",
    )


def test_by_day_the_screen_shows_no_chain_but_paper_always_does(chain) -> None:
    card = chain.cards["barn"]
    [office] = present_card(chain, card, "sv", DAY).contacts
    assert office.is_open is True and office.shown_after_hours == ()
    assert len(office.after_hours) == 3
    [office] = present_card(chain, card, "sv", DAY, paper=True).contacts
    assert [r.name for r in office.shown_after_hours] == [
        "Jourtelefonen",
        "Socialjouren",
        "Polisen",
    ]


def test_the_booklet_prints_the_whole_chain(chain, tmp_path) -> None:
    from pypdf import PdfReader

    from tiltakskort.pdf import write_booklet

    write_booklet(tmp_path / "b.pdf", deck=chain, lang="sv", at=DAY)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "b.pdf").pages).split())
    card = text[text.index("Kort 2 · AKUT") :]
    assert (
        "Socialkontoret 0470-12 34 56 Utanför öppettid: Jourtelefonen 0470-22 22 22 → "
        "Socialjouren 0470-10 20 30 → Polisen 112"
    ) in card


def test_show_and_the_steps_printout_list_the_chain_of_a_closed_contact(chain, tmp_path) -> None:
    from pypdf import PdfReader

    from tiltakskort.pdf import write_steps
    from tiltakskort.textcard import render_card_text

    walk = Walk.from_path(chain, ["start", "barn"])
    text = render_card_text(walk, "sv", NIGHT)
    assert text.index("(Utanför öppettid för Socialkontoret)") < text.index("Socialjouren")
    tail = text[text.index("  Socialkontoret") :]
    assert "Utanför öppettid:" in tail
    assert tail.index("→ Jourtelefonen") < tail.index("→ Socialjouren") < tail.index("→ Polisen")
    write_steps(tmp_path / "s.pdf", walk=walk, lang="sv", at=NIGHT)
    pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "s.pdf").pages).split())
    assert (
        "Utanför öppettid: Jourtelefonen 0470-22 22 22 (Stängt – öppnar kl. 16:30) → Socialjouren"
        in pdf
    )


def test_a_chain_that_loops_ends_where_it_began(chain) -> None:
    from dataclasses import replace

    looped = replace(
        chain,
        contacts={
            **chain.contacts,
            "polis": replace(chain.contacts["polis"], after_hours="kontor"),
        },
    )
    [_, office] = present_card(looped, looped.cards["barn"], "sv", NIGHT).contacts
    assert [r.id for r in office.after_hours] == ["jour", "socialjour", "polis"]


def test_words_follow_the_card_language(chain) -> None:
    walk = Walk.from_path(chain, ["start", "barn"])
    en = present_walk(walk, "en", NIGHT)
    assert en.contacts[0].stands_in == "After hours for Socialkontoret"
    assert en.contacts[1].status == "Closed – opens at 08:00"
    assert en.headings.steps == "What to do" and en.headings.urgent == "URGENT"
    sv = present_walk(walk, "sv", NIGHT)
    assert (sv.headings.steps, sv.headings.contacts, sv.headings.urgent) == (
        "Gör så här",
        "Kontakter",
        "AKUT",
    )
    assert sv.contacts[1].hours == "mån.–fre. 08:00–16:30; stängt helgdagar"


def test_nynorsk_and_bokmal(deck) -> None:
    at = datetime(2026, 11, 28, 12, 0, tzinfo=timezone_for("NO"))  # a Saturday
    nn = present_card(deck, deck.cards["barn"], "nn", at)
    assert nn.headings.steps == "Dette gjer du"
    assert nn.contacts[-1].status == "Stengt – opnar må. kl. 08:00"
    assert nn.contacts[0].stands_in == "Utanom opningstid for Barneverntjenesten"
    nb = present_card(deck, deck.cards["barn"], "nb", at)
    assert nb.contacts[-1].status == "Stengt – åpner man. kl. 08:00"
    assert nb.contacts[-1].hours == "man.–fre. 08:00–15:45; stengt på helligdager"


def test_the_card_in_order(deck) -> None:
    walk = Walk.from_path(deck, ["start", "barn"])
    model = present_walk(walk, "nb", datetime(2026, 11, 24, 10, 0, tzinfo=timezone_for("NO")))
    assert (model.id, model.number, model.title, model.urgent) == ("barn", 2, "Barnet", False)
    assert [s.text for s in model.steps] == ["Ring barnevernet."] and model.options == ()
    assert [(a.question, a.answer, a.jumped) for a in model.answers] == [
        ("Hva er du bekymret for?", "Et barn", False)
    ]
    start = present_card(deck, deck.cards["start"], "nb")
    assert start.is_question and start.contacts == ()
    assert [(o.number, o.label, o.goto, o.goto_number) for o in start.options] == [
        (1, "Et barn", "barn", 2),
        (2, "En voksen", "voksen", 3),
    ]


def test_the_emergency_number_is_written_once(chain, deck) -> None:
    assert (
        present_card(chain, chain.cards["barn"], "sv", DAY).emergency.line == "Akut fara? Ring 112"
    )
    line = present_card(deck, deck.cards["barn"], "nb", DAY).emergency
    assert line.phone in line.line and line.line.count(line.phone) == 1


def test_the_model_is_immutable(chain) -> None:
    from dataclasses import FrozenInstanceError

    model = present_card(chain, chain.cards["barn"], "sv", NIGHT)
    with pytest.raises(FrozenInstanceError):
        model.title = "x"  # type: ignore[misc]
    assert isinstance(model.contacts, tuple) and isinstance(model.contacts[0].after_hours, tuple)


def test_present_imports_nothing_heavy() -> None:
    code = (
        "import sys, tiltakskort.present; "
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'reportlab', 'holidays', 'yaml', 'markdown_it')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
