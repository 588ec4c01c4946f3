"""Installs anywhere: the wheel (``pip wheel .``) and an editable install, each in a
fresh venv, open the example deck and validate every shipped deck.

The wheel is built (with pip's build isolation, as a user gets it) from a copy of the
source tree: a build writes ``build/`` and ``*.egg-info`` beside the sources, and the
copy carries what a careless municipality might leave: a secret key in a deck folder,
its public key in ``resources/keys`` (the example deck signed with it), a new folder in
``resources`` and a gettext catalogue with its ``.po`` source. The venvs reuse the
dependencies already installed for this interpreter (their site folders on the path,
without running their ``.pth`` files, so an editable install of another checkout stays
out), and the checks make sure that what runs is the installed copy.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import DECKS, ROOT
from tiltakskort import __version__
from tiltakskort.signing.deck import looks_like_secret_key, sign_deck
from tiltakskort.signing.minisign import generate

pytestmark = pytest.mark.slow

DATA = "tiltakskort/_data/"
#: A message only the planted catalogue translates.
MSGID = "Installed from the wheel."
SWEDISH = "Installerad från hjulet."
# Windows' embeddable Python (winpy) has no venv: these run where a venv can be made
venv = pytest.importorskip("venv", reason="this Python cannot make a venv")

IGNORE = shutil.ignore_patterns(
    ".git",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".venv",
    ".pytest_cache",
    ".hypothesis",
    ".mypy_cache",
    ".ruff_cache",
    "_data",
)


def _write_mo(po: Path, mo: Path) -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import write_po

    catalog = Catalog(locale="sv", domain=mo.stem)
    catalog.add(MSGID, SWEDISH)
    with open(po, "wb") as f:
        write_po(f, catalog)
    with open(mo, "wb") as f:
        write_mo(f, catalog)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the source tree with the traps described above."""
    src = tmp_path_factory.mktemp("source") / "tiltakskort"
    shutil.copytree(ROOT, src, ignore=IGNORE)
    key = generate()
    keys = src / "resources" / "keys"
    keys.mkdir(exist_ok=True)
    (keys / "testvik.pub").write_text(key.public_key().text(), encoding="utf-8")
    (keys / "testvik").write_text(key.text(), encoding="utf-8")  # secret, without a telling name
    sign_deck(
        src / "cards" / "eksempel",
        key,
        deck_id="eksempel",
        version="2026.2",
        municipality="Testvik kommune",
        signed=date(2026, 11, 1),
    )
    (src / "cards" / "eksempel" / "glemt-nøkkel").write_text(key.text(), encoding="utf-8")
    (src / "cards" / "eksempel" / "kommune.key").write_text("whatever", encoding="utf-8")
    (src / "resources" / "added-later").mkdir()
    (src / "resources" / "added-later" / "style.qss").write_text("QWidget {}\n", encoding="utf-8")
    messages = src / "resources" / "locale" / "sv" / "LC_MESSAGES"
    messages.mkdir(parents=True, exist_ok=True)
    _write_mo(messages / "wheeltest.po", messages / "wheeltest.mo")
    return src


