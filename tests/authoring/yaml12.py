"""Reading a deck as an editor does (YAML 1.2, JSON-like values) for the schema tests."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

YAML = pytest.importorskip("ruamel.yaml").YAML


def as_editor_sees(text: str) -> Any:
    """``text`` parsed the way yaml-language-server does: YAML 1.2 core, as JSON values.

    YAML 1.2 has no timestamps, so dates stay strings, as they do in the editor.
    """
    data = YAML(typ="safe", pure=True).load(text)
    return _jsonish(data)


def _jsonish(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonish(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonish(v) for v in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value
