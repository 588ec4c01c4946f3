"""Forgiving search over one deck in one language: pure Python, no Qt.

``SearchIndex(deck, lang, synonyms=...)`` costs nothing to make; the index itself
is built on the first search (a few milliseconds for a large deck), so nothing is
done at start-up. Every later keystroke reuses it, and the words already typed are
remembered, so typing one more letter looks up only the word that changed.

How a query word finds a card, best first (each way has a *quality*, times the
*weight* of the field the card has the word in, :data:`FIELDS`):

* the same word, folded (``blamerker`` = ``blåmerker``; :func:`~.text.fold`);
* the same stem (``blåmerke`` ~ ``blåmerker``, ``krisesenteret`` ~ ``krisesenter``);
* a longer form of a word the deck has (``krisesentret`` ~ ``krisesenter``: the
  stem with one or two letters more);
* a typo, the edit distance scaled to the word's length (a swap of two letters is
  one): none up to three letters, only a swap at four, one up to seven, two from
  eight; the first letter must be right (``penger`` is not ``lenger``);
* the beginning of a word (``krisesent`` while still typing);
* the end of a compound (``melding`` ~ ``bekymringsmelding``), only when at least
  four letters come before it, so ``eldre`` does not find ``foreldrene``;
* a compound typed that the deck writes otherwise, split in two parts that each
  match (``tvangsgifte`` ~ ``tvangsekteskap`` + ``bortgifting``), and two words
  typed as one written (``bekymrings melding`` ~ ``bekymringsmelding``);
* a word of the deck's synonyms (``slått`` ~ ``slå``, ``slag``, ``juling``),
  weaker than the word itself.

Ranking: cards that match more of the query's words first; among them end cards
whose title has a query word (itself, not only a synonym of it) before the rest; then
by score, an end card's counting a third more than a question card's; then by the
shorter walk and the deck's order. Results far weaker than the best are left out, so a query finds a few
good cards or nothing, rather than noise.
"""

from __future__ import annotations

import bisect
import gc
import heapq
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tiltakskort.search.text import stemmer, stopwords, words

if TYPE_CHECKING:
    from tiltakskort.deck.model import Card, Deck
    from tiltakskort.walk import Walk

#: The parts of a card search reads, and how much a word found there counts.
#: ``answer`` is the label of an option that leads to the card (the words a worker
#: chose to get there); ``option`` the card's own options; ``contact`` and ``role``
#: the name and role of the card's contacts.
FIELDS: Mapping[str, float] = {
    "title": 10.0,
    "tag": 8.0,
    "answer": 6.0,
    "body": 3.0,
    "steps": 2.0,
    "law": 2.0,
    "contact": 2.0,
    "option": 2.0,
    "talk": 1.5,
    "role": 1.0,
    "link": 1.0,
}
# how well a deck word matches a query word
EXACT, STEM, NEAR_STEM, TYPO1, TYPO2, PART = 1.0, 0.95, 0.8, 0.75, 0.6, 0.5
PREFIX_MIN, PREFIX_SPAN = 0.55, 0.3  # 0.55 for a bare start, up to 0.85 for nearly all of it
SYNONYM, SPLIT = 0.6, 0.8
#: a small word's (a stop word's) share of its weight, beside the query's other words
SMALL = 0.3
#: an end card's score counts this much more than a question card's
END_CARD = 1.3
#: a title match this good puts an end card before the question cards
TITLE_MIN = 0.5
#: results scoring under this share of the best are dropped
CUTOFF = 0.15
#: the other fields a word is in add this share of their weight (capped at MORE_MAX)
MORE, MORE_MAX = 0.1, 3.0

KINDS = ("question", "action", "urgent")


@dataclass(frozen=True)
class Hit:
    """Why a card was found: a query word, the deck's word it matched, the field the
    card has it in (a key of :data:`FIELDS`) and the way it matched (``exact``,
    ``stem``, ``typo``, ``prefix``, ``part``, ``split``, ``synonym``)."""

    term: str
    word: str
    field: str
    how: str


