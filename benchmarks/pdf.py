"""Printout speed beside a bare reportlab page, in one process.

- bare: a reportlab canvas with one page of text in the same embedded font;
- steps: the A4 steps of a walk in the example deck (budget 0.3 s);
- booklet: a 200-card synthetic deck as A6 cards, 4 to a sheet (budget 5 s);
- and whether importing the app's start-up modules imports reportlab (it must not).
Run: ``python benchmarks/pdf.py``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import make_deck  # noqa: E402
from benchmarks.timing import median_time as median  # noqa: E402
from tiltakskort.deck.loader import load_deck  # noqa: E402
from tiltakskort.pdf import write_booklet, write_steps  # noqa: E402
from tiltakskort.walk import Walk  # noqa: E402


def main() -> None:
    from reportlab.pdfgen.canvas import Canvas

    from tiltakskort.pdf.common import FONT, register_fonts

    deck = load_deck(ROOT / "cards" / "eksempel").deck
    walk = Walk.from_path(deck, ["start", "barn", "barn-hva", "barn-tegn"])
    at = datetime(2026, 11, 24, 18, 0)
    with tempfile.TemporaryDirectory() as tmp:
        big = load_deck(make_deck(Path(tmp) / "big", 200)).deck
        register_fonts()

        def bare() -> None:
            c = Canvas(str(Path(tmp) / "bare.pdf"))
            c.setFont(FONT, 11)
            for i in range(50):
                c.drawString(60, 800 - i * 15, f"Linje {i}: Ring barneverntjenesten på 69 12 34 56")
            c.save()

        write_steps(Path(tmp) / "warm.pdf", walk=walk, lang="nb", at=at)
        rows = [
            ("bare reportlab page of text", median(bare, 9)),
            (
                "steps of a walk, A4 (budget 300 ms)",
                median(lambda: write_steps(Path(tmp) / "s.pdf", walk=walk, lang="nb", at=at), 9),
            ),
            (
                f"booklet, {len(big.cards)}-card deck, A6 4-up (budget 5000 ms)",
                median(
                    lambda: write_booklet(
                        Path(tmp) / "b.pdf", deck=big, lang="nb", size="a6", at=at
                    ),
                    3,
                ),
            ),
        ]
    for label, secs in rows:
        print(f"{label:<52} {secs * 1000:8.0f} ms")
    code = "import sys, tiltakskort.ui.app, tiltakskort.ui.mainwindow; print('reportlab' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    print(f"{'reportlab imported at app start-up':<52} {out.stdout.strip():>8}")


if __name__ == "__main__":
    main()
