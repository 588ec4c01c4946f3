"""What a card shows, decided once: the model the screen, ``show`` and every printout paint.

For a deck (already the municipality's view), a card, a language and a moment,
:func:`present_card` gives everything the card shows, in order and with the text
resolved in the card's language: title, body (the safe Markdown tree), urgency and the
emergency line, options, steps, advice, contacts, law and links. The contacts are in
the order to show them at that moment (:func:`contacts_now`): who answers now first,
an after-hours contact in front of the closed contact it stands in for, each with its
status sentence, its hours and the whole chain of contacts that take over after hours.

Pure Python: no Qt, no reportlab, nothing heavy to import. Everything is immutable;
the widgets and printouts decide nothing, they only lay this out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from tiltakskort.deck.model import Card, Contact, Deck, Document, Option, Step
from tiltakskort.phrases import describe_hours, describe_status, phrase

if TYPE_CHECKING:
    from pathlib import Path

    from tiltakskort.deck.hours import OpenStatus
    from tiltakskort.deck.markdown import Block
    from tiltakskort.walk import Walk


# -- which contacts, in which order -------------------------------------------------


@dataclass(frozen=True)
class ShownContact:
    """A contact as the app shows it at a given time.

    Attributes:
        contact: the contact.
        status: open, closed or unknown now (``status.known`` is false when the deck
            gives no opening hours or says they are unknown: no claim either way), and
            when that changes.
        instead_of: the id of the contact this one stands in for (it is on that
            contact's ``after_hours`` chain: that contact is closed, or its hours are
            unknown), else ``None``.
    """

    contact: Contact
    status: OpenStatus | None
    instead_of: str | None = None

    @property
    def is_open(self) -> bool | None:
        """True or False, ``None`` when nothing is known."""
        if self.status is None or not self.status.known:
            return None
        return self.status.is_open


def status_of(contact: Contact, at: datetime, country: str) -> OpenStatus:
    """The contact's status at ``at``; without hours, the unknown status."""
    from tiltakskort.deck.hours import UNKNOWN_STATUS

    return contact.hours.status(at, country) if contact.hours is not None else UNKNOWN_STATUS


def after_hours_chain(deck: Deck, contact: Contact) -> tuple[Contact, ...]:
    """The contacts that take over when ``contact`` is closed, one after the other
    (its ``after_hours``, that one's ``after_hours``…), each once, missing ids skipped."""
    chain: list[Contact] = []
    seen = {contact.id}
    nxt = contact.after_hours
    while nxt and nxt in deck.contacts and nxt not in seen:
        seen.add(nxt)
        chain.append(deck.contacts[nxt])
        nxt = deck.contacts[nxt].after_hours
    return tuple(chain)


def contacts_now(deck: Deck, card: Card, at: datetime) -> list[ShownContact]:
    """The card's contacts in the order to show them at ``at``.

    Contacts that may answer now come first, in the card's order: the open ones, and
    those whose hours are unknown (no claim is made for them), each of these with its
    after-hours contact right beside it; a closed contact's after-hours contact
    (following the ``after_hours`` chain to the first one that is open) takes the
    closed one's place in that order; the closed contacts come last, so the after-hours
    contact is always in front of the one it stands in for. Each contact appears once.
    """
    answering: list[ShownContact] = []
    closed: list[ShownContact] = []
    for cid in card.contacts:
        contact = deck.contacts.get(cid)
        if contact is None:
            continue
        status = status_of(contact, at, deck.country)
        if not status.known:
            answering.append(ShownContact(contact, status))
            alt = _first_open_after_hours(deck, contact, at)
            if alt is not None:
                answering.append(ShownContact(alt, status_of(alt, at, deck.country), cid))
            continue
        if status.is_open:
            answering.append(ShownContact(contact, status))
            continue
        alt = _first_open_after_hours(deck, contact, at)
        if alt is not None:
            shown_alt = ShownContact(alt, status_of(alt, at, deck.country), cid)
            (answering if shown_alt.is_open is not False else closed).append(shown_alt)
        closed.append(ShownContact(contact, status))
    shown: list[ShownContact] = []
    seen: set[str] = set()
    for sc in answering + closed:
        if sc.contact.id not in seen:
            seen.add(sc.contact.id)
            shown.append(sc)
    return shown


