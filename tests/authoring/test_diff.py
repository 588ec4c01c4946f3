"""``tiltakskort diff``: what changed between two decks, in words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_deck
from tests.deck.decktext import BASE
from tiltakskort.authoring.diff import diff_decks
from tiltakskort.cli import main
from tiltakskort.deck.loader import load_deck


@pytest.fixture(autouse=True)
def _bokmal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TILTAKSKORT_LANG", "nb")


def diff(tmp_path: Path, old: str, new: str, ui: str = "nb") -> list[str]:
    a = load_deck(write_deck(tmp_path / "old", old))
    b = load_deck(write_deck(tmp_path / "new", new))
    assert a.ok and b.ok, [p.format() for p in a.errors + b.errors]
    return diff_decks(a.deck, b.deck, ui)


def test_the_command_says_what_changed(tmp_path: Path, capsys) -> None:
    old = write_deck(tmp_path / "old", BASE)
    new = write_deck(tmp_path / "new", BASE.replace("69 12 34 56", "69 12 34 99"))
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "  Kontakt «barnevern»: telefon endret fra 69 12 34 56 til 69 12 34 99\n" in out
    assert "1 endring." in out


def test_no_changes(tmp_path: Path, capsys) -> None:
    old = write_deck(tmp_path / "old", BASE)
    new = write_deck(tmp_path / "new", BASE.replace("69 12 34 56", "69123456")
                     .replace("title: Bekymret?", "title: Bekymret?   # ny kommentar"))
    assert main(["diff", str(old), str(new)]) == 0
    assert "Ingen endringer" in capsys.readouterr().out


def test_english(tmp_path: Path) -> None:
    lines = diff(tmp_path, BASE, BASE.replace("69 12 34 56", "69 12 34 99"), ui="en")
    assert lines == ["Contact 'barnevern': phone changed from 69 12 34 56 to 69 12 34 99"]


def test_cards_added_removed_and_changed(tmp_path: Path) -> None:
    new = (BASE.replace("    title: Barnet\n", "    title: Barnet i fare\n    urgent: true\n")
           .replace("    steps: [Ring barnevernet.]\n",
                    "    steps: [Ring barnevernet., Skriv ned hva du så.]\n"
                    "    links: [{label: Les mer, url: 'https://bufdir.no'}]\n")
           .replace("contacts: [barnevern, politi]", "contacts: [barnevern]")
           .replace("      - {label: En voksen, goto: voksen}\n",
                    "      - {label: En eldre, goto: eldre}\n")
           .replace("  voksen:\n    title: Den voksne\n", "  eldre:\n    title: Den eldre\n"))
    lines = diff(tmp_path, BASE, new)
    assert lines == [
        "Kort «start»: svar 2 endret fra «En voksen» til «En eldre»",
        "Kort «start»: svar 2 fører nå til eldre (før voksen)",
        "Kort «barn»: tittel endret fra «Barnet» til «Barnet i fare»",
        "Kort «barn»: steg 2 lagt til: «Skriv ned hva du så.»",
        "Kort «barn»: kontakter endret fra barnevern, politi til barnevern",
        "Kort «barn»: lenke 1 lagt til: «Les mer» (https://bufdir.no)",
        "Kort «barn»: akutt endret fra nei til ja",
        "Kort «eldre» lagt til: «Den eldre»",
        "Kort «voksen» fjernet (var «Den voksne»)",
    ]


def test_contacts_and_hours(tmp_path: Path) -> None:
    new = (BASE.replace('hours: {mon-fri: "08:00-15:45"}', 'hours: "Mo-Fr 08:00-15:30; PH off"')
           .replace("  vakt:\n", "  krisesenter:\n    name: Krisesenteret\n"
                    "    phone: 69 30 30 30\n  vakt:\n")
           .replace("    after_hours: vakt\n", "    after_hours: vakt\n    checked: 2026-10-01\n"))
    lines = diff(tmp_path, BASE, new)
    assert lines == [
        "Kontakt «barnevern»: åpningstider endret fra man.–fre. 08:00–15:45; stengt på "
        "helligdager til man.–fre. 08:00–15:30; stengt på helligdager",
        "Kontakt «barnevern»: sist sjekket lagt til: 2026-10-01",
        "Kontakt «krisesenter» lagt til: «Krisesenteret», 69 30 30 30",
    ]
    # the same hours written another way are no change
    same = BASE.replace('hours: {mon-fri: "08:00-15:45"}', 'hours: "Mo-Fr 08:00-15:45; PH off"')
    assert diff(tmp_path / "2", BASE, same) == []


def test_translations_are_compared_language_by_language(tmp_path: Path) -> None:
    old = BASE.replace("reviewed:", "languages: [nb, nn]\nreviewed:").replace(
        "title: Bekymret?", "title: {nb: Bekymret?, nn: Uroa?}")
    new = old.replace("nn: Uroa?", "nn: Uroa for nokon?").replace(
        "title: Barnet", "title: {nb: Barnet, nn: Barnet}")
    lines = diff(tmp_path, old, new)
    assert lines == [
        "Kortstokken: tittel (nn) endret fra «Uroa?» til «Uroa for nokon?»",
        "Kort «barn»: tittel (nn) lagt til: «Barnet»",
    ]


def test_deck_fields_municipalities_and_scenarios(tmp_path: Path) -> None:
    muni = BASE.replace("municipality: Testby kommune\n", "").replace("cards:\n", """\
