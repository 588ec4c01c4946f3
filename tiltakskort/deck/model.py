"""The deck as immutable objects.

A deck is read once (``loader.py``) into these frozen dataclasses; every value
that a later check may point at carries its :class:`Loc`. Localised text stays
one :class:`Text` with all its languages; the edge that shows it asks for its
language with :meth:`Text.get`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tiltakskort.deck.hours import Hours
    from tiltakskort.deck.markdown import Block
    from tiltakskort.deck.phone import Phone

FORMAT = "tiltakskort/1"
EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Loc:
    """Where a value was written: file as shown to the user, 1-based line and column."""

    path: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"


NOWHERE = Loc("", 0, 0)


@dataclass(frozen=True)
class Text:
    """A text in one or more languages.

    Attributes:
        values: language code -> string, in the order written.
        default: the deck's default language, used when a language is missing.
        loc: where the text was written.
    """

    values: Mapping[str, str]
    default: str
    loc: Loc = NOWHERE

    def get(self, lang: str | None = None) -> str:
        """The text in ``lang``, else in the default language, else the first one written."""
        if lang is not None and lang in self.values:
            return self.values[lang]
        if self.default in self.values:
            return self.values[self.default]
        return next(iter(self.values.values()), "")

    def blocks(self, lang: str | None = None) -> tuple[Block, ...]:
        """The text as the safe Markdown tree (for fields of kind *markdown*)."""
        from tiltakskort.deck.markdown import parse_markdown

        return parse_markdown(self.get(lang))

    def plain(self, lang: str | None = None) -> str:
        """Markdown text reduced to plain text (for search and the terminal)."""
        from tiltakskort.deck.markdown import plain_text

        return plain_text(self.blocks(lang))

    @staticmethod
    def of(value: str, lang: str = "nb") -> Text:
        """A one-language text (for defaults made by the app, not read from a deck)."""
        return Text(MappingProxyType({lang: value}), lang)


@dataclass(frozen=True)
class When:
    """By when a step is to be done: the text as written, and, when the text names a
    duration ("samme dag", "innen 14 dager", "within 3 working days"), that duration.

    Attributes:
        text: as written, in its languages.
        count: how many ``unit``; ``None`` when the text names no duration ("før møtet").
        unit: ``days``, ``workdays``, ``weeks`` or ``months``.
    """

    text: Text
    count: int | None = None
    unit: str = "days"

    @property
    def is_duration(self) -> bool:
        return self.count is not None

    def due(self, start: date, country: str = "NO") -> date | None:
        """The day the deadline falls on when the clock starts on ``start`` (e.g. the
        day a printout is made); ``None`` for a ``when`` that names no duration."""
        from tiltakskort.deck.deadline import due_date

        return None if self.count is None else due_date(start, self.count, self.unit, country)


@dataclass(frozen=True)
class Step(Text):
    """A step of a card: its text, and optionally who does it and by when.

    A step *is* its text (every text method works on it); ``who`` and ``when`` are
    ``None`` for a step written as plain text.
    """

    who: Text | None = None
    when: When | None = None

    @property
    def text(self) -> Text:
        return Text(self.values, self.default, self.loc)

    @staticmethod
    def of_text(text: Text, who: Text | None = None, when: When | None = None) -> Step:
        return Step(text.values, text.default, text.loc, who, when)


@dataclass(frozen=True)
class Document:
    """A file that goes with a card (or the whole deck): a form, a template, a guide.

    Attributes:
        path: the file, absolute, inside the deck folder.
        name: as written in the deck, relative to its folder ("skjema/samtykke.pdf").
        label: what the button says; ``None``: the file's name.
        kind: ``pdf``, ``docx``, ``odt`` or ``xlsx`` (checked against the content).
        loc: where the file is named.
    """

    path: Path
    name: str
    label: Text | None
    kind: str
    loc: Loc

    def title(self, lang: str | None = None) -> str:
        """The label, or the file's name without its folder and suffix."""
        return self.label.get(lang) if self.label else PurePosixPath(self.name).stem

    def display(self, lang: str | None = None) -> str:
        """ "Samtykkeskjema (PDF)"."""
        return f"{self.title(lang)} ({self.kind.upper()})"


@dataclass(frozen=True)
class Option:
    """An answer to a question card."""

    label: Text
    goto: str
    hint: Text | None
    loc: Loc
    goto_loc: Loc


@dataclass(frozen=True)
class Link:
    """A further-reading link."""

    label: Text
    url: str
    loc: Loc


@dataclass(frozen=True)
class Card:
    """A card: a question (with options) or an end card."""

    id: str
    title: Text
    loc: Loc
    body: Text | None = None
    options: tuple[Option, ...] = ()
    steps: tuple[Step, ...] = ()
    talk: tuple[Text, ...] = ()
    contacts: tuple[str, ...] = ()
    contact_locs: tuple[Loc, ...] = ()
    law: tuple[Text, ...] = ()
    links: tuple[Link, ...] = ()
    urgent: bool = False
    tags: tuple[Text, ...] = ()
    documents: tuple[Document, ...] = ()
    #: False: the deck's ``always`` options are not shown under this card's options.
    always: bool = True

    @property
    def is_question(self) -> bool:
        return bool(self.options)

    @property
    def is_end(self) -> bool:
        return not self.options


