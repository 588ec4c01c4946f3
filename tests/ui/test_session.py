"""The session controller on its own (no window), and the window following it.

Every change is told once, after the state is complete, with the new value; a refused
deck changes nothing but the problems.
"""

from __future__ import annotations

import pytest

from tests.conftest import CARDS, write_deck
from tests.deck.decktext import BASE
from tiltakskort.walk import WalkError

pytestmark = pytest.mark.gui

SIGNALS = (
    "deckChanged",
    "walkChanged",
    "languageChanged",
    "problemsChanged",
    "verdictChanged",
    "scenarioChanged",
    "scenarioWalkEnded",
    "walkForgotten",
)


class Heard:
    """Every signal of a session, in order, with what it carried."""

    def __init__(self, session) -> None:  # type: ignore[no-untyped-def]
        self.events: list[tuple] = []  # type: ignore[type-arg]
        for name in SIGNALS:
            getattr(session, name).connect(
                lambda *args, name=name: self.events.append((name, *args))
            )

    def names(self) -> list[str]:
        return [e[0] for e in self.events]

    def take(self) -> list[tuple]:  # type: ignore[type-arg]
        out, self.events = self.events, []
        return out


@pytest.fixture
def session(qapp, settings):
    from tiltakskort.ui.session import Session

    s = Session(settings)
    assert s.open_deck(CARDS / "eksempel")
    return s


@pytest.fixture
def heard(session):
    return Heard(session)


