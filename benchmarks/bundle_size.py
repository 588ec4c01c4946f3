"""Size on disk of the one-folder app built from ``build.spec`` (budget: 150 MB on Linux).

Builds the app with PyInstaller in a temporary folder (or measures a folder already
built), then prints its size on disk as ``du -s`` counts it (MiB, the figure ``du -sh``
shows), the sum of the file sizes, and the biggest parts.

Run: ``python3 benchmarks/bundle_size.py [APP_FOLDER] [--max-mb 150]``; with ``--max-mb``
the exit code is 1 when the bundle is larger. Needs PyInstaller for a build
(``python3 -m pip install pyinstaller``).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_MB = 150


def disk_usage(folder: Path) -> tuple[int, int]:
    """(bytes on disk as ``du`` counts them, sum of file sizes); hard links counted once."""
    on_disk = apparent = 0
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in [*filenames, *dirnames]:
            st = os.lstat(os.path.join(dirpath, name))
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            on_disk += getattr(st, "st_blocks", 0) * 512 or st.st_size
            apparent += st.st_size if not os.path.isdir(os.path.join(dirpath, name)) else 0
    st = os.lstat(folder)
    on_disk += getattr(st, "st_blocks", 0) * 512
    return on_disk, apparent


def biggest_parts(folder: Path, n: int = 12) -> list[tuple[int, str]]:
    """The largest files, by size."""
    sizes: Counter[str] = Counter()
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            sizes[path.relative_to(folder).as_posix()] = path.stat().st_size
    return [(size, name) for name, size in sizes.most_common(n)]


def build(out: Path) -> Path:
    """Build the app from build.spec into ``out``; return the app folder."""
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
           "--distpath", str(out / "dist"), "--workpath", str(out / "build"), str(ROOT / "build.spec")]
    subprocess.run(cmd, check=True, cwd=ROOT)
    name = os.environ.get("TILTAKSKORT_NAME", "Tiltakskort")
    return out / "dist" / name


def report(app: Path) -> float:
    on_disk, apparent = disk_usage(app)
    mib = on_disk / 2**20
    print(f"bundle: {app}")
    print(f"size on disk: {mib:.1f} MB (du -s, MiB; budget {BUDGET_MB} MB)")
    print(f"sum of file sizes: {apparent / 1e6:.1f} MB (10^6 bytes), {sum(1 for _ in app.rglob('*'))} entries")
    print("largest files:")
    for size, name in biggest_parts(app):
        print(f"  {size / 2**20:6.1f} MB  {name}")
    return mib


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("app", nargs="?", help="an app folder already built (default: build one)")
    parser.add_argument("--max-mb", type=float, help="exit 1 if the bundle is larger")
    args = parser.parse_args(argv)
    if args.app:
        mib = report(Path(args.app))
    else:
        try:
            import PyInstaller  # noqa: F401
        except ImportError:
            print("PyInstaller is missing: python3 -m pip install pyinstaller", file=sys.stderr)
            return 2
        with tempfile.TemporaryDirectory(prefix="tiltakskort-bundle-") as tmp:
            mib = report(build(Path(tmp)))
    if args.max_mb is not None and mib > args.max_mb:
        print(f"the bundle is larger than {args.max_mb:g} MB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
