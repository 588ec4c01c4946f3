"""The ``tiltakskort`` command: run, validate, show, print, booklet.

Imports neither Qt nor reportlab at module level: ``validate`` and ``show``
stay fast and work without a display; ``run`` imports the Qt app and
``print``/``booklet`` import the PDF code only when used.

The command speaks bokmål unless the environment asks for English
(``TILTAKSKORT_LANG=en``, or ``LANG``/``LANGUAGE`` starting with ``en``).
Exit codes: 0 success, 1 the deck has errors (or a file could not be
written), 2 the command was used wrongly (bad arguments, an invalid walk).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, NoReturn

from tiltakskort import __version__

_MSG = {
    "nb": {
        "description": "Tiltakskort: handlingskort for vold i nære relasjoner.",
        "epilog": "Uten kommando åpnes appen med eksempelkortstokken. "
                  "Skriv «tiltakskort KOMMANDO --help» for hjelp til en kommando. "
                  "Set TILTAKSKORT_LANG=en for English.",
        "version": "vis versjonen og avslutt",
        "help": "vis denne hjelpen og avslutt",
        "commands": "kommandoer",
        "run": "åpne appen (med eksempelkortstokken om ingen er gitt)",
        "validate": "sjekk kortstokker og skriv ut alle problemer",
        "show": "vis kortet en vei ender på, som tekst",
        "print": "skriv stegene for en vei til PDF",
        "booklet": "skriv hele kortstokken som kort til PDF",
        "deck": "kortstokkmappe (eller dens deck.yaml)",
        "decks": "én eller flere kortstokkmapper",
        "strict": "la advarsler telle som feil",
        "format": "utdataformat: text (standard) eller json",
        "path": "veien som kort-id-er skilt med komma, f.eks. start,barn,barn-akutt",
        "lang": "språket kortene vises på (f.eks. nb, nn, en; standard: kortstokkens første)",
        "municipality": "kommune-id for en kortstokk med flere kommuner",
        "at": "tidspunktet åpningstider vurderes ved, «ÅÅÅÅ-MM-DD TT:MM» (standard: nå)",
        "smoke": "åpne vinduet, tegn startkortet og avslutt (for sjekk av pakking)",
        "watch": "last kortstokken på nytt når en fil i den endres",
        "output": "PDF-filen som skal skrives",
        "size": "kortstørrelse: a6 (4 på et A4-ark med skjæremerker), a5 eller a4",
        "bad_at": "--at må skrives «ÅÅÅÅ-MM-DD TT:MM», f.eks. «2026-12-24 18:00», ikke «{value}».",
        "bad_lang": "Kortstokken har ikke språket «{lang}»; den har {langs}.",
        "bad_muni": "Kortstokken har ingen kommune «{mid}»; den har {ids}.",
        "no_muni": "Kortstokken har ingen kommuner; --municipality kan ikke brukes.",
        "has_errors": "{path}: kortstokken har feil og kan ikke brukes ({n} feil).",
        "summary_ok": "{path}: ingen feil, {w} advarsler.",
        "summary": "{n} feil og {w} advarsler i {decks} kortstokk(er).",
        "bad_walk": "Ugyldig vei: {message}",
        "written": "Skrev {path}",
        "write_failed": "Kunne ikke skrive {path}: {reason}",
        "no_pdf": "Utskrift er ikke tilgjengelig i denne versjonen.",
        "usage_error": "{message}\nSkriv «tiltakskort --help» for hjelp.",
        "needs_choice": "Velg et svar for å gå videre:",
    },
    "en": {
        "description": "Tiltakskort: action cards for violence in close relationships.",
        "epilog": "Without a command the app opens with the example deck. "
                  "Type 'tiltakskort COMMAND --help' for help on a command. "
                  "Set TILTAKSKORT_LANG=nb for Norwegian.",
        "version": "show the version and exit",
        "help": "show this help and exit",
        "commands": "commands",
        "run": "open the app (with the example deck if none is given)",
        "validate": "check decks and print every problem",
        "show": "show the card a walk ends on, as text",
        "print": "print the steps of a walk to PDF",
        "booklet": "print the whole deck as cards to PDF",
        "deck": "deck folder (or its deck.yaml)",
        "decks": "one or more deck folders",
        "strict": "count warnings as errors",
        "format": "output format: text (default) or json",
        "path": "the walk as card ids separated by commas, e.g. start,barn,barn-akutt",
        "lang": "language to show the cards in (e.g. nb, nn, en; default: the deck's first)",
        "municipality": "municipality id, for a deck shared by several municipalities",
        "at": "the time opening hours are judged at, 'YYYY-MM-DD HH:MM' (default: now)",
        "smoke": "open the window, paint the start card and exit (packaging check)",
        "watch": "reload the deck when one of its files changes",
        "output": "the PDF file to write",
        "size": "card size: a6 (4 to an A4 sheet with cut marks), a5 or a4",
        "bad_at": "--at must be written 'YYYY-MM-DD HH:MM', e.g. '2026-12-24 18:00', "
                  "not '{value}'.",
        "bad_lang": "The deck has no language '{lang}'; it has {langs}.",
        "bad_muni": "The deck has no municipality '{mid}'; it has {ids}.",
        "no_muni": "The deck has no municipalities; --municipality cannot be used.",
        "has_errors": "{path}: the deck has errors and cannot be used ({n} errors).",
        "summary_ok": "{path}: no errors, {w} warnings.",
        "summary": "{n} errors and {w} warnings in {decks} deck(s).",
        "bad_walk": "Invalid walk: {message}",
        "written": "Wrote {path}",
        "write_failed": "Could not write {path}: {reason}",
        "no_pdf": "Printing is not available in this version.",
        "usage_error": "{message}\nType 'tiltakskort --help' for help.",
        "needs_choice": "Choose an answer to go on:",
    },
}


def ui_language() -> str:
    """``en`` or ``nb``, from TILTAKSKORT_LANG, LANGUAGE, LC_ALL or LANG."""
    for var in ("TILTAKSKORT_LANG", "LANGUAGE", "LC_ALL", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "en" if value.lower().startswith("en") else "nb"
    return "nb"


class _Parser(argparse.ArgumentParser):
    """An argparse parser that exits 2 with a translated, one-line hint."""

    lang = "nb"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.lang == "nb":
            # argparse's own headings, in bokmål
            self._optionals.title = "valg"
            self._positionals.title = "argumenter"

    def format_usage(self) -> str:
        text = super().format_usage()
        return text.replace("usage:", "bruk:", 1) if self.lang == "nb" else text

    def format_help(self) -> str:
        text = super().format_help()
        return text.replace("usage:", "bruk:", 1) if self.lang == "nb" else text

    _NB = (("the following arguments are required:", "dette mangler:"),
           ("unrecognized arguments:", "ukjente argumenter:"),
           ("invalid choice:", "ugyldig valg:"), ("choose from", "velg blant"),
           ("expected one argument", "trenger en verdi"), ("argument ", "argument "))

    def error(self, message: str) -> NoReturn:
        if self.lang == "nb":
            for en, nb in self._NB:
                message = message.replace(en, nb)
        self.print_usage(sys.stderr)
        self.exit(2, _MSG[self.lang]["usage_error"].format(message=message) + "\n")


def build_parser(lang: str, only_run: bool = False) -> argparse.ArgumentParser:
    """The whole command line; with ``only_run``, just ``run`` (the app starts without
    importing every command's module)."""
    m = _MSG[lang]
    _Parser.lang = lang
    parser = _Parser(prog="tiltakskort", description=m["description"], epilog=m["epilog"],
                     add_help=False)
    parser.add_argument("-h", "--help", action="help", help=m["help"])
    parser.add_argument("--version", action="version", version=f"tiltakskort {__version__}",
                        help=m["version"])
    sub = parser.add_subparsers(dest="command", title=m["commands"], metavar="KOMMANDO"
                                if lang == "nb" else "COMMAND")

    def add(name: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=m[name], description=m[name], add_help=False)
        p.add_argument("-h", "--help", action="help", help=m["help"])
        return p

    def walk_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--lang", help=m["lang"])
        p.add_argument("--municipality", help=m["municipality"])
        p.add_argument("--at", help=m["at"])

    p = add("run")
    p.add_argument("deck", nargs="?", help=m["deck"])
    p.add_argument("--smoke", action="store_true", help=m["smoke"])
    p.add_argument("--watch", action="store_true", help=m["watch"])
    p.add_argument("--lang", help=m["lang"])
    p.add_argument("--municipality", help=m["municipality"])
    if only_run:
        return parser

    p = add("validate")
    p.add_argument("decks", nargs="+", metavar="DECK", help=m["decks"])
    p.add_argument("--strict", action="store_true", help=m["strict"])
    p.add_argument("--format", choices=("text", "json"), default="text", help=m["format"])

    p = add("show")
    p.add_argument("deck", help=m["deck"])
    p.add_argument("--path", required=True, help=m["path"])
    walk_options(p)

    p = add("print")
    p.add_argument("deck", help=m["deck"])
    p.add_argument("--path", required=True, help=m["path"])
    walk_options(p)
    p.add_argument("-o", "--output", required=True, help=m["output"])

    p = add("booklet")
    p.add_argument("deck", help=m["deck"])
    p.add_argument("-o", "--output", required=True, help=m["output"])
    p.add_argument("--size", choices=("a6", "a5", "a4"), default="a6", help=m["size"])
    p.add_argument("--lang", help=m["lang"])
    p.add_argument("--municipality", help=m["municipality"])

    for module in _command_modules():
        for name, (help_nb, help_en) in module.COMMANDS.items():
            text = help_nb if lang == "nb" else help_en
            p = sub.add_parser(name, help=text, description=text, add_help=False)
            p.add_argument("-h", "--help", action="help", help=m["help"])
            module.add_arguments(name, p, lang)
    return parser


#: Modules that add commands: each has ``COMMANDS`` (name -> (help nb, help en)),
#: ``add_arguments(name, parser, lang)`` and ``run(name, args, lang) -> int``. Keep their
#: module level light: heavy imports belong inside ``run``.
COMMAND_MODULES: tuple[str, ...] = (
    "tiltakskort.authoring.commands",
    "tiltakskort.authoring.hourscmd",
    "tiltakskort.signing.commands",
    "tiltakskort.packaging.commands",
    "tiltakskort.training.commands",
    "tiltakskort.pdf.commands",
)


def _command_modules() -> list[Any]:
    import importlib

    return [importlib.import_module(name) for name in COMMAND_MODULES]


class UsageError(Exception):
    """Wrong use of the command: exit 2 with the message."""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``tiltakskort`` command; returns the exit code."""
    lang = ui_language()
    given = list(sys.argv[1:] if argv is None else argv)
    # Starting the app is the common case: parse it without loading the other commands.
    # Anything else (help and --version too) gets the whole parser.
    only_run = not given or given[0] == "run"
    args = build_parser(lang, only_run=only_run).parse_args(given)
    command = args.command or "run"
    try:
        if command == "run":
            return _run(args)
        if command == "validate":
            return _validate(args, lang)
        for module in _command_modules():
            if command in module.COMMANDS:
                return int(module.run(command, args, lang))
        return _with_deck(args, lang)
    except UsageError as e:
        print(str(e), file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    from tiltakskort.ui.app import run_app

    return run_app(
        getattr(args, "deck", None),
        smoke=getattr(args, "smoke", False),
        watch=getattr(args, "watch", False),
        lang=getattr(args, "lang", None),
        municipality=getattr(args, "municipality", None),
    )


def _validate(args: argparse.Namespace, lang: str) -> int:
    from tiltakskort.deck.loader import load_deck
    from tiltakskort.deck.problems import has_errors

    m = _MSG[lang]
    failed = False
    everything: list[dict[str, Any]] = []
    errors = warnings = 0
    for deck in args.decks:
        result = load_deck(deck)
        failed |= has_errors(result.problems, strict=args.strict)
        errors += len(result.errors)
        warnings += len(result.warnings)
        if args.format == "json":
            everything.extend(p.as_dict(lang) for p in result.problems)
        else:
            for p in result.problems:
                print(p.format(lang))
    if args.format == "json":
        import json

        print(json.dumps(everything, ensure_ascii=False, indent=2))
    elif errors or warnings:
        print(m["summary"].format(n=errors, w=warnings, decks=len(args.decks)), file=sys.stderr)
    return 1 if failed else 0


def parse_at(value: str | None, lang: str) -> datetime | None:
    """``--at`` as a naive local time, or None for now."""
    if not value:
        return None
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(value.strip(), fmt)
        except ValueError:
            continue
    raise UsageError(_MSG[lang]["bad_at"].format(value=value))


def _with_deck(args: argparse.Namespace, lang: str) -> int:
    """show, print and booklet: load the deck, pick municipality and language."""
    from tiltakskort.deck.loader import load_deck
    from tiltakskort.deck.publicholidays import timezone_for

    m = _MSG[lang]
    at = parse_at(getattr(args, "at", None), lang)
    result = load_deck(args.deck)
    if result.deck is None or result.errors:
        for p in result.problems:
            print(p.format(lang), file=sys.stderr)
        print(m["has_errors"].format(path=args.deck, n=len(result.errors)), file=sys.stderr)
        return 1
    deck = result.deck
    if args.municipality:
        if not deck.municipalities:
            raise UsageError(m["no_muni"])
        if args.municipality not in deck.municipalities:
            raise UsageError(m["bad_muni"].format(mid=args.municipality,
                                                  ids=", ".join(deck.municipalities)))
        deck = deck.for_municipality(args.municipality)
    deck_lang = args.lang or deck.default_language
    if deck_lang not in deck.languages:
        raise UsageError(m["bad_lang"].format(lang=deck_lang, langs=", ".join(deck.languages)))
    tz = timezone_for(deck.country)
    when = at.replace(tzinfo=tz) if at else datetime.now(tz)

    if args.command == "booklet":
        return _write_pdf(args.output, lang, "booklet", deck=deck, lang=deck_lang,
                          size=args.size, at=when)

    from tiltakskort.walk import Walk, WalkError

    try:
        walk = Walk.from_path(deck, args.path.split(","))
    except WalkError as e:
        raise UsageError(m["bad_walk"].format(message=e.nb if lang == "nb" else str(e))) from e
    if args.command == "show":
        print(render_card_text(walk, deck_lang, when))
        return 0
    return _write_pdf(args.output, lang, "steps", walk=walk, lang=deck_lang, at=when)


def _write_pdf(output: str, ui_lang: str, kind: str, **kwargs: Any) -> int:
    m = _MSG[ui_lang]
    try:
        from tiltakskort.pdf import write_booklet, write_steps
    except ImportError:
        print(m["no_pdf"], file=sys.stderr)
        return 1
    try:
        if kind == "booklet":
            write_booklet(Path(output), **kwargs)
        else:
            write_steps(Path(output), **kwargs)
    except OSError as e:
        print(m["write_failed"].format(path=output, reason=e.strerror or e), file=sys.stderr)
        return 1
    print(m["written"].format(path=output))
    return 0


def render_card_text(walk: Any, lang: str, at: datetime) -> str:
    """The card a walk ends on, as readable terminal text."""
    from tiltakskort.phrases import describe_hours, describe_status, phrase
    from tiltakskort.walk import contacts_now

    deck = walk.deck
    card = walk.current
    out: list[str] = []
    header = deck.title.get(lang)
    name = deck.municipality_name(lang)
    out.append(f"{header} – {name}" if name else header)
    out.append("")
    for before, option, _ in walk.answers():
        answer = option.label.get(lang) if option else "→"
        out.append(f"  {before.title.get(lang)}  →  {answer}")
    if walk.answers():
        out.append("")
    title = card.title.get(lang)
    if card.urgent:
        title = f"[{phrase('urgent', lang)}] {title}"
    out += [title, "=" * len(title)]
    if card.urgent:
        out.append(f"{deck.emergency.text.get(lang)} ({deck.emergency.phone.display})")
    if card.body:
        out += ["", card.body.plain(lang)]
    if card.options:
        out += ["", _MSG["nb" if lang in ("nb", "nn") else "en"]["needs_choice"]]
        for i, o in enumerate(card.options, 1):
            hint = f" ({o.hint.get(lang)})" if o.hint else ""
            out.append(f"  {i}. {o.label.get(lang)}{hint}")

    def section(key: str, items: list[str]) -> None:
        if items:
            out.extend(["", phrase(key, lang).upper(), *items])

    section("steps", [f"  [ ] {s.get(lang)}" for s in card.steps])
    section("talk", [f"  • {t.get(lang)}" for t in card.talk])
    lines: list[str] = []
    for sc in contacts_now(deck, card, at):
        c = sc.contact
        if sc.instead_of:
            closed = deck.contacts[sc.instead_of].display_name(lang)
            lines.append(f"  ({phrase('instead_of', lang, name=closed)})")
        lines.append(f"  {c.display_name(lang)}" + (f" – {c.role.get(lang)}" if c.role else ""))
        if c.phone:
            lines.append(f"      {phrase('phone', lang)}: {c.phone.display}")
        if c.email:
            lines.append(f"      {phrase('email', lang)}: {c.email}")
        if sc.status is not None:
            lines.append(f"      {describe_status(sc.status, at, lang)}")
        if c.hours is not None and not c.hours.always_open:
            lines.append(f"      {phrase('hours', lang)}: {describe_hours(c.hours, lang)}")
    section("contacts", lines)
    section("law", [f"  • {x.get(lang)}" for x in card.law])
    section("links", [f"  • {x.label.get(lang)}: {x.url}" for x in card.links])
    return "\n".join(out)
