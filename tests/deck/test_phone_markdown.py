"""Phone numbers the country's way; the safe Markdown tree; the link allowlist."""

from __future__ import annotations

import pytest

from tiltakskort.deck.markdown import (
    Link,
    ListBlock,
    Paragraph,
    iter_links,
    parse_markdown,
    plain_text,
    render_html,
)
from tiltakskort.deck.phone import PhoneError, parse_phone
from tiltakskort.deck.safeurl import is_allowed_url


@pytest.mark.parametrize(
    "raw,country,display,tel",
    [
        ("69 12 34 56", "NO", "69 12 34 56", "tel:+4769123456"),
        ("69123456", "NO", "69 12 34 56", "tel:+4769123456"),
        ("+47 69 12 34 56", "NO", "69 12 34 56", "tel:+4769123456"),
        ("0047 22 00 00 00", "NO", "22 00 00 00", "tel:+4722000000"),
        ("800 12 345", "NO", "800 12 345", "tel:+4780012345"),
        ("112", "NO", "112", "tel:112"),
        ("116111", "NO", "116 111", "tel:116111"),
        ("116 006", "NO", "116 006", "tel:116006"),
        ("02800", "NO", "02800", "tel:02800"),
        ("08-123 456 78", "SE", "08-123 456 78", "tel:+46812345678"),
        ("0470 123456", "SE", "0470-12 34 56", "tel:+46470123456"),
        ("114 14", "SE", "114 14", "tel:11414"),
        ("020-50 50 50", "SE", "020-50 50 50", "tel:+4620505050"),
        ("+46 8 123 456 78", "NO", "+46 8 123 456 78", "tel:+46812345678"),
    ],
)
def test_numbers_formatted_the_countrys_way(raw, country, display, tel) -> None:
    phone = parse_phone(raw, country)
    assert (phone.display, phone.tel_uri) == (display, tel)
    assert phone.raw == raw


@pytest.mark.parametrize(
    "raw",
    [
        "69 10 20",
        "abc",
        "",
        "+",
        "12345678901234567890",
        "69 12 34 56 ext 3",
        "tel:69123456",
        "2026.10",
    ],
)
def test_invalid_numbers(raw) -> None:
    with pytest.raises(PhoneError) as e:
        parse_phone(raw, "NO")
    assert "for Norway" in str(e.value)
    assert "gyldig telefonnummer for Norge" in e.value.message.text("nb")
    assert "giltigt telefonnummer för Norge" in e.value.message.text("sv")


def test_short_numbers_are_short() -> None:
    assert parse_phone("116 111", "NO").is_short and not parse_phone("69 12 34 56", "NO").is_short


def test_markdown_subset() -> None:
    blocks = parse_markdown(
        "Ring **straks**, og *noter* ordene.\n\n- en\n- [les mer](https://x.no)\n\n1. først\n2. så"
    )
    assert isinstance(blocks[0], Paragraph)
    assert [type(b) for b in blocks] == [Paragraph, ListBlock, ListBlock]
    assert blocks[1].ordered is False and blocks[2].ordered is True
    assert (
        plain_text(blocks) == "Ring straks, og noter ordene.\n\n• en\n• les mer\n\n1. først\n2. så"
    )
    html = render_html(blocks)
    assert "<b>straks</b>" in html and "<i>noter</i>" in html
    assert '<a href="https://x.no">les mer</a>' in html


def test_raw_html_is_literal_text() -> None:
    text = '<img src="file:///etc/passwd"> <b>fet</b> &amp; <script>alert(1)</script>'
    blocks = parse_markdown(text)
    assert plain_text(blocks) == text
    html = render_html(blocks)
    assert "<img" not in html and "<script" not in html and "<b>" not in html
    assert "&lt;img src=&quot;file:///etc/passwd&quot;&gt;" in html


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "http://x.no",
        "https://user@x.no",
        "\\\\server\\share\\x.exe",
        "data:text/html,x",
    ],
)
def test_forbidden_links_are_text_not_links(url) -> None:
    blocks = parse_markdown(f"Se [her]({url}) nå")
    links = list(iter_links(blocks))
    if links:
        assert links[0].allowed is False
    html = render_html(blocks)
    assert "href" not in html and "her" in html


def test_allowlist() -> None:
    for good in (
        "https://eksempel.kommune.no/plan",
        "mailto:post@kommune.no",
        "tel:+4769123456",
        "tel:112",
    ):
        assert is_allowed_url(good), good
    for bad in (
        "http://x.no",
        "https://u:p@x.no",
        "file:///C:/x.exe",
        "javascript:x",
        "ftp://x",
        "https://x.no/a b",
        " https://x.no",
        "https://x.no\\y",
        "mailto:",
        "tel:abc",
        "x.no",
    ):
        assert not is_allowed_url(bad), bad


def test_parsed_once() -> None:
    a = parse_markdown("Hei **du**")
    assert parse_markdown("Hei **du**") is a
    assert isinstance(list(iter_links(parse_markdown("[a](https://a.no)")))[0], Link)
