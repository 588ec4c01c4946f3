"""``tiltakskort package DECK``: build the one-folder app for this platform with PyInstaller."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

COMMANDS: dict[str, tuple[str, str]] = {
    "package": ("bygg appen (én mappe) med kortstokken innebygd, for denne plattformen",
                "build the app (one folder) with the deck built in, for this platform"),
}


def add_arguments(name: str, parser: argparse.ArgumentParser, lang: str) -> None:
    nb = lang == "nb"
    parser.add_argument("deck", help="kortstokkmappen som bygges inn" if nb else "the deck folder to build in")
    parser.add_argument("--name", default="Tiltakskort", help="navnet på appen" if nb else "the app's name")
    parser.add_argument("--pubkey", help="kommunens offentlige nøkkel: appen åpner da bare signerte kortstokker"
                        if nb else "the municipality's public key: the app then opens signed decks only")
    parser.add_argument("--icon", help="ikon (.ico for Windows, .png)" if nb else "icon (.ico for Windows, .png)")
    parser.add_argument("--dist", default="dist", help="mappen appen skrives til" if nb else "output folder")


def spec_path() -> Path:
    return Path(__file__).resolve().parent.parent.parent / "build.spec"


def run(name: str, args: argparse.Namespace, lang: str) -> int:
    nb = lang == "nb"
    from tiltakskort.deck.loader import load_deck

    result = load_deck(args.deck)
    if result.deck is None or result.errors:
        for p in result.problems:
            print(p.format(lang), file=sys.stderr)
        print("Kortstokken har feil og bygges ikke inn." if nb else "The deck has errors and is not built in.",
              file=sys.stderr)
        return 1
    if args.pubkey:
        text = Path(args.pubkey).read_text(encoding="utf-8", errors="replace") if Path(args.pubkey).is_file() else ""
        if "public key" not in text.splitlines()[0] if text else True:
            print("--pubkey må være en offentlig minisign-nøkkel (.pub), aldri den hemmelige."
                  if nb else "--pubkey must be a minisign public key (.pub), never the secret one.", file=sys.stderr)
            return 2
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller mangler: python3 -m pip install \"pyinstaller>=6.10,<7\"" if nb else
              "PyInstaller is missing: python3 -m pip install \"pyinstaller>=6.10,<7\"", file=sys.stderr)
        return 1
    spec = spec_path()
    if not spec.is_file():
        print("build.spec finnes ikke (pakking gjøres fra kildekoden)." if nb else
              "build.spec not found (packaging runs from the source tree).", file=sys.stderr)
        return 1
    env = dict(os.environ, TILTAKSKORT_DECK=str(Path(args.deck).resolve()), TILTAKSKORT_NAME=args.name)
    if args.pubkey:
        env["TILTAKSKORT_PUBKEY"] = str(Path(args.pubkey).resolve())
    if args.icon:
        env["TILTAKSKORT_ICON"] = str(Path(args.icon).resolve())
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", args.dist, str(spec)]
    code = subprocess.call(cmd, env=env)
    if code == 0:
        print(f"Appen ligger i {Path(args.dist) / args.name}" if nb else f"The app is in {Path(args.dist) / args.name}")
    return code
