"""Opening a deck for the app: its files read once, loaded, the signature checked.

No widgets and no state: :func:`check_deck` takes the path, the keys the build trusts, the
folder of the built-in decks and the highest version seen of a deck, and says what the app
may show. The session (``ui/session.py``) calls it and keeps the outcome.

(The sentences keep the window's translation context, "MainWindow".
Interim: ``signing/trust.py`` is to hold this for the app and the command line alike;
when it does, the session calls that instead and this module keeps only the app's wording.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from tiltakskort.deck.loader import LoadResult, load_deck


@dataclass(frozen=True)
class Checked:
    """What came of opening a deck.

    ``result`` is the loader's; ``refusal`` why a deck without errors is still not used
    (its signature); ``approval`` the line saying who approved it; ``new_highest`` the
    highest version now seen, to remember, when it went up."""

    result: LoadResult
    refusal: str | None = None
    approval: str | None = None
    new_highest: str | None = None

    @property
    def ok(self) -> bool:
        return self.result.deck is not None and not self.result.errors and self.refusal is None


def trusted_keys() -> list[Any]:
    """Public keys a packaged build carries (resources/keys/*.pub); none from source."""
    from tiltakskort import paths

    key_files = sorted((paths.resources_dir() / "keys").glob("*.pub"))
    if not key_files:
        return []
    from tiltakskort.signing.minisign import MinisignError, read_public

    keys = []
    for key_file in key_files:
        try:
            keys.append(read_public(key_file.read_text(encoding="utf-8")))
        except (OSError, MinisignError):
            continue
    return keys


def problem_lines(result: LoadResult, lang: str) -> list[str]:
    """Problems as "deck.yaml, line 84, column 12 – TK027 (error): sentence", errors first."""
    ordered = sorted(result.problems, key=lambda p: (not p.is_error, p.sort_key()))
    nb = lang in ("nb", "nn")
    words = ("linje", "kolonne", "feil", "advarsel") if nb else ("line", "column", "error", "warning")
    out = []
    for p in ordered:
        kind = words[2] if p.is_error else words[3]
        out.append(f"{Path(p.path).name}, {words[0]} {p.line}, {words[1]} {p.column} – {p.code} ({kind}): "
                   f"{p.text('nb' if nb else 'en')}")
    return out


def _read_files(folder: Path) -> dict[str, bytes]:
    from tiltakskort.signing.deck import read_deck_files

    try:
        # each file is read once: the signature is checked on these bytes, and the loader
        # parses these same bytes
        is_deck = (folder / "deck.yaml").is_file() and sum(1 for _ in zip(range(501), folder.rglob("*"), strict=False)) <= 500
        return read_deck_files(folder) if is_deck else {}
    except OSError:
        return {}


def check_deck(path: str | Path, *, keys: list[Any], builtin_dir: Path,
               highest_version: Callable[[str], str | None]) -> Checked:
    """Load the deck at ``path`` and check its signature against ``keys``.

    A deck under ``builtin_dir`` needs no signature; any other deck does when the build
    carries keys. ``highest_version(deck_id)`` is the highest signed version used before.
    """
    folder = Path(path) if Path(path).is_dir() else Path(path).parent
    files = _read_files(folder)
    preloaded = {(folder / rel).resolve(): data for rel, data in files.items()}
    result = load_deck(path, preloaded=preloaded)
    if result.deck is None or result.errors:
        return Checked(result)
    from tiltakskort.signing.deck import accept_version, verify_files

    verification = verify_files(files, keys) if files and (
        keys or "MANIFEST.sha256.minisig" in files) else None
    built_in = builtin_dir.resolve() in folder.resolve().parents
    if verification is None or verification.status in ("unsigned", "no-key"):
        if keys and not built_in:
            return Checked(result, QCoreApplication.translate(
                "MainWindow", "This deck is not signed. This build only opens decks approved and signed by "
                              "the municipality."))
        return Checked(result)
    if verification.status == "altered":
        names = ", ".join(verification.changed + verification.added + verification.removed)
        return Checked(result, QCoreApplication.translate(
            "MainWindow", "Warning: the deck was changed after it was signed (%1). Ask whoever looks after "
                          "the deck.").replace("%1", names))
    if verification.status != "valid":
        return Checked(result, QCoreApplication.translate(
            "MainWindow", "The deck's signature does not match the municipality's key. The deck is not used."))
    text = QCoreApplication.translate("MainWindow", "Approved by %1, signed %2") \
        .replace("%1", verification.municipality).replace("%2", verification.signed)
    highest = highest_version(result.deck.id)
    rollback, new_highest = accept_version(verification.version, highest)
    if rollback:
        text += " – " + QCoreApplication.translate(
            "MainWindow", "warning: this is an older version (%1) than one used before (%2)") \
            .replace("%1", verification.version).replace("%2", highest or "")
    return Checked(result, approval=text,
                   new_highest=new_highest if new_highest and new_highest != highest else None)
