"""What the fuzzer runs on each input: a deck file through the loader, ``show``, the
printouts and the map (issue 13, item 9).

Each target takes the bytes of a ``deck.yaml`` and raises :class:`Defect` (or lets a
traceback out) when the program misbehaves: a traceback, a problem without its place
or on two lines, a command that refuses a deck the loader accepted, invisible
direction controls reaching the output. The deck is written into a private folder
next to a copy of ``region-felles``, so that ``extends: ../region-felles`` and the
example logos resolve. The targets go through the command line's ``main`` where they
can: the contract the program keeps whatever its insides become.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 12, 1)
AT = "2026-12-24 18:00"  # Christmas Eve, after hours: the whole after-hours chain
LANGS = ("nb", "nn", "sv", "en")
#: Direction controls that reorder what is shown (issue 13, family 7).
BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class Defect(AssertionError):
    """The program misbehaved on an input."""


class Workspace:
    """A private folder: ``ws/deck/deck.yaml`` (the input), ``ws/region-felles``."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="tiltakskort-fuzz-"))
        self.deck = self.root / "deck"
        self.deck.mkdir()
        cards = ROOT / "cards"
        if (cards / "region-felles").is_dir():
            shutil.copytree(cards / "region-felles", self.root / "region-felles")
        for logo in sorted(cards.glob("*/logo.*"))[:1]:
            shutil.copy(logo, self.deck / logo.name)
        self.out = self.root / "out"
        self.out.mkdir()

    def write(self, data: bytes) -> Path:
        (self.deck / "deck.yaml").write_bytes(data)
        return self.deck

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


_workspace: Workspace | None = None


def workspace() -> Workspace:
    global _workspace
    if _workspace is None:
        _workspace = Workspace()
    return _workspace


def _pick(data: bytes, n: int, salt: bytes = b"") -> int:
    return int.from_bytes(hashlib.blake2b(salt + data, digest_size=4).digest(), "big") % n


def run_command(*args: str) -> tuple[int, str, str]:
    """``tiltakskort ARGS`` in this process: (exit code, stdout, stderr)."""
    from tiltakskort.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as e:  # argparse: we passed arguments it refused
            raise Defect(f"tiltakskort {' '.join(args)} exited {e.code}: {err.getvalue()}") from e
    return int(code), out.getvalue(), err.getvalue()


def check_problems(result: Any) -> None:
    """Every problem has a code, a place and one line of text in every language."""
    from tiltakskort.deck.problems import CODES

    for p in result.problems:
        if p.code not in CODES:
            raise Defect(f"unknown code {p.code}")
        if not (
            isinstance(p.line, int) and isinstance(p.column, int) and p.line >= 0 and p.column >= 0
        ):
            raise Defect(f"a problem without a place: {p.format()}")
        if p.code == "TK002" and p.line == 0:
            raise Defect(f"a YAML problem without its line: {p.format()}")
        for lang in ("nb", "en"):
            text = p.text(lang)
            if not text.strip() or "\n" in text:
                raise Defect(f"a problem not on one line: {p.format(lang)!r}")
            if "<unicode string>" in text:
                raise Defect(f"the parser's words in a problem: {p.format(lang)}")


def loader(data: bytes) -> Any:
    """Load the deck: never a traceback, every problem placed and on one line."""
    from tiltakskort.deck.loader import load_deck

    folder = workspace().write(data)
    result = load_deck(folder, today=TODAY)
    check_problems(result)
    return result


def _usable(result: Any) -> bool:
    return result.deck is not None and not result.errors


def _end_walks(deck: Any, limit: int = 50) -> list[tuple[str, ...]]:
    """Walks from the start card to end cards, breadth first, at most ``limit``."""
    if deck.start not in deck.cards:
        return []
    walks: list[tuple[str, ...]] = []
    todo = [(deck.start,)]
    seen = {deck.start}
    while todo and len(walks) < limit:
        path = todo.pop(0)
        card = deck.cards[path[-1]]
        if card.is_end:
            walks.append(path)
        for option in card.options:
            if option.goto in deck.cards and option.goto not in seen:
                seen.add(option.goto)
                todo.append((*path, option.goto))
    return walks


