"""Editing ``deck.yaml`` without losing comments, order, quotes or formatting.

ruamel.yaml's round-trip mode keeps comments, key order, flow and block styles and
quotes. We give it a resolver that reads every scalar as text, as the deck format
does (section 1), so ``NO``, ``True``, ``0123`` and ``2026.10`` are written back
exactly as they were; only an empty value stays empty. What ruamel cannot keep is
a file that indents its lists in more than one way: the style most of the file uses
is kept, and the rest follows it.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

_KEY_LINE = re.compile(r"^( *)[^\s#-][^#]*:\s*(#.*)?$")
_DASH_LINE = re.compile(r"^( *)- ")
_ANY_LINE = re.compile(r"^( *)\S")


def _yaml(mapping: int, offset: int) -> Any:
    import re as _re

    from ruamel.yaml import YAML
    from ruamel.yaml.resolver import VersionedResolver

    class TextResolver(VersionedResolver):
        """Every scalar is text; only an empty one is null (and stays empty)."""

        @property
        def versioned_resolver(self) -> Any:
            return {"": [("tag:yaml.org,2002:null", _re.compile(r"^$"))]}

    y = YAML()
    y.Resolver = TextResolver
    y.preserve_quotes = True
    y.width = 1_000_000  # never re-wrap long lines
    y.indent(mapping=mapping, sequence=mapping + offset, offset=offset)
    return y


def guess_indent(text: str) -> tuple[int, int]:
    """(mapping indent, dash offset of block lists under a key) most used in ``text``."""
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    maps: Counter[int] = Counter()
    offsets: Counter[int] = Counter()
    for prev, line in pairwise(lines):
        key = _KEY_LINE.match(prev)
        if not key:
            continue
        base = len(key.group(1))
        dash = _DASH_LINE.match(line)
        if dash:
            offsets[len(dash.group(1)) - base] += 1
            continue
        nxt = _ANY_LINE.match(line)
        if nxt and len(nxt.group(1)) > base:
            maps[len(nxt.group(1)) - base] += 1
    mapping = maps.most_common(1)[0][0] if maps else 2
    offset = offsets.most_common(1)[0][0] if offsets else mapping
    return mapping, max(0, offset)


@dataclass
class DeckFile:
    """A deck file loaded for editing: ``data`` is ruamel's commented tree."""

    path: Path
    data: Any
    bom: bool
    newline: str
    indent: tuple[int, int]
    header: str = ""

    def dump(self) -> str:
        """The file's text; ``header`` (whole lines) goes before it."""
        out = io.StringIO()
        _yaml(*self.indent).dump(self.data, out)
        return self.header + out.getvalue()

    def save(self) -> None:
        text = self.dump()
        if self.newline != "\n":
            text = text.replace("\n", self.newline)
        data = text.encode("utf-8")
        if self.bom:
            data = b"\xef\xbb\xbf" + data
        self.path.write_bytes(data)


def load_deck_file(path: Path) -> DeckFile:
    """Read ``path`` for editing. Raises OSError, UnicodeDecodeError or ruamel's YAMLError
    (call it on a deck that ``load_deck`` has accepted)."""
    raw = path.read_bytes()
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    newline = "\r\n" if "\r\n" in text else "\n"
    text = text.replace("\r\n", "\n")
    indent = guess_indent(text)
    data = _yaml(*indent).load(text)
    return DeckFile(path, data, bom, newline, indent)
