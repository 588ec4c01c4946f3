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
    # TRANSLATORS: in the map's legend: the green boxes
    "end_card": N_("End card"),
    # TRANSLATORS: in the map's legend, after the red mark "TK107 !"
    "legend_gap": N_(
        "nobody on the card answers at some time in the next 12 months "
        "('tiltakskort hours' shows when)"
    ),
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
    # TRANSLATORS: when an open stretch ends another day: "Mon 08:30" ({day} {time})
    "until_day": N_("{day} {time}"),
    # TRANSLATORS: when an open stretch ends a week or more later: "24.12. 00:00"
    "until_date": N_("{date} {time}"),
    # TRANSLATORS: status of a contact whose opening hours the deck does not give
    "unknown": N_("Opening hours not given"),
    # TRANSLATORS: on the map's end card; {time} is a weekday and HH:MM, {name} a contact
    "map_answers": N_("{time}: {name} answers"),
    # TRANSLATORS: on the map's end card; the contact's hours are not given
    "map_answers_unknown": N_("{time}: {name} (opening hours not given)"),
    # TRANSLATORS: on the map's end card, in red; {time} is a weekday and HH:MM
    "map_nobody": N_("{time}: nobody answers"),
    # TRANSLATORS: on the map's end card; {windows} e.g. "Mon 00:00–08:00 every week"
    "map_gap": N_("Nobody answers {windows}"),
    # TRANSLATORS: in a summary of opening hours: the weekdays before a public holiday
    "eves": N_("days before a public holiday"),
    # TRANSLATORS: in a summary of opening hours: a weekday between a holiday and a weekend
    "bridge_days": N_("bridge days"),
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
    # TRANSLATORS: under a step: who does it
    "who": N_("Who: {who}"),
    # TRANSLATORS: under a step: by when it is done ({when} as the deck says it)
    "when": N_("When: {when}"),
    # TRANSLATORS: {when} as the deck says it ("innen 14 dager"), {date} the day it falls on
    "due": N_("{when} (by {date})"),
    "files": N_("Forms and documents"),
    "deck_files": N_("For the whole plan"),
    "service": N_("Where you work"),
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


def describe_status(status: OpenStatus | None, at: datetime, lang: str | None) -> str:
    """ "Åpent nå – til 15:45", "Åpent nå – til man. 08:30" (the stretch ends another
    day), "Stengt – åpner man. kl. 08:00", "Døgnåpent" (only when it never closes),
    "Åpningstid ikke oppgitt" (no hours, or unknown now: no claim either way)."""
    if status is None or not status.known:
        return phrase("unknown", lang)
    if status.is_open:
        if status.closes_at is None:
            return phrase("always", lang)
        closes = status.closes_at.astimezone(at.tzinfo) if at.tzinfo else status.closes_at
        days = (closes.date() - at.date()).days
        if days == 0:
            until = _hhmm(closes)
        elif days < 7:
            until = phrase(
                "until_day", lang, day=day_name(closes.weekday(), lang), time=_hhmm(closes)
            )
        else:
            until = phrase("until_date", lang, date=closes.strftime("%d.%m."), time=_hhmm(closes))
        return phrase("open_until", lang, time=until)
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
    """A compact summary: "man.–fre. 08:00–15:45; stengt på helligdager", with eves,
    bridge days, dates and seasons; the text as written when it says more than the
    summary can (months, week numbers in an ``opening_hours`` text)."""
    if hours.unknown:
        return phrase("unknown", lang)
    if hours.always_open:
        return phrase("always", lang)
    if hours.week is None:
        return hours.source
    parts = []
    value = dict(hours.value) if isinstance(hours.value, tuple) else {}
    has_seasons = any(isinstance(v, tuple) for v in value.values())
    for first, last, ranges in hours.summary_ranges():
        if not ranges and has_seasons:
            continue  # the seasons say these days' hours
        parts.append(f"{_days(first, last, lang)} {_spans_or_closed(ranges, lang)}")
    for key, ranges in hours.extras:
        low = key.strip().lower()
        label = (
            phrase("eves", lang)
            if low in ("eves", "eve")
            else phrase("bridge_days", lang)
            if low.startswith("bridge")
            else _dates(key)
        )
        inner = value.get(key)
        if isinstance(inner, tuple):
            from tiltakskort.deck.hours import parse_hours

            week = parse_hours(dict(inner), closed_on_holidays=False)
            text = ", ".join(
                f"{_days(a, b, lang)} {_spans_or_closed(r, lang)}"
                for a, b, r in week.summary_ranges()
            )
            parts.append(f"{label}: {text}")
        else:
            parts.append(f"{label} {_spans_or_closed(ranges, lang)}")
    rule = hours.holiday_rule
    if rule is not None:
        if rule:
            parts.append(f"{phrase('holidays', lang)} {_spans(rule, lang)}")
        else:
            parts.append(phrase("holidays_closed", lang))
    return "; ".join(parts)


def _spans_or_closed(ranges: tuple[tuple[int, int], ...], lang: str | None) -> str:
    return _spans(ranges, lang) if ranges else phrase("closed_word", lang)


def _days(first: int, last: int, lang: str | None) -> str:
    return (
        day_name(first, lang)
        if first == last
        else f"{day_name(first, lang)}–{day_name(last, lang)}"
    )


def _dates(key: str) -> str:
    """``2027-05-07`` -> 07.05.2027, ``12-24`` -> 24.12., ``09-15..05-14`` -> 15.09.–14.05."""

    def one(d: str) -> str:
        bits = d.strip().split("-")
        if len(bits) == 3:
            return f"{int(bits[2]):02d}.{int(bits[1]):02d}.{bits[0]}"
        if len(bits) == 2:
            return f"{int(bits[1]):02d}.{int(bits[0]):02d}."
        return d

    try:
        return "–".join(one(d) for d in key.split(".."))
    except ValueError:
        return key
