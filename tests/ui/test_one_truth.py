"""One card, one truth: every end card of every shipped deck, at moments that matter
(office hours, night, 17 May, Christmas Eve, a Saturday), lists the same contacts in
the same order on the screen, in ``show``, on the steps printout, in the booklet and in
the yearly review – the order of the presentation model.

The screen, ``show`` and the steps printout are read at that moment; the booklet and the
review are paper kept for any hour, so every contact on them carries its whole
after-hours chain, while the screen shows the chain of a contact that does not answer now.
"""

from __future__ import annotations

import re
from collections import deque
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import DECKS
from tiltakskort.deck.loader import load_deck
from tiltakskort.deck.model import Deck
from tiltakskort.deck.publicholidays import timezone_for
from tiltakskort.pdf import write_booklet, write_steps
from tiltakskort.pdf.labels import label
from tiltakskort.pdf.review import write_review
from tiltakskort.present import CardModel, present_card, present_walk
from tiltakskort.textcard import render_card_text
from tiltakskort.walk import Walk

MOMENTS = {
    "weekday 10:00": (2026, 11, 24, 10, 0),  # a Tuesday
    "weekday 03:00": (2026, 11, 25, 3, 0),  # a Wednesday night
    "17 May": (2027, 5, 17, 12, 0),  # Norway's constitution day, a Monday
    "Christmas Eve 18:00": (2026, 12, 24, 18, 0),
    "Saturday noon": (2026, 11, 28, 12, 0),
}


def views(deck: Deck) -> list[tuple[str, Deck]]:
    """The deck, and the deck as each of its municipalities sees it."""
    return [("", deck)] + [(m, deck.for_municipality(m)) for m in deck.municipalities]


def walk_to(deck: Deck, card_id: str) -> Walk:
    """A walk along options from the start to ``card_id`` (a jump if none leads there)."""
    todo = deque([Walk.start(deck)])
    seen = {deck.start}
    while todo:
        walk = todo.popleft()
        if walk.current.id == card_id:
            return walk
        for i, option in enumerate(walk.current.options):
            if option.goto not in seen and option.goto in deck.cards:
                seen.add(option.goto)
                todo.append(walk.choose(i))
    return Walk.start(deck).jump(card_id)


def names_in(text: str, names: set[str]) -> list[str]:
    """The contact names in ``text`` in the order they stand (the longest name wins
    where one begins with another); whitespace and line breaks count as one space."""
    flat = " ".join(text.split())
    pattern = "|".join(re.escape(" ".join(n.split())) for n in sorted(names, key=len, reverse=True))
    return [m.group(0) for m in re.finditer(pattern, flat)]


def section(lines: list[str], heading: str, ends: set[str]) -> str:
    """The lines after the line ``heading`` up to the next line in ``ends``."""
    stripped = [line.strip() for line in lines]
    if heading not in stripped:
        return ""
    start = stripped.index(heading) + 1
    end = next((i for i in range(start, len(stripped)) if stripped[i] in ends), len(stripped))
    return "\n".join(stripped[start:end])


def pdf_lines(path: Path) -> list[str]:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages).splitlines()


def card_segments(lines: list[str], deck: Deck, lang: str) -> dict[str, list[str]]:
    """The booklet's or the review's lines per card, found by each card's tag
    ("Kort 4 · AKUTT") followed by its title."""
    starts: list[tuple[int, str]] = []
    for cid, card in deck.cards.items():
        tag = label("card", lang, n=deck.card_numbers[cid])
        title = " ".join(card.title.get(lang).split())
        for i, line in enumerate(lines):
            if (line.strip() == tag or line.strip().startswith(tag + " ·")) and " ".join(
                " ".join(lines[i + 1 : i + 4]).split()
            ).startswith(title):
                starts.append((i, cid))
                break
    starts.sort()
    out = {}
    for (i, cid), nxt in zip(starts, [*starts[1:], (len(lines), "")], strict=True):
        out[cid] = lines[i : nxt[0]]
    return out


