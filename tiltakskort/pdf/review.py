"""The yearly review: the whole deck in reading order, every contact with its checked
date, and a signature block – for the coordinator and the politicians who approve it."""

from __future__ import annotations

from collections import deque
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tiltakskort.deck.model import Deck
from tiltakskort.i18n import tn
from tiltakskort.pdf.booklet import card_flowables
from tiltakskort.pdf.common import FONT, atomic_write, esc, logo, numbered_canvas, styles
from tiltakskort.pdf.labels import label
from tiltakskort.present import directory, present_card


def reading_order(deck: Deck) -> tuple[list[str], list[str]]:
    """Cards breadth first from ``start`` (options in order), then the unreachable ones."""
    seen = [deck.start] if deck.start in deck.cards else []
    todo = deque(seen)
    while todo:
        for option in deck.options_of(deck.cards[todo.popleft()]):
            if option.goto in deck.cards and option.goto not in seen:
                seen.append(option.goto)
                todo.append(option.goto)
    return seen, [c for c in deck.cards if c not in seen]


def _months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month - (1 if b.day < a.day else 0)


def write_review(
    path: Path, *, deck: Deck, lang: str, today: date | None = None, at: datetime | None = None
) -> None:
    """The review PDF; the cards' contacts are listed in the order for ``at`` (now, in
    the deck's country, unless given)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        CondPageBreak,
        KeepTogether,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    def w(key: str, **fields: object) -> str:
        return label(key, lang, **fields)

    if at is None:
        from tiltakskort.walk import now_in

        at = now_in(deck)
    today = today or date.today()
    st = styles()
    story: list[Any] = []
    pic = logo(deck, 16 * mm)
    if pic is not None:
        story.append(pic)
    story += [
        Paragraph(esc(deck.municipality_name(lang)), st["muni"]),
        Paragraph(esc(f"{w('review')}: {deck.title.get(lang)}"), st["title"]),
    ]
    facts = [
        (w("version_word"), deck.version or "–"),
        (w("reviewed"), deck.reviewed.isoformat() if deck.reviewed else w("never")),
        (
            tn(lang, "Reviewed every month", "Reviewed every {n} months", deck.review_every_months),
            "",
        ),
        (w("owner"), deck.owner.get(lang) if deck.owner else "–"),
        (w("printed_on"), today.isoformat()),
    ]
    story.append(
        Table(
            [[Paragraph(esc(a), st["cellbold"]), Paragraph(esc(b), st["cell"])] for a, b in facts],
            splitInRow=1,
            colWidths=[55 * mm, None],
        )
    )
    order, unreachable = reading_order(deck)
    story.append(Paragraph(esc(w("contacts_checked")), st["h2"]))
    rows = [
        [Paragraph(esc(w(k)), st["cellbold"]) for k in ("contact", "reach", "hours", "checked")]
    ]
    for c in directory(deck, lang):
        reach = " / ".join(x for x in (c.phone, c.email) if x)
        checked = c.checked.isoformat() if c.checked else w("never")
        if c.checked is None or _months_between(c.checked, today) >= deck.review_every_months:
            checked += f" ({w('overdue')})"
        rows.append(
            [
                Paragraph(esc(c.name), st["cell"]),
                Paragraph(esc(reach), st["cell"]),
                Paragraph(esc(c.hours or "–"), st["cell"]),
                Paragraph(esc(checked), st["cell"]),
            ]
        )
    table = Table(rows, splitInRow=1, colWidths=[45 * mm, 45 * mm, None, 28 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0fb")),
            ]
        )
    )
    story.append(table)
    # who answers when: the weeks and special days of the next 12 months, gaps in red
    from tiltakskort.authoring.hourschart import review_flowables

    story += review_flowables(deck, lang, today, A4[0] - 36 * mm, st)
    story.append(Paragraph(esc(w("order")), st["h2"]))
    for heading, ids in ((None, order), (w("unreachable"), unreachable)):
        if heading and ids:
            story.append(Paragraph(esc(heading), st["h2"]))
        for cid in ids:
            story += [
                CondPageBreak(40 * mm),
                *card_flowables(
                    present_card(deck, deck.cards[cid], lang, at, paper=True, dated=False), st
                ),
                Spacer(1, 3 * mm),
            ]
    sign = Table(
        [
            [
                Paragraph(esc(w("who")), st["small"]),
                Paragraph(esc(w("date")), st["small"]),
                Paragraph(esc(w("signature")), st["small"]),
            ]
        ]
        * 3,
        splitInRow=1,
        colWidths=[70 * mm, 35 * mm, None],
        rowHeights=[16 * mm] * 3,
    )
    sign.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.black),
            ]
        )
    )
    story.append(
        KeepTogether(
            [
                Paragraph(esc(w("sign")), st["h2"]),
                Paragraph(esc(w("sign_text")), st["body"]),
                Spacer(1, 10 * mm),
                sign,
            ]
        )
    )
    version = f"{deck.title.get(lang)} {deck.version or ''}".strip()

    def footer(canvas: Any, n: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillGray(0.3)
        canvas.drawString(18 * mm, 10 * mm, f"{w('review')} – {version}")
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, w("page", n=n, total=total))
        canvas.restoreState()

    def build(target: str) -> None:
        doc = SimpleDocTemplate(
            target,
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=14 * mm,
            bottomMargin=18 * mm,
            title=f"{w('review')}: {deck.title.get(lang)}",
            creator="Tiltakskort",
        )
        doc.build(story, canvasmaker=numbered_canvas(footer))

    atomic_write(Path(path), build)
