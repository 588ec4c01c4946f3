"""Reading one YAML file of a deck into a tree of located nodes.

The deck format (section 1) wants every scalar as text, duplicate keys,
anchors, aliases and tags refused, and limits on size and nesting. PyYAML's
loaders do none of that, and its composer recurses, so a deeply nested file
can overflow the C stack and kill the process. We therefore read the parser's
*event stream* (libyaml's parser keeps its own heap stack) and build our own
tree iteratively, refusing anchors, tags and excessive depth before any tree
exists. Each node keeps its file, line and column.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tiltakskort.deck import invisible, yamltraps
from tiltakskort.deck.problems import Problem
from tiltakskort.i18n import Msg

# One reading everywhere: libyaml's parser (every PyYAML wheel has it). PyYAML's
# pure-Python parser reads some valid decks differently (it ends a plain text in a
# flow mapping at "?": "{sv: Vad är du orolig för?, en: …}" is an error there), so a
# deck is never read with it: without libyaml every file gets one clear problem.
try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    _Loader = None  # type: ignore[assignment,misc]

NO_LIBYAML = Msg(
    "This installation cannot read deck files: its PyYAML has no libyaml, the parser every "
    "install reads decks with (so that a deck means the same everywhere). Reinstall "
    "PyYAML from a wheel: pip install --force-reinstall PyYAML."
)

MAX_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 50


class Scalar:
    """A scalar, always text, at a place; ``plain``: written without quotes."""

    __slots__ = ("value", "path", "line", "col", "plain")

    def __init__(self, value: str, path: str, line: int, col: int, plain: bool = True) -> None:
        self.value = value
        self.path = path
        self.line = line
        self.col = col
        self.plain = plain

    def __repr__(self) -> str:
        return f"Scalar({self.value!r} @{self.line}:{self.col})"


class Mapping:
    """A mapping of text keys to nodes; ``items`` keeps the order written."""

    __slots__ = ("items", "path", "line", "col")

    def __init__(self, path: str, line: int, col: int) -> None:
        self.items: dict[str, tuple[Scalar, Node]] = {}
        self.path = path
        self.line = line
        self.col = col

    def get(self, key: str) -> Node | None:
        pair = self.items.get(key)
        return pair[1] if pair else None

    def key_node(self, key: str) -> Scalar | None:
        pair = self.items.get(key)
        return pair[0] if pair else None

    def __repr__(self) -> str:
        return f"Mapping({list(self.items)} @{self.line}:{self.col})"


class Sequence:
    """A list of nodes; ``flow``: written between [ and ] on one line."""

    __slots__ = ("items", "path", "line", "col", "flow")

    def __init__(self, path: str, line: int, col: int, flow: bool = False) -> None:
        self.items: list[Node] = []
        self.path = path
        self.line = line
        self.col = col
        self.flow = flow

    def __repr__(self) -> str:
        return f"Sequence({len(self.items)} @{self.line}:{self.col})"


Node = Scalar | Mapping | Sequence


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The root node (None when the file could not be read) and the problems."""

    root: Node | None
    problems: tuple[Problem, ...]
    data: bytes = b""


def _problem(path: str, line: int, col: int, code: str, message: Msg) -> Problem:
    return Problem(path, line, col, code, message)


def kind_of(node: Node) -> Msg:
    """What kind of value a node is, for messages ("a list")."""
    if isinstance(node, Mapping):
        return A_MAPPING
    if isinstance(node, Sequence):
        return A_LIST
    return A_SINGLE_VALUE


A_MAPPING = Msg("a mapping")
A_LIST = Msg("a list")
A_SINGLE_VALUE = Msg("a single value")


