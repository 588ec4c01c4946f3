"""``tiltakskort new``: a deck folder that validates at once and talks to editors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CARDS, write_deck
from tests.deck.decktext import BASE
from tiltakskort.authoring.scaffold import slug, yaml_text
from tiltakskort.authoring.schema import build_schema
from tiltakskort.cli import main
from tiltakskort.deck.loader import load_deck


def test_new_deck_validates_with_no_problems(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "fjordvik"
    assert main(["new", str(folder), "--municipality", "Fjordvik kommune"]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["deck.schema.json", "deck.yaml", "logo.svg"]
    result = load_deck(folder)
    assert result.problems == []
    deck = result.deck
    assert deck.id == "fjordvik"
    assert deck.municipality.get() == "Fjordvik kommune"
    assert deck.branding.logo == (folder / "logo.svg").resolve()
    assert "Fjordvik kommune" in (folder / "logo.svg").read_text(encoding="utf-8")
    assert main(["validate", "--strict", str(folder)]) == 0
    assert "validate" in capsys.readouterr().out


def test_new_deck_points_editors_at_the_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from tests.authoring.yaml12 import as_editor_sees

    folder = tmp_path / "d"
    assert main(["new", str(folder)]) == 0
    text = (folder / "deck.yaml").read_text(encoding="utf-8")
    first = text.splitlines()[0]
    assert first == "# yaml-language-server: $schema=deck.schema.json"
    schema = json.loads((folder / "deck.schema.json").read_text(encoding="utf-8"))
    assert schema == build_schema()
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(as_editor_sees(text))) == []


def test_new_deck_explains_itself_in_norwegian(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    assert main(["new", str(folder)]) == 0
    text = (folder / "deck.yaml").read_text(encoding="utf-8")
    comments = [line for line in text.splitlines() if line.lstrip().startswith("#")]
    assert len(comments) > 40
    for word in (
        "Kontakter",
        "Kort",
        "sluttkort",
        "påkrevd",
        "tiltakskort validate",
        "docs/deck-format.md",
        "UTF-8",
    ):
        assert word in text, word
    # every top-level key written is explained on its line or just above it
    for key in (
        "format",
        "id",
        "title",
        "country",
        "languages",
        "version",
        "owner",
        "branding",
        "emergency",
        "start",
        "review_every_months",
    ):
        line = next(ln for ln in text.splitlines() if ln.startswith(f"{key}:"))
        assert "#" in line, key


def test_new_without_municipality_uses_folder_name_for_the_id(tmp_path: Path) -> None:
    assert main(["new", str(tmp_path / "Min Kortstokk")]) == 0
    deck = load_deck(tmp_path / "Min Kortstokk").deck
    assert deck.id == "min-kortstokk"
    assert deck.municipality.get() == "Min kommune"


@pytest.mark.parametrize(
    "name", ["Ås kommune", "Nord-Fron: «test» # 1", "Bø i Telemark", "Guovdageaidnu suohkan", "Æ"]
)
def test_any_municipality_name_gives_a_valid_deck(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "d"
    assert main(["new", str(folder), "--municipality", name]) == 0
    result = load_deck(folder)
    assert result.problems == []
    assert result.deck.municipality.get() == name


def test_slug_and_quoting() -> None:
    assert slug("Ås kommune") == "as"
    assert slug("Bø i Telemark") == "bo-i-telemark"
    assert slug("Sørvik kommun") == "sorvik"
    assert slug("!!!") == "kortstokk"
    assert yaml_text("Fjordvik kommune") == "Fjordvik kommune"
    assert yaml_text("A: b #c") == '"A: b #c"'


def test_existing_non_empty_folder_is_refused(tmp_path: Path, capsys) -> None:
    folder = write_deck(tmp_path / "d", BASE)
    before = (folder / "deck.yaml").read_text(encoding="utf-8")
    assert main(["new", str(folder)]) == 2
    err = capsys.readouterr().err
    assert str(folder) in err and "empty" in err
    assert (folder / "deck.yaml").read_text(encoding="utf-8") == before
    assert sorted(p.name for p in folder.iterdir()) == ["deck.yaml"]


def test_existing_empty_folder_is_used(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    assert main(["new", str(tmp_path / "d")]) == 0
    assert load_deck(tmp_path / "d").ok


def test_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x", encoding="utf-8")
    assert main(["new", str(tmp_path / "f")]) == 2


SHIPPED = """\
# Eksempelkortstokken: kopier den og endre den.
format: tiltakskort/1
id: eksempel            # kortstokkens id
title: {nb: Tiltakskort, en: Action cards}
municipality: {nb: Eksempel kommune, en: Example municipality}
languages: [nb, en]
branding: {logo: logo.svg}
start: start
contacts:
  politi: {name: {nb: Politiet, en: Police}, phone: "112", hours: 24/7}
cards:
  start:
    title: {nb: Hva nå?, en: What now?}
    options:
      - {label: {nb: Ring, en: Call}, goto: ring}
      - {label: {nb: Vent, en: Wait}, goto: ring}
  ring:
    title: {nb: Ring politiet, en: Call the police}
    contacts: [politi]   # akutt
