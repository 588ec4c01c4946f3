"""The desktop app as a worried employee and a trainer use it (pytest-qt, offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QWidget,
)

from tests.conftest import CARDS, ROOT, write_deck
from tests.deck.decktext import BASE

pytestmark = pytest.mark.gui


def press(qtbot, window, key) -> None:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key)


def test_start_card_shows_question_and_numbered_options(window) -> None:
    assert window.session.walk.current.id == "start"
    assert window.card_view.title.text() == "Hva er du bekymret for?"
    labels = [b.text() for b in window.card_view.option_buttons]
    assert labels[1].startswith("2") and "Et barn eller en ungdom" in labels[1]
    assert "112" in window.emergency_label.text()
    assert window.municipality_label.text() == "Eksempel kommune"
    assert window.windowTitle() == "Tiltakskort"


def test_walk_a_whole_deck_by_keyboard_alone(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_2)  # a child
    press(qtbot, window, Qt.Key.Key_2)  # not acute
    press(qtbot, window, Qt.Key.Key_2)  # bruises
    assert window.session.walk.path == ("start", "barn", "barn-hva", "barn-tegn")
    assert window.session.walk.current.is_end
    assert [c.contact.id for c in window.card_view.contact_views][:1] == [
        "barnevern"
    ]  # open on Tuesday
    press(qtbot, window, Qt.Key.Key_Backspace)
    assert window.session.walk.current.id == "barn-hva"
    press(qtbot, window, Qt.Key.Key_Home)
    assert window.session.walk.path == ("start",)
    assert window.windowTitle() == "Tiltakskort"  # never card content


def test_every_card_reachable_by_keys(qtbot, window) -> None:
    """Breadth-first over the deck, pressing digits only: every card can be shown."""
    deck = window.session.view
    seen = {deck.start}
    todo = [("start",)]
    while todo:
        path = todo.pop()
        window.session.follow(path)
        for i, option in enumerate(deck.cards[path[-1]].options):
            if option.goto in seen:
                continue
            window.session.follow(path)
            press(qtbot, window, Qt.Key(int(Qt.Key.Key_1) + i))
            assert window.session.walk.current.id == option.goto
            assert window.card_view.title.text() == deck.cards[option.goto].title.get("nb")
            seen.add(option.goto)
            todo.append(window.session.walk.path)
    assert seen == set(deck.cards) - {c for c in deck.cards if c not in seen} and len(seen) >= 30


def test_trail_goes_back_to_an_answer(qtbot, window) -> None:
    window.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    from PySide6.QtWidgets import QToolButton

    crumbs = [
        w for w in window.findChildren(QToolButton) if w.objectName() == "crumb" and w.isVisible()
    ]
    assert [c.text() for c in crumbs] == [
        "Et barn eller en ungdom",
        "Nei, eller jeg er usikker",
        "Jeg ser skader eller blåmerker",
    ]
    qtbot.mouseClick(crumbs[1], Qt.MouseButton.LeftButton)
    assert window.session.walk.path == ("start", "barn")


def test_tab_reaches_every_control_and_each_has_a_name(qtbot, window) -> None:
    window.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    window.search.setFocus()
    reached = []
    for _ in range(120):
        w = QApplication.focusWidget()
        if w in reached:
            break
        reached.append(w)
        qtbot.keyClick(w, Qt.Key.Key_Tab)
    kinds = {type(w).__name__ for w in reached}
    assert {"QLineEdit", "QComboBox", "QPushButton", "QCheckBox"} <= kinds
    assert window.hide_button in reached and window.back_button in reached
    assert any(w in reached for w in window.card_view.step_boxes)
    for view in window.card_view.contact_views:
        assert view.phone_button in reached
    for w in reached:
        name = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
        assert name.strip(), f"{type(w).__name__} has no accessible name"


def test_tab_follows_the_card_after_a_bigger_card(qtbot, window) -> None:
    """The card's widgets are used again card after card; when a card needs more of them
    than any card before, Tab still goes through the card in reading order."""
    window.jump("eldre-omsorg")  # 3 steps, 2 contacts
    window.jump("barn-seksuell-akutt")  # 5 steps, 4 contacts: two new step rows
    steps = window.card_view.step_boxes
    assert len(steps) == 5
    steps[0].setFocus()
    order = [steps[0]]
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    phones = [v.phone_button for v in window.card_view.contact_views]
    assert order[:5] == steps
    assert all(p in order for p in phones)
    assert max(order.index(s) for s in steps) < min(order.index(p) for p in phones)
    assert [order.index(p) for p in phones] == sorted(order.index(p) for p in phones)


def test_each_card_starts_with_an_empty_checklist_and_no_old_text(window) -> None:
    window.jump("barn-seksuell-akutt")
    for box in window.card_view.step_boxes:
        box.setChecked(True)
    old_steps = [b.accessibleName() for b in window.card_view.step_boxes]
    old_phones = [v.phone_button.text() for v in window.card_view.contact_views]
    assert old_phones
    window.jump("eldre-omsorg")
    assert not any(b.isChecked() for b in window.card_view.step_boxes)
    window.jump("barn-seksuell-akutt")
    assert not any(b.isChecked() for b in window.card_view.step_boxes)
    window.jump("start")
    texts = [w.text() for w in window.card_view.findChildren(QLabel) if w.text()]
    assert not any(step in t for step in old_steps for t in texts)
    buttons = [b.text() for b in window.card_view.findChildren(QAbstractButton)]
    assert not any(phone in buttons for phone in old_phones)
    assert all(w.isHidden() for w in window.card_view.step_boxes) or not window.card_view.step_boxes


def test_every_button_has_an_accessible_name(window) -> None:
    window.session.follow(["start", "barn", "barn-akutt"])
    for w in window.findChildren(QWidget):
        if isinstance(w, (QAbstractButton, QLineEdit, QComboBox, QListWidget)) and w.isVisibleTo(
            window
        ):
            label = w.accessibleName() or (w.text() if isinstance(w, QAbstractButton) else "")
            assert label.strip(), (type(w).__name__, w.objectName())


def test_contacts_open_now_and_after_hours_first(window) -> None:
    from tiltakskort.deck.publicholidays import timezone_for

    window.session.clock = lambda: datetime(2026, 11, 24, 18, 0, tzinfo=timezone_for("NO"))
    window.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    views = window.card_view.contact_views
    assert views[0].property("standIn") is True  # barnevernvakten in front
    texts = [
        " ".join(label.text() for label in v.findChildren(type(window.municipality_label)))
        for v in views
    ]
    assert "Barnevernvakten" in texts[0] and "Utenom åpningstid for Barneverntjenesten" in texts[0]
    assert "Stengt – åpner i morgen kl. 08:00" in texts[-1]
    assert "69 12 34 56" in views[-1].phone_button.text()


def test_phone_link_opens_tel_and_nothing_else(qtbot, window, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    window.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    qtbot.mouseClick(window.card_view.contact_views[0].phone_button, Qt.MouseButton.LeftButton)
    assert opened == ["tel:+4769123456"]


HOSTILE = BASE.replace(
    "    title: Barnet\n",
    "    title: '<img src=\"file:///etc/passwd\"> <b>Barnet</b>'\n"
    '    body: \'Se <img src="file:///etc/passwd"> og [klikk](javascript:alert(1)) '
    "og [fil](file:///C:/Windows/system32/calc.exe) og [ok](https://x.no)'\n",
)


def test_hostile_deck_text_is_shown_as_characters_and_opens_nothing(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    from tiltakskort.ui.cardview import SafeBrowser

    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True
    )
    folder = write_deck(tmp_path / "hostile", HOSTILE)
    from tiltakskort.deck.loader import load_deck

    result = load_deck(folder)
    assert "TK025" in [p.code for p in result.problems]  # the validator refuses the links
    # even if such a deck were shown, nothing would open:
    window.session.use_deck(result.deck)
    window.session.follow(["start", "barn"])
    title = window.card_view.title
    assert title.textFormat() == Qt.TextFormat.PlainText
    assert title.text() == '<img src="file:///etc/passwd"> <b>Barnet</b>'
    [browser] = [b for b in window.card_view.findChildren(SafeBrowser) if not b.isHidden()]
    assert browser.textFormat() == Qt.TextFormat.RichText
    html = browser.text()  # the HTML we built: every author character escaped
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html
    assert "<img" not in html
    assert 'href="javascript' not in html and 'href="file' not in html
    assert '<a href="https://x.no">ok</a>' in html
    assert not browser.openExternalLinks()
    for url in (
        "javascript:alert(1)",
        "file:///C:/Windows/system32/calc.exe",
        "file:///etc/passwd",
    ):
        browser.linkActivated.emit(url)
    assert opened == []
    browser.linkActivated.emit("https://x.no")
    assert opened == ["https://x.no"]


def test_search_finds_a_card_in_the_chosen_language(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search
    qtbot.keyClicks(window.search, "tvangsekteskap")
    assert window.finder.results.count() >= 1
    assert window.finder.results.item(0).data(Qt.ItemDataRole.UserRole) in ("aere", "aere-akutt")
    window.search.clear()
    qtbot.keyClicks(window.search, "blåmerker")
    ids = [
        window.finder.results.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(window.finder.results.count())
    ]
    assert ids[0] == "barn-tegn"
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.session.walk.current.id == "barn-tegn"
    assert window.stack.currentIndex() == 0


def test_language_switch(window) -> None:
    window.language.setCurrentIndex(window.language.findData("nn"))
    assert window.card_view.title.text() == "Kva er du uroa for?"
    window.language.setCurrentIndex(window.language.findData("en"))
    assert window.card_view.title.text() == "What are you worried about?"
    assert window.settings.deck_language("eksempel", ("nb", "nn", "en")) == "en"


def test_municipality_asked_once_and_remembered(qtbot, settings, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    from tiltakskort.ui.mainwindow import MainWindow

    asked = []

    def fake_get_item(parent, title, label, items, current, editable):
        asked.append(items)
        return "Söderås kommun", True

    monkeypatch.setattr(QInputDialog, "getItem", fake_get_item)
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.load(str(CARDS / "exempelregionen"))
    qtbot.waitUntil(lambda: bool(asked))
    assert w.session.view.municipality_name("sv") == "Söderås kommun"
    assert w.session.view.contacts["socialtjanst"].phone.display == "0472-22 33 44"
    w2 = MainWindow(settings)
    qtbot.addWidget(w2)
    w2.load(str(CARDS / "exempelregionen"))
    qtbot.wait(50)
    assert len(asked) == 1  # not asked again
    assert w2.session.view.municipality_name("sv") == "Söderås kommun"


def test_broken_deck_keeps_the_deck_we_had(qtbot, window, tmp_path, monkeypatch) -> None:
    from tiltakskort.ui import deckopening

    shown = []
    monkeypatch.setattr(
        deckopening.ProblemDialog,
        "exec",
        lambda self: (
            shown.append([self.list.item(i).text() for i in range(self.list.count())]) or 0
        ),
    )
    broken = write_deck(tmp_path / "broken", BASE.replace("cards:\n", "kort: x\ncards:\n"))
    window.session.choose(1)
    assert window.load(str(broken)) is False
    assert shown and "TK011" in shown[0][0] and shown[0][0].startswith("deck.yaml, linje ")
    assert window.session.deck.id == "eksempel" and window.session.walk.path == ("start", "barn")


def test_idle_returns_to_start_and_forgets(qtbot, window) -> None:
    window.session.follow(["start", "barn", "barn-akutt"])
    window.search.setText("vold")
    window.copy_text("69 12 34 56")
    assert window.idle.interval() == 3 * 60_000
    window.idle.timeout.emit()
    assert window.session.walk.path == ("start",)
    assert window.search.text() == ""
    assert QGuiApplication.clipboard().text() != "69 12 34 56"


def test_input_to_the_window_keeps_the_walk(qtbot, window) -> None:
    """A key or a mouse move anywhere in the window restarts the idle countdown; the
    events go through the window as the system delivers them."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    window.settings.idle_minutes = 1
    window.session.choose(1)
    for send in (
        lambda: QTest.keyClick(window.windowHandle(), Qt.Key.Key_Tab),
        lambda: QTest.mouseMove(window.windowHandle(), QPoint(300, 300)),
        lambda: QTest.mouseMove(window.windowHandle(), QPoint(320, 310)),
    ):
        window.idle.stop()
        send()
        assert window.idle.isActive() and window.idle.interval() == 60_000
    window.idle.stop()
    QTest.qWait(20)
    assert not window.idle.isActive() and window.session.walk.path == ("start", "barn")


