"""Signed decks: a manifest of every file's SHA-256, signed in minisign's format.

``MANIFEST.sha256`` lists each file of the deck folder (``sha256sum`` format, paths
relative with ``/``); ``MANIFEST.sha256.minisig`` signs it, its trusted comment carrying
the deck's id, version, municipality and the signing date. Changing one byte of any
file, adding or removing a file, or another key is detected. Pure Python (no Qt).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # cryptography is imported only when a signature is made or checked
    from tiltakskort.signing.minisign import PublicKey, SecretKey

MANIFEST = "MANIFEST.sha256"
SIGNATURE = MANIFEST + ".minisig"
SKIP = {MANIFEST, SIGNATURE}


def read_deck_files(folder: Path) -> dict[str, bytes]:
    """Every file of a deck folder as relative path -> bytes (manifest and signature apart)."""
    folder = Path(folder)
    out: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            rel = path.relative_to(folder).as_posix()
            out[rel] = path.read_bytes()
    return out


def manifest_text(files: dict[str, bytes]) -> str:
    return "".join(f"{hashlib.sha256(data).hexdigest()}  {rel}\n"
                   for rel, data in sorted(files.items()) if rel not in SKIP)


def _parse_manifest(text: str) -> dict[str, str]:
    out = {}
    for line in text.splitlines():
        if line.strip():
            digest, _, rel = line.partition("  ")
            out[rel] = digest
    return out


def trusted_comment(deck_id: str, version: str, municipality: str, signed: date) -> str:
    clean = " ".join(municipality.split())
    return f"deck={deck_id} version={version or '-'} signed={signed.isoformat()} municipality={clean}"


def parse_comment(comment: str) -> dict[str, str]:
    out: dict[str, str] = {}
    head, sep, muni = comment.partition(" municipality=")
    for part in head.split():
        k, _, v = part.partition("=")
        out[k] = v
    if sep:
        out["municipality"] = muni
    return out


def sign_deck(folder: Path, key: SecretKey, *, deck_id: str, version: str, municipality: str,
              signed: date | None = None) -> tuple[Path, Path]:
    from tiltakskort.signing.minisign import sign

    folder = Path(folder)
    files = read_deck_files(folder)
    text = manifest_text(files)
    comment = trusted_comment(deck_id, version, municipality, signed or date.today())
    (folder / MANIFEST).write_text(text, encoding="utf-8")
    (folder / SIGNATURE).write_text(sign(text.encode("utf-8"), key, comment,
                                         f"tiltakskort deck {deck_id} signed with key {key.public_key().id_hex}"),
                                    encoding="utf-8")
    return folder / MANIFEST, folder / SIGNATURE


@dataclass(frozen=True)
class Verification:
    """What a signature check found.

    ``status``: ``unsigned`` (no signature), ``valid``, ``altered`` (the signature is good
    but files differ from the manifest: see ``changed``, ``added``, ``removed``),
    ``bad-signature`` (the manifest or signature was changed), ``untrusted-key`` (signed,
    but not by a key we trust), ``no-key`` (signed; no key given to check it with).
    """

    status: str
    deck_id: str = ""
    version: str = ""
    municipality: str = ""
    signed: str = ""
    key_id: str = ""
    changed: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status == "valid"


def verify_files(files: dict[str, bytes], keys: list[PublicKey]) -> Verification:
    """Check the deck's files (as read once) against its signed manifest."""
    from tiltakskort.signing.minisign import MinisignError, verify

    manifest = files.get(MANIFEST)
    signature = files.get(SIGNATURE)
    if manifest is None or signature is None:
        return Verification("unsigned")
    sig_text = signature.decode("utf-8", "replace")
    if not keys:
        return Verification("no-key")
    result = None
    for key in keys:
        try:
            result = verify(manifest, sig_text, key)
            break
        except MinisignError as e:
            if "another key" in str(e):
                continue
            return Verification("bad-signature", key_id=key.id_hex)
    if result is None:
        return Verification("untrusted-key")
    info = parse_comment(result.trusted_comment)
    listed = _parse_manifest(manifest.decode("utf-8", "replace"))
    present = {rel: hashlib.sha256(data).hexdigest() for rel, data in files.items() if rel not in SKIP}
    changed = sorted(rel for rel in listed if rel in present and present[rel] != listed[rel])
    added = sorted(rel for rel in present if rel not in listed)
    removed = sorted(rel for rel in listed if rel not in present)
    status = "valid" if not (changed or added or removed) else "altered"
    return Verification(status, info.get("deck", ""), info.get("version", ""), info.get("municipality", ""),
                        info.get("signed", ""), result.key_id[::-1].hex().upper(), changed, added, removed)


def verify_deck(folder: Path, keys: list[PublicKey]) -> Verification:
    return verify_files(read_deck_files(Path(folder)), keys)


def version_key(version: str) -> tuple[tuple[int, object], ...]:
    """A sort key that orders 2026.2 before 2026.10 (numbers compared as numbers)."""
    import re

    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"[.\-_ ]", version or "") if p)


def is_rollback(version: str, highest_accepted: str | None) -> bool:
    """True when ``version`` is older than the highest version accepted before."""
    return bool(highest_accepted) and version_key(version) < version_key(highest_accepted or "")
