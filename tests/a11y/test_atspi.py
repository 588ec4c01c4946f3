"""The example deck as Orca hears it: the app under Xvfb, read through AT-SPI from
outside (``probe.py`` under Debian's Python with pyatspi), keys pressed with xdotool.

Issue 16, item 8: a card change is announced with its title, an urgent card carries an
alert, no interactive object is unnamed, the hide screen hides, Enter activates, and at
1,024×768 and 200 % no control of the window lies outside the screen. Item 1: the card's
texts are read in full through the text interface, headings have their levels, and a
card change is one focus event, on the new title.
"""

from __future__ import annotations

import time
from collections import deque

import pytest

from tests.a11y.harness import ROOT, A11yApp

pytestmark = [pytest.mark.gui, pytest.mark.a11y]

INTERACTIVE = {
    "push button",
    "check box",
    "text",
    "combo box",
    "toggle button",
    "radio button",
    "list item",
    "link",
    "menu item",
    "page tab",
    "spin button",
    "slider",
}


@pytest.fixture(scope="module")
def app():
    with A11yApp(size=(1280, 1024)) as running:
        yield running


def showing(tree: list[dict]) -> list[dict]:
    """The objects shown: showing themselves, and all their ancestors too (Qt calls the
    items of a closed combo-box list "showing")."""
    shown: set[str] = set()
    out = []
    for node in tree:  # parents come before their children
        parent = node["path"].rpartition("/")[0]
        if "showing" in node.get("states", []) and (not parent or parent in shown):
            shown.add(node["path"])
            out.append(node)
    return out


def focused(events: list[dict]) -> list[dict]:
    """The objects that got the focus, in order (the same object twice in a row once).
    :func:`focus_events` folds nothing: a card change is one focus event there."""
    out: list[dict] = []
    for e in events:
        if e["type"] == "object:state-changed:focused" and e["detail1"] == 1:
            if not out or (out[-1]["role"], out[-1]["name"]) != (e["role"], e["name"]):
                out.append(e)
    return out


def after_key(events: list[dict], n: int = 0) -> list[dict]:
    """The events after the n-th key press (0: the first)."""
    keys = [i for i, e in enumerate(events) if e["type"] == "key"]
    start = keys[n] + 1
    end = keys[n + 1] if n + 1 < len(keys) else len(events)
    return events[start:end]


def focus_events(events: list[dict]) -> list[tuple[str, str]]:
    """Every "focused" event, as heard: no two in a row folded into one."""
    return [
        (e["role"], e["name"])
        for e in events
        if e["type"] == "object:state-changed:focused" and e["detail1"] == 1
    ]


def example_deck():  # type: ignore[no-untyped-def]
    from tiltakskort.deck.loader import load_deck

    return load_deck(ROOT / "cards" / "eksempel").deck


def keys_to(deck, card_id: str) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """The digits that walk from the start card to ``card_id``, and the card ids on the way."""
    paths: dict[str, tuple[list[str], list[str]]] = {deck.start: ([], [deck.start])}
    todo = deque([deck.start])
    while todo:
        here = todo.popleft()
        for i, option in enumerate(deck.options_of(deck.cards[here])):
            if option.goto not in paths and i < 9:
                keys, ids = paths[here]
                paths[option.goto] = ([*keys, str(i + 1)], [*ids, option.goto])
                todo.append(option.goto)
    return paths[card_id]


def home(app: A11yApp) -> None:
    app.keys("Escape", listen=0.3)
    time.sleep(1.1)  # two Esc within a second would hide the screen
    app.keys("Home", listen=0.5)


def test_a_new_card_is_heard_by_its_title_without_crossing_hidden_buttons(app) -> None:
    home(app)
    events = app.keys("2", "1", "Home", listen=1.5, between=1.5)
    # question → question: the focus lands on the new title, a heading, and nowhere else
    got = focused(after_key(events, 0))
    assert [(e["role"], e["name"]) for e in got] == [("heading", "Er barnet i akutt fare nå?")]
    # question → urgent end card: the title, then the urgent banner as an announcement
    part = after_key(events, 1)
    assert [(e["role"], e["name"]) for e in focused(part)] == [
        ("heading", "Barnet er i akutt fare")
    ]
    said = [e.get("data", "") for e in part if e["type"] == "object:announcement"]
    assert any("AKUTT" in s and "112" in s for s in said), said
    # end card → start: no run through the hidden check boxes and buttons
    got = focused(after_key(events, 2))
    assert [(e["role"], e["name"]) for e in got] == [("heading", "Hva er du bekymret for?")]


