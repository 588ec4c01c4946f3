"""The whole deck as printable cards: A6 four to an A4 sheet with cut marks, or A5/A4 pages.

Each card is shrunk to fit its page if it must, so one card is always one page. The
options say which card they lead to ("Ja → kort 7"), by the card numbers of the deck.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from tiltakskort.deck.model import Deck
from tiltakskort.pdf.common import (
    FONT,
    FONT_BOLD,
    atomic_write,
    bullets,
    chain_text,
    esc,
    logo,
    markdown_flowables,
    plain_canvas,
    qr_code,
    styles,
)
from tiltakskort.pdf.labels import label
from tiltakskort.present import CardModel, directory, emergency, headings, present_card

SIZES = ("a6", "a5", "a4")


def card_flowables(model: CardModel, st: dict[str, Any]) -> list[Any]:
    """One card of the booklet (and of the yearly review), painted from its model."""
    from reportlab.platypus import Paragraph, Spacer

    lang, h = model.lang, model.headings
    tag = label("card", lang, n=model.number)
    if model.urgent:
        tag += f"  ·  {label('urgent_card', lang)}"
    elif model.is_question:
        tag += f"  ·  {label('question', lang)}"
    out: list[Any] = [Paragraph(esc(tag), st["small"]), Paragraph(esc(model.title), st["title"])]
    if model.urgent:
        out.append(Paragraph(esc(model.emergency.line), st["urgent"]))
    if model.body:
        out += markdown_flowables(model.body, st)
    if model.options:
        rows = [
            [
                Paragraph(f"<b>{o.number}</b>", st["body"]),
                Paragraph(esc(o.label), st["body"]),
                Paragraph(f"<b>{esc(label('goto', lang, n=o.goto_number))}</b>", st["body"]),
            ]
            for o in model.options
        ]
        out += [Spacer(1, 4), _fit_table(rows, st)]
    if model.steps:
        out.append(Paragraph(esc(h.steps), st["h2"]))
        for s in model.steps:
            text = esc(s.text)
            if s.detail:
                text += f'<br/><font size="{st["small"].fontSize}">{esc(s.detail)}</font>'
            out.append(Paragraph(text, st["bullet"], bulletText="☐"))
    if model.advice:
        out += [Paragraph(esc(h.advice), st["h2"]), *bullets(model.advice, st)]
    if model.contacts:
        out.append(Paragraph(esc(h.contacts), st["h2"]))
        for c in model.contacts:
            line = f"<b>{esc(c.name)}</b>"
            if c.stands_in:
                line = f"{esc(c.stands_in)}:<br/>{line}"
            if c.phone:
                line += f'  <font name="{FONT_BOLD}">{esc(c.phone)}</font>'
            for n in c.more_numbers:
                line += f'  {esc(n.label)} <font name="{FONT_BOLD}">{esc(n.display)}</font>'
            if c.shown_after_hours:
                line += "<br/>" + chain_text(c, with_status=False)
            out.append(Paragraph(line, st["bullet"], bulletText="•"))
    if model.card_documents:
        out += [
            Paragraph(esc(h.files), st["h2"]),
            *bullets([f"{d.display} – {d.name}" for d in model.card_documents], st),
        ]
    if model.law:
        out += [Paragraph(esc(h.law), st["h2"]), *bullets(model.law, st)]
    return out


def _fit_table(rows: list[list[Any]], st: dict[str, Any]) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    table = Table(rows, splitInRow=1, colWidths=["8%", "62%", "30%"])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                ("LEFTPADDING", (0, 0), (-1, -1), 1),
                ("RIGHTPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def front_flowables(deck: Deck, lang: str, at: datetime | None, st: dict[str, Any]) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer

    out: list[Any] = []
    pic = logo(deck, 18 * mm)
    if pic is not None:
        out += [pic, Spacer(1, 4)]
    out += [
        Paragraph(esc(deck.municipality_name(lang)), st["muni"]),
        Paragraph(esc(deck.title.get(lang)), st["title"]),
    ]
    meta = []
    if deck.version:
        meta.append(label("version", lang, v=deck.version))
    if at is not None:
        meta.append(label("printed", lang, when=at.strftime("%d.%m.%Y")))
    if meta:
        out.append(Paragraph(esc(" · ".join(meta)), st["small"]))
    if deck.service_id:
        out.append(
            Paragraph(esc(f"{headings(lang).service}: {deck.service_name(lang)}"), st["cellbold"])
        )
    out += [Spacer(1, 6), Paragraph(esc(emergency(deck, lang).line), st["urgent"])]
    if deck.documents:
        out.append(Paragraph(esc(headings(lang).deck_files), st["h2"]))
        out += bullets([f"{d.display()} – {d.name}" for d in deck.documents], st)
    out.append(Paragraph(esc(label("contents", lang)), st["h2"]))
    for cid, card in deck.cards.items():
        out.append(
            Paragraph(f"<b>{deck.card_numbers[cid]}</b>  {esc(card.title.get(lang))}", st["cell"])
        )
    if deck.plan_url:
        out += [
            Spacer(1, 6),
            Paragraph(esc(label("plan", lang)), st["cellbold"]),
            Paragraph(esc(deck.plan_url), st["small"]),
            qr_code(deck.plan_url, 22 * mm),
        ]
    return out


def contacts_flowables(deck: Deck, lang: str, st: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Paragraph

    out: list[Any] = [Paragraph(esc(label("all_contacts", lang)), st["title"])]
    hours = headings(lang).hours
    for c in directory(deck, lang):
        bits = [f"<b>{esc(c.name)}</b>"]
        if c.phone:
            bits.append(f'<font name="{FONT_BOLD}">{esc(c.phone)}</font>')
        if c.email:
            bits.append(esc(c.email))
        text = "  ".join(bits)
        if c.role:
            text += "<br/>" + esc(c.role)
        if c.hours:
            text += "<br/>" + esc(f"{hours}: {c.hours}")
        out.append(Paragraph(text, st["bullet"], bulletText="•"))
    return out


def write_booklet(
    path: Path, *, deck: Deck, lang: str, size: str = "a6", at: datetime | None = None
) -> None:
    from reportlab.lib.pagesizes import A4, A5, A6
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, KeepInFrame, PageTemplate

    if size not in SIZES:
        raise ValueError(size)
    scale = {"a6": 0.8, "a5": 1.0, "a4": 1.15}[size]
    st = styles(scale)
    margin = 8 * mm if size == "a6" else 14 * mm
    page = {"a6": A4, "a5": A5, "a4": A4}[size]
    if size == "a6":
        w, h = A6
        frames = [
            Frame(
                x * w + margin,
                (1 - y) * h + margin,
                w - 2 * margin,
                h - 2 * margin,
                id=f"f{x}{y}",
                showBoundary=0,
            )
            for y in (0, 1)
            for x in (0, 1)
        ]
    else:
        w, h = page
        frames = [Frame(margin, margin, w - 2 * margin, h - 2 * margin, id="f")]
    # reportlab's own room inside a frame (less its padding); private, so not in the stubs
    fw, fh = frames[0]._aW, frames[0]._aH  # type: ignore[attr-defined]  # noqa: SLF001
    version = f"{deck.title.get(lang)} {deck.version or ''}".strip()

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 6)
        canvas.setFillGray(0.4)
        if size == "a6":
            pw, ph = A4
            canvas.setStrokeGray(0.5)
            canvas.setLineWidth(0.3)
            for x in (pw / 2,):  # cut marks at the edges of the sheet, not across cards
                canvas.line(x, 0, x, 5 * mm)
                canvas.line(x, ph - 5 * mm, x, ph)
            for y in (ph / 2,):
                canvas.line(0, y, 5 * mm, y)
                canvas.line(pw - 5 * mm, y, pw, y)
            canvas.setDash(1, 3)
            canvas.line(pw / 2, 5 * mm, pw / 2, ph - 5 * mm)
            canvas.line(5 * mm, ph / 2, pw - 5 * mm, ph / 2)
            for x in (0, 1):
                for y in (0, 1):
                    canvas.drawString(x * w + margin, (1 - y) * h + 3.5 * mm, version)
        else:
            canvas.drawString(margin, 6 * mm, version)
        canvas.restoreState()

    story: list[Any] = []

    def add(flowables: list[Any]) -> None:
        if story:
            story.append(FrameBreak())
        story.append(KeepInFrame(fw, fh, flowables, mode="shrink"))

    add(front_flowables(deck, lang, at, st))
    add(contacts_flowables(deck, lang, st))
    if at is None:
        from tiltakskort.walk import now_in

        at = now_in(deck)
    for card in deck.cards.values():
        add(card_flowables(present_card(deck, card, lang, at, paper=True, dated=False), st))

    def build(target: str) -> None:
        doc = BaseDocTemplate(
            target,
            pagesize=page,
            leftMargin=0,
            rightMargin=0,
            topMargin=0,
            bottomMargin=0,
            title=deck.title.get(lang),
            author=deck.municipality_name(lang),
            creator="Tiltakskort",
        )
        doc.addPageTemplates([PageTemplate(id="cards", frames=frames, onPage=decorate)])
        doc.build(story, canvasmaker=plain_canvas())

    atomic_write(Path(path), build)
