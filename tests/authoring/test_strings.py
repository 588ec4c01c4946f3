"""Translations through CSV: export, import into deck.yaml keeping comments, TK102 gone."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

pytest.importorskip("ruamel.yaml")  # a dependency of strings import (see pyproject.toml)

from tests.conftest import write_deck  # noqa: E402
from tests.deck.decktext import BASE  # noqa: E402
from tiltakskort.cli import main  # noqa: E402
from tiltakskort.deck.loader import load_deck  # noqa: E402

DECK = (
    BASE.replace("reviewed: 2026-10-01\n", "languages: [nb, nn, en]   # bokmål først\n")
    .replace("title: Bekymret?", "title: Bekymret?   # vises i tittellinjen")
    .replace(
        "    title: Barnet\n",
        """\
    title: {nb: Barnet, en: The child}
    # Brødteksten kan ha flere linjer
    body: |
      Du er **ikke** alene.
      Snakk med lederen din.
    talk:
      - Lytt.   # det viktigste
      - Still åpne spørsmål.
""",
    )
    .replace("contacts:\n", "# Kontaktene kommunen bruker\ncontacts:\n")
)


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    return write_deck(tmp_path / "deck", DECK)


def rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def write_rows(path: Path, data: list[list[str]], delimiter: str = ",") -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=delimiter).writerows(data)


def tk102(folder: Path, lang: str) -> list[str]:
    return [
        p.text("en")
        for p in load_deck(folder).problems
        if p.code == "TK102" and lang in p.text("en")
    ]


def comments(text: str) -> list[str]:
    return [line.split("#", 1)[1].strip() for line in text.splitlines() if "#" in line]


def test_export_has_one_row_per_text_with_id_paths(deck: Path, tmp_path: Path) -> None:
    out = tmp_path / "nn.csv"
    assert main(["strings", "export", str(deck), "--lang", "en", "-o", str(out)]) == 0
    data = rows(out)
    assert data[0] == ["id", "nb", "en"]
    by_id = {r[0]: r[1:] for r in data[1:]}
    assert by_id["title"] == ["Bekymret?", ""]
    assert by_id["cards.barn.title"] == ["Barnet", "The child"]
    assert by_id["cards.barn.talk.2"] == ["Still åpne spørsmål.", ""]
    assert by_id["cards.start.options.1.label"] == ["Et barn", ""]
    assert by_id["contacts.vakt.name"] == ["Barnevernvakten", ""]
    assert by_id["cards.barn.body"][0] == "Du er **ikke** alene.\nSnakk med lederen din."
    # ids and goto targets are not texts
    assert not any(r[0].endswith(".goto") or r[0] == "id" for r in data[1:])
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets see UTF-8


def test_export_missing_lists_what_tk102_lists(deck: Path, tmp_path: Path) -> None:
    out = tmp_path / "en.csv"
    assert main(["strings", "export", str(deck), "--lang", "en", "-o", str(out), "--missing"]) == 0
    ids = [r[0] for r in rows(out)[1:]]
    assert "cards.barn.title" not in ids  # already translated
    assert len(ids) == len(tk102(deck, "en"))
    assert all(r[2] == "" for r in rows(out)[1:])


def test_import_round_trip_keeps_comments_and_clears_tk102(deck: Path, tmp_path: Path) -> None:
    out = tmp_path / "nn.csv"
    assert tk102(deck, "nn")
    assert main(["strings", "export", str(deck), "--lang", "nn", "-o", str(out), "--missing"]) == 0
    data = rows(out)
    filled = [data[0]] + [
        [r[0], r[1], r[1].replace("Snakk", "Snakk (nn)") + " [nn]"] for r in data[1:]
    ]
    write_rows(out, filled)
    before = (deck / "deck.yaml").read_text(encoding="utf-8")
    assert main(["strings", "import", str(deck), str(out)]) == 0
    after = (deck / "deck.yaml").read_text(encoding="utf-8")
    assert comments(after) == comments(before)
    assert after.startswith("format: tiltakskort/1\nid: test\n")
    assert tk102(deck, "nn") == []
    result = load_deck(deck)
    assert result.ok
    card = result.deck.cards["barn"]
    assert card.title.get("nn") == "Barnet [nn]"
    assert card.title.get("en") == "The child"
    assert card.talk[0].get("nn") == "Lytt. [nn]"
    assert card.body.get("nn") == "Du er **ikke** alene.\nSnakk (nn) med lederen din. [nn]\n"
    assert card.body.get("nb") == "Du er **ikke** alene.\nSnakk med lederen din.\n"
    # a plain text became {nb, nn}; the language order follows 'languages'
    assert list(result.deck.title.values) == ["nb", "nn"]
    assert list(card.title.values) == ["nb", "nn", "en"]
    # card order, key order and untouched lines stay as they were
    assert list(result.deck.cards) == ["start", "barn", "voksen"]
    for line in (
        "format: tiltakskort/1",
        "languages: [nb, nn, en]   # bokmål først",
        "start: start",
        "    phone: 69 12 34 56",
        '    hours: {mon-fri: "08:00-15:45"}',
        "    after_hours: vakt",
        "    # Brødteksten kan ha flere linjer",
        "# Kontaktene kommunen bruker",
        "    contacts: [barnevern, politi]",
        '    phone: "112"',
    ):
        assert line in before.splitlines() and line in after.splitlines(), line
    # importing again changes nothing
    assert main(["strings", "import", str(deck), str(out)]) == 0
    assert (deck / "deck.yaml").read_text(encoding="utf-8") == after


def test_import_reads_semicolon_files_and_keeps_crlf_and_bom(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "deck.yaml").write_bytes(b"\xef\xbb\xbf" + DECK.replace("\n", "\r\n").encode())
    out = tmp_path / "nn.csv"
    write_rows(
        out, [["id", "nb", "nn"], ["cards.voksen.title", "Den voksne", "Den vaksne"]], delimiter=";"
    )
    assert main(["strings", "import", str(folder), str(out)]) == 0
    raw = (folder / "deck.yaml").read_bytes()
    assert (
        raw.startswith(b"\xef\xbb\xbf")
        and b"\r\n" in raw
        and b"\n" not in raw.replace(b"\r\n", b"")
    )
    assert load_deck(folder).deck.cards["voksen"].title.get("nn") == "Den vaksne"


def test_unknown_and_changed_rows_are_skipped(deck: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "nn.csv"
    write_rows(
        out,
        [
            ["id", "nb", "nn"],
            ["cards.finnes-ikke.title", "X", "Y"],
            ["cards.voksen.title", "Den gamle teksten", "Den vaksne"],
            ["cards.start.title", "Hva er du bekymret for?", "Kva er du uroa for?"],
        ],
    )
    assert main(["strings", "import", str(deck), str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{out}:2:" in err and "cards.finnes-ikke.title" in err
    assert f"{out}:3:" in err and "--force" in err
    result = load_deck(deck)
    assert result.deck.cards["start"].title.get("nn") == "Kva er du uroa for?"
    assert "nn" not in result.deck.cards["voksen"].title.values
    assert main(["strings", "import", "--force", str(deck), str(out)]) == 1
    assert load_deck(deck).deck.cards["voksen"].title.get("nn") == "Den vaksne"


@pytest.mark.parametrize("lang,needle", [("nb", "standardspråk"), ("sv", "languages")])
def test_wrong_language_is_wrong_use(
    deck: Path, tmp_path: Path, capsys, monkeypatch, lang: str, needle: str
) -> None:
    monkeypatch.setenv("TILTAKSKORT_LANG", "nb")
    assert (
        main(["strings", "export", str(deck), "--lang", lang, "-o", str(tmp_path / "x.csv")]) == 2
    )
    assert needle in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_not_a_translation_file(deck: Path, tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("navn,telefon\nPolitiet,112\n", encoding="utf-8")
    assert main(["strings", "import", str(deck), str(bad)]) == 2
    assert "strings export" in capsys.readouterr().err
    assert main(["strings", "import", str(deck), str(tmp_path / "missing.csv")]) == 2


def test_deck_with_errors_is_refused(tmp_path: Path, capsys) -> None:
    folder = write_deck(tmp_path / "d", DECK.replace("cards:\n", "contact: x\ncards:\n"))
    assert (
        main(["strings", "export", str(folder), "--lang", "nn", "-o", str(tmp_path / "x.csv")]) == 1
    )
    err = capsys.readouterr().err
    assert "TK011" in err and "Traceback" not in err


def test_extending_deck_exports_its_own_texts(tmp_path: Path, capsys) -> None:
    write_deck(tmp_path / "felles", DECK)
    top = write_deck(
        tmp_path / "kommune",
        "format: tiltakskort/1\nextends: ../felles\nid: kommune\nmunicipality: Fjordvik kommune\n",
    )
    out = tmp_path / "nn.csv"
    assert main(["strings", "export", str(top), "--lang", "nn", "-o", str(out)]) == 0
    assert [r[0] for r in rows(out)[1:]] == ["municipality"]
    assert "felles" in capsys.readouterr().out


def test_the_guide_names_real_id_paths(tmp_path: Path) -> None:
    from tests.conftest import ROOT
    from tiltakskort.authoring.roundtrip import load_deck_file
    from tiltakskort.authoring.strings import iter_slots

    assert main(["new", str(tmp_path / "fjordvik")]) == 0
    doc = load_deck_file(tmp_path / "fjordvik" / "deck.yaml")
    paths = {s.path: s for s in iter_slots(doc.data)}
    guide = (ROOT / "docs" / "forfatterveiledning.md").read_text(encoding="utf-8")
    for pid in (
        "cards.barn.title",
        "cards.barn.steps.2",
        "contacts.politi.role",
        "cards.start.options.1.label",
        "scenarios.eksempel-barn.story",
    ):
        assert f"`{pid}`" in guide, pid
        assert pid in paths, pid
    for pid, text in (
        ("cards.barn.steps.2", "Drøft bekymringen med lederen din samme dag."),
        ("contacts.politi.role", "Akutt fare eller pågående vold"),
    ):
        assert str(paths[pid].container[paths[pid].key]) == text
        assert f"| `{pid}` | {text} |" in guide


TRICKY = [
    "Ja: nei",
    "- ikke en liste",
    "* ikke kursiv",
    "#ikke en kommentar",
    "tekst # med hash",
    "«sitat» og 'apostrof'",
    '"anførsel"',
    "!ikke en tagg",
    "&ikke et anker",
    "*ikke alias",
    "[Les mer](https://bufdir.no)",
    "NO",
    "true",
    "12",
    "2026.10",
    "10:00",
    "~",
    "null",
    "@brukernavn",
    "%prosent",
    "a: b: c",
    "{ikke: mapping}",
    "[ikke, liste]",
    "|",
    ">",
    "Linje en\nLinje to",
    "**Fet**\n\n- punkt en\n- punkt to",
    "  innrykk  ",
    "`kode`",
    "Æ Ø Å æ ø å – — … ’",
    "tab\there",
]


@pytest.mark.parametrize("text", TRICKY, ids=range(len(TRICKY)))
@pytest.mark.parametrize(
    "where",
    [
        "cards.voksen.title",
        "cards.barn.talk.1",
        "cards.voksen.steps.1",
        "cards.start.options.2.label",
        "cards.barn.title",
        "cards.barn.body",
    ],
)
def test_any_text_survives_the_round_trip(
    deck: Path, tmp_path: Path, text: str, where: str
) -> None:
    out = tmp_path / "nn.csv"
    assert main(["strings", "export", str(deck), "--lang", "nn", "-o", str(out)]) == 0
    src = {r[0]: r[1] for r in rows(out)[1:]}[where]
    write_rows(out, [["id", "nb", "nn"], [where, src, text]])
    assert main(["strings", "import", str(deck), str(out)]) == 0
    result = load_deck(deck)
    assert result.ok, [p.format() for p in result.errors]
    card_id, field = where.split(".")[1], where.split(".")[2:]
    card = result.deck.cards[card_id]
    value = {
        "title": lambda: card.title,
        "body": lambda: card.body,
        "talk": lambda: card.talk[0],
        "steps": lambda: card.steps[0],
        "options": lambda: card.options[1].label,
    }[field[0]]()
    expected = "\n".join(line.rstrip() for line in text.strip().split("\n"))
    got = value.get("nn")
    assert got.rstrip("\n") == expected
    assert value.get("nb").rstrip("\n") == src


def test_municipalities_and_scenarios_have_id_paths(tmp_path: Path) -> None:
    text = (
        DECK.replace("municipality: Testby kommune\n", "").replace(
            "cards:\n",
            """\
