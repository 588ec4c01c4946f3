"""A deck whose every text is markup that Qt would act on if it read it as rich text."""

from __future__ import annotations

IMG = '<img src="file:///etc/passwd">'

HOSTILE_DECK = f"""\
format: tiltakskort/1
id: hostile
title: '{IMG} Deck'
municipality: '{IMG} kommune'
reviewed: 2026-10-01
start: start
contacts:
  politi:
    name: '{IMG} Politiet'
    role: '{IMG} rolle'
    phone: "112"
    hours: 24/7
    address: '{IMG} adresse'
    note: '{IMG} merknad'
cards:
  start:
    title: '{IMG} Hva er du bekymret for?'
    body: '{IMG} brødtekst'
    options:
      - {{label: '{IMG} Et barn', goto: barn, hint: '{IMG} hint'}}
      - {{label: '{IMG} En voksen', goto: voksen}}
  barn:
    title: '{IMG} Barnet'
    urgent: true
    steps: ['{IMG} Ring barnevernet.']
    talk: ['{IMG} Snakk rolig.']
    law: ['{IMG} Lov om barnevern']
    contacts: [politi]
    links:
      - {{label: '{IMG} Les mer', url: "https://x.no/ok"}}
  voksen:
    title: '{IMG} Den voksne'
    steps: ['{IMG} Snakk med lederen din.']
    contacts: [politi]
scenarios:
  - id: s1
    title: '{IMG} Scenario'
    story: '{IMG} Historien'
    expected: barn
    debrief: '{IMG} Oppsummering'
"""
