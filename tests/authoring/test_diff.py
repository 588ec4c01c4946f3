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
    assert (
        "  Kontakt «Barneverntjenesten» [barnevern]: telefon endret fra 69 12 34 56 til "
        "69 12 34 99\n"
    ) in out
    assert "1 endring." in out


def test_no_changes(tmp_path: Path, capsys) -> None:
    old = write_deck(tmp_path / "old", BASE)
    new = write_deck(
        tmp_path / "new",
        BASE.replace("69 12 34 56", "69123456").replace(
            "title: Bekymret?", "title: Bekymret?   # ny kommentar"
        ),
    )
    assert main(["diff", str(old), str(new)]) == 0
    assert "Ingen endringer" in capsys.readouterr().out


def test_english(tmp_path: Path) -> None:
    lines = diff(tmp_path, BASE, BASE.replace("69 12 34 56", "69 12 34 99"), ui="en")
    assert lines == [
        "Contact “Barneverntjenesten” [barnevern]: phone changed from 69 12 34 56 to 69 12 34 99"
    ]


def test_cards_added_removed_and_changed(tmp_path: Path) -> None:
    new = (
        BASE.replace("    title: Barnet\n", "    title: Barnet i fare\n    urgent: true\n")
        .replace(
            "    steps: [Ring barnevernet.]\n",
            "    steps: [Ring barnevernet., Skriv ned hva du så.]\n"
            "    links: [{label: Les mer, url: 'https://bufdir.no'}]\n",
        )
        .replace("contacts: [barnevern, politi]", "contacts: [barnevern]")
        .replace(
            "      - {label: En voksen, goto: voksen}\n", "      - {label: En eldre, goto: eldre}\n"
        )
        .replace("  voksen:\n    title: Den voksne\n", "  eldre:\n    title: Den eldre\n")
    )
    lines = diff(tmp_path, BASE, new)
    assert lines == [
        "Kort «Hva er du bekymret for?» [start]: svar 2 endret fra «En voksen» til «En eldre»",
        "Kort «Hva er du bekymret for?» [start]: svar 2 fører nå til eldre (før voksen)",
        "Kort «Barnet i fare» [barn]: tittel endret fra «Barnet» til «Barnet i fare»",
        "Kort «Barnet i fare» [barn]: steg 2 lagt til: «Skriv ned hva du så.»",
        "Kort «Barnet i fare» [barn]: kontakter endret fra barnevern, politi til barnevern",
        "Kort «Barnet i fare» [barn]: lenke 1 lagt til: «Les mer» (https://bufdir.no)",
        "Kort «Barnet i fare» [barn]: akutt endret fra nei til ja",
        "Kort «Den eldre» [eldre] lagt til",
        "Kort «Den voksne» [voksen] fjernet",
    ]


def test_contacts_and_hours(tmp_path: Path) -> None:
    new = (
        BASE.replace('hours: {mon-fri: "08:00-15:45"}', 'hours: "Mo-Fr 08:00-15:30; PH off"')
        .replace(
            "  vakt:\n",
            "  krisesenter:\n    name: Krisesenteret\n    phone: 69 30 30 30\n  vakt:\n",
        )
        .replace("    after_hours: vakt\n", "    after_hours: vakt\n    checked: 2026-10-01\n")
    )
    lines = diff(tmp_path, BASE, new)
    assert lines == [
        "Kontakt «Barneverntjenesten» [barnevern]: åpningstider endret fra man.–fre. 08:00–15:45; stengt på "
        "helligdager til man.–fre. 08:00–15:30; stengt på helligdager",
        "Kontakt «Barneverntjenesten» [barnevern]: sist sjekket lagt til: 2026-10-01",
        "Kontakt «Krisesenteret» [krisesenter] lagt til: 69 30 30 30",
    ]
    # the same hours written another way are no change
    same = BASE.replace('hours: {mon-fri: "08:00-15:45"}', 'hours: "Mo-Fr 08:00-15:45; PH off"')
    assert diff(tmp_path / "2", BASE, same) == []


