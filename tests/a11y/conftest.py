"""The AT-SPI tests skip, with the reason, where the tools are missing (``.ci/a11y``
installs them)."""

from __future__ import annotations

import pytest

from tests.a11y.harness import missing


def pytest_collection_modifyitems(config, items) -> None:  # type: ignore[no-untyped-def]
    why = missing()
    if why is None:
        return
    skip = pytest.mark.skip(reason=f"AT-SPI: {why}")
    for item in items:
        if "tests/a11y/" in item.nodeid.replace("\\", "/"):
            item.add_marker(skip)
