"""What a screen reader and a keyboard user need from the window, in one place.

- :func:`announce`: a sentence for the screen reader (Qt's announcement event: AT-SPI's
  ``object:announcement``, UI Automation's notification), e.g. the title of a new card.
- :func:`enter_presses_button`: Enter and Return press the focused push button of a
  window, not only Space (Qt gives push buttons Enter only in dialogs): the window's
  ``keyPressEvent`` asks it, since a button passes the keys it does not use to its
  window (the map and scenario panels too: they are pages of the window).
- :func:`park_focus`: before a card is painted again, the focus leaves the widgets that
  are about to be hidden, so that it does not run through them ("check box, check box…");
  a part marked with :func:`moves_focus_itself` (the card view) is left to move it.
- :func:`say_focus_again`: the focused widget told once more (its name changed: a new
  card's title that kept the focus).
- :func:`fit_to_screen`: a window size inside the screen's available area.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QGuiApplication,
    QKeyEvent,
)
from PySide6.QtWidgets import QApplication, QPushButton, QWidget


def announce(source: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say ``text`` (once; nothing when no reader listens)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(source, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def enter_presses_button(window: QWidget, event: QKeyEvent) -> bool:
    """Enter or Return that reached ``window`` unused: press its focused push button
    (True), as Space would. One check per key instead of a walk over every button each
    time a card is shown."""
    if (
        event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        or event.isAutoRepeat()
        or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    ):
        return False
    focused = QApplication.focusWidget()
    if (
        isinstance(focused, QPushButton)
        and focused.isEnabled()
        and focused.isVisible()
        and window.isAncestorOf(focused)
    ):
        focused.click()
        return True
    return False


_OWN_FOCUS_PROPERTY = "tiltakskortMovesFocus"


def moves_focus_itself(widget: QWidget) -> None:
    """``widget`` moves the focus itself, from inside it, when it changes (the card view:
    straight to the new title); :func:`park_focus` leaves a focus in it where it is."""
    widget.setProperty(_OWN_FOCUS_PROPERTY, True)


def park_focus(inside: QWidget) -> None:
    """If the focus is in ``inside``, take it away before ``inside`` changes: when no
    focused widget is hidden, Qt does not move the focus along the hidden ones, and a
    screen reader hears nothing until the focus lands where the window puts it.

    A focus inside a part marked with :func:`moves_focus_itself` stays: Qt's
    ``clearFocus`` reports the widget losing the focus as focused once more (AT-SPI
    hears "focused" on it twice), so a card's title or option would be heard again
    before the new title."""
    focused = QApplication.focusWidget()
    if focused is None or not (focused is inside or inside.isAncestorOf(focused)):
        return
    widget: QWidget | None = focused
    while widget is not None and widget is not inside:
        if widget.property(_OWN_FOCUS_PROPERTY):
            return
        widget = widget.parentWidget()
    focused.clearFocus()


def say_focus_again(widget: QWidget) -> None:
    """Tell screen readers once that ``widget``, which has the focus, is focused: Qt says
    nothing when only the name of the focused widget changes (a new card's title)."""
    if QAccessible.isActive() and widget.hasFocus():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Focus))


def fit_to_screen(wanted: QSize, screen_area: QRect | None = None) -> QRect:
    """A window of about ``wanted`` size inside the available area of the primary screen
    (taskbars left free), centred on it."""
    if screen_area is None:
        screen = QGuiApplication.primaryScreen()
        screen_area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1280, 800)
    # leave room for the window frame and title bar the system adds
    width = min(wanted.width(), max(320, screen_area.width() - 16))
    height = min(wanted.height(), max(240, screen_area.height() - 48))
    x = screen_area.x() + max(0, (screen_area.width() - width) // 2)
    y = screen_area.y() + max(0, (screen_area.height() - height - 32) // 2)
    return QRect(x, y, width, height)


#: The roles a widget can ask for with ``set_role`` (the dynamic property
#: ``tiltakskortRole``): a card's title and section headings, the urgent banner, a
#: contact's panel, and a text to be read in full (a label: its role stays a label).
ROLES = {
    "heading": QAccessible.Role.Heading,
    "alert": QAccessible.Role.AlertMessage,
    "group": QAccessible.Role.Grouping,
    "text": QAccessible.Role.StaticText,
}
_ROLE_PROPERTY = "tiltakskortRole"
_LEVEL_PROPERTY = "tiltakskortLevel"
_installed = False


def set_role(widget: QWidget, role: str, *, level: int = 0) -> None:
    """Expose ``widget`` with ``role`` (one of :data:`ROLES`) to screen readers; a label
    (``QLabel``) also exposes its whole text through the text interface (what a screen
    reader reads with "say all" and by line, word or character), and a heading its
    ``level`` (1 the card's title, 2 a section) where Qt has the attribute."""
    install_roles()
    widget.setProperty(_ROLE_PROPERTY, role)
    if level:
        widget.setProperty(_LEVEL_PROPERTY, level)


def _factory(_classname: str, obj: object):  # type: ignore[no-untyped-def]
    if isinstance(obj, QWidget):
        role = obj.property(_ROLE_PROPERTY)
        if isinstance(role, str) and role in ROLES:
            # PySide6 keeps each interface its factory returns alive (Qt holds a
            # pointer to it; the Python object holds the overrides)
            from tiltakskort.ui.accessible import Accessible  # (only while a reader listens)

            return Accessible(obj, ROLES[role])
    return None


def install_roles() -> None:
    """Qt asks this factory first for each widget's accessible interface (only while a
    screen reader or another assistive tool is listening): widgets marked with
    ``set_role`` get theirs, every other widget Qt's own."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
