"""Start-up time and peak memory of the app beside a bare PySide6 window, same run.

Each case is a whole process, started 7 times; the median wall time, the median CPU
time (user + system of the child: steadier than wall time when the machine is busy) and
the median peak resident memory (ru_maxrss of the child) are printed side by side.

- bare: a QApplication and a QLabel, shown and painted once, then exit;
- floor (not a budget): a window of the app's kind built with Qt alone;
- app: ``python -m tiltakskort run --smoke``: the main window on the
  example deck, start card painted, then exit.

Budgets (issue 11, replacing issue 3's): time at most 1.5x the window of the same kind
with no app code (the floor), memory at most 1.3x the bare window.
Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/startup.py``.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
w = QLabel("Tiltakskort")
w.resize(1100, 800)
w.show()
app.processEvents()
w.grab()
"""


# Not a budget: what the same interpreter and Qt need for a window of about the app's
# kind (a menu, a search field, a language list, wrapped labels, big buttons, a style
# sheet) with no deck and none of the app's own code. It shows how much of the budget
# Qt itself takes before the app does anything.
FLOOR = """
import sys
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QApplication, QComboBox, QLabel, QLineEdit, QMainWindow,
                               QPushButton, QVBoxLayout, QWidget)
app = QApplication(sys.argv)
w = QMainWindow()
w.setStyleSheet("QWidget { font-size: 12pt; } QPushButton { padding: 8px; border: 2px solid #888;"
                " border-radius: 6px; }")
page = QWidget()
box = QVBoxLayout(page)
box.addWidget(QLineEdit())
languages = QComboBox()
languages.addItems(["Bokmål", "Nynorsk", "English"])
box.addWidget(languages)
for i in range(8):
    label = QLabel("Tekst som brytes over flere linjer. " * 3)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    box.addWidget(label)
for i in range(4):
    box.addWidget(QPushButton(f"{i + 1}   Svar"))
menu = w.menuBar().addMenu("&Fil")
for i in range(10):
    menu.addAction(f"Handling {i}")
w.setCentralWidget(page)
w.resize(1100, 800)
w.show()
app.processEvents()
w.grab()
"""


def run(args: list[str]) -> tuple[float, float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"{args} failed:\n{proc.stderr[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # ru_maxrss of children is the largest child so far: measure each case fresh
    return elapsed, cpu, float(max(after.ru_maxrss, before.ru_maxrss))


def measure(args: list[str], runs: int = 7) -> tuple[float, float, float]:
    run(args)  # warm the file cache
    times, cpus, peaks = [], [], []
    for _ in range(runs):
        # a fresh interpreter per measurement so ru_maxrss belongs to this case
        out = subprocess.run(
            [sys.executable, __file__, "--one", *args], capture_output=True, text=True, cwd=ROOT
        )
        if out.returncode != 0:
            raise SystemExit(out.stderr)
        t, c, m = out.stdout.split()
        times.append(float(t))
        cpus.append(float(c))
        peaks.append(float(m))
    return statistics.median(times), statistics.median(cpus), statistics.median(peaks)


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--one":
        t, c, m = run(sys.argv[2:])
        print(t, c, m)
        return
    # An installed or packaged app runs from compiled bytecode; a source tree with
    # PYTHONDONTWRITEBYTECODE set would compile every module on every start.
    import compileall

    compileall.compile_dir(str(ROOT / "tiltakskort"), quiet=1)
    bare_t, bare_c, bare_m = measure([sys.executable, "-c", BARE])
    floor_t, floor_c, floor_m = measure([sys.executable, "-c", FLOOR])
    app_t, app_c, app_m = measure([sys.executable, "-m", "tiltakskort", "run", "--smoke"])
    print(f"{'case':<48} {'wall time':>10} {'CPU time':>10} {'peak memory':>12}")
    for label, (t, c, m) in (
        ("bare PySide6 window (QLabel, painted)", (bare_t, bare_c, bare_m)),
        ("a window of the same kind, no app code (floor)", (floor_t, floor_c, floor_m)),
        ("tiltakskort run --smoke (start card painted)", (app_t, app_c, app_m)),
    ):
        print(f"{label:<48} {t * 1000:>7.0f} ms {c * 1000:>7.0f} ms {m / 1024:>9.1f} MB")
    print(f"{'app to floor (budget 1.5x)':<48} {app_t / floor_t:>9.2f}x {app_c / floor_c:>9.2f}x")
    print(
        f"{'app to bare (memory budget 1.3x)':<48} {app_t / bare_t:>9.2f}x {app_c / bare_c:>9.2f}x "
        f"{app_m / bare_m:>11.2f}x"
    )
    print(
        f"{'floor to bare':<48} {floor_t / bare_t:>9.2f}x {floor_c / bare_c:>9.2f}x "
        f"{floor_m / bare_m:>11.2f}x"
    )


if __name__ == "__main__":
    main()
