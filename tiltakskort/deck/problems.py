"""Problems found in a deck: one record each, with a place, a code and a message.

Every check in the deck engine returns :class:`Problem` objects; the command
line, the app's problem panel and the tests all read the same list. A problem's
``message`` is an :class:`~tiltakskort.i18n.Msg`: an English message id with
named fields (often other messages, such as the name of the thing the problem
is about), translated only when an edge asks for it with :meth:`Problem.text`.
The sentences live in the ``deck`` gettext catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Protocol

from tiltakskort.i18n import N_, Msg, t

ERROR = "error"
WARNING = "warning"

#: code -> (severity, short title: a message id of the ``deck`` catalogue)
CODES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "TK001": (ERROR, N_("file missing, unreadable, not UTF-8, or too large")),
        "TK002": (ERROR, N_("YAML syntax error")),
        "TK003": (ERROR, N_("anchor, alias or tag")),
        "TK004": (ERROR, N_("duplicate key")),
        "TK010": (ERROR, N_("required field missing")),
        "TK011": (ERROR, N_("unknown field")),
        "TK012": (ERROR, N_("wrong kind of value")),
        "TK013": (ERROR, N_("invalid id")),
        "TK020": (ERROR, N_("unknown card")),
        "TK021": (ERROR, N_("unknown contact")),
        "TK022": (ERROR, N_("after_hours loop")),
        "TK023": (ERROR, N_("extends missing or in a loop")),
        "TK024": (ERROR, N_("asset path outside the deck folder, or missing")),
        "TK025": (ERROR, N_("link scheme not allowed")),
        "TK026": (ERROR, N_("invalid hours")),
        "TK027": (ERROR, N_("invalid phone number")),
        "TK028": (ERROR, N_("end card without steps or contacts")),
        "TK029": (ERROR, N_("scenario expected is not an end card")),
        "TK030": (ERROR, N_("card cannot reach an end card")),
        "TK031": (ERROR, N_("file not a PDF, DOCX, ODT or XLSX document, or too large")),
        "TK101": (WARNING, N_("card not reachable from start")),
        "TK102": (WARNING, N_("missing translation")),
        "TK103": (WARNING, N_("review overdue")),
        "TK104": (WARNING, N_("contact with neither phone nor email")),
        "TK105": (WARNING, N_("question with a single option")),
        "TK106": (WARNING, N_("contact details not checked recently")),
        "TK107": (WARNING, N_("times when nobody on a card answers")),
        "TK108": (WARNING, N_("after_hours on a contact without hours")),
        "TK109": (WARNING, N_("invisible or direction-changing characters")),
        "TK110": (WARNING, N_("a comma inside [ ] that seems to split one text in two")),
    }
)


def title(code: str, lang: str | None = "en") -> str:
    """The short title of a problem code in ``lang`` ("unknown field")."""
    return t(lang, CODES[code][1])


class Place(Protocol):
    """Anything with a place in a file: a located YAML node or a model :class:`Loc`."""

    @property
    def path(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def col(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in a deck, at a place.

    Attributes:
        path: the file, as given by the user (relative paths stay relative).
        line: 1-based line, 0 when the problem is about the whole file.
        column: 1-based column, 0 when the problem is about the whole file.
        code: a code from the format's section 8, e.g. ``TK011``.
        message: the sentence, not yet translated (:meth:`text` translates it).
    """

    path: str
    line: int
    column: int
    code: str
    message: Msg

    @classmethod
    def at(cls, where: Place, code: str, message: Msg) -> Problem:
        """A problem at a node's or a :class:`Loc`'s place."""
        return cls(where.path, where.line, where.col, code, message)

    @property
    def severity(self) -> str:
        """``error`` or ``warning``, from the code."""
        return CODES[self.code][0]

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def text(self, lang: str | None = "en") -> str:
        """The sentence in ``lang`` (``nb``, ``nn``, ``sv``, ``en``; other codes as
        :func:`tiltakskort.i18n.resolve` maps them), starting with a capital letter,
        on one line: a value quoted from the deck is shortened and its line breaks and
        control characters written out."""
        s = tame(self.message).text(lang)
        return s[:1].upper() + s[1:]

    def format(self, lang: str | None = "en") -> str:
        """``FILE:LINE:COL: CODE severity: sentence`` as the format's §8 prints it."""
        return (
            f"{self.path}:{self.line}:{self.column}: {self.code} {self.severity}: {self.text(lang)}"
        )

    def describe(self, lang: str | None = "en") -> str:
        """In words, for people: "deck.yaml, line 84, column 12 – TK027 (error): sentence"."""
        import os

        severity = t(lang, "error") if self.is_error else t(lang, "warning")
        if self.line <= 0:  # the whole file (missing, unreadable, not a file): no line 0
            return t(
                lang,
                "{file} – {code} ({severity}): {sentence}",
                file=os.path.basename(self.path),
                code=self.code,
                severity=severity,
                sentence=self.text(lang),
            )
        return t(
            lang,
            "{file}, line {line}, column {column} – {code} ({severity}): {sentence}",
            file=os.path.basename(self.path),
            line=self.line,
            column=self.column,
            code=self.code,
            severity=severity,
            sentence=self.text(lang),
        )

    def as_dict(self, lang: str | None = "en") -> dict[str, Any]:
        """A JSON-ready dict for ``--format json``."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "severity": self.severity,
            "message": self.text(lang),
        }

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)


#: A value quoted in a problem longer than this is shortened in the middle.
QUOTE_LIMIT = 120
_UNSEEN = None


def quote(value: str) -> str:
    """A value from the deck as a problem quotes it: on one line, control and invisible
    characters written out (``\\n``, ``[U+202E]``), at most :data:`QUOTE_LIMIT` long."""
    global _UNSEEN
    if _UNSEEN is None:
        import re

        from tiltakskort.deck.invisible import INVISIBLE

        _UNSEEN = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029]|{INVISIBLE.pattern}")
    if len(value) > QUOTE_LIMIT:
        value = value[: QUOTE_LIMIT - 20] + "…" + value[-15:]
    if _UNSEEN.search(value) is None:
        return value
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    return _UNSEEN.sub(lambda m: named.get(m.group(), f"[U+{ord(m.group()):04X}]"), value)


def tame(message: Msg) -> Msg:
    """``message`` with every text field :func:`quote`-d (nested messages too)."""
    fields = message.fields
    if not any(isinstance(v, (str, Msg)) for v in fields.values()):
        return message
    out = object.__new__(type(message))
    out.msgid = message.msgid
    out.fields = MappingProxyType(
        {
            k: quote(v) if isinstance(v, str) else tame(v) if isinstance(v, Msg) else v
            for k, v in fields.items()
        }
    )
    return out


def has_errors(problems: list[Problem] | tuple[Problem, ...], *, strict: bool = False) -> bool:
    """Whether the list holds an error (or, with ``strict``, any problem)."""
    return any(strict or p.is_error for p in problems)


class Sentences(Msg):
    """Sentences shown one after the other (a problem, then a suggestion)."""

    __slots__ = ()

    def __init__(self, *parts: Msg) -> None:
        super().__init__("", **{str(i): p for i, p in enumerate(parts)})

    def text(self, lang: str | None) -> str:
        return " ".join(p.text(lang) for p in self.fields.values())


def did_you_mean(word: str, choices: Iterable[str]) -> Msg | None:
    """ "Did you mean 'x'?" for the closest of ``choices``, or ``None``."""
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return Msg("Did you mean '{word}'?", word=close[0]) if close else None


def with_suggestion(message: Msg, word: str, choices: Iterable[str]) -> Msg:
    """``message``, followed by "Did you mean …?" when one of ``choices`` is close to ``word``."""
    hint = did_you_mean(word, choices)
    return message if hint is None else Sentences(message, hint)