def path_to(deck, contact_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The first walk (breadth first) to a card that lists ``contact_id``."""
    todo = [[deck.start]]
    while todo:
        path = todo.pop(0)
        card = deck.cards[path[-1]]
        if contact_id in card.contacts:
            return path
        todo += [path + [o.goto] for o in card.options if o.goto not in path]
    raise AssertionError(contact_id)


def test_opening_a_deck_tells_deck_then_walk_once(qapp, settings) -> None:
    from tiltakskort.ui.session import Session

    s = Session(settings)
    heard = Heard(s)
    assert s.open_deck(CARDS / "eksempel")
    assert heard.names() == ["deckChanged", "walkChanged"]
    (_, view), (_, walk) = heard.events
    assert view is s.view and walk is s.walk
    assert walk.path == ("start",) and s.lang == "nb" and s.problems == []


def test_each_move_is_told_once_with_the_new_walk(session, heard) -> None:
    moves = [
        (lambda: session.choose(1), ("start", "barn")),
        (lambda: session.choose(1), ("start", "barn", "barn-hva")),
        (lambda: session.back(), ("start", "barn")),
        (
            lambda: session.follow(["start", "barn", "barn-hva", "barn-tegn"]),
            ("start", "barn", "barn-hva", "barn-tegn"),
        ),
        (lambda: session.go_to_step(1), ("start", "barn")),
        (lambda: session.jump("eldre-omsorg"), ("start", "barn", "eldre-omsorg")),
        (lambda: session.restart(), ("start",)),
    ]
    for move, path in moves:
        move()
        [(name, walk)] = heard.take()
        assert name == "walkChanged" and walk is session.walk and walk.path == path


def test_moves_that_cannot_be_made_tell_nothing(session, heard) -> None:
    session.back()  # at the start card
    session.choose(99)  # no such option
    session.jump("no-such-card")
    with pytest.raises(WalkError):
        session.follow(["start", "eldre-omsorg"])  # not an option of the start card
    assert heard.events == [] and session.walk.path == ("start",)


def test_language_is_told_once_and_remembered(session, heard, settings) -> None:
    session.set_language("nn")
    assert heard.take() == [("languageChanged", "nn")]
    assert settings.deck_language("eksempel", ("nb", "nn", "en")) == "nn"
    session.set_language("nn")  # the same again
    session.set_language("sv")  # not a language of this deck
    assert heard.events == [] and session.lang == "nn"


def test_municipality_shows_its_numbers_and_keeps_the_walk(qapp, settings) -> None:
    from tiltakskort.ui.session import Session

    s = Session(settings)
    assert s.open_deck(CARDS / "exempelregionen")
    assert s.needs_municipality
    path = path_to(s.view, "socialtjanst")
    s.follow(path)
    heard = Heard(s)
    s.set_municipality("soderas")
    assert heard.names() == ["deckChanged", "walkChanged"]
    assert heard.events[1][1] is s.walk and s.walk.path == tuple(path)
    assert (
        s.walk.deck is s.view and s.view.contacts["socialtjanst"].phone.display == "0472-22 33 44"
    )
    assert not s.needs_municipality
    assert settings.municipality("exempelregionen", s.deck.municipalities) == "soderas"
    heard.take()
    s.set_municipality("no-such-place")
    assert heard.events == []


def test_a_refused_deck_changes_only_the_problems(session, heard, tmp_path) -> None:
    session.choose(1)
    heard.take()
    broken = write_deck(tmp_path / "broken", BASE.replace("cards:\n", "kort: x\ncards:\n"))
    assert not session.open_deck(broken)
    [(name, lines)] = heard.take()
    assert name == "problemsChanged" and lines == session.problems and "TK011" in lines[0]
    assert session.deck.id == "eksempel" and session.walk.path == ("start", "barn")
    assert not session.open_deck(broken)  # the same problems again: nothing new to tell
    assert heard.events == []
    assert session.open_deck(CARDS / "eksempel")
    assert heard.names() == ["problemsChanged", "deckChanged", "walkChanged"]
    assert heard.events[0][1] == [] and session.walk.path == (
        "start",
        "barn",
    )  # the same deck: walk kept


def test_a_scenario_begins_at_the_start_and_tells_its_end(session, heard) -> None:
    session.choose(1)
    heard.take()
    session.start_scenario("lise-7")
    assert heard.names() == ["scenarioChanged", "walkChanged"]
    assert heard.events[0][1] == "lise-7" and session.walk.path == ("start",)
    heard.take()
    for option in (1, 1, 1):  # child, not acute, bruises
        session.choose(option)
    assert heard.names() == ["walkChanged", "walkChanged", "walkChanged", "scenarioWalkEnded"]
    assert heard.events[-1][1] is session.walk and session.walk.current.id == "barn-tegn"
    heard.take()
    session.end_scenario()
    assert heard.take() == [("scenarioChanged", None)]
    session.end_scenario()
    assert heard.events == []


def test_forget_walk_goes_to_the_start_and_ends_the_scenario(session, heard) -> None:
    session.start_scenario("lise-7")
    session.follow(["start", "barn", "barn-akutt"])
    heard.take()
    session.forget_walk()
    assert heard.names() == ["scenarioChanged", "walkChanged", "walkForgotten"]
    assert session.walk.path == ("start",) and session.scenario_id is None


# -- the window follows the session ---------------------------------------------------------


def test_the_window_shows_every_change_of_the_session(window) -> None:
    shown = []
    window.walkChanged.connect(shown.append)
    window.session.follow(["start", "barn", "barn-akutt"])
    assert window.card_view.title.text() == "Barnet er i akutt fare"
    assert shown == [window.session.walk]
    window.session.set_language("en")
    assert window.card_view.title.text() == "The child is in acute danger"
    assert window.language.currentData() == "en"  # the list shows the language chosen elsewhere
    assert len(shown) == 2


def test_the_window_shows_a_new_municipality_at_once(qtbot, settings, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from tiltakskort.ui.mainwindow import MainWindow

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: ("Norrby kommun", True))
    w = MainWindow(settings)
    qtbot.addWidget(w)
    assert w.load(str(CARDS / "exempelregionen"))
    qtbot.waitUntil(lambda: w.municipality_label.text() == "Norrby kommun")
    w.session.follow(path_to(w.session.view, "socialtjanst"))
    w.session.set_municipality("soderas")
    assert w.municipality_label.text() == "Söderås kommun"
    phones = [v.phone_button.text() for v in w.card_view.contact_views]
    assert any("0472-22 33 44" in p for p in phones) and not any(
        "0470-12 34 56" in p for p in phones
    )


def test_forgetting_clears_what_the_window_showed(qtbot, window) -> None:
    from PySide6.QtGui import QGuiApplication

    window.session.follow(["start", "barn", "barn-akutt"])
    window.search.setText("vold")
    window.copy_text("69 12 34 56")
    window.session.forget_walk()
    assert window.search.text() == "" and window.stack.currentIndex() == 0
    assert window.card_view.title.text() == "Hva er du bekymret for?"
    assert QGuiApplication.clipboard().text() != "69 12 34 56"


def test_opening_a_deck_in_the_app_skips_the_authors_coverage_check(
    qapp, settings, monkeypatch
) -> None:
    """A worker is shown no warnings; the 12-month check of who answers (the costliest
    part of opening a deck) is left to validate, hours and the map."""
    from tiltakskort.deck import validate
    from tiltakskort.ui.session import Session

    def never(*_args: object) -> None:
        raise AssertionError("the coverage check ran when the app opened a deck")

    monkeypatch.setattr(validate, "_coverage", never)
    s = Session(settings)
    assert s.open_deck(CARDS / "eksempel") and s.problems == []
