"""The gettext catalogues: complete in every language, compiled, and chosen well."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tiltakskort import i18n

ROOT = Path(__file__).resolve().parent.parent


def test_catalogues_are_complete_and_compiled() -> None:
    """Every message id in the code has a translation in nb, nn and sv, and every
    shipped .mo is exactly its .po compiled (run scripts/translations.py)."""
    pytest.importorskip("babel")
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr


@pytest.mark.parametrize(
    ("code", "lang"),
    [
        ("nb_NO.UTF-8", "nb"),
        ("no", "nb"),
        ("nn_NO", "nn"),
        ("sv-SE", "sv"),
        ("sv_FI.utf8", "sv"),
        ("en_GB", "en"),
        ("se_NO", "nb"),
        ("C", None),
        ("de_DE", None),
        ("", None),
        # Windows' C runtime names
        ("Swedish_Sweden", "sv"),
        ("Norwegian Bokmål_Norway", "nb"),
        ("Norwegian (Nynorsk)_Norway", "nn"),
        ("English_United Kingdom", "en"),
        ("German_Germany", None),
    ],
)
def test_normalise(code: str, lang: str | None) -> None:
    assert i18n.normalise(code) == lang


def test_user_language_order() -> None:
    assert i18n.user_language({"TILTAKSKORT_LANG": "sv", "LANG": "en_US.UTF-8"}) == "sv"
    assert i18n.user_language({"LANG": "sv_SE.UTF-8"}) == "sv"
    assert i18n.user_language({"LANGUAGE": "de:nn", "LANG": "en_US"}) == "nn"
    assert i18n.user_language({"LANG": "C"}) == "nb"
    assert i18n.user_language({"TILTAKSKORT_LANG": "xx", "LANG": "en_US"}) == "en"


def test_msg_fields_are_translated_in_the_same_language() -> None:
    inner = i18n.Msg("a card's title")
    outer = i18n.Msg("{what} is missing.", what=inner)
    assert outer.text("en") == "a card's title is missing."
    assert outer == i18n.Msg("{what} is missing.", what=i18n.Msg("a card's title"))
    assert outer != i18n.Msg("{what} is missing.", what="x")
