"""The JSON Schema for editors: shipped decks pass, mistakes it can see are flagged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

jsonschema = pytest.importorskip("jsonschema")

from tests.authoring.yaml12 import as_editor_sees  # noqa: E402
from tests.conftest import DECKS, ROOT  # noqa: E402
from tests.deck import test_loader  # noqa: E402
from tests.deck.decktext import BASE  # noqa: E402
from tiltakskort.authoring.schema import build_schema, schema_json  # noqa: E402
from tiltakskort.cli import main  # noqa: E402

VALIDATOR = jsonschema.Draft202012Validator(build_schema())


def errors(text: str) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(as_editor_sees(text))]


def test_schema_is_valid_draft_2020_12() -> None:
    schema = build_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    # draft-07 tools (the YAML extension) must understand it as well
    jsonschema.Draft7Validator.check_schema(schema)


def description(sub: dict) -> str:
    """A field's description: its own, or (optional fields) that of its first branch."""
    return sub.get("description") or sub.get("anyOf", [{}])[0].get("description", "")


def test_every_key_has_a_norwegian_description() -> None:
    schema = build_schema()
    top = schema["properties"]
    for key, sub in top.items():
        assert description(sub), key
    for name in ("card", "contactFields", "option", "link", "scenario", "municipality"):
        for key, sub in schema["$defs"][name]["properties"].items():
            assert description(sub), (name, key)
    assert "Påkrevd" in description(schema["$defs"]["card"]["properties"]["title"])
    assert "sluttkort" in description(schema["$defs"]["card"]["properties"]["options"])


def test_base_deck_passes() -> None:
    assert errors(BASE) == []


@pytest.mark.parametrize("folder", DECKS, ids=[d.name for d in DECKS])
def test_shipped_deck_passes(folder: Path) -> None:
    text = (folder / "deck.yaml").read_text(encoding="utf-8")
    assert errors(text) == []


#: loader test cases (tests/deck/test_loader.py CASES) that need the whole deck, the
#: file system or the YAML event stream, which a schema cannot see
BEYOND_A_SCHEMA = {
    "unknown goto",
    "unknown start",
    "unknown contact on card",
    "unknown after_hours",
    "after_hours loop",
    "extends missing",
    "bad phone",
    "end card without steps",
    "reachable loop",
    "unreachable card",
    "review overdue",
    "contact without phone or email",
    "single option",
    "checked too old",
    "duplicate key",
    "anchor",
    "tag",
    "yaml syntax",
}


@pytest.mark.parametrize("case", test_loader.CASES, ids=[c[0] for c in test_loader.CASES])
def test_broken_loader_decks_are_caught(case: tuple) -> None:
    name, (old, new), code, _, _ = case
    text = BASE.replace(old, new, 1)
    if name in BEYOND_A_SCHEMA:
        pytest.skip(f"{code} needs more than a schema")
    assert errors(text), f"{name} ({code}) not caught by the schema"


@pytest.mark.parametrize(
    "edit",
    [
        ("    title: Barnet\n", "    title: Barnet\n    urgent: ja\n"),  # not a boolean
        ("reviewed: 2026-10-01", "reviewed: 15.10.2026"),  # not a date
        ("format: tiltakskort/1", "format: tiltakskort/2"),
        ("start: start\n", "start: start\ncountry: DK\n"),
        ("    phone: 69 12 34 56\n", "    phone: 69 12 34 56\n    email: barnevern\n"),
        ('{mon-fri: "08:00-15:45"}', '{man-fre: "08:00-15:45"}'),  # Norwegian days
        ("    hours: 24/7\n  barnevern", "    hours: 24/7\n    checked: i fjor\n  barnevern"),
        ("id: test\n", "id: Test deck\n"),
        ("      - {label: Et barn, goto: barn}\n", "      - {label: Et barn, goto: Barn Akutt}\n"),
        (
            "    steps: [Ring barnevernet.]\n",
            "    steps: [Ring barnevernet.]\n    links: [{label: Les, url: 'file:///etc'}]\n",
        ),
        ("reviewed:", "branding: {logo: logo.gif}\nreviewed:"),
        ("reviewed:", "branding: {color: blue}\nreviewed:"),
        ("reviewed:", "review_every_months: 0\nreviewed:"),
        ("reviewed:", "languages: [bokmål]\nreviewed:"),
        ("title: Bekymret?", "title: {norsk: Bekymret?}"),
        ("    title: Barnet\n", ""),  # card without title
    ],
)
def test_more_mistakes_are_caught(edit: tuple[str, str]) -> None:
    old, new = edit
    assert old in BASE
    assert errors(BASE.replace(old, new, 1)), new


