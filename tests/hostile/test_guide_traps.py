"""The author guide explains the YAML traps with the messages validate prints (issue 13,
"Done when"): for each trap the guide shows, the message it quotes is, word for word,
what ``tiltakskort validate`` says today for that mistake, in Norwegian and in Swedish."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT, write_deck
from tests.deck.decktext import BASE
from tests.hostile.helpers import load

GUIDE = ROOT / "docs" / "forfatterveiledning.md"

NB = (
    BASE.replace("id: test", "id: fjordvik")
    .replace("municipality: Testby kommune", "municipality: Fjordvik kommune")
    .replace("steps: [Ring barnevernet.]", "steps:\n      - Ring barnevernet.")
)

SV = """\
format: tiltakskort/1
id: exempelby
title: Orolig?
municipality: Exempelby kommun
country: SE
languages: [sv]
reviewed: 2026-10-01
start: start
contacts:
  polisen:
    name: Polisen
    phone: "112"
    hours: 24/7
  socialtjansten:
    name: Socialtjänsten
    phone: 08-123 456 78
    hours: {mon-fri: "08:00-16:30"}
    after_hours: socialjouren
  socialjouren:
    name: Socialjouren
    phone: 08-123 456 79
    hours: 24/7
cards:
  start:
    title: Vad är du orolig för?
    options:
      - {label: Ett barn, goto: barn}
      - {label: En vuxen, goto: vuxen}
  barn:
    title: Barnet
    steps:
      - Gör en orosanmälan till socialtjänsten.
    contacts: [socialtjansten, polisen]
  vuxen:
    title: Den vuxna
    steps: [Prata med din chef.]
    contacts: [polisen]
"""

#: trap -> the changes to the deck that make the mistake
TRAPS_NB: dict[str, list[tuple[str, str]]] = {
    "comma": [
        ("title: Bekymret?", "languages: [nb, en]\ntitle: Bekymret?"),
        (
            "title: Barnet",
            "title: {nb: Skriv ned hva du har sett og hørt, med barnets "
            "egne ord., en: Write down what you saw}",
        ),
    ],
    "comma-label": [("{label: Et barn, goto: barn}", "{label: Et barn, under 18 år, goto: barn}")],
    "colon-step": [("- Ring barnevernet.", "- Husk: ring barnevernet før du går.")],
    "colon-title": [("title: Barnet", "title: Viktig: ring nå")],
    "colon-label": [("{label: En voksen, goto: voksen}", "{label: Voksen: over 18, goto: voksen}")],
    "too-little": [('    name: Politiet\n    phone: "112"', '    name: Politiet\n  phone: "112"')],
    "too-far": [('    name: Politiet\n    phone: "112"', '    name: Politiet\n      phone: "112"')],
    "quote": [("title: Barnet", 'title: "Barnet')],
    "comma-list": [
        (
            "      - Ring barnevernet.\n",
            "      - Ring barnevernet.\n    talk: [Lytt, ikke avhør.]\n",
        )
    ],
    "tab": [("    name: Politiet", "\tname: Politiet")],
    "goto": [("goto: barn}", "goto: bran}")],
    "contact": [("contacts: [barnevern, politi]", "contacts: [barnevrn, politi]")],
    "id": [("  barn:\n", "  børn:\n"), ("goto: barn}", "goto: børn}")],
    "phone": [("phone: 69 10 20 30", "phone: 69 10 20")],
    "invisible": [("title: Den voksne", "title: Den \u202evoksne")],
    "nul": [("title: Den voksne", "title: Den voks\x00ne")],
}

TRAPS_SV: dict[str, list[tuple[str, str]]] = {
    "comma": [("{label: En vuxen, goto: vuxen}", "{label: En vuxen, över 18 år, goto: vuxen}")],
    "colon-step": [("- Gör en orosanmälan", "- Glöm inte: gör en orosanmälan")],
    "too-little": [("    phone: 08-123 456 78", "  phone: 08-123 456 78")],
    "quote": [("title: Barnet", 'title: "Barnet')],
    "comma-list": [
        ("steps: [Prata med din chef.]", "steps: [Prata med din chef, och skriv ner vad du såg.]")
    ],
    "tab": [("    name: Polisen", "\tname: Polisen")],
    "goto": [("goto: barn}", "goto: bran}")],
    "id": [("  vuxen:\n", "  vuxen-våld:\n"), ("goto: vuxen}", "goto: vuxen-våld}")],
    "phone": [("phone: 08-123 456 79", "phone: 08-12 34")],
    "invisible": [("title: Den vuxna", "title: Den \u202evuxna")],
    "nul": [("title: Den vuxna", "title: Den vux\x00na")],
}

LANGS = {
    "nb": ("fjordvik", NB, TRAPS_NB, "### Vanlige YAML-feller"),
    "sv": ("exempelby", SV, TRAPS_SV, "### Vanliga YAML-fällor"),
}


def said(tmp_path: Path, lang: str, trap: str) -> str:
    """What validate prints for the trap (its one problem other than a missing
    translation), with the deck folder's name as the guide writes it."""
    folder_name, text, traps, _ = LANGS[lang]
    for old, new in traps[trap]:
        assert old in text, (trap, old)
        text = text.replace(old, new, 1)
    folder = write_deck(tmp_path / folder_name, text)
    problems = [p for p in load(folder).problems if p.code not in ("TK102", "TK103")]
    assert len(problems) == 1, [p.format(lang) for p in problems]
    line = problems[0].format(lang)
    return f"{folder_name}/deck.yaml" + line[len(problems[0].path) :]


def section(lang: str) -> str:
    heading = LANGS[lang][3]
    text = GUIDE.read_text(encoding="utf-8")
    assert heading in text, heading
    body = text[text.index(heading) + len(heading) :]
    end = re.search(r"^##", body, re.MULTILINE)
    return body[: end.start()] if end else body


@pytest.mark.parametrize(
    ("lang", "trap"), [(lang, trap) for lang in LANGS for trap in LANGS[lang][2]]
)
def test_the_guide_quotes_what_validate_says(tmp_path: Path, lang: str, trap: str) -> None:
    line = said(tmp_path, lang, trap)
    assert line in section(lang), line


@pytest.mark.parametrize("lang", list(LANGS))
def test_every_message_in_the_guide_is_one_validate_prints(tmp_path: Path, lang: str) -> None:
    folder_name = LANGS[lang][0]
    # a folder per trap; not named after it: "nul" is a device name on Windows, no folder
    printed = {said(tmp_path / f"trap-{trap}", lang, trap) for trap in LANGS[lang][2]}
    quoted = [
        line for line in section(lang).splitlines() if line.startswith(f"{folder_name}/deck.yaml:")
    ]
    assert quoted
    for line in quoted:
        assert line in printed, line


if __name__ == "__main__":  # print the lines, for writing the guide
    import sys
    import tempfile

    for lang in sys.argv[1:] or list(LANGS):
        for trap in LANGS[lang][2]:
            with tempfile.TemporaryDirectory() as tmp:
                print(f"# {lang} {trap}\n{said(Path(tmp), lang, trap)}")
