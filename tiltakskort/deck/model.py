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
from pathlib import Path
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
    steps: tuple[Text, ...] = ()
    talk: tuple[Text, ...] = ()
    contacts: tuple[str, ...] = ()
    contact_locs: tuple[Loc, ...] = ()
    law: tuple[Text, ...] = ()
    links: tuple[Link, ...] = ()
    urgent: bool = False
    tags: tuple[Text, ...] = ()

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
        return self.phone if self.phone is not None else (
            self.phones[0].phone if self.phones else None)

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

    @property
    def default_language(self) -> str:
        return self.languages[0]

    @cached_property
    def card_numbers(self) -> Mapping[str, int]:
        """1-based card numbers in the order the cards are written (for printouts)."""
        return MappingProxyType({cid: i for i, cid in enumerate(self.cards, 1)})

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
        contacts = dict(self.contacts)
        for cid, fields in m.contacts.items():
            if cid in contacts:
                merged_locs = {**contacts[cid].locs, **fields.get("locs", {})}
                values = {k: v for k, v in fields.items() if k != "locs"}
                contacts[cid] = dataclasses.replace(
                    contacts[cid], locs=MappingProxyType(merged_locs), **values)
        return dataclasses.replace(
            self,
            contacts=MappingProxyType(contacts),
            branding=m.branding or self.branding,
            municipality_id=m.id,
        )

    def scenario(self, scenario_id: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.id == scenario_id), None)
