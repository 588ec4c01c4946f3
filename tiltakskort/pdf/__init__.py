"""Printouts with reportlab: the steps of a walk, and the booklet of a whole deck.

Importing this package is cheap: reportlab is imported only when something is printed,
so the app's start-up never pays for it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tiltakskort.deck.model import Deck
    from tiltakskort.walk import Walk


def write_steps(path: Path, *, walk: Walk, lang: str, at: datetime) -> None:
    """The steps of a walk on A4 (raises OSError when the file cannot be written)."""
    from tiltakskort.pdf.steps import write_steps as _write

    _write(Path(path), walk=walk, lang=lang, at=at)


def steps_pdf(*, walk: Walk, lang: str, at: datetime) -> bytes:
    """The steps of a walk on A4, as the bytes of a PDF (nothing is written)."""
    from tiltakskort.pdf.steps import steps_pdf as _make

    return _make(walk=walk, lang=lang, at=at)


def write_booklet(
    path: Path, *, deck: Deck, lang: str, size: str = "a6", at: datetime | None = None
) -> None:
    """Every card of a deck on its own page: A6 four to an A4 sheet, or A5/A4 pages."""
    from tiltakskort.pdf.booklet import write_booklet as _write

    _write(Path(path), deck=deck, lang=lang, size=size, at=at)
