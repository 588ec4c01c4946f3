"""Issue 13, family 2: no deck text, URL or file name reaches Qt as rich text, and the
validator refuses URLs that could smuggle markup or hide their target."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import write_deck
from tests.deck.decktext import BASE
from tests.hostile.decks import HOSTILE_DECK
from tests.hostile.helpers import load

BAD_URLS = {
    "less-than": "https://x.no/<img>",
    "greater-than": "https://x.no/a>b",
    "quote": 'https://x.no/"onmouseover=x',
    "nbsp": "https://x.no/a\u00a0b",
    "ideographic-space": "https://x.no/a\u3000b",
    "line-separator": "https://x.no/a\u2028b",
    "c1-control": "https://x.no/a\u0085b",
    "csi": "https://x.no/a\u009bb",
    "bidi": "https://x.no/\u202egnp.exe",
    "zero-width": "https://x\u200b.no/",
}


def _with_link(url: str) -> str:
    return BASE.replace(
        "    contacts: [politi]\n",
        f"    contacts: [politi]\n    links:\n      - label: Les mer\n"
        f"        url: {json.dumps(url)}\n",
        1,
    )


@pytest.mark.parametrize("name", list(BAD_URLS))
def test_url_with_markup_space_or_control_is_tk025(tmp_path: Path, name: str) -> None:
    url = BAD_URLS[name]
    codes = [p.code for p in load(write_deck(tmp_path / "d", _with_link(url))).problems]
    assert "TK025" in codes


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("https://bufdir.no/<img src=x>", "'<'"),
        ("https://bufdir.no/vold i nære", "et mellomrom"),
        ("https://bufdir.no/a\u00a0b", "U+00A0"),
    ],
)
def test_tk025_names_the_character_a_link_cannot_hold(tmp_path: Path, url: str, named: str) -> None:
    """An https link with a '<' or a space is refused for that character, not with "only
    https: links open", which a coordinator looking at an https link cannot act on."""
    [p] = [
        p for p in load(write_deck(tmp_path / "d", _with_link(url))).problems if p.code == "TK025"
    ]
    assert named in p.text("nb"), p.text("nb")
    assert "bare https" not in p.text("nb"), p.text("nb")


def test_every_field_with_a_url_refuses_markup(tmp_path: Path) -> None:
    bad = json.dumps("https://x.no/<b>")
    text = (
        _with_link("https://x.no/<b>")
        .replace("start: start", f"start: start\nplan_url: {bad}")
        .replace("    name: Politiet\n", f"    name: Politiet\n    url: {bad}\n")
    )
    problems = [p for p in load(write_deck(tmp_path / "d", text)).problems if p.code == "TK025"]
    assert len(problems) == 3, [p.format() for p in problems]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.bufdir.no/vold/",
        "https://x.no/a?b=c&d=e#f",
        "https://x.no/%3Cimg%3E",
        "mailto:a@b.no",
        "tel:+4712345678",
    ],
)
def test_ordinary_urls_stay_allowed(tmp_path: Path, url: str) -> None:
    codes = [p.code for p in load(write_deck(tmp_path / "d", _with_link(url))).problems]
    assert "TK025" not in codes


# -- the app ------------------------------------------------------------------------


@pytest.fixture
def hostile_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from datetime import datetime

    from PySide6.QtCore import QSettings

    from tiltakskort.deck.publicholidays import timezone_for
    from tiltakskort.ui.mainwindow import MainWindow
    from tiltakskort.ui.settings import Settings

    folder = write_deck(tmp_path / "hostile", HOSTILE_DECK)
    result = load(folder)
    assert result.ok, [p.format() for p in result.problems]
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    w = MainWindow(settings)
    w.session.clock = lambda: datetime(2026, 11, 24, 10, 0, tzinfo=timezone_for("NO"))
    qtbot.addWidget(w)
    assert w.load(str(folder))
    w.resize(1100, 800)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.mark.gui
def test_no_deck_text_reaches_qt_as_rich_text(qtbot, hostile_window) -> None:
    """Every screen of the app with a deck whose every text is markup: the start card,
    an end card with its trail, the search results, the map, the scenarios."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.hostile.richtext import leaks

    w = hostile_window
    found: list[str] = []

    def look(where: str) -> None:
        QApplication.processEvents()
        found.extend(f"{where}: {leak}" for leak in leaks([w]))

    look("start card")
    qtbot.keyClick(QApplication.focusWidget() or w, Qt.Key.Key_1)
    assert w.session.walk.current.id == "barn"
    look("end card")
    w.search.setText("img")
    look("search results")
    w.search.clear()
    w.map_button.setChecked(True)
    look("map")
    w.map_button.setChecked(False)
    w.training.show_scenarios()
    look("scenarios")
    assert not found, "\n".join(found)
