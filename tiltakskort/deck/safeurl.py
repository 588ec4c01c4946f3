"""The one allowlist of links that may open: ``https:`` (no user part), ``mailto:``, ``tel:``.

Everything that opens a link (the app, the printouts, the validator) asks this module.
On Windows ``QDesktopServices.openUrl`` hands any other scheme to the shell, which runs
``file:`` executables and UNC paths, so nothing else may ever get through.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

ALLOWED_SCHEMES = ("https", "mailto", "tel")

_SCHEME_RE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_CONTROL_RE = re.compile(r"[\x00-\x20\x7f\\]")
#: Never in a link of any kind: what could end an HTML attribute or start a tag.
_UNSAFE_RE = re.compile(r"[<>\"`\x00-\x20\x7f]")
_TEL_RE = re.compile(r"^\+?[0-9][0-9 \-().]{1,30}$")
_MAIL_RE = re.compile(
    r"^[^@\s/\\?#]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9\-]+)+"
    r"(?:\?[^\s\\]*)?$"
)


def unsafe_character(url: str) -> str | None:
    """The first character no link may hold (markup, a quote, a backtick, whitespace, a
    control or an invisible character), or None."""
    m = _UNSAFE_RE.search(url)
    first = m.start() if m else len(url)
    for ch in url[:first]:
        if not ch.isascii() and unicodedata.category(ch)[0] in "CZ":
            return ch
    return m.group() if m else None


def url_scheme(url: str) -> str | None:
    """The scheme of ``url`` in lower case, or ``None`` when it has none."""
    m = _SCHEME_RE.match(url.strip())
    return m.group(1).lower() if m else None


def is_allowed_url(url: str) -> bool:
    """True when ``url`` may be opened.

    ``https:`` with a host and no ``user@`` part, no spaces, backslashes or control
    characters; ``mailto:`` with one address; ``tel:`` with a number. No link holds
    ``<``, ``>``, ``"``, a backtick, whitespace of any kind (the no-break space too),
    a control or an invisible format character.
    """
    if not isinstance(url, str) or len(url) > 2000:
        return False
    if _UNSAFE_RE.search(url) or any(
        not ch.isascii() and unicodedata.category(ch)[0] in "CZ" for ch in url
    ):
        return False  # markup, quotes, any space or control character, invisible characters
    scheme = url_scheme(url)
    if scheme not in ALLOWED_SCHEMES or url != url.strip():
        return False
    rest = url[len(scheme) + 1 :]
    if scheme == "tel":
        return bool(_TEL_RE.match(rest))
    if scheme == "mailto":
        return bool(_MAIL_RE.match(rest))
    if _CONTROL_RE.search(url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port  # raises on a bad port
    except ValueError:
        return False
    del port
    if not rest.startswith("//") or not host or "@" in parts.netloc:
        return False
    if re.search(r"[\[\]]", parts.path + parts.query + parts.fragment):
        return False  # brackets belong to an IPv6 host only
    return bool(re.fullmatch(r"[a-z0-9.\-]+|\[[0-9a-f:.]+\]", host))


def tel_url(digits: str) -> str:
    """A ``tel:`` URL for an already parsed number in E.164 or short form."""
    return "tel:" + re.sub(r"[^0-9+]", "", digits)
