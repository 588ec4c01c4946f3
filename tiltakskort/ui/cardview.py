"""The card on screen: a question with numbered options, or an end card.

Deck text reaches the screen in two ways only: ``QLabel`` in ``Qt.PlainText``, or a
``QLabel`` in rich text given HTML that ``deck.markdown.render_html`` built and escaped from
the safe tree, with ``openLinks`` off so that every click goes through the one
allowlist (``safeurl.is_allowed_url``).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tiltakskort.deck.markdown import Block, render_html
from tiltakskort.deck.model import Contact, Text
from tiltakskort.deck.safeurl import is_allowed_url
from tiltakskort.present import CardModel, ContactLine, DocumentLine, present_walk
from tiltakskort.ui import access
from tiltakskort.ui.style import plain_tip
from tiltakskort.walk import Walk


class WrapLabel(QLabel):
    """A label that remembers its height for a width until its text, font or style
    changes. Qt's layouts ask a wrapping label for its height several times for the same
    width while laying out a card, and each answer lays the text out again."""

    def __init__(self, *args) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args)  # QLabel's own: (), (parent), (text) or (text, parent)
        self._heights: dict[int, int] = {}

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._heights.clear()
        super().setText(text)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setTextFormat(self, fmt) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self._heights.clear()
        super().setTextFormat(fmt)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802
        self._heights.clear()
        super().setWordWrap(on)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self._heights.clear()  # font, style sheet, palette, language…
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height


def plain_label(text: str, name: str = "", wrap: bool = True) -> QLabel:
    """A label that shows ``text`` as the characters it holds, never as markup."""
    label = WrapLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def card_text(text: str, name: str = "") -> QLabel:
    """A plain label of the card whose whole text a screen reader can read (the text
    interface: "say all", by line, word or character), not only its name."""
    label = plain_label(text, name)
    access.set_role(label, "text")
    return label


def open_url(url: str) -> bool:
    """Open ``url`` with the system only when the allowlist says it may open."""
    if not is_allowed_url(url):
        return False
    return QDesktopServices.openUrl(QUrl(url))


class SafeText(WrapLabel):
    """Deck Markdown shown from HTML we built and escaped ourselves (``render_html``).

    No author character ever becomes markup, the HTML holds no images, and links do
    not open by themselves: every click goes through the one allowlist (``open_url``).
    A label, not a text browser: lighter, so a card shows at once after a click.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plain = ""
        access.set_role(self, "text")  # its plain text through the text interface
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(open_url)

    def set_blocks(self, text: Text, lang: str | None) -> None:
        self.set_tree(text.blocks(lang), text.plain(lang))

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._plain = ""
        super().setText(text)

    def set_tree(self, blocks: tuple[Block, ...], plain: str) -> None:
        """Show the safe Markdown tree ``blocks`` (``plain``: the same as plain text)."""
        self.setText(render_html(blocks))
        self._plain = plain
        self.setAccessibleName(plain)  # the whole text: a screen reader reads it all
        self.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus if "<a " in self.text() else Qt.FocusPolicy.NoFocus
        )

    def spoken_text(self) -> str:
        """What the text interface gives a screen reader: the plain text shown."""
        return self._plain


SafeBrowser = SafeText  # the name the tests and older code use


def esc(text: str) -> str:
    """Deck text made safe for a rich-text label we build."""
    return html.escape(text, quote=True)