def _first_open_after_hours(deck: Deck, contact: Contact, at: datetime) -> Contact | None:
    """Along the ``after_hours`` chain: the first open contact, else the first whose
    hours are unknown, else the first one."""
    chain = after_hours_chain(deck, contact)
    unknown: Contact | None = None
    for c in chain:
        status = status_of(c, at, deck.country)
        if status.is_open:
            return c
        if not status.known and unknown is None:
            unknown = c
    return unknown or (chain[0] if chain else None)


# -- the model ----------------------------------------------------------------------


@dataclass(frozen=True)
class Reach:
    """One contact of an after-hours chain, as a line under the contact it follows."""

    id: str
    name: str
    phone: str  # as dialled by a person ("69 10 20 30"), "" when none
    phone_uri: str  # "tel:+4769102030", "" when none
    is_open: bool | None  # None: the hours are not given, or unknown now
    status: str  # "Åpent nå – til 08:00", "Åpningstid ikke oppgitt"


@dataclass(frozen=True)
class PhoneLine:
    """One of a contact's numbers: what it is for ("" when the deck does not say), as a
    person dials it, and its ``tel:`` link."""

    label: str
    display: str
    uri: str


@dataclass(frozen=True)
class ContactLine:
    """A contact as a card shows it at a moment.

    ``stands_in`` is the sentence above a contact that answers for a closed one
    ("Utenom åpningstid for Barneverntjenesten"), else "". ``after_hours`` is the whole
    chain of contacts that take over when this one is closed, in order;
    ``shown_after_hours`` is the part to show: the whole chain when the contact does not
    answer now (closed, or no hours given) and on paper (printed once, read at any
    hour), nothing while it is open on screen.
    """

    id: str
    name: str
    role: str
    phone: str
    phone_uri: str
    email: str
    url: str
    address: str
    note: tuple[Block, ...]
    note_plain: str
    is_open: bool | None
    status: str
    hours: str  # weekly summary, "" when no hours or open around the clock
    instead_of: str | None
    instead_of_name: str
    stands_in: str
    after_hours: tuple[Reach, ...]
    shown_after_hours: tuple[Reach, ...]
    contact: Contact = field(compare=False, repr=False)  # for the screen's buttons
    words: Headings = field(compare=False, repr=False)  # the labels beside the fields
    #: the numbers after the first (``phone``), each with its label: "Sentralbord"
    more_numbers: tuple[PhoneLine, ...] = ()

    @property
    def phone_label(self) -> str:
        return self.words.phone

    @property
    def hours_label(self) -> str:
        return self.words.hours

    @property
    def address_label(self) -> str:
        return self.words.address

    @property
    def after_hours_label(self) -> str:
        return self.words.after_hours

    @property
    def names(self) -> tuple[str, ...]:
        """The contact names this line shows, in reading order (the closed contact a
        stand-in answers for, the contact, its after-hours chain)."""
        head = (self.instead_of_name,) if self.instead_of else ()
        return (*head, self.name, *(r.name for r in self.shown_after_hours))

    @property
    def spoken(self) -> str:
        """The line as one sentence for a screen reader: name, role, status, phone."""
        bits = [self.stands_in, self.name, self.role, self.status]
        if self.phone:
            bits.append(f"{self.phone_label} {self.phone}")
        bits += [f"{n.label or self.phone_label} {n.display}" for n in self.more_numbers]
        return ". ".join(b for b in bits if b)


@dataclass(frozen=True)
class OptionLine:
    number: int  # 1-based, the key that picks it
    label: str
    hint: str
    goto: str
    goto_number: int | None
    always: bool = False  # one of the deck's options shown under every question card


