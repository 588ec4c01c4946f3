"""The search engine: ranking, results with their walks, synonyms, laziness."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT, write_deck
from tests.deck.decktext import BASE
from tiltakskort.deck.loader import load_deck
from tiltakskort.search import SearchIndex, search
from tiltakskort.search.index import normalise_synonyms
from tiltakskort.walk import Walk


def ids(results) -> list[str]:
    return [r.id for r in results]


def test_end_cards_whose_title_matches_come_before_question_cards(decks) -> None:
    found = SearchIndex(decks["eksempel"]).search("tvangsekteskap")
    assert found[0].id == "aere-akutt" and found[0].kind == "urgent"
    kinds = [r.kind for r in found]
    assert kinds.index("question") > kinds.index("urgent")
    eldre = SearchIndex(decks["eksempel"]).search("eldre")
    first_question = next(i for i, r in enumerate(eldre) if r.kind == "question")
    assert all(r.is_end for r in eldre[:first_question])
    assert {"eldre-vold", "eldre-okonomi", "eldre-akutt"} <= set(ids(eldre[:first_question]))


def test_whole_words_before_parts_of_words(decks) -> None:
    """'eldre' is inside 'foreldrene' (barn-akutt, barn-forteller): those cards do not
    come up at all, and no child card does."""
    found = ids(SearchIndex(decks["eksempel"]).search("eldre"))
    assert found and not any(cid.startswith("barn") for cid in found)
    # the end of a compound counts, but less than the word itself
    melding = SearchIndex(decks["eksempel"]).search("melding")
    assert "barn-melding" in ids(melding[:3])


def test_results_carry_title_kind_and_the_walk_there(decks) -> None:
    deck = decks["eksempel"]
    [result] = SearchIndex(deck).search("Barnet forteller om vold", limit=1)
    assert result.id == "barn-forteller"
    assert result.title == "Barnet forteller om vold"
    assert result.kind == "action" and not result.urgent and result.is_end
    assert result.path == ("start", "barn", "barn-hva", "barn-forteller")
    assert result.trail_text() == (
        "Et barn eller en ungdom › Nei, eller jeg er usikker › Barnet forteller om vold"
    )
    walk = result.walk(deck)
    assert walk.path == result.path and walk.current.id == "barn-forteller"
    assert [o.label.get("nb") for _, o, _ in walk.answers()] == list(result.trail)
    assert SearchIndex(deck).search("akutt fare")[0].kind == "urgent"
    kinds = {r.id: r.kind for r in SearchIndex(deck).search("hva er du bekymret for")}
    assert kinds["start"] == kinds["eldre-hva"] == "question"


def test_every_card_is_found_by_its_title_with_a_walk_that_works(decks) -> None:
    for name, deck in decks.items():
        index = SearchIndex(deck)
        for card in deck.cards.values():
            title = card.title.get(deck.default_language)
            found = index.search(title, limit=5)
            assert card.id in ids(found), (name, title, ids(found))
            result = next(r for r in found if r.id == card.id)
            assert result.path[-1] == card.id and result.path[0] == deck.start
            assert Walk.from_path(deck, result.path).current is card
            assert len(result.trail) == len(result.path) - 1


def test_the_walk_is_the_shortest(decks) -> None:
    # barn-vitne is reached from barn-hva (4 steps) and from voksen-hva (4 steps):
    # the first option of the start card's side wins a tie
    [r] = SearchIndex(decks["eksempel"]).search("vitne", limit=1)
    assert r.path == ("start", "barn", "barn-hva", "barn-vitne")
    # drofte: from barn-uro (5 steps) or from om-vold (3 steps)
    drofte = SearchIndex(decks["eksempel"]).search("drøft saken anonymt", limit=1)[0]
    assert drofte.path == ("start", "om-vold", "drofte")


def test_a_card_no_walk_reaches_has_no_path_and_opens_by_a_jump(tmp_path) -> None:
    text = BASE + "  gjemt:\n    title: Et gjemt kort om sykkelvold\n    steps: [Ring.]\n"
    deck = load_deck(write_deck(tmp_path / "d", text)).deck
    assert deck is not None
    [r] = SearchIndex(deck).search("sykkelvold")
    assert r.id == "gjemt" and r.path == () and r.trail == ()
    walk = r.walk(deck)
    assert walk.current.id == "gjemt" and walk.path == ("start", "gjemt")


def test_the_start_card_has_a_walk_of_itself(decks) -> None:
    found = SearchIndex(decks["eksempel"]).search("Hva er du bekymret for?", limit=5)
    r = next(r for r in found if r.id == "start")
    assert r.path == ("start",) and r.trail == () and r.trail_text() == ""


def test_words_in_sami_and_other_letters_are_found_folded(tmp_path) -> None:
    text = BASE.replace("title: Den voksne", "title: Veahkki Sámediggis ja ŋuoraide")
    deck = load_deck(write_deck(tmp_path / "d", text)).deck
    assert ids(SearchIndex(deck).search("samediggis")) == ["voksen"]
    assert ids(SearchIndex(deck).search("nuoraide"))[:1] == ["voksen"]


def test_typing_letter_by_letter_finds_the_card_early(decks) -> None:
    index = SearchIndex(decks["eksempel"])
    word = "krisesenteret"
    for n in range(3, len(word) + 1):
        assert index.search(word[:n])[0].id == "voksen-krisesenter", word[:n]
    word = "blåmerker"
    for n in range(3, len(word) + 1):
        assert "barn-tegn" in ids(index.search(word[:n])[:2]), word[:n]


def test_short_and_empty_queries(decks) -> None:
    index = SearchIndex(decks["eksempel"])
    assert index.search("") == [] and index.search("   ") == [] and index.search("–") == []
    # one or two letters match only whole words: nothing here, no flood of cards
    assert index.search("b") == [] and index.search("bl") == []
    # stop words alone are searched as they are, not dropped to nothing
    assert index.search("og") != []
    # a stop word beside a real word does not count against a card
    assert ids(index.search("penger og"))[:1] == ["eldre-okonomi"]


def test_limit(decks) -> None:
    index = SearchIndex(decks["eksempel"])
    assert len(index.search("vold")) > 5
    assert len(index.search("vold", limit=5)) == 5
    assert ids(index.search("vold", limit=5)) == ids(index.search("vold"))[:5]
    assert index.search("vold", limit=0) == []


def test_synonyms_go_both_ways_and_count_less_than_the_word(decks) -> None:
    deck = decks["eksempel"]
    plain = SearchIndex(deck)
    assert plain.search("juling") == []
    index = SearchIndex(deck, synonyms={"blåmerker": ["juling"], "kvelertak": "strupetak"})
    assert ids(index.search("juling"))[:2] == ids(plain.search("blåmerker"))[:2]
    assert ids(index.search("strupetak")) == ["om-vold"]
    assert index.search("juling")[0].hits[0].how == "synonym"
    # the card with the word itself first, the synonym's card after
    both = SearchIndex(deck, synonyms={"sinne": ["vold"]}).search("sinne")
    assert ids(both)[0] == "utover-selv"


def test_synonyms_normalised() -> None:
    groups = normalise_synonyms(
        {"Slå": ["slått", "SLÅTT", ""], "ATV": "Alternativ til Vold", "alene": []}
    )
    assert groups == [(("sla",), ("slatt",)), (("atv",), ("alternativ", "til", "vold"))]
    assert normalise_synonyms(None) == []


def test_one_shot_search_and_laziness(decks) -> None:
    deck = decks["eksempel"]
    index = SearchIndex(deck)
    assert not index.built  # making an index costs nothing
    index.search("vold")
    assert index.built
    index.build()  # again: nothing happens
    assert ids(search(deck, "penger", limit=1)) == ["eldre-okonomi"]
    assert SearchIndex(deck, "en").search("money")[0].id == "eldre-okonomi"


def test_hits_say_why(decks) -> None:
    [r] = SearchIndex(decks["eksempel"]).search("blamerker", limit=1)
    assert [(h.term, h.word, h.field, h.how) for h in r.hits] == [
        ("blamerker", "blamerker", "title", "exact")
    ]
    [r] = SearchIndex(decks["eksempel"]).search("krisesentret", limit=1)
    assert r.hits[0].how == "stem"
    assert r.as_dict()["matched"][0]["query"] == "krisesentret"


def test_the_app_start_builds_no_index_and_imports_no_search() -> None:
    """The index is made on the first search, never at start-up: starting the app
    imports neither the engine nor its libraries."""
    code = (
        "import sys; from tiltakskort.cli import main; rc = main(['run', '--smoke']); "
        "bad = [m for m in sys.modules if m.startswith(('tiltakskort.search', "
        "'rapidfuzz', 'snowballstemmer'))]; print(bad); sys.exit(rc or (1 if bad else 0))"
    )
    env = dict(__import__("os").environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr[-2000:]


def test_the_engine_imports_no_qt() -> None:
    code = (
        "import sys, tiltakskort.search, tiltakskort.search.commands; "
        "from tiltakskort.search import SearchIndex; "
        "from tiltakskort.deck.loader import load_deck; "
        "SearchIndex(load_deck('cards/eksempel').deck).search('vold'); "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', "
        "'reportlab'))]; print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_large_deck_answers_every_keystroke(tmp_path) -> None:
    """Typing into a 1,000-card deck answers at every keystroke with well-formed
    results (its speed is measured by benchmarks/search.py, never asserted here)."""
    from benchmarks.synthetic import make_deck

    deck = load_deck(make_deck(tmp_path / "big", 1000)).deck
    assert deck is not None
    index = SearchIndex(deck)
    query = "drofte saken anonymt"
    for i in range(1, len(query) + 1):
        for result in index.search(query[:i], limit=50):
            assert result.id in deck.cards and result.path[0] == deck.start
    assert index.search(query, limit=3)


def test_any_query_gives_well_formed_results_or_none(decks) -> None:
    """Whatever is typed or pasted (control characters, emoji, Sami, digits, very long
    words), search answers without failing, and every result is a card with its walk."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    deck = decks["eksempel"]
    index = SearchIndex(deck, synonyms={"vold": ["slå", "juling"], "": [], "x y": "z"})

    @settings(max_examples=300, deadline=None)
    @given(
        st.text(max_size=60)
        | st.sampled_from(
            ["blå", "ŋ", "\x00\u0301", "a" * 500, "112 113", "😀 vold", "tvangsgiftetvangsgifte"]
        )
    )
    def check(query: str) -> None:
        for r in index.search(query, limit=20):
            assert r.id in deck.cards and r.kind in ("question", "action", "urgent")
            assert not r.path or (r.path[0] == deck.start and r.path[-1] == r.id)

    check()
