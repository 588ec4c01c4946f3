"""Real plans: steps with who and when, files in the deck, options on every question
card, and the services staff work in (issue 15, the deck side)."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import CARDS, write_deck
from tests.deck.decktext import BASE
from tiltakskort.deck.deadline import due_date, parse_duration
from tiltakskort.deck.loader import load_deck


def codes(result) -> list[str]:
    return [p.code for p in result.problems]


def minimal_pdf(extra: bytes = b"") -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog " + extra + b" >> endobj\ntrailer\n"
        b"<< /Root 1 0 R >>\n%%EOF\n"
    )


def zipped(members: dict[str, bytes], first: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        if first is not None:
            z.writestr(first, members.pop(first))
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


DOCX = zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
XLSX = zipped({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
ODT = zipped(
    {
        "mimetype": b"application/vnd.oasis.opendocument.text",
        "content.xml": b"<office:document-content/>",
    },
    first="mimetype",
)


# -- steps: who and when ------------------------------------------------------------


STEPS = BASE.replace(
    "    steps: [Ring barnevernet.]\n",
    """\
    steps:
      - Ring barnevernet.
      - text: Skriv et undringsnotat.
        who: Medarbeideren som eier bekymringen
        when: samme dag
      - {text: Ta en beslutning., who: Leder, when: innen 14 dager}
      - {text: Evaluer., when: på evalueringsmøtet}
""",
)


def test_a_step_says_who_does_it_and_by_when(tmp_path: Path) -> None:
    result = load_deck(write_deck(tmp_path, STEPS))
    assert result.problems == []
    plain, note, decision, evaluate = result.deck.cards["barn"].steps
    assert plain.get() == "Ring barnevernet." and plain.who is None and plain.when is None
    assert note.get() == "Skriv et undringsnotat."
    assert note.who.get() == "Medarbeideren som eier bekymringen"
    assert note.when.text.get() == "samme dag"
    assert note.when.due(date(2026, 12, 1)) == date(2026, 12, 1)
    assert decision.when.due(date(2026, 12, 1)) == date(2026, 12, 15)
    # a when that names no duration is shown as written and has no date
    assert evaluate.when.text.get() == "på evalueringsmøtet"
    assert not evaluate.when.is_duration and evaluate.when.due(date(2026, 12, 1)) is None


def test_mistakes_in_a_step_are_named(tmp_path: Path) -> None:
    bad = BASE.replace(
        "    steps: [Ring barnevernet.]\n",
        """\
    steps:
      - {text: Ring., hvem: Leder}
      - {who: Leder, when: samme dag}
""",
    )
    result = load_deck(write_deck(tmp_path, bad))
    messages = [p.text() for p in result.problems]
    assert codes(result) == ["TK011", "TK010"], messages
    assert "'hvem' is not a field of step 1 of the steps of the card 'barn'" in messages[0]
    assert "has no 'text'" in messages[1]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("samme dag", (0, "days")),
        ("Samma dag som vi tar emot din orosanmälan", (0, "days")),
        ("same dag", (0, "days")),
        ("straks", (0, "days")),
        ("innen 14 dager", (14, "days")),
        ("frist for å ta en beslutning 14 dager etter at bekymring oppstår", (14, "days")),
        ("14 dagers frist", (14, "days")),
        ("inom 3 arbetsdagar", (3, "workdays")),
        ("innen 3 virkedager", (3, "workdays")),
        ("within 2 weeks", (2, "weeks")),
        ("innen to uker", (2, "weeks")),
        ("innan ei veke", (1, "weeks")),
        ("innen 3 måneder", (3, "months")),
        ("innen 24 timer", (1, "days")),
        ("før neste møte", None),
        ("på evalueringsmøtet", None),
    ],
)
def test_durations_in_the_app_languages(text: str, found) -> None:
    assert parse_duration(text) == found


def test_due_dates() -> None:
    start = date(2026, 12, 21)  # Monday before Christmas
    assert due_date(start, 14, "days") == date(2027, 1, 4)
    assert due_date(start, 2, "weeks") == date(2027, 1, 4)
    # working days skip Christmas Eve, Christmas Day and the weekend after it
    assert due_date(start, 3, "workdays") == date(2026, 12, 28)
    # ... and New Year's Eve and New Year's Day
    assert due_date(date(2026, 12, 30), 1, "workdays") == date(2027, 1, 4)
    assert due_date(date(2027, 1, 31), 1, "months") == date(2027, 2, 28)


# -- files ------------------------------------------------------------------------------


FILES = BASE.replace(
    "start: start\n",
    """\
