"""Shared helpers for the hostile-deck tests (issue 13).

Every reproduction of a defect that is not fixed yet is marked :func:`known`: a strict
xfail that only counts a failed *assertion*. A test that breaks for another reason
(an import that moved, a renamed attribute) is reported as an error, so a reproduction
never "passes" as an expected failure by accident. A crash is a defect here, so the
helpers turn tracebacks of the code under test into failed assertions.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT


def known(reason: str) -> pytest.MarkDecorator:
    """A reproduction of a defect of issue 13 that is not fixed yet."""
    return pytest.mark.xfail(strict=True, raises=AssertionError, reason=reason)


def load(folder: Path | str, **kwargs: Any) -> Any:
    """``load_deck`` with a traceback turned into a failed assertion."""
    from tiltakskort.deck.loader import load_deck

    try:
        return load_deck(folder, **kwargs)
    except Exception as e:  # noqa: BLE001 - any traceback is the defect
        raise AssertionError(f"load_deck raised {e!r}") from e


def problems_text(result: Any, lang: str = "nb") -> str:
    return "\n".join(p.format(lang) for p in result.problems)


def cli(
    *args: str, timeout: float = 60, env: dict[str, str] | None = None, input_: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m tiltakskort ARGS`` from the worktree; a hang is a failed assertion."""
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TILTAKSKORT_LANG="nb")
    full_env.update(env or {})
    try:
        return subprocess.run(
            [sys.executable, "-m", "tiltakskort", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=full_env,
            cwd=ROOT,
            input=input_ if input_ is not None else "",
        )
    except subprocess.TimeoutExpired as e:
        raise AssertionError(f"tiltakskort {' '.join(args)} still ran after {timeout} s") from e


def main(*args: str) -> tuple[int, str, str]:
    """The command in-process: (exit code, stdout, stderr); a traceback is a failed assertion."""
    from tiltakskort.cli import main as cli_main

    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli_main(list(args))
    except SystemExit as e:
        code = int(e.code or 0)
    except Exception as e:  # noqa: BLE001 - any traceback is the defect
        raise AssertionError(f"tiltakskort {' '.join(args)} raised {e!r}") from e
    return code, out.getvalue(), err.getvalue()


_TIMED = """\
import json, sys, time
from tiltakskort.cli import main
start = time.perf_counter()
code = main(sys.argv[1:])
print(json.dumps({"code": code, "seconds": time.perf_counter() - start}))
"""


def timed(*args: str, seconds: float, guard: float) -> None:
    """Run the command in a process of its own and fail unless it succeeds within
    ``seconds`` (measured inside, start-up left out); it is stopped after ``guard``
    seconds, so a slow defect does not slow the whole suite down."""
    import json

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TILTAKSKORT_LANG="nb")
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _TIMED, *args],
            capture_output=True,
            text=True,
            timeout=guard + 5,
            env=env,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired as e:
        raise AssertionError(
            f"still running after {guard + 5:.0f} s (the limit is {seconds} s)"
        ) from e
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["code"] == 0, proc.stderr[-2000:]
    assert result["seconds"] < seconds, f"took {result['seconds']:.1f} s (the limit is {seconds} s)"


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return text.replace("\u200b", "")  # the invisible break opportunities in long words


def symlink_or_skip(target: Path, link: Path, *, directory: bool = False) -> None:
    try:
        os.symlink(target, link, target_is_directory=directory)
    except (OSError, NotImplementedError):
        pytest.skip("symbolic links cannot be made here")
    if not os.path.lexists(link):
        # Wine 8.0's CreateSymbolicLinkW is a stub that reports success and makes nothing
        pytest.skip("os.symlink returned but made no link (Wine has no symbolic links)")


def every(fn: Callable[..., Any], *args: Any) -> Any:
    """Call ``fn`` with a traceback turned into a failed assertion."""
    try:
        return fn(*args)
    except Exception as e:  # noqa: BLE001
        raise AssertionError(f"{getattr(fn, '__name__', fn)} raised {e!r}") from e
