"""The window's printing actions: the steps of the walk shown (to print, or as a PDF)
and the card booklet. The work is ``ui/printing.py``'s; this module decides whether the
build can print at all and what there is to print."""

from __future__ import annotations

from importlib.util import find_spec

from PySide6.QtWidgets import QWidget

from tiltakskort.ui.session import Session


class PrintActions:
    """Printing for ``window``'s session. ``available`` is None until :meth:`check`."""

    def __init__(self, window: QWidget, session: Session) -> None:
        self.window = window
        self.session = session
        self.available: bool | None = None

    def check(self) -> bool:
        """Whether this build can print (the PDF code is there), without importing it yet."""
        try:
            self.available = all(
                find_spec(name) is not None
                for name in ("reportlab", "tiltakskort.pdf", "tiltakskort.ui.printing")
            )
        except (ImportError, ValueError):
            self.available = False
        self.available = self.available and self.session.settings.printing_allowed  # IT policy
        return self.available

    @property
    def walk_printable(self) -> bool:
        """There are steps to print: the walk is at an end card, and the build can print."""
        walk = self.session.walk
        return bool(self.available and walk is not None and walk.current.is_end)

    def print_walk(self) -> None:
        self._walk_call("print_walk")

    def save_pdf(self) -> None:
        self._walk_call("save_walk_pdf")

    def save_booklet(self) -> None:
        try:
            from tiltakskort.ui import printing
        except ImportError:
            return
        if self.session.view is not None:
            printing.save_booklet(self.window, self.session.view, self.session.lang)

    def _walk_call(self, name: str) -> None:
        walk = self.session.walk
        if walk is None or not walk.current.is_end:
            return
        try:
            from tiltakskort.ui import printing
        except ImportError:
            return
        getattr(printing, name)(self.window, walk, self.session.lang, self.session.now())
