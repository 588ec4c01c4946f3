"""What ``build.spec`` puts in a build, as plain functions (no PyInstaller import).

``build.spec`` calls :func:`data_files` for the files it collects and :func:`keep_file`
to drop the Qt parts the app never uses; ``setup.py`` calls :func:`wheel_files` for the
decks and resources a wheel carries. The tests call the same functions, so what is
tested is what is built. A secret key never goes in: :func:`is_secret` looks at a
file's name *and* its content, and :func:`data_files` refuses a secret key given as the
public key.

This module imports only the standard library (and ``tiltakskort.signing.deck``, which
does too): ``setup.py`` imports it from the source tree while building a wheel.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tiltakskort.i18n import Msg

#: File names that are never packaged, whatever they hold.
SECRET_SUFFIXES = (".key", ".sec", ".secret", ".pem", ".p12", ".pfx")
SKIP_PARTS = ("__pycache__", ".git", ".svn", ".hg")
SKIP_NAMES = ("Thumbs.db", ".DS_Store", "desktop.ini")
#: The name PyInstaller builds the Windows console program under, before it is renamed.
CONSOLE_BUILD_NAME = "tiltakskort-console"


def console_name(name: str) -> str:
    """Windows: the console program beside ``<name>.exe``: ``<name>.com`` (cmd and
    PowerShell run a .com before an .exe of the same name; it is a Windows program like
    the other, and it reads the same ``<name>.pkg``)."""
    return f"{name}.com"


#: Where the first deck goes: ``paths.default_deck()`` opens ``cards/eksempel``.
DEFAULT_DECK = "cards/eksempel"


class SpecError(Exception):
    """The build cannot go on (a bad deck, a secret key as public key).

    ``msg`` is the sentence as an :class:`~tiltakskort.i18n.Msg` (translated where it
    is shown); ``str()`` is the English.
    """

    def __init__(self, msg: Msg) -> None:
        super().__init__(str(msg))
        self.msg = msg


class _FirstError:
    """A deck problem as a field of a message: formatted in the message's language."""

    def __init__(self, problem: Any) -> None:
        self.problem = problem

    def text(self, lang: str | None) -> str:
        return str(self.problem.format(lang))


def is_secret(path: Path) -> bool:
    """A file that must never be packaged: a minisign secret key, or named like a key."""
    path = Path(path)
    if path.suffix.lower() in SECRET_SUFFIXES:
        return True
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    return is_secret_bytes(head)


def is_secret_bytes(head: bytes) -> bool:
    """True for the start of a minisign secret key or a PEM private key (see
    :func:`tiltakskort.signing.deck.looks_like_secret_key`)."""
    from tiltakskort.signing.deck import looks_like_secret_key

    return looks_like_secret_key(head)


