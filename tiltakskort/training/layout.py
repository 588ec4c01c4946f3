"""The whole deck as a map: cards in layers from the start card, options as arrows.

Pure Python (no Qt): the map widget, the exports and the tests all use this layout.

Cards are placed in columns by their distance from ``start`` (breadth first), so a
walk always moves rightwards; an option that leads back to an earlier column (a "read
more" card that returns) is a *back* edge, drawn as a curve. Within a column, cards are
ordered by the barycentre of their neighbours, sweeping left to right and back several
times, which removes most crossings in decision trees like ours. Cards not reachable
from ``start`` are laid out apart, in a last block below the map.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from tiltakskort.deck.model import Deck

BOX_W = 220.0
BOX_H = 70.0
COL_GAP = 110.0
ROW_GAP = 28.0
MARGIN = 40.0
SWEEPS = 8


@dataclass(frozen=True)
class MapNode:
    """A card on the map; ``kind`` is ``question``, ``end`` or ``urgent``."""

    id: str
    title: str
    number: int
    kind: str
    reachable: bool
    layer: int
    x: float
    y: float
    w: float = BOX_W
    h: float = BOX_H

    @property
    def center(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2


@dataclass(frozen=True)
class MapEdge:
    """An option: from card ``source`` to card ``target``, labelled with the option.

    ``back`` marks an option leading to an earlier column (towards the start).
    """

    source: str
    target: str
    label: str
    index: int
    back: bool


@dataclass(frozen=True)
class DeckMap:
    nodes: dict[str, MapNode]
    edges: tuple[MapEdge, ...]
    width: float
    height: float
    unreachable_top: float | None  # y where the block of unreachable cards starts


def _kind(deck: Deck, cid: str) -> str:
    card = deck.cards[cid]
    if card.urgent:
        return "urgent"
    return "question" if card.options else "end"


def layers_of(deck: Deck) -> dict[str, int]:
    """Breadth-first distance of each reachable card from ``start``."""
    depth = {deck.start: 0} if deck.start in deck.cards else {}
    todo = deque(depth)
    while todo:
        cid = todo.popleft()
        for option in deck.options_of(deck.cards[cid]):
            if option.goto in deck.cards and option.goto not in depth:
                depth[option.goto] = depth[cid] + 1
                todo.append(option.goto)
    return depth


def _order(columns: list[list[str]], deck: Deck) -> list[list[str]]:
    """Barycentre ordering within columns to reduce crossings."""
    succ: dict[str, list[str]] = {c: [] for col in columns for c in col}
    pred: dict[str, list[str]] = {c: [] for c in succ}
    for cid in succ:
        for option in deck.options_of(deck.cards[cid]):
            if option.goto in succ:
                succ[cid].append(option.goto)
                pred[option.goto].append(cid)
    pos = {c: i for col in columns for i, c in enumerate(col)}

    def sweep(cols: list[list[str]], neighbours: dict[str, list[str]]) -> None:
        for col in cols:

            def key(c: str) -> tuple[float, int]:
                ns = [pos[n] for n in neighbours[c] if n in pos]
                return (sum(ns) / len(ns) if ns else pos[c], pos[c])

            col.sort(key=key)
            for i, c in enumerate(col):
                pos[c] = i

    for n in range(SWEEPS):
        if n % 2 == 0:
            sweep(columns[1:], pred)
        else:
            sweep(list(reversed(columns[:-1])), succ)
    return columns


def layout(deck: Deck, lang: str | None = None) -> DeckMap:
    """Lay the deck out; coordinates in points, origin top left."""
    depth = layers_of(deck)
    numbers = deck.card_numbers
    n_layers = max(depth.values(), default=-1) + 1
    columns: list[list[str]] = [[] for _ in range(n_layers)]
    for cid in deck.cards:  # file order as the starting order
        if cid in depth:
            columns[depth[cid]].append(cid)
    columns = _order(columns, deck)
    tallest = max((len(c) for c in columns), default=0)
    nodes: dict[str, MapNode] = {}
    for layer, col in enumerate(columns):
        # centre each column against the tallest one
        offset = (tallest - len(col)) * (BOX_H + ROW_GAP) / 2
        for i, cid in enumerate(col):
            nodes[cid] = MapNode(
                cid,
                deck.cards[cid].title.get(lang),
                numbers[cid],
                _kind(deck, cid),
                True,
                layer,
                MARGIN + layer * (BOX_W + COL_GAP),
                MARGIN + offset + i * (BOX_H + ROW_GAP),
            )
    height = MARGIN + tallest * (BOX_H + ROW_GAP)
    width = MARGIN * 2 + max(n_layers, 1) * (BOX_W + COL_GAP) - COL_GAP
    unreachable = [cid for cid in deck.cards if cid not in depth]
    top = None
    if unreachable:
        top = height + MARGIN
        per_row = max(1, int((width - MARGIN) // (BOX_W + ROW_GAP)))
        for i, cid in enumerate(unreachable):
            nodes[cid] = MapNode(
                cid,
                deck.cards[cid].title.get(lang),
                numbers[cid],
                _kind(deck, cid),
                False,
                -1,
                MARGIN + (i % per_row) * (BOX_W + ROW_GAP),
                top + MARGIN + (i // per_row) * (BOX_H + ROW_GAP),
            )
        rows = (len(unreachable) + per_row - 1) // per_row
        height = top + MARGIN + rows * (BOX_H + ROW_GAP)
        width = max(width, MARGIN * 2 + min(per_row, len(unreachable)) * (BOX_W + ROW_GAP))
    edges = []
    for cid, card in deck.cards.items():
        for i, option in enumerate(deck.options_of(card)):
            if option.goto in nodes:
                a, b = nodes[cid], nodes[option.goto]
                back = a.reachable and b.reachable and b.layer < a.layer
                edges.append(MapEdge(cid, option.goto, option.label.get(lang), i, back))
    return DeckMap(nodes, tuple(edges), width, height + MARGIN, top)


def crossings(deck_map: DeckMap) -> int:
    """Crossings between forward edges of adjacent columns (a measure of readability)."""
    by_layer: dict[int, list[tuple[float, float]]] = {}
    for e in deck_map.edges:
        a, b = deck_map.nodes[e.source], deck_map.nodes[e.target]
        if e.back or not a.reachable or b.layer != a.layer + 1:
            continue
        by_layer.setdefault(a.layer, []).append((a.center[1], b.center[1]))
    count = 0
    for segs in by_layer.values():
        for i, (a1, b1) in enumerate(segs):
            for a2, b2 in segs[i + 1 :]:
                if (a1 - a2) * (b1 - b2) < 0:
                    count += 1
    return count
