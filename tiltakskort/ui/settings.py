"""Preferences in QSettings, checked on the way back in, under the policies IT sets.

Settings hold preferences only – never anything about a walk: no cards, no answers,
no searches, no recent files. A value that is missing, corrupt or out of range reads
as its default, never as 0 or an empty string.

Where they are: the user's QSettings (on Windows ``HKEY_CURRENT_USER\\Software\\
Tiltakskort\\Tiltakskort``, on Linux ``~/.config/Tiltakskort/Tiltakskort.conf``), or the
ini file named by ``TILTAKSKORT_SETTINGS`` (the tests give every test its own).

The policies IT sets (:mod:`tiltakskort.policy`) are read before the user's settings.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QSettings

from tiltakskort.policy import IDLE_MAX, IDLE_MIN, UI_LANGUAGES, Policy, read_policy

THEMES = ("auto", "light", "contrast")
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 100, 300, 25
ORGANIZATION = APPLICATION = "Tiltakskort"


def user_store() -> QSettings:
    """The user's settings: ``TILTAKSKORT_SETTINGS`` (an ini file) if set, else QSettings'
    native place (the registry on Windows)."""
    named = os.environ.get("TILTAKSKORT_SETTINGS")
    if named:
        return QSettings(named, QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


#: stored when the user works in none of a deck's services (never a valid id: ids are a–z)
NO_SERVICE = "-"


class Settings:
    """Typed, validated access to the app's QSettings."""

    def __init__(self, store: QSettings | None = None, policy: Policy | None = None) -> None:
        self.store = store if store is not None else user_store()
        self.policy = policy if policy is not None else read_policy()

    # -- raw access with checks ---------------------------------------------------
    def _int(self, key: str, default: int, low: int, high: int) -> int:
        value: Any = self.store.value(key, default)
        try:
            number = int(str(value).strip())
        except (TypeError, ValueError):
            return default
        return number if low <= number <= high else default

    def _choice(self, key: str, default: str, choices: tuple[str, ...]) -> str:
        value = self.store.value(key, default)
        return value if isinstance(value, str) and value in choices else default

    def _text(self, key: str, pattern_ok: Any = None) -> str | None:
        value = self.store.value(key, None)
        if not isinstance(value, str) or not value or len(value) > 80:
            return None
        if pattern_ok is not None and not pattern_ok(value):
            return None
        return value

    # -- preferences ---------------------------------------------------------------
    @property
    def ui_language(self) -> str:
        return self._choice("ui/language", self.policy.language or "nb", UI_LANGUAGES)

    @ui_language.setter
    def ui_language(self, value: str) -> None:
        if value in UI_LANGUAGES:
            self.store.setValue("ui/language", value)

    @property
    def ui_language_chosen(self) -> str | None:
        """The language of the app the user chose, or None before any choice."""
        value = self.store.value("ui/language", None)
        return value if isinstance(value, str) and value in UI_LANGUAGES else None

    @property
    def zoom(self) -> int:
        return self._int("ui/zoom", 100, ZOOM_MIN, ZOOM_MAX)

    @zoom.setter
    def zoom(self, value: int) -> None:
        self.store.setValue("ui/zoom", max(ZOOM_MIN, min(ZOOM_MAX, int(value))))

    @property
    def theme(self) -> str:
        return self._choice("ui/theme", "auto", THEMES)

    @theme.setter
    def theme(self, value: str) -> None:
        if value in THEMES:
            self.store.setValue("ui/theme", value)

    @property
    def idle_minutes(self) -> int:
        if self.policy.idle_minutes is not None:
            return self.policy.idle_minutes
        return self._int("privacy/idle_minutes", 3, IDLE_MIN, IDLE_MAX)

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        if self.policy.idle_minutes is None:  # set by IT: the user's choice is not kept
            self.store.setValue("privacy/idle_minutes", max(IDLE_MIN, min(IDLE_MAX, int(value))))

    # -- policies only -------------------------------------------------------------
    @property
    def printing_allowed(self) -> bool:
        """False when IT has turned printing (and saving PDFs) off."""
        return self.policy.printing_allowed

    @property
    def deck_folder(self) -> str | None:
        """The deck IT chose for this PC (opened when none is named on the command line)."""
        folder = self.policy.deck_folder
        return str(folder) if folder is not None else None

    def policy_keys(self) -> list:  # type: ignore[type-arg]
        """The public key IT trusts, as a list (empty when none is set or it is not a key)."""
        text = self.policy.trusted_key
        if text is None:
            return []
        from tiltakskort.signing.minisign import MinisignError, read_public

        try:
            return [read_public(text)]
        except (MinisignError, ValueError):
            return []

    def deck_language(self, deck_id: str, choices: tuple[str, ...]) -> str | None:
        value = self._text(f"decks/{deck_id}/language")
        if value in choices:
            return value
        return self.policy.language if self.policy.language in choices else None

    def set_deck_language(self, deck_id: str, lang: str) -> None:
        self.store.setValue(f"decks/{deck_id}/language", lang)

    def municipality(self, deck_id: str, choices: Any) -> str | None:
        value = self._text(f"decks/{deck_id}/municipality")
        if value in choices:
            return value
        return self.policy.municipality if self.policy.municipality in choices else None

    def set_municipality(self, deck_id: str, municipality_id: str) -> None:
        self.store.setValue(f"decks/{deck_id}/municipality", municipality_id)

    def service(self, deck_id: str, choices: Any) -> str | None:
        """The service chosen for the deck: an id of ``choices``, "" when the user chose
        none of them, None when not asked yet (or the stored value is no longer valid)."""
        value = self._text(f"decks/{deck_id}/service")
        if value == NO_SERVICE:
            return ""
        return value if value in choices else None

    def set_service(self, deck_id: str, service_id: str | None) -> None:
        self.store.setValue(f"decks/{deck_id}/service", service_id or NO_SERVICE)

    def sync(self) -> None:
        self.store.sync()
