"""Plain words for the YAML mistakes a new author makes (issue 13, family 8).

The parser says "did not find expected key" four lines after a field indented too
little, and "found unexpected end of stream" past the last line for a quote never
closed. :func:`explain` looks at the text around such an error and says, at the line
where the mistake is, what it is and how to fix it. :func:`forbidden_character` finds
the first character YAML does not allow, with its line and column.
"""

from __future__ import annotations

import re
from typing import Any

from tiltakskort.i18n import N_, Msg

#: What YAML 1.1 allows in a file (PyYAML's reader), as its complement.
_FORBIDDEN = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

_NUMBERS = (N_("one"), N_("two"), N_("three"), N_("four"), N_("five"), N_("six"),
            N_("seven"), N_("eight"))


def _count(n: int) -> Any:
    """A small count in words ("two"), digits beyond eight."""
    return Msg(_NUMBERS[n - 1]) if 1 <= n <= len(_NUMBERS) else n


def place(text: str, index: int) -> tuple[int, int]:
    """1-based (line, column) of ``text[index]``."""
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def forbidden_character(text: str) -> tuple[int, int, Msg] | None:
    """The first character YAML forbids: (line, column, message), or None."""
    m = _FORBIDDEN.search(text)
    if m is None:
        return None
    line, col = place(text, m.start())
    char = f"U+{ord(m.group()):04X}"
    return line, col, Msg(
        "The file contains the character {char}, which a deck file may not hold (a control "
        "character, often pasted in with the text); delete it.",
        char=char)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _content(lines: list[str], i: int) -> bool:
    s = lines[i].strip()
    return bool(s) and not s.startswith("#")


def _too_far_left(lines: list[str], error_line: int) -> tuple[int, int, int] | None:
    """A line indented less than the lines on both sides of it (which agree), near the
    error: (line, its indentation, how many spaces too little)."""
    last = min(error_line, len(lines)) - 1
    for i in range(last, max(0, last - 8), -1):
        if not _content(lines, i) or lines[i].lstrip().startswith("- "):
            continue
        before = next((j for j in range(i - 1, -1, -1) if _content(lines, j)), None)
        after = next((j for j in range(i + 1, len(lines)) if _content(lines, j)), None)
        if before is None or after is None:
            continue
        ind, ib, ia = _indent(lines[i]), _indent(lines[before]), _indent(lines[after])
        if ind < ib and ib == ia and ":" in lines[i] and not lines[before].rstrip().endswith(":"):
            return i + 1, ind, ib - ind
    return None


def explain(text: str, problem: str, context: str, line: int, col: int,
            context_line: int | None) -> tuple[int, int, Msg] | None:
    """Plain words for a syntax error the parser reported at ``line``:``col``, as
    (line, column, message); None when no better words are known."""
    lines = text.split("\n")
    # a tab in the indentation, anywhere up to the error
    for i, raw in enumerate(lines[:max(line, 1)]):
        lead = raw[:len(raw) - len(raw.lstrip(" \t"))]
        if "\t" in lead:
            return i + 1, lead.index("\t") + 1, Msg(
                "This line is indented with a tab; YAML indents with spaces only. Replace the "
                "tab with spaces, as many as the lines around it have.")
    if "quoted scalar" in context and context_line is not None:
        opened = lines[context_line - 1] if context_line - 1 < len(lines) else ""
        quote = "'" if "single-quoted" in context else '"'
        at = opened.find(quote)
        return context_line, (at + 1 if at >= 0 else 1), Msg(
            "The quotation mark {quote} that starts here is never closed; put a {quote} "
            "at the end of the text.", quote=quote)
    found = _too_far_left(lines, line)
    if found is not None:
        where, indent, missing = found
        return where, indent + 1, Msg(
            "Line {line} is {n} spaces too far to the left: indent it as far as the lines "
            "above and below it.", line=where, n=_count(missing))
    if "mapping values are not allowed" in problem:
        return line, col, Msg(
            "A colon followed by a space inside a text makes YAML read a key here; put the "
            "whole text in quotation marks (\"…\").")
    return None
