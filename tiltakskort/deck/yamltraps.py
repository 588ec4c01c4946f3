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

_NUMBERS = (
    N_("one"),
    N_("two"),
    N_("three"),
    N_("four"),
    N_("five"),
    N_("six"),
    N_("seven"),
    N_("eight"),
)


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
    return (
        line,
        col,
        Msg(
            "The file contains the character {char}, which a deck file may not hold (a control "
            "character, often pasted in with the text); delete it.",
            char=char,
        ),
    )


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


def _key_indent(line: str) -> int:
    """Where the key of a line starts, after any "- " of list items."""
    i = _indent(line)
    while line.startswith("- ", i) or line[i:].rstrip() == "-":
        i += 2
        while i < len(line) and line[i] == " ":
            i += 1
    return i


def _shifted_after_value(lines: list[str], error_line: int) -> tuple[int, int, int, bool] | None:
    """A field indented further than the ``key: value`` line before it, which YAML
    reads as more of that value until it meets the colon: (line, its indentation,
    how many spaces, whether it is the line before that is too far to the left).

    ``  voksen:`` / ``  title: Den voksne`` / ``    steps: …``: the title is too far to
    the left (it should be a field of ``voksen``). ``    name: Politiet`` /
    ``      phone: "112"``: the phone is too far to the right.
    """
    e = error_line - 1
    if not 0 <= e < len(lines) or not _content(lines, e) or ": " not in lines[e] + " ":
        return None
    p = next((j for j in range(e - 1, -1, -1) if _content(lines, j)), None)
    if p is None:
        return None
    before = lines[p].split(" #")[0].rstrip()
    if before.endswith(":") or ": " not in before:
        return None  # not a "key: value" line
    ie, ip = _indent(lines[e]), _key_indent(lines[p])
    if ie <= ip:
        return None
    pp = next((j for j in range(p - 1, -1, -1) if _content(lines, j)), None)
    if (
        pp is not None
        and lines[pp].split(" #")[0].rstrip().endswith(":")
        and _indent(lines[p]) <= _indent(lines[pp])
        and not lines[p].lstrip().startswith("-")
    ):
        return p + 1, _indent(lines[p]), ie - _indent(lines[p]), True
    return e + 1, ie, ie - ip, False


def _colon_at(lines: list[str], line: int, col: int) -> bool:
    """Whether the parser stopped at a colon followed by a space (or the line's end)."""
    if not 0 < line <= len(lines):
        return False
    text = lines[line - 1]
    return 0 < col <= len(text) and text[col - 1] == ":" and text[col : col + 1] in (" ", "")


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57].rstrip() + "…"


def _flow_example(text: str, colon: int) -> str:
    """``label: "Voksen: over 18"`` for the colon at ``colon`` in ``{label: Voksen: over
    18, goto: voksen}``."""
    start = max(text.rfind("{", 0, colon), text.rfind(",", 0, colon)) + 1
    ends = [i for i in (text.find(",", colon), text.find("}", colon)) if i >= 0]
    end = min(ends) if ends else len(text)
    key, sep, value = text[start:colon].strip().partition(": ")
    whole = (value if sep else key) + text[colon:end].rstrip()
    return f'{key}: "{_short(whole.strip())}"' if sep else f'"{_short(whole.strip())}"'


def _block_example(lines: list[str], line: int, col: int) -> str | None:
    """``title: "Viktig: ring nå"`` for ``title: Viktig: ring nå``, or None."""
    if not _colon_at(lines, line, col):
        return None
    text = lines[line - 1].split(" #")[0].rstrip()
    body = text.lstrip(" ")
    while body.startswith("- "):
        body = body[2:].lstrip(" ")
    key, sep, value = body.partition(": ")
    if not sep or not key or " " in key or value[:1] in ('"', "'", "{", "["):
        return None
    return f'{key}: "{_short(value.strip())}"'


def explain(
    text: str,
    problem: str,
    context: str,
    line: int,
    col: int,
    context_line: int | None,
    context_col: int | None = None,
) -> tuple[int, int, Msg] | None:
    """Plain words for a syntax error the parser reported at ``line``:``col``, as
    (line, column, message); None when no better words are known."""
    lines = text.split("\n")
    # a tab in the indentation, anywhere up to the error
    for i, raw in enumerate(lines[: max(line, 1)]):
        lead = raw[: len(raw) - len(raw.lstrip(" \t"))]
        if "\t" in lead:
            return (
                i + 1,
                lead.index("\t") + 1,
                Msg(
                    "This line is indented with a tab; YAML indents with spaces only. Replace the "
                    "tab with spaces, as many as the lines around it have."
                ),
            )
    if "quoted scalar" in context and context_line is not None:
        opened = lines[context_line - 1] if context_line - 1 < len(lines) else ""
        # the parser's context mark is the opening quote itself (' or ")
        at = context_col - 1 if context_col is not None else -1
        if not (0 <= at < len(opened) and opened[at] in "'\""):
            at = min((i for i in (opened.find('"'), opened.find("'")) if i >= 0), default=-1)
        quote = opened[at] if at >= 0 else '"'
        return (
            context_line,
            (at + 1 if at >= 0 else 1),
            Msg(
                "The quotation mark {quote} that starts here is never closed; put a {quote} "
                "at the end of the text.",
                quote=quote,
            ),
        )
    found = _too_far_left(lines, line)
    if found is not None:
        where, indent, missing = found
        return (
            where,
            indent + 1,
            Msg(
                "Line {line} is {n} spaces too far to the left: indent it as far as the lines "
                "above and below it.",
                line=where,
                n=_count(missing),
            ),
        )
    if "flow mapping" in context and _colon_at(lines, line, col):
        example = _flow_example(lines[line - 1], col - 1)
        return (
            line,
            col,
            Msg(
                "A colon followed by a space inside a text between {{ and }} ends the text "
                "there: put the whole text in quotation marks, e.g. {example}.",
                example=example,
            ),
        )
    if "mapping values are not allowed" in problem:
        shifted = _shifted_after_value(lines, line)
        if shifted is not None:
            where, indent, n, left = shifted
            if left:
                return (
                    where,
                    indent + 1,
                    Msg(
                        "Line {line} is {n} spaces too far to the left: indent it as far as the "
                        "line below it.",
                        line=where,
                        n=_count(n),
                    ),
                )
            return (
                where,
                indent + 1,
                Msg(
                    "Line {line} is {n} spaces too far to the right: indent it as far as the "
                    "line above it.",
                    line=where,
                    n=_count(n),
                ),
            )
        fixed = _block_example(lines, line, col)
        if fixed is not None:
            return (
                line,
                col,
                Msg(
                    "A colon followed by a space inside a text makes YAML read a field name "
                    "here: put the whole text in quotation marks, e.g. {example}.",
                    example=fixed,
                ),
            )
        return (
            line,
            col,
            Msg(
                "A colon followed by a space inside a text makes YAML read a key here; put the "
                'whole text in quotation marks ("…").'
            ),
        )
    return None
