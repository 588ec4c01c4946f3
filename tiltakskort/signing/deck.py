"""Signed decks: a manifest of every file's SHA-256, signed in minisign's format.

``MANIFEST.sha256`` lists each file of the deck folder (``sha256sum`` format, paths
relative with ``/``, so ``sha256sum -c MANIFEST.sha256`` works in the folder);
``MANIFEST.sha256.minisig`` signs it, its trusted comment carrying the deck's id,
version, municipality and the signing date::

    deck:eksempel version:2026.2 municipality:Eksempel kommune signed:2026-11-01

Changing one byte of any file, adding or removing a file, or another key is detected.
Pure Python (no Qt); ``cryptography`` is imported only when a signature is made or
checked.

A deck that builds on decks outside its folder (``extends: ../region-felles``) gets a
third file, ``EXTENDS.sha256``: the SHA-256 of every file of each base deck's folder,
in the same format, with paths relative to the signed deck's folder
(``../region-felles/deck.yaml``). It is an ordinary file of the folder, so the signed
manifest lists it and the signature covers the bases through it; ``sha256sum -c
EXTENDS.sha256`` checks them in the folder. A change in a base makes the deck
``altered``, naming the base's file.

A signed deck is made of ordinary files: a symbolic link (or a Windows junction) in it,
to a file or a folder, is never signed (:class:`LinkInDeck`) and makes a check fail
(``linked``). Links are never followed.

The app reads each file once (:func:`read_folder`), checks those bytes
(:func:`verify_files`, which reads the bases only once the deck's own manifest is
found good) and gives the same bytes to the loader.
"""

from __future__ import annotations

import base64
import os
import posixpath
import re
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # cryptography is imported only when a signature is made or checked
    from tiltakskort.i18n import Msg
    from tiltakskort.signing.minisign import PublicKey, SecretKey

MANIFEST = "MANIFEST.sha256"
SIGNATURE = MANIFEST + ".minisig"
SKIP = {MANIFEST, SIGNATURE}
#: The hashes of the files of the base decks outside the folder (listed in the manifest).
EXTENDS = "EXTENDS.sha256"

#: What a check can find (see :class:`Verification`).
STATUSES = (
    "unsigned",
    "valid",
    "altered",
    "linked",
    "incomplete",
    "bad-signature",
    "untrusted-key",
    "no-key",
)


class SecretKeyInDeck(ValueError):
    """A deck folder holds a secret key: it is not signed (it would be published with it)."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(", ".join(names))
        self.names = names


class LinkInDeck(ValueError):
    """A deck folder (or a base deck's) holds symbolic links: it is not signed (what a
    link points at can change without the deck changing)."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(", ".join(names))
        self.names = names


