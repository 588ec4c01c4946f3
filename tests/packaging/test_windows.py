"""The command line on Windows: a console program beside the windowed one, and output
that is UTF-8 when it goes to a file or a pipe (Windows would write cp1252)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import CARDS, ROOT
from tiltakskort.packaging import spec


def _redirected(*args: str) -> subprocess.CompletedProcess[bytes]:
    """Run the CLI with stdout and stderr going to pipes, in a locale that is not UTF-8
    (on Linux the C locale is ASCII, as a redirected stream on Windows is cp1252)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHONIOENCODING", "PYTHONUTF8", "LC_"))
    }
    env.update(LC_ALL="C", LANG="C", PYTHONUTF8="0")
    return subprocess.run(
        [sys.executable, "-X", "utf8=0", "-m", "tiltakskort", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
    )


def test_show_to_a_file_is_utf8() -> None:
    proc = _redirected("show", str(CARDS / "eksempel"), "--path", "start,barn,barn-akutt")
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    text = proc.stdout.decode("utf-8")
    assert "→" in text and "Barnet er i akutt fare" in text


def test_schema_and_json_reports_to_a_pipe_are_valid_utf8_json() -> None:
    schema = _redirected("schema")
    assert schema.returncode == 0
    assert json.loads(schema.stdout.decode("utf-8"))["$schema"]
    report = _redirected("validate", str(CARDS / "eksempel"), "--format", "json")
    assert report.returncode == 0
    json.loads(report.stdout.decode("utf-8"))


def test_messages_to_stderr_are_utf8_too() -> None:
    proc = _redirected("show", str(CARDS / "eksempel"))  # --path is missing: a usage error
    assert proc.returncode == 2
    proc.stderr.decode("utf-8")


def test_the_console_program_is_named_so_cmd_finds_it_before_the_windowed_one() -> None:
    # `tiltakskort validate …` in cmd or PowerShell: PATHEXT puts .COM before .EXE, and the
    # name must not differ from Tiltakskort.exe only in case (NTFS would see one file);
    # the bootloader reads <its name>.pkg, which both programs share
    assert spec.console_name("Tiltakskort") == "Tiltakskort.com"
    assert spec.console_name("Tiltakskort Fjordvik") == "Tiltakskort Fjordvik.com"
    assert spec.CONSOLE_BUILD_NAME.lower() != "tiltakskort"
    text = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "console=True" in text and "append_pkg=False" in text


def test_only_the_time_zones_the_app_uses_are_built_in() -> None:
    from tiltakskort.deck.publicholidays import TIMEZONES

    assert set(TIMEZONES.values()) <= set(spec.TIME_ZONES)
    assert spec.keep_file("tzdata/zoneinfo/Europe/Oslo") and spec.keep_file(
        "tzdata/zoneinfo/tzdata.zi"
    )
    assert not spec.keep_file("tzdata/zoneinfo/America/New_York") and not spec.keep_file(
        "tzdata/zoneinfo/GMT"
    )
