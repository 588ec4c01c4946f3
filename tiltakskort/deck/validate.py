"""Rules over a built deck: references, the card graph, reviews, links.

Field kinds are checked while the deck is built (``loader.py``); these rules
look across the model. Each returns problems with a code from the format's §8.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date

from tiltakskort.deck.model import Contact, Deck, Loc, Text
from tiltakskort.deck.problems import Problem, with_suggestion
from tiltakskort.i18n import Msg

_p = Problem.at


def add_months(day: date, months: int) -> date:
    """``day`` plus whole months, clamped to the month's last day (and to the last day
    there is: a date in the year 9999 plus a year is 9999-12-31)."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    if year > date.max.year:
        return date.max
    if year < date.min.year:
        return date.min
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def validate(deck: Deck, today: date, *, coverage: bool = True) -> list[Problem]:
    """All cross-reference problems of ``deck`` (without ``coverage``: all but the
    12-month check of who answers, TK107 and TK108)."""
    problems: list[Problem] = []
    for rule in (
        _cards,
        _graph,
        _contacts,
        _municipalities,
        _services,
        _scenarios,
        _reviews,
        _markdown,
    ):
        problems.extend(rule(deck, today))
    if coverage:
        problems.extend(_coverage(deck, today))
    return problems


def _unknown_card(deck: Deck, loc: Loc, cid: str, what: Msg | str) -> Problem:
    return _p(
        loc,
        "TK020",
        with_suggestion(
            Msg("{what} names the card '{id}', which does not exist.", what=what, id=cid),
            cid,
            deck.cards,
        ),
    )


def _unknown_contact(deck: Deck, loc: Loc, cid: str, what: Msg | str) -> Problem:
    return _p(
        loc,
        "TK021",
        with_suggestion(
            Msg("{what} names the contact '{id}', which does not exist.", what=what, id=cid),
            cid,
            deck.contacts,
        ),
    )


def _cards(deck: Deck, today: date) -> Iterator[Problem]:
    if deck.start and deck.start not in deck.cards and deck.cards:
        yield _unknown_card(deck, deck.locs.get("start", Loc("", 0, 0)), deck.start, "'start'")
    for opt in deck.always:
        if opt.goto not in deck.cards:
            yield _unknown_card(deck, opt.goto_loc, opt.goto, "'always'")
    for card in deck.cards.values():
        for opt in card.options:
            if opt.goto not in deck.cards:
                yield _unknown_card(
                    deck, opt.goto_loc, opt.goto, Msg("an option of '{id}'", id=card.id)
                )
        shown = deck.options_of(card)
        if len(card.options) <= 9 < len(shown):
            yield _p(
                card.options[0].loc,
                "TK012",
                Msg(
                    "The card '{id}' has {n} options with the deck's 'always' options; a question "
                    "has at most 9 (digits 1–9 choose them). Write 'always: false' on the card, "
                    "or give it fewer options.",
                    id=card.id,
                    n=len(shown),
                ),
            )
        for cid, loc in zip(card.contacts, card.contact_locs, strict=True):
            if cid not in deck.contacts:
                yield _unknown_contact(deck, loc, cid, Msg("the card '{id}'", id=card.id))
        if card.is_end and not card.steps and not card.contacts:
            yield _p(
                card.loc,
                "TK028",
                Msg(
                    "The card '{id}' has no options, so it is an end card, but it has neither "
                    "steps nor contacts: the reader is left with nothing to do.",
                    id=card.id,
                ),
            )
        if len(card.options) == 1:
            yield _p(
                card.options[0].loc,
                "TK105",
                Msg(
                    "The question '{id}' has a single option; give a choice or make it an end "
                    "card.",
                    id=card.id,
                ),
            )