@dataclass(frozen=True)
class StepLine:
    """A step of the checklist: what to do, who does it and by when.

    ``due`` is the day a deadline falls on, counted from the model's day (the day it is
    shown or printed), when ``when`` names a duration ("innen 14 dager"); ``detail`` is
    the line under the step ("Hvem: Leder · Når: innen 14 dager (frist 15.12.2026)").
    """

    text: str
    who: str  # "" when the deck does not say
    when: str  # as written, "" when the deck does not say
    due: date | None
    detail: str

    def __str__(self) -> str:
        return self.text

    @property
    def spoken(self) -> str:
        """The step and its detail as one sentence (a screen reader, a check box)."""
        return f"{self.text} {self.detail}" if self.detail else self.text


@dataclass(frozen=True)
class DocumentLine:
    """A file that goes with the card (or with the whole deck: ``deck_wide``)."""

    label: str  # "Undringsnotat"
    kind: str  # "DOCX"
    name: str  # as written in the deck: "skjema/undringsnotat.docx"
    path: Path = field(compare=False)
    deck_wide: bool = False

    @property
    def display(self) -> str:
        """ "Undringsnotat (DOCX)"."""
        return f"{self.label} ({self.kind})"


@dataclass(frozen=True)
class LinkLine:
    label: str
    url: str


@dataclass(frozen=True)
class Answer:
    """A step of the trail: the card before and what led on from it."""

    question: str
    answer: str  # the option chosen, or the title of the card jumped to
    jumped: bool


@dataclass(frozen=True)
class EmergencyLine:
    text: str  # the deck's sentence ("Er noen i akutt fare? Ring politiet")
    phone: str
    phone_uri: str

    @property
    def line(self) -> str:
        """The sentence and the number, the number once."""
        if self.phone and self.phone not in self.text:
            return f"{self.text} {self.phone}"
        return self.text


@dataclass(frozen=True)
class Headings:
    """The words around the deck's text, in the card's language."""

    steps: str
    advice: str
    contacts: str
    law: str
    links: str
    urgent: str
    choose: str
    after_hours: str
    hours: str
    phone: str
    email: str
    address: str
    card: str
    question: str
    files: str = ""
    deck_files: str = ""
    service: str = ""


@dataclass(frozen=True)
class CardModel:
    """Everything one card shows, in order, in one language, at one moment."""

    id: str
    number: int | None
    lang: str | None
    at: datetime | None
    title: str
    urgent: bool
    emergency: EmergencyLine
    body: tuple[Block, ...]
    body_plain: str
    options: tuple[OptionLine, ...]
    steps: tuple[StepLine, ...]
    advice: tuple[str, ...]
    contacts: tuple[ContactLine, ...]
    law: tuple[str, ...]
    links: tuple[LinkLine, ...]
    answers: tuple[Answer, ...]
    headings: Headings
    #: the card's files, then the deck's (``deck_wide``), each once
    documents: tuple[DocumentLine, ...] = ()
    #: the service ("Hvor jobber du?") the deck is shown for, "" when none
    service: str = ""

    @property
    def card_documents(self) -> tuple[DocumentLine, ...]:
        return tuple(d for d in self.documents if not d.deck_wide)

    @property
    def deck_documents(self) -> tuple[DocumentLine, ...]:
        return tuple(d for d in self.documents if d.deck_wide)

    @property
    def is_question(self) -> bool:
        return bool(self.options)

    @property
    def contact_names(self) -> tuple[str, ...]:
        """Every contact name the card's contact lines show, in reading order."""
        return tuple(n for line in self.contacts for n in line.names)


@lru_cache(maxsize=16)
def headings(lang: str | None) -> Headings:
    """The words around a card's text in ``lang`` (made once per language)."""
    return Headings(
        steps=phrase("steps", lang),
        advice=phrase("talk", lang),
        contacts=phrase("contacts", lang),
        law=phrase("law", lang),
        links=phrase("links", lang),
        urgent=phrase("urgent", lang),
        choose=phrase("choose", lang),
        after_hours=phrase("after_hours", lang),
        hours=phrase("hours", lang),
        phone=phrase("phone", lang),
        email=phrase("email", lang),
        address=phrase("address", lang),
        card=phrase("card", lang),
        question=phrase("question", lang),
        files=phrase("files", lang),
        deck_files=phrase("deck_files", lang),
        service=phrase("service", lang),
    )


