"""The fuzzer (issue 13, item 9): every target for a bounded time, each in its own
process; exit 1 when any of them found an input that makes the program misbehave.

    python3 -m tests.fuzz                      # 60 s in all, shared by the targets
    python3 -m tests.fuzz --seconds 600 --targets loader,show

A crash input is written to ``tests/fuzz/crashes/<target>/``; ``python3 -m pytest
tests/fuzz`` replays every input kept there (list one in ``crashes/KNOWN`` while it
is not fixed).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.fuzz.targets import ROOT, TARGETS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python3 -m tests.fuzz",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--seconds", type=int, default=60, help="time for all targets together")
    parser.add_argument(
        "--targets", default=",".join(TARGETS), help=f"comma-separated, from {', '.join(TARGETS)}"
    )
    parser.add_argument("--engine", choices=("auto", "atheris", "random"), default="auto")
    parser.add_argument(
        "--keep-going",
        action="store_true",
        help="explore: go on after a defect, keep one input of each kind",
    )
    parser.add_argument(
        "--crashes",
        type=Path,
        default=None,
        help="write crash inputs here instead of tests/fuzz/crashes/TARGET",
    )
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.targets.split(",") if n.strip()]
    unknown = [n for n in names if n not in TARGETS]
    if unknown:
        parser.error(f"unknown target(s): {', '.join(unknown)}")
    share = sum(TARGETS[n][1] for n in names)
    failed: list[str] = []
    for name in names:
        seconds = max(5, round(args.seconds * TARGETS[name][1] / share))
        tmp = tempfile.mkdtemp(prefix=f"tiltakskort-fuzz-{name}-")
        env = dict(
            os.environ,
            TILTAKSKORT_FUZZ_TMP=tmp,
            QT_QPA_PLATFORM="offscreen",
            TILTAKSKORT_LANG=os.environ.get("TILTAKSKORT_LANG", "nb"),
        )
        cmd = [
            sys.executable,
            "-m",
            "tests.fuzz.run",
            name,
            "--seconds",
            str(seconds),
            "--engine",
            args.engine,
        ]
        if args.crashes is not None:
            cmd += ["--crashes", str(args.crashes / name)]
        if args.keep_going:
            cmd.append("--keep-going")
        print(f"== fuzzing {name} for {seconds} s", flush=True)
        kept = args.crashes / name if args.crashes else ROOT / "tests" / "fuzz" / "crashes" / name
        before = set(kept.iterdir()) if kept.is_dir() else set()
        start = time.monotonic()
        try:
            # a hung target is ended well after its time (libFuzzer's own -timeout
            # catches a slow input first)
            code = subprocess.run(cmd, cwd=ROOT, env=env, timeout=seconds + 120).returncode
        except subprocess.TimeoutExpired:
            code = -1
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        took = time.monotonic() - start
        new = sorted((set(kept.iterdir()) if kept.is_dir() else set()) - before)
        if code != 0 or new:
            failed.append(name)
            print(
                f"== {name}: FOUND {len(new) or 'A'} DEFECT(S) (exit {code}, {took:.0f} s): "
                + (", ".join(str(p) for p in new) or str(kept)),
                flush=True,
            )
        else:
            print(f"== {name}: nothing found in {took:.0f} s", flush=True)
    if failed:
        print(
            f"fuzz: defects found by {', '.join(failed)}; replay them with "
            "python3 -m pytest tests/fuzz",
            flush=True,
        )
        return 1
    print("fuzz: nothing found", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