class CannotSign(ValueError):
    """The deck cannot be signed as it lies; ``msg`` says why (translated by the caller)."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.text("en"))
        self.msg = msg


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


@dataclass
class FolderRead:
    """What :func:`read_folder` found: each ordinary file's bytes by relative path (with
    ``/``), and the links, which are never followed."""

    files: dict[str, bytes] = field(default_factory=dict)
    links: list[str] = field(default_factory=list)


class TooManyFiles(ValueError):
    """A folder holds more entries than the caller reads (it is not a deck folder)."""


#: Windows' reparse tag of a junction (a directory link ``mklink /J`` makes).
_JUNCTION = 0xA0000003


def _is_link(entry: os.DirEntry[str]) -> bool:
    """A symbolic link, or a Windows junction. Other reparse points (a OneDrive file kept
    in the cloud) are ordinary files."""
    if entry.is_symlink():
        return True
    try:
        info = entry.stat(follow_symlinks=False)
        if not getattr(info, "st_file_attributes", 0) & 0x400:  # FILE_ATTRIBUTE_REPARSE_POINT
            return False
        tag = getattr(info, "st_reparse_tag", 0) or getattr(
            os.lstat(entry.path), "st_reparse_tag", 0
        )
        return bool(tag == _JUNCTION)
    except OSError:
        return False


def _read_regular(path: str) -> bytes | None:
    """The bytes of an ordinary file, never through a link swapped in, never blocking on a
    pipe swapped in; None when it is no longer an ordinary file."""
    flags = (
        os.O_RDONLY
        | getattr(os, "O_NONBLOCK", 0)
        | getattr(os, "O_NOFOLLOW", 0)
        | getattr(os, "O_BINARY", 0)
    )
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            return None
        return f.read()


def read_folder(
    folder: Path,
    *,
    max_entries: int | None = None,
    prefix: str = "",
    skip: frozenset[str] = frozenset(),
) -> FolderRead:
    """Every ordinary file of a folder and its subfolders, read once, and every link.

    Links (to a file or a folder, also a Windows junction) are listed in ``links`` and
    never followed; pipes, devices and sockets are neither read nor listed. ``prefix``
    is put before each relative path; names in ``skip`` are left out at the top.

    Raises:
        TooManyFiles: more than ``max_entries`` entries were met.
        OSError: the folder itself cannot be read (an unreadable subfolder is left out).
    """
    out = FolderRead()
    seen = 0
    stack = [(Path(folder), "")]
    while stack:
        here, rel = stack.pop()
        try:
            with os.scandir(here) as it:
                entries = sorted(it, key=lambda e: e.name)
        except PermissionError:
            if not rel:
                raise
            continue
        for entry in entries:
            seen += 1
            if max_entries is not None and seen > max_entries:
                raise TooManyFiles(str(folder))
            name = rel + entry.name
            if not rel and entry.name in skip:
                continue
            if _is_link(entry):
                out.links.append(prefix + name)
            elif entry.is_dir(follow_symlinks=False):
                stack.append((Path(entry.path), name + "/"))
            else:
                try:
                    regular = stat.S_ISREG(entry.stat(follow_symlinks=False).st_mode)
                except OSError:
                    continue
                data = _read_regular(entry.path) if regular else None
                if data is not None:
                    out.files[prefix + name] = data
    out.links.sort()
    return out


def read_deck_files(folder: Path) -> dict[str, bytes]:
    """Every file of a deck folder as relative path (with ``/``) -> bytes, read once
    (see :func:`read_folder`; links are not followed).

    The manifest and its signature are included (under their own names) so that
    :func:`verify_files` can check the very bytes that were read.
    """
    return read_folder(Path(folder)).files


def base_roots(extends_text: str) -> list[str]:
    """The base deck folders an ``EXTENDS.sha256`` lists (relative to the signed deck's
    folder, with ``/``): the folders of the ``deck.yaml`` files it lists that are not
    inside another such folder. Only paths leading out of the folder count."""
    candidates = set()
    for rel in _parse_manifest(extends_text):
        if posixpath.basename(rel) == "deck.yaml" and _outside_path(rel):
            candidates.add(posixpath.dirname(rel))
    return sorted(
        c for c in candidates if not any(c != o and c.startswith(o + "/") for o in candidates)
    )


def _outside_path(rel: str) -> bool:
    """A normalised relative path that leads out of the folder (``../x/…``)."""
    return (
        rel.startswith("../")
        and posixpath.normpath(rel) == rel
        and not posixpath.isabs(rel)
        and "\\" not in rel
    )


def read_base(folder: Path, root: str, *, max_entries: int | None = None) -> FolderRead:
    """The files of the base deck folder ``root`` (as :func:`base_roots` gives it),
    keyed by their path from ``folder`` (``../region-felles/deck.yaml``). The base's own
    manifest and signature are left out: they are not part of what the deck loads. A
    folder that cannot be read gives nothing (its files are then missing)."""
    try:
        return read_folder(
            Path(folder).joinpath(*root.split("/")),
            max_entries=max_entries,
            prefix=root + "/",
            skip=frozenset(SKIP),
        )
    except (OSError, ValueError):
        return FolderRead()


def _sha256(data: bytes) -> str:
    # hashlib (OpenSSL, a few MB) only when a deck is signed or checked, not at start-up
    import hashlib

    return hashlib.sha256(data).hexdigest()


def manifest_text(files: dict[str, bytes]) -> str:
    """The manifest of ``files``: ``<sha256>  <path>`` a line, sorted by path."""
    return "".join(
        f"{_sha256(data)}  {rel}\n" for rel, data in sorted(files.items()) if rel not in SKIP
    )


def _parse_manifest(text: str) -> dict[str, str]:
    out = {}
    for line in text.splitlines():
        if line.strip():
            digest, _, rel = line.partition("  ")
            out[rel] = digest
    return out


def _compare(
    listed: dict[str, str], present: dict[str, str]
) -> tuple[list[str], list[str], list[str]]:
    changed = sorted(rel for rel in listed if rel in present and present[rel] != listed[rel])
    added = sorted(rel for rel in present if rel not in listed)
    removed = sorted(rel for rel in listed if rel not in present)
    return changed, added, removed


def trusted_comment(deck_id: str, version: str, municipality: str, signed: date) -> str:
    """The one line minisign signs along with the signature (``minisign -V`` prints it)."""
    clean = " ".join(municipality.split()) or "-"
    return (
        f"deck:{'_'.join(deck_id.split()) or '-'} version:{'_'.join(version.split()) or '-'} "
        f"municipality:{clean} signed:{signed.isoformat()}"
    )


_COMMENT = re.compile(
    r"deck:(?P<deck>\S*) version:(?P<version>\S*) "
    r"municipality:(?P<municipality>.*) signed:(?P<signed>\d{4}-\d\d-\d\d)\s*"
)


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


def chain_roots(folder: Path, bases: Sequence[Path]) -> list[str]:
    """The folders of the base decks ``bases`` (the ``extends`` chain) that lie outside
    ``folder``, relative to it with ``/`` (``../region-felles``); a base inside a
    folder already listed is covered by it, one inside ``folder`` by the manifest.

    Raises:
        CannotSign: a base folder holds the deck's folder, or is on another drive.
    """
    from tiltakskort.i18n import Msg

    me = Path(folder).resolve()
    rels = []
    for base in bases:
        where = Path(base).resolve()
        if where == me or where in me.parents:
            raise CannotSign(
                Msg(
                    "Not signing: the base deck {base} holds this deck's folder {folder}. Put the "
                    "base deck in a folder of its own, beside this one.",
                    base=base,
                    folder=folder,
                )
            )
        try:
            rel = Path(os.path.relpath(where, me)).as_posix()
        except ValueError:  # Windows: another drive
            raise CannotSign(
                Msg(
                    "Not signing: the base deck {base} is on another drive than {folder}. Put the "
                    "decks side by side in one folder.",
                    base=base,
                    folder=folder,
                )
            ) from None
        if _outside_path(rel):
            rels.append(rel)
    return sorted(r for r in set(rels) if not any(r != o and r.startswith(o + "/") for o in rels))


def sign_deck(
    folder: Path,
    key: SecretKey,
    *,
    deck_id: str,
    version: str,
    municipality: str,
    signed: date | None = None,
    bases: Sequence[Path] = (),
) -> tuple[Path, Path]:
    """Write the manifest and its minisign signature into ``folder``; return both paths.

    ``bases`` are the folders of the decks this one builds on (``Deck.extends``); those
    outside ``folder`` are hashed into ``EXTENDS.sha256``, which the manifest lists. Any
    earlier manifest and signature are replaced (they are never listed), and an
    ``EXTENDS.sha256`` no longer needed is removed.

    Raises:
        SecretKeyInDeck: a file in the folder is a secret key (never signed and published).
        LinkInDeck: the folder, or a base deck's, holds a link.
        CannotSign: a base deck lies where it cannot be signed with the deck.
    """
    from tiltakskort.signing.minisign import sign

    folder = Path(folder)
    own = read_folder(folder)
    files = own.files
    links = list(own.links)
    base_files: dict[str, bytes] = {}
    for root in chain_roots(folder, bases):
        read = read_folder(
            folder.joinpath(*root.split("/")), prefix=root + "/", skip=frozenset(SKIP)
        )
        base_files.update(read.files)
        links += read.links
    if links:
        raise LinkInDeck(links)
    secrets = [rel for rel, data in files.items() if looks_like_secret_key(data[:4096])]
    if secrets:
        raise SecretKeyInDeck(secrets)
    if base_files:
        extends = manifest_text(base_files).encode("utf-8")
        (folder / EXTENDS).write_bytes(extends)
        files[EXTENDS] = extends
    elif EXTENDS in files:
        (folder / EXTENDS).unlink()
        del files[EXTENDS]
    text = manifest_text(files)
    comment = trusted_comment(deck_id, version, municipality, signed or date.today())
    signature = sign(
        text.encode("utf-8"),
        key,
        comment,
        f"tiltakskort deck {deck_id} signed with key {key.public_key().id_hex}",
    )
    # bytes, not text: no newline translation on Windows (the signature covers the bytes)
    (folder / MANIFEST).write_bytes(text.encode("utf-8"))
    (folder / SIGNATURE).write_bytes(signature.encode("utf-8"))
    return folder / MANIFEST, folder / SIGNATURE


@dataclass(frozen=True)
class Verification:
    """What a signature check found.

    ``status``: ``unsigned`` (no manifest or no signature), ``valid``, ``altered`` (the
    signature is good but files differ from the manifest, or those of a base deck from
    ``EXTENDS.sha256``: see ``changed``, ``added``, ``removed``; a base's files are named
    from the deck's folder, ``../region-felles/deck.yaml``), ``linked`` (the folder or a
    base deck's holds a link: see ``links``), ``incomplete`` (the signature is good, but
    the deck builds on a deck it does not cover: see ``uncovered``; found by
    :func:`tiltakskort.signing.trust.open_deck`, which reads ``extends``),
    ``bad-signature`` (the manifest or the signature file was changed, or
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
    links: list[str] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)

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


