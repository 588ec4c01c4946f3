"""From deck folders to a :class:`~tiltakskort.deck.model.Deck` and its problems.

``load_deck`` is the one way in. It runs the layers of the deck engine in order:

1. :mod:`~tiltakskort.deck.extends` reads ``deck.yaml`` and the decks it builds on
   (each file parsed into located nodes by :mod:`~tiltakskort.deck.yamlread`) and
   overlays them as the format's §7 says;
2. :mod:`~tiltakskort.deck.entities` turns the merged tree into the model, reading every
   field with the typed readers of :mod:`~tiltakskort.deck.fields`;
3. :mod:`~tiltakskort.deck.validate` checks the rules across the model.

Every problem is collected; nothing stops at the first.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from tiltakskort.deck.entities import (
    BRANDING_KEYS,
    CARD_KEYS,
    CONTACT_KEYS,
    EMERGENCY_KEYS,
    LINK_KEYS,
    MUNICIPALITY_KEYS,
    OPTION_KEYS,
    SCENARIO_KEYS,
    SEARCH_KEYS,
    TOP_KEYS,
    DeckBuilder,
)
from tiltakskort.deck.extends import ENTRY, merge, read_chain
from tiltakskort.deck.model import Deck
from tiltakskort.deck.problems import Problem
from tiltakskort.deck.yamlread import Mapping

__all__ = [
    "BRANDING_KEYS",
    "CARD_KEYS",
    "CONTACT_KEYS",
    "EMERGENCY_KEYS",
    "ENTRY",
    "LINK_KEYS",
    "MUNICIPALITY_KEYS",
    "OPTION_KEYS",
    "SCENARIO_KEYS",
    "SEARCH_KEYS",
    "TOP_KEYS",
    "LoadResult",
    "load_deck",
    "merge",
]


@dataclass
class LoadResult:
    """What loading a deck gave.

    Attributes:
        deck: the deck, also when it has problems (as far as it could be
            built); ``None`` when not even that was possible.
        problems: every problem, sorted by file and place.
        files: every file read, the entry files of ``extends`` bases included.
        unverified: with ``only_preloaded``, the files the deck needs that were not
            among the bytes given (a base deck its signature does not cover), as shown
            in problems; they were not read.
    """

    deck: Deck | None
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    unverified: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return not self.errors


def load_deck(
    folder: str | os.PathLike[str],
    *,
    today: date | None = None,
    preloaded: dict[Path, bytes] | None = None,
    only_preloaded: bool = False,
    coverage: bool = True,
) -> LoadResult:
    """Load and check the deck in ``folder`` (or the ``deck.yaml`` given).

    Args:
        folder: a deck folder, or its ``deck.yaml``.
        today: the date review warnings are measured from (default: today).
        preloaded: file bytes already read, by resolved path (the app reads a signed
            deck's files once, checks the signature and parses the same bytes).
        only_preloaded: parse nothing but ``preloaded`` (the deck files of the
            ``extends`` chain; see :attr:`LoadResult.unverified`).
        coverage: run the 12-month check of who answers (TK107, TK108: warnings for the
            deck's authors). The app leaves it out: it shows a worker no warnings, and
            the check is the costliest part of opening a deck.

    Returns:
        The deck and all its problems; never raises for a bad deck.
    """
    # A deck becomes hundreds of thousands of small acyclic objects; the cyclic garbage
    # collector would walk them again and again while they are built (3x the time at
    # 10,000 cards) and find nothing to free. Pause it for the load.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _load(folder, today or date.today(), preloaded or {}, only_preloaded, coverage)
    finally:
        if paused:
            gc.enable()


def _load(
    folder: str | os.PathLike[str],
    today: date,
    preloaded: dict[Path, bytes],
    only_preloaded: bool = False,
    coverage: bool = True,
) -> LoadResult:
    given = str(folder)
    path = Path(folder)
    if path.name.endswith((".yaml", ".yml")) and not path.is_dir():
        display_folder = os.path.dirname(given) or "."
        path = path.parent
        entry_name = Path(given).name
    else:
        display_folder = given
        entry_name = ENTRY
    chain = read_chain(path, display_folder, entry_name, preloaded, only_preloaded=only_preloaded)
    problems = list(chain.problems)
    deck = None
    if isinstance(chain.root, Mapping):
        builder = DeckBuilder(chain.folders, chain.files, chain.extends)
        deck = builder.build(chain.root, path)
        problems.extend(builder.problems)
        from tiltakskort.deck.validate import validate

        problems.extend(
            _without_follow_ons(deck, builder.problems, validate(deck, today, coverage=coverage))
        )
    return LoadResult(
        deck, sorted(set(problems), key=Problem.sort_key), chain.files, chain.unverified
    )


def _without_follow_ons(deck: Deck, built: list[Problem], checked: list[Problem]) -> list[Problem]:
    """The cross-reference problems, less those that only repeat a mistake already
    reported: "the card 'børn' does not exist" after "'børn' is not a valid id", "has
    neither phone nor e-mail" after "not a valid phone number"."""
    refused = {p.message.fields.get("id") for p in built if p.code == "TK013"}
    bad_phones = {(p.path, p.line, p.column) for p in built if p.code == "TK027"}
    no_phone = {
        c.id
        for c in deck.contacts.values()
        if (loc := c.locs.get("phone")) is not None and (loc.path, loc.line, loc.col) in bad_phones
    }
    out = []
    for p in checked:
        named = p.message.fields.get("id")
        if named is None and "0" in p.message.fields:  # a sentence with a suggestion
            named = getattr(p.message.fields["0"], "fields", {}).get("id")
        if p.code in ("TK020", "TK021") and named in refused:
            continue
        if p.code == "TK104" and named in no_phone:
            continue
        out.append(p)
    return out