def is_public_key(path: Path) -> bool:
    """A minisign public key file (``untrusted comment`` + base64 of 42 bytes)."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or not lines[0].startswith("untrusted comment:"):
        return False
    try:
        raw = base64.b64decode(lines[1], validate=True)
    except ValueError:
        return False
    return len(raw) == 42 and raw[:2] == b"Ed"


def collect(folder: Path, target: str) -> list[tuple[str, str]]:
    """``(source file, target folder)`` for every file under ``folder`` that may be packaged."""
    folder = Path(folder)
    out = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if (
            not path.is_file()
            or is_secret(path)
            or path.name in SKIP_NAMES
            or any(part in SKIP_PARTS for part in rel.parts)
        ):
            continue
        out.append((str(path), (Path(target) / rel.parent).as_posix()))
    return out


@dataclass(frozen=True)
class Settings:
    """What a build is made of, from the environment (see ``build.spec``)."""

    name: str
    decks: tuple[Path, ...]
    icon: Path | None
    pubkey: Path | None

    @classmethod
    def from_env(cls, root: Path, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        decks = tuple(
            Path(p) for p in env.get("TILTAKSKORT_DECK", "").split(os.pathsep) if p.strip()
        )
        return cls(
            name=(env.get("TILTAKSKORT_NAME") or "Tiltakskort").strip() or "Tiltakskort",
            decks=decks or (Path(root) / "cards" / "eksempel",),
            icon=Path(env["TILTAKSKORT_ICON"]) if env.get("TILTAKSKORT_ICON") else None,
            pubkey=Path(env["TILTAKSKORT_PUBKEY"]) if env.get("TILTAKSKORT_PUBKEY") else None,
        )


def deck_targets(decks: tuple[Path, ...] | list[Path]) -> list[tuple[Path, str]]:
    """Each deck to build in (bases reached through ``extends`` included) with the folder
    it goes to: the first deck is the built-in default (``cards/eksempel``), the others
    ``cards/<name>``; a base goes where ``extends`` finds it from its deck."""
    from tiltakskort.deck.loader import load_deck

    out: list[tuple[Path, str]] = []
    taken: dict[str, Path] = {}

    def place(folder: Path, target: str) -> None:
        folder = folder.resolve()
        if target in taken and taken[target] != folder:
            raise SpecError(
                Msg(
                    "Two decks would be built into {target}: {first} and {second}.",
                    target=target,
                    first=taken[target],
                    second=folder,
                )
            )
        if target not in taken:
            taken[target] = folder
            out.append((folder, target))

    for i, deck in enumerate(decks):
        deck = Path(deck)
        if deck.name in ("deck.yaml", "deck.yml"):
            deck = deck.parent
        result = load_deck(deck)
        if result.deck is None or result.errors:
            raise SpecError(
                Msg(
                    "The deck {deck} has errors and is not built in: {first}",
                    deck=deck,
                    first=_FirstError(result.errors[0]) if result.errors else str(deck),
                )
            )
        target = DEFAULT_DECK if i == 0 else f"cards/{deck.resolve().name}"
        place(deck, target)
        for base in result.deck.extends:
            rel = os.path.relpath(base, deck.resolve())
            base_target = os.path.normpath(os.path.join(target, rel)).replace("\\", "/")
            if not base_target.startswith("cards/") or base_target.count("/") != 1:
                raise SpecError(
                    Msg(
                        "{deck} builds on {base} (extends), which must lie beside it "
                        "to be built in.",
                        deck=deck,
                        base=base,
                    )
                )
            place(Path(base), base_target)
    return out


def data_files(root: Path, settings: Settings) -> list[tuple[str, str]]:
    """Every data file of a build as ``(source, target folder)``: fonts, translations,
    the editor schema, the decks and the municipality's public key. Never a secret key."""
    root = Path(root)
    datas: list[tuple[str, str]] = []
    datas += collect(root / "resources" / "fonts", "resources/fonts")
    datas += [
        (str(p), "resources/translations")
        for p in sorted((root / "resources" / "translations").glob("*.qm"))
    ]
    datas += collect(root / "resources" / "schema", "resources/schema")
    datas += collect(root / "resources" / "icons", "resources/icons")
    # gettext catalogues (tiltakskort.i18n reads the compiled .mo, never the .po)
    locale = root / "resources" / "locale"
    datas += [
        (str(p), (Path("resources/locale") / p.parent.relative_to(locale)).as_posix())
        for p in sorted(locale.rglob("*.mo"))
    ]
    for folder, target in deck_targets(settings.decks):
        datas += collect(folder, target)
    if settings.pubkey is not None:
        key = settings.pubkey
        if is_secret(key) or not is_public_key(key):
            raise SpecError(
                Msg(
                    "TILTAKSKORT_PUBKEY={key} is not a minisign public key (.pub); "
                    "a secret key never goes into a build.",
                    key=key,
                )
            )
        datas.append((str(key), "resources/keys"))
    return [d for d in datas if not is_secret(Path(d[0]))]


#: Sources of the translations: the app reads the compiled ``.qm`` and ``.mo`` only.
TRANSLATION_SOURCES = (".ts", ".po", ".pot")


