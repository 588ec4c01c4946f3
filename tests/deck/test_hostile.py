"""Hostile files: each gives its code quickly and executes nothing."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import write_deck
from tests.deck.decktext import BASE
from tiltakskort.deck.loader import load_deck

BOMB = (
    "\n".join(
        ["format: tiltakskort/1", "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        + [
            f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]"
            for i in range(8)
        ]
    )
    + "\n"
)


def codes(folder: Path) -> list[str]:
    return [p.code for p in load_deck(folder).problems]


def test_billion_laughs_is_refused_without_expansion(tmp_path: Path) -> None:
    result = load_deck(write_deck(tmp_path / "d", BOMB))
    assert "TK003" in [p.code for p in result.problems]
    assert result.deck is None or not result.ok


def test_python_object_apply_executes_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = BASE.replace(
        "title: Bekymret?", f"title: !!python/object/apply:os.system ['touch {marker}']"
    )
    result = load_deck(write_deck(tmp_path / "d", text))
    assert "TK003" in [p.code for p in result.problems]
    assert not marker.exists()


@pytest.mark.parametrize("opener,closer", [("[", "]"), ("{a: ", "}"), ("- ", "")])
def test_deep_nesting_in_subprocess(tmp_path: Path, opener: str, closer: str) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    depth = 100_000
    if opener == "- ":
        body = "".join("  " * 0 + "- " for _ in range(depth)) + "x\n"
    else:
        body = opener * depth + "x" + closer * depth + "\n"
    # A block sequence must start on its own line; flow collections may follow the key.
    (folder / "deck.yaml").write_text(("cards:\n" if opener == "- " else "cards: ") + body)
    proc = subprocess.run(
        [sys.executable, "-m", "tiltakskort", "validate", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1, (proc.returncode, proc.stderr[-2000:])
    assert proc.returncode != -signal.SIGSEGV
    assert "TK001" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_six_megabyte_file(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "deck.yaml").write_bytes(b"a: " + b"x" * (6 * 1024 * 1024))
    assert codes(folder) == ["TK001"]


def test_latin1_bytes(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "deck.yaml").write_bytes("title: Blåmerker\n".encode("latin-1"))
    assert codes(folder) == ["TK001"]


def test_binary_garbage(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "deck.yaml").write_bytes(bytes(range(256)) * 10)
    assert codes(folder) == ["TK001"]


def test_control_characters(tmp_path: Path) -> None:
    result = load_deck(write_deck(tmp_path / "d", BASE.replace("Bekymret?", "Bek\x07ymret?")))
    assert [p.code for p in result.problems] == ["TK002"]
