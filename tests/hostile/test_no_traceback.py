"""Issue 13, families 3 and 4: every input gives problems with a place, never a
traceback and never a hang."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.conftest import write_deck
from tests.deck.decktext import BASE, where
from tests.hostile.helpers import cli, load, main, pdf_text, symlink_or_skip

FAR_FUTURE = "9999-12-31"


def test_reviewed_in_the_year_9999_is_a_date_like_any_other(tmp_path: Path) -> None:
    result = load(
        write_deck(tmp_path / "d", BASE.replace("reviewed: 2026-10-01", f"reviewed: {FAR_FUTURE}"))
    )
    assert result.ok, [p.format() for p in result.problems]
    assert result.deck.reviewed.year == 9999


def test_checked_in_the_year_9999_is_a_date_like_any_other(tmp_path: Path) -> None:
    text = BASE.replace("    name: Politiet\n", f"    name: Politiet\n    checked: {FAR_FUTURE}\n")
    result = load(write_deck(tmp_path / "d", text))
    assert result.ok, [p.format() for p in result.problems]
    assert result.deck.contacts["politi"].checked.year == 9999


def test_every_month_count_to_the_last_day_there_is(tmp_path: Path) -> None:
    text = BASE.replace("reviewed: 2026-10-01", "reviewed: 9999-01-31\nreview_every_months: 120")
    result = load(write_deck(tmp_path / "d", text))
    assert result.ok, [p.format() for p in result.problems]


def _problem_at(result, text: str, needle: str, codes: tuple[str, ...]) -> None:
    line, _ = where(text, needle)
    found = [p for p in result.problems if p.code in codes]
    assert found, [p.format() for p in result.problems]
    assert any(p.line == line and p.column > 0 for p in found), [p.format() for p in found]


@pytest.mark.parametrize(
    "value",
    [r'"..\0base"', '"' + "b" * 300 + '"', '"' + "/".join(["a" * 200] * 30) + '"'],
    ids=["nul", "long-part", "long-path"],
)
def test_strange_extends_paths_are_problems(tmp_path: Path, value: str) -> None:
    text = BASE + f"extends: {value}\n"
    result = load(write_deck(tmp_path / "d", text))
    _problem_at(result, text, "extends:", ("TK023",))


@pytest.mark.parametrize(
    "value", [r'"logo\0.png"', '"' + "l" * 300 + '.png"'], ids=["nul", "long-part"]
)
def test_strange_logo_paths_are_problems(tmp_path: Path, value: str) -> None:
    text = BASE + f"branding:\n  logo: {value}\n"
    result = load(write_deck(tmp_path / "d", text))
    _problem_at(result, text, "logo:", ("TK024",))


def test_extends_into_a_link_loop_is_a_problem(tmp_path: Path) -> None:
    symlink_or_skip(tmp_path / "loop", tmp_path / "loop")
    text = BASE + "extends: ../loop\n"
    result = load(write_deck(tmp_path / "d", text))
    _problem_at(result, text, "extends:", ("TK023",))


def test_deck_file_linked_to_itself_is_a_problem(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    symlink_or_skip(folder / "deck.yaml", folder / "deck.yaml")
    result = load(folder)
    assert [p.code for p in result.problems] == ["TK001"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_as_deck_file_is_refused_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    os.mkfifo(folder / "deck.yaml")
    proc = cli("validate", str(folder), timeout=10)
    assert proc.returncode == 1
    assert "TK001" in proc.stdout and "Traceback" not in proc.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_fifo_as_base_deck_file_is_refused_at_once(tmp_path: Path) -> None:
    (tmp_path / "base").mkdir()
    os.mkfifo(tmp_path / "base" / "deck.yaml")
    write_deck(tmp_path / "d", BASE + "extends: ../base\n")
    proc = cli("validate", str(tmp_path / "d"), timeout=20)
    assert proc.returncode == 1
    assert ("TK023" in proc.stdout or "TK001" in proc.stdout) and "Traceback" not in proc.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="no /dev/zero")
def test_a_device_as_deck_file_is_refused_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    symlink_or_skip(Path("/dev/zero"), folder / "deck.yaml")
    proc = cli("validate", str(folder), timeout=20)
    assert proc.returncode == 1
    assert "TK001" in proc.stdout and "Traceback" not in proc.stderr


def test_a_folder_named_deck_yaml_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "d" / "deck.yaml").mkdir(parents=True)
    assert [p.code for p in load(tmp_path / "d").problems] == ["TK001"]


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0,
    reason="file modes do not stop root (or Windows) from reading",
)
def test_an_unreadable_deck_file_is_a_problem(tmp_path: Path) -> None:
    folder = write_deck(tmp_path / "d", BASE)
    (folder / "deck.yaml").chmod(0)
    try:
        assert [p.code for p in load(folder).problems] == ["TK001"]
    finally:
        (folder / "deck.yaml").chmod(0o644)


LONG = "Langt ord " * 1000  # 10,000 characters in words
WORD = "B" * 10_000  # 10,000 characters in one word

PRINT_FIELDS = {
    "deck-title": ("title: Bekymret?", "title: {X}"),
    "start-title": ("title: Hva er du bekymret for?", "title: {X}"),
    "option": ("label: Et barn,", "label: {X},"),
    "step": ("steps: [Ring barnevernet.]", "steps: [{X}]"),
    "contact-name": ("name: Barneverntjenesten", "name: {X}"),
    "municipality": ("municipality: Testby kommune", "municipality: {X}"),
}


def _long_deck(tmp_path: Path, field: str, x: str) -> Path:
    old, new = PRINT_FIELDS[field]
    assert old in BASE
    return write_deck(tmp_path / "d", BASE.replace(old, new.replace("{X}", x)))


@pytest.mark.parametrize("x", [LONG, WORD], ids=["words", "one-word"])
@pytest.mark.parametrize("field", list(PRINT_FIELDS))
def test_print_a_walk_with_a_very_long_text(tmp_path: Path, field: str, x: str) -> None:
    folder = _long_deck(tmp_path, field, x)
    out = tmp_path / "steps.pdf"
    code, _, err = main("print", str(folder), "--path", "start,barn", "-o", str(out))
    assert code == 0, err
    assert x[:12].split()[0] in pdf_text(out)  # shown, not dropped


@pytest.mark.parametrize("x", [LONG, WORD], ids=["words", "one-word"])
@pytest.mark.parametrize("field", ["option", "contact-name"])
def test_review_with_a_very_long_text(tmp_path: Path, field: str, x: str) -> None:
    folder = _long_deck(tmp_path, field, x)
    out = tmp_path / "review.pdf"
    code, _, err = main("review", str(folder), "-o", str(out))
    assert code == 0, err
    assert x[:12].split()[0] in pdf_text(out)  # shown, not dropped


@pytest.mark.parametrize("x", [LONG, WORD], ids=["words", "one-word"])
@pytest.mark.parametrize("field", list(PRINT_FIELDS))
def test_booklet_with_a_very_long_text(tmp_path: Path, field: str, x: str) -> None:
    folder = _long_deck(tmp_path, field, x)
    out = tmp_path / "booklet.pdf"
    code, _, err = main("booklet", str(folder), "-o", str(out))
    assert code == 0, err


@pytest.mark.gui
def test_smoke_run_on_a_deck_that_once_crashed_the_loader(tmp_path: Path) -> None:
    folder = write_deck(
        tmp_path / "d", BASE.replace("reviewed: 2026-10-01", f"reviewed: {FAR_FUTURE}")
    )
    proc = cli(
        "run",
        str(folder),
        "--smoke",
        timeout=15,
        env={"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")},
    )
    assert proc.returncode == 0, proc.stderr[-1500:]
    assert "smoke ok" in proc.stdout and "Traceback" not in proc.stderr
