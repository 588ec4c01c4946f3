"""``tiltakskort keygen``, ``sign`` and ``verify``: decks nobody can change unnoticed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

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
        parser.add_argument("key", help="filen for den hemmelige nøkkelen; den offentlige får .pub"
                            if nb else "file for the secret key; the public key gets .pub")
        parser.add_argument("--force", action="store_true", help="overskriv" if nb else "overwrite")
    else:
        parser.add_argument("deck", help="kortstokkmappe" if nb else "deck folder")
    if name == "sign":
        parser.add_argument("--key", required=True, help="den hemmelige nøkkelen" if nb else "the secret key")
    if name == "verify":
        parser.add_argument("--pubkey", action="append", default=[],
                            help="offentlig nøkkel (kan gis flere ganger)" if nb else "public key (may be repeated)")


def run(name: str, args: argparse.Namespace, lang: str) -> int:
    from tiltakskort.signing.minisign import MinisignError, generate, read_public, read_secret

    nb = lang == "nb"

    def fail(nb_text: str, en_text: str, code: int = 1) -> int:
        print(nb_text if nb else en_text, file=sys.stderr)
        return code

    if name == "keygen":
        secret, public = Path(args.key), Path(args.key + ".pub")
        if (secret.exists() or public.exists()) and not args.force:
            return fail(f"{secret} finnes allerede (bruk --force for å overskrive).",
                        f"{secret} already exists (use --force to overwrite).", 2)
        key = generate()
        try:
            secret.write_text(key.text(), encoding="utf-8")
            secret.chmod(0o600)
            public.write_text(key.public_key().text(), encoding="utf-8")
        except OSError as e:
            return fail(f"Kunne ikke skrive nøkkelen: {e.strerror or e}", f"Could not write the key: {e.strerror or e}")
        print(f"Skrev {secret} (hemmelig – hold den unna fellesområder) og {public} (offentlig, nøkkel-id "
              f"{key.public_key().id_hex})." if nb else
              f"Wrote {secret} (secret – keep it off shared drives) and {public} (public, key id "
              f"{key.public_key().id_hex}).")
        return 0

    from tiltakskort.deck.loader import load_deck
    from tiltakskort.signing.deck import sign_deck, verify_deck

    if name == "sign":
        result = load_deck(args.deck)
        if result.deck is None or result.errors:
            for p in result.problems:
                print(p.format(lang), file=sys.stderr)
            return fail("Kortstokken har feil og signeres ikke.", "The deck has errors and is not signed.")
        try:
            key = read_secret(Path(args.key).read_text(encoding="utf-8"))
        except (OSError, MinisignError) as e:
            return fail(f"Kan ikke lese nøkkelen {args.key}: {e}", f"Cannot read the key {args.key}: {e}", 2)
        deck = result.deck
        manifest, signature = sign_deck(Path(args.deck), key, deck_id=deck.id, version=deck.version or "",
                                        municipality=deck.municipality_name(deck.default_language))
        print(f"Signerte {args.deck}: {manifest.name} og {signature.name}." if nb else
              f"Signed {args.deck}: {manifest.name} and {signature.name}.")
        return 0

    keys = []
    for path in args.pubkey:
        try:
            keys.append(read_public(Path(path).read_text(encoding="utf-8")))
        except (OSError, MinisignError) as e:
            return fail(f"Kan ikke lese den offentlige nøkkelen {path}: {e}",
                        f"Cannot read the public key {path}: {e}", 2)
    if not keys:
        from tiltakskort import paths

        for path in sorted((paths.resources_dir() / "keys").glob("*.pub")):
            keys.append(read_public(path.read_text(encoding="utf-8")))
    if not keys:
        return fail("Oppgi den offentlige nøkkelen med --pubkey.", "Give the public key with --pubkey.", 2)
    v = verify_deck(Path(args.deck), keys)
    if v.ok:
        print(f"Gyldig: godkjent av {v.municipality}, signert {v.signed} (kortstokk {v.deck_id}, "
              f"versjon {v.version}, nøkkel {v.key_id})." if nb else
              f"Valid: approved by {v.municipality}, signed {v.signed} (deck {v.deck_id}, version {v.version}, "
              f"key {v.key_id}).")
        return 0
    messages = {
        "unsigned": ("Kortstokken er ikke signert.", "The deck is not signed."),
        "bad-signature": ("Signaturen stemmer ikke: manifestet eller signaturen er endret.",
                          "The signature does not match: the manifest or the signature was changed."),
        "untrusted-key": ("Kortstokken er signert med en annen nøkkel enn den du oppga.",
                          "The deck is signed with another key than the one given."),
    }
    if v.status == "altered":
        lines_nb = [f"Kortstokken er endret etter at den ble signert ({v.signed}):"]
        lines_en = [f"The deck was changed after it was signed ({v.signed}):"]
        for label_nb, label_en, items in (("endret", "changed", v.changed), ("lagt til", "added", v.added),
                                          ("fjernet", "removed", v.removed)):
            for item in items:
                lines_nb.append(f"  {label_nb}: {item}")
                lines_en.append(f"  {label_en}: {item}")
        return fail("\n".join(lines_nb), "\n".join(lines_en))
    nb_text, en_text = messages.get(v.status, ("Kan ikke sjekke signaturen.", "Cannot check the signature."))
    return fail(nb_text, en_text)
