"""The ``tiltakskort`` command: run, validate, show, print, booklet.

Imports neither Qt nor reportlab at module level: ``validate`` and ``show``
stay fast and work without a display; ``run`` imports the Qt app and
``print``/``booklet`` import the PDF code only when used.

The command speaks the user's language (:func:`tiltakskort.i18n.user_language`:
``TILTAKSKORT_LANG``, else the system locale, else bokmål); its text is in the
gettext catalogues (domain ``cli``, and each command module's own). Every command
that reads a deck opens it with :func:`load_or_exit`, which trusts decks the way the
app does (:func:`tiltakskort.signing.trust.open_deck`).
Exit codes: 0 success, 1 the deck has errors or is not trusted (or a file could not
be written), 2 the command was used wrongly (bad arguments, an invalid walk).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from tiltakskort import __version__
from tiltakskort.i18n import N_, t, tn, user_language

if TYPE_CHECKING:
    from tiltakskort.deck.model import Deck
    from tiltakskort.signing.trust import Opened

#: The help of the commands defined here (English ids; translated when shown).
_HELP = {
    "run": N_("open the app (with the example deck if none is given)"),
    "validate": N_("check decks and print every problem"),
    "show": N_("show the card a walk ends on, as text"),
    "print": N_("print the steps of a walk to PDF"),
    "booklet": N_("print the whole deck as cards to PDF"),
    # tiltakskort/pdf/commands.py: its words are here (the pdf catalogue is the PDFs' text)
    "review": N_("write the whole deck as a PDF for the yearly review, with a signature block"),
}

#: Help of commands the command modules add, kept here (see ``_HELP["review"]``).
COMMAND_HELP = {"review": _HELP["review"]}

#: argparse's own words in its error messages, translated by replacing them.
_ARGPARSE = (
    N_("the following arguments are required:"),
    N_("unrecognized arguments:"),
    N_("invalid choice:"),
    N_("choose from"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option:"),
    N_("could match"),
)


class _Formatter(argparse.HelpFormatter):
    lang = "nb"

    def add_usage(
        self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None
    ) -> None:
        if prefix is None:
            prefix = t(self.lang, "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    """An argparse parser in the user's language that exits 2 with a one-line hint."""

    lang = "nb"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        formatter = type("_Formatter", (_Formatter,), {"lang": self.lang})
        kwargs.setdefault("formatter_class", formatter)
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        # argparse's own headings
        self._optionals.title = t(self.lang, "options")
        self._positionals.title = t(self.lang, "positional arguments")
        self.add_argument(
            "-h", "--help", action="help", help=t(self.lang, "show this help and exit")
        )

    def error(self, message: str) -> NoReturn:
        if self.lang != "en":
            for words in _ARGPARSE:
                message = message.replace(words, t(self.lang, words))
        self.print_usage(sys.stderr)
        self.exit(
            2,
            t(self.lang, "{message}\nType 'tiltakskort --help' for help.", message=message) + "\n",
        )


def deck_argument(p: argparse.ArgumentParser, lang: str) -> None:
    """The ``deck`` argument of a command that reads one deck."""
    p.add_argument("deck", metavar=t(lang, "DECK"), help=t(lang, "deck folder (or its deck.yaml)"))


def lang_option(p: argparse.ArgumentParser, lang: str) -> None:
    """``--lang``: the language a deck is shown in."""
    p.add_argument(
        "--lang",
        metavar=t(lang, "LANGUAGE"),
        help=t(
            lang, "language to show the cards in (e.g. nb, nn, sv, en; default: the deck's first)"
        ),
    )


def municipality_option(p: argparse.ArgumentParser, lang: str) -> None:
    """``--municipality``: one municipality of a shared deck."""
    p.add_argument(
        "--municipality",
        metavar="ID",
        help=t(lang, "municipality id, for a deck shared by several municipalities"),
    )


def service_option(p: argparse.ArgumentParser, lang: str) -> None:
    """``--service``: where the reader works, for a deck with services."""
    p.add_argument(
        "--service",
        metavar="ID",
        help=t(lang, "service id (where you work), for a deck with services"),
    )