def _choices(data: bytes, deck: Any) -> tuple[str, tuple[str, ...] | None, list[str]]:
    """A language, a walk (or None) and the municipality arguments, chosen by the input."""
    langs = [x for x in deck.languages if x in LANGS] or list(deck.languages)
    lang = langs[_pick(data, len(langs), b"lang")]
    walks = _end_walks(deck)
    walk = walks[_pick(data, len(walks), b"walk")] if walks else None
    muni: list[str] = []
    if deck.municipalities:
        ids = sorted(deck.municipalities)
        muni = ["--municipality", ids[_pick(data, len(ids), b"muni")]]
    return lang, walk, muni


def _expect_ok(args: tuple[str, ...]) -> str:
    code, out, err = run_command(*args)
    if code != 0:
        raise Defect(
            f"tiltakskort {' '.join(args)} exited {code} on a deck that loads: {err[-500:]}"
        )
    return out


def show(data: bytes) -> None:
    """``show`` the end of one walk: it works, and shows no direction control as it is."""
    result = loader(data)
    if not _usable(result):
        return
    lang, walk, muni = _choices(data, result.deck)
    if walk is None:
        return
    folder = str(workspace().deck)
    out = _expect_ok(("show", folder, "--path", ",".join(walk), "--lang", lang, "--at", AT, *muni))
    hidden = BIDI.intersection(out)
    if hidden:
        raise Defect(f"show printed direction controls as they are: {sorted(hidden)}")


def printouts(data: bytes) -> None:
    """The steps of one walk, the review and the booklet: each is written."""
    result = loader(data)
    if not _usable(result):
        return
    lang, walk, muni = _choices(data, result.deck)
    ws = workspace()
    folder = str(ws.deck)
    if walk is not None:
        _expect_ok(
            (
                "print",
                folder,
                "--path",
                ",".join(walk),
                "--lang",
                lang,
                "--at",
                AT,
                *muni,
                "-o",
                str(ws.out / "steps.pdf"),
            )
        )
    _expect_ok(("review", folder, "--lang", lang, *muni, "-o", str(ws.out / "review.pdf")))
    size = ("a6", "a5", "a4")[_pick(data, 3, b"size")]
    _expect_ok(
        (
            "booklet",
            folder,
            "--lang",
            lang,
            "--size",
            size,
            *muni,
            "-o",
            str(ws.out / "booklet.pdf"),
        )
    )


def map_(data: bytes) -> None:
    """The map of the deck as SVG, one walk highlighted."""
    result = loader(data)
    if not _usable(result):
        return
    lang, walk, _ = _choices(data, result.deck)
    ws = workspace()
    args = ["map", str(ws.deck), "--lang", lang, "-o", str(ws.out / "map.svg")]
    if walk is not None:
        args += ["--path", ",".join(walk)]
    _expect_ok(tuple(args))


#: name -> (target, share of the time, seeds larger than this many bytes are left out)
TARGETS: dict[str, tuple[Callable[[bytes], Any], float, int]] = {
    "loader": (loader, 0.4, 1 << 20),
    "show": (show, 0.2, 1 << 20),
    "printouts": (printouts, 0.2, 16_000),
    "map": (map_, 0.2, 16_000),
}


def seeds() -> dict[str, bytes]:
    """The corpus to start from: every shipped deck, the test decks, the hand-made seeds."""
    out: dict[str, bytes] = {}
    for deck in sorted((ROOT / "cards").glob("*/deck.yaml")):
        out[f"cards-{deck.parent.name}.yaml"] = deck.read_bytes()
    try:
        from tests.deck.decktext import BASE

        out["tests-deck-base.yaml"] = BASE.encode("utf-8")
    except ImportError:  # pragma: no cover - run from elsewhere
        pass
    try:
        from tests.hostile.decks import HOSTILE_DECK

        out["tests-hostile-deck.yaml"] = HOSTILE_DECK.encode("utf-8")
    except ImportError:  # pragma: no cover
        pass
    for seed in sorted((Path(__file__).parent / "seeds").glob("*.yaml")):
        out[f"seed-{seed.name}"] = seed.read_bytes()
    return out


if os.environ.get("TILTAKSKORT_FUZZ_DEBUG"):  # pragma: no cover - a developer's aid
    import faulthandler

    faulthandler.enable()