def wheel_files(root: Path) -> list[tuple[str, str]]:
    """Every data file a wheel carries, as ``(source file, path under the data folder)``.

    ``setup.py`` copies them into ``tiltakskort/_data/``, where :mod:`tiltakskort.paths`
    finds them: all of ``cards/`` (every shipped deck, whole) and ``resources/`` (any
    folder, so one added later comes along), but no translation sources, nothing of
    version control, and never a secret key (by name or content); in ``resources/keys``
    only minisign public keys.
    """
    root = Path(root)
    out: list[tuple[str, str]] = []
    for top in ("cards", "resources"):
        for src, _ in collect(root / top, top):
            rel = Path(src).relative_to(root)
            if rel.suffix.lower() in TRANSLATION_SOURCES:
                continue
            if rel.parts[:2] == ("resources", "keys") and not is_public_key(Path(src)):
                continue
            out.append((src, rel.as_posix()))
    return out


#: Qt libraries, plugins and translations the app never uses (matched in the path).
DROP = (
    # CUPS comes with every Linux desktop that prints: Qt's print plugin loads the system's
    # libcups; bundling it brought GnuTLS, Kerberos, libgcrypt … along (about 10 MB)
    "libcups.so",
    "qml",
    "Qt6Quick",
    "Qt6Qml",
    "Qt6Pdf",
    "Qt6Network",
    "Qt6OpenGL",
    "Qt6VirtualKeyboard",
    "Qt6Designer",
    "Qt6Sql",
    "Qt6Test",
    "Qt6Help",
    "Qt6Concurrent",
    "Qt6Xml",
    "Qt6LabsStyleKit",
    "Qt6Multimedia",
    "Qt6WebEngine",
    "Qt63D",
    "Qt6Charts",
    "Qt6DataVisualization",
    "Qt6Graphs",
    "Qt6Positioning",
    "Qt6Sensors",
    "Qt6SerialPort",
    "Qt6Bluetooth",
    "Qt6Nfc",
    "Qt6RemoteObjects",
    "Qt6Scxml",
    "Qt6StateMachine",
    "Qt6WebSockets",
    "Qt6WebChannel",
    "Qt6HttpServer",
    "Qt6SpatialAudio",
    "Qt6TextToSpeech",
    "Qt6ShaderTools",
    "Qt6Wayland",
    "translations/qtwebengine",
    "translations/assistant",
    "translations/designer",
    "translations/linguist",
    "translations/qt_help",
    "plugins/sqldrivers",
    "plugins/multimedia",
    "plugins/qmltooling",
    "plugins/networkinformation",
    "plugins/tls",
    "plugins/virtualkeyboard",
    "plugins/designer",
    "plugins/position",
    # platforminputcontexts stay (Linux): without compose/IBus, dead keys (´ + e = é) and
    # input methods do not work in the search field; the on-screen keyboard goes
    "libqtvirtualkeyboardplugin",
    "plugins/generic",
    "plugins/canbus",
    "plugins/sensors",
    "plugins/webview",
    "plugins/texttospeech",
    "plugins/renderers",
    "plugins/scenegraph",
    "wayland",
    "eglfs",
    "EglFs",
    "EglFS",
    "WlShell",
    "libqvnc",
    "libqlinuxfb",
    "libqminimalegl",
    "libqvkkhrdisplay",
    "libqgtk3",
    "egldeviceintegrations",
    "xcbglintegrations",
    "libqtiff",
    "libqwebp",
    "libqicns",
    "libqtga",
    "libqwbmp",
    "libqgif",
    "libqico",
    "libqminimal.",
    "qtiff",
    "qwebp",
    "qicns",
    "qtga",
    "qwbmp",
    "qgif",
    "qminimal.",
    "qdirect2d",
    "libcairo",
    "libpango",
    "libgdk",
    "libgtk",
    "libatk",
    "libavif",
    "libwebp",
    "libsharpyuv",
    "opengl32sw.dll",
    "d3dcompiler_",
)

#: Qt's own translations kept (bokmål comes from resources/translations).
QT_TRANSLATIONS = ("qtbase_nn", "qtbase_sv", "qtbase_nb", "qtbase_no")


