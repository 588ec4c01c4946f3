"""``tiltakskort find DECK QUERY…``: search a deck as the app's search field does.

For authors checking their tags and synonyms: the cards a query finds, best first,
each with its kind, the walk that leads there and the words that matched. ``--format
json`` prints a list of objects with ``id``, ``title``, ``kind``, ``urgent``, ``path``
(the walk as card ids), ``trail`` (the answers chosen along it), ``score`` and
``matched``. Exit codes: 0 (also when nothing is found), 1 the deck has errors,
2 wrong use (an unknown language, a limit under 1).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from tiltakskort.i18n import N_, t

_HELP = N_("search a deck as the app does, best first (to check tags and synonyms)")

#: name -> help (an English message id, translated by the command line)
COMMANDS: dict[str, str] = {"find": _HELP}

KIND_LABELS = {"question": N_("question"), "action": N_("action"), "urgent": N_("urgent")}
FIELD_LABELS = {
    "title": N_("title"),
    "tag": N_("tag"),
    "answer": N_("answer leading here"),
    "body": N_("text"),
    "steps": N_("steps"),
    "law": N_("legal basis"),
    "contact": N_("contact"),
    "option": N_("answer"),
    "talk": N_("conversation advice"),
    "role": N_("contact's role"),
    "link": N_("link"),
}
HOW_LABELS = {
    "stem": N_("other form"),
    "typo": N_("typo"),
    "prefix": N_("beginning of the word"),
    "part": N_("end of a compound"),
    "split": N_("compound split"),
    "synonym": N_("synonym"),
}


def _positive(lang: str) -> Callable[[str], int]:
    """An argparse type: a whole number of 1 or more."""

    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            n = 0
        if n < 1:
            raise argparse.ArgumentTypeError(
                t(lang, "must be a whole number of 1 or more, not '{value}'", value=value)
            )
        return n

    return parse


def add_arguments(name: str, parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument("deck", help=t(lang, "deck folder (or its deck.yaml)"))
    parser.add_argument(
        "query",
        nargs="+",
        metavar="QUERY",
        help=t(lang, "the words to search for, as a person would type them"),
    )
    parser.add_argument(
        "--lang", help=t(lang, "the deck language to search in (default: the deck's first)")
    )
    parser.add_argument(
        "--limit",
        type=_positive(lang),
        default=10,
        metavar="N",
        help=t(lang, "show at most N cards (default: 10)"),
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=t(lang, "output format: text (default) or json"),
    )


def run(name: str, args: argparse.Namespace, lang: str) -> int:
    from tiltakskort.cli import load_or_exit, pick_view
    from tiltakskort.search.index import SearchIndex, deck_synonyms

    # an author checks a draft: read it whatever its signature
    deck, _ = load_or_exit(args.deck, lang, trust=False)
    deck, deck_lang = pick_view(deck, None, args.lang, lang)
    query = " ".join(args.query)
    found = SearchIndex(deck, deck_lang, synonyms=deck_synonyms(deck)).search(
        query, limit=args.limit
    )
    if args.format == "json":
        print(json.dumps([r.as_dict() for r in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(t(lang, "No card matches '{query}'.", query=query))
        return 0
    print(render(found, lang))
    return 0


def render(found: list[Any], lang: str) -> str:
    """The results as terminal text, best first."""
    out: list[str] = []
    for i, r in enumerate(found, 1):
        if out:
            out.append("")
        out.append(f"{i}. {r.title}  [{t(lang, KIND_LABELS[r.kind])}]  {r.id}")
        if len(r.path) > 1:
            out.append(f"   {r.trail_text()}")
        elif r.path:
            out.append("   (" + t(lang, "the start card") + ")")
        else:
            out.append("   (" + t(lang, "no walk from the start card leads here") + ")")
        parts = []
        for h in r.hits:
            where = t(lang, FIELD_LABELS.get(h.field, h.field))
            if h.how in HOW_LABELS:
                where += ", " + t(lang, HOW_LABELS[h.how])
            parts.append(f"{h.term} → {h.word} ({where})")
        out.append("   " + "; ".join(parts))
    return "\n".join(out)
