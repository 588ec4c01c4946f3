"""``tiltakskort hours DECK [--card ID] [-o FILE.png|svg|pdf]``: who answers when.

Draws a card's contacts (or every card's) over a typical week and the special days of
the next 12 months, the after-hours hand-over and the times nobody answers; without
``-o`` it prints the same as text. Exit codes: 0 done, 1 a deck with errors or a file
that could not be written, 2 wrong use (unknown card, municipality or file type).
"""

from __future__ import annotations

import argparse
import sys

from tiltakskort.i18n import t

#: name -> (help in bokmål, help in English)
COMMANDS: dict[str, tuple[str, str]] = {
    "hours": ("vis hvem som svarer når: en uke og årets spesielle dager, med hull i rødt",
              "show who answers when: a week and the special days of the year, gaps in red"),
}

SUFFIXES = (".png", ".svg", ".pdf")


def add_arguments(name: str, parser: argparse.ArgumentParser, lang: str) -> None:
    nb = lang != "en"
    parser.add_argument("deck", help="kortstokkmappe (eller dens deck.yaml)" if nb
                        else "deck folder (or its deck.yaml)")
    parser.add_argument("--card", metavar="ID", help="bare dette kortet" if nb
                        else "this card only")
    parser.add_argument("-o", "--output", metavar="FIL" if nb else "FILE",
                        help="skriv diagrammet til en PNG-, SVG- eller PDF-fil" if nb
                        else "write the chart to a PNG, SVG or PDF file")
    parser.add_argument("--lang", help="språket (standard: kortstokkens første)" if nb
                        else "the language (default: the deck's first)")
    parser.add_argument("--municipality", help="kommune-id for en kortstokk med flere kommuner"
                        if nb else "municipality id, for a deck shared by municipalities")
    parser.add_argument("--from", dest="from_day", metavar="ÅÅÅÅ-MM-DD" if nb
                        else "YYYY-MM-DD", help="første dag (standard: i dag)" if nb
                        else "the first day (default: today)")


def run(name: str, args: argparse.Namespace, lang: str) -> int:
    from datetime import date
    from pathlib import Path

    from tiltakskort.authoring.hourschart import chart, chart_text, write_chart
    from tiltakskort.deck.loader import load_deck

    ui = lang
    result = load_deck(args.deck)
    if result.deck is None or result.errors:
        for p in result.problems:
            print(p.format(ui), file=sys.stderr)
        print(t(ui, "{path}: the deck has errors and cannot be used.", path=args.deck),
              file=sys.stderr)
        return 1
    deck = result.deck
    if args.municipality:
        if args.municipality not in deck.municipalities:
            print(t(ui, "The deck has no municipality '{mid}'; it has {ids}.",
                    mid=args.municipality, ids=", ".join(deck.municipalities) or "–"),
                  file=sys.stderr)
            return 2
        deck = deck.for_municipality(args.municipality)
    if args.card and args.card not in deck.cards:
        print(t(ui, "The deck has no card '{card}'.", card=args.card), file=sys.stderr)
        return 2
    if args.card and not deck.cards[args.card].contacts:
        print(t(ui, "The card '{card}' lists no contacts.", card=args.card), file=sys.stderr)
        return 2
    deck_lang = args.lang or deck.default_language
    if deck_lang not in deck.languages:
        print(t(ui, "The deck has no language '{lang}'; it has {langs}.", lang=deck_lang,
                langs=", ".join(deck.languages)), file=sys.stderr)
        return 2
    try:
        first = date.fromisoformat(args.from_day) if args.from_day else None
    except ValueError:
        print(t(ui, "--from must be a date written YYYY-MM-DD, e.g. 2027-01-04."),
              file=sys.stderr)
        return 2
    c = chart(deck, args.card, today=first, lang=deck_lang)
    if not args.output:
        sys.stdout.write(chart_text(c, deck_lang))
        return 0
    out = Path(args.output)
    if out.suffix.lower() not in SUFFIXES:
        print(t(ui, "The chart is written as .png, .svg or .pdf, not '{name}'.",
                name=out.name), file=sys.stderr)
        return 2
    try:
        write_chart(out, c, deck_lang)
    except OSError as e:
        print(t(ui, "Could not write {path}: {reason}", path=out, reason=e.strerror or e),
              file=sys.stderr)
        return 1
    print(t(ui, "Wrote {path}", path=out))
    return 0
