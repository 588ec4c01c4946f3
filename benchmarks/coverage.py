"""What the coverage check (TK107) costs beside today's validation.

Prints, for each shipped deck, the median time of ``load_deck`` (which runs the check
too) and of the coverage check alone over the next 12 months (warm: the deck loaded, the library imported); then the
same for synthetic decks of 100, 1,000 and 10,000 cards (linear growth); then, in a
fresh process each time, loading the example deck alone beside loading it and checking
its coverage (what ``tiltakskort validate cards/eksempel`` pays for the check, cold).
Reading the hours themselves (importing opening-hours-py, compiling each text) is part
of loading; compare the whole ``validate`` process with the last release for that.

Budget (issue 12): the whole example deck checks in under 50 ms more than today, and
the check grows linearly with cards. Run: ``python benchmarks/coverage.py``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.synthetic import make_deck  # noqa: E402
from benchmarks.timing import median_time  # noqa: E402
from tiltakskort.deck.coverage import deck_gaps  # noqa: E402
from tiltakskort.deck.loader import load_deck  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 12, 1)

# load_deck runs every rule; "load" leaves the coverage rule (TK107, TK108) out
_COLD = """
import time, sys
t0 = time.perf_counter()
import tiltakskort.deck.validate as v
if sys.argv[1] == "load":
    v._coverage = lambda deck, today: iter(())
from tiltakskort.deck.loader import load_deck
load_deck("cards/eksempel")
print(time.perf_counter() - t0)
"""


def _fresh_days() -> Iterator[date]:
    """A new day for every run, so no cached answer is reused."""
    n = 0
    while True:
        n += 1
        yield TODAY + timedelta(days=n)


def main() -> None:
    days = _fresh_days()
    print(f"{'deck':<34} {'cards':>6} {'load_deck':>10} {'coverage':>9}")
    for folder in sorted(p.parent for p in (ROOT / "cards").glob("*/deck.yaml")):
        deck = load_deck(folder).deck
        assert deck is not None
        deck_gaps(deck, TODAY)
        load = median_time(lambda: load_deck(folder), 7)  # noqa: B023
        cov = median_time(lambda: deck_gaps(deck, next(days)), 7)  # noqa: B023
        print(
            f"{folder.name:<34} {len(deck.cards):>6} {load * 1000:>7.1f} ms {cov * 1000:>6.1f} ms"
        )

    print()
    print(f"{'synthetic deck':<34} {'cards':>6} {'load_deck':>10} {'coverage':>9} {'per 1000':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for n in (100, 1_000, 10_000):
            folder = make_deck(Path(tmp) / f"d{n}", n)
            deck = load_deck(folder).deck
            assert deck is not None
            deck_gaps(deck, TODAY)
            runs = 5 if n <= 1000 else 3
            load = median_time(lambda: load_deck(folder), runs)  # noqa: B023
            cov = median_time(lambda: deck_gaps(deck, next(days)), runs)  # noqa: B023
            print(
                f"{'':<34} {n:>6} {load * 1000:>7.1f} ms {cov * 1000:>6.1f} ms "
                f"{cov * 1000 / (n / 1000):>6.1f} ms"
            )

    def cold(kind: str) -> float:
        times = []
        for _ in range(9):
            out = subprocess.run(
                [sys.executable, "-c", _COLD, kind],
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            times.append(float(out))
        times.sort()
        return times[len(times) // 2]

    alone, checked = cold("load"), cold("check")
    print()
    print("fresh process, cards/eksempel (median of 9)")
    print(f"  load_deck without the check     {alone * 1000:>6.1f} ms")
    print(f"  load_deck with the check        {checked * 1000:>6.1f} ms")
    print(f"  the check costs                 {(checked - alone) * 1000:>6.1f} ms  (budget 50 ms)")


if __name__ == "__main__":
    main()
