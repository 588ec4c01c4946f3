"""Size on disk of the one-folder app built from ``build.spec`` (budgets: 150 MB on
Linux, 80 MB on Windows).

Builds the app with PyInstaller in a temporary folder (or measures folders already
built), then prints its size on disk as ``du -s`` counts it (MiB, the figure ``du -sh``
shows), the sum of the file sizes, and the biggest parts. ``--windows`` also builds the
Windows app, with Windows Python under Wine (``../shared/windows/winpy``), and prints it
beside the Linux one. A folder holding ``*.exe`` is held to the Windows budget.

Run: ``python3 benchmarks/bundle_size.py [APP_FOLDER ...] [--windows] [--max-mb MB]``;
the exit code is 1 when a bundle is over its budget (or over ``--max-mb``). Needs
PyInstaller for a build (``python3 -m pip install pyinstaller``).
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
WINDOWS_BUDGET_MB = 80
WINPY = Path(os.environ.get("WINPY") or ROOT.parent / "shared" / "windows" / "winpy")


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
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "ERROR",
        "--distpath",
        str(out / "dist"),
        "--workpath",
        str(out / "build"),
        str(ROOT / "build.spec"),
    ]
    subprocess.run(cmd, check=True, cwd=ROOT)
    name = os.environ.get("TILTAKSKORT_NAME", "Tiltakskort")
    return out / "dist" / name


def build_windows(out: Path) -> Path:
    """Build the Windows app from build.spec with winpy into ``out``; return the app folder."""
    cmd = [
        "bash",
        str(WINPY),
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "ERROR",
        "--distpath",
        str(out / "dist-windows"),
        "--workpath",
        str(out / "build-windows"),
        str(ROOT / "build.spec"),
    ]
    subprocess.run(cmd, check=True, cwd=ROOT)
    return out / "dist-windows" / os.environ.get("TILTAKSKORT_NAME", "Tiltakskort")


def is_windows(app: Path) -> bool:
    return any(app.glob("*.exe"))


def budget(app: Path) -> int:
    return WINDOWS_BUDGET_MB if is_windows(app) else BUDGET_MB


def report(app: Path) -> float:
    on_disk, apparent = disk_usage(app)
    mib = on_disk / 2**20
    print(f"bundle ({'Windows' if is_windows(app) else 'Linux'}): {app}")
    print(f"size on disk: {mib:.1f} MB (du -s, MiB; budget {budget(app)} MB)")
    print(
        f"sum of file sizes: {apparent / 1e6:.1f} MB (10^6 bytes), {sum(1 for _ in app.rglob('*'))} entries"
    )
    print("largest files:")
    for size, name in biggest_parts(app):
        print(f"  {size / 2**20:6.1f} MB  {name}")
    return mib


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "apps", nargs="*", metavar="app", help="app folders already built (default: build one)"
    )
    parser.add_argument("--windows", action="store_true", help="also build the Windows app (winpy)")
    parser.add_argument("--max-mb", type=float, help="exit 1 if a bundle is larger")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tiltakskort-bundle-") as tmp:
        apps = [Path(a) for a in args.apps]
        if not apps or args.windows:
            if not apps:
                try:
                    import PyInstaller  # noqa: F401
                except ImportError:
                    print(
                        "PyInstaller is missing: python3 -m pip install pyinstaller",
                        file=sys.stderr,
                    )
                    return 2
                apps.append(build(Path(tmp)))
            if args.windows:
                apps.append(build_windows(Path(tmp)))
        over = False
        for i, app in enumerate(apps):
            if i:
                print()
            mib = report(app)
            limit = args.max_mb if args.max_mb is not None else budget(app)
            if mib > limit:
                print(f"the bundle is larger than {limit:g} MB", file=sys.stderr)
                over = True
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
