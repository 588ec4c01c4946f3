"""Shared parts of the printouts: fonts, styles, safe markup, logo, QR code, atomic writes.

Every deck string passes through ``esc`` (or the Markdown renderer, which escapes each
run) before it reaches reportlab's paragraph markup, so ``<b>``, ``&`` or
``<a href="javascript:…">`` in a deck print as the characters they are.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tiltakskort import paths
from tiltakskort.deck.markdown import Block, ListBlock, Paragraph, escape_inline, inline_markup

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from tiltakskort.present import ContactLine

FONT = "TK"
FONT_BOLD = "TK-Bold"
FONT_ITALIC = "TK-Italic"
LINK_COLOUR = "#0b4f9c"


#: The most characters of one text a printout shows; the rest is cut, with a visible
#: mark. A deck may hold far longer texts (5 MB files), and no page can.
MAX_PRINTED = 1500
CUT_MARK = " […]"
#: Words longer than this get invisible break opportunities (U+200B) every as many
#: characters: reportlab would otherwise try every split of a long word (a minute for
#: 200,000 characters) and could not fit it in a table cell at all.
LONG_WORD = 80
_LONG_WORD_RE = re.compile(rf"[^\s\u200b]{{{LONG_WORD + 1},}}")


def fit_text(text: str) -> str:
    """``text`` as a printout can hold it: cut after :data:`MAX_PRINTED` characters
    with :data:`CUT_MARK`, long words breakable."""
    if len(text) > MAX_PRINTED:
        text = text[:MAX_PRINTED].rstrip() + CUT_MARK
    return _LONG_WORD_RE.sub(
        lambda m: "\u200b".join(
            m.group()[i : i + LONG_WORD] for i in range(0, len(m.group()), LONG_WORD)
        ),
        text,
    )


def esc(text: str) -> str:
    """Deck text escaped for reportlab paragraph markup, fitted to paper (:func:`fit_text`)."""
    return escape_inline(fit_text(text))


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the bundled DejaVu Sans (Norwegian, Swedish and Sami letters); return its name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = paths.resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_ITALIC, str(folder / "DejaVuSans-Oblique.ttf")))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD)
    from reportlab import rl_config

    # Every page starts in this font, so no standard (unembedded) font is ever referenced.
    rl_config.canvas_basefontname = FONT
    # Drawings (QR code, logo, note lines) and table cells start in reportlab's own
    # defaults (Times-Roman, Helvetica), which are not embedded: use ours.
    from reportlab.graphics import shapes
    from reportlab.platypus import tables

    shapes.STATE_DEFAULTS["fontName"] = FONT
    tables.CellStyle.fontname = FONT
    return FONT


def styles(scale: float = 1.0) -> dict[str, Any]:
    """Paragraph styles in the bundled font (bullets included)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()

    def s(name: str, size: float, **kw: Any) -> ParagraphStyle:
        size *= scale
        return ParagraphStyle(
            name,
            fontName=kw.pop("fontName", FONT),
            fontSize=size,
            leading=kw.pop("leading", size * 1.3),
            bulletFontName=FONT,
            textColor=kw.pop("textColor", colors.HexColor("#1a1a1a")),
            **kw,
        )

    return {
        "body": s("body", 10.5, spaceAfter=4),
        "small": s("small", 8.5, textColor=colors.HexColor("#444444")),
        "title": s("title", 18, fontName=FONT_BOLD, spaceAfter=6, spaceBefore=4),
        "h2": s("h2", 12.5, fontName=FONT_BOLD, spaceBefore=10, spaceAfter=4),
        "deck": s("deck", 12, fontName=FONT_BOLD),
        "muni": s("muni", 10, textColor=colors.HexColor("#444444")),
        "urgent": s(
            "urgent",
            11.5,
            fontName=FONT_BOLD,
            textColor=colors.white,
            backColor=colors.HexColor("#a4161a"),
            borderPadding=(5, 6, 5, 6),
            spaceBefore=4,
            spaceAfter=10,
        ),
        "bullet": s("bullet", 10.5, leftIndent=14, bulletIndent=2, spaceAfter=2),
        "cell": s("cell", 9.5),
        "cellbold": s("cellbold", 9.5, fontName=FONT_BOLD),
    }