def output_option(p: argparse.ArgumentParser, lang: str) -> None:
    """``-o``/``--output``: the PDF file a command writes."""
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar=t(lang, "FILE"),
        help=t(lang, "the PDF file to write"),
    )


def _parser_class(lang: str) -> type[_Parser]:
    return type("_Parser", (_Parser,), {"lang": lang})


def build_parser(lang: str, only_run: bool = False) -> argparse.ArgumentParser:
    """The whole command line in ``lang``; with ``only_run``, just ``run`` (the app
    starts without importing every command's module)."""
    parser = _parser_class(lang)(
        prog="tiltakskort",
        description=t(lang, "Tiltakskort: action cards for violence in close relationships."),
        epilog=t(
            lang,
            "Without a command the app opens with the example deck. Type "
            "'tiltakskort COMMAND --help' for help on a command. Set "
            "TILTAKSKORT_LANG to nb, nn, sv or en to choose the language.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"tiltakskort {__version__}",
        help=t(lang, "show the version and exit"),
    )
    sub = parser.add_subparsers(
        dest="command", title=t(lang, "commands"), metavar=t(lang, "COMMAND")
    )

    def add(name: str, help_id: str) -> argparse.ArgumentParser:
        text = t(lang, help_id)
        return sub.add_parser(name, help=text, description=text)

    p = add("run", _HELP["run"])
    p.add_argument(
        "deck", nargs="?", metavar=t(lang, "DECK"), help=t(lang, "deck folder (or its deck.yaml)")
    )
    p.add_argument(
        "--smoke",
        action="store_true",
        help=t(lang, "open the window, paint the start card and exit (packaging check)"),
    )
    p.add_argument(
        "--watch",
        action="store_true",
        help=t(lang, "reload the deck when one of its files changes"),
    )
    lang_option(p, lang)
    municipality_option(p, lang)
    if only_run:
        return parser

    p = add("validate", _HELP["validate"])
    p.add_argument(
        "decks", nargs="+", metavar=t(lang, "DECK"), help=t(lang, "one or more deck folders")
    )
    p.add_argument("--strict", action="store_true", help=t(lang, "count warnings as errors"))
    p.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help=t(lang, "output format: text (default) or json"),
    )

    for name in ("show", "print"):
        p = add(name, _HELP[name])
        deck_argument(p, lang)
        p.add_argument(
            "--path",
            required=True,
            metavar=t(lang, "WALK"),
            help=t(lang, "the walk as card ids separated by commas, e.g. start,barn,barn-akutt"),
        )
        lang_option(p, lang)
        municipality_option(p, lang)
        service_option(p, lang)
        p.add_argument(
            "--at",
            metavar=t(lang, "TIME"),
            help=t(lang, "the time opening hours are judged at, 'YYYY-MM-DD HH:MM' (default: now)"),
        )
        if name == "print":
            output_option(p, lang)

    p = add("booklet", _HELP["booklet"])
    deck_argument(p, lang)
    output_option(p, lang)
    p.add_argument(
        "--size",
        choices=("a6", "a5", "a4"),
        default="a6",
        help=t(lang, "card size: a6 (4 to an A4 sheet with cut marks), a5 or a4"),
    )
    lang_option(p, lang)
    municipality_option(p, lang)
    service_option(p, lang)

    for module in _command_modules():
        for name, help_id in module.COMMANDS.items():
            module.add_arguments(name, add(name, help_id), lang)
    return parser


#: Modules that add commands: each has ``COMMANDS`` (name -> help, an English message
#: id marked with ``N_``), ``add_arguments(name, parser, lang)`` and
#: ``run(name, args, lang) -> int``. Keep their module level light: heavy imports
#: belong inside ``run``.
COMMAND_MODULES: tuple[str, ...] = (
    "tiltakskort.authoring.commands",
    "tiltakskort.authoring.hourscmd",
    "tiltakskort.signing.commands",
    "tiltakskort.packaging.commands",
    "tiltakskort.training.commands",
    "tiltakskort.pdf.commands",
    "tiltakskort.search.commands",
)


