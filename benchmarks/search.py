"""Search speed per keystroke, beside a bare substring scan.

For two decks of 1,000 cards, types each query one letter at a time, as a person
does in the search field, and times every keystroke's search (best 50 results, with
titles and walks): the median, the 95th percentile and the slowest keystroke, against
the budget of 5 ms. Each keystroke's time is the fastest of seven runs of the whole
typing (as ``timeit`` advises), so that another process taking the core in one run
does not count as the engine's; the baselines are measured the same way.
Beside it, the same keystrokes as a bare substring scan (every word of the query
``in`` each card's casefolded text, kept ready), and as the app's search did it
before this engine (the texts joined again at every keystroke).

Decks: ``synthetic`` is ``benchmarks/synthetic.py``'s deck (few words, each on many
cards: the most postings per word); ``varied`` is the 40 cards of ``cards/eksempel``
repeated to 1,000 cards, each with some words of its own (some 4,000 words: the
most typo candidates); and ``cards/eksempel`` itself (33 cards), for the index's build
time on a deck of the usual size.

The index is built on the first search, never before; its build time is printed
apart. ``--app`` adds the same typing in the app's window (offscreen): each keystroke
sent to the search field as a key event, until the list of results is filled and
painted (``processEvents``). Run: ``python benchmarks/search.py [--app]``.
"""

from __future__ import annotations

import dataclasses
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import MappingProxyType

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.synthetic import make_deck  # noqa: E402
from tiltakskort.deck.loader import load_deck  # noqa: E402
from tiltakskort.deck.model import Card, Deck, Text  # noqa: E402
from tiltakskort.search import SearchIndex  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
QUERIES = [
    "blamerker på barnet",
    "bekymrings melding",
    "tvangsgifte",
    "krisesentret",
    "drofte anonymt",
    "eldre penger",
    "voldtekt",
    "sluttkort 417",
    "kontor nummer 7",
    "fotball",
]
SYNONYMS = {
    "slå": ["slått", "slår", "slag", "banker", "juling"],
    "voldtekt": ["voldtatt", "seksuelle overgrep"],
    "tvangsekteskap": ["tvangsgifte", "bortgifting"],
}
BUDGET_MS = 5.0


def varied_deck(n: int) -> Deck:
    """``cards/eksempel`` repeated to ``n`` cards, each copy with words of its own."""
    base = load_deck(ROOT / "cards" / "eksempel").deck
    assert base is not None
    rng = random.Random(14)
    letters = "abdefghijklmnoprstuvyøæå"
    cards: dict[str, Card] = {}
    originals = list(base.cards.values())
    copy = 0
    while len(cards) < n:
        for card in originals:
            if len(cards) >= n:
                break
            cid = card.id if copy == 0 else f"{card.id}-{copy}"
            own = " ".join(
                "".join(rng.choice(letters) for _ in range(rng.randint(5, 11))) for _ in range(4)
            )
            options = tuple(
                dataclasses.replace(o, goto=o.goto if copy == 0 else f"{o.goto}-{copy}")
                for o in card.options
            )
            tags = (*card.tags, Text.of(own))
            cards[cid] = dataclasses.replace(card, id=cid, options=options, tags=tags)
        copy += 1
    # every copy hangs off the start card, so every card has a walk
    start = cards[base.start]
    extra = tuple(
        dataclasses.replace(start.options[0], goto=f"{base.start}-{c}", label=Text.of(f"Kopi {c}"))
        for c in range(1, copy)
        if f"{base.start}-{c}" in cards
    )
    cards[base.start] = dataclasses.replace(start, options=(*start.options, *extra))
    return dataclasses.replace(base, cards=MappingProxyType(cards))


def haystacks(deck: Deck, lang: str) -> list[str]:
    out = []
    for card in deck.cards.values():
        parts = [card.title.get(lang)]
        if card.body:
            parts.append(card.body.plain(lang))
        parts += [t.get(lang) for t in (*card.steps, *card.talk, *card.tags)]
        parts += [o.label.get(lang) for o in card.options]
        out.append(" ".join(parts).casefold())
    return out


def substring(hay: list[str], text: str) -> list[int]:
    ws = text.casefold().split()
    return [i for i, h in enumerate(hay) if ws and all(w in h for w in ws)]


