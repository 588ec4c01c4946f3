"""Signed decks: a manifest of every file's SHA-256, signed in minisign's format.

``MANIFEST.sha256`` lists each file of the deck folder (``sha256sum`` format, paths
relative with ``/``, so ``sha256sum -c MANIFEST.sha256`` works in the folder);
``MANIFEST.sha256.minisig`` signs it, its trusted comment carrying the deck's id,
version, municipality and the signing date::

    deck:eksempel version:2026.2 municipality:Eksempel kommune signed:2026-11-01

Changing one byte of any file, adding or removing a file, or another key is detected.
Pure Python (no Qt); ``cryptography`` is imported only when a signature is made or
checked.

The app reads each file once (:func:`read_deck_files`), checks those bytes
(:func:`verify_files`) and gives the same bytes to the loader.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # cryptography is imported only when a signature is made or checked
    from tiltakskort.signing.minisign import PublicKey, SecretKey

MANIFEST = "MANIFEST.sha256"
SIGNATURE = MANIFEST + ".minisig"
SKIP = {MANIFEST, SIGNATURE}

#: What a check can find (see :class:`Verification`).
STATUSES = ("unsigned", "valid", "altered", "bad-signature", "untrusted-key", "no-key")


class SecretKeyInDeck(ValueError):
    """A deck folder holds a secret key: it is not signed (it would be published with it)."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(", ".join(names))
        self.names = names


def looks_like_secret_key(head: bytes) -> bool:
    """True for the start of a minisign secret key (encrypted or not, whatever its comment
    says) or a PEM private key. A text that merely mentions a secret key is not one."""
    if b"-----BEGIN" in head and b"PRIVATE KEY-----" in head:
        return True
    lines = [line.strip() for line in head[:4096].splitlines() if line.strip()]
    if lines and lines[0].startswith(b"untrusted comment:") and b"secret key" in lines[0].lower():
        return True
    for line in lines[:3]:
        if len(line) == 212:  # base64 of minisign's 158-byte secret key
            try:
                raw = base64.b64decode(line, validate=True)
            except ValueError:
                continue
            if len(raw) == 158 and raw[:2] == b"Ed":
                return True
    return False


def read_deck_files(folder: Path) -> dict[str, bytes]:
    """Every file of a deck folder as relative path (with ``/``) -> bytes, read once.

    The manifest and its signature are included (under their own names) so that
    :func:`verify_files` can check the very bytes that were read.
    """
    folder = Path(folder)
    out: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            out[path.relative_to(folder).as_posix()] = path.read_bytes()
    return out


def _sha256(data: bytes) -> str:
    # hashlib (OpenSSL, a few MB) only when a deck is signed or checked, not at start-up
    import hashlib

    return hashlib.sha256(data).hexdigest()


def manifest_text(files: dict[str, bytes]) -> str:
    """The manifest of ``files``: ``<sha256>  <path>`` a line, sorted by path."""
    return "".join(f"{_sha256(data)}  {rel}\n"
                   for rel, data in sorted(files.items()) if rel not in SKIP)


def _parse_manifest(text: str) -> dict[str, str]:
    out = {}
    for line in text.splitlines():
        if line.strip():
            digest, _, rel = line.partition("  ")
            out[rel] = digest
    return out


def trusted_comment(deck_id: str, version: str, municipality: str, signed: date) -> str:
    """The one line minisign signs along with the signature (``minisign -V`` prints it)."""
    clean = " ".join(municipality.split()) or "-"
    return (f"deck:{'_'.join(deck_id.split()) or '-'} version:{'_'.join(version.split()) or '-'} "
            f"municipality:{clean} signed:{signed.isoformat()}")


_COMMENT = re.compile(r"deck:(?P<deck>\S*) version:(?P<version>\S*) "
                      r"municipality:(?P<municipality>.*) signed:(?P<signed>\d{4}-\d\d-\d\d)\s*")


def parse_comment(comment: str) -> dict[str, str]:
    """The fields of a trusted comment (also the ``deck=… signed=… municipality=…``
    form of the first signed decks). Unknown text gives an empty dict."""
    m = _COMMENT.fullmatch(comment.strip())
    if m:
        out = m.groupdict()
    else:
        out = {}
        head, sep, muni = comment.partition(" municipality=")
        for part in head.split():
            k, eq, v = part.partition("=")
            if eq and k in ("deck", "version", "signed"):
                out[k] = v
        if sep:
            out["municipality"] = muni.strip()
    return {k: ("" if v == "-" else v) for k, v in out.items()}