@dataclass(frozen=True)
class LabelledPhone:
    """One of a contact's numbers, with what it is for ("Vakttelefon", "Sentralbord")."""

    phone: Phone
    label: Text | None = None


@dataclass(frozen=True)
class Contact:
    """Someone to call or write to.

    ``hours`` are the opening hours in force: whatever ``hours`` a contact is made with,
    the contact's own ``closed_on_holidays`` (stored here only) decides public holidays
    (:meth:`~tiltakskort.deck.hours.Hours.with_holiday_rule`), so a municipality that
    replaces only one of the two fields gets the other's rule applied to it.
    """

    id: str
    loc: Loc
    name: Text | None = None
    role: Text | None = None
    phone: Phone | None = None
    email: str | None = None
    url: str | None = None
    address: Text | None = None
    hours: Hours | None = None
    closed_on_holidays: bool | None = None
    checked: date | None = None
    after_hours: str | None = None
    note: Text | None = None
    locs: Mapping[str, Loc] = field(default_factory=lambda: EMPTY)
    #: the numbers of ``phones``, as written (``phone`` is not among them)
    phones: tuple[LabelledPhone, ...] = ()

    @property
    def numbers(self) -> tuple[LabelledPhone, ...]:
        """Every number: ``phone`` first (without a label), then those of ``phones``."""
        first = (LabelledPhone(self.phone),) if self.phone is not None else ()
        return first + tuple(p for p in self.phones if p.phone != self.phone)

    @property
    def main_phone(self) -> Phone | None:
        """The number to call first: ``phone``, else the first of ``phones``."""
        return (
            self.phone
            if self.phone is not None
            else (self.phones[0].phone if self.phones else None)
        )

    def __post_init__(self) -> None:
        if self.hours is not None:
            object.__setattr__(self, "hours", self.hours.with_holiday_rule(self.closed_on_holidays))

    def display_name(self, lang: str | None = None) -> str:
        return self.name.get(lang) if self.name else self.id


@dataclass(frozen=True)
class Branding:
    """A logo (an absolute path inside the deck folder) and a colour ``#rrggbb``."""

    logo: Path | None = None
    color: str | None = None


@dataclass(frozen=True)
class Municipality:
    """One municipality of an inter-municipal deck (format §6).

    ``contacts`` holds, per contact id, only the fields this municipality sets.
    """

    id: str
    name: Text
    loc: Loc
    contacts: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: EMPTY)
    contact_locs: Mapping[str, Loc] = field(default_factory=lambda: EMPTY)
    branding: Branding | None = None


@dataclass(frozen=True)
class Service:
    """Where the reader works (``services``: barnehage, skole, helsestasjon …).

    ``contacts`` holds, per contact id, only the fields this service sets (as a
    municipality's do); ``steps`` the steps it adds to named cards, after the card's
    own; ``start`` the card a walk starts on for this service (``None``: the deck's).
    """

    id: str
    name: Text
    loc: Loc
    contacts: Mapping[str, Mapping[str, Any]] = field(default_factory=lambda: EMPTY)
    contact_locs: Mapping[str, Loc] = field(default_factory=lambda: EMPTY)
    steps: Mapping[str, tuple[Step, ...]] = field(default_factory=lambda: EMPTY)
    step_locs: Mapping[str, Loc] = field(default_factory=lambda: EMPTY)
    start: str | None = None
    start_loc: Loc = NOWHERE


@dataclass(frozen=True)
class Scenario:
    """A training case (format §5.2)."""

    id: str
    title: Text
    story: Text
    expected: str
    loc: Loc
    expected_loc: Loc
    debrief: Text | None = None


@dataclass(frozen=True)
class Emergency:
    """The line that is always visible: acute danger, call this number."""

    text: Text
    phone: Phone

    def line(self, lang: str | None = None, sep: str = ": ") -> str:
        """The text and the number ("Er noen i akutt fare? Ring politiet: 112"), the
        number left out when the text already says it ("Ring politiet på 112.")."""
        text = self.text.get(lang)
        return text if self.says_number(text) else f"{text}{sep}{self.phone.display}"

    def says_number(self, text: str) -> bool:
        """Whether ``text`` already contains the number (spaces and dashes ignored)."""
        import re

        digits = re.sub(r"\D", "", self.phone.raw)
        runs = re.findall(r"\d[\d \-]*\d|\d", text)
        return bool(digits) and any(re.sub(r"\D", "", r) == digits for r in runs)


