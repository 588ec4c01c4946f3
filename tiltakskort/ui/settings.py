"""Preferences in QSettings, checked on the way back in.

Settings hold preferences only – never anything about a walk: no cards, no answers,
no searches, no recent files. A value that is missing, corrupt or out of range reads
as its default, never as 0 or an empty string.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

UI_LANGUAGES = ("nb", "nn", "sv", "en")
THEMES = ("auto", "light", "contrast")
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 100, 300, 25
IDLE_MIN, IDLE_MAX = 1, 60


class Settings:
    """Typed, validated access to the app's QSettings."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings("Tiltakskort", "Tiltakskort")

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
        return self._choice("ui/language", "nb", UI_LANGUAGES)

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
        return self._int("privacy/idle_minutes", 3, IDLE_MIN, IDLE_MAX)

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self.store.setValue("privacy/idle_minutes", max(IDLE_MIN, min(IDLE_MAX, int(value))))

    def deck_language(self, deck_id: str, choices: tuple[str, ...]) -> str | None:
        value = self._text(f"decks/{deck_id}/language")
        return value if value in choices else None

    def set_deck_language(self, deck_id: str, lang: str) -> None:
        self.store.setValue(f"decks/{deck_id}/language", lang)

    def municipality(self, deck_id: str, choices: Any) -> str | None:
        value = self._text(f"decks/{deck_id}/municipality")
        return value if value in choices else None

    def set_municipality(self, deck_id: str, municipality_id: str) -> None:
        self.store.setValue(f"decks/{deck_id}/municipality", municipality_id)

    def sync(self) -> None:
        self.store.sync()