def _command_modules() -> list[Any]:
    import importlib

    return [importlib.import_module(name) for name in COMMAND_MODULES]


class UsageError(Exception):
    """Wrong use of the command: exit 2 with the message."""


class CommandFailed(Exception):
    """The command cannot go on and has said why: exit 1 (see :func:`load_or_exit`)."""


def load_or_exit(path: str, lang: str, *, trust: bool = True) -> tuple[Deck, Opened]:
    """Open the deck at ``path`` as the app does, or say why not and end the command.

    With ``trust`` (``show``, ``print``, ``booklet``, ``review``, ``map``) the deck is
    opened only if this build trusts it (:func:`tiltakskort.signing.trust.open_deck`:
    a build with keys refuses unsigned and altered decks); who approved a signed deck
    is said on stderr. Without it (the authoring commands: a deck being written or
    signed) the deck is read whatever its signature.

    Returns:
        The deck and what :func:`~tiltakskort.signing.trust.open_deck` found.

    Raises:
        CommandFailed: the deck is refused or has errors; its problems were printed
            (``main`` exits 1).
    """
    from tiltakskort.signing.trust import open_deck

    opened = open_deck(path, refuse_untrusted=trust)
    verdict = opened.verdict
    if trust and verdict.refused and verdict.reason is not None:
        print(t(lang, "{path}: {reason}", path=path, reason=verdict.reason), file=sys.stderr)
        raise CommandFailed(path)
    result = opened.result
    if result is None or result.deck is None or result.errors:
        for p in opened.problems:
            print(p.format(lang), file=sys.stderr)
        n = len(opened.errors)
        print(
            tn(
                lang,
                "{path}: the deck has errors and cannot be used ({n} error).",
                "{path}: the deck has errors and cannot be used ({n} errors).",
                n,
                path=path,
            ),
            file=sys.stderr,
        )
        raise CommandFailed(path)
    if not trust:
        _warn_if_altered(opened, path, lang)
    approval = verdict.approval()
    if trust and approval is not None:
        print(approval.text(lang), file=sys.stderr)
    return result.deck, opened