def test_digits_in_the_search_field_are_text_and_the_keypad_chooses(qtbot, window) -> None:
    window.finder.focus()
    qtbot.keyClicks(window.search, "116")
    qtbot.keyClick(window.search, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.search, Qt.Key.Key_Home)
    assert window.search.text() == "11" and window.search.cursorPosition() == 0
    assert window.session.walk.path == ("start",)
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    window.card_view.option_buttons[0].setFocus()
    qtbot.keyClick(
        window.card_view.option_buttons[0], Qt.Key.Key_2, Qt.KeyboardModifier.KeypadModifier
    )
    assert window.session.walk.path == ("start", "barn")


def test_hide_button_and_escape_twice(qtbot, window) -> None:
    window.copy_text("69 12 34 56")
    qtbot.mouseClick(window.hide_button, Qt.MouseButton.LeftButton)
    assert window.is_hidden_screen
    assert window.hide_cover.geometry() == window.rect()
    assert QGuiApplication.clipboard().text() != "69 12 34 56"
    qtbot.mouseClick(window.hide_cover.button, Qt.MouseButton.LeftButton)
    assert not window.is_hidden_screen
    window.card_view.option_buttons[0].setFocus()
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.is_hidden_screen


def test_clipboard_of_others_is_left_alone(window) -> None:
    QGuiApplication.clipboard().setText("someone else's text")
    window.hide_screen()
    assert QGuiApplication.clipboard().text() == "someone else's text"


