"""Issue 16 inside the process (pytest-qt): the hide screen, keys, zoom and window size,
contrast, language on first start, feedback. The same things measured from outside,
through AT-SPI, are in ``tests/a11y``."""

from __future__ import annotations

import contextlib
import sys

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPushButton

from tests.conftest import CARDS
from tiltakskort.ui import style

pytestmark = pytest.mark.gui


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def tab_chain(qtbot, start, limit: int = 200) -> list:
    start.setFocus()
    reached = []
    for _ in range(limit):
        w = QApplication.focusWidget()
        if w is None or w in reached:
            break
        reached.append(w)
        qtbot.keyClick(w, Qt.Key.Key_Tab)
    return reached


# -- the hide screen ---------------------------------------------------------------
def test_hide_screen_covers_tree_tab_and_actions(qtbot, window) -> None:
    window.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    box = window.card_view.step_boxes[0]
    window.hide_screen()
    settle()
    assert not window.centralWidget().isVisible() and not window.menuBar().isVisible()
    assert not box.isVisible() and not window.card_view.contact_views[0].phone_button.isVisible()
    # Tab stays on "Show again"; Space on it is all there is
    reached = tab_chain(qtbot, window.hide_cover.button)
    assert reached == [window.hide_cover.button]
    assert not box.isChecked()
    # the keys of the window do nothing behind the cover
    assert not any(a.isEnabled() for a in window.findChildren(QAction))
    qtbot.keyClick(window.hide_cover.button, Qt.Key.Key_Home)
    assert window.session.walk.current.id == "barn-tegn"
    qtbot.keyClick(window.hide_cover.button, Qt.Key.Key_Return)
    assert not window.is_hidden_screen
    settle()
    assert window.centralWidget().isVisible() and window.menuBar().isVisible()
    assert any(a.isEnabled() for a in window.findChildren(QAction))
    assert (
        window.card_view.isAncestorOf(QApplication.focusWidget())
        or QApplication.focusWidget() is window.card_scroll
    )


# -- keys ---------------------------------------------------------------------------
def test_enter_presses_buttons(qtbot, window) -> None:
    window.session.follow(["start", "barn"])
    window.back_button.setFocus()
    qtbot.keyClick(window.back_button, Qt.Key.Key_Return)
    assert window.session.walk.path == ("start",)
    option = window.card_view.option_buttons[2]
    option.setFocus()
    qtbot.keyClick(option, Qt.Key.Key_Enter)
    assert len(window.session.walk.path) == 2
    from PySide6.QtWidgets import QToolButton

    crumb = next(w for w in window.trail.findChildren(QToolButton) if w.isVisible())
    crumb.setFocus()
    qtbot.keyClick(crumb, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session.walk.path == ("start",))


def test_every_push_button_takes_enter(qtbot, window) -> None:
    """Enter and Return press every visible button of the window (an end card with its
    phone, copy and link buttons, the bottom bar), as Space does; a held-down Enter
    presses once, and Ctrl+Enter is not Enter."""
    window.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    window.show_map(True)
    window.show_card_page()
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]
    assert len(buttons) >= 6
    pressed: list[QPushButton] = []
    for button in buttons:  # what each would do (dial, print, open) is not the point here
        with contextlib.suppress(RuntimeError, SystemError):  # (none connected)
            button.clicked.disconnect()
        button.clicked.connect(lambda _=False, b=button: pressed.append(b))
    for i, button in enumerate(buttons):
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Return if i % 2 else Qt.Key.Key_Enter)
    assert pressed == buttons
    pressed.clear()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert pressed == []
    # the map panel is a page of the window: its buttons take Enter too
    window.show_map(True)
    panel = window.training.map_panel
    shown = [b for b in panel.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]
    assert shown
    for button in shown:
        with contextlib.suppress(RuntimeError, SystemError):
            button.clicked.disconnect()
        button.clicked.connect(lambda _=False, b=button: pressed.append(b))
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Return)
    assert pressed == shown


