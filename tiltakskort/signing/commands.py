"""``tiltakskort keygen``, ``sign`` and ``verify``: decks nobody can change unnoticed.

Exit codes: 0 done (``verify``: the signature is valid), 1 the deck is unsigned, altered
or signed with another key (or has errors and is not signed), 2 wrong use (a missing or
unreadable key, a key file that exists already).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from tiltakskort.i18n import N_, t

#: name -> help (an English message id, translated when shown)
COMMANDS: dict[str, str] = {
    "keygen": N_("make a key pair for signing decks (minisign format)"),
    "sign": N_("sign a deck: a manifest of every file, signed with the key"),
    "verify": N_("check that a signed deck is as it was approved"),
}


def add_arguments(name: str, parser: argparse.ArgumentParser, lang: str) -> None:
    if name == "keygen":
        parser.add_argument(
            "key",
            metavar=t(lang, "KEY"),
            help=t(lang, "file for the secret key; the public key gets .pub"),
        )
        parser.add_argument("--force", action="store_true", help=t(lang, "overwrite existing keys"))
    else:
        from tiltakskort.cli import deck_argument

        deck_argument(parser, lang)
    if name == "sign":
        parser.add_argument("--key", required=True, help=t(lang, "the secret key"))
    if name == "verify":
        parser.add_argument(
            "--pubkey",
            action="append",
            default=[],
            help=t(lang, "public key (may be repeated; default: the key built into the app)"),
        )


def _say(text: str, *, error: bool = False) -> None:
    print(text, file=sys.stderr if error else sys.stdout)


def _why(e: Exception, lang: str) -> str:
    from tiltakskort.signing.minisign import MinisignError

    if isinstance(e, MinisignError):
        return e.msg.text(lang)
    return str(getattr(e, "strerror", None) or e)


def run(name: str, args: argparse.Namespace, lang: str) -> int:
    if name == "keygen":
        return _keygen(args, lang)
    if name == "sign":
        return _sign(args, lang)
    return _verify(args, lang)


def _keygen(args: argparse.Namespace, lang: str) -> int:
    from tiltakskort.signing.minisign import generate

    secret, public = Path(args.key), Path(args.key + ".pub")
    if (secret.exists() or public.exists()) and not args.force:
        _say(t(lang, "{path} already exists (use --force to overwrite).", path=secret), error=True)
        return 2
    key = generate()
    try:
        if args.force and secret.exists():
            secret.unlink()
        # made readable for the owner only from the start (no moment open to others)
        fd = os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(key.text())
        public.write_text(key.public_key().text(), encoding="utf-8", newline="\n")
    except OSError as e:
        _say(t(lang, "Could not write the key: {reason}", reason=_why(e, lang)), error=True)
        return 2
    _say(
        t(
            lang,
            "Wrote {secret} (secret – keep it safe, never on a shared drive or in a build) "
            "and {public} (public, key id {key_id}).",
            secret=secret,
            public=public,
            key_id=key.public_key().id_hex,
        )
    )
    return 0


def _sign(args: argparse.Namespace, lang: str) -> int:
    from tiltakskort.cli import CommandFailed, load_or_exit
    from tiltakskort.signing.deck import EXTENDS, CannotSign, LinkInDeck, SecretKeyInDeck, sign_deck
    from tiltakskort.signing.minisign import MinisignError, read_secret

    folder = Path(args.deck)
    if folder.name == "deck.yaml":
        folder = folder.parent
    try:
        # the deck is about to be signed: read it whatever its signature says now
        deck, _ = load_or_exit(str(folder), lang, trust=False)
    except CommandFailed:
        _say(t(lang, "The deck has errors and is not signed."), error=True)
        raise
    try:
        key = read_secret(Path(args.key).read_text(encoding="utf-8", errors="replace"))
    except (OSError, MinisignError) as e:
        _say(
            t(lang, "Cannot read the key {path}: {reason}", path=args.key, reason=_why(e, lang)),
            error=True,
        )
        return 2
    try:
        sign_deck(
            folder,
            key,
            deck_id=deck.id,
            version=deck.version or "",
            municipality=deck.municipality_name(deck.default_language),
            bases=deck.extends,
        )
    except SecretKeyInDeck as e:
        _say(
            t(
                lang,
                "Not signing: {names} in {folder} is a secret key. Move it out of the deck "
                "(it would be published with it).",
                names=e,
                folder=folder,
            ),
            error=True,
        )
        return 1
    except LinkInDeck as e:
        _say(
            t(
                lang,
                "Not signing: {names} in {folder} is a link (a shortcut) to another place, "
                "and what a link points at can change without anyone noticing. Copy the "
                "file or folder into the deck instead of linking to it.",
                names=e,
                folder=folder,
            ),
            error=True,
        )
        return 1
    except CannotSign as e:
        _say(e.msg.text(lang), error=True)
        return 1
    except OSError as e:
        _say(
            t(
                lang,
                "Could not write the signature into {folder}: {reason}",
                folder=folder,
                reason=_why(e, lang),
            ),
            error=True,
        )
        return 1
    _say(
        t(
            lang,
            "Signed {folder} (deck {deck}, version {version}, key {key_id}): "
            "MANIFEST.sha256 and MANIFEST.sha256.minisig.",
            folder=folder,
            deck=deck.id,
            version=deck.version or "-",
            key_id=key.public_key().id_hex,
        )
    )
    if (folder / EXTENDS).exists():
        _say(
            t(
                lang,
                "The signature also covers the decks it builds on ({bases}; their files are "
                "listed in {extends}). Sign this deck again whenever one of them changes.",
                bases=", ".join(_shown(b) for b in deck.extends),
                extends=EXTENDS,
            )
        )
    return 0


def _shown(path: Path) -> str:
    """A base deck's folder as the coordinator knows it (its name, not the whole path)."""
    return path.name or str(path)


