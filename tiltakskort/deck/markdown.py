"""The safe Markdown subset of deck text, parsed once into a small tree.

Deck fields of kind *markdown* may use paragraphs, ``**bold**``, ``*italic*``, bullet
and numbered lists, and links. Everything else – raw HTML above all – stays the literal
characters the author typed. The app (Qt) and the printouts (reportlab) both render this
tree; neither ever receives author-written markup.

The tree::

    Block  = Paragraph(inlines) | ListBlock(ordered, start, items)
    Inline = Span(text, bold, italic) | Link(url, children, allowed) | Break()

A ``ListBlock`` item is a tuple of blocks (a list may hold paragraphs and lists).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from tiltakskort.deck.safeurl import is_allowed_url


@dataclass(frozen=True)
class Span:
    """A run of plain text with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Link:
    """A link; ``allowed`` is False for schemes that must never open."""

    url: str
    children: tuple[Span, ...]
    allowed: bool

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.children) or self.url


@dataclass(frozen=True)
class Break:
    """A hard line break inside a paragraph."""


Inline = Span | Link | Break


@dataclass(frozen=True)
class Paragraph:
    inlines: tuple[Inline, ...]


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    start: int
    items: tuple[tuple[Block, ...], ...]


Block = Paragraph | ListBlock

#: Characters that can start Markdown syntax; text without them is one plain paragraph.
_SYNTAX = re.compile(r"[*_\[\]<>\\`\n]|^\s*(?:[-+]|\d+[.)])\s")


@lru_cache(maxsize=1)
def _parser():  # type: ignore[no-untyped-def]
    from markdown_it import MarkdownIt

    md = MarkdownIt("zero", {"html": False, "linkify": False, "typographer": False})
    md.enable(["emphasis", "list", "link", "newline", "escape", "autolink", "backticks"])
    # Let every link through the parser so that it becomes a Link node whose
    # ``allowed`` flag our own allowlist decides: the validator reports a forbidden
    # one (TK025) and renderers show its text without making it a link.
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    return md


@lru_cache(maxsize=8192)
def parse_markdown(text: str) -> tuple[Block, ...]:
    """Parse deck text into the safe tree (cached: each distinct text is parsed once)."""
    text = text.strip()
    if not text:
        return ()
    if not _SYNTAX.search(text):
        return (Paragraph((Span(text),)),)
    tokens = _parser().parse(text)
    blocks, _ = _blocks(tokens, 0, None)
    return tuple(blocks)


def _blocks(tokens: list, i: int, close: str | None) -> tuple[list[Block], int]:  # type: ignore[type-arg]
    out: list[Block] = []
    while i < len(tokens):
        t = tokens[i]
        if close is not None and t.type == close:
            return out, i + 1
        if t.type == "paragraph_open":
            inline = tokens[i + 1]
            out.append(Paragraph(tuple(_inlines(inline.children or []))))
            i += 3  # paragraph_open, inline, paragraph_close
        elif t.type in ("bullet_list_open", "ordered_list_open"):
            ordered = t.type == "ordered_list_open"
            start = int(t.attrs.get("start", 1)) if ordered else 1
            end = "ordered_list_close" if ordered else "bullet_list_close"
            i += 1
            items: list[tuple[Block, ...]] = []
            while i < len(tokens) and tokens[i].type != end:
                if tokens[i].type == "list_item_open":
                    item, i = _blocks(tokens, i + 1, "list_item_close")
                    items.append(tuple(item))
                else:
                    i += 1
            out.append(ListBlock(ordered, start, tuple(items)))
            i += 1
        elif t.type == "inline":
            out.append(Paragraph(tuple(_inlines(t.children or []))))
            i += 1
        else:
            i += 1
    return out, i


