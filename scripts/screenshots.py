"""Render the app's main screens to PNG for the guides (docs/screenshots/app-*.png): at
100 %, and the screens the accessibility work changed again at 200 % on a 1,024×768
window (``app-*-200.png``), the list of keys (F1) included.

Run: ``QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x1024x24" python scripts/screenshots.py
[OUTDIR]`` (what made the committed pictures). Offscreen works too, but its screen is
800×600, and the window never grows wider than its screen: the 1,024-px shots come out
800 px wide.
Add ``--plans`` for only the screens of the BTI example deck, ``app-plan-*.png``.
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

    args = [a for a in sys.argv[1:] if a != "--plans"]
    only_plans = "--plans" in sys.argv[1:]
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, _tmp.name)
    app, _ = create_application("nb")
    settings = Settings(QSettings(str(Path(_tmp.name) / "s.conf"), QSettings.Format.IniFormat))
    tz = timezone_for("NO")
    evening = datetime(2026, 11, 24, 18, 0, tzinfo=tz)
    morning = datetime(2026, 11, 24, 10, 0, tzinfo=tz)
    plans(app, settings, out, morning)
    if only_plans:
        return
    w = MainWindow(settings)
    w.session.clock = lambda: morning
    w.load(str(ROOT / "cards" / "eksempel"))
    w.resize(1100, 820)
    w.show()

    def shot(name: str) -> None:
        for _ in range(3):  # show new widgets, then lay them out
            app.processEvents()
        w.grab().save(str(out / f"app-{name}.png"))
        print("wrote", out / f"app-{name}.png")

    def keys_shot(name: str) -> None:
        from tiltakskort.ui.keys import keys_dialog

        dialog = keys_dialog(w)
        dialog.show()
        for _ in range(3):
            app.processEvents()
        dialog.grab().save(str(out / f"app-{name}.png"))
        print("wrote", out / f"app-{name}.png")
        dialog.close()

    def changed_screens(suffix: str) -> None:
        """The screens issue 16 changed (accessibility), named app-<screen><suffix>.png."""
        w.session.clock = lambda: morning
        w.session.follow(["start"])
        shot("start" + suffix)
        w.session.jump("barn-hva")
        shot("question" + suffix)
        w.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
        w.card_view.step_boxes[0].setChecked(True)  # a tick, to show the check boxes
        shot("end-open" + suffix)
        w.session.clock = lambda: evening
        w.refresh()
        shot("end-closed" + suffix)
        w.session.follow(["start", "barn", "barn-akutt"])
        shot("urgent" + suffix)
        w.search.setText("blåmerker")
        w.finder.enter_results()
        shot("search" + suffix)
        w.search.clear()
        settings.theme = "contrast"
        w.apply_style()
        w.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
        w.card_view.step_boxes[0].setChecked(True)
        shot("contrast" + suffix)
        settings.theme = "light"
        w.apply_style()
        w.map_button.setChecked(True)
        shot("map" + suffix)
        w.map_button.setChecked(False)
        w.hide_screen()
        shot("hidden" + suffix)
        w.show_again()
        keys_shot("keys" + suffix)
        w.session.clock = lambda: morning

    shot("start")
    w.session.jump("barn-hva")
    shot("question")
    w.session.follow(["start", "barn", "barn-hva", "barn-tegn"])
    w.card_view.step_boxes[0].setChecked(True)  # a tick, to show the check boxes
    shot("end-open")
    w.session.clock = lambda: evening
    w.refresh()
    shot("end-closed")
    w.session.follow(["start", "barn", "barn-akutt"])
    shot("urgent")
    w.search.setFocus()
    w.search.setText("tvangsgifte")  # the deck says tvangsekteskap: search finds it
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
    shot("map")
    w.map_button.setChecked(False)
    # Monday 03:00 (issue 12): the on-call service first, the map says who answers
    night = datetime(2026, 12, 7, 3, 0, tzinfo=tz)
    w.session.clock = lambda: night
    w.session.follow(["start", "barn", "barn-hva", "barn-uro", "barn-melding"])
    w.refresh()
    shot("end-night")
    w.map_button.setChecked(True)
    shot("map-night")
    w.map_button.setChecked(False)
    w.session.clock = lambda: evening
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
    keys_shot("keys")
    # 200 % on the smallest screen the app promises (1,024×768): nothing cut, nothing wider
    w.resize(1024, 740)
    w.set_zoom(200, remember=False)
    changed_screens("-200")
    w.set_zoom(100, remember=False)
    w.resize(1100, 820)
    # a deck with problems: the list the user sees (the app keeps its deck)
    from tiltakskort.deck.loader import load_deck
    from tiltakskort.ui.deckopening import ProblemDialog
    from tiltakskort.ui.session import problem_lines

    broken = Path(_tmp.name) / "broken"
    broken.mkdir()
    text = (ROOT / "cards" / "eksempel" / "deck.yaml").read_text(encoding="utf-8")
    text = text.replace("    phone: 69 12 34 56", "    phone: 69 12 34").replace(
        "  barn-vitne:", "  barn-vitne:\n    step: []", 1
    )
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
    commands(out)


def commands(out: Path) -> None:
    """What the commands draw: the hours chart of the example deck and its map at Monday
    03:00 (``hours-eksempel.png``, ``map-eksempel.png``)."""
    import subprocess

    deck = str(ROOT / "cards" / "eksempel")
    for args in (
        [
            "hours",
            deck,
            "--card",
            "barn-melding",
            "--from",
            "2026-12-01",
            "-o",
            str(out / "hours-eksempel.png"),
        ],
        ["map", deck, "--at", "2026-12-07 03:00", "-o", str(out / "map-eksempel.png")],
    ):
        subprocess.run(
            [sys.executable, "-m", "tiltakskort", *args],
            check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT), "TILTAKSKORT_LANG": "nb"},
        )


def plans(app, settings, out: Path, at: datetime) -> None:  # type: ignore[no-untyped-def]
    """The BTI example deck: steps with who and when, a card with files, the way out."""
    from tiltakskort.ui.mainwindow import MainWindow

    settings.set_service("bti-eksempel", "barnehage")  # as if chosen at the first start
    w = MainWindow(settings)
    w.session.clock = lambda: at
    w.load(str(ROOT / "cards" / "bti-eksempel"))
    w.resize(1100, 900)
    w.show()

    def shot(name: str) -> None:
        for _ in range(3):
            app.processEvents()
        w.grab().save(str(out / f"app-{name}.png"))
        print("wrote", out / f"app-{name}.png")

    w.session.follow(["start", "niva-1"])
    shot("plan-question")
    w.session.follow(["start", "niva-1", "niva-1-tiltak"])
    shot("plan-steps")
    w.session.follow(["start", "niva-2", "niva-2-samarbeid"])
    shot("plan-files")
    w.close()


if __name__ == "__main__":
    main()
