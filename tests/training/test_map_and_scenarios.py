"""The deck map (layout, exports, the map command) and scenario judging."""

from __future__ import annotations

import struct
import subprocess
import sys
import xml.dom.minidom
from pathlib import Path

import pytest

from tests.conftest import write_deck
from tests.deck.decktext import BASE
from tiltakskort.deck.loader import load_deck
from tiltakskort.training.layout import crossings, layout
from tiltakskort.training.scenario import Tally, expected_walk, judge
from tiltakskort.walk import Walk

TREE = (
    BASE
    + """\
  ekstra:
    title: Ikke nåbar
    steps: [x]
scenarios:
  - {id: s-barn, title: Barn, story: Et barn forteller., expected: barn, debrief: Riktig er barn.}
  - {id: s-voksen, title: Voksen, story: En voksen forteller., expected: voksen}
"""
)

LOOPED = (
    BASE.replace(
        "      - {label: En voksen, goto: voksen}\n",
        "      - {label: En voksen, goto: voksen}\n      - {label: Les mer, goto: mer}\n",
    )
    + """\
  mer:
    title: Les mer
    options:
      - {label: Tilbake, goto: start}
      - {label: Et barn, goto: barn}
"""
)


@pytest.fixture
def deck(tmp_path: Path):
    return load_deck(write_deck(tmp_path / "d", TREE)).deck


def test_map_nodes_and_edges_match_the_deck(deck) -> None:
    m = layout(deck)
    assert set(m.nodes) == set(deck.cards)
    wanted = {(cid, o.goto, o.label.get()) for cid, c in deck.cards.items() for o in c.options}
    assert {(e.source, e.target, e.label) for e in m.edges} == wanted
    assert m.nodes["start"].kind == "question" and m.nodes["barn"].kind == "end"
    # layers from the start card, left to right
    assert m.nodes["start"].x < m.nodes["barn"].x == m.nodes["voksen"].x
    # the unreachable card is set apart, below the map
    assert not m.nodes["ekstra"].reachable
    assert m.nodes["ekstra"].y > max(n.y for n in m.nodes.values() if n.reachable)
    assert crossings(m) == 0


def test_boxes_never_overlap(tmp_path: Path) -> None:
    from benchmarks.synthetic import make_deck

    m = layout(load_deck(make_deck(tmp_path / "s", 60)).deck)
    boxes = list(m.nodes.values())
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            apart = a.x + a.w <= b.x or b.x + b.w <= a.x or a.y + a.h <= b.y or b.y + b.h <= a.y
            assert apart, (a.id, b.id)
        assert 0 <= a.x and a.x + a.w <= m.width and 0 <= a.y and a.y + a.h <= m.height


def test_back_edges_are_marked(tmp_path: Path) -> None:
    m = layout(load_deck(write_deck(tmp_path / "d", LOOPED)).deck)
    back = {(e.source, e.target) for e in m.edges if e.back}
    assert back == {("mer", "start")}


def test_urgent_cards_told_apart(tmp_path: Path) -> None:
    text = TREE.replace(
        "  barn:\n    title: Barnet\n", "  barn:\n    title: Barnet\n    urgent: true\n"
    )
    m = layout(load_deck(write_deck(tmp_path / "d", text)).deck)
    assert m.nodes["barn"].kind == "urgent"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("suffix", [".pdf", ".svg", ".png"])
def test_map_command_writes_valid_files_without_a_display(tmp_path: Path, suffix: str) -> None:
    folder = write_deck(tmp_path / "d", TREE)
    out = tmp_path / f"kart{suffix}"
    env = {
        k: v for k, v in __import__("os").environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")
    }
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "tiltakskort",
            "map",
            str(folder),
            "-o",
            str(out),
            "--path",
            "start,barn",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    if suffix == ".pdf":
        from pypdf import PdfReader

        reader = PdfReader(out)
        assert len(reader.pages) == 1
        assert "Barnet" in reader.pages[0].extract_text()
    elif suffix == ".svg":
        doc = xml.dom.minidom.parse(str(out))
        assert doc.documentElement.tagName == "svg"
        assert "Barnet" in out.read_text(encoding="utf-8")
    else:
        w, h = _png_size(out)
        assert w > 300 and h > 100
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tiltakskort-")] == []


def test_map_command_refuses_bad_input(tmp_path: Path) -> None:
    folder = write_deck(tmp_path / "d", TREE)
    bad = subprocess.run(
        [sys.executable, "-m", "tiltakskort", "map", str(folder), "-o", str(tmp_path / "kart.doc")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    broken = write_deck(tmp_path / "b", TREE.replace("cards:\n", "kort: x\ncards:\n"))
    proc = subprocess.run(
        [sys.executable, "-m", "tiltakskort", "map", str(broken), "-o", str(tmp_path / "k.png")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1 and "TK011" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "k.png").exists()


def test_right_walk(deck) -> None:
    scenario = deck.scenario("s-barn")
    outcome = judge(Walk.from_path(deck, ["start", "barn"]), scenario)
    assert outcome.right and outcome.parted_at is None


def test_wrong_walk_shows_where_it_parts(deck) -> None:
    scenario = deck.scenario("s-barn")
    outcome = judge(Walk.from_path(deck, ["start", "voksen"]), scenario)
    assert not outcome.right
    assert outcome.chosen == ("start", "voksen")
    assert outcome.expected == ("start", "barn")
    assert outcome.parted_at == 1


def test_expected_walk_follows_the_room_as_far_as_possible(tmp_path: Path) -> None:
    deck = load_deck(
        write_deck(
            tmp_path / "d",
            LOOPED + "scenarios:\n  - {id: s, title: S, story: S., expected: barn}\n",
        )
    ).deck
    walk = Walk.from_path(deck, ["start", "mer"])
    assert expected_walk(deck, deck.scenario("s"), walk.path) == ("start", "mer", "barn")
    outcome = judge(Walk.from_path(deck, ["start", "voksen"]), deck.scenario("s"))
    assert outcome.expected == ("start", "barn")


def test_tally_counts_first_try(deck) -> None:
    tally = Tally()
    wrong = judge(Walk.from_path(deck, ["start", "voksen"]), deck.scenario("s-barn"))
    right = judge(Walk.from_path(deck, ["start", "barn"]), deck.scenario("s-barn"))
    tally.record(wrong)
    tally.record(right)
    tally.record(judge(Walk.from_path(deck, ["start", "voksen"]), deck.scenario("s-voksen")))
    assert tally.entries["s-barn"].attempts == 2
    assert tally.entries["s-barn"].right_first_time is False
    assert tally.entries["s-barn"].right_at_all is True
    assert tally.summary() == (1, 2)
    tally.clear()
    assert tally.summary() == (0, 0)