#: The time zones the app uses (``deck.publicholidays.TIMEZONES``): tzdata's other ~600
#: zone files stay out (Windows has no system zone files, so tzdata is built in there).
TIME_ZONES = ("Europe/Oslo", "Europe/Stockholm", "UTC")


def keep_file(path: str) -> bool:
    """False for a Qt part the app never uses, another language's Qt translation, or a
    time zone the app never uses."""
    p = path.replace("\\", "/")
    if any(d in p for d in DROP):
        return False
    if "tzdata/zoneinfo/" in p:
        zone = p.split("tzdata/zoneinfo/", 1)[1]
        # the zones used, and the index files at the top (tzdata.zi, zones, *.tab)
        return zone in TIME_ZONES or ("/" not in zone and not zone[:1].isupper())
    if "rapidfuzz/" in p and ("/metrics_cpp" in p or "/fuzz_cpp" in p):
        # rapidfuzz's C++ distance and ratio modules (5 MB): it falls back to its own
        # pure-Python ones, which the search (a few short words at a time) can afford
        return False
    if "rapidfuzz/" in p and "_avx2." in p:
        # rapidfuzz's AVX2 builds (5 MB) are an optional speed-up: without them it imports
        # its generic build, which runs on every x86-64 CPU (search needs only short words)
        return False
    if "/translations/" in "/" + p and "resources/translations" not in p:
        return p.rsplit("/", 1)[-1].startswith(QT_TRANSLATIONS)
    return True


#: Python modules left out of every build.
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "numpy",
    "pytest",
    "hypothesis",
    "IPython",
    "pydoc_data",
    "readline",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtXml",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtQmlFeatures",
    "PySide6.QtQuickTest",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.Qt3DCore",
    "PySide6.QtCharts",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtBluetooth",
    # no network, and hashlib has built-in SHA-256/BLAKE2: leave OpenSSL's libssl out
    # (reportlab imports urllib.request, so that stays)
    "ssl",
    "_ssl",
    "_hashlib",
    "xmlrpc",
    # image formats reportlab never meets in a deck logo (PNG/JPEG stay)
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingtk",
    "PIL._imagingcms",
    "PIL.ImageTk",
    "lxml.html",
    "lxml.objectify",
    "lxml.isoschematron",
    "lxml.sax",
    # reportlab's bitmap renderer (renderPM through cairo) is never used: PDFs only
    "rlPyCairo",
    "cairo",
    "gi",
    # build tools that come along through cffi and PyInstaller's setuptools hook
    "setuptools",
    "pkg_resources",
    "_distutils_hack",
]

#: Left out of every build (first the Windows one, to keep it within 80 MB; then the Linux
#: one, to keep it within 150 MB with opening-hours-py and pdfium): cryptography's Rust
#: library (9.5–11 MB; signatures are checked and made by tiltakskort.signing.ed25519
#: instead) and what only it needs.
WINDOWS_EXCLUDES = ["cryptography", "cffi", "_cffi_backend", "pycparser"]

