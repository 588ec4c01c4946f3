"""A walk that prints and saves leaves nothing on the PC that tells which card was looked
at: no temporary file, no viewer, no file dialog history (Qt's or the system's), no
registry value; the saved PDF has a neutral name and neutral metadata.

The walk runs in a process of its own with HOME, the temp folder and the settings file
pointing into an empty folder. On Windows (``winpy``) the whole of HKEY_CURRENT_USER and
the Recent folder are compared before and after; on Linux QtProject.conf and
recently-used.xbel would show up in the folder.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import CARDS, ROOT

pytestmark = pytest.mark.gui

#: words of the cards walked through (titles, a number): none may be found anywhere
TELLING = ("barn", "akutt", "fare", "voksen", "112", "eksempel", "Eksempel")

SCRIPT = """
import sys
sys.path.insert(0, {root!r})
from datetime import datetime
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from tiltakskort.deck.publicholidays import timezone_for
from tiltakskort.ui import printing
from tiltakskort.ui.app import create_application
from tiltakskort.ui.mainwindow import MainWindow

home, paper = Path({home!r}), Path({paper!r})
app, settings = create_application("nb")
w = MainWindow(settings)
w.session.clock = lambda: datetime(2026, 11, 24, 10, 0, tzinfo=timezone_for("NO"))
assert w.load({deck!r})
w.show()
w.set_zoom(125)                 # a preference, kept
for choice in (1, 0):            # start -> barn -> barn-akutt (an end card)
    w.choose(choice)
assert w.session.walk.current.is_end, w.session.walk.path

def to_paper(parent, printer):   # the user picks a printer (here: one that is a PDF file)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(paper))
    return True
printing.ask_printer = to_paper
assert printing.print_walk(w, w.session.walk, w.session.lang, w.session.now())

proposed = []
def answer():                    # the user accepts the proposed name, in HOME
    dialog = next(d for d in app.topLevelWidgets() if isinstance(d, QFileDialog) and d.isVisible())
    proposed.append(dialog.findChild(QLineEdit, "fileNameEdit").text())
    dialog.setDirectory(str(home))
    dialog.selectFile(proposed[0])
    dialog.accept()
QTimer.singleShot(300, answer)
w.print_actions.save_pdf()
print("PROPOSED", proposed[0])
w.close()
app.processEvents()
"""


def _registry() -> dict[str, object]:
    """Every value under HKEY_CURRENT_USER, by path (Windows only)."""
    import winreg

    out: dict[str, object] = {}

    def walk(handle, path: str) -> None:  # type: ignore[no-untyped-def]
        i = 0
        while True:
            try:
                name, value, _ = winreg.EnumValue(handle, i)
            except OSError:
                break
            out[f"{path}\\{name}"] = value
            i += 1
        j = 0
        while True:
            try:
                sub = winreg.EnumKey(handle, j)
            except OSError:
                break
            j += 1
            out.setdefault(f"{path}\\{sub}\\", None)  # an empty key counts too
            try:
                with winreg.OpenKey(handle, sub) as child:
                    walk(child, f"{path}\\{sub}")
            except OSError:
                pass

    walk(winreg.HKEY_CURRENT_USER, "HKCU")
    return out


def _recent() -> set[str]:
    folder = Path(os.environ.get("APPDATA", "")) / "Microsoft" / "Windows" / "Recent"
    return {p.name for p in folder.rglob("*")} if folder.is_dir() else set()


def test_a_walk_that_prints_and_saves_leaves_no_trace(tmp_path) -> None:
    home, paper = tmp_path / "home", tmp_path / "printer" / "paper.pdf"
    for folder in (home, home / "tmp", paper.parent):
        folder.mkdir(parents=True)
    (home / "run").mkdir(mode=0o700)
    script = SCRIPT.format(
        root=str(ROOT), home=str(home), paper=str(paper), deck=str(CARDS / "eksempel")
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "TMP", "TEMP"))}
    env.update(
        HOME=str(home),
        TMPDIR=str(home / "tmp"),
        TEMP=str(home / "tmp"),
        TMP=str(home / "tmp"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_RUNTIME_DIR=str(home / "run"),
        TILTAKSKORT_SETTINGS=str(home / "Tiltakskort.ini"),
        QT_QPA_PLATFORM="offscreen",
    )
    windows = sys.platform == "win32"
    registry_before, recent_before = (_registry(), _recent()) if windows else ({}, set())

    proc = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=180
    )
    assert proc.returncode == 0, proc.stderr[-2000:]

    # it was printed (two pages on the "paper"), from memory: the temp folder is empty
    assert len(PdfReader(paper).pages) >= 1
    assert list((home / "tmp").iterdir()) == []
    # HOME holds the preferences and the saved PDF, under the proposed neutral name
    saved = "tiltak-2026-11-24-1000.pdf"
    assert f"PROPOSED {saved}" in proc.stdout
    files = sorted(p.relative_to(home).as_posix() for p in home.rglob("*") if p.is_file())
    assert files == ["Tiltakskort.ini", saved], files
    settings_text = (home / "Tiltakskort.ini").read_text(encoding="utf-8")
    meta = " ".join(str(v) for v in (PdfReader(home / saved).metadata or {}).values())
    for word in TELLING:
        assert word not in settings_text, word
        assert word.lower() not in meta.lower(), meta

    if windows:
        import time

        time.sleep(0.5)
        after = _registry()
        changed = {k: v for k, v in after.items() if registry_before.get(k, object()) != v}
        assert changed == {}, sorted(changed)[:20]
        assert _recent() == recent_before
