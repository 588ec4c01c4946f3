"""Every input the fuzzer ever found a defect with is replayed here (issue 13, item 9).

``tests/fuzz/crashes/<target>/<file>`` holds the inputs; those still listed in
``crashes/KNOWN`` are strict expected failures until they are fixed.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.fuzz.run import CRASHES, PER_INPUT_SECONDS, known_crashes, mutate
from tests.fuzz.targets import TARGETS, seeds


def _cases() -> list[object]:
    known = known_crashes()
    cases: list[object] = []
    for target in sorted(TARGETS):
        folder = CRASHES / target
        for f in sorted(folder.iterdir()) if folder.is_dir() else []:
            if not f.is_file() or f.name.startswith("."):
                continue
            name = f"{target}/{f.name}"
            marks = ()
            if name in known:
                # a defect shows as a Defect (an AssertionError) or as any traceback
                marks = pytest.mark.xfail(strict=True, reason=known[name])
            cases.append(pytest.param(target, f, id=name, marks=marks))
    return cases


def _run(target: str, data: bytes) -> None:
    fn = TARGETS[target][0]
    if not hasattr(signal, "setitimer"):
        fn(data)
        return

    def ring(signum: int, frame: object) -> None:
        raise TimeoutError(f"the input ran longer than {PER_INPUT_SECONDS} s")

    old = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, PER_INPUT_SECONDS)
    try:
        fn(data)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


@pytest.mark.parametrize(("target", "path"), _cases())
def test_crash_input_is_handled(target: str, path: Path) -> None:
    _run(target, path.read_bytes())


def test_every_known_crash_is_kept() -> None:
    for name in known_crashes():
        where = CRASHES.parent / name if name.startswith("seeds/") else CRASHES / name
        assert where.is_file(), f"crashes/KNOWN lists {name}, which is not there"


def _seed_cases() -> list[object]:
    known = known_crashes()
    cases: list[object] = []
    for target in sorted(TARGETS):
        for name, data in seeds().items():
            if len(data) > TARGETS[target][2]:
                continue
            why = known.get(f"seeds/{name.removeprefix('seed-')}")
            marks = pytest.mark.xfail(strict=True, reason=why) if why else ()
            cases.append(pytest.param(target, name, id=f"{target}/{name}", marks=marks))
    return cases


@pytest.mark.parametrize(("target", "seed"), _seed_cases())
def test_seed_passes(target: str, seed: str) -> None:
    """The corpus the fuzzer starts from is handled by every target (a seed that fails
    is a defect the fuzzer would report at once)."""
    _run(target, seeds()[seed])


def test_mutations_are_bytes_and_vary() -> None:
    import random

    rng = random.Random(1)
    out = {mutate(b"title: x\n", rng, [b": "], [b"- a\n"]) for _ in range(50)}
    assert len(out) > 10 and all(isinstance(x, bytes) for x in out)