def _status_text(status: OpenStatus | None, at: datetime, lang: str | None) -> str:
    return describe_status(status, at, lang)


def _reach(deck: Deck, contact: Contact, at: datetime, lang: str | None) -> Reach:
    shown = ShownContact(contact, status_of(contact, at, deck.country))
    phone = contact.main_phone
    return Reach(
        contact.id,
        contact.display_name(lang),
        phone.display if phone else "",
        phone.tel_uri if phone else "",
        shown.is_open,
        _status_text(shown.status, at, lang),
    )


def contact_line(
    deck: Deck, shown: ShownContact, at: datetime, lang: str | None, paper: bool = False
) -> ContactLine:
    """One contact as shown at ``at`` (``paper``: on a printout kept for any hour)."""
    c = shown.contact
    closed_name = ""
    if shown.instead_of:
        closed = deck.contacts.get(shown.instead_of)
        closed_name = closed.display_name(lang) if closed is not None else shown.instead_of
    chain = tuple(_reach(deck, x, at, lang) for x in after_hours_chain(deck, c))
    hours = ""
    if c.hours is not None and not c.hours.always_open:
        hours = describe_hours(c.hours, lang)
    return ContactLine(
        id=c.id,
        name=c.display_name(lang),
        role=c.role.get(lang) if c.role else "",
        phone=c.main_phone.display if c.main_phone else "",
        phone_uri=c.main_phone.tel_uri if c.main_phone else "",
        email=c.email or "",
        url=c.url or "",
        address=c.address.get(lang) if c.address else "",
        note=c.note.blocks(lang) if c.note else (),
        note_plain=c.note.plain(lang) if c.note else "",
        is_open=shown.is_open,
        status=_status_text(shown.status, at, lang),
        hours=hours,
        instead_of=shown.instead_of,
        instead_of_name=closed_name,
        stands_in=phrase("instead_of", lang, name=closed_name) if shown.instead_of else "",
        after_hours=chain,
        shown_after_hours=chain if paper or shown.is_open is not True else (),
        contact=c,
        words=headings(lang),
        more_numbers=tuple(
            PhoneLine(n.label.get(lang) if n.label else "", n.phone.display, n.phone.tel_uri)
            for n in c.numbers[1:]
        ),
    )


def contact_lines(
    deck: Deck, card: Card, lang: str | None, at: datetime, paper: bool = False
) -> tuple[ContactLine, ...]:
    return tuple(contact_line(deck, sc, at, lang, paper) for sc in contacts_now(deck, card, at))


def _option(
    deck: Deck, number: int, option: Option, lang: str | None, always: bool = False
) -> OptionLine:
    return OptionLine(
        number,
        option.label.get(lang),
        option.hint.get(lang) if option.hint else "",
        option.goto,
        deck.card_numbers.get(option.goto),
        always,
    )


def option_lines(deck: Deck, card: Card, lang: str | None) -> tuple[OptionLine, ...]:
    """The card's options, then the deck's ``always`` options (:meth:`Deck.options_of`)."""
    own = len(card.options)
    return tuple(_option(deck, i, o, lang, i > own) for i, o in enumerate(deck.options_of(card), 1))


def due_text(day: date) -> str:
    """A deadline's day as printed: 15.12.2026."""
    return day.strftime("%d.%m.%Y")


def step_line(deck: Deck, step: Step, lang: str | None, day: date | None) -> StepLine:
    """One step; a deadline is counted from ``day`` (None: no date is given)."""
    who = step.who.get(lang) if step.who is not None else ""
    when = step.when.text.get(lang) if step.when is not None else ""
    due = step.when.due(day, deck.country) if step.when is not None and day is not None else None
    bits = []
    if who:
        bits.append(phrase("who", lang, who=who))
    if when:
        shown = phrase("due", lang, when=when, date=due_text(due)) if due is not None else when
        bits.append(phrase("when", lang, when=shown))
    return StepLine(step.get(lang), who, when, due, " · ".join(bits))


