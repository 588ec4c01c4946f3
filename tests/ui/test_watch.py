"""Live preview (run DECK --watch): reload on save, keep the walk, problems beside the card."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import write_deck
from tests.deck.decktext import BASE

pytestmark = pytest.mark.gui


@pytest.fixture
def preview(qtbot, settings, tmp_path):
    from tiltakskort.ui.mainwindow import MainWindow

    folder = write_deck(tmp_path / "deck", BASE)
    w = MainWindow(settings, watch=True)
    w.opener.reload_timer.setInterval(20)
    qtbot.addWidget(w)
    assert w.load(str(folder))
    w.show()
    w.session.follow(["start", "barn"])
    return w, folder / "deck.yaml"


def save(path: Path, text: str, replace: bool = False) -> None:
    if replace:  # like editors that write a new file and rename it over the old one
        tmp = path.with_suffix(".swp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    else:
        path.write_text(text, encoding="utf-8")


def test_a_saved_change_shows_at_once_and_keeps_the_walk(qtbot, preview) -> None:
    w, path = preview
    save(path, BASE.replace("title: Barnet\n", "title: Barnet (endret)\n"))
    qtbot.waitUntil(lambda: w.card_view.title.text() == "Barnet (endret)", timeout=5000)
    assert w.session.walk.path == ("start", "barn")


def test_a_broken_save_lists_problems_beside_the_last_good_deck(qtbot, preview) -> None:
    w, path = preview
    save(path, BASE.replace("cards:\n", "kort: x\ncards:\n"), replace=True)
    qtbot.waitUntil(lambda: w.opener.problems.isVisible(), timeout=5000)
    assert "TK011" in w.opener.problems.item(0).text()
    assert w.card_view.title.text() == "Barnet"  # the last good deck stays on screen
    save(path, BASE.replace("title: Barnet\n", "title: Barnet igjen\n"), replace=True)
    qtbot.waitUntil(lambda: not w.opener.problems.isVisible(), timeout=5000)
    assert w.card_view.title.text() == "Barnet igjen"


def test_the_longest_walk_that_still_exists_is_kept(qtbot, preview) -> None:
    w, path = preview
    text = BASE.replace(
        "      - {label: Et barn, goto: barn}\n", "      - {label: Et barn, goto: voksen}\n"
    ).replace(
        "  barn:\n    title: Barnet\n    steps: [Ring barnevernet.]\n    contacts: [barnevern, politi]\n",
        "",
    )
    save(path, text)
    qtbot.waitUntil(lambda: w.session.walk.path == ("start",), timeout=5000)
    assert not w.opener.problems.isVisible()
