"""The deck engine speaks the user's language: problems are codes and fields until an edge
translates them, into bokmål, nynorsk, Swedish or English."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import CARDS
from tiltakskort.cli import main
from tiltakskort.deck.loader import load_deck
from tiltakskort.deck.problems import CODES, title

# A Swedish region's deck, broken in four ways a coordinator could break it.
EDITS = [
    ('    phone: "114 14"\n', '    phone: "114"\n    notes: ring först\n'),
    ("reviewed: 2026-10-15", "reviewed: 2023-10-15"),
    (
        "    hours: 24/7\n    checked: 2026-10-15\n  vardguiden",
        '    hours: {mon-fry: "08:00-16:00"}\n    checked: 2026-10-15\n  vardguiden',
    ),
]

# What each language says about three of them (TK011, TK027, TK026), word for word.
EXPECTED = {
    "sv": [
        "TK011 error: 'notes' är inget fält i kontakten 'polis-ej-akut'. Menade du 'note'?",
        "TK027 error: Telefonnumret till kontakten 'polis-ej-akut': '114' är inget giltigt "
        "telefonnummer för Sverige (skriv t.ex. 08-123 456 78, eller ett utländskt nummer med +).",
        "TK026 error: Öppettiderna för kontakten 'polis-ej-akut' kan inte läsas: 'mon-fry' är "
        "ingen dag eller följd av dagar; använd mon..sun, t.ex. mon-fri. Menade du 'fri'? Skriv "
        'till exempel så här: mon-fri: "08:00-15:45"',
        "TK103 warning: Kortleken granskades senast 2023-10-15, för mer än 12 månader sedan; "
        "gå igenom den och uppdatera 'reviewed'.",
    ],
    "nn": [
        "TK011 error: 'notes' er ikkje eit felt i kontakten 'polis-ej-akut'. Meinte du 'note'?",
        "TK027 error: Telefonnummeret til kontakten 'polis-ej-akut': '114' er ikkje eit gyldig "
        "telefonnummer for Sverige (skriv t.d. 08-123 456 78, eller eit utanlandsk nummer med +).",
        "TK026 error: Opningstidene til kontakten 'polis-ej-akut' kan ikkje lesast: 'mon-fry' er "
        "ikkje ein dag eller eit tidsrom av dagar; bruk mon..sun, t.d. mon-fri. Meinte du 'fri'? "
        'Skriv til dømes slik: mon-fri: "08:00-15:45"',
        "TK103 warning: Kortstokken vart sist gått gjennom 2023-10-15, for meir enn 12 månader "
        "sidan; gå gjennom han og oppdater 'reviewed'.",
    ],
    "nb": [
        "TK011 error: 'notes' er ikke et felt i kontakten 'polis-ej-akut'. Mente du 'note'?",
        "TK027 error: Telefonnummeret til kontakten 'polis-ej-akut': '114' er ikke et gyldig "
        "telefonnummer for Sverige (skriv f.eks. 08-123 456 78, eller et utenlandsk nummer med +).",
        "TK026 error: Åpningstidene til kontakten 'polis-ej-akut' kan ikke leses: 'mon-fry' er "
        "ikke en dag eller et tidsrom av dager; bruk mon..sun, f.eks. mon-fri. Mente du 'fri'? "
        'Skriv for eksempel slik: mon-fri: "08:00-15:45"',
        "TK103 warning: Kortstokken ble sist gjennomgått 2023-10-15, for mer enn 12 måneder "
        "siden; gå gjennom den og oppdater 'reviewed'.",
    ],
    "en": [
        "TK011 error: 'notes' is not a field of the contact 'polis-ej-akut'. Did you mean 'note'?",
        "TK027 error: The phone number of the contact 'polis-ej-akut': '114' is not a valid "
        "phone number for Sweden (write e.g. 08-123 456 78, or a foreign number with +).",
        "TK026 error: The opening hours of the contact 'polis-ej-akut' cannot be read: 'mon-fry' "
        "is not a day or a range of days; use mon..sun, e.g. mon-fri. Did you mean 'fri'? Write it "
        'like this, for example: mon-fri: "08:00-15:45"',
        "TK103 warning: The deck was last reviewed 2023-10-15, more than 12 months ago; go "
        "through it and update 'reviewed'.",
    ],
}


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    folder = tmp_path / "exempelregionen"
    shutil.copytree(CARDS / "exempelregionen", folder)
    text = (folder / "deck.yaml").read_text(encoding="utf-8")
    for old, new in EDITS:
        assert old in text
        text = text.replace(old, new, 1)
    (folder / "deck.yaml").write_text(text, encoding="utf-8")
    return folder


def sentences(out: str) -> list[str]:
    """``CODE severity: sentence`` of each problem line, without the file and place."""
    return [line.split(": ", 1)[1] for line in out.splitlines() if ": TK" in line]


@pytest.mark.parametrize("lang", ["sv", "nn", "nb", "en"])
def test_validate_speaks_tiltakskort_lang(broken: Path, lang: str, monkeypatch, capsys) -> None:
    monkeypatch.setenv("TILTAKSKORT_LANG", lang)
    assert main(["validate", str(broken)]) == 1
    said = sentences(capsys.readouterr().out)
    for expected in EXPECTED[lang]:
        assert expected in said, (lang, said)
    if lang != "en":  # and nothing else is left in English
        english = {p.text("en") for p in load_deck(broken).problems}
        assert not any(line.split(": ", 1)[1] in english for line in said), said


def test_validate_without_tiltakskort_lang_speaks_the_system_language(
    broken: Path, monkeypatch, capsys
) -> None:
    monkeypatch.delenv("TILTAKSKORT_LANG")
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "sv_SE.UTF-8")
    main(["validate", str(broken)])
    assert EXPECTED["sv"][0] in sentences(capsys.readouterr().out)


def test_validate_json_speaks_the_language_too(broken: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("TILTAKSKORT_LANG", "nn")
    main(["validate", "--format", "json", str(broken)])
    messages = [p["message"] for p in json.loads(capsys.readouterr().out)]
    assert EXPECTED["nn"][0].split(": ", 1)[1] in messages


def test_problem_in_words_for_the_app(broken: Path) -> None:
    problem = next(p for p in load_deck(broken).problems if p.code == "TK011")
    assert problem.describe("sv").startswith("deck.yaml, rad ")
    assert problem.describe("sv").endswith("– TK011 (fel): " + problem.text("sv"))
    assert problem.describe("nn").startswith("deck.yaml, linje ")
    assert "(åtvaring)" in next(p for p in load_deck(broken).problems if not p.is_error).describe(
        "nn"
    )


def test_problem_about_the_whole_file_names_no_line_0(tmp_path: Path) -> None:
    """A missing or unreadable deck file is about the file: the app does not say
    "line 0, column 0"."""
    (tmp_path / "d").mkdir()
    [problem] = load_deck(tmp_path / "d").problems
    assert problem.line == 0
    for lang in ("nb", "nn", "sv", "en"):
        words = problem.describe(lang)
        assert words.startswith("deck.yaml – TK001 ("), words
        assert " 0" not in words.split(" – ")[0], words


def test_problems_are_not_formatted_until_asked(broken: Path) -> None:
    """The core keeps a message id and its fields; the edge picks the language."""
    problem = next(p for p in load_deck(broken).problems if p.code == "TK027")
    assert problem.message.msgid.startswith("{what}: '{number}' is not a valid phone number")
    assert problem.message.fields["number"] == "114"
    assert problem.text("sv") != problem.text("nb") != problem.text("en")


@pytest.mark.parametrize("lang", ["nb", "nn", "sv"])
def test_every_code_has_a_title_in_every_language(lang: str) -> None:
    for code in CODES:
        assert title(code, lang) != title(code, "en"), (code, lang)
    assert title("TK011", "sv") == "okänt fält"