class ContactView(QFrame):
    """One contact: name and role, open or closed now, phone and e-mail as links.

    Made once and filled again for each card (``show_contact``): a new widget costs a pass of
    the style sheet, setting text on an existing one does not. ``told`` carries a sentence
    for the user about what a button did (the window shows and announces it).
    """

    told = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contact")
        self.setProperty("standIn", False)
        access.set_role(self, "group")  # a named group: name, status and phone
        self.line: ContactLine | None = None
        self.contact: Contact | None = None
        self._copy_text: Callable[[str], object] | None = None
        box = QVBoxLayout(self)
        # One label for the text of the contact, as HTML we build from escaped parts.
        self.text = WrapLabel()
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setObjectName("contactText")
        access.set_role(self.text, "text")
        # a contact's further numbers are tel: links in the text (Vakttelefon, Sentralbord)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.text.linkActivated.connect(open_url)
        box.addWidget(self.text)
        row = QHBoxLayout()
        self._phone = QPushButton()
        self._phone.setObjectName("phone")
        self._phone.clicked.connect(self._call)
        self._copy = QPushButton(self.tr("Copy number"))
        self._copy.clicked.connect(self._copy_number)
        row.addWidget(self._phone)
        row.addWidget(self._copy)
        row.addStretch(1)
        box.addLayout(row)
        row = QHBoxLayout()
        self._mail = QPushButton()
        self._mail.clicked.connect(self._write)
        self._web = QPushButton(self.tr("Web page"))
        self._web.clicked.connect(self._open_web)
        row.addWidget(self._mail)
        row.addWidget(self._web)
        row.addStretch(1)
        box.addLayout(row)
        self._address = card_text("", "muted")
        box.addWidget(self._address)
        self._note = SafeText()
        box.addWidget(self._note)
        self.phone_button: QPushButton | None = None
        self.note: SafeText | None = None

    def focusable(self) -> list[QWidget]:
        """The controls in this contact, in reading order."""
        return [self._phone, self._copy, self._mail, self._web, self._note]

    def show_contact(
        self,
        line: ContactLine,
        copy_text: Callable[[str], object] | None,
        colours: dict[str, str] | None = None,
    ) -> None:
        """Paint one contact line of the card's model."""
        colours = colours or {}
        muted = colours.get("muted", "#4d4d4d")
        open_colour = colours.get("open", "#1e6b34")
        closed_colour = colours.get("closed", "#8f1114")
        title_size = colours.get("title_size", "14pt")
        c = line.contact
        self.line, self.contact, self._copy_text = line, c, copy_text
        if self.property("standIn") != bool(line.stands_in):
            self.setProperty("standIn", bool(line.stands_in))
            self.style().unpolish(self)
            self.style().polish(self)
        parts = []
        if line.stands_in:
            parts.append(f'<span style="color:{muted}">{esc(line.stands_in)}</span>')
        parts.append(
            f'<span style="font-size:{title_size}; font-weight:700">{esc(line.name)}</span>'
        )
        if line.role:
            parts.append(f'<span style="color:{muted}">{esc(line.role)}</span>')
        if line.status:
            colour = (
                open_colour if line.is_open else muted if line.is_open is None else closed_colour
            )
            parts.append(f'<b style="color:{colour}">{esc(line.status)}</b>')
        if line.hours:
            parts.append(
                f'<span style="color:{muted}">{esc(line.hours_label)}: {esc(line.hours)}</span>'
            )
        for n in line.more_numbers:
            parts.append(
                f'{esc(n.label or line.phone_label)}: <a href="{esc(n.uri)}">{esc(n.display)}</a>'
            )
        if line.shown_after_hours:
            chain = "<br>".join(
                "→ " + esc(" – ".join(b for b in (r.name, r.phone, r.status) if b))
                for r in line.shown_after_hours
            )
            parts.append(
                f'<span style="color:{muted}">{esc(line.after_hours_label)}:<br>{chain}</span>'
            )
        self.text.setText("<br>".join(parts))
        self.text.setAccessibleName(line.spoken)
        self.setAccessibleName(line.spoken)
        after_hours = "; ".join(
            " – ".join(b for b in (r.name, r.phone, r.status) if b) for r in line.shown_after_hours
        )
        self.setAccessibleDescription(
            f"{line.after_hours_label}: {after_hours}" if after_hours else ""
        )
        # Each button's name begins with the words it shows (WCAG 2.5.3: a speech-input
        # user says what they see); the rest tells whom it is for.
        if line.phone:
            self._phone.setText(f"{line.phone_label} {line.phone}")
            self._phone.setAccessibleName(
                self.tr("%1 – call %2").replace("%1", self._phone.text()).replace("%2", line.name)
            )
            self._copy.setAccessibleName(f"{self._copy.text()} {line.phone}")
        _show_if(self._phone, bool(line.phone))
        _show_if(self._copy, bool(line.phone))
        self.phone_button = self._phone if line.phone else None
        if line.email:
            self._mail.setText(line.email)
            self._mail.setAccessibleName(self.tr("%1 – write an e-mail").replace("%1", line.email))
        _show_if(self._mail, bool(line.email))
        if line.url:
            self._web.setAccessibleName(f"{self._web.text()}: {line.name}")
        _show_if(self._web, bool(line.url))
        self._address.setText(f"{line.address_label}: {line.address}" if line.address else "")
        _show_if(self._address, bool(line.address))
        if line.note:
            self._note.set_tree(line.note, line.note_plain)
        else:
            self._note.setText("")
        _show_if(self._note, bool(line.note))
        self.note = self._note if line.note else None

    def forget(self) -> None:
        """Hold no contact any more (a hidden view keeps no old text)."""
        self.line = self.contact = self._copy_text = None
        self.phone_button = self.note = None
        for widget in (self.text, self._phone, self._mail, self._address, self._note):
            widget.setText("")
        for named in (self, self.text, self._phone, self._copy, self._mail, self._web):
            named.setAccessibleName("")
        self.setAccessibleDescription("")

    def _call(self) -> None:
        """Dial through the system's phone program; say what happens either way (a PC
        often has no program for ``tel:``, and then nothing would happen at all)."""
        line = self.line
        if line is None or not line.phone_uri:
            return
        if open_url(line.phone_uri):
            self.told.emit(
                self.tr("Calling %1 on %2. If nothing happens, call from your phone.")
                .replace("%1", line.name)
                .replace("%2", line.phone)
            )
        else:
            self.told.emit(
                self.tr("This PC cannot call: call %1 from your phone (%2).")
                .replace("%1", line.phone)
                .replace("%2", line.name)
            )

    def _copy_number(self) -> None:
        if self.line is not None and self.line.phone and self._copy_text is not None:
            self._copy_text(self.line.phone)

    def _write(self) -> None:
        if self.line is not None and self.line.email:
            open_url(f"mailto:{self.line.email}")

    def _open_web(self) -> None:
        if self.line is not None and self.line.url:
            open_url(self.line.url)