def verify_files(
    files: dict[str, bytes],
    keys: list[PublicKey],
    *,
    links: Sequence[str] = (),
    base_reader: Callable[[str], FolderRead] | None = None,
) -> Verification:
    """Check a deck's files, as read once by :func:`read_folder`, against its signed manifest.

    ``keys`` are the public keys trusted; the first whose key id matches the signature's
    is used. ``links`` are the links :func:`read_folder` found.

    When the manifest lists an ``EXTENDS.sha256`` and it is as signed, the files of each
    base deck folder it names are compared with it: ``base_reader`` reads them (see
    :func:`read_base`; nothing is read before the deck's own files are found good), and
    without it they are looked for in ``files`` (under ``../…``).
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
    present = {
        rel: _sha256(data)
        for rel, data in files.items()
        if rel not in SKIP and not rel.startswith("../")
    }
    changed, added, removed = _compare(listed, present)
    links = list(links)
    extends = files.get(EXTENDS)
    if extends is not None and EXTENDS in listed and listed[EXTENDS] == present.get(EXTENDS):
        # the bases, now that the list of their hashes is known to be the signed one
        base_listed = _parse_manifest(extends.decode("utf-8", "replace"))
        base_present: dict[str, str] = {}
        for root in base_roots(extends.decode("utf-8", "replace")):
            if base_reader is not None:
                read = base_reader(root)
            else:
                read = FolderRead(
                    {rel: data for rel, data in files.items() if rel.startswith(root + "/")}
                )
            base_present.update((rel, _sha256(data)) for rel, data in read.files.items())
            links += read.links
        c, a, r = _compare(base_listed, base_present)
        changed, added, removed = changed + c, added + a, removed + r
    status = "linked" if links else "altered" if (changed or added or removed) else "valid"
    return Verification(
        status,
        info.get("deck", ""),
        info.get("version", ""),
        info.get("municipality", ""),
        info.get("signed", ""),
        result.key_id[::-1].hex().upper(),
        changed,
        added,
        removed,
        links,
    )


def verify_deck(folder: Path, keys: list[PublicKey]) -> Verification:
    """Read a deck folder, and the base decks its ``EXTENDS.sha256`` names, and check
    them (see :func:`verify_files`). Whether the deck builds on a deck its signature does
    not cover is found by :func:`tiltakskort.signing.trust.open_deck`."""
    folder = Path(folder)
    own = read_folder(folder)
    return verify_files(
        own.files, keys, links=own.links, base_reader=lambda root: read_base(folder, root)
    )


def version_key(version: str) -> tuple[tuple[int, object], ...]:
    """A sort key that orders 2026.2 before 2026.10 (numbers compared as numbers)."""
    return tuple(
        (0, int(p)) if p.isdigit() else (1, p) for p in re.split(r"[.\-_ ]", version or "") if p
    )


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
