"""Deck lookup on a PC, and what build.spec puts in a build (without building it)."""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CARDS, ROOT
from tiltakskort import paths
from tiltakskort.packaging import commands, lookup, spec
from tiltakskort.signing.minisign import generate


def _deck(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "deck.yaml").write_text("format: tiltakskort/1\n", encoding="utf-8")
    return folder


# ---------------------------------------------------------------- deck lookup


def test_deck_on_the_command_line_wins(tmp_path) -> None:
    _deck(tmp_path / "deck")
    assert lookup.find_deck("/somewhere/else", tmp_path, CARDS / "eksempel") == Path(
        "/somewhere/else"
    )


def test_deck_beside_the_program(tmp_path) -> None:
    _deck(tmp_path / "deck")
    assert lookup.find_deck(None, tmp_path, CARDS / "eksempel") == tmp_path / "deck"


def test_built_in_deck_when_nothing_beside_the_program(tmp_path) -> None:
    (tmp_path / "deck").mkdir()  # a folder without deck.yaml is not a deck
    assert lookup.find_deck(None, tmp_path, CARDS / "eksempel") == CARDS / "eksempel"
    assert lookup.find_deck("", tmp_path, CARDS / "eksempel") == CARDS / "eksempel"


def test_from_source_no_deck_folder_is_looked_for(tmp_path) -> None:
    _deck(tmp_path / "deck")
    assert lookup.find_deck(None, None, CARDS / "eksempel") == CARDS / "eksempel"


def test_fallbacks_after_a_refused_deck(tmp_path) -> None:
    beside = _deck(tmp_path / "deck")
    builtin = CARDS / "eksempel"
    assert lookup.fallbacks(Path("/share/deck"), tmp_path, builtin) == [beside, builtin]
    assert lookup.fallbacks(beside, tmp_path, builtin) == [builtin]
    assert lookup.fallbacks(builtin, None, builtin) == []


def test_paths_module_finds_files_when_frozen(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.cards_dir() == tmp_path / "cards"
    assert paths.resources_dir() == tmp_path / "resources"
    assert paths.default_deck() == tmp_path / spec.DEFAULT_DECK


def test_paths_module_finds_files_installed_from_a_wheel(monkeypatch, tmp_path) -> None:
    package = tmp_path / "site-packages" / "tiltakskort"
    (package / paths.DATA_FOLDER / "cards" / "eksempel").mkdir(parents=True)
    (tmp_path / "site-packages" / "cards").mkdir()  # another package's stray folder is not ours
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))
    assert paths.base_dir() == package / paths.DATA_FOLDER
    assert paths.default_deck() == package / paths.DATA_FOLDER / "cards" / "eksempel"


def test_paths_module_finds_files_in_a_checkout(monkeypatch, tmp_path) -> None:
    (tmp_path / "tiltakskort").mkdir()
    monkeypatch.setattr(paths, "__file__", str(tmp_path / "tiltakskort" / "paths.py"))
    assert (
        paths.cards_dir() == tmp_path / "cards" and paths.resources_dir() == tmp_path / "resources"
    )


def test_from_this_checkout_the_files_are_its_own() -> None:
    assert paths.base_dir() == ROOT and paths.default_deck() == CARDS / "eksempel"


# ---------------------------------------------------------------- what goes in a build


def test_secret_keys_never_go_into_a_build(tmp_path) -> None:
    key = generate()
    deck = tmp_path / "deck"
    shutil.copytree(CARDS / "eksempel", deck)
    (deck / "kommune.key").write_text(key.text())
    (deck / "nøkkel").write_text(key.text())  # a secret key without a telling name
    (deck / "kopi.txt").write_text("untrusted comment: x\n" + key.text().splitlines()[1] + "\n")
    (deck / "kommune.pub").write_text(key.public_key().text())
    (deck / "Thumbs.db").write_bytes(b"\0")
    datas = spec.data_files(ROOT, spec.Settings("T", (deck,), None, None))
    names = {Path(src).name for src, _ in datas}
    assert {"deck.yaml", "logo.svg", "kommune.pub"} <= names
    assert not names & {"kommune.key", "nøkkel", "kopi.txt", "Thumbs.db"}