def keystrokes(fn, queries: list[str], before_query=None, repeats: int = 7) -> list[float]:
    """The time of each keystroke in ms: the fastest of ``repeats`` runs of the whole
    typing, the cost of the work itself (on a shared machine, another process taking
    the core for a few ms in one run is not the engine's)."""
    runs = []
    for _ in range(repeats):
        times = []
        for q in queries:
            if before_query is not None:
                before_query()
            for i in range(1, len(q) + 1):
                t = time.perf_counter()
                fn(q[:i])
                times.append((time.perf_counter() - t) * 1000)
        runs.append(times)
    return [min(ts) for ts in zip(*runs, strict=True)]


def report(name: str, deck: Deck) -> None:
    lang = deck.default_language
    index = SearchIndex(deck, lang, synonyms=SYNONYMS)
    t = time.perf_counter()
    index.search("a")
    build = (time.perf_counter() - t) * 1000
    ours = keystrokes(lambda q: index.search(q, limit=50), QUERIES)

    def forgetful(q: str) -> None:  # as if every keystroke were a new query
        index._cache.clear()
        index._card_cache.clear()
        index.search(q, limit=50)

    cold = keystrokes(forgetful, QUERIES)
    hay = haystacks(deck, lang)
    bare = keystrokes(lambda q: substring(hay, q), QUERIES)
    before = keystrokes(lambda q: substring(haystacks(deck, lang), q), QUERIES)

    def row(label: str, ts: list[float], budget: bool = False) -> None:
        ts = sorted(ts)
        p95 = ts[int(len(ts) * 0.95)]
        mark = (
            ""
            if not budget
            else ("  within budget" if ts[-1] < BUDGET_MS else f"  OVER {BUDGET_MS:.0f} ms")
        )
        print(f"  {label:<46} {statistics.median(ts):7.2f} {p95:7.2f} {ts[-1]:7.2f}{mark}")

    print(
        f"{name}: {len(deck.cards)} cards, {len(index._words)} distinct words; "
        f"index built on the first search in {build:.0f} ms"
    )
    print(f"  {'per keystroke (ms)':<46} {'median':>7} {'p95':>7} {'max':>7}")
    row("forgiving search (words typed so far known)", ours, budget=True)
    row("forgiving search (every word new)", cold, budget=True)
    row("bare substring scan (texts kept)", bare)
    row("substring scan as the app did (texts joined)", before)
    print()


def app_report(name: str, deck: Deck, repeats: int = 3) -> None:
    """Per keystroke in the window: key event to the field, results filled and painted."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from tiltakskort.ui.mainwindow import MainWindow
    from tiltakskort.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        w = MainWindow(Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)))
        w.session.use_deck(deck)
        w.show()
        app.processEvents()
        w.search.setFocus()
        t = time.perf_counter()
        app.processEvents()
        w.finder.prepare()
        build = (time.perf_counter() - t) * 1000

        def press(ch: str) -> None:
            for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    w.search,
                    QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch),
                )
            app.processEvents()

        runs = []
        for _ in range(repeats):
            times = []
            for q in QUERIES:
                w.search.clear()
                app.processEvents()
                for ch in q:
                    t = time.perf_counter()
                    press(ch)
                    times.append((time.perf_counter() - t) * 1000)
            runs.append(times)
        w.close()
    ts = sorted(min(x) for x in zip(*runs, strict=True))
    print(
        f"{name} in the app: index built on focus in {build:.0f} ms; per keystroke (ms) "
        f"median {statistics.median(ts):.2f}, p95 {ts[int(len(ts) * 0.95)]:.2f}, "
        f"max {ts[-1]:.2f}"
    )


def main() -> None:
    print(f"{sum(len(q) for q in QUERIES)} keystrokes: " + ", ".join(f"«{q}»" for q in QUERIES))
    print()
    if "--app" in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            synthetic = load_deck(make_deck(Path(tmp) / "d1000", 1_000)).deck
            assert synthetic is not None
            app_report("synthetic (1,000 cards)", synthetic)
        app_report("varied (1,000 cards)", varied_deck(1_000))
        example = load_deck(ROOT / "cards" / "eksempel").deck
        assert example is not None
        app_report("cards/eksempel", example)
        return
    with tempfile.TemporaryDirectory() as tmp:
        synthetic = load_deck(make_deck(Path(tmp) / "d1000", 1_000)).deck
        assert synthetic is not None
        report("synthetic", synthetic)
    report("varied", varied_deck(1_000))
    example = load_deck(ROOT / "cards" / "eksempel").deck
    assert example is not None
    report("cards/eksempel", example)


if __name__ == "__main__":
    main()