start: start
files:
  - {file: skjema/veileder.pdf, label: Veilederen}
""",
).replace(
    "    steps: [Ring barnevernet.]\n",
    """\
    steps: [Ring barnevernet.]
    files:
      - skjema/undringsnotat.docx
      - {file: skjema/stafettlogg.odt, label: Stafettlogg}
      - {file: skjema/oversikt.xlsx, label: Oversikt}
""",
)
GOOD = {
    "skjema/veileder.pdf": minimal_pdf(),
    "skjema/undringsnotat.docx": DOCX,
    "skjema/stafettlogg.odt": ODT,
    "skjema/oversikt.xlsx": XLSX,
}


def test_files_go_with_cards_and_the_deck(tmp_path: Path) -> None:
    folder = write_deck(tmp_path, FILES, GOOD)
    result = load_deck(folder)
    assert result.problems == []
    deck = result.deck
    assert [d.display() for d in deck.documents] == ["Veilederen (PDF)"]
    docs = deck.cards["barn"].documents
    assert [d.display() for d in docs] == [
        "undringsnotat (DOCX)",
        "Stafettlogg (ODT)",
        "Oversikt (XLSX)",
    ]
    assert docs[0].path == (folder / "skjema" / "undringsnotat.docx").resolve()
    assert docs[0].name == "skjema/undringsnotat.docx"


@pytest.mark.parametrize(
    ("written", "code", "words"),
    [
        ("../utenfor.pdf", "TK024", "inside the deck folder"),
        ("/etc/passwd.pdf", "TK024", "inside the deck folder"),
        ("C:\\skjema\\x.pdf", "TK024", "inside the deck folder"),
        ("skjema/mangler.pdf", "TK024", "does not exist"),
        ("skjema/program.exe", "TK031", "only PDF, DOCX, ODT and XLSX"),
        ("skjema/makro.docm", "TK031", "only PDF, DOCX, ODT and XLSX"),
        ("skjema/zip-som-pdf.pdf", "TK031", "not a PDF document"),
        ("skjema/pdf-som-docx.docx", "TK031", "not a DOCX document"),
        ("skjema/docx-som-odt.odt", "TK031", "not an ODT text document"),
        ("skjema/skript.pdf", "TK031", "scripts"),
        ("skjema/makroer.docx", "TK031", "macros"),
        ("skjema/makroer.odt", "TK031", "macros"),
    ],
)
def test_files_that_cannot_go_with_a_deck(
    tmp_path: Path, written: str, code: str, words: str
) -> None:
    bad = {
        "skjema/program.exe": b"MZ",
        "skjema/makro.docm": DOCX,
        "skjema/zip-som-pdf.pdf": DOCX,
        "skjema/pdf-som-docx.docx": minimal_pdf(),
        "skjema/docx-som-odt.odt": DOCX,
        "skjema/skript.pdf": minimal_pdf(b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"),
        "skjema/makroer.docx": zipped(
            {"[Content_Types].xml": b"", "word/document.xml": b"", "word/vbaProject.bin": b"\0"}
        ),
        "skjema/makroer.odt": zipped(
            {
                "mimetype": b"application/vnd.oasis.opendocument.text",
                "Basic/Standard/Module1.xml": b"",
            },
            first="mimetype",
        ),
    }
    (tmp_path / "utenfor.pdf").write_bytes(minimal_pdf())
    text = BASE.replace(
        "    steps: [Ring barnevernet.]\n",
        f"    steps: [Ring barnevernet.]\n    files: ['{written}']\n",
    )
    result = load_deck(write_deck(tmp_path / "deck", text, bad))
    assert codes(result) == [code]
    assert words in result.problems[0].text()
    assert result.problems[0].line == text.splitlines().index(f"    files: ['{written}']") + 1
    assert result.deck.cards["barn"].documents == ()


def test_a_file_over_the_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tiltakskort.deck import documents

    monkeypatch.setattr(documents, "MAX_BYTES", 1024 * 1024)
    text = BASE.replace(
        "    steps: [Ring barnevernet.]\n",
        "    steps: [Ring barnevernet.]\n    files: [stor.pdf]\n",
    )
    big = minimal_pdf() + b" " * (1536 * 1024)
    result = load_deck(write_deck(tmp_path, text, {"stor.pdf": big}))
    assert codes(result) == ["TK031"]
    assert "it is 1.5 MB; a file in a deck may be at most 1 MB" in result.problems[0].text()


def test_files_are_signed_with_the_deck(tmp_path: Path) -> None:
    from tiltakskort.signing.deck import sign_deck, verify_deck
    from tiltakskort.signing.minisign import generate

    folder = write_deck(tmp_path, FILES, GOOD)
    key = generate()
    sign_deck(folder, key, deck_id="test", version="1", municipality="Testby kommune")
    assert verify_deck(folder, [key.public_key()]).ok
    (folder / "skjema" / "stafettlogg.odt").write_bytes(ODT + b"x")
    check = verify_deck(folder, [key.public_key()])
    assert check.status == "altered" and check.changed == ["skjema/stafettlogg.odt"]


# -- options on every question card --------------------------------------------------


ALWAYS = (
    BASE.replace(
        "start: start\n",
        """\
