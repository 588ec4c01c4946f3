"""``tiltakskort hours DECK [--card ID] [-o FILE.png|svg|pdf]``: who answers when.

Draws a card's contacts (or every card's) over the typical weeks and the special days
of the next 12 months, the after-hours hand-over and the times nobody answers;
without ``-o`` it prints the same as text. The deck is read whatever its signature (an
authoring command: the deck may be a draft). Exit codes: 0 done, 1 a deck with errors
or a file that could not be written, 2 wrong use (unknown card, municipality, language
or file type).
"""

from __future__ import annotations

import argparse
import sys

from tiltakskort.i18n import N_, t

#: name -> help (an English message id, translated when shown)
COMMANDS: dict[str, str] = {
    "hours": N_(
        "show who answers when: the weeks and special days of the next 12 months, "
        "with the times nobody answers"
    ),
}

SUFFIXES = (".png", ".svg", ".pdf")


def add_arguments(name: str, parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument(
        "deck", metavar=t(lang, "DECK"), help=t(lang, "deck folder (or its deck.yaml)")
    )
    parser.add_argument("--card", metavar="ID", help=t(lang, "this card only"))
    parser.add_argument(
        "-o",
        "--output",
        metavar=t(lang, "FILE"),
        help=t(lang, "write the chart to a PNG, SVG or PDF file"),
    )
    parser.add_argument(
        "--lang",
        metavar=t(lang, "LANGUAGE"),
        help=t(lang, "the language (default: the deck's first)"),
    )
    parser.add_argument(
        "--municipality",
        metavar="ID",
        help=t(lang, "municipality id, for a deck shared by municipalities"),
    )
    parser.add_argument(
        "--from",
        dest="from_day",
        metavar=t(lang, "YYYY-MM-DD"),
        help=t(lang, "the first day (default: today)"),
    )


def run(name: str, args: argparse.Namespace, lang: str) -> int:
    from datetime import date
    from pathlib import Path

    from tiltakskort.authoring.hourschart import chart, chart_text, write_chart
    from tiltakskort.cli import load_or_exit, pick_view, write_failed, written

    out = Path(args.output) if args.output else None
    if out is not None and out.suffix.lower() not in SUFFIXES:
        print(
            t(lang, "The chart is written as .png, .svg or .pdf, not '{name}'.", name=out.name),
            file=sys.stderr,
        )
        return 2
    try:
        first = date.fromisoformat(args.from_day) if args.from_day else None
    except ValueError:
        print(
            t(lang, "--from must be a date written YYYY-MM-DD, e.g. 2027-01-04."), file=sys.stderr
        )
        return 2
    deck, _ = load_or_exit(args.deck, lang, trust=False)
    deck, deck_lang = pick_view(deck, args.municipality, args.lang, lang)
    if args.card and args.card not in deck.cards:
        print(t(lang, "The deck has no card '{card}'.", card=args.card), file=sys.stderr)
        return 2
    if args.card and not deck.cards[args.card].contacts:
        print(t(lang, "The card '{card}' lists no contacts.", card=args.card), file=sys.stderr)
        return 2
    c = chart(deck, args.card, today=first, lang=deck_lang)
    if out is None:
        sys.stdout.write(chart_text(c, deck_lang))
        return 0
    try:
        write_chart(out, c, deck_lang)
    except OSError as e:
        write_failed(out, e, lang)
        return 1
    written(out, lang)
    return 0
