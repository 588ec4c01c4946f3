"""From a click on an option to the next card painted, beside a bare QLabel update.

In one process: the main window on the example deck; each measurement clicks an
option button and paints the window (``repaint`` after layout), walking down and back up
the deck's paths. The baseline sets a QLabel's text and repaints it. Medians printed.
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


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QLabel

    from tiltakskort.ui.mainwindow import MainWindow
    from tiltakskort.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        w = MainWindow(settings)
        w.load(str(ROOT / "cards" / "eksempel"))
        w.resize(1100, 800)
        w.show()
        app.processEvents()

        label = QLabel("x")
        label.resize(1100, 800)
        label.show()
        bare = []
        for i in range(200):
            t = time.perf_counter()
            label.setText(f"Kort {i}")
            label.repaint()
            bare.append(time.perf_counter() - t)

        clicks = []
        for _ in range(20):
            w.restart()
            app.processEvents()
            while w.walk.current.options:
                button = w.card_view.option_buttons[len(w.walk.path) % len(w.walk.current.options)]
                t = time.perf_counter()
                button.click()
                app.processEvents()
                w.repaint()
                clicks.append(time.perf_counter() - t)
        w.close()
    print(f"{'case':<46} {'median':>8} {'p90':>8}")
    for name, xs in (("bare QLabel setText + repaint", bare),
                     ("option click -> next card painted (budget 16 ms)", clicks)):
        xs = sorted(xs)
        print(f"{name:<46} {statistics.median(xs) * 1000:>5.1f} ms {xs[int(len(xs) * 0.9)] * 1000:>5.1f} ms")


if __name__ == "__main__":
    main()
