"""Validation speed beside a bare YAML load of the same file.

Prints, for synthetic decks of 1,000 and 10,000 cards, the median time of
``load_deck`` (read, check, build the model, run every rule) beside a bare
``yaml.load(..., Loader=CSafeLoader)``, and the ratio; then the whole-process
time of ``tiltakskort validate cards/eksempel`` beside a bare ``python -c pass``.

Budgets (issue 2): at most 2x the bare load, linear growth, whole process 0.3 s.
Run: ``python benchmarks/validate.py``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.synthetic import make_deck  # noqa: E402
from benchmarks.timing import median_time  # noqa: E402
from tiltakskort.deck.loader import load_deck  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    print(
        f"{'cards':>7} {'bare CSafeLoader':>17} {'load_deck':>10} {'ratio':>6} {'ms/1000 cards':>14}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in (1_000, 10_000):
            folder = make_deck(Path(tmp) / f"d{n}", n)
            text = (folder / "deck.yaml").read_text(encoding="utf-8")
            runs = 7 if n <= 1000 else 3
            load_deck(folder)  # warm caches (imports, phone metadata)
            bare = median_time(lambda text=text: yaml.load(text, Loader=yaml.CSafeLoader), runs)
            ours = median_time(lambda folder=folder: load_deck(folder), runs)
            problems = load_deck(folder).problems
            assert not problems, problems[:3]
            print(
                f"{n:>7} {bare * 1000:>14.1f} ms {ours * 1000:>7.1f} ms {ours / bare:>6.2f}"
                f" {ours * 1000 / (n / 1000):>11.1f} ms"
            )

    def proc(args: list[str]) -> float:
        def run() -> None:
            subprocess.run(args, cwd=ROOT, check=False, capture_output=True)

        run()
        return median_time(run, 7)

    bare_py = proc([sys.executable, "-c", "pass"])
    bare_yaml = proc([sys.executable, "-c", "import yaml"])
    whole = proc([sys.executable, "-m", "tiltakskort", "validate", "cards/eksempel"])
    print()
    print(f"{'whole process':<44} {'median':>8}")
    print(f"{'python -c pass':<44} {bare_py * 1000:>5.0f} ms")
    label = 'python -c "import yaml"'
    print(f"{label:<44} {bare_yaml * 1000:>5.0f} ms")
    print(f"{'tiltakskort validate cards/eksempel':<44} {whole * 1000:>5.0f} ms  (budget 300 ms)")


if __name__ == "__main__":
    main()
