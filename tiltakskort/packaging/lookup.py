"""Which deck the app opens on a PC: a pure function, so the rule is tested on its own.

1. a deck given on the command line;
2. else a ``deck`` folder beside the program (IT updates a deck without a rebuild);
3. else the deck built into the program.

``tiltakskort.paths`` knows where the program and the built-in deck are; this module
only decides.
"""

from __future__ import annotations

from pathlib import Path

#: The folder beside the program that IT may put a deck in.
BESIDE = "deck"


def deck_beside(executable_dir: Path | None) -> Path | None:
    """The ``deck`` folder beside the program, if it holds a ``deck.yaml``."""
    if executable_dir is None:
        return None
    folder = Path(executable_dir) / BESIDE
    return folder if (folder / "deck.yaml").is_file() else None


def find_deck(argv_deck: str | Path | None, executable_dir: Path | None, builtin: Path) -> Path:
    """The deck to open.

    Args:
        argv_deck: the deck named on the command line, or None.
        executable_dir: the folder of the packaged program, or None when running from
            source (then no ``deck`` folder is looked for).
        builtin: the deck built into the program.

    Returns:
        ``argv_deck`` if given; else ``executable_dir/deck`` if it holds a ``deck.yaml``;
        else ``builtin``.
    """
    if argv_deck:
        return Path(argv_deck)
    return deck_beside(executable_dir) or Path(builtin)


def fallbacks(chosen: Path, executable_dir: Path | None, builtin: Path) -> list[Path]:
    """The decks to try, in order, when ``chosen`` is refused (errors, unsigned, altered):
    the ``deck`` folder beside the program (unless it was the one refused), then the
    built-in deck. Never ``chosen`` itself."""
    out: list[Path] = []
    beside = deck_beside(executable_dir)
    for candidate in (beside, Path(builtin)):
        if candidate is not None and not _same(candidate, chosen) and candidate not in out:
            out.append(candidate)
    return out


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b
