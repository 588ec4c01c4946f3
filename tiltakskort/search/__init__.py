"""Finding a card the way a worried person types (pure Python, no Qt).

``SearchIndex(deck, lang, synonyms=...)`` is made cheaply and builds its index on
the first search; ``search(query)`` returns :class:`Result` values best first, each
with the card's title, kind and the shortest walk that leads there. See
:mod:`tiltakskort.search.index` for how words match and how results are ranked.
"""

from tiltakskort.search.index import FIELDS, Hit, Result, SearchIndex, search
from tiltakskort.search.text import fold, words

__all__ = ["FIELDS", "Hit", "Result", "SearchIndex", "fold", "search", "words"]