def _show_if(widget: QWidget, visible: bool) -> None:
    """Show or hide ``widget`` only when that changes (each call costs a layout pass)."""
    if widget.isHidden() == visible:
        widget.setVisible(visible)


class StepRow(QWidget):
    """A step with a check box whose text wraps: QCheckBox cannot wrap, so the text is a
    label beside it (a click on the text ticks the box too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox()
        row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(2)
        self.label = card_text("")
        self.label.setBuddy(self.check)
        texts.addWidget(self.label)
        # who does it and by when (the deadline's day counted from today)
        self.detail = card_text("", "stepDetail")
        self.detail.hide()
        texts.addWidget(self.detail)
        row.addLayout(texts, 1)

    def set_step(self, text: str, detail: str = "") -> None:
        self.check.setChecked(False)
        self.check.setAccessibleName(text)
        self.check.setAccessibleDescription(detail)
        self.label.setText(text)
        self.detail.setText(detail)
        _show_if(self.detail, bool(detail))

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.check.toggle()


class LinkRow(QWidget):
    """A further link: a button that opens its address through the allowlist."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton()
        self.button.clicked.connect(self._open)
        row.addWidget(self.button)
        row.addStretch(1)
        self.url = ""

    def set_link(self, label: str, url: str) -> None:
        self.url = url
        self.button.setText(label)
        self.button.setAccessibleName(label)
        self.button.setToolTip(plain_tip(url))

    def _open(self) -> None:
        open_url(self.url)


class DocumentRow(QWidget):
    """A file of the card or the deck: a button that opens a copy with the system's
    program (``ui/documents.py``; never the file in the deck)."""

    opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton()
        self.button.setObjectName("document")
        self.button.clicked.connect(lambda _=False: self.opened.emit(self.document))
        row.addWidget(self.button)
        row.addStretch(1)
        self.document: DocumentLine | None = None

    def set_document(self, document: DocumentLine | None) -> None:
        self.document = document
        text = document.display if document is not None else ""
        self.button.setText(text)
        self.button.setAccessibleName(
            self.tr("Open %1").replace("%1", document.display) if document is not None else ""
        )
        self.button.setToolTip(document.name if document is not None else "")


W = TypeVar("W", bound=QWidget)


class Pool(Generic[W]):
    """Widgets of one kind in one layout, made when first needed and used again for every
    card after (``start``, then ``take`` for each item, then ``finish``)."""

    def __init__(self, layout: QBoxLayout, make: Callable[[int], W]) -> None:
        self.layout, self.make = layout, make
        self.items: list[W] = []
        self.used = 0
        self.grew = False

    def start(self) -> None:
        self.used = 0
        self.grew = False

    def take(self) -> W:
        if self.used == len(self.items):
            widget = self.make(len(self.items))
            self.layout.addWidget(widget)
            self.items.append(widget)
            self.grew = True
        widget = self.items[self.used]
        self.used += 1
        return widget

    def finish(self, clear: Callable[[W], object]) -> None:
        """Show the items used, hide the rest and ``clear`` them (no old card text stays
        behind in a hidden widget)."""
        for widget in self.items[: self.used]:
            _show_if(widget, True)
        for widget in self.items[self.used :]:
            if not widget.isHidden():
                widget.hide()
                clear(widget)

    @property
    def active(self) -> list[W]:
        return self.items[: self.used]


