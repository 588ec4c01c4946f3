"""Small deck texts for the deck tests, and a helper to find positions in them."""

from __future__ import annotations

BASE = """\
format: tiltakskort/1
id: test
title: Bekymret?
municipality: Testby kommune
reviewed: 2026-10-01
start: start
contacts:
  politi:
    name: Politiet
    phone: "112"
    hours: 24/7
  barnevern:
    name: Barneverntjenesten
    phone: 69 12 34 56
    hours: {mon-fri: "08:00-15:45"}
    after_hours: vakt
  vakt:
    name: Barnevernvakten
    phone: 69 10 20 30
    hours: 24/7
cards:
  start:
    title: Hva er du bekymret for?
    options:
      - {label: Et barn, goto: barn}
      - {label: En voksen, goto: voksen}
  barn:
    title: Barnet
    steps: [Ring barnevernet.]
    contacts: [barnevern, politi]
  voksen:
    title: Den voksne
    steps: [Snakk med lederen din.]
    contacts: [politi]
"""


def where(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    """1-based (line, column) of the ``nth`` occurrence of ``needle``."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return line, col