@pytest.mark.parametrize("zoom", [100, 200, 300])
def test_zoom_without_clipping(qtbot, window, zoom) -> None:
    window.set_zoom(zoom)
    for path in (["start"], ["start", "barn", "barn-hva", "barn-tegn"]):
        window.session.follow(path)
        for _ in range(3):
            QApplication.processEvents()
        for w in window.card_view.findChildren(QWidget):
            if w.isVisibleTo(window) and isinstance(w, (QAbstractButton, QCheckBox)):
                hint = w.sizeHint()
                assert w.height() >= hint.height() - 1, (type(w).__name__, w.text()[:30], zoom)
        title = window.card_view.title
        assert title.height() >= title.heightForWidth(title.width()) - 1
    assert window.settings.zoom == zoom


def test_zoom_keys_are_bounded(qtbot, window) -> None:
    for _ in range(12):
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 300
    for _ in range(12):
        qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 100
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)  # US keyboards
    assert window.zoom > 100


@pytest.mark.parametrize("theme_name", ["light", "contrast"])
def test_text_contrast_at_least_4_5(window, theme_name) -> None:
    from tiltakskort.ui import style

    window.settings.theme = theme_name
    window.apply_style()
    t = window.theme
    assert t.name == theme_name
    pairs = [
        (t.text, t.window),
        (t.muted, t.window),
        (t.text, t.panel),
        (t.muted, t.panel),
        (t.accent_text, t.accent),
        (t.link, t.window),
        (t.urgent_text, t.urgent_bg),
        (t.emergency_text, t.emergency_bg),
        (t.open_text, t.panel),
        (t.closed_text, t.panel),
    ]
    for fg, bg in pairs:
        assert style.contrast(fg, bg) >= 4.5, (fg, bg)
    pal = QApplication.palette()
    assert style.contrast(pal.windowText().color().name(), pal.window().color().name()) >= 4.5
    assert style.contrast(pal.buttonText().color().name(), pal.button().color().name()) >= 4.5