def _verify(args: argparse.Namespace, lang: str) -> int:
    from tiltakskort.signing.deck import verify_deck
    from tiltakskort.signing.minisign import MinisignError, read_public
    from tiltakskort.signing.trust import open_deck, trusted_keys

    keys: list[Any] = []
    for path in args.pubkey:
        try:
            keys.append(read_public(Path(path).read_text(encoding="utf-8", errors="replace")))
        except (OSError, MinisignError) as e:
            _say(
                t(
                    lang,
                    "Cannot read the public key {path}: {reason}",
                    path=path,
                    reason=_why(e, lang),
                ),
                error=True,
            )
            return 2
    if not args.pubkey:
        keys = list(trusted_keys())  # the keys built into the app
    if not keys:
        _say(t(lang, "Give the public key with --pubkey."), error=True)
        return 2
    folder = Path(args.deck)
    if folder.name == "deck.yaml":
        folder = folder.parent
    if not folder.is_dir():
        _say(t(lang, "Deck folder {folder} not found.", folder=folder), error=True)
        return 2
    try:
        v = verify_deck(folder, keys)
    except OSError as e:
        _say(
            t(lang, "Could not read {folder}: {reason}", folder=folder, reason=_why(e, lang)),
            error=True,
        )
        return 1
    if v.ok:
        # every file is as signed; does the deck build on a deck the signature leaves out
        # (signed before bases were covered)? Opening it, as the app does, tells.
        found = open_deck(folder, keys=keys).verdict.verification
        if found is not None and found.status == "incomplete":
            v = found
    if v.status == "incomplete":
        _say(
            t(
                lang,
                "The deck builds on {files}, which the signature does not cover (it was "
                "signed by an older version of tiltakskort). Sign it again: tiltakskort "
                "sign {folder} --key …",
                files=", ".join(v.uncovered),
                folder=folder,
            ),
            error=True,
        )
        return 1
    if v.ok:
        _say(
            t(
                lang,
                "Valid: approved by {municipality}, signed {signed} (deck {deck}, version "
                "{version}, key {key_id}).",
                municipality=v.municipality,
                signed=v.signed,
                deck=v.deck_id,
                version=v.version or "-",
                key_id=v.key_id,
            )
        )
        return 0
    if v.status in ("altered", "linked"):
        lines = []
        if v.links:
            lines.append(
                t(
                    lang,
                    "Warning: the deck holds a link (a shortcut) to another place, "
                    "and a link is never part of a signed deck. Copy the file or "
                    "folder into the deck instead, and sign it again:",
                )
            )
            lines += ["  " + t(lang, "link: {file}", file=item) for item in v.links]
        if v.differences:
            lines.append(
                t(
                    lang,
                    "Warning: the deck was changed after {municipality} signed it on {signed}:",
                    municipality=v.municipality,
                    signed=v.signed,
                )
            )
        for label, items in (
            (N_("changed: {file}"), v.changed),
            (N_("added: {file}"), v.added),
            (N_("removed: {file}"), v.removed),
        ):
            lines += ["  " + t(lang, label, file=item) for item in items]
        if any(item.startswith("../") for item in v.differences):
            lines.append(
                t(
                    lang,
                    "A file starting with ../ belongs to a deck this one builds on "
                    "(extends). If that deck was changed on purpose, check the "
                    "change and sign this deck again.",
                )
            )
        _say("\n".join(lines), error=True)
        return 1
    messages = {
        "unsigned": N_(
            "The deck is not signed (MANIFEST.sha256 or MANIFEST.sha256.minisig is missing)."
        ),
        "bad-signature": N_(
            "The signature does not match: the manifest or the signature was changed."
        ),
        "untrusted-key": N_("The deck is signed with another key than the one given."),
    }
    _say(t(lang, messages.get(v.status, N_("Cannot check the signature."))), error=True)
    return 1
