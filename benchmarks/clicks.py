"""From a click on an option to the next card painted, beside a bare QLabel update.

In one process: the main window on the example deck. Each measurement clicks an option
button, lets Qt lay the card out and paint it (``processEvents``; should Qt not have
painted the card by then, ``repaint`` forces it), and stops when the card has been
painted once. The walks go down every path of the deck, so question cards and end cards
are both measured; their medians are printed apart as well, since the two differ a lot
(an end card holds steps, advice and contacts). The baseline sets a QLabel's text and
repaints it.

Budget (issue 3): median under 16 ms.
Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/clicks.py``.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def all_paths(deck, path: tuple[str, ...] = ("start",)) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    """Every walk from the start card to an end card (no card twice)."""
    card = deck.cards[path[-1]]
    if not card.options:
        return [path]
    out = []
    for option in card.options:
        if option.goto not in path:
            out += all_paths(deck, (*path, option.goto))
    return out


def main() -> None:
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication, QLabel

    from tiltakskort.ui.mainwindow import MainWindow
    from tiltakskort.ui.settings import Settings

    class PaintSeen(QObject):
        """Notes when the card view has been painted."""

        painted = False

        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        w = MainWindow(settings)
        w.load(str(ROOT / "cards" / "eksempel"))
        w.resize(1100, 800)
        w.show()
        app.processEvents()
        seen = PaintSeen(w)
        w.card_view.installEventFilter(seen)
        label = QLabel("x")
        label.resize(1100, 800)
        label.show()
        bare = []
        for i in range(200):
            t = time.perf_counter()
            label.setText(f"Kort {i}")
            label.repaint()
            bare.append(time.perf_counter() - t)
        questions: list[float] = []
        ends: list[float] = []
        paths = all_paths(w.session.view)
        forced = 0
        for _ in range(3):
            for path in paths:
                w.session.follow(path[:1])
                app.processEvents()
                for target in path[1:]:
                    button = w.card_view.option_buttons[
                        [o.goto for o in w.session.walk.current.options].index(target)
                    ]
                    seen.painted = False
                    t = time.perf_counter()
                    button.click()
                    app.processEvents()
                    if not seen.painted:
                        forced += 1
                        w.card_view.repaint()
                    elapsed = time.perf_counter() - t
                    (ends if w.session.walk.current.is_end else questions).append(elapsed)
        w.close()
    print(f"{'case':<48} {'median':>8} {'p90':>8} {'clicks':>7}")
    for name, xs in (
        ("bare QLabel setText + repaint", bare),
        ("option click -> next card painted (budget 16 ms)", questions + ends),
        ("  of which: to a question card", questions),
        ("  of which: to an end card", ends),
    ):
        xs = sorted(xs)
        print(
            f"{name:<48} {statistics.median(xs) * 1000:>5.1f} ms {xs[int(len(xs) * 0.9)] * 1000:>5.1f} ms "
            f"{len(xs):>7}"
        )
    if forced:
        print(f"({forced} cards were not painted by the event loop and were painted by repaint())")


if __name__ == "__main__":
    main()
