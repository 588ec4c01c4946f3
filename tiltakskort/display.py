"""Whether the app can open a window here: asked before Qt is started, because Qt
itself aborts (a core dump, words about plugins) where it cannot. The answer is one
sentence in the user's language (domain ``cli``)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from tiltakskort.i18n import Msg

#: The libraries Qt's X11 plugin needs that a desktop may lack (Qt 6.5+), as (name, soname).
_XCB_LIBRARIES = (
    ("libxcb-cursor", "libxcb-cursor.so.0"),
    ("libxcb-icccm", "libxcb-icccm.so.4"),
    ("libxcb-keysyms", "libxcb-keysyms.so.1"),
    ("libxkbcommon-x11", "libxkbcommon-x11.so.0"),
)


def _loads(soname: str) -> bool:
    """The library can be loaded (Qt loads it next anyway: a dlopen, no subprocess)."""
    import ctypes

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def no_screen(environ: Mapping[str, str] | None = None) -> Msg | None:
    """Why the app cannot open a window here (a message), or None.

    On Linux (not the offscreen or other headless platforms): no display at all, or an X
    display without the XCB libraries Qt needs (which Qt reports by aborting)."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform not in ("", "xcb", "wayland"):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return Msg(
            "Tiltakskort needs a screen, and there is none here (neither DISPLAY nor "
            "WAYLAND_DISPLAY is set): start it on a desktop, or use “tiltakskort show” "
            "to read a card in the terminal."
        )
    if (platform == "xcb" or not env.get("WAYLAND_DISPLAY")) and not getattr(sys, "frozen", False):
        missing = [name for name, soname in _XCB_LIBRARIES if not _loads(soname)]
        if missing:
            return Msg(
                "Tiltakskort cannot open a window: the system lacks the libraries "
                "{names} that Qt needs on X11 (on Debian and Ubuntu: "
                "apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0).",
                names=", ".join(missing),
            )
    return None
