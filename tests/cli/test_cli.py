"""The command line: output and exit codes as the format's §8 says."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import write_deck
from tests.deck.decktext import BASE, where
from tiltakskort import __version__
from tiltakskort.cli import main

LINE = re.compile(
    r"^(?P<file>.+):(?P<line>\d+):(?P<col>\d+): (?P<code>TK\d{3}) "
    r"(?P<sev>error|warning): .+$"
)


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return write_deck(tmp_path / "good", BASE.replace("reviewed: 2026-10-01\n", ""))


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    return write_deck(
        tmp_path / "broken",
        BASE.replace("cards:\n", "contact: x\ncards:\n").replace("reviewed: 2026-10-01\n", ""),
    )


@pytest.fixture
def warned(tmp_path: Path) -> Path:
    return write_deck(
        tmp_path / "warned",
        BASE.replace("      - {label: En voksen, goto: voksen}\n", "").replace(
            "reviewed: 2026-10-01\n", ""
        ),
    )


def test_validate_clean_deck_exits_0(good: Path, capsys) -> None:
    assert main(["validate", str(good)]) == 0
    assert capsys.readouterr().out == ""


def test_validate_error_lines_and_exit_1(broken: Path, capsys) -> None:
    assert main(["validate", str(broken)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1
    m = LINE.match(out[0])
    assert m and m["code"] == "TK011" and m["sev"] == "error"
    assert m["file"] == str(broken / "deck.yaml")
    text = (broken / "deck.yaml").read_text(encoding="utf-8")
    assert (int(m["line"]), int(m["col"])) == where(text, "contact: x")


def test_warnings_exit_0_unless_strict(warned: Path, capsys) -> None:
    assert main(["validate", str(warned)]) == 0
    assert "TK105 warning" in capsys.readouterr().out
    assert main(["validate", "--strict", str(warned)]) == 1


def test_several_decks(good: Path, broken: Path, capsys) -> None:
    assert main(["validate", str(good), str(broken)]) == 1


def test_json_format(broken: Path, capsys) -> None:
    assert main(["validate", "--format", "json", str(broken)]) == 1
    [problem] = json.loads(capsys.readouterr().out)
    line, col = where((broken / "deck.yaml").read_text(encoding="utf-8"), "contact: x")
    assert problem["code"] == "TK011" and problem["severity"] == "error"
    assert (problem["line"], problem["column"]) == (line, col)


def test_norwegian_messages(broken: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("TILTAKSKORT_LANG", "nb")
    main(["validate", str(broken)])
    assert "er ikke et felt" in capsys.readouterr().out


def test_usage_error_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as e:
        main(["validate"])
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        main(["validate", "--format", "xml", "x"])
    assert e.value.code == 2


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("lang,word", [("nb", "kortstokker"), ("en", "decks")])
def test_help_in_both_languages(lang: str, word: str, capsys, monkeypatch) -> None:
    monkeypatch.setenv("TILTAKSKORT_LANG", lang)
    with pytest.raises(SystemExit):
        main(["--help"])
    assert word in capsys.readouterr().out


def test_show_end_card_with_contacts_in_order(good: Path, capsys) -> None:
    assert main(["show", str(good), "--path", "start,barn", "--at", "2026-11-24 18:00"]) == 0
    out = capsys.readouterr().out
    assert "Barnet" in out and "Ring barnevernet." in out
    # evening: the after-hours service stands in first, the closed office comes last
    names = [
        line.strip()
        for line in out.splitlines()
        if line.startswith("  ")
        and not line.startswith("   ")
        and line.strip() in ("Politiet", "Barnevernvakten", "Barneverntjenesten")
    ]
    assert names == ["Barnevernvakten", "Politiet", "Barneverntjenesten"]
    assert "69 10 20 30" in out
    assert "Closed" in out or "Stengt" in out


def test_show_daytime_order(good: Path, capsys) -> None:
    assert main(["show", str(good), "--path", "start,barn", "--at", "2026-11-24 10:00"]) == 0
    out = capsys.readouterr().out
    assert out.index("Barneverntjenesten") < out.index("Politiet")
    assert "Barnevernvakten" not in out


def test_show_invalid_walk_exits_2(good: Path, capsys) -> None:
    assert main(["show", str(good), "--path", "start,voksen,barn"]) == 2
    err = capsys.readouterr().err
    assert "barn" in err and "Traceback" not in err


def test_show_bad_time_exits_2(good: Path, capsys) -> None:
    assert main(["show", str(good), "--path", "start", "--at", "jul"]) == 2


def test_show_broken_deck_exits_1(broken: Path, capsys) -> None:
    assert main(["show", str(broken), "--path", "start"]) == 1
    assert "TK011" in capsys.readouterr().err


def test_show_unknown_language_exits_2(good: Path, capsys) -> None:
    assert main(["show", str(good), "--path", "start", "--lang", "sv"]) == 2


def test_whole_process_no_traceback(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tiltakskort", "validate", str(tmp_path / "none")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1
    assert "TK001" in proc.stdout and "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--format", "json", "cards/eksempel"],
        ["schema"],
        ["show", "cards/eksempel", "--path", "start,barn,barn-akutt"],
    ],
)
@pytest.mark.skipif(
    sys.platform == "win32", reason="Windows reports a write to a closed pipe as EINVAL, not EPIPE"
)
def test_output_to_a_reader_that_has_left_is_no_traceback(args: list[str]) -> None:
    """`tiltakskort validate DECK | head -1`: when the reader has stopped reading, the
    command stops quietly (exit 141 like other Unix commands), with no traceback."""
    import os

    from tests.conftest import ROOT

    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone: every write fails
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "tiltakskort", *args],
            cwd=ROOT,
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr, proc.stderr
    assert proc.returncode == 141
