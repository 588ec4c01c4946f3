"""Links written in Markdown text are checked like the links field (TK025)."""

from __future__ import annotations

import pytest

from tests.conftest import write_deck
from tests.deck.decktext import BASE, where
from tiltakskort.deck.loader import load_deck


@pytest.mark.parametrize(
    "body,bad",
    [
        ("'Les [her](https://x.no) og [der](mailto:a@b.no)'", False),
        ("'Ring [112](tel:112)'", False),
        ("'Se [her](http://x.no)'", True),
        ("'Se [her](javascript:alert(1))'", True),
        ("'Se <http://x.no> nå'", True),
        ("'Se [her] (ikke en lenke) og `[kode](file:///x)`'", False),
        # reference links are not in the subset: they stay literal text, nothing to open
        ("'[her][ref]\\n\\n[ref]: file:///etc/passwd'", False),
        ("'Se [her](https://u@x.no)'", True),
    ],
)
def test_markdown_links(tmp_path, body, bad) -> None:
    text = BASE.replace("    title: Barnet\n", f"    title: Barnet\n    body: {body}\n")
    result = load_deck(write_deck(tmp_path / "d", text))
    codes = [p.code for p in result.problems]
    assert ("TK025" in codes) is bad, [p.format() for p in result.problems]
    if bad:
        p = next(p for p in result.problems if p.code == "TK025")
        assert p.line == where(text, "body:")[0]
