"""Phrases shown beside deck content, in the card's language (no Qt).

Opening-hours status, weekday names and the headings of a card's sections stand next
to the deck's own text, so they follow the language the card is shown in (nb, nn, sv,
en; see :mod:`tiltakskort.i18n` for the fallbacks), on screen, in the terminal and on
paper alike. They are gettext messages of the ``present`` domain
(``resources/locale/<lang>/LC_MESSAGES/present.po``); the app's own controls are
translated with Qt Linguist instead (``resources/translations``).
"""

from __future__ import annotations

from datetime import datetime, time

from tiltakskort.deck.hours import Hours, OpenStatus
from tiltakskort.i18n import N_, t

#: The phrases by the short keys the code uses (``phrase("steps", lang)``).
PHRASES: dict[str, str] = {
    "all_day": N_("all day"),
    "card": N_("Card"),
    "question": N_("Question"),
    "unreachable": N_("Cards not reachable from the start"),
    "open_now": N_("Open now"),
    # TRANSLATORS: status of a contact; {time} is HH:MM, or a day and HH:MM
    "open_until": N_("Open now – until {time}"),
    "closed": N_("Closed"),
    # TRANSLATORS: {when} is e.g. "at 08:00", "tomorrow at 08:00", "Mon at 08:00"
    "closed_opens": N_("Closed – opens {when}"),
    "always": N_("Open 24/7"),
    "today": N_("at {time}"),
    "tomorrow": N_("tomorrow at {time}"),
    "weekday": N_("{day} at {time}"),
    # TRANSLATORS: {date} is DD.MM.
    "date": N_("{date} at {time}"),
    # TRANSLATORS: above a contact that answers while {name} is closed
    "instead_of": N_("After hours for {name}"),
    # TRANSLATORS: before the contacts that take over, one after the other, when a contact is closed
    "after_hours": N_("After hours"),
    "steps": N_("What to do"),
    "talk": N_("Advice for the conversation"),
    "contacts": N_("Contacts"),
    "law": N_("Legal basis"),
    "links": N_("Read more"),
    "urgent": N_("URGENT"),
    "holidays_closed": N_("closed on public holidays"),
    "holidays": N_("public holidays"),
    "closed_word": N_("closed"),
    "phone": N_("Phone"),
    "email": N_("E-mail"),
    "hours": N_("Opening hours"),
    "address": N_("Address"),
    "emergency": N_("Emergency"),
    "choose": N_("Choose an answer to go on:"),
}

#: Short weekday names, Monday first.
DAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


def phrase(key: str, lang: str | None, **fields: str) -> str:
    """The phrase ``key`` in ``lang`` (bokmål when the language is unknown)."""
    return t(lang, PHRASES[key], **fields)


def day_name(index: int, lang: str | None) -> str:
    """Short weekday name, 0 = Monday."""
    return t(lang, DAYS[index])


def _hhmm(t: datetime | time | int) -> str:
    """HH:MM of a time, or of minutes after midnight (1440 is 24:00; later is next day)."""
    if isinstance(t, int):
        if t == 1440:
            return "24:00"
        return f"{t // 60 % 24:02d}:{t % 60:02d}"
    return t.strftime("%H:%M")


def _spans(ranges: tuple[tuple[int, int], ...], lang: str | None) -> str:
    if ranges == ((0, 1440),):
        return phrase("all_day", lang)
    return ", ".join(f"{_hhmm(a)}–{_hhmm(b)}" for a, b in ranges)


def describe_status(status: OpenStatus, at: datetime, lang: str | None) -> str:
    """"Åpent nå – til 15:45" or "Stengt – åpner man. kl. 08:00"."""
    if status.is_open:
        if status.closes_at is None:
            return phrase("always", lang)
        return phrase("open_until", lang, time=_hhmm(status.closes_at))
    if status.opens_at is None:
        return phrase("closed", lang)
    opens = status.opens_at.astimezone(at.tzinfo) if at.tzinfo else status.opens_at
    days = (opens.date() - at.date()).days
    if days == 0:
        when = phrase("today", lang, time=_hhmm(opens))
    elif days == 1:
        when = phrase("tomorrow", lang, time=_hhmm(opens))
    elif days < 7:
        when = phrase("weekday", lang, day=day_name(opens.weekday(), lang), time=_hhmm(opens))
    else:
        when = phrase("date", lang, date=opens.strftime("%d.%m."), time=_hhmm(opens))
    return phrase("closed_opens", lang, when=when)


def describe_hours(hours: Hours, lang: str | None) -> str:
    """A compact weekly summary: "man.–fre. 08:00–15:45; stengt på helligdager"."""
    if hours.always_open:
        return phrase("always", lang)
    parts = []
    for first, last, ranges in hours.summary_ranges():
        days = day_name(first, lang) if first == last else \
            f"{day_name(first, lang)}–{day_name(last, lang)}"
        spans = _spans(ranges, lang) if ranges else phrase("closed_word", lang)
        parts.append(f"{days} {spans}")
    rule = hours.holiday_rule
    if rule is not None:
        if rule:
            parts.append(f"{phrase('holidays', lang)} {_spans(rule, lang)}")
        else:
            parts.append(phrase("holidays_closed", lang))
    return "; ".join(parts)
