"""Words printed beside deck content, in the card's language (gettext, ``pdf`` domain)."""

from __future__ import annotations

from tiltakskort.i18n import N_, t

LABELS: dict[str, str] = {
    # TRANSLATORS: {when} is a date, or a date and a time
    "printed": N_("Printed {when}"),
    "version": N_("Version {v}"),
    "how": N_("How you got here"),
    "notes": N_("Notes"),
    "no_personal": N_("This printout holds no personal data."),
    "page": N_("Page {n} of {total}"),
    "plan": N_("The municipality's action plan"),
    "card": N_("Card {n}"),
    # TRANSLATORS: after an option on a printed card: the card it leads to
    "goto": N_("→ card {n}"),
    "contents": N_("Contents"),
    "all_contacts": N_("Contacts"),
    # TRANSLATORS: {status} is e.g. "Open now – until 15:30", judged when the page was printed
    "status_at": N_("When printed: {status}"),
    "question": N_("Question"),
    "urgent_card": N_("URGENT"),
    "scan": N_("Scan for the plan"),
    # the yearly review
    "review": N_("Yearly review"),
    "reviewed": N_("Last reviewed"),
    "owner": N_("Owner"),
    "printed_on": N_("Printed"),
    "order": N_("The cards in reading order from the start card"),
    "unreachable": N_("Cards not reachable from the start"),
    "contacts_checked": N_("Contacts and when they were last checked"),
    "contact": N_("Contact"),
    "reach": N_("Phone / e-mail"),
    "hours": N_("Opening hours"),
    "checked": N_("Checked"),
    "never": N_("never"),
    "overdue": N_("overdue"),
    "sign": N_("Approval"),
    "sign_text": N_(
        "The deck has been reviewed, and contact details, opening hours and legal "
        "references have been checked."
    ),
    "who": N_("Name and role"),
    "date": N_("Date"),
    "signature": N_("Signature"),
    "version_word": N_("Version"),
}


def label(key: str, lang: str | None, **fields: object) -> str:
    return t(lang, LABELS[key], **fields)