def _inlines(children: list) -> Iterator[Inline]:  # type: ignore[type-arg]
    bold = italic = 0
    link: tuple[str, list[Span]] | None = None
    for t in children:
        kind = t.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            link = (str(t.attrs.get("href", "")), [])
        elif kind == "link_close" and link is not None:
            url, spans = link
            yield Link(url, tuple(spans), is_allowed_url(url))
            link = None
        elif kind == "hardbreak":
            yield Break()
        else:
            text = " " if kind == "softbreak" else t.content
            if kind == "code_inline":
                text = t.markup + t.content + t.markup
            span = Span(text, bold > 0, italic > 0)
            if link is not None:
                link[1].append(span)
            else:
                yield span


def iter_links(blocks: Iterable[Block]) -> Iterator[Link]:
    """Every link in the tree, in reading order."""
    for block in blocks:
        if isinstance(block, Paragraph):
            yield from (x for x in block.inlines if isinstance(x, Link))
        else:
            for item in block.items:
                yield from iter_links(item)


def _inline_text(inlines: Iterable[Inline]) -> str:
    parts = []
    for x in inlines:
        if isinstance(x, Span):
            parts.append(x.text)
        elif isinstance(x, Link):
            parts.append(x.text)
        else:
            parts.append("\n")
    return "".join(parts)


def plain_text(blocks: Iterable[Block], indent: str = "") -> str:
    """The tree as plain text: paragraphs apart, list items with bullets or numbers."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(indent + _inline_text(block.inlines))
        else:
            lines = []
            for n, item in enumerate(block.items, block.start):
                marker = f"{n}. " if block.ordered else "• "
                body = plain_text(item, indent + " " * len(marker)).lstrip()
                lines.append(indent + marker + body)
            out.append("\n".join(lines))
    return "\n\n".join(out)


def escape_inline(text: str) -> str:
    """Escape text for HTML or reportlab markup (``&``, ``<``, ``>`` and quotes)."""
    return html.escape(text, quote=True)


def inline_markup(inlines: Iterable[Inline], link_attrs: str = "") -> str:
    """Inline runs as ``<b>``/``<i>``/``<a href>``/``<br/>`` markup, every character escaped.

    Both Qt rich text and reportlab paragraphs read this markup; ``link_attrs`` adds
    attributes to links (a style for Qt, a colour for reportlab). Only allowed links
    become links; a forbidden one keeps its text and opens nothing.
    """
    parts = []
    for x in inlines:
        if isinstance(x, Break):
            parts.append("<br/>")
        elif isinstance(x, Link):
            inner = "".join(_span_html(s) for s in x.children) or escape_inline(x.url)
            if x.allowed:
                extra = f" {link_attrs}" if link_attrs else ""
                parts.append(f'<a href="{escape_inline(x.url)}"{extra}>{inner}</a>')
            else:
                parts.append(inner)
        else:
            parts.append(_span_html(x))
    return "".join(parts)


def _inline_html(inlines: Iterable[Inline], link_style: str) -> str:
    return inline_markup(inlines, f'style="{link_style}"' if link_style else "")


def _span_html(s: Span) -> str:
    text = escape_inline(s.text)
    if s.bold:
        text = f"<b>{text}</b>"
    if s.italic:
        text = f"<i>{text}</i>"
    return text


def render_html(blocks: Iterable[Block], link_style: str = "") -> str:
    """HTML we build and escape ourselves, for a Qt rich-text widget.

    Only allowed links become ``<a href>``; a link with a forbidden scheme shows its
    text and is not a link. No author character ever becomes markup.
    """
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(f"<p>{_inline_html(block.inlines, link_style)}</p>")
        else:
            tag = "ol" if block.ordered else "ul"
            start = f' start="{block.start}"' if block.ordered and block.start != 1 else ""
            items = "".join(f"<li>{_item_html(item, link_style)}</li>" for item in block.items)
            out.append(f"<{tag}{start}>{items}</{tag}>")
    return "".join(out)


def _item_html(item: tuple[Block, ...], link_style: str) -> str:
    if len(item) == 1 and isinstance(item[0], Paragraph):
        return _inline_html(item[0].inlines, link_style)
    return render_html(item, link_style)