def document_lines(deck: Deck, card: Card, lang: str | None) -> tuple[DocumentLine, ...]:
    """The card's files, then the deck's, each file once."""
    out: list[DocumentLine] = []
    seen: set[Path] = set()

    def add(doc: Document, deck_wide: bool) -> None:
        if doc.path not in seen:
            seen.add(doc.path)
            out.append(
                DocumentLine(doc.title(lang), doc.kind.upper(), doc.name, doc.path, deck_wide)
            )

    for doc in card.documents:
        add(doc, False)
    for doc in deck.documents:
        add(doc, True)
    return tuple(out)


def emergency(deck: Deck, lang: str | None) -> EmergencyLine:
    """The deck's emergency sentence and number."""
    em = deck.emergency
    return EmergencyLine(em.text.get(lang), em.phone.display, em.phone.tel_uri)


def present_card(
    deck: Deck,
    card: Card,
    lang: str | None,
    at: datetime | None = None,
    answers: Sequence[Answer] = (),
    paper: bool = False,
    dated: bool = True,
) -> CardModel:
    """Everything ``card`` shows in ``lang`` at ``at`` (``None``: now, in the deck's
    country). ``paper``: for a printout of the whole deck, read at any hour (every
    contact shows its whole after-hours chain). ``dated``: the steps' deadlines are
    given the day they fall on, counted from the day of ``at`` (not on a booklet kept
    for months)."""
    if at is None and (card.contacts or any(s.when is not None for s in card.steps)):
        from tiltakskort.walk import now_in

        at = now_in(deck)
    day = at.date() if at is not None and dated else None
    return CardModel(
        id=card.id,
        number=deck.card_numbers.get(card.id),
        lang=lang,
        at=at,
        title=card.title.get(lang),
        urgent=card.urgent,
        emergency=emergency(deck, lang),
        body=card.body.blocks(lang) if card.body else (),
        body_plain=card.body.plain(lang) if card.body else "",
        options=option_lines(deck, card, lang),
        steps=tuple(step_line(deck, s, lang, day) for s in card.steps),
        advice=tuple(x.get(lang) for x in card.talk),
        contacts=contact_lines(deck, card, lang, at, paper) if at is not None else (),
        law=tuple(x.get(lang) for x in card.law),
        links=tuple(LinkLine(x.label.get(lang), x.url) for x in card.links),
        answers=tuple(answers),
        headings=headings(lang),
        documents=document_lines(deck, card, lang),
        service=deck.service_name(lang),
    )


@dataclass(frozen=True)
class DirectoryEntry:
    """A contact in the list of all the deck's contacts (a booklet page, the review)."""

    id: str
    name: str
    role: str
    phone: str
    email: str
    hours: str  # weekly summary ("Døgnåpent" included), "" when no hours
    checked: date | None  # when the deck's author last checked the details


def directory(deck: Deck, lang: str | None) -> tuple[DirectoryEntry, ...]:
    """Every contact of the deck, in the deck's order."""
    return tuple(
        DirectoryEntry(
            c.id,
            c.display_name(lang),
            c.role.get(lang) if c.role else "",
            c.main_phone.display if c.main_phone else "",
            c.email or "",
            describe_hours(c.hours, lang) if c.hours is not None else "",
            c.checked,
        )
        for c in deck.contacts.values()
    )


def trail(walk: Walk, lang: str | None) -> tuple[Answer, ...]:
    """How the walk got to its card: each card before and the answer chosen on it."""
    return tuple(
        Answer(
            before.title.get(lang),
            option.label.get(lang) if option else after.title.get(lang),
            option is None,
        )
        for before, option, after in walk.answers()
    )


def present_walk(walk: Walk, lang: str | None, at: datetime | None = None) -> CardModel:
    """The walk's current card, with the trail that led to it."""
    return present_card(walk.deck, walk.current, lang, at, trail(walk, lang))