def _graph(deck: Deck, today: date) -> Iterator[Problem]:
    if deck.start not in deck.cards:
        return
    # A goto with a typo is reported once (TK020, with the card meant); the cards behind
    # it count as reached through the card it surely meant, not as unreachable.
    meant: dict[str, str] = {}
    for card in deck.cards.values():
        for opt in card.options:
            if opt.goto not in deck.cards and opt.goto not in meant:
                import difflib  # only for a deck with a typo: not on the app's start-up

                close = difflib.get_close_matches(opt.goto, list(deck.cards), n=1, cutoff=0.6)
                if close:
                    meant[opt.goto] = close[0]

    def target(goto: str) -> str:
        return meant.get(goto, goto)

    reachable: list[str] = []
    starts = [
        deck.start,
        *(
            s.start
            for s in deck.services.values()
            if s.start is not None and s.start in deck.cards and s.start != deck.start
        ),
    ]
    seen = set(starts)
    todo = list(starts)
    while todo:
        cid = todo.pop()
        reachable.append(cid)
        for opt in deck.options_of(deck.cards[cid]):
            goto = target(opt.goto)
            if goto in deck.cards and goto not in seen:
                seen.add(goto)
                todo.append(goto)
    # cards that can reach an end card: walk backwards from the end cards
    back: dict[str, list[str]] = {}
    for card in deck.cards.values():
        for opt in deck.options_of(card):
            back.setdefault(target(opt.goto), []).append(card.id)
    good = {c.id for c in deck.cards.values() if c.is_end}
    todo = list(good)
    while todo:
        for prev in back.get(todo.pop(), ()):
            if prev not in good:
                good.add(prev)
                todo.append(prev)
    for cid in reachable:
        if cid not in good:
            yield _p(
                deck.cards[cid].loc,
                "TK030",
                Msg(
                    "From the card '{id}' no walk leads to an end card; the options only go round "
                    "in a loop.",
                    id=cid,
                ),
            )
    for card in deck.cards.values():
        if card.id not in seen:
            yield _p(
                card.loc,
                "TK101",
                Msg(
                    "The card '{id}' cannot be reached from the start card; no option leads to it.",
                    id=card.id,
                ),
            )


def _after_hours(
    deck: Deck,
    contacts: Mapping[str, Contact],
    check: Iterable[str],
    municipality: str | None = None,
) -> Iterator[Problem]:
    for c in (contacts[cid] for cid in check if cid in contacts):
        if c.after_hours is None:
            continue
        loc = c.locs.get("after_hours", c.loc)
        if c.after_hours not in contacts:
            yield _unknown_contact(
                deck, loc, c.after_hours, Msg("'after_hours' of '{id}'", id=c.id)
            )
            continue
        chain = [c.id]
        nxt: str | None = c.after_hours
        while nxt is not None and nxt in contacts and nxt not in chain:
            chain.append(nxt)
            nxt = contacts[nxt].after_hours
        if nxt == c.id:
            ring = " → ".join([*chain, c.id])
            if municipality is None:
                message = Msg(
                    "'after_hours' goes round in a loop ({ring}); the last contact in "
                    "such a chain must be one that is open or has no after_hours.",
                    ring=ring,
                )
            else:
                message = Msg(
                    "'after_hours' goes round in a loop ({ring}) for {municipality}; "
                    "the last contact in such a chain must be one that is open or has "
                    "no after_hours.",
                    ring=ring,
                    municipality=municipality,
                )
            yield _p(loc, "TK022", message)


def _contacts(deck: Deck, today: date) -> Iterator[Problem]:
    yield from _after_hours(deck, deck.contacts, deck.contacts)
    views = [deck.for_municipality(m) for m in deck.municipalities] or [deck]
    for c in deck.contacts.values():
        # a number or address that was written but is wrong has its own error (TK027):
        # the contact is then not said to have none
        lacking = [v for v in views if not _reachable(v.contacts[c.id])]
        if lacking and deck.municipalities:
            yield _p(
                c.loc,
                "TK104",
                Msg(
                    "The contact '{id}' has neither a phone number nor an e-mail address (for "
                    "{municipalities}); staff cannot reach it.",
                    id=c.id,
                    municipalities=", ".join(v.municipality_id or "" for v in lacking),
                ),
            )
        elif lacking:
            yield _p(
                c.loc,
                "TK104",
                Msg(
                    "The contact '{id}' has neither a phone number nor an e-mail address; staff "
                    "cannot reach it.",
                    id=c.id,
                ),
            )
        if c.checked is not None and add_months(c.checked, deck.review_every_months) < today:
            yield _p(
                c.locs.get("checked", c.loc),
                "TK106",
                Msg(
                    "The details of '{id}' were last checked {date}, more than {months} months "
                    "ago; call and confirm them, then update 'checked'.",
                    id=c.id,
                    date=c.checked.isoformat(),
                    months=deck.review_every_months,
                ),
            )


