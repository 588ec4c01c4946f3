"""Phrases shown beside deck content, in the deck's language (no Qt).

Opening-hours status, weekday names and the headings of a card's sections
stand next to the deck's own text, so they follow the language the card is
shown in (nb, nn, sv, en, with bokmål as fallback for other codes), on
screen, in the terminal and on paper alike. The app's own controls are
translated with Qt Linguist instead (``resources/translations``).
"""

from __future__ import annotations

from datetime import datetime, time

from tiltakskort.deck.hours import Hours, OpenStatus

_P: dict[str, dict[str, str]] = {
    "nb": {
        "all_day": "hele døgnet",
        "card": "Kort", "question": "Spørsmål", "unreachable": "Kort som ikke kan nås fra start",
        "open_now": "Åpent nå", "open_until": "Åpent nå – til {time}", "closed": "Stengt",
        "closed_opens": "Stengt – åpner {when}", "always": "Døgnåpent",
        "today": "kl. {time}", "tomorrow": "i morgen kl. {time}", "weekday": "{day} kl. {time}",
        "date": "{date} kl. {time}", "until_day": "{day} {time}", "until_date": "{date} {time}",
        "unknown": "Åpningstid ikke oppgitt", "eves": "dager før helligdag",
        "bridge_days": "klemdager", "instead_of": "Utenom åpningstid for {name}",
        "steps": "Dette gjør du", "talk": "Råd for samtalen", "contacts": "Kontakter",
        "law": "Lovgrunnlag", "links": "Les mer", "urgent": "AKUTT",
        "holidays_closed": "stengt på helligdager", "holidays": "helligdager",
        "closed_word": "stengt", "phone": "Telefon", "email": "E-post", "hours": "Åpningstider",
        "address": "Adresse", "emergency": "Nød",
        "days": "man.,tir.,ons.,tor.,fre.,lør.,søn.",
    },
    "nn": {
        "all_day": "heile døgeret",
        "card": "Kort", "question": "Spørsmål", "unreachable": "Kort som ikkje kan nåast frå start",
        "open_now": "Ope no", "open_until": "Ope no – til {time}", "closed": "Stengt",
        "closed_opens": "Stengt – opnar {when}", "always": "Døgnope",
        "today": "kl. {time}", "tomorrow": "i morgon kl. {time}", "weekday": "{day} kl. {time}",
        "date": "{date} kl. {time}", "until_day": "{day} {time}", "until_date": "{date} {time}",
        "unknown": "Opningstid ikkje oppgitt", "eves": "dagar før heilagdag",
        "bridge_days": "klemdagar", "instead_of": "Utanom opningstid for {name}",
        "steps": "Dette gjer du", "talk": "Råd for samtalen", "contacts": "Kontaktar",
        "law": "Lovgrunnlag", "links": "Les meir", "urgent": "AKUTT",
        "holidays_closed": "stengt på heilagdagar", "holidays": "heilagdagar",
        "closed_word": "stengt", "phone": "Telefon", "email": "E-post", "hours": "Opningstider",
        "address": "Adresse", "emergency": "Naud",
        "days": "må.,ty.,on.,to.,fr.,la.,su.",
    },
    "sv": {
        "all_day": "hela dygnet",
        "card": "Kort", "question": "Fråga", "unreachable": "Kort som inte kan nås från start",
        "open_now": "Öppet nu", "open_until": "Öppet nu – till {time}", "closed": "Stängt",
        "closed_opens": "Stängt – öppnar {when}", "always": "Öppet dygnet runt",
        "today": "kl. {time}", "tomorrow": "i morgon kl. {time}", "weekday": "{day} kl. {time}",
        "date": "{date} kl. {time}", "until_day": "{day} {time}", "until_date": "{date} {time}",
        "unknown": "Öppettid inte angiven", "eves": "dag före röd dag",
        "bridge_days": "klämdagar", "instead_of": "Utanför öppettid för {name}",
        "steps": "Gör så här", "talk": "Råd för samtalet", "contacts": "Kontakter",
        "law": "Lagstöd", "links": "Läs mer", "urgent": "AKUT",
        "holidays_closed": "stängt helgdagar", "holidays": "helgdagar",
        "closed_word": "stängt", "phone": "Telefon", "email": "E-post", "hours": "Öppettider",
        "address": "Adress", "emergency": "Nödläge",
        "days": "mån.,tis.,ons.,tors.,fre.,lör.,sön.",
    },
    "en": {
        "all_day": "all day",
        "card": "Card", "question": "Question", "unreachable": "Cards not reachable from the start",
        "open_now": "Open now", "open_until": "Open now – until {time}", "closed": "Closed",
        "closed_opens": "Closed – opens {when}", "always": "Open 24/7",
        "today": "at {time}", "tomorrow": "tomorrow at {time}", "weekday": "{day} at {time}",
        "date": "{date} at {time}", "until_day": "{day} {time}", "until_date": "{date} {time}",
        "unknown": "Opening hours not given", "eves": "days before a public holiday",
        "bridge_days": "bridge days", "instead_of": "After hours for {name}",
        "steps": "What to do", "talk": "Advice for the conversation", "contacts": "Contacts",
        "law": "Legal basis", "links": "Read more", "urgent": "URGENT",
        "holidays_closed": "closed on public holidays", "holidays": "public holidays",
        "closed_word": "closed", "phone": "Phone", "email": "E-mail", "hours": "Opening hours",
        "address": "Address", "emergency": "Emergency",
        "days": "Mon,Tue,Wed,Thu,Fri,Sat,Sun",
    },
}


