"""``tiltakskort hours``: who answers when, as text or as a PNG, SVG or PDF chart."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_deck
from tests.deck.decktext import BASE
from tiltakskort.authoring.hourschart import chart
from tiltakskort.cli import main
from tiltakskort.deck.loader import load_deck

# an office and the on-call service written the natural way: a hole on Monday nights
HOLE = BASE.replace(
    """  vakt:
    name: Barnevernvakten
    phone: 69 10 20 30
    hours: 24/7""",
    """  vakt:
    name: Barnevernvakten
    phone: 69 10 20 30
    hours: "Mo-Fr 15:45-08:00; Sa,Su 00:00-24:00; PH 00:00-24:00\"""",
).replace("contacts: [barnevern, politi]", "contacts: [barnevern]")


@pytest.fixture(autouse=True)
def _bokmal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TILTAKSKORT_LANG", "nb")


def test_the_text_shows_the_hole_on_monday_night(tmp_path: Path, capsys) -> None:
    deck = write_deck(tmp_path / "d", HOLE)
    assert main(["hours", str(deck), "--card", "barn", "--from", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Hvem svarer når: Bekymret?\n01.12.2026 til 01.12.2027\n")
    lines = out.splitlines()
    monday = lines.index("  man.                012345678901234567890123")
    assert lines[monday + 1] == "  Barneverntjenesten  ········████████········"
    assert lines[monday + 2] == "    Barnevernvakten   ···············█████████"
    assert lines[monday + 3] == "  Ingen svarer        !!!!!!!!················"
    # Tuesday: nobody missing
    assert lines[monday + 4].startswith("  tir.")
    assert "Dager med andre åpningstider" in out
    assert "  tor. 24.12.2026" in out


def test_the_chart_groups_cards_with_the_same_contacts(tmp_path: Path) -> None:
    loaded = load_deck(write_deck(tmp_path / "d", BASE))
    assert loaded.deck is not None
    c = chart(loaded.deck, today=__import__("datetime").date(2026, 12, 1))
    assert [s.cards for s in c.sections] == [("barn",), ("voksen",)]
    barn = c.sections[0]
    assert [(b.contact_id, b.instead_of, b.depth) for b in barn.bands] == [
        ("barnevern", None, 0),
        ("vakt", "barnevern", 1),
        ("politi", None, 0),
    ]
    assert all(not any(gaps) for w in barn.weeks for gaps in w.gaps)


@pytest.mark.parametrize(
    ("name", "magic"),
    [
        ("uke.png", b"\x89PNG"),
        ("uke.svg", b"<?xml"),
        ("uke.pdf", b"%PDF"),
    ],
)
def test_writes_png_svg_and_pdf(tmp_path: Path, capsys, name: str, magic: bytes) -> None:
    deck = write_deck(tmp_path / "d", HOLE)
    out = tmp_path / name
    assert main(["hours", str(deck), "-o", str(out), "--from", "2026-12-01"]) == 0
    assert out.read_bytes().startswith(magic)
    assert capsys.readouterr().out == f"Skrev {out}\n"


def test_the_svg_names_the_contacts_and_the_hole(tmp_path: Path) -> None:
    deck = write_deck(tmp_path / "d", HOLE)
    out = tmp_path / "uke.svg"
    assert main(["hours", str(deck), "--card", "barn", "-o", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    assert "Barnevernvakten" in svg and "Ingen svarer" in svg
    assert "rgb(83%,15%,15%)" in svg or "#d62728" in svg.lower()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--card", "nei"], "Kortstokken har ikke noe kort «nei»."),
        (["--card", "start"], "Kortet «start» har ingen kontakter."),
        (["-o", "uke.txt"], "Diagrammet skrives som .png, .svg eller .pdf, ikke «uke.txt»."),
        (["--from", "i morgen"], "--from må være en dato skrevet ÅÅÅÅ-MM-DD, f.eks. 2027-01-04."),
    ],
)
def test_wrong_use_exits_2(tmp_path: Path, capsys, args: list[str], message: str) -> None:
    deck = write_deck(tmp_path / "d", HOLE)
    assert main(["hours", str(deck), *args]) == 2
    assert capsys.readouterr().err.strip() == message


def test_the_yearly_review_includes_who_answers_when(tmp_path: Path) -> None:
    from datetime import date

    from pypdf import PdfReader

    from tiltakskort.pdf.review import write_review

    deck = load_deck(write_deck(tmp_path / "d", HOLE)).deck
    out = tmp_path / "review.pdf"
    write_review(out, deck=deck, lang="nb", today=date(2026, 12, 1))
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Hvem svarer når: Bekymret?" in text
    assert "Ingen svarer" in text and "Dager med andre åpningstider" in text


def test_a_contact_without_hours_is_drawn_as_unknown(tmp_path: Path, capsys) -> None:
    """A card with a contact whose hours are not given (the BTI example deck has one)
    still gets its chart, in text and as a picture."""
    deck = Path(__file__).resolve().parents[2] / "cards" / "bti-eksempel"
    assert main(["hours", str(deck)]) == 0
    assert capsys.readouterr().out.strip()
    assert main(["hours", str(deck), "-o", str(tmp_path / "uke.svg")]) == 0
    assert (tmp_path / "uke.svg").read_bytes().lstrip().startswith(b"<")


def test_a_card_without_holes_says_so_and_not_nobody_answers(tmp_path: Path) -> None:
    deck = write_deck(tmp_path / "d", BASE)
    out = tmp_path / "uke.svg"
    assert main(["hours", str(deck), "--card", "barn", "-o", str(out), "--from", "2026-12-01"]) == 0
    svg = out.read_text(encoding="utf-8")
    assert "Ingen hull: noen svarer hele tiden" in svg and "Ingen svarer" not in svg


def test_a_png_without_a_display(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    deck = write_deck(tmp_path / "d", HOLE)
    out = tmp_path / "uke.png"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    proc = subprocess.run(
        [sys.executable, "-m", "tiltakskort", "hours", str(deck), "-o", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
