"""Invisible and direction-changing characters in deck text (format §8, TK109).

A right-to-left override (U+202E) makes ``Ring \\u202eputsed`` display as
"Ring desttup", on screen and on paper; zero-width characters hide text or break a
number apart without a trace. The loader warns about each text that holds one and
shows it visibly escaped (``[U+202E]``) everywhere the deck's text goes, so what is
read is what was written.

Joiners (U+200C, U+200D) and the soft hyphen (U+00AD) are left alone: emoji sequences
and long Norwegian words use them, and they hide nothing.
"""

from __future__ import annotations

import re

#: code point -> a short English name, for messages
NAMES: dict[int, str] = {
    0x061C: "arabic letter mark",
    0x180E: "mongolian vowel separator",
    0x200B: "zero width space",
    0x200E: "left-to-right mark",
    0x200F: "right-to-left mark",
    0x202A: "left-to-right embedding",
    0x202B: "right-to-left embedding",
    0x202C: "pop directional formatting",
    0x202D: "left-to-right override",
    0x202E: "right-to-left override",
    0x2060: "word joiner",
    0x2061: "function application",
    0x2062: "invisible times",
    0x2063: "invisible separator",
    0x2064: "invisible plus",
    0x2066: "left-to-right isolate",
    0x2067: "right-to-left isolate",
    0x2068: "first strong isolate",
    0x2069: "pop directional isolate",
    0x206A: "inhibit symmetric swapping",
    0x206B: "activate symmetric swapping",
    0x206C: "inhibit arabic form shaping",
    0x206D: "activate arabic form shaping",
    0x206E: "national digit shapes",
    0x206F: "nominal digit shapes",
    0xFEFF: "zero width no-break space",
    0xFFF9: "interlinear annotation anchor",
    0xFFFA: "interlinear annotation separator",
    0xFFFB: "interlinear annotation terminator",
}

INVISIBLE = re.compile("[" + "".join(chr(c) for c in NAMES) + "]")


def has_invisible(text: str) -> bool:
    return INVISIBLE.search(text) is not None


def code_point(char: str) -> str:
    """``U+202E``."""
    return f"U+{ord(char):04X}"


def escape(text: str) -> str:
    """``text`` with each invisible character written out visibly: ``[U+202E]``."""
    if INVISIBLE.search(text) is None:
        return text
    return INVISIBLE.sub(lambda m: f"[{code_point(m.group())}]", text)


def found(text: str) -> list[str]:
    """The different invisible characters of ``text``, as code points, in order:
    ``["U+202E", "U+200B"]``."""
    seen: list[str] = []
    for m in INVISIBLE.finditer(text):
        point = code_point(m.group())
        if point not in seen:
            seen.append(point)
    return seen


def describe(text: str) -> str:
    """The invisible characters of ``text``: ``U+202E (right-to-left override), …``."""
    return ", ".join(f"{c} ({NAMES[int(c[2:], 16)]})" for c in found(text))