def test_urgent_card_has_an_alert_and_headings(app) -> None:
    home(app)
    app.keys("2", "1", listen=0.8)
    tree = showing(app.tree())
    alerts = [n for n in tree if n["role"] in ("alert", "notification")]
    assert alerts and "AKUTT" in alerts[0]["name"] and "112" in alerts[0]["name"]
    headings = [n["name"] for n in tree if n["role"] == "heading"]
    assert headings[0] == "Barnet er i akutt fare"
    assert "Dette gjør du" in headings and "Kontakter" in headings


def test_no_interactive_object_is_unnamed(app) -> None:
    for keys in ((), ("2", "2", "2")):
        home(app)
        if keys:
            app.keys(*keys, listen=0.8)
        for node in showing(app.tree()):
            if node["role"] in INTERACTIVE:
                assert node["name"].strip(), node


def test_contacts_are_named_groups_with_status_and_phone(app) -> None:
    home(app)
    app.keys("2", "2", "2", listen=0.8)  # a child: bruises (an end card with contacts)
    tree = showing(app.tree())
    groups = [n for n in tree if n["role"] in ("grouping", "panel") and "Telefon" in n["name"]]
    assert len(groups) >= 2
    statuses = ("Åpent nå", "Stengt", "Døgnåpent", "Utenom åpningstid")
    for group in groups:
        assert any(s in group["name"] for s in statuses), group["name"]
    phones = [n for n in tree if n["role"] == "push button" and n["name"].startswith("Telefon ")]
    assert len(phones) >= len(groups)
    for button in (n for n in tree if n["role"] == "push button"):
        assert "200" not in button.get("description", "")  # (no cut texts as descriptions)


def test_the_hide_screen_hides_everything_behind_it(app) -> None:
    home(app)
    app.keys("2", "2", "2", listen=0.5)
    app.keys("Escape", "Escape", listen=0.8, between=0.2)
    tree = showing(app.tree())
    controls = [n for n in tree if n["role"] in INTERACTIVE]
    assert [(n["role"], n["name"]) for n in controls] == [("push button", "Vis igjen")]
    assert not any("69 10 20 30" in n["name"] for n in tree)
    # Tab reaches nothing behind it
    events = app.keys("Tab", "Tab", listen=1.0, between=0.8)
    for e in focused(events):
        assert e["name"] == "Vis igjen", e
    # Space presses the one button there is: "Show again" (it ticks nothing behind), and
    # the card comes back with the focus on its title
    events = app.keys("space", listen=1.5)
    assert [(e["role"], e["name"]) for e in focused(events)][-1:] == [
        ("heading", "Skader eller blåmerker på barnet")
    ]
    boxes = [n for n in showing(app.tree()) if n["role"] == "check box" and n["name"] != "Kart"]
    assert boxes and not any("checked" in n["states"] for n in boxes)
    # and Enter works there too
    app.keys("Escape", "Escape", listen=0.8, between=0.2)
    events = app.keys("Return", listen=1.5)
    assert [(e["role"], e["name"]) for e in focused(events)][-1:] == [
        ("heading", "Skader eller blåmerker på barnet")
    ]


def test_enter_activates_buttons(app) -> None:
    home(app)
    app.keys("2", listen=0.5)
    # Tab from the title to the first option, Enter presses it
    events = app.keys("Tab", "Return", listen=1.5, between=1.5)
    assert focused(after_key(events, 0))[-1]["name"] == "1: Ja"
    # the card changes; the focus goes to its title, passing no other object
    got = focus_events(after_key(events, 1))
    assert got == [("heading", "Barnet er i akutt fare")]


def test_search_keys_down_and_escape(app) -> None:
    home(app)
    app.keys("ctrl+f", "b", "l", "aring", "m", "e", "r", "k", "e", "r", listen=0.8, between=0.15)
    events = app.keys("Down", listen=1.5)
    got = focused(events)
    assert got and got[-1]["role"] == "list" and got[-1]["name"] == "Kort som ble funnet"
    current = [
        n for n in showing(app.tree()) if n["role"] == "list item" and "selected" in n["states"]
    ]
    assert current and "blåmerker" in current[0]["name"].lower()
    events = app.keys("Escape", listen=0.8)
    assert [(e["role"], e["name"]) for e in focused(events)][-1:] == [
        ("heading", "Hva er du bekymret for?")
    ]


def test_the_map_is_a_list_of_cards(app) -> None:
    home(app)
    events = app.keys("ctrl+m", listen=1.0)
    got = focused(events)
    assert got and got[-1]["role"] == "list" and got[-1]["name"] == "Kortene i kortstokken"
    items = [
        n
        for n in showing(app.tree())
        if n["role"] == "list item"
        and n["path"].startswith(
            next(x["path"] for x in showing(app.tree()) if x["name"] == "Kortene i kortstokken")
        )
    ]
    assert (
        items[0]["name"].startswith("1. Hva er du bekymret for?") and "spørsmål" in items[0]["name"]
    )
    assert any("akutt sluttkort" in n["name"] for n in items)
    events = app.keys("Down", "Return", listen=1.5, between=1.5)
    assert focused(after_key(events, 1))[-1]["role"] == "heading"