def test_translations_are_compared_language_by_language(tmp_path: Path) -> None:
    old = BASE.replace("reviewed:", "languages: [nb, nn]\nreviewed:").replace(
        "title: Bekymret?", "title: {nb: Bekymret?, nn: Uroa?}"
    )
    new = old.replace("nn: Uroa?", "nn: Uroa for nokon?").replace(
        "title: Barnet", "title: {nb: Barnet, nn: Barnet}"
    )
    lines = diff(tmp_path, old, new)
    assert lines == [
        "Kortstokken: tittel (nn) endret fra «Uroa?» til «Uroa for nokon?»",
        "Kort «Barnet» [barn]: tittel (nn) lagt til: «Barnet»",
    ]


def test_deck_fields_municipalities_and_scenarios(tmp_path: Path) -> None:
    muni = (
        BASE.replace("municipality: Testby kommune\n", "").replace(
            "cards:\n",
            """\
municipalities:
  nordby: {name: Nordby, contacts: {barnevern: {phone: 69 11 22 33}}}
  sorvik: {name: Sørvik}
cards:
""",
        )
        + """\
scenarios:
  - {id: lise, title: Lise (7), story: Lise har blåmerker., expected: barn}
  - {id: per, title: Per, story: Per er redd., expected: voksen}
"""
    )
    new = (
        muni.replace("69 11 22 33", "69 11 22 44")
        .replace("  sorvik: {name: Sørvik}\n", "")
        .replace("reviewed: 2026-10-01", "reviewed: 2026-11-15\nversion: '2026.2'")
        .replace("expected: voksen", "expected: barn")
        .replace(
            "  - {id: lise", "  - {id: ole, title: Ole, story: x, expected: barn}\n  - {id: lise"
        )
    )
    lines = diff(tmp_path, muni, new)
    assert lines == [
        "Kortstokken: versjon lagt til: 2026.2",
        "Kortstokken: sist gjennomgått endret fra 2026-10-01 til 2026-11-15",
        "Kommune «nordby», kontakt «Barneverntjenesten» [barnevern]: telefon endret fra "
        "69 11 22 33 til 69 11 22 44",
        "Kommune «sorvik» fjernet",
        "Scenario «ole» lagt til: «Ole»",
        "Scenario «per»: forventet sluttkort endret fra voksen til barn",
    ]


