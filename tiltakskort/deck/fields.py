"""Typed field readers: one located YAML value in, one checked Python value out.

A :class:`FieldReader` reads the kinds of value the deck format defines (texts in
several languages, ids, booleans, dates, URLs, phone numbers, e-mail addresses, colours,
asset paths, opening hours, and maps of id -> entity), and reports every value of the
wrong kind as a :class:`~tiltakskort.deck.problems.Problem` at its place instead of
raising. Each reader takes ``what``: the name of the thing read, for the message, as a
:class:`~tiltakskort.i18n.Msg` ("the title of the card 'barn'") or, for a field's name as
written, a plain quoted string (``"'urgent'"``). Messages are built only when a
problem is found, and translated only at the edges.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path, PurePosixPath, PureWindowsPath
from types import MappingProxyType
from typing import Any, TypeVar

from tiltakskort.deck.model import Loc, Text
from tiltakskort.deck.problems import Problem, with_suggestion
from tiltakskort.deck.yamlread import A_SINGLE_VALUE, Mapping, Node, Scalar, Sequence, wrong_kind
from tiltakskort.i18n import Msg

ID_RE = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
LANG_RE = re.compile(r"[a-z]{2}\Z")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
COLOR_RE = re.compile(r"#[0-9a-fA-F]{6}\Z")
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+\Z")
LOGO_SUFFIXES = (".png", ".svg")

#: The name of a thing in a message: a message, or a field's name as written, quoted.
What = Msg | str
T = TypeVar("T")

A_MAPPING_OF_LINES = Msg("a mapping (key: value lines)")
A_LIST_OF_LINES = Msg("a list (lines starting with '-')")
A_TEXT = Msg("a text")
TEXT = Msg("text")
COUNTRIES = {"NO": Msg("Norway"), "SE": Msg("Sweden")}
PHONE_EXAMPLES = {"NO": "69 12 34 56", "SE": "08-123 456 78"}


def loc(node: Node | Scalar) -> Loc:
    return Loc(node.path, node.line, node.col)


class FieldReader:
    """Reads typed fields, collecting problems in :attr:`problems`.

    Attributes:
        languages: the deck's languages, default first (texts are read in them).
        country: ``NO`` or ``SE`` (phone numbers are read for it).
        folders: each file's name as shown in problems -> its folder (for assets).
    """

    def __init__(self, folders: dict[str, Path] | None = None) -> None:
        self.problems: list[Problem] = []
        self.folders: dict[str, Path] = folders or {}
        self.languages: tuple[str, ...] = ("nb",)
        self.country = "NO"

    # -- reporting -------------------------------------------------------

    def report(self, where: Node | Scalar | Loc, code: str, message: Msg) -> None:
        self.problems.append(Problem.at(where, code, message))

    def wrong_kind(self, node: Node, what: What, want: Msg) -> None:
        self.problems.append(wrong_kind(node, what, want))

    # -- structure -------------------------------------------------------

    def check_keys(self, node: Mapping, allowed: tuple[str, ...], what: What) -> None:
        """TK011 for every key of ``node`` that is not one of ``allowed``."""
        previous: tuple[str, Node] | None = None
        for key, (knode, vnode) in node.items.items():
            if (
                key not in allowed
                and " " in key
                and isinstance(vnode, Scalar)
                and not vnode.value.strip()
                and previous is not None
            ):
                # {label: Et barn, under 18 år, goto: barn}: a comma ended the label
                self.report(knode, "TK012", comma_trap(key, previous))
            elif key not in allowed:
                self.report(
                    knode,
                    "TK011",
                    with_suggestion(
                        Msg("'{key}' is not a field of {what}.", key=key, what=what), key, allowed
                    ),
                )
            previous = key, vnode

    def require(
        self, node: Mapping, keys: Iterable[str], what: What, at: Scalar | None = None
    ) -> None:
        """Report each missing key at its empty value, else at ``at`` (the id), else the mapping."""
        for key in keys:
            value = node.get(key)
            if value is None or (isinstance(value, Scalar) and not value.value.strip()):
                where: Node | Scalar = node.key_node(key) or at or node
                self.report(
                    where,
                    "TK010",
                    Msg("{what} has no '{key}'; it is required.", what=what, key=key),
                )

    def mapping(self, node: Node | None, what: What) -> Mapping | None:
        if node is None:
            return None
        if isinstance(node, Mapping):
            return node
        if isinstance(node, Scalar) and not node.value.strip():
            return None
        self.wrong_kind(node, what, A_MAPPING_OF_LINES)
        return None

    def sequence(self, node: Node | None, what: What) -> list[Node]:
        if node is None:
            return []
        if isinstance(node, Sequence):
            return node.items
        if isinstance(node, Scalar) and not node.value.strip():
            return []
        self.wrong_kind(node, what, A_LIST_OF_LINES)
        return []

    def split_by_a_comma(self, node: Node | None) -> None:
        """TK110 (for lists of sentences: steps, advice, law): in ``[Ring barnevernet, og skriv ned hva du så.]`` the comma makes two
        texts, and the second, unquoted, begins with a small letter: most likely one
        sentence the comma cut in two."""
        if not isinstance(node, Sequence) or not node.flow:
            return
        for before, item in zip(node.items, node.items[1:], strict=False):
            if (
                isinstance(item, Scalar)
                and item.plain
                and item.value[:1].islower()
                and isinstance(before, Scalar)
            ):
                whole = f"{before.value}, {item.value}"
                self.report(
                    item,
                    "TK110",
                    Msg(
                        "Between [ and ] a comma starts a new item, so '{first}' and '{second}' "
                        'became two; if it is one text, put it in quotes: "{whole}", or write '
                        "each item on a line of its own starting with '- '.",
                        first=before.value,
                        second=item.value,
                        whole=whole,
                    ),
                )

    def scalar(self, node: Node | None, what: What) -> Scalar | None:
        if node is None:
            return None
        if isinstance(node, Scalar):
            return node if node.value.strip() else None
        self.wrong_kind(node, what, A_SINGLE_VALUE)
        return None

    def id_map(
        self,
        node: Node | None,
        what: What,
        item: Msg,
        build: Callable[[str, Scalar, Mapping], T | None],
    ) -> dict[str, T]:
        """A mapping of id -> entity (``contacts``, ``cards``, ``municipalities``);
        ``item`` names one entry for the id check ("a card")."""
        out: dict[str, T] = {}
        m = self.mapping(node, what)
        if m is None:
            return out
        for key, (knode, vnode) in m.items.items():
            if not self.ident(knode, item):
                continue
            v = self.mapping(vnode, f"'{key}'")
            if v is None:
                if not isinstance(vnode, Mapping):
                    self.report(knode, "TK010", Msg("'{key}' has no fields.", key=key))
                continue
            entity = build(key, knode, v)
            if entity is not None:
                out[key] = entity
        return out

    # -- values ----------------------------------------------------------

    def text(self, node: Node | None, what: What) -> Text | None:
        """A field of kind *text* or *markdown*: a string or language -> string."""
        if node is None:
            return None
        if isinstance(node, Scalar):
            if not node.value.strip():
                return None
            values = {self.languages[0]: node.value}
        elif isinstance(node, Mapping):
            values = {}
            trap = _text_trap(node)
            if trap is not None:
                self.report(trap[0], "TK012", trap[1])
                return None
            for lang, (knode, vnode) in node.items.items():
                if not LANG_RE.match(lang):
                    self.report(
                        knode,
                        "TK012",
                        Msg(
                            "'{lang}' in {what} is not a language code (use two letters, such as "
                            "nb, nn, sv, en or se).",
                            lang=lang,
                            what=what,
                        ),
                    )
                elif isinstance(vnode, Scalar):
                    values[lang] = vnode.value
                else:
                    self.wrong_kind(
                        vnode, Msg("the {lang} text of {what}", lang=lang, what=what), TEXT
                    )
            if not values:
                if node.items:
                    return None
                self.wrong_kind(node, what, A_TEXT)
                return None
        else:
            self.wrong_kind(node, what, A_TEXT)
            return None
        if len(self.languages) > 1:
            missing = [lang for lang in self.languages if lang not in values]
            if missing:
                self.report(
                    node,
                    "TK102",
                    Msg(
                        "{what} has no translation into {languages}; {default} is shown instead.",
                        what=what,
                        languages=", ".join(missing),
                        default=self.languages[0],
                    ),
                )
        return Text(MappingProxyType(values), self.languages[0], loc(node))

    def texts(self, node: Node | None, what: What) -> tuple[Text, ...]:
        out = []
        for i, item in enumerate(self.sequence(node, what), 1):
            t = self.text(item, Msg("item {n} of {what}", n=i, what=what))
            if t is not None:
                out.append(t)
        return tuple(out)

    def ident(self, knode: Scalar, what: Msg) -> bool:
        """Whether ``knode`` is a valid id (TK013 if not); ``what``: "a card"."""
        if ID_RE.match(knode.value):
            return True
        foreign = next((ch for ch in knode.value if ch.isalpha() and not "a" <= ch <= "z"), None)
        if foreign is not None:
            self.report(
                knode,
                "TK013",
                Msg(
                    "'{id}' is not a valid id for {what}: '{letter}' is not one of the letters a–z "
                    "an id is written with (write e.g. {suggestion}; the title can say it as it "
                    "is).",
                    id=knode.value,
                    what=what,
                    letter=foreign,
                    suggestion=suggest_id(knode.value),
                ),
            )
            return False
        self.report(
            knode,
            "TK013",
            Msg(
                "'{id}' is not a valid id for {what}: use small letters a–z, digits and hyphens, "
                "starting with a letter or digit (e.g. barn-akutt).",
                id=knode.value,
                what=what,
            ),
        )
        return False

    def boolean(self, node: Node | None, what: What) -> bool | None:
        s = self.scalar(node, what)
        if s is None:
            return None
        v = s.value.strip().lower()
        if v in ("true", "false"):
            return v == "true"
        self.report(
            s,
            "TK012",
            Msg("{what} must be true or false, not '{value}'.", what=what, value=s.value),
        )
        return None

    def date_value(self, node: Node | None, what: What) -> date | None:
        s = self.scalar(node, what)
        if s is None:
            return None
        v = s.value.strip()
        if DATE_RE.match(v):
            try:
                return date.fromisoformat(v)
            except ValueError:
                pass
        self.report(
            s,
            "TK012",
            Msg(
                "{what} must be a date written YYYY-MM-DD (e.g. 2026-10-01), not '{value}'.",
                what=what,
                value=s.value,
            ),
        )
        return None

    def https_url(
        self, node: Node | None, what: What, schemes: tuple[str, ...] = ("https",)
    ) -> str | None:
        from tiltakskort.deck.safeurl import is_allowed_url, unsafe_character, url_scheme

        s = self.scalar(node, what)
        if s is None:
            return None
        url = s.value.strip()
        scheme = url_scheme(url)
        if scheme in schemes and is_allowed_url(url):
            return url
        bad = unsafe_character(url) if scheme in schemes else None
        if bad is not None:
            self.report(s, "TK025", unsafe_link(what, url, bad))
            return None
        self.report(
            s,
            "TK025",
            Msg(
                "{what} '{url}' is not allowed: only {schemes} links open (and https links "
                "without a user name).",
                what=what,
                url=url,
                schemes=", ".join(f"{x}:" for x in schemes),
            ),
        )
        return None

    def phone(self, node: Node | None, what: What) -> Any:
        from tiltakskort.deck.phone import PhoneError, parse_phone

        s = self.scalar(node, what)
        if s is None:
            return None
        try:
            return parse_phone(s.value, self.country)
        except PhoneError:
            self.report(
                s,
                "TK027",
                Msg(
                    "{what}: '{number}' is not a valid phone number for {country} (write e.g. "
                    "{example}, or a foreign number with +).",
                    what=what,
                    number=s.value.strip(),
                    country=COUNTRIES.get(self.country, self.country),
                    example=PHONE_EXAMPLES.get(self.country, ""),
                ),
            )
            return None

    def phones(self, node: Node | None, what: What) -> tuple[Any, ...]:
        """``phones``: a list of numbers, each a number or ``{number: ..., label: ...}``."""
        from tiltakskort.deck.model import LabelledPhone

        out: list[LabelledPhone] = []
        for item in self.sequence(node, Msg("the phone numbers of {what}", what=what)):
            if isinstance(item, Mapping):
                self.check_keys(
                    item, ("number", "label"), Msg("a phone number of {what}", what=what)
                )
                if item.get("number") is None:
                    self.require(item, ["number"], Msg("a phone number of {what}", what=what))
                    continue
                phone = self.phone(item.get("number"), Msg("the phone number of {what}", what=what))
                label = self.text(
                    item.get("label"), Msg("the label of a phone number of {what}", what=what)
                )
            else:
                phone = self.phone(item, Msg("the phone number of {what}", what=what))
                label = None
            if phone is not None:
                out.append(LabelledPhone(phone, label))
        return tuple(out)

    def email(self, node: Node | None, what: What) -> str | None:
        s = self.scalar(node, what)
        if s is None:
            return None
        if EMAIL_RE.match(s.value.strip()):
            return s.value.strip()
        self.report(s, "TK012", Msg("'{value}' is not an e-mail address.", value=s.value))
        return None

    def color(self, node: Node | None, what: What) -> str | None:
        s = self.scalar(node, what)
        if s is None:
            return None
        if COLOR_RE.match(s.value.strip()):
            return s.value.strip().lower()
        self.report(
            s,
            "TK012",
            Msg(
                "{what} must be written #rrggbb (e.g. #1f4e79), not '{value}'.",
                what=what,
                value=s.value,
            ),
        )
        return None

    def asset(self, node: Node | None, what: What) -> Path | None:
        """A PNG or SVG file inside the folder of the deck file that names it."""
        s = self.scalar(node, what)
        if s is None:
            return None
        raw = s.value.strip()
        folder = self.folders.get(s.path)
        if not possible_path(raw):
            self.report(
                s,
                "TK024",
                Msg(
                    "{what} '{path}' is not a file name that can exist (a name holds no control "
                    "characters, and no part of it is longer than 255 characters).",
                    what=what,
                    path=raw,
                ),
            )
            return None
        try:
            return self._asset(s, raw, folder, what)
        except (OSError, ValueError, RuntimeError) as e:
            self.report(
                s,
                "TK024",
                Msg(
                    "{what} '{path}' cannot be read ({reason}).",
                    what=what,
                    path=raw,
                    reason=getattr(e, "strerror", None) or str(e),
                ),
            )
            return None

    def _asset(self, s: Scalar, raw: str, folder: Path | None, what: What) -> Path | None:
        outside = (
            folder is None
            or "\\" in raw
            or PureWindowsPath(raw).drive != ""
            or PureWindowsPath(raw).is_absolute()
            or PurePosixPath(raw).is_absolute()
            or ".." in PurePosixPath(raw).parts
            or ":" in raw
        )
        if not outside:
            assert folder is not None
            target = (folder / raw).resolve()
            outside = not target.is_relative_to(folder.resolve())
        if outside:
            self.report(
                s,
                "TK024",
                Msg(
                    "{what} '{path}' must be a file inside the deck folder, written as a path "
                    "relative to it (e.g. logo.png).",
                    what=what,
                    path=raw,
                ),
            )
            return None
        if not target.is_file() or not stat.S_ISREG(target.stat().st_mode):
            self.report(
                s,
                "TK024",
                Msg("{what} '{path}' does not exist in the deck folder.", what=what, path=raw),
            )
            return None
        if target.suffix.lower() not in LOGO_SUFFIXES:
            self.report(
                s, "TK012", Msg("{what} '{path}' must be a PNG or SVG file.", what=what, path=raw)
            )
            return None
        return target

    def hours(self, node: Node | None, what: What) -> Any:
        """``hours``: ``24/7``, a mapping of days, or an ``opening_hours`` text, as written
        (the holiday rule is the contact's: :class:`~tiltakskort.deck.model.Contact`)."""
        from tiltakskort.deck.hours import HoursError, parse_hours

        if node is None:
            return None
        value: Any = None
        if isinstance(node, Scalar):
            value = node.value.strip()
        elif isinstance(node, Mapping):
            value = {}
            for k, (_, v) in node.items.items():
                if isinstance(v, Scalar):
                    value[k] = v.value.strip()
                elif isinstance(v, Mapping) and k[:1].isdigit():
                    # a season: a date range with a week's hours, {mon-fri: "..."}
                    inner: dict[str, str] = {}
                    for k2, (_, v2) in v.items.items():
                        if not isinstance(v2, Scalar):
                            self.wrong_kind(
                                v2, f"'hours: {k}: {k2}'", Msg("times like 08:00-15:45 or closed")
                            )
                            return None
                        inner[k2] = v2.value.strip()
                    value[k] = inner
                else:
                    self.wrong_kind(v, f"'hours: {k}'", Msg("times like 08:00-15:45 or closed"))
                    return None
        else:
            self.wrong_kind(
                node, "'hours'", Msg("24/7, a mapping of days or an opening_hours text")
            )
            return None
        try:
            return parse_hours(value)
        except HoursError as e:
            where: Node | Scalar = node
            if e.key is not None and isinstance(node, Mapping):
                where = node.key_node(e.key) or node
            self.report(
                where,
                "TK026",
                Msg(
                    "The opening hours of {what} cannot be read: {error} Write it like this, "
                    "for example: {example}",
                    what=what,
                    error=e.message,
                    example=e.example,
                ),
            )
            return None


def unsafe_link(what: What, url: str, char: str) -> Msg:
    """TK025's words for a link with a character no link may hold (``<``, a space …)."""
    code = f"U+{ord(char):04X}"
    shown: Msg | str = (
        Msg("a space")
        if char == " "
        else Msg("a space ({code})", code=code)
        if char.isspace()
        else f"'{char}'"
        if char.isprintable()
        else code
    )
    return Msg(
        "{what} '{url}' holds {char}, which no link may hold: copy the link again from the "
        "browser's address bar (a space in a link is written %20).",
        what=what,
        url=url,
        char=shown,
    )


def possible_path(raw: str) -> bool:
    """Whether ``raw`` could name a file at all: no NUL or control characters, no part
    longer than 255 characters, at most 1,000 characters in all."""
    if len(raw) > 1000 or any(ord(ch) < 32 or ord(ch) == 127 for ch in raw):
        return False
    return all(len(part.encode("utf-8")) <= 255 for part in re.split(r"[/\\]", raw))


_LATIN = str.maketrans(
    {
        "æ": "ae",
        "ø": "o",
        "å": "a",
        "ä": "a",
        "ö": "o",
        "ü": "u",
        "é": "e",
        "è": "e",
        "á": "a",
        "ß": "ss",
        "Æ": "ae",
        "Ø": "o",
        "Å": "a",
        "Ä": "a",
        "Ö": "o",
    }
)


def suggest_id(value: str) -> str:
    """An id made of a–z, digits and hyphens from what the author wrote ("bøker" →
    "boker")."""
    out = re.sub(r"[^a-z0-9]+", "-", value.translate(_LATIN).lower()).strip("-")
    return out or "kort-1"


def comma_trap(words: str, previous: tuple[str, Node] | None) -> Msg:
    """TK012's words for ``{nb: Skriv ned hva du så, med barnets ord., …}``: the comma
    before ``words`` ended the text of the field ``previous`` (its name and value)."""
    if previous is not None and isinstance(previous[1], Scalar) and previous[1].value.strip():
        before = previous[1].value.strip()
        if len(before) > 40:
            before = "…" + before[-30:].lstrip()
        example = f'{previous[0]}: "{before}, {words}"'
    else:
        example = f'"…, {words}"'
    return Msg(
        "The comma before '{words}' ends the text there: between {{ and }} YAML ends a "
        "text at a comma. Put the whole text in quotation marks, e.g. {example}.",
        words=words,
        example=example,
    )


def _text_trap(node: Mapping) -> tuple[Scalar, Msg] | None:
    """A text YAML read as a mapping because of a comma or a colon in it, or None.

    ``{nb: Skriv ned hva du så, med barnets ord., en: …}``: the comma ends the text
    and "med barnets ord." becomes a key without a value. ``- Husk: ring …``: the colon
    makes "Husk" a key. Language codes are two letters; anything else as a key of a
    text is one of these.
    """
    previous: tuple[str, Node] | None = None
    for key, (knode, vnode) in node.items.items():
        if LANG_RE.match(key):
            previous = key, vnode
            continue
        if isinstance(vnode, Scalar) and not vnode.value.strip() and (" " in key or len(key) > 3):
            return knode, comma_trap(key, previous)
        if isinstance(vnode, Scalar) and len(node.items) == 1:
            return knode, Msg(
                "'{words}: …' has a colon followed by a space, so YAML read '{words}' as a "
                'field name: put the whole text in quotation marks, e.g. "{words}: {rest}".',
                words=key,
                rest=vnode.value.strip(),
            )
    return None
