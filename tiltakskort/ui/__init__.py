"""The desktop app (PySide6 widgets).

Importing this package imports PySide6 and makes one of its import hooks lighter:
PySide6 asks of every module imported after it whether the module's source mentions
"PySide6" (for ``from __feature__ import …``, PYSIDE-2029), and finds out with
``inspect.getsource``, which tokenizes each file and keeps all of them in ``linecache``.
At start-up that is some 130 modules: about 20 ms and 4 MB that stay for the life of
the app. The same question is answered here by looking at the file's bytes, and
nothing is kept. The app itself uses no ``__feature__``.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401 - sets up the hook patched below


def _mentions_pyside(module: ModuleType, _original=None) -> bool:  # type: ignore[no-untyped-def]
    """True when the module's source file mentions PySide6 (PySide's own test, cheaper)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        # compiled, built-in, zipped or frozen modules (Windows' embeddable Python keeps the
        # standard library as .pyc in python311.zip, a bundle keeps ours in its archive):
        # asking PySide would leave a linecache entry for each, and none of them uses
        # __feature__
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def _lighter_feature_hook() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original) or getattr(original, "_tiltakskort", False):
        return  # another PySide6 version: leave it as it is

    def check(module: ModuleType) -> bool:
        return _mentions_pyside(module, original)

    check._tiltakskort = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = check  # type: ignore[attr-defined]


_lighter_feature_hook()
