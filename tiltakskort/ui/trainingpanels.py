"""The training parts of the window: the map of the deck, the scenarios with their
debrief, and presentation mode. Each is built the first time it is used (their imports
stay off the start-up) and works through the session like the rest of the window.

The sentences keep the window's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tiltakskort.ui.session import Session
from tiltakskort.walk import Walk

if TYPE_CHECKING:
    from tiltakskort.training.presentation import Presentation
    from tiltakskort.training.widgets import MapPanel, ScenarioPanel
    from tiltakskort.ui.mainwindow import MainWindow


class TrainingPanels:
    """Map, scenarios and presentation mode of ``window``."""

    def __init__(self, window: MainWindow, session: Session) -> None:
        self.window = window
        self.session = session
        self._map_panel: MapPanel | None = None
        self._scenario_panel: ScenarioPanel | None = None
        self._presentation: Presentation | None = None
        session.scenarioChanged.connect(self._scenario_changed)
        session.scenarioWalkEnded.connect(self._scenario_walk_ended)

    @property
    def map_panel(self) -> MapPanel:
        """The map, built the first time it is shown."""
        if self._map_panel is None:
            from tiltakskort.training.widgets import MapPanel

            self._map_panel = MapPanel()
            self._map_panel.cardChosen.connect(self.window.jump)
            self.window.stack.addWidget(self._map_panel)
        return self._map_panel

    @property
    def scenario_panel(self) -> ScenarioPanel:
        if self._scenario_panel is None:
            from tiltakskort.training.widgets import ScenarioPanel

            self._scenario_panel = ScenarioPanel()
            self._scenario_panel.startRequested.connect(self.start_scenario)
            self._scenario_panel.stepBackRequested.connect(self.window.go_back)
            self._scenario_panel.closed.connect(self.session.end_scenario)
            self.window.stack.addWidget(self._scenario_panel)
        return self._scenario_panel

    @property
    def presentation(self) -> Presentation:
        """Presentation mode (training days), set up the first time it is used."""
        if self._presentation is None:
            from tiltakskort.training.presentation import Presentation

            w = self.window
            self._presentation = Presentation(
                w,
                on_next=w.present_next,
                on_back=w.go_back,
                on_digit=lambda n: w.choose(n - 1),
                set_scale=lambda f: w.set_zoom(int(f * 100), remember=False),
                get_scale=lambda: w.zoom / 100,
                to_hide=w.presentation_hidden,
            )
        return self._presentation

    def walk_shown(self) -> None:
        """The window showed another card: an open map follows the walk."""
        s, panel = self.session, self._map_panel
        if (
            panel is not None
            and s.view is not None
            and s.walk is not None
            and self.window.stack.currentWidget() is panel
        ):
            panel.at = s.now()
            panel.set_deck(s.view, s.lang, s.walk.path)

    def show_map(self, on: bool) -> None:
        s = self.session
        if on and s.view is not None and s.walk is not None:
            self.map_panel.at = s.now()  # the end cards say who answers now
            self.map_panel.set_deck(s.view, s.lang, s.walk.path)
            self.window.stack.setCurrentWidget(self.map_panel)
            self.map_panel.cards.setFocus()
        else:
            self.window.show_card_page()

    def show_scenarios(self) -> None:
        if self.session.view is None:
            return
        self.scenario_panel.set_deck(self.session.view, self.session.lang)
        self.scenario_panel.show_list()
        self.window.stack.setCurrentWidget(self.scenario_panel)

    def start_scenario(self, scenario_id: str) -> None:
        self.window.show_card_page()
        self.session.start_scenario(scenario_id)

    def _scenario_changed(self, scenario_id: str | None) -> None:
        view, bar = self.session.view, self.window.scenario_bar
        scenario = view.scenario(scenario_id) if scenario_id and view is not None else None
        if scenario is None:
            bar.hide()
            self.window.show_card_page()
            return
        if self._scenario_panel is not None:
            self._scenario_panel.current = scenario
        bar.setText(
            QCoreApplication.translate("MainWindow", "Scenario: %1").replace(
                "%1", scenario.title.get(self.session.lang)
            )
        )
        bar.show()

    def _scenario_walk_ended(self, walk: Walk) -> None:
        if self._scenario_panel is not None:
            self._scenario_panel.walk_ended(walk)
            self.window.stack.setCurrentWidget(self._scenario_panel)
