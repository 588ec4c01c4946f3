"""The steps of a walk on A4: what to do, whom to call, with room for notes."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path
from typing import Any

from tiltakskort.pdf.common import (
    FONT,
    FONT_BOLD,
    atomic_write,
    bullets,
    chain_text,
    esc,
    logo,
    markdown_flowables,
    numbered_canvas,
    qr_code,
    styles,
)
from tiltakskort.pdf.labels import label
from tiltakskort.present import present_walk
from tiltakskort.walk import Walk


def build_story(walk: Walk, lang: str, at: datetime) -> list[Any]:
    from reportlab.graphics.shapes import Drawing, Line
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    st = styles()
    deck = walk.deck
    model = present_walk(walk, lang, at)
    h = model.headings
    story: list[Any] = []
    where = " · ".join(x for x in (deck.municipality_name(lang), model.service) if x)
    head = [Paragraph(esc(where), st["muni"]), Paragraph(esc(deck.title.get(lang)), st["deck"])]
    meta = [label("printed", lang, when=at.strftime("%d.%m.%Y %H:%M"))]
    if deck.version:
        meta.insert(0, label("version", lang, v=deck.version))
    head.append(Paragraph(esc(" · ".join(meta)), st["small"]))
    pic = logo(deck, 16 * mm)
    header = Table([[pic or "", head]], splitInRow=1, colWidths=[20 * mm, None])
    header.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#1d4f91")),
            ]
        )
    )
    story += [header, Spacer(1, 5 * mm)]
    if model.urgent:
        story.append(Paragraph(esc(f"{h.urgent} – {model.emergency.line}"), st["urgent"]))
    story.append(Paragraph(esc(model.title), st["title"]))
    if model.answers:
        rows = [
            [
                Paragraph(esc(a.question), st["cell"]),
                Paragraph("→ " + esc(a.answer), st["cellbold"]),
            ]
            for a in model.answers
        ]
        table = Table(rows, splitInRow=1, colWidths=[95 * mm, None])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#bbbbbb")),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        story += [Paragraph(esc(label("how", lang)), st["h2"]), table]
    if model.body:
        story += [Spacer(1, 3 * mm), *markdown_flowables(model.body, st)]
    if model.options:
        story.append(Paragraph(esc(h.choose), st["h2"]))
        story += [
            Paragraph(
                esc(o.label + (f" ({o.hint})" if o.hint else "")),
                st["bullet"],
                bulletText=f"{o.number}.",
            )
            for o in model.options
        ]
    if model.steps:
        story.append(Paragraph(esc(h.steps), st["h2"]))
        step_rows: list[list[str | list[Paragraph]]] = []  # a box to tick, the step
        for s in model.steps:
            cell = [Paragraph(esc(s.text), st["body"])]
            if s.detail:
                cell.append(Paragraph(esc(s.detail), st["small"]))
            step_rows.append(["☐", cell])
        table = Table(step_rows, splitInRow=1, colWidths=[8 * mm, None])
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (0, -1), FONT, 14),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        story.append(table)
    if model.advice:
        story += [Paragraph(esc(h.advice), st["h2"]), *bullets(model.advice, st)]
    if model.contacts:
        story.append(Paragraph(esc(h.contacts), st["h2"]))
        contact_rows: list[list[list[Paragraph]]] = []  # who, how to reach them
        for line in model.contacts:
            left = [Paragraph(esc(line.name), st["cellbold"])]
            if line.stands_in:
                left.insert(0, Paragraph(esc(line.stands_in), st["small"]))
            if line.role:
                left.append(Paragraph(esc(line.role), st["small"]))
            right = []
            if line.phone:
                right.append(
                    Paragraph(
                        f'<font name="{FONT_BOLD}" size="12">{esc(line.phone)}</font>', st["cell"]
                    )
                )
            for n in line.more_numbers:
                right.append(
                    Paragraph(
                        f'{esc(n.label)} <font name="{FONT_BOLD}">{esc(n.display)}</font>',
                        st["cell"],
                    )
                )
            if line.email:
                right.append(Paragraph(esc(line.email), st["cell"]))
            if line.status:
                right.append(
                    Paragraph(esc(label("status_at", lang, status=line.status)), st["small"])
                )
            if line.hours:
                right.append(Paragraph(esc(f"{h.hours}: {line.hours}"), st["small"]))
            if line.shown_after_hours:
                right.append(Paragraph(chain_text(line, with_status=True), st["small"]))
            contact_rows.append([left, right])
        table = Table(contact_rows, splitInRow=1, colWidths=[75 * mm, None])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#888888")),
                    ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                ]
            )
        )
        story.append(table)
    if model.documents:
        story.append(Paragraph(esc(h.files), st["h2"]))
        story += bullets([f"{d.display} – {d.name}" for d in model.documents], st)
    if model.law:
        story += [Paragraph(esc(h.law), st["h2"]), *bullets(model.law, st)]
    if model.links:
        story.append(Paragraph(esc(h.links), st["h2"]))
        for link in model.links:
            story.append(
                Paragraph(
                    f'• <a href="{esc(link.url)}" color="#0b4f9c">{esc(link.label)}</a>'
                    f" – {esc(link.url)}",
                    st["bullet"],
                )
            )
    if deck.plan_url:
        qr = qr_code(deck.plan_url, 24 * mm)
        text = [
            Paragraph(esc(label("plan", lang)), st["cellbold"]),
            Paragraph(
                f'<a href="{esc(deck.plan_url)}" color="#0b4f9c">{esc(deck.plan_url)}</a>',
                st["cell"],
            ),
            Paragraph(esc(label("scan", lang)), st["small"]),
        ]
        table = Table([[qr, text]], splitInRow=1, colWidths=[28 * mm, None])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        story += [Spacer(1, 4 * mm), table]
    lines = Drawing(170 * mm, 8 * 9 * mm)
    for i in range(8):
        lines.add(
            Line(
                0,
                i * 9 * mm,
                170 * mm,
                i * 9 * mm,
                strokeColor=colors.HexColor("#999999"),
                strokeWidth=0.4,
            )
        )
    story.append(KeepTogether([Paragraph(esc(label("notes", lang)), st["h2"]), lines]))
    return story


def write_steps(path: Path, *, walk: Walk, lang: str, at: datetime) -> None:
    """Write the steps of ``walk`` as an A4 PDF to ``path`` (atomically)."""
    atomic_write(Path(path), lambda target: _build_steps(target, walk, lang, at))


def steps_pdf(*, walk: Walk, lang: str, at: datetime) -> bytes:
    """The steps of ``walk`` as an A4 PDF, in memory (for printing without a file)."""
    out = io.BytesIO()
    _build_steps(out, walk, lang, at)
    return out.getvalue()


def _build_steps(target: Any, walk: Walk, lang: str, at: datetime) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    story = build_story(walk, lang, at)
    deck = walk.deck
    version = f"{deck.title.get(lang)} {deck.version or ''}".strip()

    def footer(canvas: Any, n: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillGray(0.3)
        canvas.drawString(18 * mm, 10 * mm, f"{label('no_personal', lang)}  {version}")
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, label("page", lang, n=n, total=total))
        canvas.restoreState()

    # Neutral metadata: a file's properties (and a viewer's or the print queue's list) show
    # no card, deck or municipality, only the program.
    doc = SimpleDocTemplate(
        target,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=14 * mm,
        bottomMargin=18 * mm,
        title="Tiltakskort",
        author="",
        creator="Tiltakskort",
        subject="",
    )
    doc.build(story, canvasmaker=numbered_canvas(footer))