def screen_names(card_view, walk: Walk, lang: str, at: datetime, names: set[str]) -> list[str]:
    from PySide6.QtGui import QTextDocument

    card_view.show_walk(walk, lang, at, None)
    text = []
    for view in card_view.contact_views:
        assert view.isVisibleTo(card_view)
        doc = QTextDocument()
        doc.setHtml(view.text.text())
        text.append(doc.toPlainText())
    hidden = [v for v in card_view.contacts.pool.items if v not in card_view.contact_views]
    assert all(v.isHidden() for v in hidden)
    return names_in("\n".join(text), names)


def show_names(walk: Walk, lang: str, at: datetime, model: CardModel, names: set[str]) -> list[str]:
    h = model.headings
    lines = render_card_text(walk, lang, at).splitlines()
    return names_in(section(lines, h.contacts.upper(), {h.law.upper(), h.links.upper()}), names)


@pytest.mark.parametrize("folder", DECKS, ids=[d.name for d in DECKS])
def test_every_surface_lists_the_same_contacts_in_the_same_order(qtbot, tmp_path, folder) -> None:
    from tiltakskort.ui.cardview import CardView

    card_view = CardView()
    qtbot.addWidget(card_view)
    card_view.resize(1100, 800)
    card_view.show()
    base = load_deck(folder).deck
    assert base is not None
    lang = base.default_language
    checked = 0
    printed: set[tuple[str, tuple[str, ...]]] = set()
    printed_decks: set[tuple[tuple[str, ...], ...]] = set()
    papers = 0
    for muni, deck in views(base):
        names = {c.display_name(lang) for c in deck.contacts.values()}
        h = present_card(deck, deck.cards[deck.start], lang).headings
        paper_ends = {h.law, h.links, h.steps, h.advice}
        for moment, parts in MOMENTS.items():
            at = datetime(*parts, tzinfo=timezone_for(deck.country))
            deck_key = tuple(
                present_card(deck, c, lang, at, paper=True).contact_names
                for c in deck.cards.values()
            )
            if deck_key not in printed_decks:  # the same models print the same pages
                printed_decks.add(deck_key)
                write_booklet(tmp_path / "b.pdf", deck=deck, lang=lang, at=at)
                write_review(tmp_path / "r.pdf", deck=deck, lang=lang, at=at)
                booklet = card_segments(pdf_lines(tmp_path / "b.pdf"), deck, lang)
                review = card_segments(pdf_lines(tmp_path / "r.pdf"), deck, lang)
                papers += 1
            else:
                booklet = review = {}
            for card in deck.cards.values():
                if not card.is_end:
                    continue
                where = f"{folder.name} {muni} {card.id} {moment}"
                walk = walk_to(deck, card.id)
                model = present_walk(walk, lang, at)
                paper = present_card(deck, card, lang, at, paper=True)
                # one order of contacts, on screen and on paper
                assert [c.id for c in model.contacts] == [c.id for c in paper.contacts], where
                assert [c.id for c in model.contacts] == [
                    c.id for c in present_card(deck, card, lang, at).contacts
                ]
                expected = list(model.contact_names)
                assert screen_names(card_view, walk, lang, at, names) == expected, where
                assert show_names(walk, lang, at, model, names) == expected, where
                key = (card.id, tuple(expected))
                if key not in printed:  # the same model prints the same page
                    printed.add(key)
                    write_steps(tmp_path / "s.pdf", walk=walk, lang=lang, at=at)
                    ends = {h.law, h.links, label("plan", lang), label("notes", lang)}
                    steps = section(pdf_lines(tmp_path / "s.pdf"), h.contacts, ends)
                    assert names_in(steps, names) == expected, where
                paper_expected = list(paper.contact_names)
                for name, pages in (("booklet", booklet), ("review", review)):
                    if not pages:
                        continue
                    text = section(pages[card.id], h.contacts, paper_ends)
                    assert names_in(text, names) == paper_expected, f"{name}: {where}"
                checked += 1
    assert checked >= 5 * sum(c.is_end for c in base.cards.values())
    assert papers >= 1 and printed