municipalities:
  nordby:
    name: Nordby
    contacts:
      barnevern: {role: Barnevernet i Nordby, phone: 69 11 22 33}
cards:
""",
        )
        + """\
scenarios:
  - id: lise
    title: Lise (7)
    story: Lise har blåmerker.
    expected: barn
"""
    )
    folder = write_deck(tmp_path / "d", text)
    out = tmp_path / "nn.csv"
    assert main(["strings", "export", str(folder), "--lang", "nn", "-o", str(out)]) == 0
    ids = [r[0] for r in rows(out)[1:]]
    for pid in (
        "municipalities.nordby.name",
        "municipalities.nordby.contacts.barnevern.role",
        "scenarios.lise.title",
        "scenarios.lise.story",
    ):
        assert pid in ids, pid
    write_rows(
        out,
        [
            ["id", "nb", "nn"],
            [
                "municipalities.nordby.contacts.barnevern.role",
                "Barnevernet i Nordby",
                "Barnevernet i Nordby (nn)",
            ],
            ["scenarios.lise.story", "Lise har blåmerker.", "Lise har blåmerke."],
        ],
    )
    assert main(["strings", "import", str(folder), str(out)]) == 0
    deck = load_deck(folder).deck
    assert deck.scenario("lise").story.get("nn") == "Lise har blåmerke."
    view = deck.for_municipality("nordby")
    assert view.contacts["barnevern"].role.get("nn") == "Barnevernet i Nordby (nn)"


def test_steps_with_who_and_when_services_and_file_labels_are_translated(tmp_path: Path) -> None:
    text = (
        BASE.replace("title: Bekymret?\n", "title: Bekymret?\nlanguages: [nb, en]\n")
        .replace(
            "    steps: [Ring barnevernet.]\n",
            "    steps:\n      - Ring barnevernet.\n"
            "      - {text: Skriv et notat., who: Du, when: samme dag}\n"
            "    files: [{file: skjema.pdf, label: Skjemaet}]\n",
        )
        .replace(
            "cards:\n",
            "services:\n  skole:\n    name: Skole\n    steps:\n"
            "      barn: [{text: Drøft eleven., who: Kontaktlærer}]\ncards:\n",
        )
    )
    folder = write_deck(tmp_path / "deck", text, {"skjema.pdf": b"%PDF-1.4\n%%EOF\n"})
    out = tmp_path / "en.csv"
    assert main(["strings", "export", str(folder), "--lang", "en", "-o", str(out)]) == 0
    by_id = {r[0]: r[1:] for r in rows(out)[1:]}
    assert by_id["cards.barn.steps.1"] == ["Ring barnevernet.", ""]
    assert by_id["cards.barn.steps.2.text"] == ["Skriv et notat.", ""]
    assert by_id["cards.barn.steps.2.who"] == ["Du", ""]
    assert by_id["cards.barn.steps.2.when"] == ["samme dag", ""]
    assert by_id["cards.barn.files.1.label"] == ["Skjemaet", ""]
    assert by_id["services.skole.name"] == ["Skole", ""]
    assert by_id["services.skole.steps.barn.1.who"] == ["Kontaktlærer", ""]
    data = [
        ["id", "nb", "en"],
        ["cards.barn.steps.2.when", "samme dag", "the same day"],
        ["cards.barn.steps.2.text", "Skriv et notat.", "Write a note."],
    ]
    write_rows(tmp_path / "in.csv", data)
    assert main(["strings", "import", str(folder), str(tmp_path / "in.csv")]) == 0
    step = load_deck(folder).deck.cards["barn"].steps[1]
    assert step.get("en") == "Write a note." and step.when.text.get("en") == "the same day"
    assert step.when.count == 0 and step.who.get("en") == "Du"
