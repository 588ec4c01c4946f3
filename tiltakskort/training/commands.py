"""``tiltakskort map``: the whole deck as a poster (PDF, SVG or PNG), without a display."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

#: name -> (help in bokmål, help in English)
COMMANDS: dict[str, tuple[str, str]] = {
    "map": ("tegn hele kortstokken som et kart (PDF, SVG eller PNG)",
            "draw the whole deck as a map (PDF, SVG or PNG)"),
}

_MSG = {
    "nb": {"suffix": "Filen må slutte på .pdf, .svg eller .png: {path}",
           "errors": "{path} har feil og kan ikke tegnes (se over).",
           "failed": "Kunne ikke skrive {path}: {reason}",
           "written": "Skrev {path}",
           "bad_lang": "Kortstokken har ikke språket '{lang}' (den har {langs})."},
    "en": {"suffix": "The file must end in .pdf, .svg or .png: {path}",
           "errors": "{path} has errors and cannot be drawn (see above).",
           "failed": "Could not write {path}: {reason}",
           "written": "Wrote {path}",
           "bad_lang": "The deck has no language '{lang}' (it has {langs})."},
}


def add_arguments(name: str, parser: argparse.ArgumentParser, lang: str) -> None:
    nb = lang == "nb"
    parser.add_argument("deck", help="kortstokkmappe" if nb else "deck folder")
    parser.add_argument("-o", "--output", required=True,
                        help="fil: .pdf, .svg eller .png" if nb else "file: .pdf, .svg or .png")
    parser.add_argument("--lang", help="språk for teksten" if nb else "language of the text")
    parser.add_argument("--path", help="en vei som skal fremheves, f.eks. start,barn"
                        if nb else "a walk to highlight, e.g. start,barn")


def _headless() -> None:
    """Draw without a display: Qt's offscreen platform unless a display exists."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def run(name: str, args: argparse.Namespace, lang: str) -> int:
    from tiltakskort.deck.loader import load_deck
    from tiltakskort.walk import Walk, WalkError

    m = _MSG["nb" if lang == "nb" else "en"]
    out = Path(args.output)
    if out.suffix.lower() not in (".pdf", ".svg", ".png"):
        print(m["suffix"].format(path=out), file=sys.stderr)
        return 2
    result = load_deck(args.deck)
    if result.deck is None or result.errors:
        for p in result.problems:
            print(p.format(lang), file=sys.stderr)
        print(m["errors"].format(path=args.deck), file=sys.stderr)
        return 1
    deck = result.deck
    deck_lang = args.lang or deck.default_language
    if deck_lang not in deck.languages:
        print(m["bad_lang"].format(lang=deck_lang, langs=", ".join(deck.languages)),
              file=sys.stderr)
        return 2
    path: tuple[str, ...] = ()
    if args.path:
        try:
            path = Walk.from_path(deck, args.path.split(",")).path
        except WalkError as e:
            print(e.nb if lang == "nb" else str(e), file=sys.stderr)
            return 2
    _headless()
    from PySide6.QtWidgets import QApplication

    from tiltakskort.phrases import phrase
    from tiltakskort.training.layout import layout
    from tiltakskort.training.mapscene import build_scene, export_map

    app = QApplication.instance() or QApplication(["tiltakskort"])
    labels = {k: phrase(k, deck_lang) for k in ("card", "urgent", "question", "unreachable")}
    scene = build_scene(layout(deck, deck_lang), path, labels)
    try:
        export_map(scene, out)
    except OSError as e:
        print(m["failed"].format(path=out, reason=e.strerror or e), file=sys.stderr)
        return 1
    del app
    print(m["written"].format(path=out))
    return 0
