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

COMMANDS: dict[str, tuple[str, str]] = {
    "keygen": ("lag et nøkkelpar for å signere kortstokker (minisign-format)",
               "make a key pair for signing decks (minisign format)"),
    "sign": ("signer en kortstokk: manifest over alle filer, signert med nøkkelen",
             "sign a deck: a manifest of every file, signed with the key"),
    "verify": ("sjekk at en signert kortstokk er slik den ble godkjent",
               "check that a signed deck is as it was approved"),
}


def add_arguments(name: str, parser: argparse.ArgumentParser, lang: str) -> None:
    nb = lang == "nb"
    if name == "keygen":
        parser.add_argument("key", metavar="NØKKEL" if nb else "KEY",
                            help="filen for den hemmelige nøkkelen; den offentlige får .pub"
                            if nb else "file for the secret key; the public key gets .pub")
        parser.add_argument("--force", action="store_true",
                            help="overskriv nøkler som finnes" if nb else "overwrite existing keys")
    else:
        parser.add_argument("deck", metavar="KORTSTOKK" if nb else "DECK",
                            help="kortstokkmappe" if nb else "deck folder")
    if name == "sign":
        parser.add_argument("--key", required=True,
                            help="den hemmelige nøkkelen" if nb else "the secret key")
    if name == "verify":
        parser.add_argument("--pubkey", action="append", default=[],
                            help="offentlig nøkkel (kan gis flere ganger; standard: nøkkelen "
                                 "bygget inn i appen)" if nb else
                                 "public key (may be repeated; default: the key built into the app)")


def _say(lang: str, nb: str, en: str, *, error: bool = False) -> None:
    print(nb if lang == "nb" else en, file=sys.stderr if error else sys.stdout)


def _why(e: Exception, lang: str) -> str:
    if lang == "nb":
        return str(getattr(e, "nb", None) or getattr(e, "strerror", None) or e)
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
        _say(lang, f"{secret} finnes allerede (bruk --force for å overskrive).",
             f"{secret} already exists (use --force to overwrite).", error=True)
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
        _say(lang, f"Kunne ikke skrive nøkkelen: {_why(e, lang)}",
             f"Could not write the key: {_why(e, lang)}", error=True)
        return 2
    kid = key.public_key().id_hex
    _say(lang, f"Skrev {secret} (hemmelig – oppbevar den trygt, aldri på et fellesområde eller i et "
               f"bygg) og {public} (offentlig, nøkkel-id {kid}).",
         f"Wrote {secret} (secret – keep it safe, never on a shared drive or in a build) and "
         f"{public} (public, key id {kid}).")
    return 0


def _sign(args: argparse.Namespace, lang: str) -> int:
    from tiltakskort.deck.loader import load_deck
    from tiltakskort.signing.deck import SecretKeyInDeck, sign_deck
    from tiltakskort.signing.minisign import MinisignError, read_secret

    folder = Path(args.deck)
    if folder.name == "deck.yaml":
        folder = folder.parent
    result = load_deck(folder)
    if result.deck is None or result.errors:
        for p in result.problems:
            print(p.format(lang), file=sys.stderr)
        _say(lang, "Kortstokken har feil og signeres ikke.", "The deck has errors and is not signed.",
             error=True)
        return 1
    try:
        key = read_secret(Path(args.key).read_text(encoding="utf-8", errors="replace"))
    except (OSError, MinisignError) as e:
        _say(lang, f"Kan ikke lese nøkkelen {args.key}: {_why(e, lang)}",
             f"Cannot read the key {args.key}: {_why(e, lang)}", error=True)
        return 2
    deck = result.deck
    try:
        sign_deck(folder, key, deck_id=deck.id, version=deck.version or "",
                  municipality=deck.municipality_name(deck.default_language))
    except SecretKeyInDeck as e:
        _say(lang, f"Signerer ikke: {e} i {folder} er en hemmelig nøkkel. Flytt den ut av kortstokken "
                   "(den ville blitt publisert sammen med den).",
             f"Not signing: {e} in {folder} is a secret key. Move it out of the deck (it would be "
             "published with it).", error=True)
        return 1
    except OSError as e:
        _say(lang, f"Kunne ikke skrive signaturen i {folder}: {_why(e, lang)}",
             f"Could not write the signature into {folder}: {_why(e, lang)}", error=True)
        return 1
    _say(lang, f"Signerte {folder} (kortstokk {deck.id}, versjon {deck.version or '-'}, nøkkel "
               f"{key.public_key().id_hex}): MANIFEST.sha256 og MANIFEST.sha256.minisig.",
         f"Signed {folder} (deck {deck.id}, version {deck.version or '-'}, key "
         f"{key.public_key().id_hex}): MANIFEST.sha256 and MANIFEST.sha256.minisig.")
    return 0


