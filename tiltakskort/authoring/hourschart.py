"""Who answers when: a chart of a card's contacts over a week and the special days.

For a card (or each group of cards that share their contacts), one band per contact
that can answer (the card's own and, indented, the after-hours contacts that take
over while it is closed), open stretches filled, unknown hours grey, and one red band
for the times nobody answers. First the typical weeks of the next 12 months (more
than one when hours change with the seasons), then every day whose hours differ from
its week: public holidays, eves, bridge days, dates.

:func:`chart` computes it (pure, no drawing library); :func:`drawing` makes a
reportlab ``Drawing`` of it (used by ``tiltakskort hours -o`` and the review PDF);
:func:`chart_text` gives the same for a terminal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from tiltakskort.deck.coverage import answering_contacts, horizon, schedule_of
from tiltakskort.deck.model import Card, Deck
from tiltakskort.deck.schedule import State, timezone_for
from tiltakskort.i18n import N_, t, tn

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib.colors import Color

WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
#: At most this many special days are drawn; the rest are counted.
MAX_SPECIAL_DAYS = 60

Span = tuple[int, int]  # minutes after the day's (or week's) local midnight
DaySig = tuple[tuple[tuple[Span, ...], tuple[Span, ...]], ...]  # per band: (open, unknown)


@dataclass(frozen=True)
class Band:
    """One contact: its name, whose after-hours contact it is (``None``: the card's own)
    and how deep in the chain (0 for the card's own)."""

    contact_id: str
    name: str
    instead_of: str | None
    depth: int


@dataclass(frozen=True)
class Week:
    """A typical week: from its first to its last Monday, and per day per band the open
    and unknown stretches, and the stretches nobody answers."""

    first: date
    last: date
    days: tuple[DaySig, ...]
    gaps: tuple[tuple[Span, ...], ...]


@dataclass(frozen=True)
class Day:
    """A day whose hours differ from its week."""

    day: date
    bands: DaySig
    gaps: tuple[Span, ...]
    length: int = 1440  # minutes: 1380 and 1500 on the nights the clocks change


@dataclass(frozen=True)
class Section:
    title: str
    cards: tuple[str, ...]
    bands: tuple[Band, ...]
    weeks: tuple[Week, ...]
    special: tuple[Day, ...]
    more_days: int = 0


@dataclass(frozen=True)
class Chart:
    title: str
    start: date
    end: date
    sections: tuple[Section, ...] = field(default_factory=tuple)


def _clip(spans: Sequence[tuple[float, float]], lo: float, hi: float) -> tuple[Span, ...]:
    out: list[Span] = []
    for a, b in spans:
        if b <= lo or a >= hi:
            continue
        out.append((int((max(a, lo) - lo) // 60), int((min(b, hi) - lo) // 60)))
    return tuple(out)


def _union_gaps(parts: Sequence[tuple[Span, ...]], length: int) -> tuple[Span, ...]:
    covered = sorted(s for p in parts for s in p)
    gaps: list[Span] = []
    cursor = 0
    for a, b in covered:
        if a > cursor:
            gaps.append((cursor, a))
        cursor = max(cursor, b)
    if cursor < length:
        gaps.append((cursor, length))
    return tuple(gaps)


def _bands(deck: Deck, card: Card, lang: str) -> list[Band]:
    out: list[Band] = []
    order = answering_contacts(deck, card)
    depth: dict[str, int] = {}
    before: dict[str, str] = {}
    for c in order:
        if c.after_hours and c.after_hours not in before:
            before[c.after_hours] = c.id
    for c in order:
        prev = before.get(c.id) if c.id not in card.contacts else None
        depth[c.id] = depth[prev] + 1 if prev else 0
        out.append(Band(c.id, c.display_name(lang), prev, depth[c.id]))
    return out


def chart(
    deck: Deck, card_id: str | None = None, *, today: date | None = None, lang: str | None = None
) -> Chart:
    """The chart of one card, or of every card with contacts (cards with the same
    contacts share a section)."""
    lang = lang or deck.default_language
    today = today or date.today()
    start, end = horizon(today, deck.country)
    cards = [deck.cards[card_id]] if card_id else [c for c in deck.cards.values() if c.contacts]
    groups: dict[tuple[str, ...], list[Card]] = {}
    for card in cards:
        key = tuple(c.id for c in answering_contacts(deck, card))
        groups.setdefault(key, []).append(card)
    sections = [_section(deck, group, start, end, lang) for group in groups.values()]
    return Chart(deck.title.get(lang), start.date(), end.date(), tuple(sections))


def _section(deck: Deck, cards: list[Card], start: datetime, end: datetime, lang: str) -> Section:
    tz = timezone_for(deck.country)
    bands = _bands(deck, cards[0], lang)
    margin = timedelta(days=8)
    open_spans: list[tuple[tuple[float, float], ...]] = []
    unknown_spans: list[tuple[tuple[float, float], ...]] = []
    for b in bands:
        sched = schedule_of(deck.contacts[b.contact_id], deck.country)
        if sched is None:
            open_spans.append(())
            unknown_spans.append((((start - margin).timestamp(), (end + margin).timestamp()),))
            continue
        open_spans.append(sched.open_spans(start - margin, end + margin))
        unknown_spans.append(
            tuple(
                (a.timestamp(), b2.timestamp())
                for a, b2, st in sched.intervals(start - margin, end + margin)
                if st is State.UNKNOWN
            )
        )
    days: dict[date, tuple[DaySig, tuple[Span, ...], int]] = {}
    d = start.date()
    while d < end.date():
        lo = datetime.combine(d, time(0), tz).timestamp()
        hi = datetime.combine(d + timedelta(days=1), time(0), tz).timestamp()
        length = int((hi - lo) // 60)
        sig = tuple(
            (_clip(o, lo, hi), _clip(u, lo, hi))
            for o, u in zip(open_spans, unknown_spans, strict=True)
        )
        days[d] = (sig, _union_gaps([s[0] for s in sig], length), length)
        d += timedelta(days=1)
    # weeks Monday to Sunday; the typical ones come back at least four times
    mondays = [x for x in days if x.weekday() == 0 and x + timedelta(days=6) in days]
    week_sig = {m: tuple(days[m + timedelta(days=i)][0] for i in range(7)) for m in mondays}
    counts = Counter(week_sig.values())
    typical = (
        [sig for sig, n in counts.most_common(3) if n >= 4] or [counts.most_common(1)[0][0]]
        if counts
        else []
    )
    weeks: list[Week] = []
    for typical_sig in typical:
        ms = [m for m in mondays if week_sig[m] == typical_sig]
        week_gaps = tuple(_union_gaps([s[0] for s in day], 1440) for day in typical_sig)
        weeks.append(Week(ms[0], ms[-1], typical_sig, week_gaps))
    weeks.sort(key=lambda w: w.first)
    special: list[Day] = []
    for x, (sig, gaps, length) in days.items():
        normal = any(
            w.first - timedelta(days=7) <= x <= w.last + timedelta(days=13)
            and w.days[x.weekday()] == sig
            for w in weeks
        )
        if not normal:
            special.append(Day(x, sig, gaps, length))
    title = "; ".join(c.title.get(lang) for c in cards[:3])
    if len(cards) > 3:
        title += " " + tn(lang, "(and {n} more card)", "(and {n} more cards)", len(cards) - 3)
    return Section(
        title,
        tuple(c.id for c in cards),
        tuple(bands),
        tuple(weeks),
        tuple(special[:MAX_SPECIAL_DAYS]),
        max(0, len(special) - MAX_SPECIAL_DAYS),
    )


# ---------------------------------------------------------------- text


def _row(
    spans: Sequence[Span], unknown: Sequence[Span] = (), mark: str = "█", length: int = 1440
) -> str:
    cells = []
    for h in range(24):
        a, b = h * 60 * length // 1440, (h + 1) * 60 * length // 1440
        if any(x < b and y > a for x, y in spans):
            cells.append(mark)
        elif any(x < b and y > a for x, y in unknown):
            cells.append("?")
        else:
            cells.append("·")
    return "".join(cells)


def _label(band: Band, lang: str | None) -> str:
    return "  " * band.depth + band.name


def chart_text(c: Chart, lang: str | None = None) -> str:
    """The chart for a terminal: one character per hour, ``█`` open, ``?`` unknown,
    ``!`` nobody answers."""
    out = [
        t(lang, "Who answers when: {title}", title=c.title),
        t(
            lang,
            "{first} to {last}",
            first=c.start.strftime("%d.%m.%Y"),
            last=c.end.strftime("%d.%m.%Y"),
        ),
        "",
    ]
    nobody = t(lang, "Nobody answers")
    for s in c.sections:
        width = max([len(_label(b, lang)) for b in s.bands] + [len(nobody)]) + 2
        out += [s.title, "=" * len(s.title)]
        hours = "".join(str(h % 10) for h in range(24))
        for w in s.weeks:
            out.append(
                t(
                    lang,
                    "Typical week, {first} to {last}",
                    first=w.first.strftime("%d.%m.%Y"),
                    last=w.last.strftime("%d.%m.%Y"),
                )
            )
            for i, day in enumerate(w.days):
                out.append(f"  {t(lang, WEEKDAYS[i]):<{width}}{hours}")
                for band, (op, unk) in zip(s.bands, day, strict=True):
                    out.append(f"  {_label(band, lang):<{width}}{_row(op, unk)}")
                if w.gaps[i]:
                    out.append(f"  {nobody:<{width}}{_row(w.gaps[i], mark='!')}")
            out.append("")
        if s.special:
            out.append(t(lang, "Days with other hours"))
            for sd in s.special:
                label = f"{t(lang, WEEKDAYS[sd.day.weekday()])} {sd.day.strftime('%d.%m.%Y')}"
                length = sd.length
                out.append(f"  {label:<{width}}{hours}")
                for band, (op, unk) in zip(s.bands, sd.bands, strict=True):
                    out.append(f"  {_label(band, lang):<{width}}{_row(op, unk, length=length)}")
                if sd.gaps:
                    gaps = ", ".join(f"{_hm(a)}–{_hm(b)}" for a, b in sd.gaps)
                    out.append(
                        f"  {nobody:<{width}}{_row(sd.gaps, mark='!', length=length)}  {gaps}"
                    )
            if s.more_days:
                out.append("  " + tn(lang, "and {n} more day", "and {n} more days", s.more_days))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _hm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


# ---------------------------------------------------------------- drawing

PALETTE = ("#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#17becf", "#bcbd22", "#e377c2", "#7f7f7f")
GAP = "#d62728"
UNKNOWN = "#c7c7c7"
WIDTH = 800.0


class _Colors:
    """Colours as ``#rrggbb`` strings, with the names the layout uses."""

    black = "#000000"
    white = "#ffffff"

    @staticmethod
    def HexColor(value: str) -> str:  # noqa: N802 - reads like reportlab's
        return value


def layout(
    c: Chart, lang: str | None = None, width: float = WIDTH
) -> tuple[float, float, list[tuple[Any, ...]]]:
    """Width, height and the shapes of the chart, top-down in points: ``("r", x, y, w,
    h, colour)``, ``("l", x1, y1, x2, y2)`` and ``("s", x, baseline, text, size, bold,
    colour, anchor)``."""
    colors = _Colors
    label_w, band_h, gap_h = 190.0, 11.0, 9.0
    plot_w = width - label_w - 10
    items: list[Any] = []
    y = 0.0  # grows downwards; flipped at the end

    def text(
        x: float,
        yy: float,
        s: str,
        size: float = 8,
        bold: bool = False,
        color: Any = colors.black,
        anchor: str = "start",
    ) -> None:
        items.append(("s", x, yy, s, size, bold, color, anchor))

    def rect(x: float, yy: float, w: float, h: float, fill: Any) -> None:
        items.append(("r", x, yy, w, h, fill))

    nobody = t(lang, "Nobody answers")
    if c.title:  # a chart of its own (the review PDF gives its sections a heading)
        text(0, y + 14, t(lang, "Who answers when: {title}", title=c.title), 13, True)
        y += 20
        text(
            0,
            y + 10,
            t(
                lang,
                "{first} to {last}",
                first=c.start.strftime("%d.%m.%Y"),
                last=c.end.strftime("%d.%m.%Y"),
            ),
            8,
        )
        y += 18
    for s in c.sections:
        colour = {
            b.contact_id: colors.HexColor(PALETTE[i % len(PALETTE)]) for i, b in enumerate(s.bands)
        }
        text(0, y + 11, s.title, 10, True)
        y += 18
        day_w = plot_w / 7
        for w in s.weeks:
            text(
                0,
                y + 9,
                t(
                    lang,
                    "Typical week, {first} to {last}",
                    first=w.first.strftime("%d.%m.%Y"),
                    last=w.last.strftime("%d.%m.%Y"),
                ),
                8,
                True,
            )
            for i in range(7):
                text(
                    label_w + i * day_w + day_w / 2, y + 9, t(lang, WEEKDAYS[i]), 7, anchor="middle"
                )
            y += 13
            top = y
            for bi, band in enumerate(s.bands):
                name = band.name if band.instead_of is None else "→ " + band.name
                text(8 * band.depth, y + band_h - 2.5, name, 7.5)
                rect(label_w, y, plot_w, band_h - 2, colors.HexColor("#f2f2f2"))
                for i, day in enumerate(w.days):
                    op, unk = day[bi]
                    for a, b in unk:
                        rect(
                            label_w + i * day_w + a / 1440 * day_w,
                            y,
                            (b - a) / 1440 * day_w,
                            band_h - 2,
                            colors.HexColor(UNKNOWN),
                        )
                    for a, b in op:
                        rect(
                            label_w + i * day_w + a / 1440 * day_w,
                            y,
                            (b - a) / 1440 * day_w,
                            band_h - 2,
                            colour[band.contact_id],
                        )
                y += band_h
            if any(w.gaps):
                text(0, y + gap_h - 2, nobody, 7.5, True, colors.HexColor(GAP))
            else:  # an empty red "Nobody answers" row read as an alarm
                text(
                    0,
                    y + gap_h - 2,
                    t(lang, "No holes: someone answers at all times"),
                    7.5,
                    False,
                    colors.HexColor("#1e6b34"),
                )
            for i, gaps in enumerate(w.gaps):
                for a, b in gaps:
                    rect(
                        label_w + i * day_w + a / 1440 * day_w,
                        y,
                        (b - a) / 1440 * day_w,
                        gap_h - 2,
                        colors.HexColor(GAP),
                    )
            y += gap_h
            for i in range(8):
                items.append(("l", label_w + i * day_w, top - 2, label_w + i * day_w, y))
            y += 10
        if s.special:
            text(0, y + 9, t(lang, "Days with other hours"), 8, True)
            for h in (0, 6, 12, 18, 24):
                text(label_w + h / 24 * plot_w, y + 9, f"{h:02d}:00", 6.5, anchor="middle")
            y += 13
            sub = 4.0  # one line per contact, in the colours of the week above
            for sd in s.special:
                row_h = max(9.0, sub * len(s.bands) + 5)
                day_len = sd.length
                label = f"{t(lang, WEEKDAYS[sd.day.weekday()])} {sd.day.strftime('%d.%m.%Y')}"
                text(0, y + row_h - 3, label, 7)
                rect(label_w, y, plot_w, row_h - 2, colors.HexColor("#f2f2f2"))
                for a, b in sd.gaps:
                    rect(
                        label_w + a / day_len * plot_w,
                        y,
                        (b - a) / day_len * plot_w,
                        row_h - 2,
                        colors.HexColor(GAP),
                    )
                for bi, band in enumerate(s.bands):
                    op, unk = sd.bands[bi]
                    yy = y + 1 + bi * sub
                    for a, b in unk:
                        rect(
                            label_w + a / day_len * plot_w,
                            yy,
                            (b - a) / day_len * plot_w,
                            sub - 0.6,
                            colors.HexColor(UNKNOWN),
                        )
                    for a, b in op:
                        rect(
                            label_w + a / day_len * plot_w,
                            yy,
                            (b - a) / day_len * plot_w,
                            sub - 0.6,
                            colour[band.contact_id],
                        )
                y += row_h
            if s.more_days:
                text(0, y + 9, tn(lang, "and {n} more day", "and {n} more days", s.more_days), 7)
                y += 12
        y += 12
    return width, y + 4, items


def _rect(x: float, y: float, width: float, height: float, fill: Color) -> Rect:
    """A filled rectangle without an outline. The colours are set once it is made, the
    same as passing them as keywords: types-reportlab types ``Rect(**kw)`` as one
    ``_SolidShapeKwArgs`` (no ``Unpack``), so it would take no keyword."""
    from reportlab.graphics.shapes import Rect

    rect = Rect(x, y, width, height)
    rect.fillColor = fill
    rect.strokeColor = None
    return rect


def drawing(c: Chart, lang: str | None = None, width: float = WIDTH) -> Drawing:
    """The chart as a reportlab ``Drawing`` (for PDF, SVG and the review PDF)."""
    from reportlab.graphics.shapes import Drawing, Line, String
    from reportlab.lib import colors

    from tiltakskort.pdf.common import FONT

    width, height, items = layout(c, lang, width)
    d = Drawing(width, height)
    for it in items:
        if it[0] == "r":
            _, x, yy, w, h, fill = it
            d.add(_rect(x, height - yy - h, max(w, 0.3), h, colors.HexColor(fill)))
        elif it[0] == "l":
            _, x1, y1, x2, y2 = it
            d.add(Line(x1, height - y1, x2, height - y2, strokeColor=colors.white, strokeWidth=1))
        else:
            _, x, yy, s, size, bold, color, anchor = it
            d.add(
                String(
                    x,
                    height - yy,
                    s,
                    fontName=FONT + "-Bold" if bold else FONT,
                    fontSize=size,
                    fillColor=colors.HexColor(color),
                    textAnchor=anchor,
                )
            )
    return d


def review_flowables(
    deck: Deck, lang: str | None, today: date | None, width: float, styles: Any
) -> list[Any]:
    """The chart as printout flowables for the yearly review: a heading, then one drawing
    per group of cards, scaled to ``width`` points (each kept on one page)."""
    from reportlab.platypus import CondPageBreak, Paragraph, Spacer

    from tiltakskort.pdf.common import esc

    c = chart(deck, today=today, lang=lang)
    out: list[Any] = [
        CondPageBreak(60 * 2.835),
        Paragraph(esc(t(lang, "Who answers when: {title}", title=c.title)), styles["h2"]),
        Paragraph(
            esc(
                t(
                    lang,
                    "{first} to {last}",
                    first=c.start.strftime("%d.%m.%Y"),
                    last=c.end.strftime("%d.%m.%Y"),
                )
            ),
            styles["small"],
        ),
    ]
    for section in c.sections:
        one = Chart("", c.start, c.end, (section,))
        # laid out at (nearly) the page's width: scaled down from the 800-point chart,
        # its 7.5-point names printed under 5 points
        d = drawing(one, lang, width=max(width, 560.0))
        scale = width / d.width
        d.scale(scale, scale)
        d.width, d.height = d.width * scale, d.height * scale
        out += [CondPageBreak(min(d.height, 700)), d, Spacer(1, 4)]
    return out


def write_chart(path: Any, c: Chart, lang: str | None = None) -> None:
    """Write the chart as PNG, SVG or PDF (by the file's suffix)."""
    from pathlib import Path

    from tiltakskort.pdf.common import styles

    styles()  # registers the fonts
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix == ".png":
        _write_png(c, lang, target)
        return
    d = drawing(c, lang)
    if suffix == ".pdf":
        from reportlab.graphics import renderPDF

        renderPDF.drawToFile(d, str(target), c.title)
    elif suffix == ".svg":
        from reportlab.graphics import renderSVG

        renderSVG.drawToFile(d, str(target))
    else:
        raise ValueError(suffix)


def _write_png(c: Chart, lang: str | None, target: Any, scale: float = 2.0) -> None:
    """PNG painted with Qt from the same layout (reportlab's bitmap renderer needs C
    code it does not ship)."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from tiltakskort.paths import resources_dir

    if QApplication.instance() is None:
        from tiltakskort.training.commands import _headless

        _headless()  # no display (a server, CI): Qt's offscreen platform, not an abort
    # a QApplication (not a bare QGuiApplication), so the app or a test can go on using it
    app = QApplication.instance() or QApplication([])
    families = []
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        fid = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
        families += QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
    family = families[0] if families else "Sans Serif"
    width, height, items = layout(c, lang)
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    p.scale(scale, scale)
    p.setPen(Qt.PenStyle.NoPen)
    for it in items:
        if it[0] == "r":
            _, x, yy, w, h, fill = it
            p.fillRect(QRectF(x, yy, max(w, 0.3), h), QColor(fill))
        elif it[0] == "l":
            _, x1, y1, x2, y2 = it
            p.setPen(QColor("#ffffff"))
            p.drawLine(QPointF(x1, y1), QPointF(x2, y2))
            p.setPen(Qt.PenStyle.NoPen)
        else:
            _, x, yy, s, size, bold, color, anchor = it
            font = QFont(family)
            font.setPixelSize(max(1, round(size)))
            font.setBold(bool(bold))
            p.setFont(font)
            p.setPen(QColor(color))
            w = p.fontMetrics().horizontalAdvance(s)
            dx = {"middle": -w / 2, "end": -w}.get(anchor, 0.0)
            p.drawText(QPointF(x + dx, yy), s)
            p.setPen(Qt.PenStyle.NoPen)
    p.end()
    # the stubs say bytes; PySide6 6.11 accepts only str for a char* format
    if not image.save(str(target), "PNG"):  # type: ignore[call-overload]
        raise OSError(f"could not write {target}")
    del app