@pytest.fixture(scope="module")
def wheel(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(source)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    (built,) = out.glob("tiltakskort-*.whl")
    return built


def _site_dirs() -> list[str]:
    """This interpreter's site folders (where the dependencies are), not the checkout."""
    return [
        p
        for p in sys.path
        if Path(p).name in ("site-packages", "dist-packages") and Path(p).is_dir()
    ]


class Env:
    """A fresh venv that sees this interpreter's installed packages after its own."""

    def __init__(self, folder: Path) -> None:
        venv.EnvBuilder(with_pip=False, symlinks=os.name != "nt").create(folder)
        self.python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
        self.prefix = folder.resolve()
        purelib = Path(
            self.run_python("import sysconfig; print(sysconfig.get_path('purelib'))").strip()
        )
        (purelib / "_outer_site.pth").write_text("\n".join(_site_dirs()) + "\n", encoding="utf-8")
        self.scripts = Path(
            self.run_python("import sysconfig; print(sysconfig.get_path('scripts'))").strip()
        )

    def _env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("PYTHON", "PIP_", "VIRTUAL_ENV"))
        }
        return dict(env, QT_QPA_PLATFORM="offscreen", TILTAKSKORT_LANG="en")

    def pip_install(self, *args: str) -> None:
        # --ignore-installed: never touch (uninstall) a tiltakskort installed outside the venv
        proc = subprocess.run(
            [
                str(self.python),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--no-deps",
                "--ignore-installed",
                *args,
            ],
            capture_output=True,
            text=True,
            check=False,
            env=self._env(),
            timeout=300,
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr

    def run_python(self, code: str) -> str:
        proc = subprocess.run(
            [str(self.python), "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env=self._env(),
            cwd=self.prefix,
            timeout=60,
        )
        return proc.stdout

    def tiltakskort(self, *args: str) -> subprocess.CompletedProcess[str]:
        """The ``tiltakskort`` command the install put in the venv, run outside any checkout."""
        exe = self.scripts / ("tiltakskort.exe" if os.name == "nt" else "tiltakskort")
        return subprocess.run(
            [str(exe), *args],
            capture_output=True,
            text=True,
            check=False,
            env=self._env(),
            cwd=self.prefix,
            timeout=120,
        )

    def where(self) -> dict[str, Path]:
        out = self.run_python(
            "import tiltakskort, tiltakskort.paths as p, tiltakskort.i18n as i\n"
            "print(tiltakskort.__file__); print(p.base_dir()); print(p.cards_dir());"
            "print(p.resources_dir()); print(p.default_deck()); print(i.locale_dir())"
        )
        names = ("module", "base", "cards", "resources", "default_deck", "locale")
        return {n: Path(line).resolve() for n, line in zip(names, out.splitlines(), strict=True)}


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Env:
    env = Env(tmp_path_factory.mktemp("wheel-venv") / "venv")
    env.pip_install("--no-index", str(wheel))
    return env


def _names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as z:
        return z.namelist()


# ---------------------------------------------------------------- what the wheel holds


def test_the_wheel_carries_every_deck_and_the_resources(wheel) -> None:
    names = set(_names(wheel))
    for deck in DECKS:
        for f in deck.rglob("*"):
            if f.is_file():
                assert f"{DATA}{f.relative_to(ROOT).as_posix()}" in names
    assert {
        f"{DATA}cards/eksempel/MANIFEST.sha256",
        f"{DATA}cards/eksempel/MANIFEST.sha256.minisig",
        f"{DATA}resources/fonts/DejaVuSans.ttf",
        f"{DATA}resources/schema/deck.schema.json",
        f"{DATA}resources/translations/tiltakskort_sv.qm",
        f"{DATA}resources/keys/testvik.pub",
        f"{DATA}resources/added-later/style.qss",
        f"{DATA}resources/locale/sv/LC_MESSAGES/wheeltest.mo",
    } <= names
    for mo in (ROOT / "resources").rglob("*.mo"):  # every catalogue, whoever added it
        assert f"{DATA}{mo.relative_to(ROOT).as_posix()}" in names


def test_the_wheel_carries_no_tests_sources_of_translations_or_secret_keys(wheel) -> None:
    names = _names(wheel)
    assert {n.split("/")[0] for n in names} == {
        "tiltakskort",
        f"tiltakskort-{__version__}.dist-info",
    }
    assert not [
        n for n in names if "/tests/" in f"/{n}" or n.rsplit("/", 1)[-1].startswith("conftest")
    ]
    assert not [n for n in names if n.endswith((".po", ".pot", ".ts", ".pyc"))]
    assert not [
        n for n in names if n.rsplit("/", 1)[-1] in ("glemt-nøkkel", "kommune.key", "testvik")
    ]
    with zipfile.ZipFile(wheel) as z:
        secret = [
            n for n in names if n.startswith(DATA) and looks_like_secret_key(z.read(n)[:4096])
        ]
    assert secret == []


# ---------------------------------------------------------------- the installed wheel


def test_the_installed_app_uses_its_own_files(installed) -> None:
    where = installed.where()
    for name, path in where.items():
        assert installed.prefix in path.parents, f"{name} is {path}, outside the venv"
        assert ROOT not in path.parents, f"{name} is {path}, in the checkout"
    assert where["default_deck"] == where["cards"] / "eksempel"
    assert (where["default_deck"] / "deck.yaml").is_file()


def test_the_installed_app_opens_the_example_deck(installed) -> None:
    proc = installed.tiltakskort("run", "--smoke")
    assert proc.returncode == 0 and "smoke ok" in proc.stdout, proc.stdout + proc.stderr


def test_the_installed_app_validates_every_shipped_deck(installed) -> None:
    cards = installed.where()["cards"]
    assert sorted(p.parent.name for p in cards.glob("*/deck.yaml")) == [d.name for d in DECKS]
    proc = installed.tiltakskort("validate", *(str(cards / d.name) for d in DECKS))
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_installed_key_verifies_the_installed_deck(installed) -> None:
    proc = installed.tiltakskort("verify", str(installed.where()["default_deck"]))
    assert proc.returncode == 0 and "approved by Testvik kommune" in proc.stdout, (
        proc.stdout + proc.stderr
    )


def test_the_installed_catalogues_are_read(installed) -> None:
    code = f"from tiltakskort.i18n import t; print(t('sv', {MSGID!r}))"
    assert installed.run_python(code).strip() == SWEDISH


# ---------------------------------------------------------------- an editable install


def test_an_editable_install_reads_the_checkout(tmp_path) -> None:
    source = tmp_path / "checkout"
    shutil.copytree(ROOT, source, ignore=IGNORE)
    env = Env(tmp_path / "venv")
    env.pip_install("--editable", str(source))
    where = env.where()
    assert where["module"] == (source / "tiltakskort" / "__init__.py").resolve()
    assert (
        where["base"] == source.resolve()
        and where["default_deck"] == (source / "cards" / "eksempel").resolve()
    )
    proc = env.tiltakskort("run", "--smoke")
    assert proc.returncode == 0 and "smoke ok" in proc.stdout, proc.stdout + proc.stderr
    proc = env.tiltakskort("validate", *(str(source / "cards" / d.name) for d in DECKS))
    assert proc.returncode == 0, proc.stdout + proc.stderr
