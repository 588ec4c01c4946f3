"""Issue 16, the card view: what a screen reader is given for a card (in process; the
same through AT-SPI in tests/a11y)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from tests.conftest import ROOT

pytestmark = pytest.mark.gui


def test_focus_goes_to_the_title_on_every_card(qtbot, window) -> None:
    for path in (["start", "barn"], ["start", "barn", "barn-akutt"], ["start"]):
        window.session.follow(path)
        assert QApplication.focusWidget() is window.card_view.title_label
        assert window.card_view.title_label.accessibleName() == window.session.walk.current.title.get("nb")
    qtbot.keyClick(window.card_view.title_label, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.card_view.option_buttons[0]  # Tab goes on to the options


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
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(TILTAKSKORT_LANG="nb", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    if not sys.platform.startswith("linux"):
        pytest.skip("the check is for Linux desktops")
    done = subprocess.run([sys.executable, "-m", "tiltakskort", "run"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    lines = [x for x in done.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "skjerm" in lines[0], done.stderr