def _reachable(c: Contact) -> bool:
    """Whether a contact has (or was written with) a phone number or an e-mail address."""
    return bool(c.main_phone or c.email or any(k in c.locs for k in ("phone", "phones", "email")))


def _services(deck: Deck, today: date) -> Iterator[Problem]:
    for s in deck.services.values():
        what = Msg("the service '{id}'", id=s.id)
        if s.start is not None and s.start not in deck.cards:
            yield _unknown_card(deck, s.start_loc, s.start, what)
        for cid, loc in s.step_locs.items():
            if cid not in deck.cards:
                yield _unknown_card(deck, loc, cid, what)
        for cid, loc in s.contact_locs.items():
            if cid not in deck.contacts:
                yield _unknown_contact(deck, loc, cid, what)
        changed = [cid for cid, fields in s.contacts.items() if "after_hours" in fields]
        if changed:
            view = deck.for_service(s.id)
            yield from _after_hours(view, view.contacts, changed, s.id)


def _municipalities(deck: Deck, today: date) -> Iterator[Problem]:
    for m in deck.municipalities.values():
        for cid, loc in m.contact_locs.items():
            if cid not in deck.contacts:
                yield _unknown_contact(deck, loc, cid, Msg("the municipality '{id}'", id=m.id))
        changed = [cid for cid, fields in m.contacts.items() if "after_hours" in fields]
        if changed:
            view = deck.for_municipality(m.id)
            yield from _after_hours(view, view.contacts, changed, m.id)


def _scenarios(deck: Deck, today: date) -> Iterator[Problem]:
    for s in deck.scenarios:
        card = deck.cards.get(s.expected)
        if card is None:
            yield _unknown_card(
                deck, s.expected_loc, s.expected, Msg("the scenario '{id}'", id=s.id)
            )
        elif card.is_question:
            yield _p(
                s.expected_loc,
                "TK029",
                Msg(
                    "The scenario '{id}' expects the card '{card}', which is a question; "
                    "'expected' must name an end card.",
                    id=s.id,
                    card=s.expected,
                ),
            )


def _reviews(deck: Deck, today: date) -> Iterator[Problem]:
    if deck.reviewed is not None and add_months(deck.reviewed, deck.review_every_months) < today:
        yield _p(
            deck.locs.get("reviewed", Loc("", 0, 0)),
            "TK103",
            Msg(
                "The deck was last reviewed {date}, more than {months} months ago; go through it "
                "and update 'reviewed'.",
                date=deck.reviewed.isoformat(),
                months=deck.review_every_months,
            ),
        )


def _markdown_texts(deck: Deck) -> Iterator[Text]:
    for card in deck.cards.values():
        if card.body is not None:
            yield card.body
    for c in deck.contacts.values():
        if c.note is not None:
            yield c.note
    for m in deck.municipalities.values():
        for fields in m.contacts.values():
            if fields.get("note") is not None:
                yield fields["note"]
    for s in deck.scenarios:
        yield s.story
        if s.debrief is not None:
            yield s.debrief


_TARGET = re.compile(r"\]\(\s*<?([^\s)>]*)|<([A-Za-z][A-Za-z0-9+.\-]*:[^\s>]*)>")


