"""Labels remember their height for a width; a new text, font or style gives a new one."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from tiltakskort.ui.cardview import WrapLabel

pytestmark = pytest.mark.gui

LONG = "Ring barneverntjenesten, eller barnevernvakten utenom kontortid. " * 4


def fresh(label: QLabel, width: int) -> int:
    """The height Qt itself gives a new label like ``label``."""
    other = QLabel(label.text())
    other.setWordWrap(True)
    other.setFont(label.font())
    other.setStyleSheet(label.styleSheet())
    return other.heightForWidth(width)


def test_height_follows_text_font_and_style(qapp) -> None:
    holder = QWidget()
    label = WrapLabel(holder)
    label.setWordWrap(True)
    label.setText("Kort tekst")
    short = label.heightForWidth(300)
    assert short == fresh(label, 300)
    label.setText(LONG)
    assert label.heightForWidth(300) == fresh(label, 300) > short
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.heightForWidth(300) == fresh(label, 300)
    label.setStyleSheet("font-size: 30pt;")
    big = label.heightForWidth(300)
    assert big == fresh(label, 300)
    label.clear()
    assert label.heightForWidth(300) < big