def _built_in_keys() -> list[Path]:
    from tiltakskort import paths

    return sorted((paths.resources_dir() / "keys").glob("*.pub"))


def _verify(args: argparse.Namespace, lang: str) -> int:
    from tiltakskort.signing.deck import verify_deck
    from tiltakskort.signing.minisign import MinisignError, read_public

    keys: list[Any] = []
    for path in args.pubkey or _built_in_keys():
        try:
            keys.append(read_public(Path(path).read_text(encoding="utf-8", errors="replace")))
        except (OSError, MinisignError) as e:
            _say(lang, f"Kan ikke lese den offentlige nøkkelen {path}: {_why(e, lang)}",
                 f"Cannot read the public key {path}: {_why(e, lang)}", error=True)
            return 2
    if not keys:
        _say(lang, "Oppgi den offentlige nøkkelen med --pubkey.", "Give the public key with --pubkey.",
             error=True)
        return 2
    folder = Path(args.deck)
    if folder.name == "deck.yaml":
        folder = folder.parent
    if not folder.is_dir():
        _say(lang, f"Finner ikke kortstokkmappen {folder}.", f"Deck folder {folder} not found.",
             error=True)
        return 2
    try:
        v = verify_deck(folder, keys)
    except OSError as e:
        _say(lang, f"Kunne ikke lese {folder}: {_why(e, lang)}", f"Could not read {folder}: {_why(e, lang)}",
             error=True)
        return 1
    if v.ok:
        _say(lang, f"Gyldig: godkjent av {v.municipality}, signert {v.signed} (kortstokk {v.deck_id}, "
                   f"versjon {v.version or '-'}, nøkkel {v.key_id}).",
             f"Valid: approved by {v.municipality}, signed {v.signed} (deck {v.deck_id}, "
             f"version {v.version or '-'}, key {v.key_id}).")
        return 0
    if v.status == "altered":
        lines_nb = [f"Advarsel: kortstokken er endret etter at den ble signert av {v.municipality} {v.signed}:"]
        lines_en = [f"Warning: the deck was changed after {v.municipality} signed it on {v.signed}:"]
        for label_nb, label_en, items in (("endret", "changed", v.changed),
                                          ("lagt til", "added", v.added),
                                          ("fjernet", "removed", v.removed)):
            for item in items:
                lines_nb.append(f"  {label_nb}: {item}")
                lines_en.append(f"  {label_en}: {item}")
        _say(lang, "\n".join(lines_nb), "\n".join(lines_en), error=True)
        return 1
    messages = {
        "unsigned": ("Kortstokken er ikke signert (MANIFEST.sha256 eller MANIFEST.sha256.minisig mangler).",
                     "The deck is not signed (MANIFEST.sha256 or MANIFEST.sha256.minisig is missing)."),
        "bad-signature": ("Signaturen stemmer ikke: manifestet eller signaturen er endret.",
                          "The signature does not match: the manifest or the signature was changed."),
        "untrusted-key": ("Kortstokken er signert med en annen nøkkel enn den oppgitte.",
                          "The deck is signed with another key than the one given."),
    }
    nb_text, en_text = messages.get(v.status, ("Kan ikke sjekke signaturen.", "Cannot check the signature."))
    _say(lang, nb_text, en_text, error=True)
    return 1