def _links_look_allowed(value: str) -> bool:
    """True when every place a link target could be is an allowed URL.

    A quick check that keeps the Markdown parser off the common case (a deck whose links
    are all https); anything doubtful goes to the real parser.
    """
    from tiltakskort.deck.safeurl import is_allowed_url

    if "\\" in value or "`" in value or "[" in value.replace("](", "") and "]:" in value:
        return False  # escapes, code spans and reference links: let the parser decide
    for m in _TARGET.finditer(value):
        url = m.group(1) if m.group(1) is not None else m.group(2)
        if not is_allowed_url(url):
            return False
    return True


def _markdown(deck: Deck, today: date) -> Iterator[Problem]:
    from tiltakskort.deck.fields import unsafe_link
    from tiltakskort.deck.markdown import iter_links, parse_markdown
    from tiltakskort.deck.safeurl import ALLOWED_SCHEMES, unsafe_character, url_scheme

    for text in _markdown_texts(deck):
        for value in text.values.values():
            if "](" not in value and "<" not in value:
                continue  # no link can be written without these: skip the parser
            if _links_look_allowed(value):
                continue  # every link target a link could have is allowed: no need to parse
            for link in iter_links(parse_markdown(value)):
                bad = (
                    unsafe_character(link.url) if url_scheme(link.url) in ALLOWED_SCHEMES else None
                )
                if not link.allowed and bad is not None:
                    yield _p(text.loc, "TK025", unsafe_link(Msg("the link"), link.url, bad))
                elif not link.allowed:
                    yield _p(
                        text.loc,
                        "TK025",
                        Msg(
                            "The link '{url}' is not allowed: only https:, mailto: and tel: links "
                            "open (and https links without a user name).",
                            url=link.url,
                        ),
                    )


def _coverage(deck: Deck, today: date) -> Iterator[Problem]:
    """TK107: times in the next 12 months when nobody on a card answers (after-hours
    chains followed; hours not given count as no answer); TK108: ``after_hours`` on a
    contact without hours. A deck of several municipalities is checked as each of them
    sees it; a hole they all share is named once."""
    from tiltakskort.deck.coverage import Gap, coverage_hint, deck_gaps, describe_gaps, horizon

    views = [deck.for_municipality(m) for m in deck.municipalities] or [deck]
    start, end = horizon(today, deck.country)
    # card id -> the different sets of holes, each with the municipalities that have it
    found: dict[str, list[tuple[list[Gap], list[str | None]]]] = {}
    for view in views:
        for cid, gaps in deck_gaps(view, today).items():
            variants = found.setdefault(cid, [])
            same = next((names for known, names in variants if known == gaps), None)
            if same is not None:
                same.append(view.municipality_id)
            else:
                variants.append((gaps, [view.municipality_id]))
    for cid, variants in found.items():
        card = deck.cards[cid]
        where = card.contact_locs[0] if card.contact_locs else card.loc
        for gaps, names in variants:
            windows = describe_gaps(gaps, start, end)
            hint = coverage_hint(gaps)
            if deck.municipalities and len(names) < len(views):
                yield _p(
                    where,
                    "TK107",
                    Msg(
                        "Nobody on the card '{card}' answers {windows} (in the next 12 months, "
                        "for {municipalities}); {hint}.",
                        card=cid,
                        windows=windows,
                        municipalities=", ".join(str(n) for n in names),
                        hint=hint,
                    ),
                )
            else:
                yield _p(
                    where,
                    "TK107",
                    Msg(
                        "Nobody on the card '{card}' answers {windows} (in the next 12 months); "
                        "{hint}.",
                        card=cid,
                        windows=windows,
                        hint=hint,
                    ),
                )
    reported: set[str] = set()
    for view in views:
        for c in view.contacts.values():
            if c.after_hours and c.hours is None and c.id not in reported:
                reported.add(c.id)
                yield _p(
                    c.locs.get("after_hours", c.loc),
                    "TK108",
                    Msg(
                        "The contact '{id}' has 'after_hours' but no 'hours', so the app cannot "
                        "tell when it is closed: '{after}' is shown beside it at all times. Give "
                        "its hours, or write 'hours: unknown' if they are not known.",
                        id=c.id,
                        after=c.after_hours,
                    ),
                )
