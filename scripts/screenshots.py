"""Render the app's main screens to PNG for the guides (docs/screenshots/app-*.png).

Run: ``QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUTDIR]``.
Uses a private settings folder, so nothing of the user's is read or written.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = tempfile.TemporaryDirectory()
os.environ["HOME"] = _tmp.name
os.environ["XDG_CONFIG_HOME"] = _tmp.name


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from tiltakskort.deck.publicholidays import timezone_for
    from tiltakskort.ui.app import create_application
    from tiltakskort.ui.mainwindow import MainWindow
    from tiltakskort.ui.settings import Settings

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, _tmp.name)
    app, _ = create_application("nb")
    settings = Settings(QSettings(str(Path(_tmp.name) / "s.conf"), QSettings.Format.IniFormat))
    w = MainWindow(settings)
    tz = timezone_for("NO")
    evening = datetime(2026, 11, 24, 18, 0, tzinfo=tz)
    morning = datetime(2026, 11, 24, 10, 0, tzinfo=tz)
    w.session.clock = lambda: morning
    w.load(str(ROOT / "cards" / "eksempel"))
    w.resize(1100, 820)
    w.show()

    def shot(name: str) -> None:
        for _ in range(3):  # show new widgets, then lay them out
            app.processEvents()
        w.grab().save(str(out / f"app-{name}.png"))
        print("wrote", out / f"app-{name}.png")

    shot("start")
    w.session.jump("barn-hva")
    shot("question")
    w.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    shot("end-open")
    w.session.clock = lambda: evening
    w.refresh()
    shot("end-closed")
    w.session.follow(["start", "barn", "barn-akutt"])
    shot("urgent")
    w.search.setText("blåmerker")
    shot("search")
    w.search.clear()
    w.set_zoom(200, remember=False)
    w.session.follow(["start", "voksen"])
    shot("zoom-200")
    w.set_zoom(100, remember=False)
    settings.theme = "contrast"
    w.apply_style()
    shot("contrast")
    settings.theme = "light"
    w.apply_style()
    w.map_button.setChecked(True)
    w.training.map_panel.view.fit()
    shot("map")
    w.map_button.setChecked(False)
    w.training.show_scenarios()
    shot("scenarios")
    w.training.start_scenario("lise-7")
    w.choose(1)
    w.choose(1)
    w.choose(3)
    shot("debrief")
    w.session.end_scenario()
    w.training.presentation.enter()
    w.session.follow(["start", "barn"])
    w.resize(1920, 1080)
    shot("presentation")
    w.training.presentation.leave()
    w.resize(1100, 820)
    w.hide_screen()
    shot("hidden")
    w.show_again()
    # a deck with problems: the list the user sees (the app keeps its deck)
    from tiltakskort.deck.loader import load_deck
    from tiltakskort.ui.deckopening import ProblemDialog
    from tiltakskort.ui.session import problem_lines

    broken = Path(_tmp.name) / "broken"
    broken.mkdir()
    text = (ROOT / "cards" / "eksempel" / "deck.yaml").read_text(encoding="utf-8")
    text = text.replace("    phone: 69 12 34 56", "    phone: 69 12 34").replace("  barn-vitne:", "  barn-vitne:\n    step: []", 1)
    (broken / "deck.yaml").write_text(text, encoding="utf-8")
    dialog = ProblemDialog(str(broken), problem_lines(load_deck(broken), "nb"), w)
    dialog.resize(900, 320)
    dialog.show()
    for _ in range(3):
        app.processEvents()
    dialog.grab().save(str(out / "app-problems.png"))
    print("wrote", out / "app-problems.png")
    dialog.close()
    # live preview (run --watch): the problems beside the card, the last good deck on screen
    w.close()
    w = MainWindow(settings, watch=True)
    w.session.clock = lambda: morning
    w.load(str(ROOT / "cards" / "eksempel"))
    w.resize(1100, 820)
    w.show()
    w.session.follow(["start", "barn"])
    w.load(str(broken), quiet=True)
    shot("preview-problems")
    w.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
