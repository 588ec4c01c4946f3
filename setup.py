"""Puts ``cards/`` and ``resources/`` in the wheel; everything else is in pyproject.toml.

The decks and resources stay at the top of the repository. A wheel (``pip install .``,
``pip wheel .``, pipx) carries them as package data in ``tiltakskort/_data/``, where
``tiltakskort.paths`` finds them. Which files go in is decided by
``tiltakskort.packaging.spec.wheel_files`` (tested; never a secret key, no translation
sources). An editable install copies nothing: it reads them from the checkout.
"""

import os
import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from tiltakskort.packaging.spec import is_secret, wheel_files  # noqa: E402
from tiltakskort.paths import DATA_FOLDER  # noqa: E402


class BuildWithData(build_py):
    """``build_py`` that also copies the decks and resources into ``tiltakskort/_data``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):  # an editable install reads the checkout
            return
        data = Path(self.build_lib) / "tiltakskort" / DATA_FOLDER
        shutil.rmtree(data, ignore_errors=True)  # nothing left over from an earlier build
        for src, rel in wheel_files(ROOT):
            target = data / rel
            self.mkpath(str(target.parent))
            self.copy_file(src, str(target), preserve_mode=False)


class SdistWithoutSecrets(sdist):
    """An sdist (MANIFEST.in grafts cards/ and resources/) never carries a secret key
    found among them (source code may well name one: it is not looked at)."""

    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        def secret(name: str) -> bool:
            top = Path(os.path.normpath(name)).parts[:1]
            return top in (("cards",), ("resources",)) and is_secret(ROOT / name)

        super().make_release_tree(base_dir, [f for f in files if not secret(f)])


setup(cmdclass={"build_py": BuildWithData, "sdist": SdistWithoutSecrets})
