"""``tiltakskort review``: the whole deck as a PDF for the yearly review."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

COMMANDS: dict[str, tuple[str, str]] = {
    "review": ("skriv hele kortstokken som PDF for den årlige gjennomgangen, med signaturfelt",
               "write the whole deck as a PDF for the yearly review, with a signature block"),
}


def add_arguments(name: str, parser: argparse.ArgumentParser, lang: str) -> None:
    nb = lang == "nb"
    parser.add_argument("deck", help="kortstokkmappe" if nb else "deck folder")
    parser.add_argument("-o", "--output", required=True, help="PDF-filen" if nb else "the PDF file")
    parser.add_argument("--lang", help="språk" if nb else "language")
    parser.add_argument("--municipality", help="kommune (id)" if nb else "municipality (id)")


def run(name: str, args: argparse.Namespace, lang: str) -> int:
    from tiltakskort.deck.loader import load_deck
    from tiltakskort.pdf.review import write_review

    nb = lang == "nb"
    result = load_deck(args.deck)
    if result.deck is None or result.errors:
        for p in result.problems:
            print(p.format(lang), file=sys.stderr)
        print(f"{args.deck}: " + ("kortstokken har feil." if nb else "the deck has errors."), file=sys.stderr)
        return 1
    deck = result.deck
    if args.municipality:
        if args.municipality not in deck.municipalities:
            print(("Ukjent kommune: " if nb else "Unknown municipality: ") + args.municipality, file=sys.stderr)
            return 2
        deck = deck.for_municipality(args.municipality)
    deck_lang = args.lang or deck.default_language
    if deck_lang not in deck.languages:
        print(("Kortstokken har ikke språket " if nb else "The deck has no language ") + deck_lang, file=sys.stderr)
        return 2
    try:
        write_review(Path(args.output), deck=deck, lang=deck_lang)
    except OSError as e:
        print(("Kunne ikke skrive " if nb else "Could not write ") + f"{args.output}: {e.strerror or e}",
              file=sys.stderr)
        return 1
    print(("Skrev " if nb else "Wrote ") + args.output)
    return 0
