"""The card on screen: a question with numbered options, or an end card.

Deck text reaches the screen in two ways only: ``QLabel`` in ``Qt.PlainText``, or a
``QLabel`` in rich text given HTML that ``deck.markdown.render_html`` built and escaped from
the safe tree, with ``openLinks`` off so that every click goes through the one
allowlist (``safeurl.is_allowed_url``).
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QUrl, Qt, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QBoxLayout, QCheckBox, QFrame, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from tiltakskort.deck.markdown import render_html
from tiltakskort.deck.model import Text
from tiltakskort.deck.safeurl import is_allowed_url
from tiltakskort.phrases import describe_hours, describe_status, phrase
from tiltakskort.walk import ShownContact, Walk, contacts_now


def plain_label(text: str, name: str = "", wrap: bool = True) -> QLabel:
    """A label that shows ``text`` as the characters it holds, never as markup."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def open_url(url: str) -> bool:
    """Open ``url`` with the system only when the allowlist says it may open."""
    if not is_allowed_url(url):
        return False
    return QDesktopServices.openUrl(QUrl(url))


class SafeText(QLabel):
    """Deck Markdown shown from HTML we built and escaped ourselves (``render_html``).

    No author character ever becomes markup, the HTML holds no images, and links do
    not open by themselves: every click goes through the one allowlist (``open_url``).
    A label, not a text browser: lighter, so a card shows at once after a click.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(open_url)

    def set_blocks(self, text: Text, lang: str | None) -> None:
        self.setText(render_html(text.blocks(lang)))
        self.setAccessibleName(text.plain(lang)[:200])
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if "<a " in self.text() else Qt.FocusPolicy.NoFocus)


SafeBrowser = SafeText  # the name the tests and older code use


def esc(text: str) -> str:
    """Deck text made safe for a rich-text label we build."""
    return html.escape(text, quote=True)


class ContactView(QFrame):
    """One contact: name and role, open or closed now, phone and e-mail as links."""

    def __init__(self, shown: ShownContact, walk: Walk, at: datetime, lang: str | None,
                 copy_text, colours: dict[str, str] | None = None,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        colours = colours or {}
        muted = colours.get("muted", "#4d4d4d")
        open_colour = colours.get("open", "#1e6b34")
        closed_colour = colours.get("closed", "#8f1114")
        title_size = colours.get("title_size", "14pt")
        self.setObjectName("contact")
        c = shown.contact
        self.shown, self.contact = shown, c
        deck = walk.deck
        self.setProperty("standIn", bool(shown.instead_of))
        box = QVBoxLayout(self)
        # One label for the text of the contact, as HTML we build from escaped parts
        # (fewer widgets: a card shows at once after a click).
        parts = []
        if shown.instead_of:
            closed = deck.contacts[shown.instead_of].display_name(lang)
            parts.append(f'<span style="color:{muted}">{esc(phrase("instead_of", lang, name=closed))}</span>')
        parts.append(f'<span style="font-size:{title_size}; font-weight:700">{esc(c.display_name(lang))}</span>')
        if c.role:
            parts.append(f'<span style="color:{muted}">{esc(c.role.get(lang))}</span>')
        if shown.status is not None:
            colour = open_colour if shown.status.is_open else closed_colour
            parts.append(f'<b style="color:{colour}">{esc(describe_status(shown.status, at, lang))}</b>')
        if c.hours is not None and not c.hours.always_open:
            parts.append(f'<span style="color:{muted}">'
                         f'{esc(phrase("hours", lang) + ": " + describe_hours(c.hours, lang))}</span>')
        self.text = QLabel("<br>".join(parts))
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setObjectName("contactText")
        self.text.setAccessibleName(self.text_plain(shown, deck, at, lang))
        box.addWidget(self.text)
        row = QHBoxLayout()
        self.phone_button: QPushButton | None = None
        if c.phone:
            self.phone_button = QPushButton(f"{phrase('phone', lang)} {c.phone.display}")
            self.phone_button.setObjectName("phone")
            self.phone_button.setAccessibleName(
                self.tr("Call %1 on %2").replace("%1", c.display_name(lang)).replace("%2", c.phone.display))
            self.phone_button.clicked.connect(lambda _=False, u=c.phone.tel_uri: open_url(u))
            row.addWidget(self.phone_button)
            copy = QPushButton(self.tr("Copy number"))
            copy.setAccessibleName(self.tr("Copy the number %1").replace("%1", c.phone.display))
            copy.clicked.connect(lambda _=False, n=c.phone.display: copy_text(n))
            row.addWidget(copy)
        row.addStretch(1)
        box.addLayout(row)
        row = QHBoxLayout()
        if c.email:
            mail = QPushButton(c.email)
            mail.setAccessibleName(self.tr("Write an e-mail to %1").replace("%1", c.email))
            mail.clicked.connect(lambda _=False, e=c.email: open_url(f"mailto:{e}"))
            row.addWidget(mail)
        if c.url:
            web = QPushButton(self.tr("Web page"))
            web.setAccessibleName(self.tr("Open the web page of %1").replace("%1", c.display_name(lang)))
            web.clicked.connect(lambda _=False, u=c.url: open_url(u))
            row.addWidget(web)
        row.addStretch(1)
        box.addLayout(row)
        if c.address:
            box.addWidget(plain_label(f"{phrase('address', lang)}: {c.address.get(lang)}", "muted"))
        self.note: SafeText | None = None
        if c.note:
            self.note = SafeText()
            self.note.set_blocks(c.note, lang)
            box.addWidget(self.note)

    @staticmethod
    def text_plain(shown: ShownContact, deck, at: datetime, lang: str | None) -> str:  # type: ignore[no-untyped-def]
        c = shown.contact
        bits = [c.display_name(lang)]
        if c.role:
            bits.append(c.role.get(lang))
        if shown.status is not None:
            bits.append(describe_status(shown.status, at, lang))
        return ". ".join(bits)


class CardView(QWidget):
    """The current card of a walk."""

    optionChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(24, 16, 24, 24)
        self.box.setSpacing(10)
        self.option_buttons: list[QPushButton] = []
        self.step_boxes: list[QCheckBox] = []
        self.contact_views: list[ContactView] = []
        self.title: QLabel | None = None
        self.columns: QBoxLayout | None = None

    def _arrange(self) -> None:
        """Two columns when there is room for about 110 characters, else one."""
        if self.columns is None:
            return
        wide = self.width() >= self.fontMetrics().averageCharWidth() * 120
        self.columns.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                  else QBoxLayout.Direction.TopToBottom)

    def resizeEvent(self, event):  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._arrange()

    def clear(self) -> None:
        while self.box.count():
            item = self.box.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
            elif item.layout() is not None:
                _drop_layout(item.layout())
        self.option_buttons, self.step_boxes, self.contact_views = [], [], []
        self.columns = None

    colours: dict[str, str] = {}

    def show_walk(self, walk: Walk, lang: str | None, at: datetime, copy_text) -> None:  # type: ignore[no-untyped-def]
        self.clear()
        card = walk.current
        deck = walk.deck
        if card.urgent:
            banner = plain_label(f"⚠ {phrase('urgent', lang)} – {deck.emergency.text.get(lang)} "
                                 f"{deck.emergency.phone.display}", "urgentBanner")
            banner.setAccessibleName(banner.text())
            self.box.addWidget(banner)
        number = deck.card_numbers.get(card.id)
        self.title = plain_label(card.title.get(lang), "cardTitle")
        self.title.setAccessibleName(card.title.get(lang))
        self.title.setAccessibleDescription(self.tr("Card %1").replace("%1", str(number)))
        self.box.addWidget(self.title)
        if card.body:
            body = SafeBrowser()
            body.set_blocks(card.body, lang)
            self.box.addWidget(body)
        for i, option in enumerate(card.options, 1):
            text = f"{i}   {option.label.get(lang)}"
            if option.hint:
                text += f"\n     {option.hint.get(lang)}"
            button = QPushButton(text)
            button.setObjectName("option")
            button.setAccessibleName(f"{i}: {option.label.get(lang)}")
            button.setToolTip(self.tr("Press %1").replace("%1", str(i)))
            button.clicked.connect(lambda _=False, n=i - 1: self.optionChosen.emit(n))
            self.option_buttons.append(button)
            self.box.addWidget(button)
        shown = contacts_now(deck, card, at)
        # End cards: what to do on the left, whom to call on the right (one column when
        # the window is narrow or the text is large; see resizeEvent).
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(24)
        left, right = QVBoxLayout(), QVBoxLayout()
        self.columns.addLayout(left, 1)
        self.columns.addLayout(right, 1)
        self.box.addLayout(self.columns)
        if not shown:
            right = left
        if card.steps:
            left.addWidget(plain_label(phrase("steps", lang), "sectionTitle"))
            for step in card.steps:
                check = QCheckBox(step.get(lang))
                check.setAccessibleName(step.get(lang))
                self.step_boxes.append(check)
                left.addWidget(_wrapping(check))
        if card.talk:
            left.addWidget(plain_label(phrase("talk", lang), "sectionTitle"))
            for advice in card.talk:
                left.addWidget(plain_label(f"•  {advice.get(lang)}"))
        if shown:
            right.addWidget(plain_label(phrase("contacts", lang), "sectionTitle"))
            for sc in shown:
                view = ContactView(sc, walk, at, lang, copy_text, self.colours)
                self.contact_views.append(view)
                right.addWidget(view)
        if card.law:
            left.addWidget(plain_label(phrase("law", lang), "sectionTitle"))
            for law in card.law:
                left.addWidget(plain_label(f"•  {law.get(lang)}"))
        if card.links:
            left.addWidget(plain_label(phrase("links", lang), "sectionTitle"))
            for link in card.links:
                button = QPushButton(link.label.get(lang))
                button.setAccessibleName(link.label.get(lang))
                button.setToolTip(link.url)
                button.clicked.connect(lambda _=False, u=link.url: open_url(u))
                row = QHBoxLayout()
                row.addWidget(button)
                row.addStretch(1)
                left.addLayout(row)
        left.addStretch(1)
        if right is not left:
            right.addStretch(1)
        self._arrange()
        self.show_now()

    def show_now(self) -> None:
        """Show the new widgets at once (not on the next event loop turn), so that focus
        can move to the first option right away and keys typed quickly are not lost."""
        # the direct children are enough: showing a widget shows its own children
        for w in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if not w.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                w.show()
        self.box.addStretch(1)


def _wrapping(check: QCheckBox) -> QWidget:
    """A check box whose text wraps: QCheckBox cannot wrap, so the text is a label beside it."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    text = check.text()
    check.setText("")
    row.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
    label = plain_label(text)
    label.setBuddy(check)
    row.addWidget(label, 1)
    holder.mousePressEvent = lambda _e: check.toggle()  # type: ignore[method-assign]
    return holder


def _drop_layout(layout) -> None:  # type: ignore[no-untyped-def]
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()
            item.widget().deleteLater()
        elif item.layout() is not None:
            _drop_layout(item.layout())
