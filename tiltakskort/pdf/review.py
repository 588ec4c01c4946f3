"""The yearly review: the whole deck in reading order, every contact with its checked
date, and a signature block – for the coordinator and the politicians who approve it."""

from __future__ import annotations

from collections import deque
from datetime import date
from pathlib import Path
from typing import Any

from tiltakskort.deck.model import Deck
from tiltakskort.pdf.booklet import card_flowables
from tiltakskort.pdf.common import atomic_write, esc, logo, numbered_canvas, styles, FONT
from tiltakskort.phrases import describe_hours

_W = {
    "nb": {"title": "Årlig gjennomgang", "reviewed": "Sist gjennomgått", "every": "Gjennomgås hver {n}. måned",
           "owner": "Ansvarlig", "printed": "Skrevet ut", "order": "Kortene i lesrekkefølge fra startkortet",
           "unreachable": "Kort som ikke kan nås fra start", "contacts": "Kontakter og når de sist ble sjekket",
           "name": "Kontakt", "phone": "Telefon / e-post", "hours": "Åpningstider", "checked": "Sjekket",
           "never": "aldri", "overdue": "for gammel", "sign": "Godkjenning",
           "sign_text": "Kortstokken er gjennomgått, og kontaktopplysninger, åpningstider og lovhenvisninger "
                        "er kontrollert.",
           "who": "Navn og rolle", "when": "Dato", "signature": "Signatur", "page": "Side {n} av {total}",
           "version": "Versjon"},
    "en": {"title": "Yearly review", "reviewed": "Last reviewed", "every": "Reviewed every {n} months",
           "owner": "Owner", "printed": "Printed", "order": "The cards in reading order from the start card",
           "unreachable": "Cards not reachable from the start", "contacts": "Contacts and when they were last checked",
           "name": "Contact", "phone": "Phone / e-mail", "hours": "Opening hours", "checked": "Checked",
           "never": "never", "overdue": "overdue", "sign": "Approval",
           "sign_text": "The deck has been reviewed, and contact details, opening hours and legal references "
                        "have been checked.",
           "who": "Name and role", "when": "Date", "signature": "Signature", "page": "Page {n} of {total}",
           "version": "Version"},
}


def reading_order(deck: Deck) -> tuple[list[str], list[str]]:
    """Cards breadth first from ``start`` (options in order), then the unreachable ones."""
    seen = [deck.start] if deck.start in deck.cards else []
    todo = deque(seen)
    while todo:
        for option in deck.cards[todo.popleft()].options:
            if option.goto in deck.cards and option.goto not in seen:
                seen.append(option.goto)
                todo.append(option.goto)
    return seen, [c for c in deck.cards if c not in seen]


def _months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month - (1 if b.day < a.day else 0)


def write_review(path: Path, *, deck: Deck, lang: str, today: date | None = None) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import (CondPageBreak, KeepTogether, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)

    w = _W["nb" if lang in ("nb", "nn") else "en"]
    today = today or date.today()
    st = styles()
    story: list[Any] = []
    pic = logo(deck, 16 * mm)
    if pic is not None:
        story.append(pic)
    story += [Paragraph(esc(deck.municipality_name(lang)), st["muni"]),
              Paragraph(esc(f"{w['title']}: {deck.title.get(lang)}"), st["title"])]
    facts = [(w["version"], deck.version or "–"),
             (w["reviewed"], deck.reviewed.isoformat() if deck.reviewed else w["never"]),
             (w["every"].format(n=deck.review_every_months), ""),
             (w["owner"], deck.owner.get(lang) if deck.owner else "–"),
             (w["printed"], today.isoformat())]
    story.append(Table([[Paragraph(esc(a), st["cellbold"]), Paragraph(esc(b), st["cell"])] for a, b in facts],
                       colWidths=[55 * mm, None]))
    order, unreachable = reading_order(deck)
    story.append(Paragraph(esc(w["contacts"]), st["h2"]))
    rows = [[Paragraph(esc(w[k]), st["cellbold"]) for k in ("name", "phone", "hours", "checked")]]
    for c in deck.contacts.values():
        reach = " / ".join(x for x in ((c.phone.display if c.phone else ""), c.email or "") if x)
        checked = c.checked.isoformat() if c.checked else w["never"]
        if c.checked is None or _months_between(c.checked, today) >= deck.review_every_months:
            checked += f" ({w['overdue']})"
        rows.append([Paragraph(esc(c.display_name(lang)), st["cell"]), Paragraph(esc(reach), st["cell"]),
                     Paragraph(esc(describe_hours(c.hours, lang) if c.hours else "–"), st["cell"]),
                     Paragraph(esc(checked), st["cell"])])
    table = Table(rows, colWidths=[45 * mm, 45 * mm, None, 28 * mm], repeatRows=1)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#999999")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8f0fb"))]))
    story.append(table)
    story.append(Paragraph(esc(w["order"]), st["h2"]))
    for heading, ids in ((None, order), (w["unreachable"], unreachable)):
        if heading and ids:
            story.append(Paragraph(esc(heading), st["h2"]))
        for cid in ids:
            story += [CondPageBreak(40 * mm), *card_flowables(deck, deck.cards[cid], lang, st),
                      Spacer(1, 3 * mm)]
    sign = Table([[Paragraph(esc(w["who"]), st["small"]), Paragraph(esc(w["when"]), st["small"]),
                   Paragraph(esc(w["signature"]), st["small"])]] * 3,
                 colWidths=[70 * mm, 35 * mm, None], rowHeights=[16 * mm] * 3)
    sign.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                              ("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.black)]))
    story.append(KeepTogether([Paragraph(esc(w["sign"]), st["h2"]), Paragraph(esc(w["sign_text"]), st["body"]),
                               Spacer(1, 10 * mm), sign]))
    version = f"{deck.title.get(lang)} {deck.version or ''}".strip()

    def footer(canvas: Any, n: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillGray(0.3)
        canvas.drawString(18 * mm, 10 * mm, f"{w['title']} – {version}")
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, w["page"].format(n=n, total=total))
        canvas.restoreState()

    def build(target: str) -> None:
        doc = SimpleDocTemplate(target, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=14 * mm,
                                bottomMargin=18 * mm, title=f"{w['title']}: {deck.title.get(lang)}",
                                creator="Tiltakskort")
        doc.build(story, canvasmaker=numbered_canvas(footer))

    atomic_write(Path(path), build)
