"""Phone numbers: parsed with libphonenumber's rules, shown the country's way.

Staff will dial what the deck says, so a number must be valid for the deck's country
(or international, with ``+``). Short numbers such as 112, 116 111 and 02800 are valid
and dialled as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tiltakskort.i18n import Msg

#: Short national numbers staff are told to call, with the grouping people know them by.
#: libphonenumber's short-number data does not know every one (116 006 in Norway).
KNOWN_SHORT: dict[str, dict[str, str]] = {
    "NO": {
        "110": "110",
        "112": "112",
        "113": "113",
        "116111": "116 111",
        "116006": "116 006",
        "116117": "116 117",
        "116123": "116 123",
        "02800": "02800",
    },
    "SE": {
        "112": "112",
        "11414": "114 14",
        "1177": "1177",
        "116111": "116 111",
        "116006": "116 006",
        "11313": "113 13",
        "90000": "90000",
    },
}

_ALLOWED_CHARS = re.compile(r"^[+0-9 ()\-./\u00a0]+$")

#: Norwegian landline and mobile numbers, as libphonenumber's metadata for NO defines
#: them (``fixed_line`` and ``mobile``), all formatted ``69 12 34 56``. Most numbers in a
#: Norwegian deck are such numbers: they are parsed here without importing
#: libphonenumber (about 17 ms and 1 MB at every start). Every other number goes to
#: libphonenumber. ``tests/deck/test_phone_fast.py`` checks these patterns against the
#: installed library's metadata and the results against the library's own.
NO_FIXED_LINE = r"(?:2[1-4]|3[1-3578]|5[1-35-7]|6[1-46-9]|7[0-8])\d{6}"
NO_MOBILE = r"45(?:[0-24-9]\d|3[0-57-9])\d{4}|(?:4[016-8]|9\d)\d{6}"
_NO_LOCAL = re.compile(f"(?:{NO_FIXED_LINE})|(?:{NO_MOBILE})")


class PhoneError(ValueError):
    """Not a valid phone number; ``message`` says why (``str(e)`` is English)."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Phone:
    """A valid phone number.

    Attributes:
        raw: as the deck wrote it.
        display: formatted the country's way ("69 12 34 56", "08-123 456 78", "116 111").
        tel_uri: what a ``tel:`` link dials ("tel:+4769123456", "tel:116111").
        is_short: a short number (112, 116 111, 02800), dialled without country code.
    """

    raw: str
    display: str
    tel_uri: str
    is_short: bool = False

    def __str__(self) -> str:
        return self.display


def parse_phone(raw: str, country: str = "NO") -> Phone:
    """Parse ``raw`` as a number of ``country`` (``NO`` or ``SE``); raise PhoneError."""
    text = raw.strip()
    if not text or len(text) > 40 or not _ALLOWED_CHARS.match(text) or "+" in text[1:]:
        raise _invalid(text, country)
    digits = re.sub(r"[^0-9+]", "", text)
    if digits.startswith("00"):
        digits = "+" + digits[2:]

    known = KNOWN_SHORT.get(country, {})
    if not digits.startswith("+") and digits in known:
        return Phone(text, known[digits], f"tel:{digits}", True)
    fast = _norwegian(digits) if country == "NO" else None
    if fast is not None:
        return Phone(text, *fast)
    return _with_library(text, digits, country)


def _invalid(text: str, country: str) -> PhoneError:
    return PhoneError(
        Msg(
            "'{number}' is not a valid phone number for {country} (or an international number "
            "starting with +).",
            number=text,
            country={"NO": Msg("Norway"), "SE": Msg("Sweden")}.get(country, country),
        )
    )


def _with_library(text: str, digits: str, country: str) -> Phone:
    """libphonenumber's verdict and formatting."""
    import phonenumbers
    from phonenumbers import shortnumberinfo

    try:
        number = phonenumbers.parse(digits, country)
    except phonenumbers.NumberParseException:
        raise _invalid(text, country) from None
    if (
        not digits.startswith("+")
        and shortnumberinfo.is_valid_short_number_for_region(number, country)
        and not phonenumbers.is_valid_number(number)
    ):
        return Phone(text, _group_short(digits), f"tel:{digits}", True)
    if not phonenumbers.is_valid_number(number):
        raise _invalid(text, country)
    region = phonenumbers.region_code_for_number(number)
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if region == country
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    display = phonenumbers.format_number(number, fmt)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return Phone(text, display, f"tel:{e164}", False)


def _norwegian(digits: str) -> tuple[str, str] | None:
    """(display, tel URI) of a Norwegian landline or mobile number written without the
    country code; None for anything else (libphonenumber decides those)."""
    if digits.startswith("+47"):
        digits = digits[3:]
    if len(digits) != 8 or not _NO_LOCAL.fullmatch(digits):
        return None
    return f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}", f"tel:+47{digits}"


def _group_short(digits: str) -> str:
    if len(digits) == 6:
        return f"{digits[:3]} {digits[3:]}"
    return digits