def sign_deck(folder: Path, key: SecretKey, *, deck_id: str, version: str, municipality: str,
              signed: date | None = None) -> tuple[Path, Path]:
    """Write the manifest and its minisign signature into ``folder``; return both paths.

    Any earlier manifest and signature are replaced (they are never listed).

    Raises:
        SecretKeyInDeck: a file in the folder is a secret key (never signed and published).
    """
    from tiltakskort.signing.minisign import sign

    folder = Path(folder)
    files = read_deck_files(folder)
    secrets = [rel for rel, data in files.items() if looks_like_secret_key(data[:4096])]
    if secrets:
        raise SecretKeyInDeck(secrets)
    text = manifest_text(files)
    comment = trusted_comment(deck_id, version, municipality, signed or date.today())
    signature = sign(text.encode("utf-8"), key, comment,
                     f"tiltakskort deck {deck_id} signed with key {key.public_key().id_hex}")
    # bytes, not text: no newline translation on Windows (the signature covers the bytes)
    (folder / MANIFEST).write_bytes(text.encode("utf-8"))
    (folder / SIGNATURE).write_bytes(signature.encode("utf-8"))
    return folder / MANIFEST, folder / SIGNATURE


@dataclass(frozen=True)
class Verification:
    """What a signature check found.

    ``status``: ``unsigned`` (no manifest or no signature), ``valid``, ``altered`` (the
    signature is good but files differ from the manifest: see ``changed``, ``added``,
    ``removed``), ``bad-signature`` (the manifest or the signature file was changed, or
    is not a signature), ``untrusted-key`` (signed, but not by a key we trust),
    ``no-key`` (signed; no key was given to check it with).
    The fields from the trusted comment (``deck_id``, ``version``, ``municipality``,
    ``signed``) are filled only when the signature itself is good.
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

    @property
    def signer(self) -> str:
        """Who approved the deck (the municipality in the trusted comment)."""
        return self.municipality

    @property
    def signed_date(self) -> date | None:
        try:
            return date.fromisoformat(self.signed)
        except ValueError:
            return None

    @property
    def differences(self) -> list[str]:
        """Every changed, added and removed file, for a one-line warning."""
        return self.changed + self.added + self.removed


def verify_files(files: dict[str, bytes], keys: list[PublicKey]) -> Verification:
    """Check a deck's files, as read once by :func:`read_deck_files`, against its signed manifest.

    ``keys`` are the public keys trusted; the first whose key id matches the signature's
    is used.
    """
    manifest = files.get(MANIFEST)
    signature = files.get(SIGNATURE)
    if manifest is None or signature is None:
        return Verification("unsigned")
    if not keys:
        return Verification("no-key")
    from tiltakskort.signing.minisign import MinisignError, WrongKey, verify

    sig_text = signature.decode("utf-8", "replace")
    result = None
    for key in keys:
        try:
            result = verify(manifest, sig_text, key)
            break
        except WrongKey:
            continue
        except MinisignError:
            return Verification("bad-signature", key_id=key.id_hex)
    if result is None:
        return Verification("untrusted-key")
    info = parse_comment(result.trusted_comment)
    listed = _parse_manifest(manifest.decode("utf-8", "replace"))
    present = {rel: _sha256(data) for rel, data in files.items() if rel not in SKIP}
    changed = sorted(rel for rel in listed if rel in present and present[rel] != listed[rel])
    added = sorted(rel for rel in present if rel not in listed)
    removed = sorted(rel for rel in listed if rel not in present)
    status = "valid" if not (changed or added or removed) else "altered"
    return Verification(status, info.get("deck", ""), info.get("version", ""),
                        info.get("municipality", ""), info.get("signed", ""),
                        result.key_id[::-1].hex().upper(), changed, added, removed)


def verify_deck(folder: Path, keys: list[PublicKey]) -> Verification:
    """Read a deck folder and check it (see :func:`verify_files`)."""
    return verify_files(read_deck_files(Path(folder)), keys)


def version_key(version: str) -> tuple[tuple[int, object], ...]:
    """A sort key that orders 2026.2 before 2026.10 (numbers compared as numbers)."""
    return tuple((0, int(p)) if p.isdigit() else (1, p)
                 for p in re.split(r"[.\-_ ]", version or "") if p)


def is_rollback(version: str, highest_accepted: str | None) -> bool:
    """True when ``version`` is older than the highest version accepted before."""
    return bool(highest_accepted) and version_key(version) < version_key(highest_accepted or "")


def accept_version(version: str, highest_accepted: str | None) -> tuple[bool, str | None]:
    """Rollback protection around a stored value (the app keeps it in QSettings).

    Returns ``(rollback, new_highest)``: ``rollback`` is True when ``version`` is older
    than the highest accepted before (warn, and keep the stored value); otherwise the
    value to store is the higher of the two.
    """
    if is_rollback(version, highest_accepted):
        return True, highest_accepted
    if not version:
        return False, highest_accepted
    return False, version
