"""Loading decks: every problem code with its place, the YAML traps, overlays."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.conftest import write_deck
from tests.deck.decktext import BASE, where
from tiltakskort.deck.loader import load_deck

TODAY = date(2026, 11, 22)


def load(tmp_path: Path, text: str, files: dict[str, bytes] | None = None):
    return load_deck(write_deck(tmp_path / "deck", text, files), today=TODAY)


def codes(result) -> list[str]:
    return [p.code for p in result.problems]


def test_base_deck_is_clean(tmp_path: Path) -> None:
    result = load(tmp_path, BASE)
    assert result.problems == []
    deck = result.deck
    assert deck.start == "start"
    assert list(deck.cards) == ["start", "barn", "voksen"]
    assert deck.contacts["barnevern"].phone.display == "69 12 34 56"
    assert deck.title.get() == "Bekymret?"


# (name, edit: (old, new), expected code, needle in the edited text, occurrence)
CASES = [
    ("unknown top key", ("cards:\n", "contact: x\ncards:\n"), "TK011", "contact:", 0),
    (
        "unknown card key",
        ("    title: Barnet\n", "    title: Barnet\n    step: [x]\n"),
        "TK011",
        "step:",
        0,
    ),
    ("missing title", ("title: Bekymret?\n", ""), "TK010", "format", 0),
    ("missing card title", ("    title: Den voksne\n", ""), "TK010", "voksen:", 0),
    ("wrong kind", ("    steps: [Ring barnevernet.]", "    steps: {a: b}"), "TK012", "{a: b}", 0),
    ("invalid card id", ("  voksen:\n", "  Voksen_1:\n"), "TK013", "Voksen_1", 0),
    ("unknown goto", ("goto: voksen}", "goto: vokse}"), "TK020", "vokse}", 0),
    ("unknown start", ("start: start\n", "start: begynn\n"), "TK020", "begynn", 0),
    (
        "unknown contact on card",
        ("contacts: [politi]\n", "contacts: [politiet]\n"),
        "TK021",
        "politiet",
        0,
    ),
    ("unknown after_hours", ("after_hours: vakt", "after_hours: vakta"), "TK021", "vakta", 0),
    (
        "after_hours loop",
        ("    hours: 24/7\ncards", "    hours: 24/7\n    after_hours: barnevern\ncards"),
        # reported where the chain starts (barnevern's after_hours value), in file order
        "TK022",
        "vakt\n",
        0,
    ),
    (
        "extends missing",
        ("id: test\n", "id: test\nextends: ../finnes-ikke\n"),
        "TK023",
        "../finnes-ikke",
        0,
    ),
    (
        "logo outside",
        ("reviewed:", "branding: {logo: ../x.png}\nreviewed:"),
        "TK024",
        "../x.png",
        0,
    ),
    (
        "bad link scheme",
        (
            "    steps: [Snakk med lederen din.]\n",
            "    steps: [Snakk med lederen din.]\n"
            "    links: [{label: Les, url: 'javascript:alert(1)'}]\n",
        ),
        "TK025",
        "'javascript",
        0,
    ),  # a quoted value starts at its quote
    (
        "http url",
        ("    hours: 24/7\n  barnevern", "    hours: 24/7\n    url: http://x.no\n  barnevern"),
        "TK025",
        "http://x.no",
        0,
    ),
    ("bad hours", ('"08:00-15:45"', '"08:00-25:45"'), "TK026", "mon-fri", 0),
    ("bad phone", ("69 10 20 30", "69 10 20"), "TK027", "69 10 20", 0),
    (
        "end card without steps",
        ("    steps: [Snakk med lederen din.]\n    contacts: [politi]\n", ""),
        "TK028",
        "voksen:",
        0,
    ),
    (
        "reachable loop",
        (
            "      - {label: En voksen, goto: voksen}\n",
            "      - {label: En voksen, goto: loop}\n  loop:\n    title: Loop\n"
            "    options:\n      - {label: Igjen, goto: loop2}\n      - {label: Og, goto: loop2}\n"
            "  loop2:\n    title: Loop2\n    options:\n      - {label: Tilbake, goto: loop}\n"
            "      - {label: Og, goto: loop}\n",
        ),
        "TK030",
        "loop:",
        0,
    ),
    (
        "unreachable card",
        ("  voksen:\n", "  ekstra:\n    title: Ekstra\n    steps: [x]\n  voksen:\n"),
        "TK101",
        "ekstra:",
        0,
    ),
    ("review overdue", ("reviewed: 2026-10-01", "reviewed: 2024-01-01"), "TK103", "2024-01-01", 0),
    ("contact without phone or email", ("    phone: 69 10 20 30\n", ""), "TK104", "vakt:", 0),
    (
        "single option",
        ("      - {label: En voksen, goto: voksen}\n", ""),
        "TK105",
        "{label: Et barn",
        0,
    ),
    (
        "checked too old",
        ("    phone: 69 10 20 30\n", "    phone: 69 10 20 30\n    checked: 2020-01-01\n"),
        "TK106",
        "2020-01-01",
        0,
    ),
    ("duplicate key", ("id: test\n", "id: test\nid: test2\n"), "TK004", "id: test2", 0),
    ("anchor", ("title: Bekymret?", "title: &t Bekymret?"), "TK003", "&t", 0),
    ("tag", ("title: Bekymret?", "title: !!str Bekymret?"), "TK003", "!!str", 0),
    (
        "yaml syntax",
        ("    title: Barnet\n", "    title: [Barnet\n"),
        "TK002",
        ": [Ring barnevernet",
        0,
    ),  # where libyaml stops
]


@pytest.mark.parametrize("name,edit,code,needle,nth", CASES, ids=[c[0] for c in CASES])
def test_problem_code_and_place(
    tmp_path: Path, name: str, edit: tuple[str, str], code: str, needle: str, nth: int
) -> None:
    old, new = edit
    assert old in BASE, name
    text = BASE.replace(old, new, 1)
    result = load(tmp_path, text)
    found = [p for p in result.problems if p.code == code]
    assert found, f"{name}: expected {code}, got {[p.format() for p in result.problems]}"
    line, col = where(text, needle, nth)
    assert (found[0].line, found[0].column) == (line, col), found[0].format()
    assert found[0].path.endswith("deck.yaml")
    english = found[0].text("en")
    assert english and not english[0].islower()  # a sentence starts with a capital
    for lang in ("nb", "nn", "sv"):  # the sentence is translated, not left in English
        assert found[0].text(lang) != english, (lang, english)


def test_tk001_missing_file(tmp_path: Path) -> None:
    result = load_deck(tmp_path / "nothing")
    assert codes(result) == ["TK001"]
    assert result.deck is None


def test_tk001_latin1_points_at_bad_byte(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "deck.yaml").write_bytes(BASE.replace("Bekymret?", "Bekymret\xe6?").encode("latin-1"))
    result = load_deck(folder)
    assert codes(result) == ["TK001"]
    assert (result.problems[0].line, result.problems[0].column) == (3, 16)
    assert "UTF-8" in result.problems[0].text("en")


def test_tk001_too_large(tmp_path: Path) -> None:
    text = BASE + "# " + "x" * (6 * 1024 * 1024) + "\n"
    result = load(tmp_path, text)
    assert codes(result) == ["TK001"]


def test_bom_is_accepted(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "deck.yaml").write_bytes(b"\xef\xbb\xbf" + BASE.encode())
    assert load_deck(folder, today=TODAY).problems == []


def test_duplicate_key_names_both_lines(tmp_path: Path) -> None:
    result = load(tmp_path, BASE.replace("id: test\n", "id: test\nid: test2\n"))
    assert "lines 2 and 3" in result.problems[0].text("en")


def test_unknown_key_suggests(tmp_path: Path) -> None:
    result = load(tmp_path, BASE.replace("cards:\n", "contact: x\ncards:\n"))
    assert "Did you mean 'contacts'?" in result.problems[0].text("en")


def test_unknown_card_suggests(tmp_path: Path) -> None:
    result = load(tmp_path, BASE.replace("goto: voksen}", "goto: vokse}"))
    assert "Did you mean 'voksen'?" in result.problems[0].text("en")


def test_all_problems_are_collected(tmp_path: Path) -> None:
    text = (
        BASE.replace("cards:\n", "contact: x\ncards:\n")
        .replace("69 10 20 30", "1")
        .replace("goto: voksen}", "goto: nope}")
    )
    assert {"TK011", "TK027", "TK020"} <= set(codes(load(tmp_path, text)))


@pytest.mark.parametrize(
    "raw",
    [
        "NO",
        "no",
        "Nei",
        "yes",
        "on",
        "10:00",
        "0047 69 24 80 00",
        "2026.10",
        "0123",
        "+4722",
        "~",
        "null",
        "1e3",
        "0x1F",
    ],
)
def test_every_scalar_is_text(tmp_path: Path, raw: str) -> None:
    result = load(
        tmp_path,
        BASE.replace("title: Barnet", f"title: {raw}")
        .replace("version", "v")
        .replace("reviewed:", f"version: {raw}\nreviewed:"),
    )
    assert result.deck.cards["barn"].title.get() == raw
    assert result.deck.version == raw


def test_country_no_stays_text(tmp_path: Path) -> None:
    result = load(tmp_path, BASE.replace("start: start", "country: NO\nstart: start"))
    assert result.problems == [] and result.deck.country == "NO"


def test_localised_text_and_fallback(tmp_path: Path) -> None:
    text = BASE.replace("reviewed:", "languages: [nb, en]\nreviewed:").replace(
        "title: Bekymret?", "title: {nb: Bekymret?, en: Worried?}"
    )
    result = load(tmp_path, text)
    deck = result.deck
    assert deck.title.get("en") == "Worried?"
    assert deck.title.get("nn") == "Bekymret?"
    assert deck.cards["barn"].title.get("en") == "Barnet"  # falls back, with a warning
    assert "TK102" in codes(result)
    assert not result.errors


@pytest.mark.parametrize(
    "logo", ["../x.png", "/etc/x.png", "C:evil.png", "\\\\server\\share\\x.png", "sub/../../x.png"]
)
def test_logo_outside_folder(tmp_path: Path, logo: str) -> None:
    (tmp_path / "x.png").write_bytes(b"\x89PNG")
    text = BASE.replace("reviewed:", f"branding: {{logo: '{logo}'}}\nreviewed:")
    assert "TK024" in codes(load(tmp_path, text))


def test_logo_inside_folder(tmp_path: Path) -> None:
    text = BASE.replace("reviewed:", "branding: {logo: img/logo.png, color: '#1F4E79'}\nreviewed:")
    result = load(tmp_path, text, {"img/logo.png": b"\x89PNG"})
    assert result.problems == []
    assert result.deck.branding.logo == (tmp_path / "deck" / "img" / "logo.png").resolve()
    assert result.deck.branding.color == "#1f4e79"


def test_default_emergency_is_112(tmp_path: Path) -> None:
    deck = load(tmp_path, BASE).deck
    assert deck.emergency.phone.display == "112"
    assert "112" in deck.emergency.text.get("nb")


def test_municipalities_override_field_by_field(tmp_path: Path) -> None:
    text = BASE.replace("municipality: Testby kommune\n", "").replace(
        "cards:\n",
        """\
