"""The app's session: which deck, which walk, which language, municipality and scenario.

Decks are opened and trusted by ``signing/trust.py``; the session keeps what came of it
(the deck, or the problems as lines in the app's language, and the approval line).

The :class:`Session` is the one place these change, and only through its methods; each
change is told by a signal, once, after the state is complete. Windows and panels listen
and call methods; none of them assigns a walk. It holds no widgets and asks nobody
anything (dialogs are the window's): a test drives it without a window.

Signals (each carries the new value):

- ``deckChanged(Deck)``: another deck is shown: a deck opened or reloaded, or the same
  deck for another municipality or service (where the user works). The language may have changed with it; no
  ``languageChanged`` is sent then (the deck carries it).
- ``walkChanged(Walk)``: where the user is; after every move, and after ``deckChanged``.
- ``languageChanged(str)``: the user chose another language of the deck.
- ``problemsChanged(list[str])``: the problems of the last deck opened, as lines
  (empty: none). Sent only when they differ from the lines before.
- ``verdictChanged(str)``: the approval line of a signed deck ("" when there is none).
- ``scenarioChanged(object)``: a scenario began (its id) or ended (``None``).
- ``scenarioWalkEnded(Walk)``: in a scenario, a choice reached an end card.
- ``walkForgotten()``: the walk was forgotten (idle); what shows traces of it clears.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from tiltakskort.deck.loader import LoadResult
from tiltakskort.deck.model import Deck
from tiltakskort.ui.settings import Settings
from tiltakskort.walk import Walk, now_in


def problem_lines(result: LoadResult, lang: str) -> list[str]:
    """Problems as "deck.yaml, line 84, column 12 – TK027 (error): sentence", errors first."""
    ordered = sorted(result.problems, key=lambda p: (not p.is_error, p.sort_key()))
    return [p.describe(lang) for p in ordered]


class Session(QObject):
    """Deck, walk, language, municipality and scenario of one window."""

    deckChanged = Signal(object)
    walkChanged = Signal(object)
    languageChanged = Signal(str)
    problemsChanged = Signal(list)
    verdictChanged = Signal(str)
    scenarioChanged = Signal(object)
    scenarioWalkEnded = Signal(object)
    walkForgotten = Signal()

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.deck: Deck | None = None  # the deck as loaded (all municipalities)
        self.view: Deck | None = None  # the deck as shown (one municipality)
        self.deck_path: str | None = None
        self.walk: Walk | None = None
        self.lang: str | None = None
        self.scenario_id: str | None = None
        self.problems: list[str] = []  # the last deck opened: its problems, as lines
        self.verdict = ""  # the approval line of the deck shown
        self.files: list[Path] = []  # the files of the last deck opened (for watching)
        #: the deck's own files (forms), as checked when it was opened, by resolved path:
        #: the file buttons open copies of these bytes (``ui/documents.py``)
        self.document_bytes: dict[Path, bytes] = {}
        self.clock: Callable[[], datetime] | None = None  # "now" (tests set it)

    # ------------------------------------------------------------------ reading
    def now(self) -> datetime:
        assert self.view is not None
        return self.clock() if self.clock else now_in(self.view)

    @property
    def needs_service(self) -> bool:
        """The deck has services and the user has not said where they work yet."""
        return bool(
            self.deck is not None
            and self.deck.services
            and self.settings.service(self.deck.id, self.deck.services) is None
        )

    @property
    def service_id(self) -> str | None:
        """The service chosen for the deck shown (None: none, or the deck has none)."""
        if self.deck is None:
            return None
        return self.settings.service(self.deck.id, self.deck.services) or None

    @property
    def needs_municipality(self) -> bool:
        """The deck has municipalities and none is chosen yet."""
        return bool(
            self.deck is not None
            and self.deck.municipalities
            and not self.settings.municipality(self.deck.id, self.deck.municipalities)
        )

    @property
    def is_example(self) -> bool:
        """The deck shown is one of the example decks that come with the app (their local
        offices and numbers are made up)."""
        if self.deck_path is None:
            return False
        from tiltakskort import paths

        try:
            folder = Path(self.deck_path).resolve()
            if folder.is_file():
                folder = folder.parent
            return paths.cards_dir().resolve() in folder.parents
        except OSError:
            return False

    def trusted_keys(self) -> list[Any]:
        """The public keys this build trusts, and the one IT trusts by policy (tests put
        their own here)."""
        from tiltakskort.signing.trust import trusted_keys

        return trusted_keys() + self.settings.policy_keys()

    @property
    def ui_lang(self) -> str:
        """The language the app speaks (its Qt translators'; see ``app.create_application``)."""
        app = QCoreApplication.instance()
        value = app.property("tiltakskortLanguage") if app is not None else None
        return value if isinstance(value, str) and value else self.settings.ui_language

    # ------------------------------------------------------------------ decks
    def open_deck(self, path: str | Path) -> bool:
        """Open the deck at ``path``, if it can be trusted (``signing/trust.py``). On
        problems keep the deck (and walk) there was, and say why in ``problems``; the
        caller shows them."""
        from tiltakskort import paths
        from tiltakskort.signing.trust import open_deck

        # without the 12-month check of who answers: its warnings are for the authors
        # (validate, hours, the map), and the app shows a worker none
        opened = open_deck(
            path,
            keys=self.trusted_keys(),
            builtin_dir=paths.cards_dir(),
            highest_version=self._highest_version,
            coverage=False,
        )
        result, verdict = opened.result, opened.verdict
        self.files = (
            list(result.files)
            if result is not None and result.files
            else (list(opened.files) or [Path(path) / "deck.yaml"])
        )
        if verdict.refused and verdict.reason is not None:
            self._set_problems([verdict.reason.text(self.ui_lang)])
            return False
        if not opened.usable or result is None or result.deck is None:
            assert result is not None
            self._set_problems(problem_lines(result, self.settings.ui_language))
            return False
        if verdict.remember_version:
            self.settings.store.setValue(
                f"decks/{result.deck.id}/highest_version", verdict.remember_version
            )
        self._set_problems([])
        wanted = {d.path for c in result.deck.cards.values() for d in c.documents}
        wanted |= {d.path for d in result.deck.documents}
        self.document_bytes = {p: data for p, data in opened.files.items() if p in wanted}
        approval = verdict.approval()
        text = approval.text(self.ui_lang) if approval is not None else ""
        if text != self.verdict:
            self.verdict = text
            self.verdictChanged.emit(text)
        self.use_deck(result.deck, path=str(path))
        return True

    def reload(self) -> bool:
        """Open the deck shown again (its files changed)."""
        return self.open_deck(self.deck_path) if self.deck_path else False

    def use_deck(self, deck: Deck, *, path: str | None = None) -> None:
        """Show ``deck`` (already loaded and checked). The walk is kept as far as it still
        exists when it is the same deck again; else it begins at the start card."""
        old = self.walk
        self.deck = deck
        self.deck_path = path
        self.lang = self.settings.deck_language(deck.id, deck.languages) or deck.default_language
        self.view = self._view()
        if old is not None and old.deck.id == deck.id:
            self.walk = old.with_deck(self.view)
        else:
            self.walk = Walk.start(self.view)
            self._set_scenario(None)
        self.deckChanged.emit(self.view)
        self.walkChanged.emit(self.walk)

    def _view(self) -> Deck:
        assert self.deck is not None
        mid = self.settings.municipality(self.deck.id, self.deck.municipalities)
        return self.deck.view(mid, self.service_id)

    def _highest_version(self, deck_id: str) -> str | None:
        value = self.settings.store.value(f"decks/{deck_id}/highest_version", None)
        return value if isinstance(value, str) else None

    def _set_problems(self, lines: list[str]) -> None:
        if lines != self.problems:
            self.problems = lines
            self.problemsChanged.emit(list(lines))

    # ------------------------------------------------------------------ language, municipality
    def set_language(self, lang: str) -> None:
        if self.deck is None or lang not in self.deck.languages or lang == self.lang:
            return
        self.lang = lang
        self.settings.set_deck_language(self.deck.id, lang)
        self.languageChanged.emit(lang)

    def set_municipality(self, municipality_id: str) -> None:
        """Show the deck for ``municipality_id`` (remembered); the walk stays."""
        if self.deck is None or municipality_id not in self.deck.municipalities:
            return
        self.settings.set_municipality(self.deck.id, municipality_id)
        self.view = self._view()
        assert self.walk is not None
        self.walk = self.walk.with_deck(self.view)
        self.deckChanged.emit(self.view)
        self.walkChanged.emit(self.walk)

    def set_service(self, service_id: str | None) -> None:
        """Show the deck for the service ``service_id`` (where the user works;
        remembered); ``None``: for none of them. The walk stays as far as it still
        exists; a service with its own start card starts the walk there."""
        if self.deck is None or (service_id is not None and service_id not in self.deck.services):
            return
        self.settings.set_service(self.deck.id, service_id)
        self.view = self._view()
        assert self.walk is not None
        self.walk = self.walk.with_deck(self.view)
        self.deckChanged.emit(self.view)
        self.walkChanged.emit(self.walk)

    # ------------------------------------------------------------------ walking
    def _move(self, walk: Walk) -> None:
        self.walk = walk
        self.walkChanged.emit(walk)

    def choose(self, index: int) -> None:
        """Follow option ``index`` (0-based) of the card shown; nothing if there is none."""
        if self.walk is None or not 0 <= index < len(self.walk.options):
            return
        self._move(self.walk.choose(index))
        if self.scenario_id and self.walk.current.is_end:
            self.scenarioWalkEnded.emit(self.walk)

    def back(self) -> None:
        if self.walk is not None and self.walk.can_go_back:
            self._move(self.walk.back())

    def go_to_step(self, index: int) -> None:
        if self.walk is not None:
            self._move(self.walk.go_to_step(index))

    def restart(self) -> None:
        if self.walk is not None:
            self._move(self.walk.restart())

    def jump(self, card_id: str) -> None:
        """Show ``card_id`` next (search, the map)."""
        if self.walk is not None and self.view is not None and card_id in self.view.cards:
            self._move(self.walk.jump(card_id))

    def follow(self, path: Sequence[str]) -> None:
        """The walk named by card ids from the start card, as if walked there.

        Raises:
            WalkError: when the deck has no such walk (nothing changes).
        """
        if self.view is not None:
            self._move(Walk.from_path(self.view, path))

    # ------------------------------------------------------------------ scenarios, idle
    def _set_scenario(self, scenario_id: str | None) -> None:
        if scenario_id != self.scenario_id:
            self.scenario_id = scenario_id
            self.scenarioChanged.emit(scenario_id)

    def start_scenario(self, scenario_id: str) -> None:
        """Begin a training scenario: its walk starts at the start card."""
        if self.view is None or self.walk is None or self.view.scenario(scenario_id) is None:
            return
        self._set_scenario(scenario_id)
        self._move(self.walk.restart())

    def end_scenario(self) -> None:
        self._set_scenario(None)

    def forget_walk(self) -> None:
        """Back to the start card, no scenario; listeners forget what they showed."""
        if self.walk is None or self.view is None:
            return
        self._set_scenario(None)
        self._move(Walk.start(self.view))
        self.walkForgotten.emit()
