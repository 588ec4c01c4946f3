"""Commands of the ``tiltakskort`` CLI for deck authors: new, schema, strings, diff.

The module level stays light (argparse only); each command imports what it needs
when it runs. Messages speak bokmål, or English when ``lang`` is ``en``.
Exit codes as elsewhere: 0 success, 1 a deck with errors or a file that could not be
written, 2 wrong use.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

#: name -> (help in bokmål, help in English)
COMMANDS: dict[str, tuple[str, str]] = {
    "new": ("lag en ny kortstokkmappe som er klar til å fylles ut",
            "create a new deck folder, ready to fill in"),
    "schema": ("skriv JSON-skjemaet for deck.yaml (for VS Code og andre editorer)",
               "write the JSON Schema of deck.yaml (for VS Code and other editors)"),
    "strings": ("eksporter tekster til oversettelse (CSV) og importer oversettelsene",
                "export texts for translation (CSV) and import the translations"),
    "diff": ("vis hva som er endret mellom to versjoner av en kortstokk",
             "show what changed between two versions of a deck"),
}

_MSG: dict[str, dict[str, str]] = {
    "nb": {
        "help": "vis denne hjelpen og avslutt",
        "dir": "mappen den nye kortstokken skrives i (må være tom eller ikke finnes)",
        "new_municipality": "kommunens navn, f.eks. «Fjordvik kommune»",
        "from": "start fra en kortstokk som følger med appen, f.eks. eksempel",
        "schema_output": "filen skjemaet skrives til (standard: skriv det ut)",
        "deck": "kortstokkmappe (eller dens deck.yaml)",
        "export": "skriv tekstene og oversettelsene til en CSV-fil",
        "import": "skriv oversettelsene fra en CSV-fil inn i deck.yaml",
        "strings_lang": "språket det skal oversettes til, f.eks. nn",
        "csv_output": "CSV-filen som skrives",
        "missing": "bare tekstene som mangler oversettelse (TK102)",
        "csv_input": "CSV-filen med oversettelsene",
        "force": "importer også oversettelser av tekster som er endret siden eksporten",
        "old": "den gamle kortstokken (eller regionens kortstokk)",
        "new": "den nye kortstokken (eller kommunens kortstokk som bygger på den)",
        "written": "Skrev {path}",
        "write_failed": "Kunne ikke skrive {path}: {reason}",
        "has_errors": "{path}: kortstokken har feil og kan ikke brukes ({n} feil).",
        "needs_ruamel": "Denne kommandoen trenger Python-pakken ruamel.yaml: "
                        "python3 -m pip install \"ruamel.yaml>=0.18,<0.20\"",
    },
    "en": {
        "help": "show this help and exit",
        "dir": "the folder to write the new deck in (must be empty or not exist)",
        "new_municipality": "the municipality's name, e.g. 'Fjordvik kommune'",
        "from": "start from a deck shipped with the app, e.g. eksempel",
        "schema_output": "the file to write the schema to (default: print it)",
        "deck": "deck folder (or its deck.yaml)",
        "export": "write the texts and translations to a CSV file",
        "import": "write the translations from a CSV file into deck.yaml",
        "strings_lang": "the language to translate into, e.g. nn",
        "csv_output": "the CSV file to write",
        "missing": "only the texts that lack a translation (TK102)",
        "csv_input": "the CSV file with the translations",
        "force": "also import translations of texts changed since the export",
        "old": "the old deck (or the regional deck)",
        "new": "the new deck (or the municipality's deck that extends it)",
        "written": "Wrote {path}",
        "write_failed": "Could not write {path}: {reason}",
        "has_errors": "{path}: the deck has errors and cannot be used ({n} errors).",
        "needs_ruamel": "This command needs the Python package ruamel.yaml: "
                        "python3 -m pip install \"ruamel.yaml>=0.18,<0.20\"",
    },
}


def msg(lang: str, key: str, **fields: Any) -> str:
    """A message of this module in the command's language."""
    return _MSG["en" if lang == "en" else "nb"][key].format(**fields)


def add_arguments(name: str, parser: argparse.ArgumentParser, lang: str) -> None:
    """Add the arguments of command ``name``."""
    m = _MSG["en" if lang == "en" else "nb"]
    if name == "new":
        parser.add_argument("dir", metavar="MAPPE" if lang != "en" else "DIR", help=m["dir"])
        parser.add_argument("--municipality", help=m["new_municipality"])
        parser.add_argument("--from", dest="from_deck", metavar="KORTSTOKK"
                            if lang != "en" else "DECK", help=m["from"])
    elif name == "schema":
        parser.add_argument("-o", "--output", help=m["schema_output"])
    elif name == "strings":
        sub = parser.add_subparsers(dest="strings_command", required=True,
                                    metavar="{export,import}")
        p = sub.add_parser("export", help=m["export"], description=m["export"],
                           add_help=False)
        p.add_argument("-h", "--help", action="help", help=m["help"])
        p.add_argument("deck", help=m["deck"])
        p.add_argument("--lang", required=True, help=m["strings_lang"])
        p.add_argument("-o", "--output", required=True, help=m["csv_output"])
        p.add_argument("--missing", action="store_true", help=m["missing"])
        p = sub.add_parser("import", help=m["import"], description=m["import"],
                           add_help=False)
        p.add_argument("-h", "--help", action="help", help=m["help"])
        p.add_argument("deck", help=m["deck"])
        p.add_argument("csv", help=m["csv_input"])
        p.add_argument("--force", action="store_true", help=m["force"])
    elif name == "diff":
        parser.add_argument("old", metavar="GAMMEL" if lang != "en" else "OLD", help=m["old"])
        parser.add_argument("new", metavar="NY" if lang != "en" else "NEW", help=m["new"])


def run(name: str, args: argparse.Namespace, lang: str) -> int:
    """Run command ``name``; returns the exit code."""
    try:
        return _run(name, args, lang)
    except ModuleNotFoundError as e:
        if not (e.name or "").startswith("ruamel"):
            raise
        print(msg(lang, "needs_ruamel"), file=sys.stderr)
        return 1


def _run(name: str, args: argparse.Namespace, lang: str) -> int:
    if name == "schema":
        return _schema(args, lang)
    if name == "new":
        from tiltakskort.authoring.scaffold import run_new

        return run_new(args, lang)
    if name == "strings":
        from tiltakskort.authoring.strings import run_strings

        return run_strings(args, lang)
    if name == "diff":
        from tiltakskort.authoring.diff import run_diff

        return run_diff(args, lang)
    raise AssertionError(f"unknown command {name}")  # pragma: no cover


def write_text(path: Path, text: str, lang: str, *, encoding: str = "utf-8") -> bool:
    """Write ``text`` to ``path``; print why not and return False when that fails."""
    try:
        path.write_text(text, encoding=encoding, newline="\n")
    except OSError as e:
        print(msg(lang, "write_failed", path=path, reason=e.strerror or e), file=sys.stderr)
        return False
    return True


def _schema(args: argparse.Namespace, lang: str) -> int:
    from tiltakskort.authoring.schema import schema_json

    text = schema_json()
    if not args.output:
        sys.stdout.write(text)
        return 0
    if not write_text(Path(args.output), text, lang):
        return 1
    print(msg(lang, "written", path=args.output))
    return 0