start: start
always:
  - {label: Mistanke om vold – meld, goto: meld, hint: På alle nivå}
  - {label: Et barn, goto: barn}
""",
    )
    .replace(
        "  barn:\n",
        """\
  niva:
    title: Nivå 1
    options:
      - {label: Videre, goto: voksen}
      - {label: Tilbake, goto: start}
  uten:
    title: Uten veien ut
    always: false
    options:
      - {label: Videre, goto: voksen}
      - {label: Nivå, goto: niva}
  meld:
    title: Meld saken
    steps: [Meld til barnevernet samme dag.]
  barn:
""",
    )
    .replace(
        "      - {label: En voksen, goto: voksen}\n",
        "      - {label: En voksen, goto: voksen}\n      - {label: Nivå, goto: niva}\n"
        "      - {label: Uten, goto: uten}\n",
    )
)


def test_always_options_come_under_every_question_cards_own(tmp_path: Path) -> None:
    result = load_deck(write_deck(tmp_path, ALWAYS))
    # 'meld' is reached only through the always option: not TK101
    assert result.problems == []
    deck = result.deck
    labels = [o.label.get() for o in deck.options_of(deck.cards["niva"])]
    assert labels == ["Videre", "Tilbake", "Mistanke om vold – meld", "Et barn"]
    # one that leads where an own option already goes is not shown twice
    assert [o.goto for o in deck.options_of(deck.cards["start"])] == [
        "barn",
        "voksen",
        "niva",
        "uten",
        "meld",
    ]
    # a card that says always: false, and end cards, get none
    assert deck.options_of(deck.cards["uten"]) == deck.cards["uten"].options
    assert deck.options_of(deck.cards["meld"]) == ()


def test_always_options_are_checked(tmp_path: Path) -> None:
    bad = ALWAYS.replace("goto: meld, hint", "goto: meldd, hint")
    result = load_deck(write_deck(tmp_path, bad))
    assert "TK020" in codes(result)
    problem = next(p for p in result.problems if p.code == "TK020")
    assert "'always' names the card 'meldd'" in problem.text() and "meld" in problem.text()
    many = ALWAYS.replace(
        "      - {label: Tilbake, goto: start}\n",
        "".join(f"      - {{label: Svar {i}, goto: voksen}}\n" for i in range(7)),
    )
    result = load_deck(write_deck(tmp_path / "many", many))
    assert codes(result) == ["TK012"]
    assert "10 options with the deck's 'always' options" in result.problems[0].text()


# -- services -------------------------------------------------------------------------


SERVICES = BASE.replace(
    "cards:\n",
    """\
services:
  skole:
    name: Skole
    contacts:
      barnevern: {name: Barnevernet for skolene, phone: 69 12 34 77}
    steps:
      barn:
        - {text: Drøft eleven i elevsaksmøtet., who: Kontaktlærer, when: innen 14 dager}
  nav:
    name: NAV
    start: voksen
