"""Norwegian landline and mobile numbers are parsed without libphonenumber (faster start);
the result must be exactly libphonenumber's."""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from tests.conftest import ROOT
from tiltakskort.deck import phone
from tiltakskort.deck.phone import Phone, PhoneError, parse_phone


def test_patterns_are_libphonenumbers_own() -> None:
    """If libphonenumber's metadata for Norway changes, this fails: update phone.py."""
    import phonenumbers

    meta = phonenumbers.PhoneMetadata.metadata_for_region("NO")
    assert meta.fixed_line.national_number_pattern == phone.NO_FIXED_LINE
    assert meta.mobile.national_number_pattern == phone.NO_MOBILE
    assert meta.national_prefix is None
    formats = {tuple(f.leading_digits_pattern): (f.pattern, f.format) for f in meta.number_format}
    assert formats[("[2-79]",)] == (r"(\d{2})(\d{2})(\d{2})(\d{2})", r"\1 \2 \3 \4")


def library(raw: str) -> Phone | str:
    text = raw.strip()
    digits = "".join(c for c in text if c.isdigit() or c == "+")
    try:
        return phone._with_library(text, digits, "NO")
    except PhoneError:
        return "invalid"


def sample() -> list[str]:
    rng = random.Random(2026)
    numbers = []
    for prefix in range(100):  # every two-digit start, 8 digits long
        for _ in range(25):
            numbers.append(f"{prefix:02d}{rng.randrange(10**6):06d}")
    for prefix in range(1000):  # every three-digit start (mobile 45x…)
        numbers.append(f"{prefix:03d}{rng.randrange(10**5):05d}")
    numbers += [f"{rng.randrange(10**7):07d}", f"{rng.randrange(10**9):09d}"]
    return numbers


@pytest.mark.parametrize(
    "form", ["{n}", "{a} {b} {c} {d}", "+47 {n}", "+47{a}{b}{c}{d}", "0047 {n}"]
)
def test_fast_path_gives_libphonenumbers_result(form: str) -> None:
    fast_used = 0
    for n in sample():
        raw = form.format(n=n, a=n[:2], b=n[2:4], c=n[4:6], d=n[6:])
        digits = "".join(c for c in raw if c.isdigit() or c == "+")
        digits = "+" + digits[2:] if digits.startswith("00") else digits
        fast = phone._norwegian(digits)
        if fast is None:
            continue
        fast_used += 1
        expected = library(raw)
        assert isinstance(expected, Phone), (raw, fast, expected)
        assert (expected.display, expected.tel_uri, expected.is_short) == (*fast, False), raw
        assert parse_phone(raw, "NO") == expected
    assert fast_used > 1000


def test_other_numbers_still_go_to_libphonenumber() -> None:
    assert parse_phone("800 12 345", "NO").display == "800 12 345"  # toll free
    assert parse_phone("+46 8 123 456 78", "NO").display.startswith("+46 8")
    with pytest.raises(PhoneError):
        parse_phone("12 34 56 78", "NO")
    assert parse_phone("0470-12 34 56", "SE").display == "0470-12 34 56"


def test_the_example_deck_loads_without_libphonenumber() -> None:
    code = (
        "import sys; from tiltakskort.deck.loader import load_deck; "
        "r = load_deck('cards/eksempel'); assert r.ok; "
        "sys.exit(1 if 'phonenumbers' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0