class Section(QWidget, Generic[W]):
    """A heading ("Steps", "Whom to call") and a pool of items under it."""

    def __init__(self, make: Callable[[int], W], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        self.heading = plain_label("", "sectionTitle")
        access.set_role(self.heading, "heading", level=2)
        box.addWidget(self.heading)
        self.pool = Pool(box, make)

    def start(self, heading: str) -> None:
        self.heading.setText(heading)
        self.heading.setAccessibleName(heading)
        self.pool.start()

    def finish(self, clear: Callable[[W], object]) -> None:
        self.pool.finish(clear)
        _show_if(self, self.pool.used > 0)


def _clear_label(label: QLabel) -> None:
    label.setText("")


class CardView(QWidget):
    """The current card of a walk.

    The widgets are made once and filled for each card: a click shows the next card
    without making (and styling) new widgets and without deleting the old ones.
    """

    optionChosen = Signal(int)
    #: a file button was pressed (a :class:`~tiltakskort.present.DocumentLine`)
    documentChosen = Signal(object)
    #: a sentence about what a button of the card did ("Kopiert", "Ring … fra telefonen din")
    told = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        access.moves_focus_itself(self)  # to the new title, see _focus_title
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(24, 16, 24, 24)
        self.box.setSpacing(10)
        self.banner = plain_label("", "urgentBanner")
        access.set_role(self.banner, "alert")
        self.box.addWidget(self.banner)
        self.title_label = plain_label("", "cardTitle")
        # the focus goes to the title on every new card (the window's focus_card): a
        # screen reader reads the card from its title, and Tab goes on to its options
        self.title_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        access.set_role(self.title_label, "heading", level=1)
        self.box.addWidget(self.title_label)
        self.body = SafeText()
        self.box.addWidget(self.body)
        options = QVBoxLayout()
        options.setSpacing(10)
        self.box.addLayout(options)
        self.options = Pool(options, self._make_option)
        # End cards: what to do on the left, whom to call on the right (one column when
        # the window is narrow or the text is large; see resizeEvent).
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(24)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(10)
        right.setSpacing(10)
        self.columns.addLayout(left, 1)
        self.columns.addLayout(right, 1)
        self.box.addLayout(self.columns)
        self.steps = Section(lambda _i: StepRow())
        self.talk = Section(lambda _i: card_text(""))
        self.law = Section(lambda _i: card_text(""))
        self.links = Section(lambda _i: LinkRow())
        self.documents = Section(self._make_document)
        self.contacts = Section(lambda _i: self._make_contact())
        for section in (self.steps, self.documents, self.talk, self.law, self.links):
            left.addWidget(section)
        right.addWidget(self.contacts)
        left.addStretch(1)
        right.addStretch(1)
        self.box.addStretch(1)
        for w in (
            self.banner,
            self.title_label,
            self.body,
            self.steps,
            self.talk,
            self.law,
            self.links,
            self.documents,
            self.contacts,
        ):
            w.hide()
        self.option_buttons: list[QPushButton] = []
        self.step_boxes: list[QCheckBox] = []
        self.document_buttons: list[QPushButton] = []
        self.contact_views: list[ContactView] = []
        self.title: QLabel | None = None
        self.model: CardModel | None = None
        self._tab_chain: list[QWidget] = []

    def _make_contact(self) -> ContactView:
        view = ContactView()
        view.told.connect(self.told)
        return view

    def _make_option(self, index: int) -> QPushButton:
        button = QPushButton()
        button.setObjectName("option")
        button.setProperty("always", False)
        button.clicked.connect(lambda _=False: self.optionChosen.emit(index))
        return button

    def _make_document(self, _index: int) -> DocumentRow:
        row = DocumentRow()
        row.opened.connect(self.documentChosen.emit)
        return row

    def _arrange(self) -> None:
        """Two columns when there is room for about 110 characters, else one."""
        wide = self.width() >= self.fontMetrics().averageCharWidth() * 120
        self.columns.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )

    def resizeEvent(self, event):  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._arrange()

    colours: dict[str, str] = {}

    def show_walk(
        self,
        walk: Walk,
        lang: str | None,
        at: datetime | None,
        copy_text: Callable[[str], object] | None,
    ) -> None:
        """Show the walk's current card; ``at`` (the time opening hours are judged at) may
        be None (now, in the deck's country)."""
        self.show_model(present_walk(walk, lang, at), copy_text)

    def show_model(self, model: CardModel, copy_text: Callable[[str], object] | None) -> None:
        """Paint a card's presentation model."""
        self.model = model
        h = model.headings
        if model.urgent:
            self.banner.setText(f"⚠ {h.urgent} – {model.emergency.line}")
            self.banner.setAccessibleName(self.banner.text())
        _show_if(self.banner, model.urgent)
        new_title = self.title_label.text() != model.title
        self.title_label.setText(model.title)
        self.title_label.setAccessibleName(model.title)
        self.title_label.setAccessibleDescription(
            self.tr("Card %1").replace("%1", str(model.number))
        )
        _show_if(self.title_label, True)
        self.title = self.title_label
        self._focus_title(new_title)
        if model.body:
            self.body.set_tree(model.body, model.body_plain)
        else:
            self.body.setText("")
        _show_if(self.body, bool(model.body))

        self.options.start()
        for option in model.options:
            text = f"{option.number}   {option.label}"
            if option.hint:
                text += f"\n     {option.hint}"
            button = self.options.take()
            if button.property("always") != option.always:  # the deck's way out: outlined
                button.setProperty("always", option.always)
                button.style().unpolish(button)
                button.style().polish(button)
            button.setText(text)
            button.setAccessibleName(f"{option.number}: {option.label}")
            button.setToolTip(self.tr("Press %1").replace("%1", str(option.number)))
        self.options.finish(lambda b: b.setText(""))
        self.option_buttons = self.options.active

        self.steps.start(h.steps)
        for step in model.steps:
            self.steps.pool.take().set_step(step.text, step.detail)
        self.steps.finish(lambda row: row.set_step(""))
        self.step_boxes = [row.check for row in self.steps.pool.active]

        self.talk.start(h.advice)
        for advice in model.advice:
            self.talk.pool.take().setText(f"•  {advice}")
        self.talk.finish(_clear_label)

        self.law.start(h.law)
        for law in model.law:
            self.law.pool.take().setText(f"•  {law}")
        self.law.finish(_clear_label)

        self.links.start(h.links)
        for link in model.links:
            self.links.pool.take().set_link(link.label, link.url)
        self.links.finish(lambda row: row.set_link("", ""))

        self.documents.start(h.files)
        for document in model.documents:
            self.documents.pool.take().set_document(document)
        self.documents.finish(lambda row: row.set_document(None))
        self.document_buttons = [row.button for row in self.documents.pool.active]

        self.contacts.start(h.contacts)
        for line in model.contacts:
            self.contacts.pool.take().show_contact(line, copy_text, self.colours)
        self.contacts.finish(ContactView.forget)
        self.contact_views = self.contacts.pool.active

        self._fix_tab_order()
        self._arrange()

    def _focus_title(self, new_title: bool) -> None:
        """A focus in the card goes to its title, which has the new card's title already,
        before the other widgets are hidden or filled again: a screen reader hears the
        new card once, by its title, and none of the widgets on the way. A title that
        had the focus already is told as focused once more when its text is new."""
        focused = QApplication.focusWidget()
        if focused is None or not self.isAncestorOf(focused):
            return
        if focused is self.title_label:
            if new_title:
                access.say_focus_again(self.title_label)
        elif self.title_label.isVisible():
            self.title_label.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fix_tab_order(self) -> None:
        """Tab follows the card as it reads, from its title, also through widgets made for
        a later card. Qt leaves a widget that takes no focus (a body without links) out of
        the order it is given, so the chain is made of those that take it, every card."""
        chain: list[QWidget] = [self.title_label, self.body, *self.options.items]
        chain += [row.check for row in self.steps.pool.items]
        chain += [row.button for row in self.documents.pool.items]
        chain += [row.button for row in self.links.pool.items]
        for view in self.contacts.pool.items:
            chain += view.focusable()
        chain = [w for w in chain if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        if chain == self._tab_chain:
            return
        self._tab_chain = chain
        for before, widget in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, widget)
