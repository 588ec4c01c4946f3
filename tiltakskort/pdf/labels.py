"""Words printed beside deck content, in the deck's language (nb, nn, sv, en)."""

from __future__ import annotations

_L: dict[str, dict[str, str]] = {
    "nb": {"printed": "Skrevet ut {when}", "version": "Versjon {v}", "how": "Slik kom du hit",
           "notes": "Notater", "no_personal": "Utskriften inneholder ingen personopplysninger.",
           "page": "Side {n} av {total}", "plan": "Kommunens handlingsplan", "card": "Kort {n}",
           "goto": "→ kort {n}", "contents": "Innhold", "all_contacts": "Kontakter",
           "status_at": "Ved utskrift: {status}", "question": "Spørsmål", "urgent_card": "AKUTT",
           "scan": "Skann for planen", "after_hours": "Utenom åpningstid for {name}"},
    "nn": {"printed": "Skrive ut {when}", "version": "Versjon {v}", "how": "Slik kom du hit",
           "notes": "Notat", "no_personal": "Utskrifta inneheld ingen personopplysningar.",
           "page": "Side {n} av {total}", "plan": "Handlingsplanen til kommunen", "card": "Kort {n}",
           "goto": "→ kort {n}", "contents": "Innhald", "all_contacts": "Kontaktar",
           "status_at": "Ved utskrift: {status}", "question": "Spørsmål", "urgent_card": "AKUTT",
           "scan": "Skann for planen", "after_hours": "Utanom opningstid for {name}"},
    "sv": {"printed": "Utskrivet {when}", "version": "Version {v}", "how": "Så kom du hit",
           "notes": "Anteckningar", "no_personal": "Utskriften innehåller inga personuppgifter.",
           "page": "Sida {n} av {total}", "plan": "Kommunens handlingsplan", "card": "Kort {n}",
           "goto": "→ kort {n}", "contents": "Innehåll", "all_contacts": "Kontakter",
           "status_at": "Vid utskrift: {status}", "question": "Fråga", "urgent_card": "AKUT",
           "scan": "Skanna för planen", "after_hours": "Utanför öppettid för {name}"},
    "en": {"printed": "Printed {when}", "version": "Version {v}", "how": "How you got here",
           "notes": "Notes", "no_personal": "This printout holds no personal data.",
           "page": "Page {n} of {total}", "plan": "The municipality's action plan", "card": "Card {n}",
           "goto": "→ card {n}", "contents": "Contents", "all_contacts": "Contacts",
           "status_at": "When printed: {status}", "question": "Question", "urgent_card": "URGENT",
           "scan": "Scan for the plan", "after_hours": "After hours for {name}"},
}


def label(key: str, lang: str | None, **fields: object) -> str:
    return _L.get(lang or "nb", _L["nb"])[key].format(**fields)
