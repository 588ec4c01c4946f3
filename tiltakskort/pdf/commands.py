"""``tiltakskort review``: the whole deck as a PDF for the yearly review."""

from __future__ import annotations

import argparse
from pathlib import Path

from tiltakskort.cli import (
    COMMAND_HELP,
    deck_argument,
    lang_option,
    municipality_option,
    output_option,
)

#: name -> help (an English message id, translated when shown; the words of this
#: module are in the ``cli`` catalogue, the ``pdf`` one holds the PDFs' own text)
COMMANDS: dict[str, str] = {"review": COMMAND_HELP["review"]}


def add_arguments(name: str, parser: argparse.ArgumentParser, lang: str) -> None:
    deck_argument(parser, lang)
    output_option(parser, lang)
    lang_option(parser, lang)
    municipality_option(parser, lang)


def run(name: str, args: argparse.Namespace, lang: str) -> int:
    from tiltakskort.cli import load_or_exit, pick_view, write_failed, written
    from tiltakskort.pdf.review import write_review

    # the review comes before approval: a draft not yet signed can be reviewed too
    deck, _ = load_or_exit(args.deck, lang, trust=False)
    deck, deck_lang = pick_view(deck, args.municipality, args.lang, lang)
    try:
        write_review(Path(args.output), deck=deck, lang=deck_lang)
    except OSError as e:
        write_failed(args.output, e, lang)
        return 1
    written(args.output, lang)
    return 0