def test_corrupt_settings_give_defaults(tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from tiltakskort.ui.settings import Settings

    path = tmp_path / "bad.ini"
    path.write_text(
        "[ui]\nzoom=0\nlanguage=xx\ntheme=42\n[privacy]\nidle_minutes=-5\n"
        "[decks]\neksempel\\municipality=\x00\x01\n",
        encoding="utf-8",
    )
    s = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert (s.zoom, s.ui_language, s.theme, s.idle_minutes) == (100, "nb", "auto", 3)
    assert s.municipality("eksempel", ["a"]) is None


def test_map_click_moves_the_walk(qtbot, window) -> None:
    window.map_button.setChecked(True)
    assert window.stack.currentWidget() is window.training.map_panel
    window.training.map_panel.cardChosen.emit("barn-vitne")
    assert window.session.walk.current.id == "barn-vitne"
    assert window.stack.currentIndex() == 0


def test_the_map_says_who_answers_at_the_sessions_time(window) -> None:
    from tiltakskort.deck.publicholidays import timezone_for
    from tiltakskort.training.mapscene import CardItem

    def answers() -> str:
        item = window.training.map_panel.view.card_item("barn-melding")
        assert isinstance(item, CardItem) and item.hours is not None
        return item.hours.answers

    window.map_button.setChecked(True)
    assert answers() == "tir. 10:00: Barneverntjenesten svarer"  # the fixture's Tuesday morning
    window.map_button.setChecked(False)
    window.session.clock = lambda: datetime(2026, 12, 7, 3, 0, tzinfo=timezone_for("NO"))
    window.map_button.setChecked(True)
    assert answers() == "man. 03:00: Barnevernvakten svarer"
    texts = [
        window.training.map_panel.cards.item(i).text()
        for i in range(window.training.map_panel.cards.count())
    ]
    assert any(
        "Meld bekymring til barnevernet" in x and "Barnevernvakten svarer" in x for x in texts
    )


def test_scenario_walk_and_debrief(qtbot, window) -> None:
    window.training.show_scenarios()
    panel = window.training.scenario_panel
    panel.open("lise-7")
    qtbot.mouseClick(panel.walk_button, Qt.MouseButton.LeftButton)
    assert window.session.walk.path == ("start",) and window.scenario_bar.isVisible()
    for key in (Qt.Key.Key_2, Qt.Key.Key_2, Qt.Key.Key_4):  # child, not acute, witnessed
        press(qtbot, window, key)
    assert window.stack.currentWidget() is panel
    assert panel.last is not None and not panel.last.right
    qtbot.mouseClick(panel.step_back_button, Qt.MouseButton.LeftButton)
    assert window.session.walk.current.id == "barn-hva"
    press(qtbot, window, Qt.Key.Key_2)  # bruises
    assert panel.last.right and panel.tally.summary() == (0, 1)


def test_presentation_mode_clicker(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.training.presentation.active and window.zoom >= 200
    assert not window.menuBar().isVisible() and not window.print_button.isVisible()
    window.card_view.title.ensurePolished()
    assert window.card_view.title.font().pointSizeF() >= 28
    press(qtbot, window, Qt.Key.Key_PageDown)  # the highlighted (first) option
    assert window.session.walk.path == ("start", "akutt-fare")
    press(qtbot, window, Qt.Key.Key_PageUp)
    assert window.session.walk.path == ("start",)
    press(qtbot, window, Qt.Key.Key_3)
    assert window.session.walk.current.id == "voksen"
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not window.training.presentation.active and window.zoom == 100


def test_norwegian_translation_loads(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from tiltakskort.ui.app import install_translators

    found = install_translators(qapp, "nb")
    try:
        assert QCoreApplication.translate("MainWindow", "Start over") == "Start på nytt"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    finally:
        for t in found:
            qapp.removeTranslator(t)


def test_every_string_is_translated() -> None:
    import xml.etree.ElementTree as ET

    for lang in ("nb", "nn", "sv"):
        root = ET.parse(ROOT / "resources" / "translations" / f"tiltakskort_{lang}.ts").getroot()
        for message in root.iter("message"):
            tr = message.find("translation")
            assert (
                tr is not None and tr.text and tr.get("type") not in ("unfinished", "obsolete")
            ), (lang, message.findtext("source"))
        assert (
            ROOT / "resources" / "translations" / f"tiltakskort_{lang}.qm"
        ).stat().st_size > 1000


def test_exception_in_a_slot_gives_a_message_and_no_deck_text(
    qtbot, window, monkeypatch, caplog
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tiltakskort.ui import app

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a))
    try:
        number = "".join(("69 12", " 34 56"))  # deck text arrives in variables, not in our source
        raise KeyError(f"Barneverntjenesten {number}")
    except KeyError:
        app.excepthook(*sys.exc_info())
    assert warned
    assert "69 12 34 56" not in caplog.text and "KeyError" in caplog.text


def test_smoke_run_from_the_command_line() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "tiltakskort", "run", "--smoke"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-1500:]
    assert "smoke ok" in proc.stdout


def test_smoke_run_on_a_broken_deck_lists_it_and_falls_back(tmp_path) -> None:
    """A packaging check never hangs on a dialog: a refused deck is listed on stderr and
    the built-in deck opens instead."""
    folder = tmp_path / "broken"
    folder.mkdir()
    (folder / "deck.yaml").write_text("format: tiltakskort/1\ncards: [\n", encoding="utf-8")
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    proc = subprocess.run(
        [sys.executable, "-m", "tiltakskort", "run", str(folder), "--smoke"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr[-1500:]
    assert "smoke ok" in proc.stdout
    assert (
        "refused" in proc.stderr and "deck.yaml, linje 3" in proc.stderr and "TK002" in proc.stderr
    )


def test_a_whole_walk_leaves_only_a_settings_file(tmp_path) -> None:
    """HOME, temp and settings folders point at an empty directory; after a whole walk
    (with search, language, zoom, map, hide and quit) only a settings file with
    preferences is there, and it names no card."""
    home = tmp_path / "home"
    home.mkdir()
    script = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from datetime import datetime
from PySide6.QtWidgets import QApplication
from tiltakskort.ui.app import create_application
from tiltakskort.ui.mainwindow import MainWindow
app, settings = create_application("nb")
w = MainWindow(settings)
w.load({str(CARDS / "eksempel")!r})
w.show()
w.choose(1); w.choose(1); w.choose(1)
w.search.setText("tvangsekteskap"); w.search.clear()
w.language.setCurrentIndex(1)
w.set_zoom(150)
w.map_button.setChecked(True); w.map_button.setChecked(False)
w.copy_text("69 12 34 56"); w.hide_screen(); w.show_again()
app.processEvents()
w.close()
app.processEvents()
"""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "TMP", "TEMP", "TILTAKSKORT_SETTINGS"))
    }
    env.update(
        HOME=str(home),
        TMPDIR=str(home / "tmp"),
        TEMP=str(home / "tmp"),
        TMP=str(home / "tmp"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_RUNTIME_DIR=str(home / "run"),
        QT_QPA_PLATFORM="offscreen",
    )
    # QSettings' own place on Linux (HOME moves it); on Windows it is the registry, which
    # HOME does not move: there the settings go to a file named by TILTAKSKORT_SETTINGS
    # (tests/ui/test_print_privacy.py checks the registry itself)
    settings_file = ".config/Tiltakskort/Tiltakskort.conf"
    if sys.platform == "win32":
        settings_file = "Tiltakskort.ini"
        env["TILTAKSKORT_SETTINGS"] = str(home / settings_file)
    (home / "tmp").mkdir()
    (home / "run").mkdir(mode=0o700)
    proc = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-1500:]
    files = sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())
    assert files == [settings_file], files
    text = (home / settings_file).read_text(encoding="utf-8")
    for secret in ("barn", "tvangsekteskap", "69 12 34 56", "akutt", "start"):
        assert secret not in text.replace("eksempel", ""), secret
    assert "zoom=150" in text


def test_hostile_contact_text_is_escaped(qtbot, window, tmp_path) -> None:
    from tiltakskort.deck.loader import load_deck

    text = BASE.replace(
        "    name: Barneverntjenesten\n",
        "    name: '<img src=\"file:///etc/passwd\"><b>Barnevern</b> & co'\n"
        "    role: '<a href=\"file:///x\">klikk</a>'\n",
    )
    deck = load_deck(write_deck(tmp_path / "c", text)).deck
    window.session.use_deck(deck)
    window.session.follow(["start", "barn"])
    view = next(v for v in window.card_view.contact_views if v.contact.id == "barnevern")
    html = view.text.text()
    assert "<img" not in html and "<b>Barnevern" not in html and 'href="file' not in html
    assert (
        "&lt;img src=&quot;file:///etc/passwd&quot;&gt;&lt;b&gt;Barnevern&lt;/b&gt; &amp; co"
        in html
    )


def test_system_high_contrast_preference_is_followed(window, monkeypatch) -> None:
    from tiltakskort.ui import style

    assert window.settings.theme == "auto"
    monkeypatch.setattr(style, "system_prefers_contrast", lambda: True)
    window.apply_style()
    assert window.theme.name == "contrast"
    monkeypatch.setattr(style, "system_prefers_contrast", lambda: False)
    window.apply_style()
    assert window.theme.name == "light"
    window.settings.theme = "contrast"  # the user's own choice wins over the system's
    window.apply_style()
    assert window.theme.name == "contrast"


def test_contact_note_is_shown(window) -> None:
    window.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    view = next(v for v in window.card_view.contact_views if v.contact.id == "barnevern")
    assert view.note is not None and view.note.isVisibleTo(window)
    assert "<b>uten å si navnet</b>" in view.note.text()