@dataclass(frozen=True)
class Deck:
    """A whole deck, after ``extends`` has been applied.

    ``municipality_id`` is set on the views made by :meth:`for_municipality`.
    """

    id: str
    title: Text
    folder: Path
    start: str
    cards: Mapping[str, Card]
    contacts: Mapping[str, Contact]
    emergency: Emergency
    municipality: Text | None = None
    country: str = "NO"
    languages: tuple[str, ...] = ("nb",)
    version: str | None = None
    reviewed: date | None = None
    review_every_months: int = 12
    owner: Text | None = None
    plan_url: str | None = None
    branding: Branding = field(default_factory=Branding)
    municipalities: Mapping[str, Municipality] = field(default_factory=lambda: EMPTY)
    scenarios: tuple[Scenario, ...] = ()
    files: tuple[Path, ...] = ()
    extends: tuple[Path, ...] = ()
    municipality_id: str | None = None
    locs: Mapping[str, Loc] = field(default_factory=lambda: EMPTY)
    #: ``search: synonyms`` (an addition to the format): a word -> the words a person
    #: searching may type for it, for every language of the deck
    search_synonyms: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: EMPTY)
    #: Files that go with the whole deck (``files`` at the top).
    documents: tuple[Document, ...] = ()
    #: Options shown under every question card's own (``always``).
    always: tuple[Option, ...] = ()
    services: Mapping[str, Service] = field(default_factory=lambda: EMPTY)
    #: Set on the views made by :meth:`for_service`.
    service_id: str | None = None

    @property
    def default_language(self) -> str:
        return self.languages[0]

    @cached_property
    def card_numbers(self) -> Mapping[str, int]:
        """1-based card numbers in the order the cards are written (for printouts)."""
        return MappingProxyType({cid: i for i, cid in enumerate(self.cards, 1)})

    def options_of(self, card: Card) -> tuple[Option, ...]:
        """The options a question card shows: its own, then the deck's ``always`` options
        (unless the card says ``always: false``), leaving out any that lead to the card
        itself or to a card one of its own options already leads to. End cards: none."""
        if not card.options:
            return ()
        if not card.always or not self.always:
            return card.options
        seen = {o.goto for o in card.options} | {card.id}
        extra = []
        for o in self.always:
            if o.goto not in seen:
                seen.add(o.goto)
                extra.append(o)
        return (*card.options, *extra)

    def service_name(self, lang: str | None = None) -> str:
        """The name of the service whose view this is, or ''."""
        s = self.services.get(self.service_id or "")
        return s.name.get(lang) if s is not None else ""

    def municipality_name(self, lang: str | None = None) -> str:
        """The name of the municipality whose deck (or view) this is, or ''."""
        if self.municipality_id and self.municipality_id in self.municipalities:
            return self.municipalities[self.municipality_id].name.get(lang)
        return self.municipality.get(lang) if self.municipality else ""

    def for_municipality(self, municipality_id: str | None) -> Deck:
        """This deck as one of its municipalities sees it (format §6).

        The municipality's contact fields replace the deck's field by field
        (then the holiday rule is applied to the result, see :class:`Contact`),
        and its branding replaces the deck's. Unknown or ``None`` ids give the
        deck itself.
        """
        m = self.municipalities.get(municipality_id or "")
        if m is None:
            return self
        return dataclasses.replace(
            self,
            contacts=_overlay(self.contacts, m.contacts),
            branding=m.branding or self.branding,
            municipality_id=m.id,
        )

    def for_service(self, service_id: str | None) -> Deck:
        """This deck as the readers of one of its services see it (``services``).

        The service's contact fields replace the deck's field by field (as a
        municipality's do; on a municipality's view they come on top of the
        municipality's), its steps come after the named cards' own, and its ``start``
        replaces the deck's. Unknown or ``None`` ids give the deck itself.
        """
        s = self.services.get(service_id or "")
        if s is None:
            return self
        cards = dict(self.cards)
        for cid, steps in s.steps.items():
            if cid in cards:
                cards[cid] = dataclasses.replace(cards[cid], steps=(*cards[cid].steps, *steps))
        return dataclasses.replace(
            self,
            contacts=_overlay(self.contacts, s.contacts),
            cards=MappingProxyType(cards),
            start=s.start if s.start is not None and s.start in self.cards else self.start,
            service_id=s.id,
        )

    def view(self, municipality_id: str | None = None, service_id: str | None = None) -> Deck:
        """The deck as one municipality's staff in one service see it (either may be None)."""
        return self.for_municipality(municipality_id).for_service(service_id)

    def scenario(self, scenario_id: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.id == scenario_id), None)


def _overlay(
    contacts: Mapping[str, Contact], changes: Mapping[str, Mapping[str, Any]]
) -> Mapping[str, Contact]:
    """``contacts`` with the fields of ``changes`` (per contact id) replacing theirs."""
    out = dict(contacts)
    for cid, fields in changes.items():
        if cid in out:
            merged_locs = {**out[cid].locs, **fields.get("locs", {})}
            values = {k: v for k, v in fields.items() if k != "locs"}
            out[cid] = dataclasses.replace(out[cid], locs=MappingProxyType(merged_locs), **values)
    return MappingProxyType(out)
