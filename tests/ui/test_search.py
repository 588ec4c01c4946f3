"""The app's search field as a worried person uses it: the query table typed into the
field, the keys, and the card opened with its trail (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from tests.conftest import CARDS, ROOT, write_deck
from tests.deck.decktext import BASE
from tests.search.test_queries import TABLE, Q, check

pytestmark = pytest.mark.gui


def shown_ids(window) -> list[str]:
    results = window.finder.results
    return [results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(results.count())]


def type_text(widget, text: str) -> None:
    """Key presses as a keyboard sends them, one per letter (QTest's own keyClicks knows
    only ASCII; ä, ö and å arrive as text with their key event here)."""
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        key = (
            ord(ch.upper())
            if ch.isascii() and ch.isalnum()
            else (Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown)
        )
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def type_query(qtbot, window, text: str) -> None:
    window.search.setFocus()
    window.search.clear()
    type_text(window.search, text)


@pytest.fixture
def open_deck(qtbot, settings):
    """A window with one of the example decks (the first municipality, where it has them)."""
    from tiltakskort.ui.mainwindow import MainWindow

    windows = {}

    def make(name: str, lang: str | None = None):
        key = (name, lang)
        if key not in windows:
            folder = CARDS / name
            from tiltakskort.deck.loader import load_deck

            deck = load_deck(folder).deck
            if deck.municipalities:
                settings.set_municipality(deck.id, next(iter(deck.municipalities)))
            w = MainWindow(settings)
            qtbot.addWidget(w)
            assert w.load(str(folder))
            if lang:
                w.session.set_language(lang)
            w.show()
            qtbot.waitExposed(w)
            windows[key] = w
        return windows[key]

    return make


@pytest.mark.parametrize("row", TABLE, ids=str)
def test_the_table_in_the_app(row: Q, qtbot, open_deck) -> None:
    """Every query of the table, typed letter by letter into the field, shows the cards
    it must among the first three rows."""
    window = open_deck(row.deck, row.lang)
    type_query(qtbot, window, row.query)
    assert window.stack.currentWidget() is window.finder.results
    check(row, shown_ids(window))


def test_each_row_shows_title_kind_and_the_walk_there(qtbot, window) -> None:
    type_query(qtbot, window, "Barnet forteller om vold")
    first = window.finder.results.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) == "barn-forteller"
    assert first.text() == (
        "Barnet forteller om vold\nAction  ·  Et barn eller en ungdom › "
        "Nei, eller jeg er usikker › Barnet forteller om vold"
    )
    spoken = first.data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Barnet forteller om vold. Action. The way there: Et barn")
    type_query(qtbot, window, "akutt fare")
    first = window.finder.results.item(0)
    assert first.text().splitlines()[1].startswith("Urgent")
    assert first.data(Qt.ItemDataRole.UserRole + 1) is True  # urgent: painted bold


@pytest.mark.parametrize(
    ("lang", "kinds"),
    [
        ("nb", ("Spørsmål", "Tiltak", "Akutt")),
        ("nn", ("Spørsmål", "Tiltak", "Akutt")),
        ("sv", ("Fråga", "Åtgärd", "Akut")),
    ],
)
def test_kinds_in_the_apps_language(lang: str, kinds: tuple[str, ...], qapp) -> None:
    from tiltakskort.ui.search import kind_text

    translator = QTranslator()
    assert translator.load(f"tiltakskort_{lang}", str(ROOT / "resources" / "translations"))
    QCoreApplication.installTranslator(translator)
    try:
        assert tuple(kind_text(k) for k in ("question", "action", "urgent")) == kinds
    finally:
        QCoreApplication.removeTranslator(translator)


def test_results_follow_every_keystroke(qtbot, window) -> None:
    window.search.setFocus()
    seen = []
    for letter in "krisesentret":
        type_text(window.search, letter)
        seen.append(shown_ids(window)[:3])
    assert seen[-1][0] == "voksen-krisesenter"
    assert "voksen-krisesenter" in seen[4]  # "krise": the beginning of a word already finds it
    qtbot.keyClick(window.search, Qt.Key.Key_Backspace)
    assert window.search.text() == "krisesentre" and shown_ids(window)[0] == "voksen-krisesenter"
    window.search.clear()
    assert window.stack.currentIndex() == 0


def test_down_enters_the_results_enter_opens_with_the_trail(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "vitne")
    results = window.finder.results
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is results and results.currentRow() == 0
    qtbot.keyClick(results, Qt.Key.Key_Down)
    assert results.currentRow() == 1
    qtbot.keyClick(results, Qt.Key.Key_Up)
    qtbot.keyClick(results, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is window.search  # Up from the first row
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    chosen = window.finder.found[0]
    assert chosen.id == "barn-vitne"
    qtbot.keyClick(results, Qt.Key.Key_Return)
    walk = window.session.walk
    assert walk.path == ("start", "barn", "barn-hva", "barn-vitne") == chosen.path
    assert walk.can_go_back
    assert window.stack.currentIndex() == 0 and window.search.text() == ""
    assert window.trail.isVisible()
    from PySide6.QtWidgets import QToolButton

    # each answer in full in its name (the button itself may cut a long one with "…")
    crumbs = [
        w.accessibleName()
        for w in window.findChildren(QToolButton)
        if w.objectName() == "crumb" and w.isVisible()
    ]
    assert crumbs == list(chosen.trail)
    # as if walked there: Backspace goes back one answer
    window.card_view.setFocus()
    qtbot.keyClick(window.card_view, Qt.Key.Key_Backspace)
    assert window.session.walk.path == ("start", "barn", "barn-hva")


def test_enter_in_the_field_opens_the_first(qtbot, window) -> None:
    type_query(qtbot, window, "blamerker")
    first = window.finder.found[0]
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.session.walk.path == first.path and first.id == "barn-tegn"
    assert QApplication.focusWidget() is not window.search


def test_typing_in_the_results_goes_on_in_the_field(qtbot, window) -> None:
    type_query(qtbot, window, "eldre")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    type_text(window.finder.results, " penger")
    assert window.search.text() == "eldre penger"
    assert QApplication.focusWidget() is window.search
    assert shown_ids(window)[0] == "eldre-okonomi"


@pytest.mark.parametrize("where", ["field", "results", "empty field"])
def test_esc_returns_to_the_card_not_the_field(qtbot, window, where: str) -> None:
    window.session.follow(["start", "barn"])
    if where == "empty field":
        window.finder.focus()
    else:
        type_query(qtbot, window, "vold")
    if where == "results":
        qtbot.keyClick(window.search, Qt.Key.Key_Down)
    target = QApplication.focusWidget()
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    assert window.stack.currentIndex() == 0 and window.search.text() == ""
    focused = QApplication.focusWidget()
    assert focused is not window.search and focused is not window.finder.results
    assert focused is window.card_view.title  # the card's title: a screen reader reads it
    assert window.session.walk.path == ("start", "barn")  # the card it was on
    assert not window.is_hidden_screen


def test_nothing_found_says_so(qtbot, window) -> None:
    type_query(qtbot, window, "fotball")
    results = window.finder.results
    assert results.count() == 1 and "fotball" in results.item(0).text()
    assert not results.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert window.finder.found == []
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.search  # nothing to go into
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.session.walk.path == ("start",)


def test_the_index_is_built_when_the_field_first_gets_the_keyboard(qtbot, window) -> None:
    assert window.finder._index is None
    window.search.setFocus()
    qtbot.waitUntil(lambda: window.finder._index is not None and window.finder._index.built)


def test_another_language_or_deck_searches_anew(qtbot, window, tmp_path) -> None:
    type_query(qtbot, window, "blåmerke")
    assert shown_ids(window)[0] == "barn-tegn"
    window.language.setCurrentIndex(window.language.findData("en"))
    type_query(qtbot, window, "bruises")
    assert shown_ids(window)[0] == "barn-tegn"
    assert window.finder.results.item(0).text().startswith("Injuries or bruises on the child")
    other = write_deck(tmp_path / "other", BASE + "search:\n  synonyms:\n    lederen: [sjefen]\n")
    assert window.load(str(other))
    type_query(qtbot, window, "sjefen")
    assert shown_ids(window) == ["voksen"]


def test_deck_text_is_plain_text(qtbot, window, tmp_path) -> None:
    deck = write_deck(
        tmp_path / "rich", BASE.replace("title: Barnet", "title: <b>Barnet</b> <img src=x>")
    )
    assert window.load(str(deck))
    type_query(qtbot, window, "barnet")
    item = window.finder.results.item(0)
    assert item.text().startswith("<b>Barnet</b> <img src=x>")
    from PySide6.QtWidgets import QLabel

    assert not [w for w in window.finder.results.findChildren(QLabel)]  # no rich-text widgets


def test_idle_forgets_the_search(qtbot, window) -> None:
    type_query(qtbot, window, "vold")
    window.idle.timeout.emit()
    assert window.search.text() == "" and window.finder.found == []
    assert window.stack.currentIndex() == 0