municipalities:
  nordby: {name: Nordby, contacts: {barnevern: {phone: 69 11 22 33}}}
  sorvik:
    name: Sørvik
    branding: {color: "#222222"}
cards:
""",
    )
    result = load(tmp_path, text)
    assert result.problems == []
    deck = result.deck
    nordby = deck.for_municipality("nordby")
    assert nordby.contacts["barnevern"].phone.display == "69 11 22 33"
    assert nordby.contacts["barnevern"].name.get() == "Barneverntjenesten"
    assert nordby.contacts["barnevern"].after_hours == "vakt"
    assert nordby.municipality_name() == "Nordby"
    assert deck.for_municipality("sorvik").branding.color == "#222222"
    assert deck.for_municipality("sorvik").contacts["barnevern"].phone.display == "69 12 34 56"


def test_municipality_unknown_contact(tmp_path: Path) -> None:
    text = BASE.replace("municipality: Testby kommune\n", "").replace(
        "cards:\n",
        "municipalities:\n  nordby: {name: Nordby, contacts: {barnvern: {phone: 69 11 22 33}}}\ncards:\n",
    )
    result = load(tmp_path, text)
    assert codes(result) == ["TK021"]
    assert "Did you mean 'barnevern'?" in result.problems[0].text("en")


def test_municipality_required_unless_municipalities(tmp_path: Path) -> None:
    assert codes(load(tmp_path, BASE.replace("municipality: Testby kommune\n", ""))) == ["TK010"]


def _base_and_top(tmp_path: Path, top: str) -> Path:
    write_deck(
        tmp_path / "felles",
        BASE.replace("reviewed:", "version: '1'\nreviewed:")
        .replace("  voksen:\n", "  ekstra:\n    title: Fra basen\n    steps: [x]\n  voksen:\n", 1)
        .replace("goto: voksen}", "goto: voksen}\n      - {label: Mer, goto: ekstra}"),
    )
    return write_deck(tmp_path / "kommune", top)


def test_extends_overlays(tmp_path: Path) -> None:
    top = """\
