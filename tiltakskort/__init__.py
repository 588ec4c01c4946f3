"""Tiltakskort: action cards for violence in close relationships, on the PC.

The package is layered: ``deck`` (pure Python: reading and checking decks),
``walk`` (a walk through a deck), ``pdf`` (printouts), ``ui`` (the Qt app) and
``cli`` (the ``tiltakskort`` command). Only ``ui`` imports Qt; only ``pdf``
imports reportlab.
"""

__version__ = "0.1.0"
APP_NAME = "Tiltakskort"
