"""``tiltakskort map``: the whole deck as a poster (PDF, SVG or PNG), without a display."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tiltakskort.i18n import N_, t

#: name -> help (an English message id, translated when shown)
COMMANDS: dict[str, str] = {
    "map": N_("draw the whole deck as a map (PDF, SVG or PNG)"),
}


def add_arguments(name: str, parser: argparse.ArgumentParser, lang: str) -> None:
    from tiltakskort.cli import deck_argument, lang_option, municipality_option, service_option

    deck_argument(parser, lang)
    parser.add_argument(
        "-o", "--output", required=True, help=t(lang, "the file to write: .pdf, .svg or .png")
    )
    lang_option(parser, lang)
    municipality_option(parser, lang)
    service_option(parser, lang)
    parser.add_argument("--path", help=t(lang, "a walk to highlight, e.g. start,barn"))
    parser.add_argument(
        "--at",
        metavar=t(lang, "TIME"),
        help=t(lang, "show who answers on each end card at this time, 'YYYY-MM-DD HH:MM'"),
    )


def _headless() -> None:
    """Draw without a display: Qt's offscreen platform unless a display exists."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run(name: str, args: argparse.Namespace, lang: str) -> int:
    from tiltakskort.cli import load_or_exit, parse_at, pick_view, write_failed, written
    from tiltakskort.walk import Walk, WalkError

    out = Path(args.output)
    if out.suffix.lower() not in (".pdf", ".svg", ".png"):
        print(t(lang, "The file must end in .pdf, .svg or .png: {path}", path=out), file=sys.stderr)
        return 2
    at = parse_at(args.at, lang)
    deck, _ = load_or_exit(args.deck, lang)
    deck, deck_lang = pick_view(deck, args.municipality, args.lang, lang, args.service)
    path: tuple[str, ...] = ()
    if args.path:
        try:
            path = Walk.from_path(deck, args.path.split(",")).path
        except WalkError as e:
            print(t(lang, "Invalid walk: {message}", message=e.msg), file=sys.stderr)
            return 2
    _headless()
    from PySide6.QtWidgets import QApplication

    from tiltakskort.training.layout import layout
    from tiltakskort.training.maphours import map_hours, map_labels
    from tiltakskort.training.mapscene import build_scene, export_map

    app = QApplication.instance() or QApplication(["tiltakskort"])
    labels = map_labels(deck_lang)
    scene = build_scene(layout(deck, deck_lang), path, labels, map_hours(deck, deck_lang, at))
    try:
        export_map(scene, out)
    except OSError as e:
        write_failed(out, e, lang)
        return 1
    del app
    written(out, lang)
    return 0
