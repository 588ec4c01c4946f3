"""The command speaks the user's language: TILTAKSKORT_LANG, else the system locale, else bokmål."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, write_deck
from tests.deck.decktext import BASE
from tiltakskort.cli import main

LOCALE_VARS = ("TILTAKSKORT_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def warned(tmp_path: Path) -> Path:
    return write_deck(
        tmp_path / "warned",
        BASE.replace("      - {label: En voksen, goto: voksen}\n", "").replace(
            "reviewed: 2026-10-01\n", ""
        ),
    )


def _tiltakskort(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v for k, v in os.environ.items() if k not in LOCALE_VARS and not k.startswith("LC_")
    }
    clean.update(env)
    # redirected output is UTF-8 on every system (on Windows the locale's would be cp1252)
    return subprocess.run(
        [sys.executable, "-m", "tiltakskort", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=clean,
        cwd=ROOT,
        check=False,
    )


@pytest.mark.parametrize(
    "lang,summary",
    [
        ("sv", "0 fel och 2 varningar i 1 kortlek."),
        ("nn", "0 feil og 2 åtvaringar i 1 kortstokk."),
        ("nb", "0 feil og 2 advarsler i 1 kortstokk."),
        ("en", "0 errors and 2 warnings in 1 deck."),
    ],
)
def test_validate_summary_in_the_users_language(lang, summary, warned, capsys, monkeypatch) -> None:
    monkeypatch.setenv("TILTAKSKORT_LANG", lang)
    assert main(["validate", str(warned)]) == 0
    assert capsys.readouterr().err.strip() == summary


def test_help_in_swedish(capsys, monkeypatch) -> None:
    monkeypatch.setenv("TILTAKSKORT_LANG", "sv")
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("användning: tiltakskort")
    assert "kontrollera kortlekar och skriv ut alla problem" in out
    assert "visa den här hjälpen och avsluta" in out and "kommandon" in out


def test_command_help_in_swedish(capsys, monkeypatch) -> None:
    monkeypatch.setenv("TILTAKSKORT_LANG", "sv")
    with pytest.raises(SystemExit):
        main(["sign", "--help"])
    out = capsys.readouterr().out
    assert "signera en kortlek" in out and "den hemliga nyckeln" in out and "KORTLEK" in out


def test_wrong_use_in_swedish(capsys, monkeypatch) -> None:
    monkeypatch.setenv("TILTAKSKORT_LANG", "sv")
    with pytest.raises(SystemExit) as e:
        main(["show", "x"])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "detta saknas: --path" in err and "för hjälp" in err


def test_usage_errors_of_the_commands_in_swedish(warned, capsys, monkeypatch) -> None:
    monkeypatch.setenv("TILTAKSKORT_LANG", "sv")
    assert main(["show", str(warned), "--path", "start", "--lang", "fi"]) == 2
    assert "Kortleken har inte språket ”fi”" in capsys.readouterr().err
    assert main(["show", str(warned), "--path", "start", "--at", "jul"]) == 2
    assert "inte ”jul”" in capsys.readouterr().err


def test_a_swedish_system_gets_swedish_without_tiltakskort_lang(warned) -> None:
    proc = _tiltakskort("validate", str(warned), LANG="sv_SE.UTF-8")
    assert proc.returncode == 0
    assert "0 fel och 2 varningar i 1 kortlek." in proc.stderr


def test_tiltakskort_lang_wins_over_the_system(warned) -> None:
    proc = _tiltakskort("validate", str(warned), LANG="sv_SE.UTF-8", TILTAKSKORT_LANG="nn")
    assert "0 feil og 2 åtvaringar i 1 kortstokk." in proc.stderr


@pytest.mark.skipif(
    sys.platform == "win32",
    reason="on Windows the display language "
    "decides, not LANG: a system without a language cannot be made there",
)
def test_bokmal_by_default(warned) -> None:
    proc = _tiltakskort("validate", str(warned), LANG="C")
    assert "0 feil og 2 advarsler i 1 kortstokk." in proc.stderr
    proc = _tiltakskort("--help", LANG="C")
    assert proc.stdout.startswith("bruk: tiltakskort") and "sjekk kortstokker" in proc.stdout


@pytest.mark.skipif(sys.platform != "win32", reason="the Windows display language")
@pytest.mark.parametrize("display,lang", [("nn_NO", "nn"), ("sv_SE", "sv"), ("de_DE", "nb")])
def test_windows_speaks_its_display_language_else_bokmal(display, lang, monkeypatch) -> None:
    """On Windows the display language the user chose decides; one we do not have
    (German) gives bokmål, as a Linux system without a language does."""
    import locale

    from tiltakskort import i18n

    for name in LOCALE_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(i18n, "_windows_ui_language", lambda: display)
    monkeypatch.setattr(locale, "getlocale", lambda *a: ("German_Germany", "1252"))
    assert i18n.user_language() == lang


def test_deck_errors_are_summed_up_in_the_users_language(tmp_path, capsys, monkeypatch) -> None:
    broken = write_deck(tmp_path / "broken", BASE.replace("cards:\n", "contact: x\ncards:\n"))
    monkeypatch.setenv("TILTAKSKORT_LANG", "sv")
    assert main(["show", str(broken), "--path", "start"]) == 1
    assert "kortleken har fel och kan inte användas (1 fel)" in capsys.readouterr().err


def test_diff_speaks_swedish(tmp_path, capsys, monkeypatch) -> None:
    old = write_deck(tmp_path / "old", BASE)
    new = write_deck(tmp_path / "new", BASE.replace("69 12 34 56", "69 12 34 99"))
    monkeypatch.setenv("TILTAKSKORT_LANG", "sv")
    assert main(["diff", str(old), str(new)]) == 0
    out = capsys.readouterr().out
    assert "telefon ändrad från 69 12 34 56 till 69 12 34 99" in out and "1 ändring." in out


def test_key_errors_in_nynorsk(tmp_path, capsys, monkeypatch) -> None:
    bad = tmp_path / "bad.pub"
    bad.write_text("no key here\n", encoding="utf-8")
    monkeypatch.setenv("TILTAKSKORT_LANG", "nn")
    assert main(["verify", str(tmp_path), "--pubkey", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "Kan ikkje lese den offentlege nøkkelen" in err
    assert "ikkje ein offentleg minisign-nøkkel" in err
