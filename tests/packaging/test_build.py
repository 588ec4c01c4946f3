"""The real build: PyInstaller makes the one-folder app and the app runs.

Slow (about half a minute): runs only with TILTAKSKORT_BUILD_TESTS=1 and PyInstaller
installed. The build carries a public key and a signed copy of the example deck, with
the secret key carelessly left in the deck folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import CARDS, ROOT
from tiltakskort import __version__
from tiltakskort.signing.deck import looks_like_secret_key, sign_deck
from tiltakskort.signing.minisign import generate

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("TILTAKSKORT_BUILD_TESTS") != "1",
        reason="slow: set TILTAKSKORT_BUILD_TESTS=1 to build the app",
    ),
]

NAME = "Tiltakskort Testvik"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("PyInstaller")
    work = tmp_path_factory.mktemp("build")
    deck = work / "deck"
    shutil.copytree(CARDS / "eksempel", deck)
    key = generate()
    sign_deck(
        deck,
        key,
        deck_id="eksempel",
        version="2026.2",
        municipality="Testvik kommune",
        signed=date(2026, 11, 1),
    )
    (deck / "glemt-nøkkel").write_text(key.text(), encoding="utf-8")
    (work / "testvik.pub").write_text(key.public_key().text(), encoding="utf-8")
    env = dict(
        os.environ,
        TILTAKSKORT_DECK=str(deck),
        TILTAKSKORT_NAME=NAME,
        TILTAKSKORT_PUBKEY=str(work / "testvik.pub"),
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build.spec"),
        ],
        check=True,
        env=env,
        cwd=work,
        capture_output=True,
    )
    return work / "dist" / NAME


def _run(bundle: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    # on Windows the console program (the windowed one has no console to print to)
    exe = bundle / (f"{NAME}.com" if sys.platform == "win32" else NAME)
    return subprocess.run(
        [str(exe), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", TILTAKSKORT_LANG="en", **env),
    )


def test_one_folder_named_after_the_municipality(bundle) -> None:
    assert bundle.is_dir() and (bundle / "_internal").is_dir()
    assert _run(bundle, "--version").stdout.strip() == f"tiltakskort {__version__}"


def test_smoke_run_opens_the_built_in_signed_deck(bundle, tmp_path) -> None:
    proc = _run(bundle, "run", "--smoke", TMPDIR=str(tmp_path))
    assert proc.returncode == 0 and "smoke ok" in proc.stdout, proc.stderr
    assert list(tmp_path.iterdir()) == []  # nothing left in the temp folder


def test_the_app_writes_only_its_settings(bundle, _private_home) -> None:
    # the settings file is named (on Windows QSettings' own place is the registry)
    settings = _private_home / "Tiltakskort.ini"
    assert _run(bundle, "run", "--smoke", TILTAKSKORT_SETTINGS=str(settings)).returncode == 0
    written = sorted(
        p.relative_to(_private_home).as_posix() for p in _private_home.rglob("*") if p.is_file()
    )
    assert written == ["Tiltakskort.ini"], written  # the rollback floor of the signed deck
    assert "highest_version" in settings.read_text(encoding="utf-8")


def test_printing_works_in_the_bundle(bundle, tmp_path) -> None:
    """A build with a key prints the deck it trusts (the built-in one) and refuses an
    unsigned draft, as the app would."""
    out = tmp_path / "steps.pdf"
    built_in = next(bundle.rglob("cards/eksempel"))
    proc = _run(bundle, "print", str(built_in), "--path", "start,barn,barn-akutt", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes().startswith(b"%PDF")
    draft = _run(
        bundle,
        "print",
        str(CARDS / "eksempel"),
        "--path",
        "start,barn,barn-akutt",
        "-o",
        str(tmp_path / "draft.pdf"),
    )
    assert draft.returncode == 1 and "not signed" in draft.stderr


def test_no_secret_key_in_the_bundle(bundle) -> None:
    found = [
        p
        for p in bundle.rglob("*")
        if p.is_file() and not p.is_symlink() and looks_like_secret_key(p.read_bytes()[:4096])
    ]
    assert found == []
    assert len(list(bundle.rglob("resources/keys/*.pub"))) == 1


def test_built_in_deck_verifies_with_the_built_in_key(bundle) -> None:
    built_in = next(bundle.rglob("cards/eksempel"))
    proc = _run(bundle, "verify", str(built_in))
    assert proc.returncode == 0 and "approved by Testvik kommune, signed 2026-11-01" in proc.stdout


def test_an_altered_deck_beside_the_program_is_caught(bundle, tmp_path) -> None:
    beside = tmp_path / "deck"
    shutil.copytree(next(bundle.rglob("cards/eksempel")), beside)
    (beside / "deck.yaml").write_bytes(
        (beside / "deck.yaml").read_bytes().replace(b"69 12 34 56", b"69 99 99 99")
    )
    proc = _run(bundle, "verify", str(beside))
    assert proc.returncode == 1 and "changed: deck.yaml" in proc.stderr


def test_bundle_size_within_budget(bundle) -> None:
    from benchmarks.bundle_size import budget, disk_usage

    on_disk, _ = disk_usage(bundle)
    assert on_disk / 2**20 <= budget(bundle)  # 150 MB on Linux, 80 MB on Windows
