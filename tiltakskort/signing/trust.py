"""Opening a deck and deciding whether to trust it: one pure function for the app and
every command.

:func:`open_deck` reads the deck's files once, checks their signature against the
keys the build trusts, and gives the very bytes it checked to the loader, so a file
swapped between the check and the parsing cannot slip through. The verdict is one of

``unsigned``
    no signature, and none is required: a build without keys (run from source), a
    signed deck where no key was given to check it with, or the deck built into the
    app (under :func:`tiltakskort.paths.cards_dir`), which is trusted as it is;
``approved``
    the signature is good: who approved it, when, which version, and a rollback
    warning when the version is older than the highest one seen before;
``refused``
    a build with keys and an unsigned deck, a deck changed after it was signed (also
    through a base deck it builds on), a deck holding a link, a deck building on a deck
    its signature does not cover, or a signature that does not match a trusted key;
    ``reason`` says why.

With ``refuse_untrusted`` (the default: the app, ``show``, ``print`` …) a refused deck
is not parsed at all: nothing is parsed that was not verified. Authoring commands
(``validate``, ``sign``, ``strings`` …) read their author's drafts with
``refuse_untrusted=False``: the deck is parsed and the verdict is only reported.

The signature covers every base deck of the ``extends`` chain (through the deck's
``EXTENDS.sha256``, see :mod:`tiltakskort.signing.deck`): their files are read and
verified here as well, and kept with the deck's own by resolved path
(:attr:`Opened.files`). An approved deck is parsed from those bytes only
(``only_preloaded``): a base deck the signature does not cover (a deck signed before
bases were covered) is never read, and the deck is refused.

Pure Python, no Qt. Messages are :class:`tiltakskort.i18n.Msg`, translated by the
caller.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from tiltakskort.i18n import Msg

if TYPE_CHECKING:
    from tiltakskort.deck.loader import LoadResult
    from tiltakskort.deck.model import Deck
    from tiltakskort.deck.problems import Problem
    from tiltakskort.signing.deck import FolderRead, Verification
    from tiltakskort.signing.minisign import PublicKey

#: A folder with more entries than this is not read whole (it is not a deck folder:
#: someone pointed the app at their home directory); the loader reads what it needs.
MAX_FILES = 500

#: The highest version seen before: a value, or a function of the deck id (the app
#: asks its settings), or None when nothing is remembered.
HighestVersion = str | Callable[[str], "str | None"] | None

Kind = Literal["unsigned", "approved", "refused"]

NOT_SIGNED = Msg(
    "This deck is not signed. This build only opens decks approved and signed by the municipality."
)
BAD_SIGNATURE = Msg(
    "The deck's signature does not match the municipality's key. The deck is not used."
)


def _linked(files: list[str]) -> Msg:
    return Msg(
        "The deck holds a link to another place ({files}), and a link is never part of "
        "a signed deck. The deck is not used. Ask whoever looks after the deck.",
        files=", ".join(files),
    )


def _uncovered(files: list[str]) -> Msg:
    return Msg(
        "The deck builds on {files}, which its signature does not cover. The deck is "
        "not used. Ask whoever looks after the deck to sign it again.",
        files=", ".join(files),
    )


def trusted_keys(keys_dir: Path | None = None) -> list[PublicKey]:
    """The public keys a packaged build carries (``resources/keys/*.pub``); none when
    run from source. Unreadable key files are skipped."""
    if keys_dir is None:
        from tiltakskort import paths

        keys_dir = paths.resources_dir() / "keys"
    try:
        key_files = sorted(Path(keys_dir).glob("*.pub"))
    except OSError:
        return []
    if not key_files:
        return []
    from tiltakskort.signing.minisign import MinisignError, read_public

    keys = []
    for key_file in key_files:
        try:
            keys.append(read_public(key_file.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, MinisignError):
            continue
    return keys


@dataclass(frozen=True)
class Verdict:
    """Whether a deck is trusted, and on what grounds (see the module's docstring)."""

    kind: Kind
    #: Why a deck is refused (``refused`` only).
    reason: Msg | None = None
    #: From the signature's trusted comment (``approved`` only).
    municipality: str = ""
    signed: str = ""
    version: str = ""
    key_id: str = ""
    #: The highest version seen before, when this one is older (a rollback).
    rollback_from: str | None = None
    #: The version to remember as the highest seen (None: nothing new to remember).
    remember_version: str | None = None
    #: The deck is the one built into the app.
    built_in: bool = False
    #: The signature check itself (None when no check was made).
    verification: Verification | None = None

    @property
    def refused(self) -> bool:
        return self.kind == "refused"

    @property
    def approved(self) -> bool:
        return self.kind == "approved"

    @property
    def rollback(self) -> bool:
        return self.rollback_from is not None

    @property
    def signed_date(self) -> date | None:
        try:
            return date.fromisoformat(self.signed)
        except ValueError:
            return None

    def approval(self) -> Msg | None:
        """The approval line the app shows ("Approved by …, signed …", with the rollback
        warning), or None when the deck is not approved."""
        if self.kind != "approved":
            return None
        line = Msg(
            "Approved by {municipality}, signed {signed}",
            municipality=self.municipality,
            signed=self.signed,
        )
        if self.rollback_from is None:
            return line
        warning = Msg(
            "warning: this is an older version ({version}) than one used before ({highest})",
            version=self.version,
            highest=self.rollback_from,
        )
        return Msg("{approval} – {warning}", approval=line, warning=warning)


@dataclass(frozen=True)
class Opened:
    """A deck opened by :func:`open_deck`: the load result and the verdict."""

    path: str
    #: The loader's result; None when the deck was refused and not parsed.
    result: LoadResult | None
    verdict: Verdict
    #: The bytes read and checked, by resolved path (given to the loader).
    files: Mapping[Path, bytes] = field(default_factory=dict)

    @property
    def problems(self) -> list[Problem]:
        return list(self.result.problems) if self.result is not None else []

    @property
    def errors(self) -> list[Problem]:
        return list(self.result.errors) if self.result is not None else []

    @property
    def usable(self) -> bool:
        """True when the deck can be used: trusted, parsed, without errors."""
        return (
            not self.verdict.refused
            and self.result is not None
            and self.result.deck is not None
            and not self.result.errors
        )

    @property
    def deck(self) -> Deck | None:
        """The deck, when :attr:`usable`."""
        return self.result.deck if self.usable and self.result is not None else None


def _entry(path: Path) -> tuple[Path, Path]:
    """The deck folder and its entry file for a folder or a ``.yaml`` file given."""
    if path.name.endswith((".yaml", ".yml")) and not path.is_dir():
        return path.parent, path
    return path, path / "deck.yaml"


def _read_folder(folder: Path, entry: Path) -> FolderRead:
    """The deck folder's files and links (see :func:`tiltakskort.signing.deck.read_folder`),
    or nothing when the folder is not a deck folder or cannot be read."""
    from tiltakskort.signing.deck import FolderRead, read_folder

    try:
        if not entry.is_file():
            return FolderRead()
        return read_folder(folder, max_entries=MAX_FILES)
    except (OSError, ValueError):
        return FolderRead()


def _is_built_in(folder: Path, builtin_dir: Path | None) -> bool:
    if builtin_dir is None:
        from tiltakskort import paths

        builtin_dir = paths.cards_dir()
    try:
        return Path(builtin_dir).resolve() in folder.resolve().parents
    except (OSError, ValueError):
        return False


def _highest(highest_version: HighestVersion, deck_id: str) -> str | None:
    value = highest_version(deck_id) if callable(highest_version) else highest_version
    # a stored value is only trusted as a short text (settings files can be edited)
    return value if isinstance(value, str) and 0 < len(value) < 40 else None


def open_deck(
    path: str | os.PathLike[str],
    *,
    keys: list[PublicKey] | None = None,
    builtin_dir: Path | None = None,
    highest_version: HighestVersion = None,
    today: date | None = None,
    refuse_untrusted: bool = True,
    coverage: bool = True,
) -> Opened:
    """Open the deck at ``path`` (a folder or its ``deck.yaml``) and decide whether to
    trust it.

    Args:
        path: the deck folder, or its entry file.
        keys: the public keys trusted (default: :func:`trusted_keys`, the build's).
            With keys, unsigned decks other than the built-in one are refused.
        builtin_dir: where the decks built into the app are (default: ``cards/``).
        highest_version: the highest version of this deck accepted before, or a
            function giving it for a deck id; an older signed version is approved
            with a rollback warning.
        today: the date review warnings are measured from (default: today).
        refuse_untrusted: do not parse a refused deck (see the module's docstring).
        coverage: run the 12-month check of who answers (see ``load_deck``).

    Returns:
        The load result and the verdict; never raises for a bad deck.
    """
    from tiltakskort.deck.loader import load_deck
    from tiltakskort.signing.deck import SIGNATURE, accept_version, read_base, verify_files

    given = str(path)
    folder, entry = _entry(Path(path))
    if keys is None:
        keys = trusted_keys()
    # each file is read once: the signature is checked on these bytes, and the loader
    # parses these same bytes
    own = _read_folder(folder, entry)
    read = dict(own.files)

    def base_reader(root: str) -> FolderRead:
        # a base deck's files, read once the deck's own manifest is found good
        base = read_base(folder, root, max_entries=MAX_FILES)
        read.update(base.files)
        return base

    built_in = _is_built_in(folder, builtin_dir)
    verification = (
        verify_files(own.files, keys, links=own.links, base_reader=base_reader)
        if own.files and (keys or SIGNATURE in own.files)
        else None
    )
    try:
        files = {(folder / rel).resolve(): data for rel, data in read.items()}
    except (OSError, ValueError, RuntimeError):
        files = {}

    verdict: Verdict
    if verification is None or verification.status in ("unsigned", "no-key"):
        if keys and not built_in:
            verdict = Verdict("refused", NOT_SIGNED, built_in=built_in, verification=verification)
        else:
            verdict = Verdict("unsigned", built_in=built_in, verification=verification)
    elif verification.status == "linked":
        verdict = Verdict(
            "refused", _linked(verification.links), built_in=built_in, verification=verification
        )
    elif verification.status == "altered":
        verdict = Verdict(
            "refused",
            Msg(
                "Warning: the deck was changed after it was signed ({files}). Ask whoever looks "
                "after the deck.",
                files=", ".join(verification.differences),
            ),
            built_in=built_in,
            verification=verification,
        )
    elif verification.status != "valid":
        verdict = Verdict("refused", BAD_SIGNATURE, built_in=built_in, verification=verification)
    else:
        verdict = Verdict(
            "approved",
            municipality=verification.municipality,
            signed=verification.signed,
            version=verification.version,
            key_id=verification.key_id,
            built_in=built_in,
            verification=verification,
        )

    # A missing entry file is nothing untrusted: let the loader say it is missing.
    if verdict.refused and refuse_untrusted and entry.exists():
        return Opened(given, None, verdict, files)
    # an approved deck is parsed from the bytes checked only: a base deck its signature
    # does not cover is never read
    result = load_deck(
        path, today=today, preloaded=files, only_preloaded=verdict.approved, coverage=coverage
    )
    if verdict.approved and result.unverified and verification is not None:
        verification = replace(verification, status="incomplete", uncovered=list(result.unverified))
        verdict = Verdict(
            "refused",
            _uncovered(verification.uncovered),
            built_in=built_in,
            verification=verification,
        )
        if refuse_untrusted:
            return Opened(given, None, verdict, files)
        result = load_deck(
            path,
            today=today,
            preloaded=files,  # a draft: read as it lies
            coverage=coverage,
        )

    if verdict.approved:
        deck_id = (
            result.deck.id
            if result.deck is not None
            else (verification.deck_id if verification else "")
        )
        highest = _highest(highest_version, deck_id)
        rollback, new_highest = accept_version(verdict.version, highest)
        verdict = replace(
            verdict,
            rollback_from=highest if rollback else None,
            remember_version=new_highest if new_highest and new_highest != highest else None,
        )
    return Opened(given, result, verdict, files)
