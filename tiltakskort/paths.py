"""Where the app finds its own files: installed, editable, from source and frozen.

``cards/`` and ``resources/`` live at the top of the repository. Where they are found:

- frozen (PyInstaller, ``build.spec``): in the bundle's folder, ``sys._MEIPASS``;
- installed from a wheel (``pip install .``, pipx): in ``tiltakskort/_data/``, where
  ``setup.py`` puts them (see ``tiltakskort.packaging.spec.wheel_files``);
- from a source checkout or an editable install: at the top of the checkout.

Every other module asks this one; nothing else looks at ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: The folder inside the installed package that holds ``cards/`` and ``resources/``.
DATA_FOLDER = "_data"


def base_dir() -> Path:
    """The folder holding ``cards/`` and ``resources/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    package = Path(__file__).resolve().parent
    installed = package / DATA_FOLDER
    if (installed / "cards").is_dir():
        return installed
    return package.parent


def cards_dir() -> Path:
    """The decks shipped with the app."""
    return base_dir() / "cards"


def resources_dir() -> Path:
    """Fonts, icons, translations and styles."""
    return base_dir() / "resources"


def default_deck() -> Path:
    """The embedded default deck the app opens when given none."""
    return cards_dir() / "eksempel"


def executable_dir() -> Path | None:
    """The folder of the packaged program; None when running from source."""
    if not getattr(sys, "frozen", False):
        return None
    return Path(sys.executable).resolve().parent


def deck_beside_executable() -> Path | None:
    """A ``deck`` folder next to the packaged program (IT can update it without a rebuild)."""
    from tiltakskort.packaging.lookup import deck_beside

    return deck_beside(executable_dir())


def find_deck(given: str | None) -> Path:
    """The deck to open: the one given, else ``deck`` beside the program, else the built-in one."""
    from tiltakskort.packaging.lookup import find_deck as decide

    return decide(given, executable_dir(), default_deck())


def fallback_decks(chosen: Path) -> list[Path]:
    """The decks to try, in order, when ``chosen`` is refused: never ``chosen`` itself."""
    from tiltakskort.packaging.lookup import fallbacks

    return fallbacks(chosen, executable_dir(), default_deck())
