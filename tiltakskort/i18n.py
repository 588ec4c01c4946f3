"""Every text outside Qt widgets, in the user's or the deck's language (gettext).

One catalogue per language and domain, written by translators as standard gettext
``.po`` files in ``resources/locale/<lang>/LC_MESSAGES/`` and read as the compiled
``.mo`` beside them (``python3 scripts/translations.py`` extracts, merges and
compiles them with Babel). The source language of the message ids is English.

One domain per part of the package (``deck`` for the loader's and validator's
problems, ``present`` for what a card shows, ``pdf``, ``signing``, ``authoring``,
``training``, ``packaging``, and ``cli`` for the command and the rest), so each part
can be translated and worked on apart; a lookup searches them all, and a message id
means the same in every domain.

The core never translates: it returns codes and :class:`Msg` values (a message id
and named fields, themselves possibly :class:`Msg`), and the edges call
:meth:`Msg.text` or :func:`t` with the language they speak.

Language codes are the deck format's: ``nb`` (bokmål, the default), ``nn``,
``sv`` and ``en``. Other codes fall back: ``no``, ``nb_NO`` and Sami to bokmål,
``nn_NO`` to nynorsk, ``sv_*`` and ``fi_*`` (Finland-Swedish systems) to Swedish,
``en_*`` to English, anything else to bokmål. Missing nynorsk entries fall back
to bokmål; other missing entries to the English source.
"""

from __future__ import annotations

import gettext as _gettext
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

#: The languages with a full catalogue, default first.
LANGUAGES = ("nb", "nn", "sv", "en")
DEFAULT = "nb"

_ALIASES = {
    "no": "nb",
    "nob": "nb",
    "nno": "nn",
    "se": "nb",
    "sma": "nb",
    "smj": "nb",
    "swe": "sv",
    "eng": "en",
}
#: the language names Windows' C runtime uses in locale names, most specific first
_WINDOWS_NAMES = (
    ("norwegian (nynorsk)", "nn"),
    ("norwegian nynorsk", "nn"),
    ("norwegian", "nb"),
    ("swedish", "sv"),
    ("english", "en"),
    ("sami", "nb"),
)


def locale_dir() -> Path:
    from tiltakskort.paths import resources_dir

    return resources_dir() / "locale"


def normalise(code: str | None) -> str | None:
    """The catalogue language for a language or locale code, or ``None`` when unknown.

    ``nb_NO.UTF-8`` → ``nb``, ``no`` → ``nb``, ``sv-SE`` → ``sv``, ``C`` → ``None``.
    """
    if not code:
        return None
    name = code.strip().split(".")[0].split("@")[0].lower()
    for english, lang in _WINDOWS_NAMES:  # Windows: "Swedish_Sweden", "Norwegian (Nynorsk)_…"
        if name.startswith(english):
            return lang
    base = name.replace("-", "_").split("_")[0]
    base = _ALIASES.get(base, base)
    return base if base in LANGUAGES else None


def _windows_ui_language() -> str | None:
    """The Windows display language (what the user chose in Settings), as a locale code."""
    import ctypes
    import locale

    try:
        # the stubs have windll on Windows only: ignored elsewhere, and unused there
        windll = ctypes.windll  # type: ignore[attr-defined,unused-ignore]
        langid = windll.kernel32.GetUserDefaultUILanguage()
    except (AttributeError, OSError):
        return None
    return locale.windows_locale.get(int(langid))


def system_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language of the user's system: ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
    ``LANG`` (the first known one), else the platform's locale; ``None`` if unknown."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in env.get(var, "").split(":"):
            lang = normalise(part)
            if lang:
                return lang
    if environ is None:
        import locale
        import sys

        if sys.platform == "win32":
            lang = normalise(_windows_ui_language())
            if lang:
                return lang
        try:
            # the C locale is no language (getlocale() would call C.UTF-8 en_US)
            if locale.setlocale(locale.LC_CTYPE).split(".")[0] in ("C", "POSIX"):
                return None
            code = locale.getlocale()[0]
        except (ValueError, locale.Error):
            code = None
        return normalise(code)
    return None


def user_language(environ: Mapping[str, str] | None = None) -> str:
    """The language to speak to the user in: ``TILTAKSKORT_LANG``, else the system
    locale, else bokmål."""
    env = os.environ if environ is None else environ
    return normalise(env.get("TILTAKSKORT_LANG")) or system_language(environ) or DEFAULT


def resolve(lang: str | None) -> str:
    """A catalogue language for ``lang`` (bokmål when unknown or ``None``)."""
    return normalise(lang) or DEFAULT


@cache
def catalogue(lang: str) -> _gettext.NullTranslations:
    """The translations for a catalogue language (both domains, with fallbacks)."""
    lang = resolve(lang)
    folder = locale_dir()
    chain: list[str] = [lang] + (["nb"] if lang == "nn" else [])
    result: _gettext.NullTranslations | None = None
    for code in chain:
        for mo in sorted((folder / code / "LC_MESSAGES").glob("*.mo")):
            tr = _gettext.translation(mo.stem, folder, [code], fallback=True)
            if result is None:
                result = tr
            elif type(tr) is not _gettext.NullTranslations:
                result.add_fallback(tr)
    return result or _gettext.NullTranslations()


def _fill(text: str, lang: str, fields: Mapping[str, Any]) -> str:
    if not fields:
        return text
    # a Msg, or anything else that can say itself in a language (a deck problem, …)
    values = {
        k: (v.text(lang) if callable(getattr(v, "text", None)) else v) for k, v in fields.items()
    }
    return text.format(**values)


def t(lang: str | None, msgid: str, /, **fields: Any) -> str:
    """``msgid`` in ``lang``, with ``{name}`` fields filled (a :class:`Msg` field is
    translated too)."""
    code = resolve(lang)
    return _fill(catalogue(code).gettext(msgid), code, fields)


def tn(lang: str | None, singular: str, plural: str, n: int, /, **fields: Any) -> str:
    """The singular or plural form for ``n`` in ``lang``; ``{n}`` is filled too."""
    code = resolve(lang)
    return _fill(catalogue(code).ngettext(singular, plural, n), code, {"n": n, **fields})


def N_(msgid: str) -> str:
    """Marks a message id for extraction where it is translated later."""
    return msgid


class Msg:
    """A message not yet translated: an id (English source text) and named fields.

    ``Msg("{field} is missing.", field=Msg("a card's title"))``. Fields may be plain
    values or other :class:`Msg`; they are translated in the same language. Two
    messages are equal when their ids and fields are.
    """

    __slots__ = ("fields", "msgid")

    def __init__(self, msgid: str, /, **fields: Any) -> None:
        self.msgid = msgid
        self.fields: Mapping[str, Any] = MappingProxyType(fields)

    def text(self, lang: str | None) -> str:
        return t(lang, self.msgid, **self.fields)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and (self.msgid, dict(self.fields)) == (
            other.msgid,
            dict(other.fields),
        )

    def __hash__(self) -> int:
        return hash(self.msgid)

    def __repr__(self) -> str:
        args = "".join(f", {k}={v!r}" for k, v in self.fields.items())
        return f"Msg({self.msgid!r}{args})"

    def __str__(self) -> str:  # English, for logs
        return self.text("en")