@pytest.mark.parametrize("zoom", [200])
def test_nothing_is_outside_a_small_screen_at_large_text(zoom) -> None:
    with A11yApp(size=(1024, 768), settings={"ui/zoom": zoom}) as small:
        small.keys("2", "2", "2", listen=0.8)  # the longest trail of the bruises walk
        tree = showing(small.tree())
        frame = next(n for n in tree if n["role"] == "frame")
        x, y, w, h = frame["extents"]
        assert x >= 0 and y >= 0 and x + w <= 1024 and y + h <= 768, frame["extents"]
        card = next(n["path"] for n in tree if n["role"] == "filler" and n["name"] == "Kortet")
        for node in tree:
            if node["role"] not in INTERACTIVE or node["path"].startswith(card + "/"):
                continue  # the card itself scrolls
            if node["role"] == "menu item" and node["path"].count("/") > 3:
                continue  # items of closed menus
            nx, ny, nw, nh = node["extents"]
            assert nx >= 0 and ny >= 0 and nx + nw <= 1024 and ny + nh <= 768, node


def test_the_card_texts_are_read_in_full_through_the_text_interface(app) -> None:
    """What Orca reads with "say all" and by sentence or word is the text interface, not
    the name: the whole body, each step and each piece of advice."""
    from tiltakskort.present import present_walk
    from tiltakskort.walk import Walk

    deck = example_deck()
    longest = max(deck.cards.values(), key=lambda c: len(c.body.plain("nb")) if c.body else 0)
    body = longest.body.plain("nb")
    assert len(body) > 200  # longer than Qt's cut of a name used to be
    home(app)
    app.keys(*keys_to(deck, longest.id)[0], listen=0.8)
    tree = showing(app.tree())
    title = next(n for n in tree if n["role"] == "heading" and "focused" in n["states"])
    assert title["text"] == title["name"] == longest.title.get("nb")
    assert "SetFocus" in title.get("actions", [])  # Qt's own action kept
    assert [n["text"] for n in tree if n.get("text") == body] == [body]

    # an end card with steps and advice
    end = deck.cards["barn-tegn"]
    keys, path = keys_to(deck, end.id)
    model = present_walk(Walk.from_path(deck, path), "nb", None)
    home(app)
    app.keys(*keys, listen=0.8)
    labels = [n for n in showing(app.tree()) if n["role"] == "label" and "text" in n]
    texts = [n["text"] for n in labels]
    assert model.body_plain in texts
    for step in model.steps:
        assert step.text in texts
        # the step's text is the label for its check box, as Qt's own label interface says
        label = next(n for n in labels if n["text"] == step.text)
        assert "label for" in label.get("relations", []), label
    for advice in model.advice:
        assert f"•  {advice}" in texts


def test_headings_have_levels(app) -> None:
    """The card's title is a heading of level 1, its sections ("Dette gjør du",
    "Kontakter", "Råd for samtalen" …) of level 2: a reader's list of headings by level."""
    deck = example_deck()
    home(app)
    app.keys(*keys_to(deck, "barn-tegn")[0], listen=0.8)
    headings = [
        (n["name"], n.get("attributes", [])) for n in showing(app.tree()) if n["role"] == "heading"
    ]
    assert headings[0] == ("Skader eller blåmerker på barnet", ["level:1"])
    sections = dict(headings[1:])
    for name in ("Dette gjør du", "Råd for samtalen", "Kontakter"):
        assert sections[name] == ["level:2"], headings


def test_a_card_change_is_one_focus_event_on_the_new_title(app) -> None:
    """Enter on an option, a digit on the title, Home from an end card: each is heard as
    one "focused" on the new card's title, and nothing else is focused on the way (no
    second "focused" for the title, no pressed button focused again)."""
    home(app)
    events = app.keys("2", "Tab", "Return", "Home", listen=1.5, between=1.5)
    assert focus_events(after_key(events, 0)) == [("heading", "Er barnet i akutt fare nå?")]
    assert focus_events(after_key(events, 1)) == [("push button", "1: Ja")]
    assert focus_events(after_key(events, 2)) == [("heading", "Barnet er i akutt fare")]
    assert focus_events(after_key(events, 3)) == [("heading", "Hva er du bekymret for?")]
    # from a step's check box on an end card, too
    app.keys("2", "2", "2", listen=0.8)
    events = app.keys("Tab", "Home", listen=1.5, between=1.2)
    first_step = "Skriv ned hva du ser, hvor på kroppen, og hva barnet eventuelt sier."
    assert focus_events(after_key(events, 0)) == [("check box", first_step)]
    assert focus_events(after_key(events, 1)) == [("heading", "Hva er du bekymret for?")]
