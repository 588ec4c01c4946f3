"""Issue 13, family 8: the YAML traps a new author falls into get plain words with the
line of the mistake and a fix; one mistake gives one problem; and a deck means the same
on every install."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CARDS, DECKS, ROOT, write_deck
from tests.deck.decktext import BASE, where
from tests.hostile.helpers import load


def _problems(tmp_path: Path, text: str):
    return load(write_deck(tmp_path / "d", text)).problems


def _real(tmp_path: Path, text: str):
    """The example deck (with its logo) with ``text`` as its deck.yaml."""
    folder = tmp_path / "eksempel"
    shutil.copytree(CARDS / "eksempel", folder)
    (folder / "deck.yaml").write_text(text, encoding="utf-8")
    return [p for p in load(folder).problems if p.code not in ("TK103", "TK106")]


def _say(problems) -> str:
    return "\n".join(p.format("nb") for p in problems)


def test_comma_inside_a_flow_mapping_says_put_it_in_quotes(tmp_path: Path) -> None:
    text = BASE.replace("languages", "x").replace(
        "title: Barnet",
        "title: {nb: Skriv ned hva du har sett og hørt, med barnets egne ord., en: Write it down}",
    )
    text = text.replace("title: Bekymret?", "languages: [nb, en]\ntitle: Bekymret?")
    problems = _problems(tmp_path, text)
    assert "språkkode" not in _say(problems) and "language code" not in _say(problems)
    [p] = [p for p in problems if p.is_error]
    assert p.line == where(text, "title: {nb: Skriv")[0]
    assert "anførselstegn" in p.text("nb"), p.text("nb")
    assert "komma" in p.text("nb"), p.text("nb")


def test_colon_inside_a_plain_step_says_put_it_in_quotes(tmp_path: Path) -> None:
    text = BASE.replace(
        "steps: [Ring barnevernet.]", "steps:\n      - Husk: ring barnevernet før du går."
    )
    problems = _problems(tmp_path, text)
    assert "språkkode" not in _say(problems)
    [p] = [p for p in problems if p.is_error]
    assert p.line == where(text, "- Husk:")[0]
    assert "anførselstegn" in p.text("nb") and "kolon" in p.text("nb"), p.text("nb")


def test_field_indented_too_little_names_its_own_line(tmp_path: Path) -> None:
    text = BASE.replace(
        '    name: Politiet\n    phone: "112"', '    name: Politiet\n  phone: "112"'
    )
    problems = _problems(tmp_path, text)
    [p] = [p for p in problems if p.is_error]
    assert p.line == where(text, '  phone: "112"')[0], _say(problems)
    assert "to mellomrom for langt til venstre" in p.text("nb"), p.text("nb")


def test_field_indented_too_little_in_a_real_deck(tmp_path: Path) -> None:
    lines = (CARDS / "eksempel" / "deck.yaml").read_text(encoding="utf-8").splitlines(True)
    # the first contact's phone, two spaces too far to the left
    n = next(i for i, line in enumerate(lines) if line.startswith("    phone:"))
    lines[n] = lines[n][2:]
    problems = _real(tmp_path, "".join(lines))
    errors = [p for p in problems if p.is_error]
    assert errors and errors[0].line == n + 1, _say(problems)
    assert "to mellomrom for langt til venstre" in errors[0].text("nb"), errors[0].text("nb")


def test_quote_never_closed_names_the_line_where_it_opened(tmp_path: Path) -> None:
    text = BASE.replace("title: Barnet", 'title: "Barnet')
    [p] = _problems(tmp_path, text)
    assert p.line == where(text, '"Barnet')[0], p.format("nb")
    assert "anførselstegn" in p.text("nb").lower() and "lukket" in p.text("nb"), p.text("nb")


def test_tab_in_the_indentation_says_tab(tmp_path: Path) -> None:
    text = BASE.replace("    name: Politiet", "\tname: Politiet")
    [p] = _problems(tmp_path, text)
    assert p.line == where(text, "\tname")[0]
    assert "tabulator" in p.text("nb"), p.text("nb")
    assert "mellomrom" in p.text("nb")


def test_goto_typo_gives_one_problem(tmp_path: Path) -> None:
    text = BASE.replace("goto: barn}", "goto: bran}")
    problems = _problems(tmp_path, text)
    assert [p.code for p in problems] == ["TK020"], _say(problems)
    assert "barn" in problems[0].text("nb")


def test_goto_typo_in_a_real_deck_gives_one_problem(tmp_path: Path) -> None:
    text = (CARDS / "eksempel" / "deck.yaml").read_text(encoding="utf-8")
    assert "goto: barn}" in text or "goto: barn\n" in text
    text = text.replace("goto: barn}", "goto: bran}", 1).replace("goto: barn\n", "goto: bran\n", 1)
    problems = _real(tmp_path, text)
    assert [p.code for p in problems] == ["TK020"], _say(problems)


def test_id_with_a_letter_outside_a_to_z_is_said_first(tmp_path: Path) -> None:
    text = BASE.replace("  barn:\n", "  børn:\n").replace("goto: barn}", "goto: børn}")
    problems = _problems(tmp_path, text)
    assert problems[0].code == "TK013", _say(problems)
    assert problems[0].line == where(text, "  børn:")[0]
    assert "ø" in problems[0].text("nb")
    assert "TK020" not in [p.code for p in problems], _say(problems)


def test_bad_phone_number_gives_one_problem(tmp_path: Path) -> None:
    text = BASE.replace("phone: 69 10 20 30", "phone: 69 10 20")
    problems = _problems(tmp_path, text)
    assert [p.code for p in problems] == ["TK027"], _say(problems)


def test_comma_fix_shows_the_whole_text_in_its_own_language(tmp_path: Path) -> None:
    text = BASE.replace("title: Bekymret?", "languages: [nb, en]\ntitle: Bekymret?").replace(
        "title: Barnet",
        "title: {en: Write it down, nb: Skriv ned hva du har sett og hørt, med barnets egne ord.}",
    )
    [p] = [p for p in _problems(tmp_path, text) if p.is_error]
    assert 'nb: "Skriv ned hva du har sett og hørt, med barnets egne ord."' in p.text("nb"), p.text(
        "nb"
    )


def test_comma_inside_a_label_says_put_it_in_quotes(tmp_path: Path) -> None:
    text = BASE.replace("{label: Et barn, goto: barn}", "{label: Et barn, under 18 år, goto: barn}")
    problems = _problems(tmp_path, text)
    [p] = problems
    assert p.code != "TK011" and "er ikke et felt" not in p.text("nb"), _say(problems)
    assert p.line == where(text, "under 18 år")[0]
    assert 'label: "Et barn, under 18 år"' in p.text("nb"), p.text("nb")


def test_colon_inside_a_label_says_put_it_in_quotes(tmp_path: Path) -> None:
    text = BASE.replace(
        "{label: En voksen, goto: voksen}", "{label: Voksen: over 18, goto: voksen}"
    )
    [p] = _problems(tmp_path, text)
    assert (p.line, p.column) == where(text, ": over 18")
    for lang in ("nb", "nn", "sv", "en"):
        assert "did not find" not in p.text(lang) and "flow mapping" not in p.text(lang)
    assert "kolon" in p.text("nb") and 'label: "Voksen: over 18"' in p.text("nb"), p.text("nb")


def test_colon_inside_a_plain_title_shows_the_fix(tmp_path: Path) -> None:
    text = BASE.replace("title: Barnet", "title: Viktig: ring nå")
    [p] = _problems(tmp_path, text)
    assert (p.line, p.column) == where(text, ": ring nå")
    assert 'title: "Viktig: ring nå"' in p.text("nb"), p.text("nb")


def test_single_quote_never_closed_names_that_quote_where_it_opened(tmp_path: Path) -> None:
    text = BASE.replace("title: Barnet", "title: 'Barnet")
    [p] = _problems(tmp_path, text)
    assert (p.line, p.column) == where(text, "'Barnet"), p.format("nb")
    assert "'" in p.text("nb") and '"' not in p.text("nb"), p.text("nb")


def test_field_indented_too_far_names_its_own_line(tmp_path: Path) -> None:
    text = BASE.replace(
        '    name: Politiet\n    phone: "112"', '    name: Politiet\n      phone: "112"'
    )
    [p] = _problems(tmp_path, text)
    assert p.line == where(text, '      phone: "112"')[0], p.format("nb")
    assert "to mellomrom for langt til høyre" in p.text("nb"), p.text("nb")
    assert "feltnavn" not in p.text("nb")


def test_first_field_of_a_card_indented_too_little_names_its_line(tmp_path: Path) -> None:
    text = BASE.replace("    title: Den voksne", "  title: Den voksne")
    [p] = _problems(tmp_path, text)
    assert p.line == where(text, "  title: Den voksne")[0], p.format("nb")
    assert "to mellomrom for langt til venstre" in p.text("nb"), p.text("nb")


# -- one reading everywhere ---------------------------------------------------------

NO_LIBYAML = """\
import sys
sys.modules["yaml._yaml"] = None  # PyYAML without libyaml: the pure-Python parser
import yaml
assert not yaml.__with_libyaml__
from tiltakskort.cli import main
sys.exit(main(["validate", *sys.argv[1:]]))
"""


def test_every_shipped_deck_reads_the_same_without_libyaml() -> None:
    env = dict(os.environ, TILTAKSKORT_LANG="nb")
    for folder in DECKS:
        with_c = subprocess.run(
            [sys.executable, "-m", "tiltakskort", "validate", str(folder)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=60,
        )
        pure = subprocess.run(
            [sys.executable, "-c", NO_LIBYAML, str(folder)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=60,
        )
        assert "Traceback" not in pure.stderr, pure.stderr[-2000:]
        if "libyaml" in (pure.stdout + pure.stderr):
            continue  # said clearly: this install cannot read decks the same way
        assert (pure.returncode, pure.stdout) == (with_c.returncode, with_c.stdout), folder.name


def _plain(node):
    from tiltakskort.deck.yamlread import Mapping, Scalar, Sequence

    if isinstance(node, Scalar):
        return node.value
    if isinstance(node, Sequence):
        return [_plain(n) for n in node.items]
    assert isinstance(node, Mapping)
    return {k: _plain(v) for k, (_, v) in node.items.items()}


def _test_deck_texts() -> dict[str, str]:
    texts = {f"cards/{d.name}": (d / "deck.yaml").read_text(encoding="utf-8") for d in DECKS}
    texts["tests/deck/decktext.BASE"] = BASE
    for seed in sorted((ROOT / "tests" / "fuzz" / "seeds").glob("*.yaml")):
        texts[f"tests/fuzz/seeds/{seed.name}"] = seed.read_text(encoding="utf-8")
    return texts


@pytest.mark.parametrize("name", list(_test_deck_texts()))
def test_editor_reading_yaml_1_2_agrees_with_ours(name: str) -> None:
    """The editor schema reads YAML 1.2 (yaml-language-server); every text we read must
    read the same there, scalars as text."""
    ruamel = pytest.importorskip("ruamel.yaml")
    from tiltakskort.deck.yamlread import read_yaml

    text = _test_deck_texts()[name]
    ours = read_yaml(Path(name), name, text.encode("utf-8"))
    if ours.root is None or ours.problems:
        pytest.skip("not a readable YAML file (a seed for the fuzzer)")
    editor = ruamel.YAML(typ="base", pure=True).load(text)
    assert _plain(ours.root) == editor


def test_a_comma_inside_brackets_that_cuts_a_sentence_is_tk110(tmp_path: Path) -> None:
    """`[Ring barnevernet, og skriv ned hva du så.]` makes two steps; when the second
    begins with a small letter the author most likely meant one."""
    text = BASE.replace(
        "steps: [Ring barnevernet.]",
        "steps: [Ring barnevernet, og skriv ned hva du så.]\n"
        "    talk: [Lytt, ikke avhør.]\n"
        '    law: ["Barnevernsloven § 13-2, opplysningsplikt", Straffeloven § 196]\n'
        "    tags: [vold, barn]",
    )
    problems = [p for p in _problems(tmp_path, text) if p.code == "TK110"]
    line, col = where(text, "og skriv ned hva du så.]")
    assert [(p.line, p.column) for p in problems] == [
        (line, col),
        (where(text, "ikke avhør.]")[0], where(text, "ikke avhør.]")[1]),
    ]
    said = problems[0].format("nb")
    assert "'Ring barnevernet' og 'og skriv ned hva du så.' ble to" in said
    assert '"Ring barnevernet, og skriv ned hva du så."' in said and not problems[0].is_error
    # contact ids, quoted texts, a capital letter after the comma and lists on lines: silent
    fine = BASE.replace(
        "steps: [Ring barnevernet.]",
        "steps: [Ring barnevernet., Snakk med lederen.]\n"
        "    talk:\n      - Lytt\n      - ikke avhør.",
    )
    assert not [p for p in _problems(tmp_path / "fine", fine) if p.code == "TK110"]


def test_shipped_decks_have_no_tk110() -> None:
    for deck in sorted(CARDS.glob("*/deck.yaml")):
        assert not [p for p in load(deck.parent).problems if p.code == "TK110"], deck
