"""Words as search compares them: folded, split, stemmed."""

from __future__ import annotations

import pytest

from tiltakskort.search.text import fold, stemmer, words


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("Blåmerker", "blamerker"),
        ("BLÅMERKER", "blamerker"),
        ("drøfte", "drofte"),
        ("Æresrelatert", "aeresrelatert"),
        ("orosanmälan", "orosanmalan"),
        ("Äldre", "aldre"),
        ("Söderås", "soderas"),
        ("Straße", "strasse"),
        ("café", "cafe"),
        # Northern, Lule and South Sami letters
        ("Sámediggi", "samediggi"),
        ("čálli", "calli"),
        ("đuoddar", "duoddar"),
        ("Ŋuđđu", "nuddu"),
        ("šiella", "siella"),
        ("ŧ", "t"),
        ("žiŋŋa", "zinna"),
        ("Åarjel-saemien ïedtji", "aarjel-saemien iedtji"),
        ("a\u030a", "a"),  # å typed as a and a combining ring
    ],
)
def test_fold(typed: str, folded: str) -> None:
    assert fold(typed) == folded


def test_words_split_on_punctuation_and_hyphens() -> None:
    assert words("Vold- og overgrepslinjen (116 006), «Ring 112»!") == [
        "vold",
        "og",
        "overgrepslinjen",
        "116",
        "006",
        "ring",
        "112",
    ]
    assert words("  ") == []


@pytest.mark.parametrize(
    ("lang", "a", "b"),
    [
        ("nb", "blåmerker", "blåmerke"),
        ("nb", "meldingen", "melding"),
        ("nb", "barnet", "barna"),
        ("nb", "bekymring", "bekymret"),
        ("nb", "pengene", "penger"),
        ("nn", "blåmerke", "blåmerka"),
        ("sv", "socialjouren", "socialjour"),
        ("sv", "blåmärken", "blåmärke"),
        ("en", "bruises", "bruise"),
    ],
)
def test_forms_of_a_word_share_a_stem(lang: str, a: str, b: str) -> None:
    stem = stemmer(lang)
    assert stem(fold(a)) == stem(fold(b))


def test_eldre_and_foreldre_have_different_stems() -> None:
    stem = stemmer("nb")
    assert stem("eldre") != stem("foreldrene")


def test_a_language_without_a_stemmer_keeps_the_word() -> None:
    assert stemmer("se")("mánát") == "mánát"
