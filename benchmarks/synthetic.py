"""Synthetic decks of any size for the benchmarks (valid: no problems at all).

``make_deck(folder, n)`` writes a deck of ``n`` cards: a chain of question cards, each
with three options (the next question, an end card, a shared "read more" card), and
end cards with steps, conversation advice, contacts, law and links, in bokmål with
some Markdown, so that every part of the loader and every rule does real work.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

CONTACTS = 12


def deck_text(n_cards: int) -> str:
    today = date.today().isoformat()  # the review dates never fall due in a benchmark
    n_questions = max(1, (n_cards - 1) // 2)
    lines = [
        "format: tiltakskort/1",
        "id: syntetisk",
        "title: Syntetisk kortstokk",
        "municipality: Testby kommune",
        "version: '2026.1'",
        f"reviewed: {today}",
        "plan_url: https://testby.kommune.no/plan",
        "start: q0",
        "contacts:",
    ]
    for c in range(CONTACTS):
        lines += [
            f"  kontakt-{c}:",
            f"    name: Kontor nummer {c}",
            "    role: Drøft saken, meld bekymring",
            f"    phone: 69 {10 + c:02d} {20 + c:02d} 30",
            f"    email: kontor{c}@testby.kommune.no",
            '    hours: {mon-fri: "08:00-15:45"}'
            if c % 2
            else "    hours: Mo-Fr 08:00-15:30; PH off",
            "    after_hours: vakt",
            f"    checked: {today}",
        ]
    lines += [
        "  vakt:",
        "    name: Vakttelefonen",
        "    phone: 69 99 88 77",
        "    hours: 24/7",
        f"    checked: {today}",
        "cards:",
    ]
    end = 0
    for q in range(n_questions):
        nxt = f"q{q + 1}" if q + 1 < n_questions else f"e{end + 1}"
        lines += [
            f"  q{q}:",
            f"    title: Spørsmål {q} – gjelder det et barn?",
            "    body: Les **nøye**, og velg det som passer *best*.",
            "    options:",
            f"      - {{label: Ja – gå videre, goto: {nxt}}}",
            f"      - {{label: Nei, goto: e{end}, hint: Da er du ferdig}}",
            "      - {label: Les mer, goto: les-mer}",
            f"    tags: [spørsmål, nummer-{q}]",
        ]
        end += 1
    end += 1
    for e in range(end):
        c = e % CONTACTS
        lines += [
            f"  e{e}:",
            f"    title: Sluttkort {e}",
            "    body: |",
            "      Dette gjør du nå. Se [planen](https://testby.kommune.no/plan).",
            "",
            "      - Noter barnets egne ord",
            "      - Ikke konfronter den som utøver vold",
            "    steps:",
            "      - Snakk med lederen din.",
            "      - Ring kontoret og drøft saken anonymt.",
            "      - Skriv ned hva du har sett og hørt.",
            "    talk: [Lytt og still åpne spørsmål., Ikke lov å holde det hemmelig.]",
            f"    contacts: [kontakt-{c}, kontakt-{(c + 1) % CONTACTS}]",
            "    law: [Barnevernsloven § 13-2]",
            "    links: [{label: Les mer, url: 'https://testby.kommune.no/vold'}]",
        ]
    lines += [
        "  les-mer:",
        "    title: Les mer om vold i nære relasjoner",
        "    body: Vold kan være fysisk, psykisk, seksuell og økonomisk.",
        "    options:",
        "      - {label: Tilbake til start, goto: q0}",
        "      - {label: Jeg er ferdig, goto: e0}",
        "scenarios:",
        "  - {id: s1, title: Et tilfelle, story: Noe skjedde., expected: e0, debrief: Slik.}",
    ]
    return "\n".join(lines) + "\n"


def make_deck(folder: Path, n_cards: int) -> Path:
    """Write a synthetic deck of about ``n_cards`` cards into ``folder``; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "deck.yaml").write_text(deck_text(n_cards), encoding="utf-8")
    return folder
