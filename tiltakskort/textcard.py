"""The card a walk ends on as terminal text (``tiltakskort show``), painted from
the presentation model (:mod:`tiltakskort.present`)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from tiltakskort.present import CardModel, present_walk

if TYPE_CHECKING:
    from tiltakskort.walk import Walk


def render_card_text(walk: Walk, lang: str, at: datetime) -> str:
    """The walk's current card, as readable terminal text."""
    deck = walk.deck
    header = deck.title.get(lang)
    name = " · ".join(x for x in (deck.municipality_name(lang), deck.service_name(lang)) if x)
    return render_model(present_walk(walk, lang, at), f"{header} – {name}" if name else header)


def render_model(model: CardModel, header: str) -> str:
    h = model.headings
    out: list[str] = [header, ""]
    for a in model.answers:
        out.append(f"  {a.question}  →  {'→' if a.jumped else a.answer}")
    if model.answers:
        out.append("")
    title = f"[{h.urgent}] {model.title}" if model.urgent else model.title
    out += [title, "=" * len(title)]
    if model.urgent:
        out.append(model.emergency.line)
    if model.body:
        out += ["", model.body_plain]
    if model.options:
        out += ["", h.choose]
        out += [
            f"  {o.number}. {o.label}" + (f" ({o.hint})" if o.hint else "") for o in model.options
        ]

    def section(heading: str, items: list[str]) -> None:
        if items:
            out.extend(["", heading.upper(), *items])

    steps: list[str] = []
    for s in model.steps:
        steps.append(f"  [ ] {s.text}")
        if s.detail:
            steps.append(f"      {s.detail}")
    section(h.steps, steps)
    section(h.advice, [f"  • {s}" for s in model.advice])
    lines: list[str] = []
    for c in model.contacts:
        if c.stands_in:
            lines.append(f"  ({c.stands_in})")
        lines.append(f"  {c.name}" + (f" – {c.role}" if c.role else ""))
        if c.phone:
            lines.append(f"      {h.phone}: {c.phone}")
        for n in c.more_numbers:
            lines.append(f"      {n.label or h.phone}: {n.display}")
        if c.email:
            lines.append(f"      {h.email}: {c.email}")
        if c.status:
            lines.append(f"      {c.status}")
        if c.hours:
            lines.append(f"      {h.hours}: {c.hours}")
        if c.shown_after_hours:
            lines.append(f"      {h.after_hours}:")
            for r in c.shown_after_hours:
                bits = [r.name, r.phone, r.status]
                lines.append("        → " + " – ".join(b for b in bits if b))
    section(h.contacts, lines)
    section(h.files, [f"  • {d.display}: {d.name}" for d in model.documents])
    section(h.law, [f"  • {x}" for x in model.law])
    section(h.links, [f"  • {x.label}: {x.url}" for x in model.links])
    return "\n".join(out)
