"""``tiltakskort find``: what an author sees, in text and JSON, and the exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import CARDS, ROOT, write_deck
from tests.deck.decktext import BASE
from tiltakskort.cli import main

EKSEMPEL = str(CARDS / "eksempel")


def test_text_best_first_with_kind_walk_and_why(capsys) -> None:
    assert main(["find", EKSEMPEL, "blamerker"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[:3] == [
        "1. Skader eller blåmerker på barnet  [action]  barn-tegn",
        "   Et barn eller en ungdom › Nei, eller jeg er usikker › Jeg ser skader eller blåmerker",
        "   blamerker → blamerker (title)",
    ]
    assert "2. Tegn på vold, men ingen sier noe  [action]  voksen-tegn" in out


def test_text_in_bokmal(monkeypatch, capsys) -> None:
    monkeypatch.setenv("TILTAKSKORT_LANG", "nb")
    assert main(["find", EKSEMPEL, "tvangsgifte", "--limit", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "1. Fare for tvangsekteskap eller utenlandsopphold  [akutt]  aere-akutt"
    # the deck's synonyms name it (search: synonyms in cards/eksempel/deck.yaml)
    assert out[2] == "   tvangsgifte → tvangsekteskap (tittel, synonym)"
    assert main(["find", EKSEMPEL, "barnevernsmelding", "--limit", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "1. Meld bekymring til barnevernet  [tiltak]  barn-melding"
    assert out[2] == "   barnevernsmelding → meld (tittel, sammensatt ord delt)"
    assert main(["find", EKSEMPEL, "fotball"]) == 0
    assert capsys.readouterr().out == "Ingen kort passer til «fotball».\n"


def test_json_objects(capsys) -> None:
    assert main(["find", EKSEMPEL, "drofte", "anonymt", "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    first = found[0]
    assert {"id", "title", "kind", "path", "trail", "urgent", "matched"} <= set(first)
    assert first["id"] == "drofte" and first["kind"] == "action"
    assert first["path"] == ["start", "om-vold", "drofte"]
    assert first["trail"] == [
        "Jeg vil lese om vold i nære relasjoner",
        "Jeg vil drøfte en bekymring anonymt",
    ]
    assert {m["query"] for m in first["matched"]} == {"drofte", "anonymt"}
    assert main(["find", EKSEMPEL, "xyzzy", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_limit_and_language(capsys) -> None:
    assert main(["find", EKSEMPEL, "vold", "--limit", "2", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert main(["find", EKSEMPEL, "bruises", "--lang", "en", "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found[0]["id"] == "barn-tegn" and found[0]["title"] == "Injuries or bruises on the child"


@pytest.mark.parametrize("args", [["--limit", "0"], ["--limit", "mange"], ["--format", "xml"]])
def test_wrong_use_exits_2(args: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as e:
        main(["find", EKSEMPEL, "vold", *args])
    assert e.value.code == 2


def test_a_language_the_deck_lacks_exits_2(capsys) -> None:
    assert main(["find", EKSEMPEL, "vold", "--lang", "sv"]) == 2
    assert "sv" in capsys.readouterr().err


def test_a_deck_with_errors_exits_1(tmp_path, capsys) -> None:
    broken = write_deck(tmp_path / "broken", BASE.replace("start: start\n", "start: nowhere\n"))
    assert main(["find", str(broken), "vold"]) == 1
    err = capsys.readouterr().err
    assert "cannot be used" in err and "TK" in err


def test_find_is_listed_in_the_help(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "find" in capsys.readouterr().out


def test_redirected_output_is_utf8_whatever_the_system_encoding(tmp_path) -> None:
    """Windows' cp1252 and a Sami letter, output to a file or pipe: no traceback, UTF-8."""
    deck = write_deck(tmp_path / "d", BASE.replace("title: Den voksne", "title: Ŋuorat ja vold"))
    env = dict(__import__("os").environ, PYTHONIOENCODING="cp1252", TILTAKSKORT_LANG="en")
    proc = subprocess.run(
        [sys.executable, "-m", "tiltakskort", "find", str(deck), "nuorat"],
        cwd=ROOT,
        capture_output=True,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8").startswith("1. Ŋuorat ja vold  [action]  voksen")
