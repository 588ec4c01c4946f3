"""Fuzz one target for a bounded time (the driver, ``python3 -m tests.fuzz``, runs each
target in a process of its own with this module).

With atheris (Linux) the search is coverage-guided: libFuzzer mutates the corpus and
keeps what reaches new lines of ``tiltakskort``. Without it (Windows, macOS, or an
install without the wheel) a plain mutation loop over the same corpus and dictionary
runs instead. Either way the first input that makes a target misbehave is written to
``tests/fuzz/crashes/<target>/crash-<sha1>`` and the process exits 1.

    python3 -m tests.fuzz.run loader --seconds 30
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import signal
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
CRASHES = HERE / "crashes"
DICTIONARY = HERE / "deck.dict"
PER_INPUT_SECONDS = 10


def known_crashes() -> dict[str, str]:
    """``target/file`` -> why, for the crash inputs not fixed yet (``crashes/KNOWN``);
    ``seeds/file`` names a seed of ``tests/fuzz/seeds`` that fails every target."""
    out: dict[str, str] = {}
    known = CRASHES / "KNOWN"
    if known.is_file():
        for line in known.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, why = line.partition(" ")
                out[name] = why.strip()
    return out


def corpus_for(target: str, limit: int) -> dict[str, bytes]:
    """The seeds, plus every crash kept for this target that is fixed (a fixed crash is
    an interesting input; a known one would only be found again)."""
    from tests.fuzz.targets import seeds

    known = known_crashes()
    out = {
        name: data
        for name, data in seeds().items()
        if len(data) <= limit and f"seeds/{name.removeprefix('seed-')}" not in known
    }
    folder = CRASHES / target
    if folder.is_dir():
        for f in sorted(folder.iterdir()):
            if f.is_file() and f"{target}/{f.name}" not in known and len(f.read_bytes()) <= limit:
                out[f"crash-{f.name}"] = f.read_bytes()
    return out


def _import_instrumented() -> None:
    """Import every module of the package under atheris' coverage instrumentation."""
    import importlib
    import pkgutil

    import atheris

    with atheris.instrument_imports(include=["tiltakskort"]):
        import tiltakskort

        for info in pkgutil.walk_packages(tiltakskort.__path__, "tiltakskort."):
            if info.name.startswith(("tiltakskort.ui", "tiltakskort.__main__")):
                continue  # the window is not fuzzed here
            try:
                importlib.import_module(info.name)
            except Exception:  # noqa: BLE001 - an optional module that cannot load here
                continue


def run_atheris(target: str, seconds: int, crashes: Path, keep_going: bool = False) -> int:
    import atheris

    from tests.fuzz.targets import TARGETS

    fn, _, limit = TARGETS[target]
    _import_instrumented()
    corpus = Path(tempfile.mkdtemp(prefix=f"tiltakskort-corpus-{target}-"))
    for name, data in corpus_for(target, limit).items():
        (corpus / name).write_bytes(data)
    crashes.mkdir(parents=True, exist_ok=True)
    largest = max((len(p.read_bytes()) for p in corpus.iterdir()), default=4096)
    args = [
        sys.argv[0],
        str(corpus),
        f"-max_total_time={seconds}",
        f"-timeout={PER_INPUT_SECONDS}",
        f"-artifact_prefix={crashes}{os.sep}",
        f"-max_len={max(4096, min(largest + 1024, limit))}",
        "-rss_limit_mb=4096",
        "-print_final_stats=1",
        "-reload=0",
    ]
    if DICTIONARY.is_file():
        args.append(f"-dict={DICTIONARY}")
    atheris.Setup(args, explorer(fn, crashes) if keep_going else fn)
    atheris.Fuzz()  # exits the process: 0 when the time is up, non-zero on a crash
    return 0  # pragma: no cover


def signature(e: BaseException) -> str:
    """What a defect is, for telling one from another: the exception's type and the
    innermost place in the package it came from."""
    import traceback as tb

    frames = [
        f
        for f in tb.extract_tb(e.__traceback__)
        if "tiltakskort" in f.filename and "tests" not in Path(f.filename).parts
    ]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].name}" if frames else "?"
    text = str(e).split(":")[0][:60] if isinstance(e, AssertionError) else ""
    return f"{type(e).__name__} {where} {text}".strip()


def explorer(fn: Callable[[bytes], object], crashes: Path) -> Callable[[bytes], None]:
    """``fn`` that keeps going: the first input of each new kind of defect is written
    to ``crashes`` and its traceback printed; the same kind again is passed over."""
    seen: set[str] = set()

    def one(data: bytes) -> None:
        try:
            fn(data)
        except Exception as e:  # noqa: BLE001 - every escape is a finding
            sig = signature(e)
            if sig in seen:
                return
            seen.add(sig)
            path = _save(crashes, data)
            print(f"== new defect: {sig}\n   input: {path}", file=sys.stderr, flush=True)
            traceback.print_exc()

    return one