def phrase(key: str, lang: str | None, **fields: str) -> str:
    """The phrase ``key`` in ``lang`` (bokmål when the language has none)."""
    table = _P.get(lang or "nb", _P["nb"])
    return table[key].format(**fields)


def day_name(index: int, lang: str | None) -> str:
    """Short weekday name, 0 = Monday."""
    return phrase("days", lang).split(",")[index]


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
    """"Åpent nå – til 15:45", "Åpent nå – til man. 08:30" (the stretch ends another
    day), "Stengt – åpner man. kl. 08:00", "Døgnåpent" (only when it never closes),
    "Åpningstid ikke oppgitt" (no claim either way)."""
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
            until = phrase("until_day", lang, day=day_name(closes.weekday(), lang),
                           time=_hhmm(closes))
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
    """A compact summary: "man.–fre. 08:00–15:45; stengt på helligdager"; the text as
    written when it says more than a week can."""
    if hours.unknown:
        return phrase("unknown", lang)
    if hours.always_open:
        return phrase("always", lang)
    if hours.week is None:
        return hours.source
    parts = []
    seasons = dict(hours.value) if isinstance(hours.value, tuple) else {}
    has_seasons = any(isinstance(v, tuple) for v in seasons.values())
    for first, last, ranges in hours.summary_ranges():
        if not ranges and has_seasons:
            continue  # the seasons say these days' hours
        parts.append(f"{_days(first, last, lang)} {_spans(ranges, lang) if ranges else phrase('closed_word', lang)}")
    for key, ranges in hours.extras:
        low = key.strip().lower()
        label = (phrase("eves", lang) if low in ("eves", "eve")
                 else phrase("bridge_days", lang) if low.startswith("bridge")
                 else _dates(key))
        inner = seasons.get(key)
        if isinstance(inner, tuple):
            from tiltakskort.deck.hours import parse_hours

            week = parse_hours(dict(inner), closed_on_holidays=False)
            text = ", ".join(f"{_days(a, b, lang)} {_spans(r, lang) if r else phrase('closed_word', lang)}"
                             for a, b, r in week.summary_ranges())
            parts.append(f"{label}: {text}")
        else:
            parts.append(f"{label} {_spans(ranges, lang) if ranges else phrase('closed_word', lang)}")
    rule = hours.holiday_rule
    if rule is not None:
        if rule:
            parts.append(f"{phrase('holidays', lang)} {_spans(rule, lang)}")
        else:
            parts.append(phrase("holidays_closed", lang))
    return "; ".join(parts)


def _days(first: int, last: int, lang: str | None) -> str:
    return day_name(first, lang) if first == last else \
        f"{day_name(first, lang)}–{day_name(last, lang)}"


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
