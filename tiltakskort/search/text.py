"""Words as search compares them: folded, split, stemmed.

Folding makes "Blåmerker", "blamerker" and "BLÅMERKER" the same word: case is
folded, diacritics are dropped (å → a, ä → a, ö → o, é → e, Sami á č š ž → a c s z)
and the letters that do not decompose are spelled out (ø → o, æ → ae, đ → d,
ŋ → n, ŧ → t, ß → ss). Stems come from the Snowball stemmers (Norwegian for nb
and nn, Swedish, English), applied to the folded word so that a word typed
without its å has the same stem as the word written with it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

# letters that NFKD does not take apart
_SPELLED = str.maketrans(
    {
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "đ": "d",
        "ð": "d",
        "ŋ": "n",
        "ŧ": "t",
        "þ": "th",
        "ł": "l",
        "ʒ": "z",
        "ǯ": "z",
        "ı": "i",
        "ŀ": "l",
    }
)
_WORD = re.compile(r"[^\W_]+")

#: deck language -> Snowball algorithm
STEMMERS = {
    "nb": "norwegian",
    "nn": "norwegian",
    "no": "norwegian",
    "sv": "swedish",
    "en": "english",
    "da": "danish",
    "fi": "finnish",
}

_NO_STOP = (
    "og i en et ei eit ein er pa til om det at av for med som jeg eg du har de den dei "
    "seg ikke ikkje kan a vil skal eller men fra han hun ho meg nar hva kva hvem kven "
    "sin si sitt sine min mitt mine din ditt ved hos ut opp sa da nei ja noe noko nokon "
    "noen vi me oss hvis om dersom blir bli var vert vere vaere"
)
_SV_STOP = (
    "och i en ett ar pa till om det att av for med som jag du har de den dem sig inte "
    "kan vill ska eller men fran han hon mig nar vad vem sin sitt sina min mitt vid hos "
    "ut upp sa da nej ja nagon nagot vi oss om blir bli var"
)
_EN_STOP = (
    "and the a an of to in on is are for with as at by or it that this i you he she "
    "they we my your be been was were do does not no yes if what who about from"
)
STOPWORDS: dict[str, frozenset[str]] = {
    "nb": frozenset(_NO_STOP.split()),
    "nn": frozenset(_NO_STOP.split()),
    "sv": frozenset(_SV_STOP.split()),
    "en": frozenset(_EN_STOP.split()),
}


class _Folding(dict[int, str]):
    """Code point -> its folded text, filled in as letters are met (for str.translate)."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        s = c.translate(_SPELLED)
        s = "".join(x for x in unicodedata.normalize("NFKD", s) if not unicodedata.combining(x))
        self[code] = s
        return s


_FOLDING = _Folding()


def fold(text: str) -> str:
    """``text`` in lower case without diacritics: ``"Æresrelatert VOLD på ø"`` →
    ``"aeresrelatert vold pa o"``."""
    s = text.casefold()
    return s if s.isascii() else s.translate(_FOLDING)


def words(text: str) -> list[str]:
    """The folded words of ``text``, in order (punctuation and hyphens split words)."""
    return _WORD.findall(fold(text))


def stopwords(lang: str) -> frozenset[str]:
    """Words too common to count on their own (folded), for ``lang``."""
    return STOPWORDS.get(lang, frozenset())


def stemmer(lang: str) -> Callable[[str], str]:
    """A function from a folded word to its stem in ``lang`` (the word itself when the
    language has no stemmer). Results are cached."""
    return _stemmer(STEMMERS.get(lang, ""))


@lru_cache(maxsize=8)
def _stemmer(algorithm: str) -> Callable[[str], str]:
    if not algorithm:
        return lambda w: w
    import snowballstemmer  # type: ignore[import-untyped]

    stem_word = snowballstemmer.stemmer(algorithm).stemWord
    # Snowball keeps the noun ending -ing of the Scandinavian languages
    derivations = algorithm in ("norwegian", "swedish", "danish")
    cache: dict[str, str] = {}

    def stem(word: str) -> str:
        s = cache.get(word)
        if s is None:
            # digits and very short words are their own stems
            s = word if len(word) < 3 or word.isdigit() else stem_word(word)
            if derivations and s.endswith("ing") and len(s) >= 7:
                s = s[:-3]  # bekymring ~ bekymret, bortgifting ~ gifte, melding ~ meld
            if len(cache) < 200_000:
                cache[word] = s
        return s

    return stem