def read_bytes(path: Path, display: str) -> tuple[bytes | None, list[Problem]]:
    """Read a file's bytes, refusing missing, unreadable and too large files."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return None, [_not_regular(display, info.st_mode)]
        size = info.st_size
        if size > MAX_BYTES:
            mb = f"{size / 1024 / 1024:.1f}"
            return None, [
                _problem(
                    display,
                    0,
                    0,
                    "TK001",
                    Msg("The file is {size} MB; a deck file may be at most 5 MB.", size=mb),
                )
            ]
        # never blocks: a pipe put in the file's place after the check is not waited on
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(f.fileno())
            if not stat.S_ISREG(info.st_mode):
                return None, [_not_regular(display, info.st_mode)]
            return f.read(MAX_BYTES + 1), []
    except ValueError:  # a NUL in the name
        return None, [
            _problem(
                display,
                0,
                0,
                "TK001",
                Msg("The file's name holds a character no file name can have."),
            )
        ]
    except RuntimeError:  # a loop of symbolic links (older Pythons)
        return None, [
            _problem(
                display,
                0,
                0,
                "TK001",
                Msg("The file cannot be read ({reason}).", reason="symbolic link loop"),
            )
        ]
    except FileNotFoundError:
        return None, [_problem(display, 0, 0, "TK001", Msg("The file does not exist."))]
    except IsADirectoryError:
        return None, [_problem(display, 0, 0, "TK001", Msg("This is a folder, not a file."))]
    except OSError as e:
        return None, [
            _problem(
                display,
                0,
                0,
                "TK001",
                Msg("The file cannot be read ({reason}).", reason=e.strerror),
            )
        ]


def _not_regular(display: str, mode: int) -> Problem:
    if stat.S_ISDIR(mode):
        return _problem(display, 0, 0, "TK001", Msg("This is a folder, not a file."))
    return _problem(
        display,
        0,
        0,
        "TK001",
        Msg(
            "This is not an ordinary file (it is a pipe, a device or the like); a deck file is "
            "a text file."
        ),
    )


def decode(data: bytes, display: str) -> tuple[str | None, list[Problem]]:
    """UTF-8 with or without a byte-order mark; anything else is TK001 at the first bad byte."""
    if len(data) > MAX_BYTES:
        return None, [_problem(display, 0, 0, "TK001", Msg("The file is larger than 5 MB."))]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as e:
        before = data[: e.start]
        line = before.count(b"\n") + 1
        col = e.start - (before.rfind(b"\n") + 1) + 1
        return None, [
            _problem(
                display,
                line,
                col,
                "TK001",
                Msg(
                    "The file is not UTF-8 text (perhaps saved as Latin-1 or Windows-1252); "
                    "save it as UTF-8."
                ),
            )
        ]


def _too_deep(display: str, line: int, col: int) -> Problem:
    return _problem(
        display,
        line,
        col,
        "TK001",
        Msg(
            "The file is nested more than {depth} levels deep; a deck never needs that many.",
            depth=MAX_DEPTH,
        ),
    )


def parse_text(text: str, display: str) -> tuple[Node | None, list[Problem]]:
    """Build the located tree from YAML text; collect every problem on the way."""
    problems: list[Problem] = []
    stack: list[Node] = []
    pending_key: list[Scalar | None] = []
    root: Node | None = None
    documents = 0

    def attach(node: Node) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        parent = stack[-1]
        if isinstance(parent, Sequence):
            parent.items.append(node)
            return
        assert isinstance(parent, Mapping)
        key = pending_key[-1]
        if key is None:
            if not isinstance(node, Scalar):
                problems.append(
                    _problem(
                        display,
                        node.line,
                        node.col,
                        "TK012",
                        Msg("A key must be a plain word, not a list or a mapping."),
                    )
                )
                node = Scalar("", display, node.line, node.col)
            pending_key[-1] = node
            return
        pending_key[-1] = None
        first = parent.items.get(key.value)
        if first is not None:
            problems.append(
                _problem(
                    display,
                    key.line,
                    key.col,
                    "TK004",
                    Msg(
                        "The key '{key}' appears twice in the same mapping "
                        "(lines {first} and {second}); keep one of them.",
                        key=key.value,
                        first=first[0].line,
                        second=key.line,
                    ),
                )
            )
            return
        parent.items[key.value] = (key, node)

    def refuse(ev: Any, what: Msg) -> None:
        m = ev.start_mark
        problems.append(
            _problem(
                display,
                m.line + 1,
                m.column + 1,
                "TK003",
                Msg(
                    "{what} are not allowed in a deck; write the value out, "
                    "or refer to a contact or card by its id.",
                    what=what,
                ),
            )
        )

    if _Loader is None:
        return None, [_problem(display, 0, 0, "TK001", NO_LIBYAML)]
    bad = yamltraps.forbidden_character(text)
    if bad is not None:
        line, col, message = bad
        return None, [_problem(display, line, col, "TK002", message)]
    starts: list[int] | None = None

    def warn_invisible(value: str, line: int, col: int) -> str:
        """TK109 at the first invisible character of a scalar; the value escaped."""
        nonlocal starts
        if starts is None:
            starts = [0]
            for i, ch in enumerate(text):
                if ch == "\n":
                    starts.append(i + 1)
        m = invisible.INVISIBLE.search(value)
        assert m is not None
        where_line, where_col = line, col
        begin = starts[line - 1] + col - 1 if line - 1 < len(starts) else 0
        at = text.find(m.group(), begin, begin + 2 * len(value) + 16)
        if at >= 0:
            where_line, where_col = yamltraps.place(text, at)
        found = invisible.found(value)
        shown = ", ".join(f"[{c}]" for c in found)
        if len(found) == 1:
            message = Msg(
                "The text holds {chars}, an invisible character that can turn the text around "
                "or hide part of it; the app shows it as {shown}. Delete it.",
                chars=invisible.describe(value),
                shown=shown,
            )
        else:
            message = Msg(
                "The text holds {chars}: invisible characters that can turn the text around "
                "or hide part of it; the app shows them as {shown}. Delete them.",
                chars=invisible.describe(value),
                shown=shown,
            )
        problems.append(_problem(display, where_line, where_col, "TK109", message))
        return invisible.escape(value)

    try:
        for event in yaml.parse(text, Loader=_Loader):
            ev: Any = event  # the stubs type events too narrowly (no anchor, tag or marks)
            cls = type(ev)
            if cls is yaml.ScalarEvent:
                if ev.anchor is not None:
                    refuse(ev, Msg("Anchors (&{name})", name=ev.anchor))
                if ev.tag is not None and ev.tag != "!":
                    refuse(ev, Msg("Tags ({tag})", tag=ev.tag))
                m = ev.start_mark
                value = ev.value
                if invisible.INVISIBLE.search(value) is not None:
                    value = warn_invisible(value, m.line + 1, m.column + 1)
                attach(Scalar(value, display, m.line + 1, m.column + 1, not ev.style))
            elif cls is yaml.MappingStartEvent or cls is yaml.SequenceStartEvent:
                if ev.anchor is not None:
                    refuse(ev, Msg("Anchors (&{name})", name=ev.anchor))
                if ev.tag is not None:
                    refuse(ev, Msg("Tags ({tag})", tag=ev.tag))
                m = ev.start_mark
                if len(stack) >= MAX_DEPTH:
                    problems.append(_too_deep(display, m.line + 1, m.column + 1))
                    return None, problems
                node: Node
                if cls is yaml.MappingStartEvent:
                    node = Mapping(display, m.line + 1, m.column + 1)
                else:
                    node = Sequence(display, m.line + 1, m.column + 1, bool(ev.flow_style))
                attach(node)
                stack.append(node)
                pending_key.append(None)
            elif cls is yaml.MappingEndEvent or cls is yaml.SequenceEndEvent:
                stack.pop()
                pending_key.pop()
            elif cls is yaml.AliasEvent:
                refuse(ev, Msg("Aliases (*{name})", name=ev.anchor))
                m = ev.start_mark
                attach(Scalar("", display, m.line + 1, m.column + 1))
            elif cls is yaml.DocumentStartEvent:
                documents += 1
                if documents == 2:
                    m = ev.start_mark
                    problems.append(
                        _problem(
                            display,
                            m.line + 1,
                            m.column + 1,
                            "TK002",
                            Msg(
                                "The file holds more than one YAML document ('---'); "
                                "a deck file holds one."
                            ),
                        )
                    )
                    return root, problems
    except yaml.MarkedYAMLError as e:
        m = e.problem_mark or e.context_mark
        line, col = (m.line + 1, m.column + 1) if m else (0, 0)
        what = (e.problem or "unreadable YAML").strip()
        if "nesting depth" in what:
            # libyaml (0.2.6 and later) stops runaway nesting itself while scanning
            # ahead, before our own depth check sees the events: the same problem
            problems.append(_too_deep(display, line, col))
            return None, problems
        context = f" ({e.context.strip()})" if e.context else ""
        cm = e.context_mark
        plain = yamltraps.explain(
            text,
            what,
            e.context or "",
            line,
            col,
            cm.line + 1 if cm is not None else None,
            cm.column + 1 if cm is not None else None,
        )
        if plain is not None:
            problems.append(_problem(display, plain[0], plain[1], "TK002", plain[2]))
            return None, problems
        problems.append(
            _problem(
                display,
                line,
                col,
                "TK002",
                Msg(
                    "YAML syntax error: {error}. Check the indentation, colons and "
                    "quotes on this line and the one before.",
                    error=what + context,
                ),
            )
        )
        return None, problems
    except yaml.YAMLError as e:  # a reader error the check above did not foresee
        position = getattr(e, "position", None)
        line, col = yamltraps.place(text, position) if isinstance(position, int) else (1, 1)
        character = getattr(e, "character", None)
        char = (
            f"U+{ord(character):04X}"
            if isinstance(character, str) and character
            else f"U+{character:04X}"
            if isinstance(character, int)
            else "?"
        )
        problems.append(
            _problem(
                display,
                line,
                col,
                "TK002",
                Msg(
                    "The file contains the character {char}, which a deck file may not hold (a control "
                    "character, often pasted in with the text); delete it.",
                    char=char,
                ),
            )
        )
        return None, problems
    return root, problems


def read_yaml(path: Path, display: str | None = None, data: bytes | None = None) -> ReadResult:
    """Read, decode and parse one deck file.

    Args:
        path: the file.
        display: how to name the file in problems (defaults to ``str(path)``).
        data: the file's bytes when the caller has read them already (so that the bytes
            whose signature was checked are the bytes that are parsed).
    """
    name = display if display is not None else str(path)
    if data is not None:
        problems: list[Problem] = []
    else:
        data, problems = read_bytes(path, name)
    if data is None:
        return ReadResult(None, tuple(problems))
    text, problems = decode(data, name)
    if text is None:
        return ReadResult(None, tuple(problems), data)
    root, problems = parse_text(text, name)
    return ReadResult(root, tuple(problems), data)


def wrong_kind(node: Node, what: Msg | str, want: Msg) -> Problem:
    """TK012 at ``node``: "{what} should be {want}, not {got}." (``what``: a message,
    or a field's name as written, quoted: ``"'hours'"``)."""
    return Problem.at(
        node,
        "TK012",
        Msg("{what} should be {want}, not {got}.", what=what, want=want, got=kind_of(node)),
    )