def test_a_text_that_mentions_a_secret_key_is_packaged(tmp_path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("Never put the secret key on the shared drive.\n")
    assert not spec.is_secret(readme)


def test_a_secret_key_given_as_the_public_key_stops_the_build(tmp_path) -> None:
    key = generate()
    (tmp_path / "k.pub").write_text(key.text())  # the secret key under a public name
    with pytest.raises(spec.SpecError) as e:
        spec.data_files(ROOT, spec.Settings("T", (CARDS / "eksempel",), None, tmp_path / "k.pub"))
    assert "never" in str(e.value) and "aldri" in e.value.msg.text("nb")


def test_the_public_key_goes_where_the_app_looks(tmp_path) -> None:
    (tmp_path / "k.pub").write_text(generate().public_key().text())
    datas = spec.data_files(
        ROOT, spec.Settings("T", (CARDS / "eksempel",), None, tmp_path / "k.pub")
    )
    assert (str(tmp_path / "k.pub"), "resources/keys") in datas


def test_fonts_translations_and_the_default_deck_go_in() -> None:
    datas = spec.data_files(ROOT, spec.Settings.from_env(ROOT, {}))
    targets = {(Path(src).name, dest) for src, dest in datas}
    assert ("DejaVuSans.ttf", "resources/fonts") in targets
    assert ("tiltakskort_nb.qm", "resources/translations") in targets
    assert ("deck.yaml", "cards/eksempel") in targets
    assert not any(name.endswith(".ts") for name, _ in targets)  # sources of translations stay out


def test_the_gettext_catalogues_go_in_without_their_sources(tmp_path) -> None:
    messages = tmp_path / "resources" / "locale" / "sv" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    for name in ("cli.mo", "cli.po", "deck.mo"):
        (messages / name).write_bytes(b"")
    datas = spec.data_files(tmp_path, spec.Settings("T", (CARDS / "eksempel",), None, None))
    locale = {(Path(src).name, dest) for src, dest in datas if "locale" in dest}
    assert locale == {
        ("cli.mo", "resources/locale/sv/LC_MESSAGES"),
        ("deck.mo", "resources/locale/sv/LC_MESSAGES"),
    }


def test_a_deck_and_the_deck_it_extends(tmp_path) -> None:
    datas = spec.data_files(
        ROOT, spec.Settings.from_env(ROOT, {"TILTAKSKORT_DECK": str(CARDS / "fjordvik")})
    )
    targets = {
        (Path(src).parent.name, dest) for src, dest in datas if Path(src).name == "deck.yaml"
    }
    # fjordvik becomes the built-in deck; its base lands where `extends: ../region-felles` finds it
    assert targets == {("fjordvik", "cards/eksempel"), ("region-felles", "cards/region-felles")}


def test_several_decks(tmp_path) -> None:
    env = {
        "TILTAKSKORT_DECK": os.pathsep.join(
            [str(CARDS / "eksempel"), str(CARDS / "exempelregionen")]
        )
    }
    settings = spec.Settings.from_env(ROOT, env)
    assert [t for _, t in spec.deck_targets(settings.decks)] == [
        "cards/eksempel",
        "cards/exempelregionen",
    ]


def test_a_deck_with_errors_stops_the_build(tmp_path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "deck.yaml").write_text("format: tiltakskort/1\nid: [\n")
    with pytest.raises(spec.SpecError) as e:
        spec.deck_targets([bad])
    assert "deck.yaml" in str(e.value)


def test_settings_from_the_environment(tmp_path) -> None:
    s = spec.Settings.from_env(
        ROOT,
        {
            "TILTAKSKORT_NAME": "Tiltakskort Fjordvik",
            "TILTAKSKORT_ICON": "f.ico",
            "TILTAKSKORT_PUBKEY": "f.pub",
        },
    )
    assert (
        s.name == "Tiltakskort Fjordvik" and s.icon == Path("f.ico") and s.pubkey == Path("f.pub")
    )
    assert s.decks == (ROOT / "cards" / "eksempel",)


@pytest.mark.parametrize(
    "path, kept",
    [
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/translations/qtbase_sv.qm", True),
        ("resources/translations/tiltakskort_nn.qm", True),
        # dead keys and input methods in the search field on Linux
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6\\opengl32sw.dll", False),
    ],
)
def test_unused_qt_parts_stay_out(path, kept) -> None:
    assert spec.keep_file(path) is kept


@pytest.mark.parametrize(
    "path, kept",
    [
        ("rapidfuzz/distance/metrics_cpp.cpython-311-x86_64-linux-gnu.so", False),
        ("rapidfuzz/fuzz_cpp.cpython-311-x86_64-linux-gnu.so", False),
        ("rapidfuzz/process_cpp_impl.cpython-311-x86_64-linux-gnu.so", True),
        ("rapidfuzz\\fuzz_cpp.cp311-win_amd64.pyd", False),
        ("rapidfuzz/utils_cpp.cpython-311-x86_64-linux-gnu.so", True),
        ("rapidfuzz/distance/metrics_cpp_avx2.cpython-311-x86_64-linux-gnu.so", False),
        ("rapidfuzz/fuzz_cpp_avx2.cpython-311-x86_64-linux-gnu.so", False),
        ("rapidfuzz\\distance\\metrics_cpp_avx2.cp311-win_amd64.pyd", False),
    ],
)
def test_rapidfuzz_keeps_only_what_search_needs(path, kept) -> None:
    assert spec.keep_file(path) is kept


def test_search_works_without_rapidfuzz_avx2_builds() -> None:
    """What the bundle leaves out (the AVX2 builds, the C++ distance and ratio modules):
    search falls back to rapidfuzz's generic and pure-Python code and finds the same."""

    code = (
        "import sys\n"
        "for m in ('rapidfuzz.fuzz_cpp_avx2', 'rapidfuzz.distance.metrics_cpp_avx2',\n"
        "          'rapidfuzz.process_cpp_avx2', 'rapidfuzz.utils_cpp_avx2',\n"
        "          'rapidfuzz.fuzz_cpp', 'rapidfuzz.distance.metrics_cpp'):\n"
        "    sys.modules[m] = None\n"
        "from tiltakskort.deck.loader import load_deck\n"
        "from tiltakskort.search import SearchIndex\n"
        "found = SearchIndex(load_deck('cards/eksempel').deck).search('bekymringsmeldnig')\n"
        "assert found[0].id == 'barn-melding', found[:1]\n"
        "assert not any(k.endswith('_avx2') and v is not None for k, v in sys.modules.items())\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_libraries_only_left_out_parts_needed_are_dropped() -> None:
    binaries = [
        ("PySide6/QtGui.abi3.so", "/s/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/s/libqxcb.so", "BINARY"),
        ("libxcb-cursor.so.0", "/s/libxcb-cursor.so.0", "BINARY"),
        ("libfreetype.so.6", "/s/libfreetype.so.6", "BINARY"),
        ("libpng16.so.16", "/s/libpng16.so.16", "BINARY"),
        ("libgio-2.0.so.0", "/s/libgio-2.0.so.0", "BINARY"),  # was for the GTK theme
        ("libmount.so.1", "/s/libmount.so.1", "BINARY"),  # ... and only GIO needs this
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),  # loaded by the launcher
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libgio.so", "libgio-2.0.so.0", "SYMLINK"),
    ]
    links = {
        "/s/QtGui.abi3.so": {"libQt6Gui.so.6"},
        "/s/libQt6Gui.so.6": {"libfreetype.so.6"},
        "/s/libfreetype.so.6": {"libpng16.so.16"},
        "/s/libqxcb.so": {"libxcb-cursor.so.0"},
        "/s/libgio-2.0.so.0": {"libmount.so.1"},
    }
    kept = [b[0] for b in spec.prune_orphans(binaries, lambda src: links.get(src, set()))]
    assert kept == [
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libxcb-cursor.so.0",
        "libfreetype.so.6",
        "libpng16.so.16",
        "libpython3.11.so.1.0",
        "libQt6Gui.so.6",
    ]


def test_hidden_imports_exist() -> None:
    """A hidden import that does not exist is a module the build silently lacks."""
    missing = [m for m in spec.HIDDEN_IMPORTS if importlib.util.find_spec(m) is None]
    assert missing == []


def test_the_spec_takes_its_files_from_the_tested_functions() -> None:
    text = (ROOT / "build.spec").read_text(encoding="utf-8")
    for name in (
        "data_files(",
        "keep_file(",
        "prune_orphans(",
        "EXCLUDES",
        "HIDDEN_IMPORTS",
        "exclude_binaries=True",
        "COLLECT(",
    ):
        assert name in text
    assert "onefile" not in text.lower().replace("one-file", "")


# ---------------------------------------------------------------- the package command


def _package(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tiltakskort", "package", *args],
        capture_output=True,
        text=True,
        check=False,
        env=dict(os.environ, TILTAKSKORT_LANG="nb"),
    )


def test_package_command_refuses_a_secret_key_as_pubkey(tmp_path) -> None:
    key = generate()
    (tmp_path / "k.key").write_text(key.text())
    (tmp_path / "k.pub").write_text(key.text())
    for given in ("k.key", "k.pub"):
        proc = _package(str(CARDS / "eksempel"), "--pubkey", str(tmp_path / given))
        assert proc.returncode == 2 and "aldri den hemmelige" in proc.stderr
        assert "Traceback" not in proc.stderr


def test_package_command_refuses_a_deck_with_errors(tmp_path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "deck.yaml").write_text("format: tiltakskort/1\n")
    proc = _package(str(bad))
    assert proc.returncode == 1 and "har feil" in proc.stderr and "Traceback" not in proc.stderr


def test_package_command_without_pyinstaller(monkeypatch, capsys) -> None:
    monkeypatch.setitem(sys.modules, "PyInstaller", None)  # import fails as if not installed
    args = argparse.Namespace(
        deck=[str(CARDS / "eksempel")], name="Tiltakskort", pubkey=None, icon=None, dist="dist"
    )
    assert commands.run("package", args, "nb") == 1
    assert "pip install pyinstaller" in capsys.readouterr().err


def test_build_environment(tmp_path) -> None:
    env = commands.build_env(
        ["cards/fjordvik"],
        "Tiltakskort Fjordvik",
        None,
        None,
        base={"TILTAKSKORT_PUBKEY": "old.pub"},
    )
    assert env["TILTAKSKORT_NAME"] == "Tiltakskort Fjordvik"
    assert Path(env["TILTAKSKORT_DECK"]).is_absolute() and "TILTAKSKORT_PUBKEY" not in env


def test_every_command_module_goes_into_a_build() -> None:
    """The commands are imported by name (cli.COMMAND_MODULES), which PyInstaller cannot
    see: each must be a hidden import, or the built program lacks that command."""
    from tiltakskort import cli

    missing = [m for m in cli.COMMAND_MODULES if m not in spec.HIDDEN_IMPORTS]
    assert missing == []


def test_the_system_libcups_is_not_bundled() -> None:
    """Qt's CUPS print plugin stays; the library it loads is the system's (bundling it
    brought ~10 MB of GnuTLS and Kerberos along)."""
    assert not spec.keep_file("libcups.so.2")
    assert spec.keep_file("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so")
