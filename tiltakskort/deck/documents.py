"""Files that go with a deck (``files``): where they may be, and what they must be.

A deck may carry the forms and templates of its steps ("Undringsnotat (DOCX)",
"Samtykkeskjema (PDF)") so that staff on a locked-down PC need not reach a web page.
Such a file must be inside the deck folder (the path rules of the logo, TK024), be a
PDF, DOCX, ODT or XLSX document by its **content**, not only by its name, carry no
macros or scripts that we can see, and stay under :data:`MAX_BYTES` (TK031). The app
never opens the original: it opens a copy (``tiltakskort.ui``).
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath, PureWindowsPath

from tiltakskort.i18n import Msg

#: The suffixes a deck's file may have, and the kind each one is.
KINDS = {".pdf": "pdf", ".docx": "docx", ".odt": "odt", ".xlsx": "xlsx"}
#: The largest file a deck may carry (a form is a few hundred kB).
MAX_BYTES = 10 * 1024 * 1024
#: The most a DOCX/ODT/XLSX may unpack to, by its own directory (no zip bombs).
MAX_UNPACKED = 100 * 1024 * 1024
#: Names in a PDF that run something or carry other files.
_PDF_ACTIVE = (b"/JavaScript", b"/JS", b"/Launch", b"/EmbeddedFile", b"/RichMedia", b"/XFA")
_ODT_MIME = b"application/vnd.oasis.opendocument.text"


def outside(raw: str, folder: Path | None) -> bool:
    """Whether ``raw`` (as written in the deck) names no file inside ``folder``."""
    if (
        folder is None
        or not raw
        or "\\" in raw
        or ":" in raw
        or PureWindowsPath(raw).drive != ""
        or PureWindowsPath(raw).is_absolute()
        or PurePosixPath(raw).is_absolute()
        or ".." in PurePosixPath(raw).parts
    ):
        return True
    try:
        return not (folder / raw).resolve().is_relative_to(folder.resolve())
    except (OSError, ValueError):
        return True


def check_content(path: Path, kind: str, data: bytes | None = None) -> Msg | None:
    """Why the file at ``path`` (or ``data``, its bytes) is not a safe ``kind``
    document, or ``None`` when it is one."""
    try:
        size = len(data) if data is not None else path.stat().st_size
        if size > MAX_BYTES:
            return Msg(
                "it is {size} MB; a file in a deck may be at most {max} MB",
                size=round(size / 1024 / 1024, 1),
                max=MAX_BYTES // 1024 // 1024,
            )
        if data is None:
            data = path.read_bytes()
    except OSError as e:
        return Msg("it cannot be read ({reason})", reason=e.strerror or str(e))
    if kind == "pdf":
        if not data.startswith(b"%PDF-"):
            return Msg("its content is not a PDF document")
        if any(name in data for name in _PDF_ACTIVE):
            return Msg("the PDF contains scripts, actions or attached files")
        return None
    import io

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            names = {i.filename for i in infos}
            if sum(i.file_size for i in infos) > MAX_UNPACKED:
                return Msg("it unpacks to more than {max} MB", max=MAX_UNPACKED // 1024 // 1024)
            if kind == "odt":
                if (
                    not infos
                    or infos[0].filename != "mimetype"
                    or z.read("mimetype").strip() != _ODT_MIME
                ):
                    return Msg("its content is not an ODT text document")
                if any(n.startswith(("Basic/", "Scripts/")) for n in names):
                    return Msg("the document contains macros")
                return None
            main = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}[kind]
            if "[Content_Types].xml" not in names or main not in names:
                return Msg("its content is not a {kind} document", kind=kind.upper())
            if any(
                n.lower().endswith(("vbaproject.bin", ".bin")) and "vba" in n.lower() for n in names
            ):
                return Msg("the document contains macros")
    except (zipfile.BadZipFile, KeyError, ValueError, OSError):
        return Msg("its content is not a {kind} document", kind=kind.upper())
    return None