def _tokens() -> list[bytes]:
    out: list[bytes] = []
    if DICTIONARY.is_file():
        for line in DICTIONARY.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line.startswith('"') and line.endswith('"'):
                out.append(line[1:-1].encode("utf-8").decode("unicode_escape").encode("latin-1"))
    return out or [b": ", b"- ", b"{", b"}", b",", b'"']


def mutate(data: bytes, rng: random.Random, tokens: list[bytes], others: list[bytes]) -> bytes:
    """One to four random edits: flip, delete, duplicate, insert a token, splice, shift
    a line's indentation."""
    b = bytearray(data or b"\n")
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(7)
        i = rng.randrange(len(b) + 1)
        if op == 0 and b:
            b[min(i, len(b) - 1)] = rng.randrange(256)
        elif op == 1 and b:
            del b[i : i + rng.randint(1, 16)]
        elif op == 2 and b:
            j = rng.randrange(len(b))
            b[i:i] = b[j : j + rng.randint(1, 64)]
        elif op == 3:
            b[i:i] = rng.choice(tokens)
        elif op == 4 and others:
            other = rng.choice(others)
            j = rng.randrange(len(other) + 1)
            b = b[:i] + bytearray(other[j : j + rng.randint(1, 400)]) + b[i:]
        elif op == 5:
            start = b.rfind(b"\n", 0, i) + 1
            if rng.random() < 0.5 and b[start : start + 2] == b"  ":
                del b[start : start + 2]
            else:
                b[start:start] = b"  "
        elif op == 6:
            b[i:i] = bytes([rng.choice(b"\t\x00\x07\r:#&*!|>%@`'\"[]{},?-")]) * rng.randint(1, 3)
    return bytes(b)


def _save(crashes: Path, data: bytes) -> Path:
    crashes.mkdir(parents=True, exist_ok=True)
    path = crashes / f"crash-{hashlib.sha1(data).hexdigest()}"  # noqa: S324 - a name, as libFuzzer's
    path.write_bytes(data)
    return path


def run_random(
    target: str, seconds: int, crashes: Path, seed: int | None = None, keep_going: bool = False
) -> int:
    """The fallback: mutate the corpus at random for ``seconds``."""
    from tests.fuzz.targets import TARGETS

    fn, _, limit = TARGETS[target]
    if keep_going:
        fn = explorer(fn, crashes)
    corpus = list(corpus_for(target, limit).values())
    tokens = _tokens()
    rng = random.Random(seed)
    alarm = hasattr(signal, "setitimer")

    def ring(signum: int, frame: object) -> None:
        raise TimeoutError(f"one input ran longer than {PER_INPUT_SECONDS} s")

    if alarm:
        signal.signal(signal.SIGALRM, ring)
    end = time.monotonic() + seconds
    runs = 0
    queue = list(corpus)  # every seed once first, then mutations
    while time.monotonic() < end:
        data = queue.pop(0) if queue else mutate(rng.choice(corpus), rng, tokens, corpus)
        if len(data) > limit:
            continue
        runs += 1
        try:
            if alarm:
                signal.setitimer(signal.ITIMER_REAL, PER_INPUT_SECONDS)
            fn(data)
        except BaseException as e:  # noqa: BLE001 - every escape is a finding
            if isinstance(e, KeyboardInterrupt):
                raise
            if alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
            path = _save(crashes, data)
            traceback.print_exc()
            print(f"== {target}: crash after {runs} runs; input written to {path}", file=sys.stderr)
            return 1
        finally:
            if alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
    print(
        f"== {target}: {runs} runs in {seconds} s, nothing found (random mutation)", file=sys.stderr
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    from tests.fuzz.targets import TARGETS

    parser = argparse.ArgumentParser(prog="python3 -m tests.fuzz.run")
    parser.add_argument("target", choices=sorted(TARGETS))
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument(
        "--crashes",
        type=Path,
        default=None,
        help="where a crash input is written (default: tests/fuzz/crashes/TARGET)",
    )
    parser.add_argument("--engine", choices=("auto", "atheris", "random"), default="auto")
    parser.add_argument("--seed", type=int, default=None, help="random engine: the seed")
    parser.add_argument(
        "--keep-going",
        action="store_true",
        help="atheris: go on after a crash and keep every crash input",
    )
    args = parser.parse_args(argv)
    crashes = args.crashes or CRASHES / args.target
    if os.environ.get("TILTAKSKORT_FUZZ_TMP"):  # the driver's folder, removed by it
        tempfile.tempdir = os.environ["TILTAKSKORT_FUZZ_TMP"]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("TILTAKSKORT_LANG", "nb")
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401

            engine = "atheris"
        except ImportError:
            engine = "random"
    try:
        if engine == "atheris":
            return run_atheris(args.target, args.seconds, crashes, args.keep_going)
        return run_random(args.target, args.seconds, crashes, args.seed, args.keep_going)
    finally:  # (atheris ends the process itself: the driver removes its folder)
        from tests.fuzz import targets

        if targets._workspace is not None:
            targets._workspace.close()


if __name__ == "__main__":
    sys.exit(main())
