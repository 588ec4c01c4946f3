"""Commands of the `tiltakskort` CLI that belong to the signing part (none yet)."""

from __future__ import annotations

import argparse
from typing import Any

#: name -> (help in bokmål, help in English)
COMMANDS: dict[str, tuple[str, str]] = {}


def add_arguments(name: str, parser: argparse.ArgumentParser, lang: str) -> None:
    """Add the arguments of command ``name``."""


def run(name: str, args: argparse.Namespace, lang: str) -> int:
    """Run command ``name``; returns the exit code."""
    raise AssertionError(f"unknown command {name}")  # pragma: no cover
