"""``tiltakskort package DECK``: build the one-folder app for this platform with PyInstaller.

The command checks what it can before the slow build (the deck has no errors, the key
is a public key, PyInstaller is there), then runs ``pyinstaller build.spec`` with the
``TILTAKSKORT_*`` environment variables the spec reads. Exit codes: 0 built, 1 the
build failed or the deck has errors, 2 wrong use.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tiltakskort.i18n import N_, t

#: name -> help (an English message id, translated when shown)
COMMANDS: dict[str, str] = {
    "package": N_("build the app (one folder) with the deck built in, for this platform"),
}


def add_arguments(name: str, parser: argparse.ArgumentParser, lang: str) -> None:
    parser.add_argument(
        "deck",
        metavar=t(lang, "DECK"),
        nargs="+",
        help=t(lang, "the deck folder to build in (the first is the default)"),
    )
    parser.add_argument(
        "--name",
        default="Tiltakskort",
        help=t(lang, "the app's name (the folder and the program file)"),
    )
    parser.add_argument(
        "--pubkey",
        help=t(lang, "the municipality's public key: the app then opens only decks signed with it"),
    )
    parser.add_argument("--icon", help=t(lang, "icon (.ico for Windows, .png)"))
    parser.add_argument(
        "--dist", default="dist", help=t(lang, "the folder the app is written to (default: dist)")
    )


def spec_path() -> Path:
    """``build.spec`` at the top of the source tree."""
    return Path(__file__).resolve().parent.parent.parent / "build.spec"


def _say(text: str, *, error: bool = False) -> None:
    print(text, file=sys.stderr if error else sys.stdout)


def build_env(
    decks: list[str],
    name: str,
    pubkey: str | None,
    icon: str | None,
    base: dict[str, str] | None = None,
) -> dict[str, str]:
    """The environment ``build.spec`` reads."""
    env = dict(os.environ if base is None else base)
    env["TILTAKSKORT_DECK"] = os.pathsep.join(str(Path(d).resolve()) for d in decks)
    env["TILTAKSKORT_NAME"] = name
    for var, value in (("TILTAKSKORT_PUBKEY", pubkey), ("TILTAKSKORT_ICON", icon)):
        if value:
            env[var] = str(Path(value).resolve())
        else:
            env.pop(var, None)
    return env


def run(name: str, args: argparse.Namespace, lang: str) -> int:
    from tiltakskort.packaging.spec import (
        Settings,
        SpecError,
        deck_targets,
        is_public_key,
        is_secret,
    )

    bad_name = set('<>:"/\\|?*') & set(args.name)
    if not args.name.strip() or bad_name:
        _say(
            t(lang, "--name cannot contain {characters}.", characters=" ".join(sorted(bad_name))),
            error=True,
        )
        return 2
    if args.pubkey and (is_secret(Path(args.pubkey)) or not is_public_key(Path(args.pubkey))):
        _say(
            t(
                lang,
                "--pubkey {path}: must be a minisign public key (.pub), never the secret one.",
                path=args.pubkey,
            ),
            error=True,
        )
        return 2
    if args.icon and not Path(args.icon).is_file():
        _say(t(lang, "Icon {path} not found.", path=args.icon), error=True)
        return 2
    try:
        deck_targets(Settings(args.name, tuple(Path(d) for d in args.deck), None, None).decks)
    except SpecError as e:
        _say(e.msg.text(lang), error=True)
        return 1
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        _say(
            t(
                lang,
                "PyInstaller is missing. Install it with: {command}",
                command="python3 -m pip install pyinstaller",
            ),
            error=True,
        )
        return 1
    spec = spec_path()
    if not spec.is_file():
        _say(t(lang, "build.spec not found (packaging runs from the source tree)."), error=True)
        return 1
    env = build_env(args.deck, args.name, args.pubkey, args.icon)
    dist = Path(args.dist).resolve()
    with tempfile.TemporaryDirectory(prefix="tiltakskort-build-") as work:
        cmd = [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            work,
            str(spec),
        ]
        code = subprocess.call(cmd, env=env)
    if code != 0:
        _say(t(lang, "The build failed (see the messages above)."), error=True)
        return 1
    _say(t(lang, "The app is in {folder}. Copy the whole folder.", folder=dist / args.name))
    return 0