def _inline(inlines: Iterable[Any]) -> str:
    """Markdown runs as reportlab markup, fitted to paper as :func:`fit_text` does."""
    from dataclasses import replace

    from tiltakskort.deck.markdown import Span

    fitted: list[Any] = []
    left = MAX_PRINTED
    for x in inlines:
        if isinstance(x, Span):
            if left <= 0:
                fitted.append(Span(CUT_MARK.strip()))
                break
            text = x.text[:left]
            left -= len(x.text)
            x = replace(x, text=fit_text(text + (CUT_MARK if left < 0 else "")))
        fitted.append(x)
    return inline_markup(fitted, f'color="{LINK_COLOUR}"')


def markdown_flowables(blocks: Iterable[Block], st: dict[str, Any]) -> list[Any]:
    """The safe Markdown tree as reportlab flowables."""
    from reportlab.platypus import ListFlowable, ListItem
    from reportlab.platypus import Paragraph as P

    out: list[Any] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(P(_inline(block.inlines), st["body"]))
        elif isinstance(block, ListBlock):
            items = [
                ListItem(markdown_flowables(item, st) or [P("", st["body"])])
                for item in block.items
            ]
            # ListFlowable takes ListItems (reportlab's user guide, "ListFlowable, ListItem");
            # the stubs allow flowables only, and ListItem is no Flowable
            out.append(
                ListFlowable(
                    items,  # type: ignore[arg-type]
                    bulletType="1" if block.ordered else "bullet",
                    start=block.start if block.ordered else "•",
                    bulletFontName=FONT,
                    bulletFontSize=st["body"].fontSize,
                    leftIndent=14,
                )
            )
    return out


def chain_text(line: ContactLine, with_status: bool) -> str:
    """A contact's after-hours chain as one printed line (escaped markup):
    "Utenom åpningstid: Barnevernvakten 69 10 20 30 → Politiet 02800"."""
    bits = []
    for r in line.shown_after_hours:
        bit = esc(r.name) + (f' <font name="{FONT_BOLD}">{esc(r.phone)}</font>' if r.phone else "")
        if with_status and r.status:
            bit += f" ({esc(r.status)})"
        bits.append(bit)
    return f"{esc(line.after_hours_label)}: " + " → ".join(bits)


def bullets(texts: Iterable[str], st: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Paragraph as P

    return [P(esc(t), st["bullet"], bulletText="•") for t in texts]


def logo(deck: Any, height: float) -> Any | None:
    """The deck's logo (PNG, JPEG or SVG) as a flowable ``height`` points tall, or None."""
    path: Path | None = deck.branding.logo
    if path is None or not path.is_file():
        return None
    try:
        if path.suffix.lower() == ".svg":
            from svglib.svglib import svg2rlg

            drawing = svg2rlg(str(path))
            if drawing is None or not drawing.height:
                return None
            factor = height / drawing.height
            drawing.width, drawing.height = drawing.width * factor, height
            drawing.scale(factor, factor)
            return drawing
        from reportlab.platypus import Image

        image = Image(str(path))
        factor = height / image.imageHeight
        image.drawHeight, image.drawWidth = height, image.imageWidth * factor
        return image
    except Exception:  # noqa: BLE001 - a broken logo never stops a printout
        return None


def qr_code(url: str, size: float) -> Any:
    """A QR code drawing for ``url`` (its one widget's ``value`` is what it encodes)."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(url)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def atomic_write(target: Path, build: Callable[[str], None]) -> None:
    """Write through a temporary file in the target's folder, then rename over the target.

    A full disk or a crash never leaves a truncated PDF where a good one was. Raises
    OSError (with the temporary file removed) when the folder cannot be written.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        build(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def plain_canvas() -> type[Canvas]:
    """A canvas that starts every page in the bundled font."""
    from reportlab.pdfgen.canvas import Canvas

    class FontCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", FONT)
            super().__init__(*args, **kwargs)

    return FontCanvas


def numbered_canvas(footer: Callable[[Any, int, int], None]) -> type[Canvas]:
    """A canvas class that knows the page count, for "Page 2 of 3" footers."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", FONT)
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            # reportlab's own start of a new page (what Canvas.showPage ends with); private,
            # so the stubs leave it out
            self._startPage()  # type: ignore[attr-defined]

        def save(self) -> None:
            total = len(self._pages)
            for n, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                footer(self, n, total)
                super().showPage()
            super().save()

    return NumberedCanvas
