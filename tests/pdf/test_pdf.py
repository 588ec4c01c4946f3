"""Printouts: what a worried employee holds in hand, and the laminated card set."""

from __future__ import annotations

import math
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import CARDS, write_deck
from tests.deck.decktext import BASE
from tiltakskort.deck.loader import load_deck
from tiltakskort.deck.publicholidays import timezone_for
from tiltakskort.pdf import write_booklet, write_steps
from tiltakskort.walk import Walk

AT = datetime(2026, 11, 24, 18, 0, tzinfo=timezone_for("NO"))


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def fonts_of(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


@pytest.fixture(scope="module")
def eksempel():
    return load_deck(CARDS / "eksempel").deck


def test_steps_printout_holds_what_the_screen_shows(tmp_path, eksempel) -> None:
    walk = Walk.from_path(eksempel, ["start", "barn", "barn-hva", "barn-tegn"])
    out = tmp_path / "steg.pdf"
    write_steps(out, walk=walk, lang="nb", at=AT)
    text = text_of(out)
    for step in walk.current.steps:
        assert " ".join(step.get("nb").split()[:4]) in text.replace("\n", " ")
    assert "69 12 34 56" in text and "69 10 20 30" in text and "116 117" in text
    assert "Versjon 2026.2" in text and "Skrevet ut 24.11.2026 18:00" in text
    assert "Hva er du bekymret for?" in text and "Jeg ser skader eller blåmerker" in text
    assert "Utenom åpningstid for Barneverntjenesten" in text
    assert "Stengt – åpner i morgen kl. 08:00" in text
    assert "Utskriften inneholder ingen personopplysninger" in text
    assert "Notater" in text and "Side 1 av" in text
    assert "eksempel.kommune.no/handlingsplan-vold" in text
    assert all("DejaVu" in f for f in fonts_of(out)), fonts_of(out)


def test_plan_url_is_a_link_and_a_qr_code(eksempel) -> None:
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    from tiltakskort.pdf.steps import build_story

    story = build_story(Walk.from_path(eksempel, ["start", "akutt-fare"]), "nb", AT)

    def walk_flowables(items):
        for x in items:
            yield x
            for attr in ("_cellvalues",):
                for row in getattr(x, attr, []) or []:
                    for cell in row:
                        yield from walk_flowables(cell if isinstance(cell, list) else [cell])

    qrs = [
        w
        for d in walk_flowables(story)
        if isinstance(d, Drawing)
        for w in d.contents
        if isinstance(w, QrCodeWidget)
    ]
    assert [q.value for q in qrs] == ["https://eksempel.kommune.no/handlingsplan-vold"]


def test_sami_letters_and_version_exactly(tmp_path) -> None:
    text = BASE.replace("title: Barnet\n", "title: Mánáid suodjalus – ŋ đ č š ŧ ž á\n").replace(
        "title: Bekymret?\n", "title: Bekymret?\nversion: '2026.10'\n"
    )
    deck = load_deck(write_deck(tmp_path / "d", text)).deck
    out = tmp_path / "s.pdf"
    write_steps(out, walk=Walk.from_path(deck, ["start", "barn"]), lang="nb", at=AT)
    got = text_of(out)
    assert "Mánáid suodjalus – ŋ đ č š ŧ ž á" in got
    assert "Versjon 2026.10" in got


def test_hostile_text_prints_literally_and_links_nothing(tmp_path) -> None:
    text = BASE.replace(
        "title: Barnet\n",
        "title: '<b>Fet</b> & <a href=\"javascript:alert(1)\">klikk</a>'\n"
        "    body: 'Se [her](javascript:alert(2)) og <img src=\"file:///etc/passwd\">'\n",
    )
    deck = load_deck(write_deck(tmp_path / "d", text)).deck
    out = tmp_path / "h.pdf"
    write_steps(out, walk=Walk.from_path(deck, ["start", "barn"]), lang="nb", at=AT)
    got = text_of(out)
    assert '<b>Fet</b> & <a href="javascript:alert(1)">klikk</a>' in got.replace("\n", " ")
    assert '<img src="file:///etc/passwd">' in got.replace("\n", " ")
    for page in PdfReader(out).pages:
        for annot in page.get("/Annots", []) or []:
            uri = str(annot.get_object().get("/A", {}).get("/URI", ""))
            assert not uri.startswith(("javascript", "file")), uri


def test_unwritable_folder_gives_oserror_and_leaves_nothing(tmp_path, eksempel) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    good = folder / "steg.pdf"
    good.write_bytes(b"%PDF-1.4 the good one")
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(OSError):
            write_steps(good, walk=Walk.start(eksempel), lang="nb", at=AT)
        assert good.read_bytes() == b"%PDF-1.4 the good one"
        assert sorted(p.name for p in folder.iterdir()) == ["steg.pdf"]
    finally:
        folder.chmod(0o700)


def test_failed_build_leaves_the_old_file(tmp_path, eksempel, monkeypatch) -> None:
    from tiltakskort.pdf import steps

    target = tmp_path / "steg.pdf"
    target.write_bytes(b"%PDF-1.4 the good one")

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(steps, "build_story", boom)
    with pytest.raises(OSError):
        write_steps(target, walk=Walk.start(eksempel), lang="nb", at=AT)
    assert target.read_bytes() == b"%PDF-1.4 the good one"
    assert [p.name for p in tmp_path.iterdir()] == ["steg.pdf"]


def test_command_line_print_and_errors(tmp_path) -> None:
    env = dict(os.environ, TILTAKSKORT_LANG="nb")
    out = tmp_path / "x.pdf"
    ok = subprocess.run(
        [
            sys.executable,
            "-m",
            "tiltakskort",
            "print",
            str(CARDS / "eksempel"),
            "--path",
            "start,barn,barn-akutt",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert ok.returncode == 0 and out.stat().st_size > 2000
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "tiltakskort",
            "print",
            str(CARDS / "eksempel"),
            "--path",
            "start,barn,voksen",
            "-o",
            str(tmp_path / "y.pdf"),
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert bad.returncode == 2 and "voksen" in bad.stderr and "Traceback" not in bad.stderr
    nowhere = subprocess.run(
        [
            sys.executable,
            "-m",
            "tiltakskort",
            "print",
            str(CARDS / "eksempel"),
            "--path",
            "start",
            "-o",
            str(tmp_path / "finnes-ikke" / "z.pdf"),
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert nowhere.returncode == 1 and "Traceback" not in nowhere.stderr


@pytest.mark.parametrize("size", ["a6", "a5", "a4"])
def test_booklet_one_card_per_page(tmp_path, eksempel, size) -> None:
    out = tmp_path / f"kort-{size}.pdf"
    write_booklet(out, deck=eksempel, lang="nb", size=size, at=AT)
    pages = len(PdfReader(out).pages)
    units = len(eksempel.cards) + 2  # front page with contents, contacts, one per card
    assert pages == (math.ceil(units / 4) if size == "a6" else units)
    text = text_of(out)
    n = eksempel.card_numbers
    assert f"→ kort {n['barn']}" in text and f"→ kort {n['barn-akutt']}" in text
    assert "Innhold" in text and "Kontakter" in text
    assert all("DejaVu" in f for f in fonts_of(out))


def test_booklet_in_english_and_swedish(tmp_path) -> None:
    deck = load_deck(CARDS / "exempelregionen").deck.for_municipality("norrby")
    out = tmp_path / "sv.pdf"
    write_booklet(out, deck=deck, lang="sv", size="a5")
    assert "→ kort" in text_of(out) and "Norrby kommun" in text_of(out)
    write_booklet(out, deck=deck, lang="en", size="a5")
    assert "→ card" in text_of(out)


def test_importing_the_package_does_not_import_reportlab() -> None:
    code = "import sys, tiltakskort.pdf, tiltakskort.ui.app; print('reportlab' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "False"


def test_review_lists_every_card_and_contact_with_checked_dates(tmp_path, eksempel) -> None:
    from datetime import date

    from tiltakskort.pdf.review import reading_order, write_review

    out = tmp_path / "gjennomgang.pdf"
    write_review(out, deck=eksempel, lang="nb", today=date(2027, 11, 1))
    text = text_of(out).replace("\n", " ")
    order, unreachable = reading_order(eksempel)
    assert order[0] == "start" and not unreachable and set(order) == set(eksempel.cards)
    for card in eksempel.cards.values():
        assert card.title.get("nb")[:25] in text
    for contact in eksempel.contacts.values():
        assert contact.display_name("nb")[:12] in text
    assert "2026-10-15 (for gammel)" in text  # more than 12 months before 2027-11-01
    assert "Signatur" in text and "Godkjenning" in text


def test_review_command(tmp_path) -> None:
    out = tmp_path / "r.pdf"
    env = dict(os.environ, TILTAKSKORT_LANG="en")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "tiltakskort",
            "review",
            str(CARDS / "exempelregionen"),
            "--municipality",
            "vasterviken",
            "--lang",
            "en",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    text = text_of(out)
    assert "Yearly review" in text and "0474-33 44 55" in text and "Signature" in text


def test_review_and_steps_speak_the_deck_language(tmp_path) -> None:
    """Swedish and nynorsk printouts carry no bokmål or English words of ours."""
    from datetime import date

    from tiltakskort.pdf.review import write_review

    deck = load_deck(CARDS / "exempelregionen").deck
    out = tmp_path / "sv.pdf"
    write_review(
        out,
        deck=deck,
        lang="sv",
        today=date(2026, 11, 1),
        at=datetime(2026, 11, 25, 3, 0, tzinfo=timezone_for("SE")),
    )
    text = " ".join(text_of(out).split())
    for word in (
        "Årlig genomgång",
        "Senast genomgången",
        "Gås igenom var 12:e månad",
        "Underskrift",
        "Sida 1 av",
        "Gör så här",
        "Utanför öppettid för Socialtjänsten",
    ):
        assert word in text, word
    assert "Gjennomgås" not in text and "Yearly" not in text
    nn = load_deck(CARDS / "eksempel").deck
    walk = Walk.from_path(nn, ["start", "barn", "barn-hva", "barn-tegn"])
    write_steps(
        out, walk=walk, lang="nn", at=datetime(2026, 11, 24, 18, 0, tzinfo=timezone_for("NO"))
    )
    text = " ".join(text_of(out).split())
    for word in (
        "Skrive ut",
        "Slik kom du hit",
        "Dette gjer du",
        "Kontaktar",
        "Utanom opningstid for",
        "Ved utskrift: Stengt – opnar i morgon kl. 08:00",
        "Notat",
        "Side 1 av",
    ):
        assert word in text, word
