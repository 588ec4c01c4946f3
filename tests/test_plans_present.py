"""Real plans on screen, in ``show`` and on paper: who and when with the deadline's day,
the deck's files, the way out on every question, and the service the reader works in."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from tests.conftest import CARDS
from tiltakskort.cli import main
from tiltakskort.deck.loader import load_deck
from tiltakskort.deck.publicholidays import timezone_for
from tiltakskort.present import present_card, present_walk
from tiltakskort.walk import Walk, WalkError

AT = datetime(2026, 12, 1, 10, 0, tzinfo=timezone_for("NO"))  # a Tuesday


@pytest.fixture(scope="module")
def bti():
    return load_deck(CARDS / "bti-eksempel").deck


def test_steps_say_who_and_by_when_with_the_day(bti) -> None:
    model = present_card(bti, bti.cards["niva-1-tiltak"], "nb", AT)
    first = model.steps[0]
    assert first.text == "Ta en beslutning om videre oppfølging."
    assert first.who == "Leder"
    assert first.due == date(2026, 12, 15)
    assert first.detail == (
        "Hvem: Leder · Når: senest 14 dager etter at bekymringen oppsto (frist 15.12.2026)"
    )
    # a when without a duration is shown as written
    evaluate = present_card(bti, bti.cards["niva-1-evaluer"], "nb", AT).steps[0]
    assert evaluate.due is None and evaluate.detail.endswith("Når: på avtalt evalueringsdato")
    # a booklet kept for months gives no day
    undated = present_card(bti, bti.cards["niva-1-tiltak"], "nb", AT, paper=True, dated=False)
    assert undated.steps[0].due is None and "frist" not in undated.steps[0].detail


def test_working_days_skip_the_holidays(bti) -> None:
    christmas = datetime(2026, 12, 23, 9, 0, tzinfo=timezone_for("NO"))
    step = present_card(bti, bti.cards["anonym-drofting"], "nb", christmas).steps[0]
    assert step.when == "innen 3 virkedager" and step.due == date(2026, 12, 30)


def test_the_card_lists_its_files_then_the_decks(bti) -> None:
    model = present_card(bti, bti.cards["niva-2-samarbeid"], "nb", AT)
    assert [(d.display, d.deck_wide) for d in model.documents] == [
        ("Samtykke til samarbeid (PDF)", False),
        ("Stafettlogg (ODT)", False),
        ("BTI-handlingsveilederen (kortversjon) (PDF)", True),
    ]
    assert model.headings.files == "Skjemaer og dokumenter"
    assert all(
        d.path.is_file() and d.path.is_relative_to(CARDS / "bti-eksempel") for d in model.documents
    )


def test_the_way_out_is_under_every_question_and_can_be_walked(bti) -> None:
    model = present_card(bti, bti.cards["niva-1"], "nb", AT)
    assert [(o.number, o.goto, o.always) for o in model.options][-2:] == [
        (4, "meld-barnevern", True),
        (5, "akutt", True),
    ]
    walk = Walk.from_path(bti, ["start", "niva-1", "meld-barnevern"])
    assert walk.current.id == "meld-barnevern"
    trail = present_walk(walk, "nb", AT).answers
    assert trail[-1].answer == "Mistanke om vold, overgrep eller alvorlig omsorgssvikt"
    niva0 = Walk.start(bti).choose(0)  # four options of its own, then the two always ones
    assert niva0.choose(4).current.id == "meld-barnevern"
    assert niva0.choose(5).current.id == "akutt"
    with pytest.raises(WalkError):
        niva0.choose(6)


def test_a_service_changes_contacts_steps_and_the_start(bti) -> None:
    skole = bti.for_service("skole")
    model = present_card(skole, skole.cards["niva-1-tiltak"], "nb", AT)
    assert model.service == "Skole og SFO"
    assert model.steps[-1].who == "Kontaktlærer (stafettholder)"
    assert "Rektor" in model.contact_names
    nav = bti.for_service("nav")
    assert Walk.start(nav).current.id == "niva-0"


def test_show_and_print_follow_the_service(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TILTAKSKORT_LANG", "nb")
    deck = str(CARDS / "bti-eksempel")
    path = "start,niva-1,niva-1-tiltak"
    assert (
        main(["show", deck, "--path", path, "--service", "barnehage", "--at", "2026-12-01 10:00"])
        == 0
    )
    out = capsys.readouterr().out
    assert "Eksempelvik kommune · Barnehage" in out.splitlines()[0]
    assert "      Hvem: Leder · Når: innen 14 dager (frist 15.12.2026)" in out
    assert "Ta opp bekymringen i møtet for pedagogiske ledere." in out
    assert "Styreren i barnehagen" in out
    assert (
        "SKJEMAER OG DOKUMENTER" in out and "  • Stafettlogg (ODT): skjema/stafettlogg.odt" in out
    )
    assert main(["show", deck, "--path", path, "--service", "sykehus"]) == 2
    assert "ingen tjeneste 'sykehus'" in capsys.readouterr().err
    assert main(["show", str(CARDS / "eksempel"), "--path", "start", "--service", "x"]) == 2

    pdfium = pytest.importorskip("pypdfium2")
    target = tmp_path / "steg.pdf"
    assert (
        main(
            [
                "print",
                deck,
                "--path",
                path,
                "--service",
                "barnehage",
                "--at",
                "2026-12-01 10:00",
                "-o",
                str(target),
            ]
        )
        == 0
    )
    text = "".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(target))
    assert "Hvem: Leder · Når: innen 14 dager (frist 15.12.2026)" in text
    assert "Stafettlogg (ODT)" in text and "Eksempelvik kommune · Barnehage" in text
    booklet = tmp_path / "kort.pdf"
    assert main(["booklet", deck, "--service", "skole", "-o", str(booklet)]) == 0
    text = "".join(page.get_textpage().get_text_range() for page in pdfium.PdfDocument(booklet))
    assert "Hvem: Kontaktlærer (stafettholder) · Når: innen 14 dager" in text
    assert "frist" not in text
    assert "BTI-handlingsveilederen (kortversjon) (PDF)" in text
