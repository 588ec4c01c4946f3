"""What earlier versions of the app left in the temp folder, removed at start.

Before printing went straight to the printer, Ctrl+P wrote the steps to
``tiltakskort-XXXXXXXX/<deck>-<card>.pdf`` in the temp folder and opened it in a viewer;
after a crash, a kill or a viewer holding the file open, that folder stayed, and its
name and contents told which card was looked at. Such folders (made by ``mkdtemp``
with that prefix, holding nothing but PDFs) are removed when the app starts; one still
held open (Windows) is tried again at the next start. No Qt here: it runs at start-up.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

#: ``tempfile.mkdtemp(prefix="tiltakskort-")``: eight characters from its alphabet
LEFTOVER = re.compile(r"tiltakskort-[a-z0-9_]{8}")


def leftover_folders(temp: Path | None = None) -> list[Path]:
    """The folders of earlier printing in ``temp`` (default: the temp folder)."""
    folder = Path(temp or tempfile.gettempdir())
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        if not LEFTOVER.fullmatch(entry.name) or not entry.is_dir(follow_symlinks=False):
            continue
        try:
            inside = list(Path(entry.path).iterdir())
        except OSError:
            continue
        if all(p.is_file() and not p.is_symlink() and p.suffix.lower() == ".pdf" for p in inside):
            found.append(Path(entry.path))
    return found


def remove_leftovers(temp: Path | None = None) -> int:
    """Remove them; returns how many went (never raises)."""
    removed = 0
    for folder in leftover_folders(temp):
        shutil.rmtree(folder, ignore_errors=True)
        removed += not folder.exists()
    return removed