format: tiltakskort/1
extends: ../felles
id: kommune
municipality: Fjordvik kommune
contacts:
  barnevern:
    phone: 69 99 88 77
cards:
  voksen:
    title: Voksen i Fjordvik
    steps: [Ring Fjordvik.]
"""
    folder = _base_and_top(tmp_path, top)
    result = load_deck(folder, today=TODAY)
    assert result.problems == [], [p.format() for p in result.problems]
    deck = result.deck
    assert deck.id == "kommune"
    assert deck.version == "1"
    assert deck.municipality.get() == "Fjordvik kommune"
    assert deck.contacts["barnevern"].phone.display == "69 99 88 77"
    assert deck.contacts["barnevern"].name.get() == "Barneverntjenesten"
    assert deck.cards["voksen"].title.get() == "Voksen i Fjordvik"
    assert deck.cards["ekstra"].title.get() == "Fra basen"
    assert len(deck.files) == 2


def test_extends_problem_reported_in_its_own_file(tmp_path: Path) -> None:
    top = "format: tiltakskort/1\nextends: ../felles\nid: kommune\ncards:\n  voksen:\n    title: V\n    steps: [x]\n    contacts: [nope]\n"
    folder = _base_and_top(tmp_path, top)
    text = (folder.parent / "felles" / "deck.yaml").read_text()
    (folder.parent / "felles" / "deck.yaml").write_text(text.replace("69 10 20 30", "69 10"))
    result = load_deck(folder, today=TODAY)
    by_code = {p.code: p for p in result.problems}
    assert by_code["TK021"].path.endswith(str(Path("kommune") / "deck.yaml"))
    assert by_code["TK027"].path.endswith(str(Path("felles") / "deck.yaml"))


def test_extends_cycle(tmp_path: Path) -> None:
    write_deck(tmp_path / "a", BASE.replace("id: test\n", "id: a\nextends: ../b\n"))
    write_deck(tmp_path / "b", BASE.replace("id: test\n", "id: b\nextends: ../a\n"))
    result = load_deck(tmp_path / "a", today=TODAY)
    assert "TK023" in codes(result)
    assert not any(p.code == "TK001" for p in result.problems)


def test_scenarios(tmp_path: Path) -> None:
    text = (
        BASE
        + """\
scenarios:
  - id: lise
    title: Lise (7)
    story: Lise har blåmerker.
    expected: barn
  - id: feil
    title: Feil
    story: x
    expected: start
"""
    )
    result = load(tmp_path, text)
    assert codes(result) == ["TK029"]
    assert result.deck.scenario("lise").expected == "barn"