def _warn_if_altered(opened: Opened, path: str, lang: str) -> None:
    """Say on stderr when a signed deck no longer matches its signature (an unsigned
    draft is not worth a word)."""
    verdict = opened.verdict
    status = verdict.verification.status if verdict.verification is not None else "unsigned"
    if verdict.refused and verdict.reason is not None and status not in ("unsigned", "no-key"):
        print(t(lang, "{path}: {reason}", path=path, reason=verdict.reason), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``tiltakskort`` command; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            if stream.isatty():  # a console that cannot show a letter (cp1252, ŋ) shows "?"
                stream.reconfigure(errors="replace")
            else:  # redirected output is UTF-8 (Windows would write cp1252)
                stream.reconfigure(encoding="utf-8")
    lang = user_language()
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
    except CommandFailed:
        return 1
    except BrokenPipeError:
        # the reader left (`validate … | head`): stop quietly, as other commands do; the
        # output still buffered goes nowhere instead of raising again at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141 if os.name == "posix" else 1


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
    from tiltakskort.deck.problems import has_errors
    from tiltakskort.signing.trust import open_deck

    problem_lang = lang  # the deck engine's sentences speak nb, nn, sv and en too
    failed = False
    everything: list[dict[str, Any]] = []
    errors = warnings = 0
    for deck in args.decks:
        # an author checks a draft: read it whatever its signature
        opened = open_deck(deck, refuse_untrusted=False)
        result = opened.result
        assert result is not None
        _warn_if_altered(opened, deck, lang)
        failed |= has_errors(result.problems, strict=args.strict)
        errors += len(result.errors)
        warnings += len(result.warnings)
        if args.format == "json":
            everything.extend(p.as_dict(problem_lang) for p in result.problems)
        else:
            for p in result.problems:
                print(p.format(problem_lang))
    if args.format == "json":
        import json

        print(json.dumps(everything, ensure_ascii=False, indent=2))
    elif errors or warnings:
        print(
            t(
                lang,
                "{errors} and {warnings} in {decks}.",
                errors=tn(lang, "{n} error", "{n} errors", errors),
                warnings=tn(lang, "{n} warning", "{n} warnings", warnings),
                decks=tn(lang, "{n} deck", "{n} decks", len(args.decks)),
            ),
            file=sys.stderr,
        )
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
    raise UsageError(
        t(
            lang,
            "--at must be written 'YYYY-MM-DD HH:MM', e.g. '2026-12-24 18:00', not '{value}'.",
            value=value,
        )
    )


def pick_view(
    deck: Deck,
    municipality: str | None,
    deck_lang: str | None,
    lang: str,
    service: str | None = None,
) -> tuple[Deck, str]:
    """The deck as one municipality (and service) sees it and the language to show it
    in, from ``--municipality``, ``--service`` and ``--lang``; a wrong choice is a
    :class:`UsageError`."""
    if municipality:
        if not deck.municipalities:
            raise UsageError(
                t(lang, "The deck has no municipalities; --municipality cannot be used.")
            )
        if municipality not in deck.municipalities:
            raise UsageError(
                t(
                    lang,
                    "The deck has no municipality '{mid}'; it has {ids}.",
                    mid=municipality,
                    ids=", ".join(deck.municipalities),
                )
            )
        deck = deck.for_municipality(municipality)
    if service:
        if not deck.services:
            raise UsageError(t(lang, "The deck has no services; --service cannot be used."))
        if service not in deck.services:
            raise UsageError(
                t(
                    lang,
                    "The deck has no service '{sid}'; it has {ids}.",
                    sid=service,
                    ids=", ".join(deck.services),
                )
            )
        deck = deck.for_service(service)
    chosen = deck_lang or deck.default_language
    if chosen not in deck.languages:
        raise UsageError(
            t(
                lang,
                "The deck has no language '{lang}'; it has {langs}.",
                lang=chosen,
                langs=", ".join(deck.languages),
            )
        )
    return deck, chosen


def _with_deck(args: argparse.Namespace, lang: str) -> int:
    """show, print and booklet: load the deck, pick municipality and language."""
    from tiltakskort.deck.publicholidays import timezone_for

    at = parse_at(getattr(args, "at", None), lang)
    deck, _ = load_or_exit(args.deck, lang)
    deck, deck_lang = pick_view(
        deck, args.municipality, args.lang, lang, getattr(args, "service", None)
    )
    tz = timezone_for(deck.country)
    when = at.replace(tzinfo=tz) if at else datetime.now(tz)

    if args.command == "booklet":
        return _write_pdf(
            args.output, lang, "booklet", deck=deck, lang=deck_lang, size=args.size, at=when
        )

    from tiltakskort.walk import Walk, WalkError

    try:
        walk = Walk.from_path(deck, args.path.split(","))
    except WalkError as e:
        raise UsageError(t(lang, "Invalid walk: {message}", message=e.msg)) from e
    if args.command == "show":
        from tiltakskort.textcard import render_card_text

        print(render_card_text(walk, deck_lang, when))
        return 0
    return _write_pdf(args.output, lang, "steps", walk=walk, lang=deck_lang, at=when)


def written(path: object, lang: str) -> None:
    """Say that ``path`` was written."""
    print(t(lang, "Wrote {path}", path=path))


def write_failed(path: object, error: OSError, lang: str) -> None:
    """Say on stderr that ``path`` could not be written, and why."""
    print(
        t(lang, "Could not write {path}: {reason}", path=path, reason=error.strerror or error),
        file=sys.stderr,
    )


def _write_pdf(output: str, ui_lang: str, kind: str, **kwargs: Any) -> int:
    try:
        from tiltakskort.pdf import write_booklet, write_steps
    except ImportError:
        print(t(ui_lang, "Printing is not available in this version."), file=sys.stderr)
        return 1
    try:
        if kind == "booklet":
            write_booklet(Path(output), **kwargs)
        else:
            write_steps(Path(output), **kwargs)
    except OSError as e:
        write_failed(output, e, ui_lang)
        return 1
    written(output, ui_lang)
    return 0
