"""Several numbers for one contact (``phones``), each with a label; ``phone`` keeps working."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from tests.conftest import write_deck
from tests.deck.decktext import BASE, where
from tiltakskort.deck.loader import load_deck
from tiltakskort.deck.publicholidays import timezone_for
from tiltakskort.present import contact_lines

TWO = BASE.replace(
    """    phone: 69 10 20 30
    hours: 24/7""",
    """    phones:
      - {number: 71 69 91 31, label: Vakttelefon}
      - {number: 71 69 90 00, label: {nb: Sentralbord}}
      - 71 69 90 01
    hours: 24/7""",
).replace("contacts: [barnevern, politi]", "contacts: [vakt, barnevern]")


def test_phones_are_read_with_their_labels(tmp_path: Path) -> None:
    result = load_deck(write_deck(tmp_path / "d", TWO))
    assert result.problems == []
    vakt = result.deck.contacts["vakt"]
    assert vakt.main_phone is not None and vakt.main_phone.display == "71 69 91 31"
    assert [(n.phone.display, n.label.get("nb") if n.label else "") for n in vakt.numbers] == [
        ("71 69 91 31", "Vakttelefon"),
        ("71 69 90 00", "Sentralbord"),
        ("71 69 90 01", ""),
    ]
    # phone alone keeps working
    assert [n.phone.display for n in result.deck.contacts["barnevern"].numbers] == ["69 12 34 56"]


def test_the_card_shows_every_number(tmp_path: Path) -> None:
    deck = load_deck(write_deck(tmp_path / "d", TWO)).deck
    at = datetime(2026, 12, 7, 10, tzinfo=timezone_for("NO"))
    line = contact_lines(deck, deck.cards["barn"], "nb", at)[0]
    assert (line.phone, line.phone_uri) == ("71 69 91 31", "tel:+4771699131")
    assert [(n.label, n.display, n.uri) for n in line.more_numbers] == [
        ("Sentralbord", "71 69 90 00", "tel:+4771699000"),
        ("", "71 69 90 01", "tel:+4771699001"),
    ]
    assert "Sentralbord 71 69 90 00" in line.spoken


def test_a_bad_number_in_phones_is_tk027_at_its_line(tmp_path: Path) -> None:
    text = TWO.replace("71 69 90 00", "123")
    result = load_deck(write_deck(tmp_path / "d", text))
    [p] = result.problems
    assert p.code == "TK027" and (p.line, p.column) == where(text, "123")