@dataclass(frozen=True)
class Result:
    """One card found.

    Attributes:
        id: the card's id.
        title: its title in the index's language.
        kind: ``question``, ``action`` (an end card) or ``urgent`` (an urgent card).
        path: the shortest walk from the start card to it, as card ids (start first,
            the card last); empty when no walk from the start reaches it.
        trail: the labels of the options chosen along ``path`` (one fewer than ids).
        score: how well it matched (only the order means something).
        hits: one :class:`Hit` per query word that matched, best first.
    """

    id: str
    title: str
    kind: str
    path: tuple[str, ...]
    trail: tuple[str, ...]
    score: float
    hits: tuple[Hit, ...] = ()

    @property
    def urgent(self) -> bool:
        return self.kind == "urgent"

    @property
    def is_end(self) -> bool:
        return self.kind != "question"

    def trail_text(self, separator: str = " › ") -> str:
        """The walk as a person reads it: ``Et barn eller en ungdom › Nei › …``."""
        return separator.join(self.trail)

    def walk(self, deck: Deck) -> Walk:
        """The walk that opens this card with its trail, as if walked there (a jump
        from the start when no walk reaches it)."""
        from tiltakskort.walk import Walk

        if self.path:
            return Walk.from_path(deck, self.path)
        return Walk.start(deck).jump(self.id)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind,
            "urgent": self.urgent,
            "path": list(self.path),
            "trail": list(self.trail),
            "score": round(self.score, 3),
            "matched": [
                {"query": h.term, "word": h.word, "field": h.field, "how": h.how} for h in self.hits
            ],
        }


def kind_of(card: Card) -> str:
    if card.urgent:
        return "urgent"
    return "question" if card.options else "action"


def deck_synonyms(deck: Deck) -> Mapping[str, Any]:
    """The deck's ``search: synonyms`` (format, additions), as the loader read them."""
    return deck.search_synonyms


def normalise_synonyms(synonyms: Mapping[str, Any] | None) -> list[tuple[tuple[str, ...], ...]]:
    """The deck's synonyms as groups of phrases, each phrase its folded words.

    ``{slå: [slått, banker, juling]}`` is one group: any of its words finds the cards
    of the others. A value may be one string or a list; empty phrases are dropped.
    """
    groups: list[tuple[tuple[str, ...], ...]] = []
    for key, values in (synonyms or {}).items():
        items: Iterable[Any] = [values] if isinstance(values, str) else (values or ())
        phrases: list[tuple[str, ...]] = []
        for item in [key, *items]:
            ws = tuple(words(str(item)))
            if ws and ws not in phrases:
                phrases.append(ws)
        if len(phrases) > 1:
            groups.append(tuple(phrases))
    return groups


# card score for one query word: (score, quality, word id, field, how)
_Entry = tuple[float, float, int, str, str]