def test_escape_from_search_returns_to_the_card_and_down_enters_results(qtbot, window) -> None:
    window.finder.focus()
    qtbot.keyClicks(window.search, "vold")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.finder.results
    qtbot.keyClick(window.finder.results, Qt.Key.Key_Escape)
    assert window.stack.currentIndex() == 0 and window.search.text() == ""
    assert QApplication.focusWidget() is not window.search
    # Esc from the field itself (nothing typed) leaves it too, so Home and digits work
    qtbot.wait(1100)  # (two Esc within a second would hide the screen)
    window.finder.focus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert window.session.walk.path == ("start", "barn")


def test_f1_lists_every_key(qtbot, window, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog, QTableWidget

    from tiltakskort.ui.keys import KEYS

    shown = {}

    def fake_exec(dialog) -> int:
        table = dialog.findChild(QTableWidget)
        shown["rows"] = [
            (table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())
        ]
        return 0

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    action = next(a for a in window.findChildren(QAction) if a.shortcut().toString() == "F1")
    action.trigger()
    keys = [k for k, _ in shown["rows"]]
    assert keys == [k for k, _ in KEYS]
    for needed in ("1 – 9", "Backspace", "Home", "Ctrl+F", "Esc", "Ctrl+M", "F5", "F11", "F1"):
        assert needed in keys
    # the user guide lists the same keys
    guide = (CARDS.parent / "docs" / "brukerveiledning.md").read_text(encoding="utf-8")
    for key in keys:
        assert key in guide, key


def test_presentation_space_ticks_a_step(qtbot, window) -> None:
    window.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    window.toggle_presentation()
    try:
        box = window.card_view.step_boxes[0]
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
        assert box.isChecked() and window.session.walk.current.id == "barn-tegn"
    finally:
        window.toggle_presentation()


# -- zoom, size ---------------------------------------------------------------------
@pytest.mark.parametrize("zoom", [200, 300])
def test_long_walk_at_large_zoom_fits_1024(qtbot, window, zoom) -> None:
    window.resize(1024, 740)
    window.set_zoom(zoom)
    window.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    settle()
    assert window.minimumSizeHint().width() <= 1024
    assert window.width() <= 1024
    window.set_zoom(100)
    settle()
    assert window.minimumSizeHint().width() <= 700


def test_ticks_stay_across_zoom_and_theme(window, settings) -> None:
    window.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    window.card_view.step_boxes[1].setChecked(True)
    window.set_zoom(150)
    assert [b.isChecked() for b in window.card_view.step_boxes][:3] == [False, True, False]
    window.toggle_contrast()
    assert window.card_view.step_boxes[1].isChecked()
    window.toggle_contrast()
    window.set_zoom(100)
    assert window.card_view.step_boxes[1].isChecked()
    window.session.back()
    window.session.choose(0)
    assert not any(b.isChecked() for b in window.card_view.step_boxes)  # another card: fresh


def test_window_starts_inside_a_small_laptop_screen() -> None:
    from tiltakskort.ui.access import fit_to_screen

    laptop = QRect(0, 0, 1366, 728)  # 1366×768 less a taskbar
    placed = fit_to_screen(QSize(1100, 800), laptop)
    assert laptop.contains(placed) and placed.height() + 40 <= laptop.height()
    assert fit_to_screen(QSize(1100, 800), QRect(0, 0, 1920, 1040)).size() == QSize(1100, 800)


# -- contrast -----------------------------------------------------------------------
@pytest.mark.parametrize("theme", [style.LIGHT, style.CONTRAST])
def test_focus_ring_borders_and_placeholder_contrast(theme) -> None:
    c = style.contrast
    # the ring against the window around it and the control inside it
    for inside in (theme.panel, theme.window):
        assert c(theme.focus, inside) >= 3.0
    assert c(theme.focus, theme.window) >= 3.0
    # check-box borders and field borders
    assert c(theme.border, theme.panel) >= 3.0 and c(theme.border, theme.window) >= 3.0
    # a focused option turns light inside (its ring is then against panel and window)
    sheet = style.stylesheet(theme, 100)
    assert (
        f"QPushButton#option:focus {{ border: 4px solid {theme.focus}; background: {theme.panel}"
        in sheet
    )
    assert c(theme.accent, theme.panel) >= 4.5  # the focused option's text
    assert "QCheckBox::indicator:checked" in sheet and "image: url(" in sheet


def test_placeholder_is_readable(window) -> None:
    pal = window.search.palette()
    colour = pal.color(QPalette.ColorRole.PlaceholderText)
    assert colour.alpha() == 255
    assert style.contrast(colour.name(), window.theme.panel) >= 4.5


def test_check_box_tick_pictures_exist() -> None:
    from tiltakskort import paths

    for kind in ("light", "contrast"):
        assert (paths.resources_dir() / "icons" / f"check-{kind}.svg").is_file()


# -- language, feedback, the example deck -------------------------------------------
def test_first_language_follows_the_deck_then_the_system(settings, monkeypatch) -> None:
    from tiltakskort.ui.app import deck_languages, first_language

    monkeypatch.delenv("TILTAKSKORT_LANG", raising=False)
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "nn_NO.UTF-8")
    assert first_language(settings, CARDS / "exempelregionen") == "sv"
    assert first_language(settings, CARDS / "eksempel") == "nb"
    assert first_language(settings, None) == "nn"  # no deck: the system's language
    settings.ui_language = "en"  # the user's choice wins after that
    assert first_language(settings, CARDS / "exempelregionen") == "en"
    from tiltakskort.deck.loader import load_deck

    for folder in sorted(p for p in CARDS.iterdir() if (p / "deck.yaml").is_file()):
        deck = load_deck(folder).deck
        assert deck is not None
        hint = deck_languages(folder)  # may not tell (a deck that extends one without languages)
        assert not hint or hint[:1] == list(deck.languages)[:1], folder.name
    assert deck_languages(CARDS / "exempelregionen") == ["sv", "en"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY is Linux's")
def test_no_screen_says_why() -> None:
    from tiltakskort.display import no_screen

    msg = no_screen({})
    assert msg is not None and "DISPLAY" in msg.text("nb") and "skjerm" in msg.text("nb")
    assert "skärm" in msg.text("sv")
    assert no_screen({"QT_QPA_PLATFORM": "offscreen"}) is None


@pytest.mark.skipif(sys.platform.startswith("linux"), reason="Windows and macOS")
def test_no_display_variable_does_not_stop_the_app_on_windows() -> None:
    """A Windows desktop has no DISPLAY: the app must start all the same."""
    from tiltakskort.display import no_screen

    assert no_screen({}) is None


def test_copy_gives_feedback(window) -> None:
    window.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    window.copy_text("69 12 34 56")
    assert "69 12 34 56" in window.statusBar().currentMessage()


def test_example_deck_says_its_numbers_are_made_up(qtbot, window, settings, tmp_path) -> None:
    import shutil

    assert window.example_banner.isVisible()
    copy = tmp_path / "kommune"
    shutil.copytree(CARDS / "eksempel", copy)
    assert window.load(str(copy))
    assert not window.example_banner.isVisible()


def test_every_control_has_a_name_starting_with_its_text(qtbot, window) -> None:
    """WCAG 2.5.3: what a speech-input user reads on a button is the start of its name."""
    window.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    settle()
    from PySide6.QtWidgets import QAbstractButton

    for b in window.findChildren(QAbstractButton):
        if (
            not b.isVisible()
            or isinstance(b, QCheckBox)
            or b in window.card_view.findChildren(QAbstractButton)
        ):
            continue  # the card's own controls are the card view's (tests/ui/test_cardview_access.py)
        text = b.text().replace("&", "").strip()
        name = b.accessibleName() or text
        if text:
            assert name.casefold().startswith(text.split("…")[0].casefold()[:12]), (text, name)


@pytest.mark.parametrize("theme", [style.LIGHT, style.CONTRAST])
def test_unchecked_check_boxes_are_drawn_in_both_themes(qtbot, theme) -> None:
    """High contrast used to draw no border for an unchecked box (black on black)."""
    from PySide6.QtGui import QColor

    box = QCheckBox()
    box.setStyleSheet(style.stylesheet(theme, 100))
    qtbot.addWidget(box)
    box.resize(40, 40)
    box.show()
    qtbot.waitExposed(box)
    image = box.grab().toImage()
    border = QColor(theme.border)
    near = sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if style.contrast(image.pixelColor(x, y).name(), border.name()) < 1.3
    )
    assert near >= 20  # the box's outline is there, in the border colour
