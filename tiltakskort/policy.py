"""The policies IT sets for every user of a PC, read before the user's own settings.

Windows: Group Policy writes them to ``HKEY_LOCAL_MACHINE\\Software\\Policies\\Tiltakskort``
(the templates are ``packaging/windows/tiltakskort.admx`` and its ``.adml`` files). Other
systems: the system-wide file ``/etc/tiltakskort/policies.ini``, section ``[Tiltakskort]``,
with the same value names::

    [Tiltakskort]
    DeckFolder = /srv/tiltakskort/fjordvik
    IdleMinutes = 2
    PrintingAllowed = 0

The deck folder, the trusted public key, the idle time and whether printing is allowed
are binding. The default language and municipality take the place of the built-in
defaults: they hold until the user picks another (like a "recommended" policy). A value
that is not valid is ignored, as if it were not set. Only an administrator can write
either place, and no environment variable moves them (a user could set one).

No Qt here: the command line and the tests read policies without it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

UI_LANGUAGES = ("nb", "nn", "sv", "en")
IDLE_MIN, IDLE_MAX = 1, 60
#: where the policies are: the registry key under HKEY_LOCAL_MACHINE, or the file
POLICY_KEY = r"Software\Policies\Tiltakskort"
POLICY_FILE = Path("/etc/tiltakskort/policies.ini")
POLICY_SECTION = "Tiltakskort"
#: value names (the same in the registry, the ADMX template and the file)
DECK_FOLDER, TRUSTED_KEY, IDLE_MINUTES = "DeckFolder", "TrustedPublicKey", "IdleMinutes"
DEFAULT_LANGUAGE, DEFAULT_MUNICIPALITY, PRINTING_ALLOWED = (
    "DefaultLanguage",
    "DefaultMunicipality",
    "PrintingAllowed",
)
POLICY_NAMES = (
    DECK_FOLDER,
    TRUSTED_KEY,
    IDLE_MINUTES,
    DEFAULT_LANGUAGE,
    DEFAULT_MUNICIPALITY,
    PRINTING_ALLOWED,
)


@dataclass(frozen=True)
class Policy:
    """The policies in force (value names as in :data:`POLICY_NAMES`, any case)."""

    values: Mapping[str, Any] = field(default_factory=dict)

    def _get(self, name: str) -> Any:
        for key, value in self.values.items():
            if key.lower() == name.lower():
                return value
        return None

    def _str(self, name: str, limit: int = 1000) -> str | None:
        value = self._get(name)
        if isinstance(value, bytes):
            return None
        value = str(value).strip() if value is not None else ""
        return value if value and len(value) <= limit and "\x00" not in value else None

    @property
    def deck_folder(self) -> Path | None:
        value = self._str(DECK_FOLDER)
        return Path(os.path.expandvars(value)) if value else None

    @property
    def trusted_key(self) -> str | None:
        """The public key text (``RW…``, or a .pub file's two lines), or the contents of
        the .pub file it names."""
        value = self._str(TRUSTED_KEY, 4000)
        if value is None:
            return None
        if not value.startswith(("RW", "untrusted comment:")):
            try:
                value = Path(os.path.expandvars(value)).read_text(encoding="utf-8")[:4000]
            except (OSError, UnicodeDecodeError):
                return None
        if value.startswith("RW") and "\n" not in value.strip():
            value = "untrusted comment: the municipality's key (policy)\n" + value.strip()
        return value

    @property
    def idle_minutes(self) -> int | None:
        number = _as_int(self._get(IDLE_MINUTES))
        return number if number is not None and IDLE_MIN <= number <= IDLE_MAX else None

    @property
    def language(self) -> str | None:
        value = self._str(DEFAULT_LANGUAGE, 10)
        return value.lower() if value and value.lower() in UI_LANGUAGES else None

    @property
    def municipality(self) -> str | None:
        return self._str(DEFAULT_MUNICIPALITY, 80)

    @property
    def printing_allowed(self) -> bool:
        value = self._get(PRINTING_ALLOWED)
        if value is None:
            return True
        number = _as_int(value)
        if number is not None:
            return number != 0
        return str(value).strip().lower() not in ("false", "no", "off", "nei")


def _as_int(value: Any) -> int | None:
    if value is None or isinstance(value, bytes):
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def read_policy_file(path: Path) -> dict[str, Any]:
    """The ``[Tiltakskort]`` section of a policies file; empty when it is missing or bad."""
    if not path.is_file():
        return {}
    import configparser  # only where IT has written a policies file

    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    try:
        with open(path, encoding="utf-8") as f:
            parser.read_file(f)
    except (OSError, UnicodeDecodeError, configparser.Error):
        return {}
    return dict(parser[POLICY_SECTION]) if parser.has_section(POLICY_SECTION) else {}


def read_policy_registry(root: Any = None, key: str = POLICY_KEY) -> dict[str, Any]:
    """The values of ``HKEY_LOCAL_MACHINE\\<key>`` (64-bit view); empty when there are none."""
    if sys.platform != "win32":
        # as importing winreg would; and it tells mypy the rest is Windows code (the winreg
        # stubs exist on Windows only). read_policy calls this on Windows alone.
        raise ModuleNotFoundError("No module named 'winreg'", name="winreg")
    import winreg

    values: dict[str, Any] = {}
    try:
        with winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE if root is None else root,
            key,
            0,
            winreg.KEY_READ | winreg.KEY_WOW64_64KEY,
        ) as handle:
            i = 0
            while True:
                try:
                    name, value, kind = winreg.EnumValue(handle, i)
                except OSError:
                    break
                i += 1
                if kind in (
                    winreg.REG_SZ,
                    winreg.REG_EXPAND_SZ,
                    winreg.REG_DWORD,
                    winreg.REG_QWORD,
                ):
                    values[name] = value
    except OSError:
        pass
    return values


#: the tests point this at a file of their own (on every system); None: this PC's policies
SOURCE: Path | None = None


def read_policy() -> Policy:
    """The policies of this PC (never raises: none readable means none set)."""
    try:
        if SOURCE is not None:
            return Policy(read_policy_file(SOURCE))
        if sys.platform == "win32":
            return Policy(read_policy_registry())
        return Policy(read_policy_file(POLICY_FILE))
    except Exception:  # noqa: BLE001 - a broken policy source must not stop the app
        return Policy()