@pytest.mark.parametrize(
    "edit",
    [
        # YAML 1.2 turns these into booleans and numbers; the loader reads them as text
        ("    title: Barnet\n", "    title: Barnet\n    urgent: True\n"),
        ("    title: Barnet\n", "    title: Barnet\n    urgent: 'false'\n"),
        ("reviewed:", "version: 2026.10\nreviewed:"),
        ("reviewed:", "review_every_months: 24\nreviewed:"),
        ("reviewed:", "review_every_months: '6'\nreviewed:"),
        ('phone: "112"', "phone: 112"),
        ("    title: Barnet\n", "    title: 1814\n"),
        ("id: test\n", "id: 2026\n"),
        # the extensions of docs/deck-format.md
        ('{mon-fri: "08:00-15:45"}', '{fri-mon: "08:00-15:45", holidays: "10:00-14:00"}'),
        ('{mon-fri: "08:00-15:45"}', '{"Mon - Thu": "08:00-11:30, 12:00-15:45", fri: closed}'),
        ('{mon-fri: "08:00-15:45"}', '"Mo-Fr 08:00-15:45; PH off"'),
        # empty optional fields are absent for the loader
        ("    steps: [Ring barnevernet.]\n", "    steps: [Ring barnevernet.]\n    body:\n"),
        ("reviewed:", "branding: {logo: img/logo.svg, color: '#1F4E79'}\nreviewed:"),
        ("reviewed:", "plan_url: HTTPS://eksempel.kommune.no/plan\nreviewed:"),
        (
            "    steps: [Ring barnevernet.]\n",
            "    steps: [Ring barnevernet.]\n"
            "    links: [{label: Ring, url: 'tel:+4769123456'},"
            " {label: Skriv, url: 'mailto:a@b.no'}]\n",
        ),
    ],
)
def test_what_the_loader_accepts_passes(edit: tuple[str, str], tmp_path: Path) -> None:
    from tests.conftest import write_deck
    from tiltakskort.deck.loader import load_deck

    old, new = edit
    assert old in BASE
    text = BASE.replace(old, new, 1)
    folder = write_deck(tmp_path / "d", text, {"img/logo.svg": b"<svg/>"})
    assert load_deck(folder, today=test_loader.TODAY).ok  # the loader accepts it ...
    assert errors(text) == []  # ... so the schema must


def test_extending_deck_may_leave_out_what_the_base_gives() -> None:
    text = """\
format: tiltakskort/1
extends: ../felles
id: fjordvik
contacts:
  barnevern: {phone: 69 99 88 77}
"""
    assert errors(text) == []
    # without extends, the same file misses required keys and a contact name
    messages = errors(text.replace("extends: ../felles\n", ""))
    assert any("'name' is a required property" in m for m in messages)
    assert any("'cards' is a required property" in m for m in messages)


def test_municipalities_replace_municipality() -> None:
    text = BASE.replace("municipality: Testby kommune\n", "")
    assert any("'municipality'" in m for m in errors(text))
    with_many = text.replace(
        "cards:\n",
        "municipalities:\n  nordby: {name: Nordby, contacts: "
        "{barnevern: {phone: 69 11 22 33}}}\ncards:\n",
    )
    assert errors(with_many) == []


def test_schema_command_writes_file_and_stdout(tmp_path: Path, capsys) -> None:
    out = tmp_path / "deck.schema.json"
    assert main(["schema", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == build_schema()
    capsys.readouterr()
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == build_schema()


def test_schema_command_reports_unwritable_file(tmp_path: Path, capsys) -> None:
    assert main(["schema", "-o", str(tmp_path / "no" / "such" / "dir" / "s.json")]) == 1
    err = capsys.readouterr().err
    assert "Could not write" in err and "Traceback" not in err


def test_shipped_schema_file_is_up_to_date() -> None:
    shipped = ROOT / "resources" / "schema" / "deck.schema.json"
    assert shipped.read_text(encoding="utf-8") == schema_json()


def test_every_pattern_explains_itself_in_norwegian() -> None:
    found = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "pattern" in node:
                found.append(node)
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(build_schema())
    assert len(found) >= 15
    for node in found:
        assert node.get("patternErrorMessage"), node["pattern"]