cards:
""",
)


def test_a_service_replaces_contacts_adds_steps_and_chooses_its_start(tmp_path: Path) -> None:
    result = load_deck(write_deck(tmp_path, SERVICES))
    assert result.problems == []
    deck = result.deck
    assert list(deck.services) == ["skole", "nav"]
    skole = deck.for_service("skole")
    assert skole.service_id == "skole" and skole.service_name() == "Skole"
    barnevern = skole.contacts["barnevern"]
    assert barnevern.display_name() == "Barnevernet for skolene"
    assert barnevern.phone.display == "69 12 34 77"
    assert barnevern.after_hours == "vakt"  # the fields it does not set stay the deck's
    steps = skole.cards["barn"].steps
    assert [s.get() for s in steps] == ["Ring barnevernet.", "Drøft eleven i elevsaksmøtet."]
    assert steps[1].who.get() == "Kontaktlærer"
    assert skole.start == "start"
    assert deck.for_service("nav").start == "voksen"
    assert deck.for_service(None) is deck and deck.for_service("finnes-ikke") is deck


def test_municipality_first_then_the_service(tmp_path: Path) -> None:
    text = SERVICES.replace("municipality: Testby kommune\n", "").replace(
        "services:\n",
        """\
municipalities:
  nordby: {name: Nordby, contacts: {barnevern: {phone: 69 11 22 33, email: bv@nordby.no}}}
services:
""",
    )
    deck = load_deck(write_deck(tmp_path, text)).deck
    view = deck.view("nordby", "skole")
    assert view.municipality_id == "nordby" and view.service_id == "skole"
    assert view.contacts["barnevern"].phone.display == "69 12 34 77"  # the service's
    assert view.contacts["barnevern"].email == "bv@nordby.no"  # the municipality's


def test_services_are_checked_like_municipalities(tmp_path: Path) -> None:
    bad = (
        SERVICES.replace(
            "      barnevern: {name: Barnevernet", "      barnvern: {name: Barnevernet"
        )
        .replace("      barn:\n        - {text: Drøft", "      bran:\n        - {text: Drøft")
        .replace("start: voksen", "start: vokse")
        .replace(
            "    name: NAV\n", "    name: NAV\n    contacts: {vakt: {after_hours: barnevern}}\n"
        )
    )
    result = load_deck(write_deck(tmp_path, bad))
    assert sorted(codes(result)) == ["TK020", "TK020", "TK021", "TK022"]
    text = " ".join(p.text() for p in result.problems).lower()
    assert "the service 'nav' names the card 'vokse'" in text
    assert "did you mean 'voksen'?" in text and "did you mean 'barnevern'?" in text
    assert "the service 'skole' names the card 'bran'" in text


def test_a_card_reached_only_from_a_services_start_is_reachable(tmp_path: Path) -> None:
    text = (
        SERVICES.replace("start: voksen", "start: egen")
        + """\
  egen:
    title: Bare for NAV
    steps: [Snakk med veilederen.]
"""
    )
    assert load_deck(write_deck(tmp_path, text)).problems == []


# -- TK104 and TK027 ---------------------------------------------------------------------


def test_a_wrong_number_is_not_also_said_to_be_missing(tmp_path: Path) -> None:
    # a number that cannot be right is one error (TK027), not also "has no number" (TK104)
    text = BASE.replace("    phone: 69 10 20 30\n", "    phone: 69 10 20\n")
    assert codes(load_deck(write_deck(tmp_path, text))) == ["TK027"]
    text = BASE.replace("    phone: 69 10 20 30\n", "")
    assert codes(load_deck(write_deck(tmp_path / "none", text))) == ["TK104"]


# -- the BTI example deck ------------------------------------------------------------------


def test_the_bti_example_deck() -> None:
    result = load_deck(CARDS / "bti-eksempel")
    assert result.problems == []
    deck = result.deck
    questions = [c for c in deck.cards.values() if c.is_question]
    assert {"niva-0", "niva-1", "niva-2", "niva-3"} <= {c.id for c in questions}
    for card in deck.cards.values():
        for step in card.steps:
            assert step.who is not None and step.when is not None, (card.id, step.get())
        if card.is_question:
            gotos = [o.goto for o in deck.options_of(card)]
            assert "meld-barnevern" in gotos and "akutt" in gotos, card.id
    kinds = {d.kind for c in deck.cards.values() for d in c.documents}
    assert kinds == {"pdf", "docx", "odt"}
    assert set(deck.services) == {"barnehage", "skole", "helsestasjon", "nav"}
    national = {c.phone.display for c in deck.contacts.values()}
    assert {"112", "113", "116 111", "116 006", "02800"} <= national
