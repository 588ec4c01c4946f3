"""Problems found in a deck: one record each, with a place and a code.

Every check in the deck engine returns :class:`Problem` objects; the command
line, the app's problem panel and the tests all read the same list. A problem
carries an English message built from a template and its named fields, so the
edges (CLI, UI) can show the same sentence in Norwegian with
:func:`Problem.text`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

ERROR = "error"
WARNING = "warning"

#: code -> (severity, short title in English, short title in bokmål)
CODES: Mapping[str, tuple[str, str, str]] = MappingProxyType({
    "TK001": (ERROR, "file missing, unreadable, not UTF-8, or too large",
              "filen mangler, kan ikke leses, er ikke UTF-8 eller er for stor"),
    "TK002": (ERROR, "YAML syntax error", "feil i YAML-oppsettet"),
    "TK003": (ERROR, "anchor, alias or tag", "anker, alias eller tagg"),
    "TK004": (ERROR, "duplicate key", "samme nøkkel to ganger"),
    "TK010": (ERROR, "required field missing", "påkrevd felt mangler"),
    "TK011": (ERROR, "unknown field", "ukjent felt"),
    "TK012": (ERROR, "wrong kind of value", "feil type verdi"),
    "TK013": (ERROR, "invalid id", "ugyldig id"),
    "TK020": (ERROR, "unknown card", "ukjent kort"),
    "TK021": (ERROR, "unknown contact", "ukjent kontakt"),
    "TK022": (ERROR, "after_hours loop", "after_hours går i ring"),
    "TK023": (ERROR, "extends missing or in a loop", "extends mangler eller går i ring"),
    "TK024": (ERROR, "asset path outside the deck folder, or missing",
              "fil utenfor kortstokkmappen, eller mangler"),
    "TK025": (ERROR, "link scheme not allowed", "lenketype er ikke tillatt"),
    "TK026": (ERROR, "invalid hours", "ugyldig åpningstid"),
    "TK027": (ERROR, "invalid phone number", "ugyldig telefonnummer"),
    "TK028": (ERROR, "end card without steps or contacts", "sluttkort uten steg eller kontakter"),
    "TK029": (ERROR, "scenario expected is not an end card",
              "scenarioets expected er ikke et sluttkort"),
    "TK030": (ERROR, "card cannot reach an end card", "kortet leder ikke til noe sluttkort"),
    "TK101": (WARNING, "card not reachable from start", "kortet kan ikke nås fra start"),
    "TK102": (WARNING, "missing translation", "oversettelse mangler"),
    "TK103": (WARNING, "review overdue", "gjennomgang er forfalt"),
    "TK104": (WARNING, "contact with neither phone nor email",
              "kontakt uten telefon og e-post"),
    "TK105": (WARNING, "question with a single option", "spørsmål med bare ett svar"),
    "TK106": (WARNING, "contact details not checked recently",
              "kontaktopplysningene er ikke sjekket på lenge"),
})


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in a deck, at a place.

    Attributes:
        path: the file, as given by the user (relative paths stay relative).
        line: 1-based line, 0 when the problem is about the whole file.
        column: 1-based column, 0 when the problem is about the whole file.
        code: a code from the format's section 8, e.g. ``TK011``.
        message: the sentence in English.
        nb: the same sentence in Norwegian bokmål.
    """

    path: str
    line: int
    column: int
    code: str
    message: str
    nb: str = ""
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def severity(self) -> str:
        """``error`` or ``warning``, from the code."""
        return CODES[self.code][0]

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def text(self, lang: str = "en") -> str:
        """The sentence in ``lang`` (bokmål for the Norwegian languages and
        Sami, English otherwise)."""
        if lang in ("nb", "nn", "no", "se") and self.nb:
            return self.nb
        return self.message

    def format(self, lang: str = "en") -> str:
        """``FILE:LINE:COL: CODE severity: sentence`` as the format's §8 prints it."""
        return f"{self.path}:{self.line}:{self.column}: {self.code} {self.severity}: {self.text(lang)}"

    def as_dict(self, lang: str = "en") -> dict[str, Any]:
        """A JSON-ready dict for ``--format json``."""
        return {
            "path": self.path, "line": self.line, "column": self.column,
            "code": self.code, "severity": self.severity, "message": self.text(lang),
        }

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.code)


def has_errors(problems: list[Problem] | tuple[Problem, ...], *, strict: bool = False) -> bool:
    """Whether the list holds an error (or, with ``strict``, any problem)."""
    return any(strict or p.is_error for p in problems)


def did_you_mean(word: str, choices: object) -> tuple[str, str]:
    """A "did you mean" suffix in English and bokmål, or two empty strings."""
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)  # type: ignore[call-overload]
    if not close:
        return "", ""
    return f" Did you mean '{close[0]}'?", f" Mente du '{close[0]}'?"