"""


@pytest.fixture
def shipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    pytest.importorskip("ruamel.yaml")  # --from edits the copy with ruamel's round trip
    cards = tmp_path / "cards"
    write_deck(cards / "eksempel", SHIPPED, {"logo.svg": b"<svg/>"})
    write_deck(
        cards / "kommune", "format: tiltakskort/1\nextends: ../eksempel\nid: k\nmunicipality: K\n"
    )
    monkeypatch.setattr("tiltakskort.paths.cards_dir", lambda: cards)
    return cards


def test_from_copies_a_shipped_deck_with_the_new_name(shipped: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ny"
    assert (
        main(["new", str(folder), "--from", "eksempel", "--municipality", "Fjordvik kommune"]) == 0
    )
    text = (folder / "deck.yaml").read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=deck.schema.json"
    assert "# Eksempelkortstokken: kopier den og endre den." in text
    assert "contacts: [politi]   # akutt" in text
    assert "id: fjordvik            # kortstokkens id" in text
    result = load_deck(folder)
    assert result.problems == []
    assert result.deck.municipality.get("nb") == "Fjordvik kommune"
    assert result.deck.municipality.get("en") == "Fjordvik kommune"
    assert (folder / "logo.svg").read_bytes() == b"<svg/>"
    assert (folder / "deck.schema.json").is_file()
    # the shipped deck itself is untouched
    assert (shipped / "eksempel" / "deck.yaml").read_text(encoding="utf-8") == SHIPPED


@pytest.mark.parametrize("name", ["finnes-ikke", "kommune", "../eksempel"])
def test_from_unknown_or_extending_deck_is_refused(
    shipped: Path, tmp_path: Path, capsys, name: str
) -> None:
    assert main(["new", str(tmp_path / "ny"), "--from", name]) == 2
    err = capsys.readouterr().err
    assert "eksempel" in err and "Traceback" not in err
    assert not (tmp_path / "ny").exists()


@pytest.mark.skipif(
    not (CARDS / "eksempel" / "deck.yaml").is_file(),
    reason="cards/eksempel is not in this tree yet",
)
def test_from_the_real_example_deck(tmp_path: Path) -> None:
    pytest.importorskip("ruamel.yaml")
    folder = tmp_path / "ny"
    assert main(["new", str(folder), "--from", "eksempel", "--municipality", "Nordby"]) == 0
    first = load_deck(CARDS / "eksempel")
    today = first.deck.reviewed
    result = load_deck(folder, today=today)
    assert [p.format() for p in result.problems if p.is_error] == []
    assert result.deck.id == "nordby"
    assert len(result.deck.cards) == len(first.deck.cards)
    original = (CARDS / "eksempel" / "deck.yaml").read_text(encoding="utf-8")
    copied = (folder / "deck.yaml").read_text(encoding="utf-8")

    def comments(text: str) -> list[str]:
        return [
            ln.strip()
            for ln in text.splitlines()
            if ln.lstrip().startswith("#") and "yaml-language-server" not in ln
        ]

    assert comments(copied) == comments(original)


def test_without_ruamel_a_clear_message(tmp_path: Path, capsys, monkeypatch) -> None:
    import sys

    folder = write_deck(tmp_path / "d", BASE)
    monkeypatch.setitem(sys.modules, "ruamel", None)
    monkeypatch.setitem(sys.modules, "ruamel.yaml", None)
    monkeypatch.delitem(sys.modules, "tiltakskort.authoring.roundtrip", raising=False)
    assert main(["diff", str(folder), str(folder)]) == 0  # diff needs no ruamel
    assert main(["new", str(tmp_path / "ny")]) == 0  # nor does a new deck
    capsys.readouterr()
    folder2 = write_deck(
        tmp_path / "d2", BASE.replace("reviewed:", "languages: [nb, nn]\nreviewed:")
    )
    assert (
        main(["strings", "export", str(folder2), "--lang", "nn", "-o", str(tmp_path / "x.csv")])
        == 1
    )
    assert "ruamel.yaml" in capsys.readouterr().err


def test_a_swedish_deck_from_the_first_command(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from tests.authoring.yaml12 import as_editor_sees

    folder = tmp_path / "exempelby"
    assert main(["new", str(folder), "--country", "SE", "--municipality", "Exempelby kommun"]) == 0
    result = load_deck(folder)
    assert result.problems == []
    deck = result.deck
    assert deck.country == "SE" and deck.languages == ("sv",) and deck.id == "exempelby"
    numbers = {c.phone.display for c in deck.contacts.values()}
    assert {"112", "114 14", "020-50 50 50", "116 111"} <= numbers
    # the social services' office hands over to the social services on call
    assert deck.contacts["socialtjansten"].after_hours == "socialjouren"
    text = (folder / "deck.yaml").read_text(encoding="utf-8")
    comments = " ".join(ln for ln in text.splitlines() if ln.lstrip().startswith("#"))
    for word in ("Kontakter", "slutkort", "obligatoriskt", "socialjouren", "tiltakskort validate"):
        assert word in comments, word
    for norwegian in ("Kontaktene", "påkrevd", "sluttkort", "kommunens egne"):
        assert norwegian not in comments, norwegian
    assert "Våld i nära relationer" in text and "Ring 112." in text
    assert "Platshållare" in (folder / "logo.svg").read_text(encoding="utf-8")
    schema = json.loads((folder / "deck.schema.json").read_text(encoding="utf-8"))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(as_editor_sees(text))) == []
    capsys.readouterr()
    monkeypatch.setenv("TILTAKSKORT_LANG", "sv")
    assert main(["validate", "--strict", str(folder)]) == 0


def test_the_country_is_checked(tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit) as e:
        main(["new", str(tmp_path / "d"), "--country", "DK"])
    assert e.value.code == 2
    assert not (tmp_path / "d").exists()