class SearchIndex:
    """Search over the cards of ``deck`` in ``lang`` (default: the deck's first).

    ``synonyms`` is the deck-wide mapping of the format's ``search: synonyms`` (a
    word to the words that mean the same to a person searching).
    """

    def __init__(
        self, deck: Deck, lang: str | None = None, synonyms: Mapping[str, Any] | None = None
    ) -> None:
        self.deck = deck
        self.lang = lang or deck.default_language
        self.synonyms = dict(synonyms or {})
        self._built = False
        self._cache: dict[tuple[str, bool], dict[int, tuple[float, str]]] = {}
        self._card_cache: dict[str, dict[int, _Entry]] = {}

    @property
    def built(self) -> bool:
        """Whether the index has been built (it is, after the first search)."""
        return self._built

    # -- building -------------------------------------------------------------

    def build(self) -> None:
        """Build the index now (the first search does it otherwise)."""
        if self._built:
            return
        was_collecting = gc.isenabled()
        gc.disable()  # tens of thousands of small tuples, no cycles (as the loader does)
        try:
            self._build()
        finally:
            if was_collecting:
                gc.enable()

    def _build(self) -> None:
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        self._extract, self._distance = process.extract, OSA.distance
        lang = self.lang
        deck = self.deck
        self._stem = stemmer(lang)
        self._stop = stopwords(lang)
        self._cards: list[Card] = list(deck.cards.values())
        order = {cid: i for i, cid in enumerate(deck.cards)}
        incoming: list[list[str]] = [[] for _ in self._cards]
        for card in self._cards:
            for o in card.options:
                if o.goto in order and o.goto != card.id:
                    incoming[order[o.goto]].append(o.label.get(lang))

        word_id: dict[str, int] = {}
        postings: list[list[tuple[int, float, str]]] = []
        for ci, card in enumerate(self._cards):
            # fields heaviest first: a word's first field is its best one
            fields = sorted(self._texts(card, incoming[ci]), key=lambda f: -FIELDS[f[0]])
            best: dict[str, list[Any]] = {}  # word -> [weight, field, weight elsewhere]
            for fld, text in fields:
                weight = FIELDS[fld]
                for w in set(words(text)):
                    cur = best.get(w)
                    if cur is None:
                        best[w] = [weight, fld, 0.0]
                    else:
                        cur[2] += weight
            for w, (weight, fld, others) in best.items():
                wid = word_id.get(w)
                if wid is None:
                    wid = word_id[w] = len(postings)
                    postings.append([])
                postings[wid].append((ci, weight + min(MORE * others, MORE_MAX), fld))
        self._postings = postings
        self._words = list(word_id)
        self._word_id = word_id
        stems = [self._stem(w) for w in self._words]
        self._by_stem: dict[str, list[int]] = {}
        for wid, s in enumerate(stems):
            self._by_stem.setdefault(s, []).append(wid)
        ranked = sorted(word_id.items())
        self._sorted_words = [w for w, _ in ranked]
        self._sorted_ids = [i for _, i in ranked]
        ranked_rev = sorted((s[::-1], wid) for wid, s in enumerate(stems))
        self._rev_stems = [r for r, _ in ranked_rev]
        self._rev_ids = [i for _, i in ranked_rev]
        self._stems = stems
        by_start_len: dict[tuple[str, int], tuple[list[str], list[int]]] = {}
        for wid, w in enumerate(self._words):
            bucket = by_start_len.setdefault((w[0], len(w)), ([], []))
            bucket[0].append(w)
            bucket[1].append(wid)
        self._by_start_len = by_start_len

        self._groups = normalise_synonyms(self.synonyms)
        self._group_keys: dict[str, set[int]] = {}
        for g, phrases in enumerate(self._groups):
            for ws in phrases:
                if len(ws) == 1:
                    self._group_keys.setdefault(ws[0], set()).add(g)
                    self._group_keys.setdefault(self._stem(ws[0]), set()).add(g)
        self._member_words = sorted({ws[0] for p in self._groups for ws in p if len(ws) == 1})

        self._paths, self._trails = self._walks()
        self._kinds = [kind_of(c) for c in self._cards]
        self._depth = [len(p) if p else 1_000_000 for p in self._paths]
        self._built = True

    def _texts(self, card: Card, incoming: list[str]) -> Iterable[tuple[str, str]]:
        lang = self.lang
        yield "title", card.title.get(lang)
        for t in card.tags:
            yield "tag", t.get(lang)
        for label in incoming:
            yield "answer", label
        if card.body is not None:
            yield "body", card.body.plain(lang)
        for s in card.steps:
            yield "steps", s.get(lang)
        for t in card.talk:
            yield "talk", t.get(lang)
        for x in card.law:
            yield "law", x.get(lang)
        for o in card.options:
            yield "option", o.label.get(lang)
        for link in card.links:
            yield "link", link.label.get(lang)
        for cid in card.contacts:
            contact = self.deck.contacts.get(cid)
            if contact is not None:
                yield "contact", contact.display_name(lang)
                if contact.role is not None:
                    yield "role", contact.role.get(lang)

    def _walks(self) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
        """The shortest walk from the start to every card (first options first)."""
        cards = self.deck.cards
        index = {cid: i for i, cid in enumerate(cards)}
        paths: list[tuple[str, ...]] = [()] * len(self._cards)
        trails: list[tuple[str, ...]] = [()] * len(self._cards)
        start = self.deck.start
        if start not in index:
            return paths, trails
        paths[index[start]] = (start,)
        seen = {start}
        queue = deque([start])
        while queue:
            cid = queue.popleft()
            here = index[cid]
            for o in cards[cid].options:
                if o.goto in index and o.goto not in seen:
                    seen.add(o.goto)
                    i = index[o.goto]
                    paths[i] = (*paths[here], o.goto)
                    trails[i] = (*trails[here], o.label.get(self.lang))
                    queue.append(o.goto)
        return paths, trails

    # -- matching words -------------------------------------------------------

    def _match(self, term: str, strict: bool = False) -> dict[int, tuple[float, str]]:
        """Deck words matching a query word: word id -> (quality, how). ``strict``
        (synonyms and the parts of a split compound): no typos, and beginnings of
        words only for a term of five letters or more."""
        key = (term, strict)
        found = self._cache.get(key)
        if found is not None:
            return found
        out: dict[int, tuple[float, str]] = {}

        def add(wid: int, quality: float, how: str) -> None:
            if wid not in out or out[wid][0] < quality:
                out[wid] = (quality, how)

        wid = self._word_id.get(term)
        if wid is not None:
            add(wid, EXACT, "exact")
        stem = self._stem(term)
        n = len(term)
        if not strict or len(stem) >= 5:  # a short synonym: far is not fare, voldta not vold
            for wid in self._by_stem.get(stem, ()):
                add(wid, STEM, "stem")
        if n >= (5 if strict else 3):
            i = bisect.bisect_left(self._sorted_words, term)
            while i < len(self._sorted_words) and self._sorted_words[i].startswith(term):
                w = self._sorted_words[i]
                add(self._sorted_ids[i], PREFIX_MIN + PREFIX_SPAN * n / len(w), "prefix")
                i += 1
        if len(stem) >= 4:
            rev = stem[::-1]
            i = bisect.bisect_left(self._rev_stems, rev)
            while i < len(self._rev_stems) and self._rev_stems[i].startswith(rev):
                if len(self._rev_stems[i]) - len(rev) >= 4:
                    add(self._rev_ids[i], PART, "part")
                i += 1
        if len(stem) >= 6:  # a longer form of a word the deck has: krisesentret ~ krisesenter
            for cut in (1, 2):
                for wid in self._by_stem.get(stem[:-cut], ()) if len(stem) - cut >= 5 else ():
                    add(wid, NEAR_STEM, "stem")
        if not strict and n >= 4 and not term.isdigit():
            # typos: the first letter is right; four letters allow only a swap of two
            k = 1 if n < 8 else 2
            for length in range(n - k, n + k + 1):
                bucket = self._by_start_len.get((term[0], length))
                if not bucket:
                    continue
                for w, d, j in self._extract(
                    term, bucket[0], scorer=self._distance, score_cutoff=k, limit=None
                ):
                    if d and (n > 4 or sorted(w) == sorted(term)):
                        add(bucket[1][j], TYPO1 if d == 1 else TYPO2, "typo")
        if len(self._cache) > 4096:
            self._cache.clear()
        self._cache[key] = out
        return out

    def _cards_for(
        self, matches: Mapping[int, tuple[float, str]], how: str | None = None
    ) -> dict[int, _Entry]:
        out: dict[int, _Entry] = {}
        postings = self._postings
        for wid, (quality, kind) in matches.items():
            for card, weight, fld in postings[wid]:
                s = quality * weight
                cur = out.get(card)
                if cur is None or s > cur[0]:
                    out[card] = (s, quality, wid, fld, how or kind)
        return out

    def _term_cards(self, term: str) -> dict[int, _Entry]:
        """Cards for one query word: card index -> its best entry."""
        found = self._card_cache.get(term)
        if found is not None:
            return found
        direct = self._match(term)
        out = self._cards_for(direct)
        if len(term) >= 8 and not any(q >= TYPO1 for q, _ in direct.values()):
            self._merge(out, self._split(term))
        for phrase in self._alternatives(term):
            self._merge(out, self._phrase_cards(phrase), SYNONYM, "synonym")
        if len(self._card_cache) > 512:
            self._card_cache.clear()
        self._card_cache[term] = out
        return out

    @staticmethod
    def _merge(
        into: dict[int, _Entry],
        other: Mapping[int, _Entry],
        factor: float = 1.0,
        how: str | None = None,
    ) -> None:
        for card, (s, q, wid, fld, kind) in other.items():
            s *= factor
            cur = into.get(card)
            if cur is None or s > cur[0]:
                into[card] = (s, q * factor, wid, fld, how or kind)

    def _split(self, term: str) -> dict[int, _Entry]:
        """A compound the deck does not write: the best split into two parts of four
        letters or more that both match (the first as a word or a word's beginning)."""
        best: tuple[float, dict[int, tuple[float, str]], dict[int, tuple[float, str]]] | None
        best = None
        for i in range(4, len(term) - 3):
            head, rest = term[:i], term[i:]
            mh = self._match(head, strict=True)
            if not mh:
                continue
            mr = self._match(rest) if rest not in self._stop else {}
            if not mr or max(q for q, _ in mr.values()) < TYPO1:
                continue
            value = max(q for q, _ in mh.values()) + max(q for q, _ in mr.values())
            if best is None or value > best[0]:
                best = (value, mh, mr)
        if best is None:
            return {}
        first, second = self._cards_for(best[1]), self._cards_for(best[2])
        out: dict[int, _Entry] = {}
        for card in first.keys() | second.keys():
            a, b = first.get(card), second.get(card)
            # both parts on the card: their mean; one part only: a quarter of it
            share = SPLIT / 2 if a and b else SPLIT / 4
            s = share * ((a[0] if a else 0.0) + (b[0] if b else 0.0))
            top = max((e for e in (a, b) if e), key=lambda e: e[0])
            out[card] = (s, top[1] * share * 2, top[2], top[3], "split")
        return out

    def _alternatives(self, term: str) -> list[tuple[str, ...]]:
        """The phrases of the synonym groups the query word belongs to (itself not)."""
        if not self._groups:
            return []
        groups = set(self._group_keys.get(term, ())) | self._group_keys.get(self._stem(term), set())
        if len(term) >= 4:
            i = bisect.bisect_left(self._member_words, term)
            while i < len(self._member_words) and self._member_words[i].startswith(term):
                groups |= self._group_keys[self._member_words[i]]
                i += 1
        if len(term) >= 7:  # a typo in a long word (not morgen for moren)
            for w, _d, _j in self._extract(
                term, self._member_words, scorer=self._distance, score_cutoff=1, limit=None
            ):
                if w[0] == term[0]:
                    groups |= self._group_keys[w]
        stem = self._stem(term)
        out: list[tuple[str, ...]] = []
        for g in sorted(groups):
            for phrase in self._groups[g]:
                if phrase in out or (len(phrase) == 1 and self._stem(phrase[0]) == stem):
                    continue
                out.append(phrase)
        return out

    def _phrase_cards(self, phrase: tuple[str, ...]) -> dict[int, _Entry]:
        """Cards with every content word of a synonym phrase (the weakest counts)."""
        content = [w for w in phrase if w not in self._stop] or list(phrase)
        result: dict[int, _Entry] | None = None
        for w in content:
            cards = self._cards_for(self._match(w, strict=True))
            if result is None:
                result = cards
            else:
                result = {c: min(result[c], cards[c]) for c in result.keys() & cards.keys()}
            if not result:
                return {}
        return result or {}

    # -- searching --------------------------------------------------------------

    def search(self, query: str, limit: int | None = None) -> list[Result]:
        """The cards for ``query``, best first (at most ``limit``)."""
        self.build()
        typed = words(query)
        terms = [t for t in typed if t not in self._stop and (len(t) > 1 or t.isdigit())]
        # small words count only beside others, a little, as written: a question
        # card's title is mostly such words
        small = [t for t in typed if t not in terms] if terms else []
        terms = terms or typed
        if not terms:
            return []
        per_term = [self._term_cards(t) for t in terms]
        for i in range(len(terms) - 1):  # two words typed, one word written
            joined = terms[i] + terms[i + 1]
            strict = {w: m for w, m in self._match(joined, strict=True).items() if m[0] >= STEM}
            for card, entry in self._cards_for(strict).items():
                a, b = per_term[i].get(card), per_term[i + 1].get(card)
                if 2 * entry[0] > (a[0] if a else 0.0) + (b[0] if b else 0.0):
                    if per_term[i] is self._card_cache.get(terms[i]):  # copy, then change
                        per_term[i] = dict(per_term[i])
                    if per_term[i + 1] is self._card_cache.get(terms[i + 1]):
                        per_term[i + 1] = dict(per_term[i + 1])
                    per_term[i][card] = per_term[i + 1][card] = entry

        kinds, depth = self._kinds, self._depth
        small_weights = [
            {c: w for c, w, _ in self._postings[wid]}
            for t in small
            if (wid := self._word_id.get(t)) is not None
        ]
        # (-words matched, 0 for an end card whose title has a query word itself,
        #  -score, walk length, deck order)
        rows: list[tuple[int, int, float, int, int]] = []
        for card in set().union(*per_term) if len(per_term) > 1 else per_term[0]:
            count = 0
            total, title = 0.0, False
            for pt in per_term:
                e = pt.get(card)
                if e is not None:
                    count += 1
                    total += e[0]
                    title = title or (e[3] == "title" and e[1] >= TITLE_MIN and e[4] != "synonym")
            for weights in small_weights:
                total += SMALL * weights.get(card, 0.0)
            if kinds[card] != "question":
                total *= END_CARD
            else:
                title = False
            rows.append((-count, 0 if title else 1, -total, depth[card], card))
        if not rows:
            return []
        most = -min(r[0] for r in rows)
        floor = CUTOFF * -min(r[2] for r in rows)
        least = -max(1, most - 1)
        kept = [r for r in rows if r[0] <= least and -r[2] >= floor]
        if limit is not None:
            kept = heapq.nsmallest(max(0, limit), kept)
        else:
            kept.sort()
        return [self._result(r[4], -r[2], terms, per_term) for r in kept]

    def _result(
        self, card: int, score: float, terms: list[str], per_term: list[dict[int, _Entry]]
    ) -> Result:
        c = self._cards[card]
        hits = []
        for term, pt in zip(terms, per_term, strict=True):
            e = pt.get(card)
            if e is not None:
                hits.append((e[0], Hit(term, self._words[e[2]], e[3], e[4])))
        hits.sort(key=lambda h: -h[0])
        return Result(
            c.id,
            c.title.get(self.lang),
            self._kinds[card],
            self._paths[card],
            self._trails[card],
            score,
            tuple(h for _, h in hits),
        )


def search(
    deck: Deck,
    query: str,
    lang: str | None = None,
    synonyms: Mapping[str, Sequence[str]] | None = None,
    limit: int | None = None,
) -> list[Result]:
    """One search without keeping the index (the command line; the app keeps one)."""
    return SearchIndex(deck, lang, synonyms).search(query, limit)