#: Modules loaded by name at run time, which PyInstaller's analysis cannot see.
HIDDEN_IMPORTS = [
    # reportlab's font data and encodings (pdfbase.pdfmetrics imports them by name)
    "reportlab.rl_settings",
    "reportlab.pdfbase._fontdata_enc_winansi",
    "reportlab.pdfbase._fontdata_enc_macroman",
    "reportlab.pdfbase._fontdata_enc_standard",
    "reportlab.pdfbase._fontdata_enc_symbol",
    "reportlab.pdfbase._fontdata_enc_zapfdingbats",
    "reportlab.pdfbase._fontdata_enc_pdfdoc",
    "reportlab.pdfbase._fontdata_enc_macexpert",
    "reportlab.pdfbase._fontdata_widths_courier",
    "reportlab.pdfbase._fontdata_widths_courierbold",
    "reportlab.pdfbase._fontdata_widths_courieroblique",
    "reportlab.pdfbase._fontdata_widths_courierboldoblique",
    "reportlab.pdfbase._fontdata_widths_helvetica",
    "reportlab.pdfbase._fontdata_widths_helveticabold",
    "reportlab.pdfbase._fontdata_widths_helveticaoblique",
    "reportlab.pdfbase._fontdata_widths_helveticaboldoblique",
    "reportlab.pdfbase._fontdata_widths_timesroman",
    "reportlab.pdfbase._fontdata_widths_timesbold",
    "reportlab.pdfbase._fontdata_widths_timesitalic",
    "reportlab.pdfbase._fontdata_widths_timesbolditalic",
    "reportlab.pdfbase._fontdata_widths_symbol",
    "reportlab.pdfbase._fontdata_widths_zapfdingbats",
    # the QR code on printouts
    "reportlab.graphics.barcode.qr",
    "reportlab.graphics.barcode.qrencoder",
    "reportlab.graphics.barcode.common",
    "reportlab.graphics.barcode.widgets",
    # our commands are loaded by name (cli.COMMAND_MODULES)
    "tiltakskort.authoring.commands",
    "tiltakskort.signing.commands",
    "tiltakskort.packaging.commands",
    "tiltakskort.training.commands",
    "tiltakskort.pdf.commands",
    "tiltakskort.authoring.hourscmd",
    "tiltakskort.search.commands",
    "tiltakskort.search.index",
    "tiltakskort.search.text",
    # opening hours: imported when a deck's hours are first read
    "opening_hours",
    # signature checks (imported only when a deck is signed)
    "tiltakskort.signing.deck",
    "tiltakskort.signing.minisign",
    "tiltakskort.signing.ed25519",
    "holidays.countries.norway",
    "holidays.countries.sweden",
    "phonenumbers.data",
    "phonenumbers.shortdata",
]


def _is_prunable(dest: str, typecode: str) -> bool:
    """A shared library that is in the build only because something needs it (not a
    Python extension, not a Qt plugin Qt loads by itself, not Python itself)."""
    p = dest.replace("\\", "/")
    name = p.rsplit("/", 1)[-1]
    return (
        typecode == "BINARY"
        and name.startswith("lib")
        and ".so" in name
        and "/plugins/" not in "/" + p
        and not name.startswith(("libpython", "libz."))
    )


def prune_orphans(
    binaries: list[tuple[str, str, str]], needed: Callable[[str], Iterable[str]]
) -> list[tuple[str, str, str]]:
    """Drop the Linux shared libraries nothing left in the build links against.

    Leaving out a Qt plugin (the GTK theme, Wayland, the network library) leaves behind
    the system libraries PyInstaller had collected for it (GIO, Kerberos, pixman, ...).
    ``binaries`` are PyInstaller TOC entries ``(dest, source, typecode)``; ``needed(source)``
    names the libraries a file links against (``DT_NEEDED``; a transitive list is fine).
    Symbolic links to a dropped library go too.
    """
    kept: set[str] = set()
    todo = [b for b in binaries if b[2] != "SYMLINK" and not _is_prunable(b[0], b[2])]
    candidates = {
        b[0].replace("\\", "/").rsplit("/", 1)[-1]: b
        for b in binaries
        if b[2] != "SYMLINK" and _is_prunable(b[0], b[2])
    }
    seen: set[str] = set()
    while todo:
        entry = todo.pop()
        if entry[0] in seen:
            continue
        seen.add(entry[0])
        kept.add(entry[0])
        for name in needed(entry[1]):
            hit = candidates.get(name)
            if hit is not None and hit[0] not in seen:
                todo.append(hit)
    dropped = {c[0] for c in candidates.values()} - kept
    out = []
    for dest, src, typecode in binaries:
        if typecode == "SYMLINK":
            target = os.path.normpath(os.path.join(os.path.dirname(dest), src)).replace("\\", "/")
            if target not in dropped:
                out.append((dest, src, typecode))
        elif dest not in dropped:
            out.append((dest, src, typecode))
    return out