municipalities:
  nordby: {name: Nordby, contacts: {barnevern: {phone: 69 11 22 33}}}
  sorvik: {name: Sørvik}
cards:
""") + """\
scenarios:
  - {id: lise, title: Lise (7), story: Lise har blåmerker., expected: barn}
  - {id: per, title: Per, story: Per er redd., expected: voksen}
"""
    new = (muni.replace("69 11 22 33", "69 11 22 44").replace("  sorvik: {name: Sørvik}\n", "")
           .replace("reviewed: 2026-10-01", "reviewed: 2026-11-15\nversion: '2026.2'")
           .replace("expected: voksen", "expected: barn")
           .replace("  - {id: lise", "  - {id: ole, title: Ole, story: x, expected: barn}\n"
                                     "  - {id: lise"))
    lines = diff(tmp_path, muni, new)
    assert lines == [
        "Kortstokken: versjon lagt til: 2026.2",
        "Kortstokken: sist gjennomgått endret fra 2026-10-01 til 2026-11-15",
        "Kommune «nordby», kontakt «barnevern»: telefon endret fra 69 11 22 33 til 69 11 22 44",
        "Kommune «sorvik» fjernet",
        "Scenario «ole» lagt til: «Ole»",
        "Scenario «per»: forventet sluttkort endret fra voksen til barn",
    ]


def test_municipality_deck_against_the_regional_deck(tmp_path: Path, capsys) -> None:
    region = write_deck(tmp_path / "region", BASE.replace("id: test", "id: region").replace(
        "municipality: Testby kommune", "municipality: Regionen"))
    kommune = write_deck(tmp_path / "fjordvik", """\
format: tiltakskort/1
extends: ../region
id: fjordvik
municipality: Fjordvik kommune
contacts:
  barnevern: {phone: 69 99 88 77}
cards:
  voksen:
    title: Den voksne i Fjordvik
    steps: [Snakk med lederen din.]
    contacts: [politi]
""")
    assert main(["diff", str(region), str(kommune)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:-1] == [
        "  Kortstokken: id endret fra region til fjordvik",
        "  Kortstokken: kommune endret fra «Regionen» til «Fjordvik kommune»",
        "  Kontakt «barnevern»: telefon endret fra 69 12 34 56 til 69 99 88 77",
        "  Kort «voksen»: tittel endret fra «Den voksne» til «Den voksne i Fjordvik»",
    ]


def test_deck_with_errors_gives_problems_and_exit_1(tmp_path: Path, capsys) -> None:
    old = write_deck(tmp_path / "old", BASE)
    new = write_deck(tmp_path / "new", BASE.replace("cards:\n", "contact: x\ncards:\n"))
    assert main(["diff", str(old), str(new)]) == 1
    captured = capsys.readouterr()
    assert "TK011" in captured.err and "Traceback" not in captured.err
    assert captured.out == ""
    assert main(["diff", str(old), str(tmp_path / "finnes-ikke")]) == 1
    assert "TK001" in capsys.readouterr().err


def test_tags_and_links(tmp_path: Path) -> None:
    old = BASE.replace("    steps: [Ring barnevernet.]\n", "    steps: [Ring barnevernet.]\n"
                       "    tags: [slag]\n    links: [{label: Les, url: 'https://a.no'}]\n")
    new = old.replace("tags: [slag]", "tags: [slag, blåmerker]").replace(
        "https://a.no", "https://b.no")
    assert diff(tmp_path, old, new) == [
        "Kort «barn»: lenke 1 (url) endret fra https://a.no til https://b.no",
        "Kort «barn»: stikkord 2 lagt til: «blåmerker»",
    ]
