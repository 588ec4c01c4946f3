"""Commands of the ``tiltakskort`` CLI for deck authors: new, schema, strings, diff.

The module level stays light (argparse only); each command imports what it needs
when it runs. Messages are in the gettext domain ``authoring``, in the user's language.
Exit codes as elsewhere: 0 success, 1 a deck with errors or a file that could not be
written, 2 wrong use.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from tiltakskort.i18n import N_, t

#: name -> help (an English message id, translated when shown)
COMMANDS: dict[str, str] = {
    "new": N_("create a new deck folder, ready to fill in"),
    "schema": N_("write the JSON Schema of deck.yaml (for VS Code and other editors)"),
    "strings": N_("export texts for translation (CSV) and import the translations"),
    "diff": N_("show what changed between two versions of a deck"),
}

_MSG: dict[str, str] = {
    "dir": N_("the folder to write the new deck in (must be empty or not exist)"),
    "new_municipality": N_("the municipality's name, e.g. 'Fjordvik kommune'"),
    "from": N_("start from a deck shipped with the app, e.g. eksempel"),
    "country": N_("NO (default) or SE: a Swedish deck, with Swedish comments and numbers"),
    "schema_output": N_("the file to write the schema to (default: print it)"),
    "deck": N_("deck folder (or its deck.yaml)"),
    "export": N_("write the texts and translations to a CSV file"),
    "import": N_("write the translations from a CSV file into deck.yaml"),
    "strings_lang": N_("the language to translate into, e.g. nn"),
    "csv_output": N_("the CSV file to write"),
    "missing": N_("only the texts that lack a translation (TK102)"),
    "csv_input": N_("the CSV file with the translations"),
    "force": N_("also import translations of texts changed since the export"),
    "old": N_("the old deck (or the regional deck)"),
    "new": N_("the new deck (or the municipality's deck that extends it)"),
    "written": N_("Wrote {path}"),
    "write_failed": N_("Could not write {path}: {reason}"),
    "needs_ruamel": N_("This command needs the Python package ruamel.yaml: {command}"),
}


def msg(lang: str, key: str, **fields: Any) -> str:
    """A message of this module in the command's language."""
    return t(lang, _MSG[key], **fields)


def add_arguments(name: str, parser: argparse.ArgumentParser, lang: str) -> None:
    """Add the arguments of command ``name``."""
    m = {key: t(lang, text) for key, text in _MSG.items()}
    if name == "new":
        parser.add_argument("dir", metavar=t(lang, "DIR"), help=m["dir"])
        parser.add_argument("--municipality", help=m["new_municipality"])
        parser.add_argument("--from", dest="from_deck", metavar=t(lang, "DECK"), help=m["from"])
        parser.add_argument(
            "--country", choices=("NO", "SE"), default="NO", type=str.upper, help=m["country"]
        )
    elif name == "schema":
        parser.add_argument("-o", "--output", help=m["schema_output"])
    elif name == "strings":
        sub = parser.add_subparsers(
            dest="strings_command", required=True, metavar="{export,import}"
        )
        p = sub.add_parser("export", help=m["export"], description=m["export"])
        p.add_argument("deck", metavar=t(lang, "DECK"), help=m["deck"])
        p.add_argument("--lang", required=True, help=m["strings_lang"])
        p.add_argument("-o", "--output", required=True, help=m["csv_output"])
        p.add_argument("--missing", action="store_true", help=m["missing"])
        p = sub.add_parser("import", help=m["import"], description=m["import"])
        p.add_argument("deck", metavar=t(lang, "DECK"), help=m["deck"])
        p.add_argument("csv", help=m["csv_input"])
        p.add_argument("--force", action="store_true", help=m["force"])
    elif name == "diff":
        parser.add_argument("old", metavar=t(lang, "OLD"), help=m["old"])
        parser.add_argument("new", metavar=t(lang, "NEW"), help=m["new"])


def run(name: str, args: argparse.Namespace, lang: str) -> int:
    """Run command ``name``; returns the exit code."""
    try:
        return _run(name, args, lang)
    except ModuleNotFoundError as e:
        if not (e.name or "").startswith("ruamel"):
            raise
        print(
            msg(lang, "needs_ruamel", command='python3 -m pip install "ruamel.yaml>=0.18,<0.20"'),
            file=sys.stderr,
        )
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
