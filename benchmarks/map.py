"""The map of a 200-card deck: layout and first paint, beside a bare window.

Budget (issue 5): layout and paint under 1 s. Prints medians of several runs:
a bare QGraphicsView with one rectangle shown and grabbed (the baseline), the pure
layout, building the scene, and showing and painting the map (grab of the fitted view).
Also what the hours on the map cost (issue 12): who answers on each end card and the
holes of the next 12 months, on the first drawing of a deck and on a redraw (the holes
are kept per deck and day; the app's panel redraws at every step and every minute).
Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/map.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView  # noqa: E402

from benchmarks.synthetic import make_deck  # noqa: E402
from benchmarks.timing import median_time as median  # noqa: E402
from tiltakskort.deck.loader import load_deck  # noqa: E402
from tiltakskort.training.layout import layout  # noqa: E402
from tiltakskort.training.mapscene import MapView, build_scene  # noqa: E402


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        deck = load_deck(make_deck(Path(tmp) / "d", 200)).deck

    def bare() -> None:
        scene = QGraphicsScene()
        scene.addRect(0, 0, 200, 70)
        view = QGraphicsView(scene)
        view.resize(1280, 720)
        view.show()
        view.grab()
        view.close()

    def full() -> None:
        view = MapView()
        view.resize(1280, 720)
        view.show_map(build_scene(layout(deck), ("q0", "q1", "q2")))
        view.show()
        view.fit()
        view.grab()
        view.close()

    from datetime import datetime

    from tiltakskort.training import maphours

    at = datetime(2026, 12, 7, 3, 0)

    def hours_first() -> None:
        maphours._last_gaps = None
        maphours.map_hours(deck, None, at)

    m = layout(deck)
    rows = [
        ("bare QGraphicsView, one rectangle, shown+painted", median(bare)),
        (
            f"layout only ({len(m.nodes)} cards, {len(m.edges)} options)",
            median(lambda: layout(deck)),
        ),
        ("layout + build scene", median(lambda: build_scene(layout(deck)))),
        ("layout + scene + show + paint (budget 1000 ms)", median(full)),
        ("hours on the map, first drawing (holes computed)", median(hours_first)),
        (
            "hours on the map, a redraw (holes kept)",
            median(lambda: maphours.map_hours(deck, None, at)),
        ),
    ]
    for label, secs in rows:
        print(f"{label:<52} {secs * 1000:8.1f} ms")
    del app


if __name__ == "__main__":
    main()
