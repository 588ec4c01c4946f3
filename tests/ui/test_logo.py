"""The municipality's logo in the header: SVG or PNG, its proportions kept."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from tiltakskort.ui.parts import LOGO_SIZE, logo_pixmap

pytestmark = pytest.mark.gui

WIDE_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">'
    '<rect width="200" height="100" fill="#1d4f91"/></svg>'
)


def test_a_wide_svg_logo_keeps_its_proportions(qapp, tmp_path) -> None:
    path = tmp_path / "logo.svg"
    path.write_text(WIDE_SVG, encoding="utf-8")
    pix = logo_pixmap(path, LOGO_SIZE, 2.0)
    assert (pix.width(), pix.height()) == (2 * LOGO_SIZE, LOGO_SIZE)  # drawn sharp for 2x screens
    assert pix.deviceIndependentSize().width() == LOGO_SIZE
    assert pix.toImage().pixelColor(10, 10).name() == "#1d4f91"


def test_a_large_png_logo_is_fitted_into_the_box(qapp, tmp_path) -> None:
    image = QImage(300, 600, QImage.Format.Format_ARGB32)
    image.fill(0xFF1E6B34)
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    pix = logo_pixmap(path, LOGO_SIZE, 1.0)
    assert (pix.width(), pix.height()) == (LOGO_SIZE // 2, LOGO_SIZE)


def test_a_damaged_logo_gives_no_picture(qapp, tmp_path) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(b"\x89PNG not really")
    assert logo_pixmap(path, LOGO_SIZE).isNull()


def test_the_example_logo_is_in_the_header(window) -> None:
    assert window.logo.isVisible()
    pix = window.logo.pixmap()
    assert not pix.isNull() and pix.deviceIndependentSize().width() <= LOGO_SIZE
    assert "Eksempel kommune" in window.logo.accessibleName()
