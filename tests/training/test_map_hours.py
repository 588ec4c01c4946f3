"""The map says who answers at a moment on each end card, and marks a card whose
coverage has a hole (TK107), in the scene, the exports and the app's map panel."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.conftest import CARDS, write_deck
from tiltakskort.deck.loader import load_deck
from tiltakskort.training.maphours import map_hours

# the natural but holey on-call hours: nobody answers Monday 00:00-08:00
HOLEY = """\
format: tiltakskort/1
id: hull
title: Bekymret?
municipality: Hullby kommune
start: barn
contacts:
  kontor:
    name: Barneverntjenesten
    phone: 71 69 90 00
    hours: {mon-fri: "08:00-15:30"}
    after_hours: vakt
  vakt:
    name: Barnevernvakten <b>natt</b>
    phone: 71 69 91 31
    hours: {mon-fri: "15:30-08:00", sat-sun: "00:00-24:00", holidays: "00:00-24:00"}
cards:
  barn:
    title: Barnet
    steps: [Ring barnevernet.]
    contacts: [kontor]
"""

TODAY = date(2026, 12, 1)
MONDAY_3 = datetime(2026, 12, 7, 3, 0)
TUESDAY_3 = datetime(2026, 12, 8, 3, 0)
TUESDAY_10 = datetime(2026, 12, 8, 10, 0)


@pytest.fixture
def holey(tmp_path: Path):
    return load_deck(write_deck(tmp_path / "d", HOLEY), today=TODAY).deck


@pytest.fixture(scope="module")
def example():
    return load_deck(CARDS / "eksempel", today=TODAY).deck


@pytest.mark.parametrize(
    ("at", "line"),
    [
        (MONDAY_3, "man. 03:00: Barnevernvakten svarer"),
        (TUESDAY_10, "tir. 10:00: Barneverntjenesten svarer"),
    ],
)
def test_the_example_deck_says_who_answers(example, at: datetime, line: str) -> None:
    hours = map_hours(example, "nb", at, TODAY)
    assert hours["barn-melding"].answers == line
    assert not hours["barn-melding"].nobody
    # the shipped deck has no holes: no card is marked
    assert [cid for cid, h in hours.items() if h.gap] == []


def test_a_hole_is_marked_and_nobody_answers_in_it(holey) -> None:
    monday = map_hours(holey, "nb", MONDAY_3, TODAY)["barn"]
    assert monday.nobody and monday.answers == "man. 03:00: ingen svarer"
    assert monday.gap.startswith("Ingen svarer man. 00:00–08:00 hver uke")
    tuesday = map_hours(holey, "nb", TUESDAY_3, TODAY)["barn"]
    assert not tuesday.nobody
    assert tuesday.answers == "tir. 03:00: Barnevernvakten <b>natt</b> svarer"
    assert tuesday.gap == monday.gap  # the hole is the card's, whatever the moment


def _texts(scene) -> dict[str, str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    return {
        str(i.data(0)): i.text()
        for i in scene.items()
        if isinstance(i, QGraphicsSimpleTextItem) and i.data(0)
    }


def test_the_scene_marks_the_hole_in_red_with_a_plain_tip(qtbot, holey) -> None:
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from tiltakskort.training.layout import layout
    from tiltakskort.training.mapscene import GAP, CardItem, build_scene

    scene = build_scene(layout(holey, "nb"), (), None, map_hours(holey, "nb", MONDAY_3, TODAY))
    card = next(i for i in scene.items() if isinstance(i, CardItem) and i.node.id == "barn")
    items = {str(i.data(0)): i for i in card.childItems() if isinstance(i, QGraphicsSimpleTextItem)}
    assert items["answers"].text() == "man. 03:00: ingen svarer"
    assert items["answers"].brush().color() == QColor(GAP)
    assert items["gap"].text() == "TK107 !" and items["gap"].brush().color() == QColor(GAP)
    # the deck's text reaches the tool tip escaped, never as markup
    tip = card.toolTip()
    assert "Ingen svarer man. 00:00–08:00 hver uke" in tip and "<b>" not in tip
    scene = build_scene(layout(holey, "nb"), (), None, map_hours(holey, "nb", TUESDAY_3, TODAY))
    card = next(i for i in scene.items() if isinstance(i, CardItem) and i.node.id == "barn")
    assert "&lt;b&gt;natt&lt;/b&gt;" in card.toolTip() and "<b>" not in card.toolTip()


def test_the_legend_says_what_the_colours_and_the_hole_mark_mean(qtbot, holey, example) -> None:
    from tiltakskort.training.layout import layout
    from tiltakskort.training.maphours import map_labels
    from tiltakskort.training.mapscene import build_scene

    def legend(deck, lang):
        scene = build_scene(
            layout(deck, lang), (), map_labels(lang), map_hours(deck, lang, MONDAY_3, TODAY)
        )
        words = [i.text() for i in scene.items() if i.data(0) == "legend" and hasattr(i, "text")]
        inside = all(
            scene.sceneRect().contains(i.sceneBoundingRect())
            for i in scene.items()
            if i.data(0) == "legend"
        )
        return words, inside

    words, inside = legend(holey, "nb")
    assert {"Spørsmål", "Sluttkort", "AKUTT", "TK107 !"} <= set(words) and inside
    assert any("ingen på kortet svarer" in w for w in words)
    words, inside = legend(example, "nb")  # no hole in the example deck: no mark explained
    assert "Sluttkort" in words and "TK107 !" not in words and inside


def test_the_map_command_at_a_moment(tmp_path: Path) -> None:
    folder = write_deck(tmp_path / "d", HOLEY)
    svg = {}
    for name, at in (("man", "2026-12-07 03:00"), ("tir", "2026-12-08 10:00")):
        out = tmp_path / f"{name}.svg"
        proc = subprocess.run(
            [sys.executable, "-m", "tiltakskort", "map", str(folder), "-o", str(out), "--at", at],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
        svg[name] = out.read_text(encoding="utf-8")
    assert "man. 03:00: ingen svarer" in svg["man"] and "TK107 !" in svg["man"]
    assert "tir. 10:00: Barneverntjenesten svarer" in svg["tir"]
    assert "ingen svarer" not in svg["tir"]
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "tiltakskort",
            "map",
            str(folder),
            "-o",
            str(tmp_path / "k.svg"),
            "--at",
            "mandag 3",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and "YYYY-MM-DD HH:MM" in bad.stderr
    assert "Traceback" not in bad.stderr and not (tmp_path / "k.svg").exists()


def test_the_map_command_for_one_municipality(tmp_path: Path) -> None:
    """Västerviken's social services close at 15:00 on Fridays, Norrby's at 16:30: the
    map of a regional deck says who answers for the municipality asked for."""
    svg = {}
    for mid in ("norrby", "vasterviken"):
        out = tmp_path / f"{mid}.svg"
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "tiltakskort",
                "map",
                str(CARDS / "exempelregionen"),
                "-o",
                str(out),
                "--municipality",
                mid,
                "--at",
                "2026-12-04 15:30",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
        svg[mid] = out.read_text(encoding="utf-8")
    assert "15:30: Socialtjänsten svarar" in svg["norrby"]
    assert "15:30: Socialjouren svarar" in svg["vasterviken"]
    assert "Socialjouren svarar" not in svg["norrby"]
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "tiltakskort",
            "map",
            str(CARDS / "exempelregionen"),
            "-o",
            str(tmp_path / "x.svg"),
            "--municipality",
            "nowhere",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2 and "norrby" in bad.stderr and "Traceback" not in bad.stderr
    assert not (tmp_path / "x.svg").exists()


def test_the_map_panel_lists_who_answers_and_the_hole(qtbot, holey) -> None:
    from tiltakskort.training.widgets import MapPanel

    panel = MapPanel()
    qtbot.addWidget(panel)
    panel.at = MONDAY_3
    panel.set_deck(holey, "nb")
    texts = [panel.cards.item(i).text() for i in range(panel.cards.count())]
    line = next(x for x in texts if "Barnet" in x)
    assert "man. 03:00: ingen svarer" in line and "Ingen svarer man. 00:00–08:00" in line
    # the panel's legend explains the mark; the scene on screen has no second legend
    assert "TK107 !: ingen på kortet svarer" in panel.legend.text()
    assert not [i for i in panel.view.scene().items() if i.data(0) == "legend"]
