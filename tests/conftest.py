"""Shared fixtures: no test touches the user's real files or settings."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
CARDS = ROOT / "cards"
DECKS = sorted(p.parent for p in CARDS.glob("*/deck.yaml"))


def _under_wine() -> bool:
    """Windows Python running under Wine (../shared/windows/winpy), not on Windows."""
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        return hasattr(ctypes.WinDLL("ntdll"), "wine_get_version")
    except OSError:
        return False


# For the few skips of what Wine lacks (see ../shared/windows/README.md): each names it.
UNDER_WINE = _under_wine()


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point HOME, temp and settings folders at an empty directory for every test.

    The app's settings go to a file of the test's own on every system
    (``TILTAKSKORT_SETTINGS``: on Windows QSettings would otherwise write the real
    ``HKEY_CURRENT_USER\\Software\\Tiltakskort``, whatever HOME says), and the policies
    are read from an empty file of the test's own instead of the PC's.
    """
    home = tmp_path_factory.mktemp("home")
    own = tmp_path_factory.mktemp("settings")
    monkeypatch.setenv("TILTAKSKORT_SETTINGS", str(own / "Tiltakskort.ini"))
    from tiltakskort import policy

    monkeypatch.setattr(policy, "SOURCE", own / "policies.ini")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "run"))
    monkeypatch.setenv("TILTAKSKORT_LANG", "en")
    temp = home / "tmp"
    temp.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return home


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every test under tests/ui as ``gui`` so ``-m 'not gui'`` runs the core alone."""
    for item in items:
        if "tests/ui" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


def write_deck(folder: Path, text: str, files: dict[str, bytes] | None = None) -> Path:
    """Write a deck folder for a test and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "deck.yaml").write_text(text, encoding="utf-8")
    for name, data in (files or {}).items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


@pytest.fixture(autouse=True)
def _app_language_reset() -> Iterator[None]:
    """A test that starts the app (``run_app``, ``create_application``) sets the shared
    QApplication's language and translators; the next test starts from none again."""
    yield
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None:
        return
    for tr in getattr(app, "_tiltakskort_translators", None) or ():
        QCoreApplication.removeTranslator(tr)
    app._tiltakskort_translators = []  # type: ignore[attr-defined]
    app.setProperty("tiltakskortLanguage", None)
