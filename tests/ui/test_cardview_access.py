"""Issue 16, the card view: what a screen reader is given for a card (in process; the
same through AT-SPI in tests/a11y)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QDesktopServices
from PySide6.QtWidgets import QApplication

from tests.conftest import ROOT

pytestmark = pytest.mark.gui


def test_focus_goes_to_the_title_on_every_card(qtbot, window) -> None:
    for path in (["start", "barn"], ["start", "barn", "barn-akutt"], ["start"]):
        window.session.follow(path)
        assert QApplication.focusWidget() is window.card_view.title_label
        assert (
            window.card_view.title_label.accessibleName()
            == window.session.walk.current.title.get("nb")
        )
    qtbot.keyClick(window.card_view.title_label, Qt.Key.Key_Tab)
    assert (
        QApplication.focusWidget() is window.card_view.option_buttons[0]
    )  # Tab goes on to the options


def test_headings_alert_and_groups_are_marked(window) -> None:
    window.session.follow(["start", "barn", "barn-akutt"])
    view = window.card_view
    assert view.title_label.property("tiltakskortRole") == "heading"
    assert view.banner.property("tiltakskortRole") == "alert" and view.banner.isVisible()
    assert view.steps.heading.property("tiltakskortRole") == "heading"
    assert view.steps.heading.accessibleName() == view.steps.heading.text()
    for contact in view.contact_views:
        assert contact.property("tiltakskortRole") == "group"


def test_contact_groups_carry_name_status_and_phone(window) -> None:
    window.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    for contact in window.card_view.contact_views:
        line = contact.line
        name = contact.accessibleName()
        assert line.name in name and (not line.status or line.status in name)
        if line.phone:
            assert line.phone in name
            button = contact.phone_button
            assert button.accessibleName().startswith(button.text())  # WCAG 2.5.3
            assert line.name in button.accessibleName()


def test_body_text_is_whole(window) -> None:
    view = window.session.view
    long_card = max(view.cards.values(), key=lambda c: len(c.body.plain("nb")) if c.body else 0)
    window.jump(long_card.id)
    plain = long_card.body.plain("nb")
    assert len(plain) > 200 and window.card_view.body.accessibleName() == plain


def _read(widget) -> str:  # type: ignore[no-untyped-def]
    """The whole text a screen reader reads from ``widget`` (its text interface)."""
    text = QAccessible.queryAccessibleInterface(widget).textInterface()
    assert text is not None, widget
    return text.text(0, text.characterCount())


def _level(widget) -> int:  # type: ignore[no-untyped-def]
    attributes = QAccessible.queryAccessibleInterface(widget).attributesInterface()
    assert attributes is not None, widget
    return attributes.attributeValue(QAccessible.Attribute.Level)


def test_card_texts_are_whole_through_the_text_interface(window) -> None:
    window.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    view, model = window.card_view, window.card_view.model
    assert _read(view.title_label) == model.title
    assert _read(view.body) == model.body_plain  # plain text, no markup
    assert [_read(row.label) for row in view.steps.pool.active] == [s.text for s in model.steps]
    assert [_read(label) for label in view.talk.pool.active] == [f"•  {a}" for a in model.advice]
    assert _read(view.steps.heading) == model.headings.steps
    # a control keeps Qt's own interface
    assert QAccessible.queryAccessibleInterface(view.step_boxes[0]).textInterface() is None


def test_headings_have_levels(window) -> None:
    window.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    view = window.card_view
    assert _level(view.title_label) == 1
    for section in (view.steps, view.talk, view.contacts):
        assert _level(section.heading) == 2


def test_a_card_change_moves_the_focus_once(qtbot, window, monkeypatch) -> None:
    """Enter on an option: the focus goes from the option straight to the new title (no
    stop at "no focus", which Qt would report as the option focused again); a digit on
    the title: the title keeps the focus and is told as focused once more."""
    from tiltakskort.ui import access

    window.session.follow(["start", "barn"])
    view = window.card_view
    button = view.option_buttons[0]
    button.setFocus()
    moves: list = []  # type: ignore[type-arg]
    told: list = []  # type: ignore[type-arg]
    monkeypatch.setattr(access, "say_focus_again", told.append)

    def moved(old, new) -> None:  # type: ignore[no-untyped-def]
        moves.append((old, new))

    app = QApplication.instance()
    app.focusChanged.connect(moved)
    try:
        qtbot.keyClick(button, Qt.Key.Key_Return)
        assert window.session.walk.current.id == "barn-akutt"
        assert moves == [(button, view.title_label)] and told == []
        window.session.follow(["start"])  # the title had the focus: told once
        assert moves == [(button, view.title_label)] and told == [view.title_label]
        moves.clear()
        told.clear()
        qtbot.keyClick(view.title_label, Qt.Key.Key_2)
        assert window.session.walk.current.id == "barn"
        assert moves == [] and told == [view.title_label]
    finally:
        app.focusChanged.disconnect(moved)


def test_the_phone_button_says_what_happened(window, monkeypatch) -> None:
    window.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    contact = next(c for c in window.card_view.contact_views if c.phone_button is not None)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    contact.phone_button.click()
    message = window.statusBar().currentMessage()
    assert contact.line.phone in message and "phone" in message  # "call … from your phone"
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: True))
    contact.phone_button.click()
    assert "If nothing happens" in window.statusBar().currentMessage()


def test_without_a_display_one_sentence_and_exit_1(tmp_path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(TILTAKSKORT_LANG="nb", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    if not sys.platform.startswith("linux"):
        pytest.skip("the check is for Linux desktops")
    done = subprocess.run(
        [sys.executable, "-m", "tiltakskort", "run"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    lines = [x for x in done.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "skjerm" in lines[0], done.stderr