def test_municipality_deck_against_the_regional_deck(tmp_path: Path, capsys) -> None:
    region = write_deck(
        tmp_path / "region",
        BASE.replace("id: test", "id: region").replace(
            "municipality: Testby kommune", "municipality: Regionen"
        ),
    )
    kommune = write_deck(
        tmp_path / "fjordvik",
        """\
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
""",
    )
    assert main(["diff", str(region), str(kommune)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:-1] == [
        "  Kortstokken: id endret fra region til fjordvik",
        "  Kortstokken: kommune endret fra «Regionen» til «Fjordvik kommune»",
        "  Kontakt «Barneverntjenesten» [barnevern]: telefon endret fra 69 12 34 56 til "
        "69 99 88 77",
        "  Kort «Den voksne i Fjordvik» [voksen]: tittel endret fra «Den voksne» til «Den voksne i Fjordvik»",
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
    old = BASE.replace(
        "    steps: [Ring barnevernet.]\n",
        "    steps: [Ring barnevernet.]\n"
        "    tags: [slag]\n    links: [{label: Les, url: 'https://a.no'}]\n",
    )
    new = old.replace("tags: [slag]", "tags: [slag, blåmerker]").replace(
        "https://a.no", "https://b.no"
    )
    assert diff(tmp_path, old, new) == [
        "Kort «Barnet» [barn]: lenke 1 (url) endret fra https://a.no til https://b.no",
        "Kort «Barnet» [barn]: stikkord 2 lagt til: «blåmerker»",
    ]


def test_content_changed_but_not_the_version(tmp_path: Path, capsys) -> None:
    versioned = BASE.replace("reviewed:", "version: '2026.2'\nreviewed:")
    old = write_deck(tmp_path / "old", versioned)
    new = write_deck(tmp_path / "new", versioned.replace("69 12 34 56", "69 12 34 99"))
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert (
        "Advarsel: innholdet er endret, men versjonen er fortsatt 2026.2. Øk 'version' "
        '(f.eks. til "2026.3")'
    ) in out
    raised = write_deck(
        tmp_path / "raised",
        versioned.replace("69 12 34 56", "69 12 34 99").replace("'2026.2'", "'2026.3'"),
    )
    assert main(["diff", str(old), str(raised)]) == 0
    assert "Advarsel" not in capsys.readouterr().out
    # without any version, the warning asks for one
    plain = write_deck(tmp_path / "plain", BASE.replace("69 12 34 56", "69 12 34 99"))
    assert main(["diff", str(write_deck(tmp_path / "base", BASE)), str(plain)]) == 0
    assert "kortstokken har ingen 'version'" in capsys.readouterr().out


def test_who_when_files_always_and_services(tmp_path: Path) -> None:
    from tests.deck.test_plans import DOCX, minimal_pdf

    old = (
        BASE.replace("start: start\n", "start: start\nalways:\n  - {label: Meld, goto: barn}\n")
        .replace(
            "    steps: [Ring barnevernet.]\n",
            "    steps:\n      - {text: Ring barnevernet., who: Du, when: samme dag}\n"
            "    files: [skjema.pdf]\n",
        )
        .replace("cards:\n", "services:\n  skole: {name: Skole}\ncards:\n")
    )
    new = (
        old.replace("who: Du, when: samme dag", "who: Leder, when: innen 14 dager")
        .replace("files: [skjema.pdf]", "files: [skjema.pdf, mal.docx]")
        .replace("{label: Meld, goto: barn}", "{label: Meld saken, goto: barn}")
        .replace(
            "  skole: {name: Skole}\n",
            "  skole:\n    name: Skole\n    steps:\n"
            "      barn: [{text: Drøft eleven., who: Kontaktlærer}]\n",
        )
    )
    a = load_deck(write_deck(tmp_path / "old", old, {"skjema.pdf": minimal_pdf()}))
    b = load_deck(
        write_deck(tmp_path / "new", new, {"skjema.pdf": minimal_pdf(b"/V 2"), "mal.docx": DOCX})
    )
    assert a.ok and b.ok, [p.format() for p in a.problems + b.problems]
    assert diff_decks(a.deck, b.deck) == [
        "Kortstokken: 'always'-svar 1 endret fra «Meld» til «Meld saken»",
        "Tjeneste «Skole» [skole], steg for kortet «Barnet» [barn]: steg 1 lagt til: "
        "«Drøft eleven.» (Kontaktlærer)",
        "Kort «Barnet» [barn]: steg 1, hvem endret fra «Du» til «Leder»",
        "Kort «Barnet» [barn]: steg 1, innen når endret fra «samme dag» til «innen 14 dager»",
        "Kort «Barnet» [barn]: fil 2 lagt til: mal (DOCX)",
        "Kort «Barnet» [barn]: skjema (PDF) endret (ny fil skjema.pdf)",
    ]


PHONES = BASE.replace(
    "    phone: 69 10 20 30\n",
    "    phones:\n      - {number: 69 10 20 30, label: Vakttelefon}\n"
    "      - {number: 69 10 20 00, label: Sentralbord}\n",
)


def test_phones_number_by_number(tmp_path: Path) -> None:
    new = (
        PHONES.replace("69 10 20 00", "69 10 20 01")
        .replace("label: Vakttelefon}", "label: Vakt}")
        .replace(
            "label: Sentralbord}\n",
            "label: Sentralbord}\n      - {number: 69 10 20 99, label: Faks}\n",
        )
    )
    lines = diff(tmp_path, PHONES, new)
    assert lines == [
        "Kontakt «Barnevernvakten» [vakt]: merkelapp for nummer 1 endret fra «Vakttelefon» "
        "til «Vakt»",
        "Kontakt «Barnevernvakten» [vakt]: nummer 2 endret fra 69 10 20 00 til 69 10 20 01",
        "Kontakt «Barnevernvakten» [vakt]: nummer 3 lagt til: 69 10 20 99 («Faks»)",
    ]
    # from one phone to a list of numbers, and back
    assert diff(tmp_path / "2", BASE, PHONES) == [
        "Kontakt «Barnevernvakten» [vakt]: telefon fjernet (var 69 10 20 30)",
        "Kontakt «Barnevernvakten» [vakt]: nummer 1 lagt til: 69 10 20 30 («Vakttelefon»)",
        "Kontakt «Barnevernvakten» [vakt]: nummer 2 lagt til: 69 10 20 00 («Sentralbord»)",
    ]
    # the same numbers written another way are no change
    assert diff(tmp_path / "3", PHONES, PHONES.replace("69 10 20 00", "69102000")) == []
    # a contact added with only phones: is said with its first number
    added = BASE.replace(
        "  vakt:\n",
        "  krise:\n    name: Krisesenteret\n    phones: "
        "[{number: 69 30 30 30, label: Døgnåpent}]\n  vakt:\n",
    )
    assert diff(tmp_path / "4", BASE, added) == [
        "Kontakt «Krisesenteret» [krise] lagt til: 69 30 30 30"
    ]


def test_hours_of_real_practice_in_words(tmp_path: Path) -> None:
    """An on-call service's night hours, a season, an eve and unknown hours, in words."""
    old = BASE.replace(
        "    phone: 69 10 20 30\n    hours: 24/7\n",
        '    phone: 69 10 20 30\n    hours: {mon-fri: "15:30-08:00", sat-sun: '
        '"00:00-24:00", holidays: "00:00-24:00"}\n',
    )
    new = old.replace('{mon-fri: "15:30-08:00"', '{mon-fri: "00:00-08:00, 15:30-24:00"')
    lines = diff(tmp_path, old, new)
    assert len(lines) == 1 and lines[0].startswith(
        "Kontakt «Barnevernvakten» [vakt]: åpningstider endret fra "
    )
    assert lines[0].endswith(
        "fra man.–fre. 15:30–08:00; lør.–søn. hele døgnet; helligdager hele "
        "døgnet til man.–fre. 00:00–08:00, 15:30–24:00; lør.–søn. hele "
        "døgnet; helligdager hele døgnet"
    )
    unknown = BASE.replace('    hours: {mon-fri: "08:00-15:45"}\n', "    hours: unknown\n")
    lines = diff(tmp_path / "2", BASE, unknown)
    assert lines == [
        "Kontakt «Barneverntjenesten» [barnevern]: åpningstider endret fra "
        "man.–fre. 08:00–15:45; stengt på helligdager til åpningstid ikke oppgitt"
    ]


def test_phones_put_in_another_order(tmp_path: Path) -> None:
    swapped = PHONES.replace(
        "      - {number: 69 10 20 30, label: Vakttelefon}\n      - {number: 69 10 20 00, label: Sentralbord}\n",
        "      - {number: 69 10 20 00, label: Sentralbord}\n      - {number: 69 10 20 30, label: Vakttelefon}\n",
    )
    assert diff(tmp_path, PHONES, swapped) == [
        "Kontakt «Barnevernvakten» [vakt]: rekkefølgen på numrene endret fra 69 10 20 30, "
        "69 10 20 00 til 69 10 20 00, 69 10 20 30"
    ]


def test_a_municipalitys_phones(tmp_path: Path) -> None:
    muni = BASE.replace("municipality: Testby kommune\n", "").replace(
        "cards:\n",
        """\
municipalities:
  nordby: {name: Nordby, contacts: {barnevern: {phones: [{number: 69 11 22 33, label: Vakt}]}}}
cards:
""",
    )
    assert diff(tmp_path, muni, muni.replace("label: Vakt}", "label: Vakttelefon}")) == [
        "Kommune «nordby», kontakt «Barneverntjenesten» [barnevern]: merkelapp for nummer 1 "
        "endret fra «Vakt» til «Vakttelefon»"
    ]
