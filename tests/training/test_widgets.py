"""The map panel and the scenario panel, driven as a trainer would (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.conftest import write_deck
from tests.training.test_map_and_scenarios import TREE
from tiltakskort.deck.loader import load_deck
from tiltakskort.walk import Walk

pytestmark = pytest.mark.gui


@pytest.fixture
def deck(tmp_path: Path):
    return load_deck(write_deck(tmp_path / "d", TREE)).deck


def test_click_on_a_card_in_the_map_chooses_it(qtbot, deck) -> None:
    from tiltakskort.training.mapscene import CardItem
    from tiltakskort.training.widgets import MapPanel

    panel = MapPanel()
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    panel.set_deck(deck, "nb", ("start",))
    panel.show()
    qtbot.waitExposed(panel)
    item = next(
        i for i in panel.view.scene().items() if isinstance(i, CardItem) and i.node.id == "voksen"
    )
    pos = panel.view.mapFromScene(item.sceneBoundingRect().center())
    with qtbot.waitSignal(panel.cardChosen) as signal:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos))
    assert signal.args == ["voksen"]


def test_map_keyboard_list_of_cards_enter_and_tab_leaves(qtbot, deck) -> None:
    """Issue 16: the map is a list of focusable cards (number, title, kind); Enter opens
    the card; Tab is not trapped in the drawing; + still zooms the drawing."""
    from PySide6.QtWidgets import QApplication

    from tiltakskort.training.widgets import MapPanel

    panel = MapPanel()
    qtbot.addWidget(panel)
    panel.set_deck(deck, "nb", ("start",))
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    cards = panel.cards
    assert cards.count() == len(deck.cards)
    first = cards.item(0).text()
    assert (
        first.startswith("1. ")
        and deck.cards[deck.start].title.get("nb") in first
        and "question" in first
    )
    cards.setFocus()
    qtbot.keyClick(cards, Qt.Key.Key_Down)
    second = cards.currentItem().data(Qt.ItemDataRole.UserRole)
    assert panel.view.scene().focusItem().node.id == second  # the drawing follows the list
    with qtbot.waitSignal(panel.cardChosen) as signal:
        qtbot.keyClick(cards, Qt.Key.Key_Return)
    assert signal.args == [second]
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not panel.view  # Tab leaves the drawing
    before = panel.view.transform().m11()
    qtbot.keyClick(panel.view, Qt.Key.Key_Plus)
    assert panel.view.transform().m11() > before


def test_map_opens_fitted(qtbot, deck) -> None:
    """The whole map shows at once, not a speck until "Show all"."""
    from tiltakskort.training.widgets import MapPanel

    panel = MapPanel()
    qtbot.addWidget(panel)
    panel.set_deck(deck, "nb")  # before it has a size, as the window does
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.view
    shown = view.mapFromScene(view.scene().sceneRect()).boundingRect()
    port = view.viewport().rect()
    assert port.contains(shown.adjusted(2, 2, -2, -2))
    assert shown.width() >= port.width() * 0.9 or shown.height() >= port.height() * 0.9


def test_map_highlights_the_walk(qtbot, deck) -> None:
    from tiltakskort.training.mapscene import CardItem
    from tiltakskort.training.widgets import MapPanel

    panel = MapPanel()
    qtbot.addWidget(panel)
    panel.set_deck(deck, "nb", ("start", "barn"))
    widths = {
        i.node.id: i.pen().widthF() for i in panel.view.scene().items() if isinstance(i, CardItem)
    }
    assert widths["barn"] > widths["voksen"] and widths["start"] > widths["voksen"]


def test_map_export_from_the_panel(qtbot, deck, tmp_path: Path) -> None:
    from tiltakskort.training.widgets import MapPanel

    panel = MapPanel()
    qtbot.addWidget(panel)
    panel.set_deck(deck, "nb")
    panel.export_to(tmp_path / "kart.svg")
    assert (tmp_path / "kart.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    with pytest.raises(OSError):
        panel.export_to(tmp_path / "finnes-ikke" / "kart.png")


def test_scenario_wrong_then_right_and_tally(qtbot, deck) -> None:
    from tiltakskort.training.widgets import ScenarioPanel

    panel = ScenarioPanel()
    qtbot.addWidget(panel)
    panel.set_deck(deck, "nb")
    panel.show()
    assert panel.list.count() == 2
    panel.open("s-barn")
    assert panel.stack.currentWidget() is panel.story_page
    assert panel.story_text.text() == "Et barn forteller."
    with qtbot.waitSignal(panel.startRequested) as signal:
        qtbot.mouseClick(panel.walk_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["s-barn"]

    wrong = panel.walk_ended(Walk.from_path(deck, ["start", "voksen"]))
    assert wrong is not None and not wrong.right
    assert panel.stack.currentWidget() is panel.debrief_page
    assert panel.verdict.text().startswith("Not quite")
    shown = " ".join(w.text() for w in panel.debrief_page.findChildren(type(panel.verdict)))
    assert "Den voksne" in shown and "Barnet" in shown
    assert panel.debrief_text.text() == "Riktig er barn."

    with qtbot.waitSignal(panel.startRequested):
        qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    right = panel.walk_ended(Walk.from_path(deck, ["start", "barn"]))
    assert right is not None and right.right
    assert panel.verdict.text().startswith("Right")
    assert panel.tally.summary() == (0, 1)  # not right on the first try
    assert "0 of 1" in panel.tally_text()
    panel.show_list()
    assert "✗" in panel.list.item(0).text()


def test_labels_never_render_deck_markup(qtbot, tmp_path: Path) -> None:
    from tiltakskort.training.widgets import ScenarioPanel

    text = TREE.replace(
        "story: Et barn forteller.", "story: '<img src=\"file:///etc/passwd\"> <b>x</b>'"
    )
    deck = load_deck(write_deck(tmp_path / "h", text)).deck
    panel = ScenarioPanel()
    qtbot.addWidget(panel)
    panel.set_deck(deck, "nb")
    panel.open("s-barn")
    assert panel.story_text.textFormat() == Qt.TextFormat.PlainText
    assert panel.story_text.text() == '<img src="file:///etc/passwd"> <b>x</b>'
