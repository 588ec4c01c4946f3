"""``tiltakskort diff OLD NEW``: what changed between two versions of a deck, in words.

Both decks are loaded into the model (``extends`` applied), so a municipality's deck
can be compared with the regional deck it builds on: the lines then say what the
municipality changed. One line per change, for the yearly review and for the
politicians who approve the plan::

    Kontakt «Barneverntjenesten» [barnevern]: telefon endret fra 69 12 34 56 til 69 12 34 99
    Kort «Barnet er i akutt fare» [barn-akutt]: steg 3 lagt til: «Ring barnevernvakten.»

Contacts, cards and services are named by their name or title (in the new deck, or the
old one when they were removed) with the id in brackets. When the content changed but
``version`` did not, the command warns (:func:`version_warning`).

Phone numbers are compared as shown (``69123456`` and ``69 12 34 56`` are the same
number), opening hours by what they mean, texts language by language.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from tiltakskort.deck.model import Card, Contact, Deck, Municipality, Scenario, Text
from tiltakskort.i18n import N_, resolve, tn
from tiltakskort.i18n import t as _t

_W: dict[str, str] = {
    "deck": N_("Deck"),
    "contact": N_("Contact {name} [{id}]"),
    "card": N_("Card {name} [{id}]"),
    "service": N_("Service {name} [{id}]"),
    "municipality": N_("Municipality '{id}'"),
    "scenario": N_("Scenario '{id}'"),
    "added": N_("{what} added"),
    "removed": N_("{what} removed"),
    "added_as": N_("{what} added: {value}"),
    "removed_was": N_("{what} removed (was {value})"),
    "changed": N_("{what} changed from {old} to {new}"),
    "field_added": N_("{field} added: {value}"),
    "field_removed": N_("{field} removed (was {value})"),
    "goto": N_("{field} now leads to {new} (was {old})"),
    "file_changed": N_("{field} changed (new file {value})"),
    "none": N_("none"),
    "yes": N_("yes"),
    "no": N_("no"),
    "heading": N_("Changes from {old} to {new}:"),
    "no_changes": N_("No changes between {old} and {new}."),
    "id": N_("id"),
    "title": N_("title"),
    "municipality_name": N_("municipality"),
    "country": N_("country"),
    "languages": N_("languages"),
    "version": N_("version"),
    "reviewed": N_("last reviewed"),
    "review_every_months": N_("review every (months)"),
    "owner": N_("owner"),
    "plan_url": N_("action plan"),
    "logo": N_("logo"),
    "color": N_("colour"),
    "emergency_text": N_("emergency text"),
    "emergency_phone": N_("emergency number"),
    "start": N_("start card"),
    "name": N_("name"),
    "role": N_("role"),
    "phone": N_("phone"),
    # TRANSLATORS: one of a contact's 'phones', {n} its place in the list
    "number": N_("number {n}"),
    # TRANSLATORS: {field} is e.g. "number 2"
    "number_label": N_("label of {field}"),
    "numbers_order": N_("order of the numbers"),
    "email": N_("e-mail"),
    "url": N_("web page"),
    "address": N_("address"),
    "hours": N_("opening hours"),
    "closed_on_holidays": N_("closes on public holidays"),
    "checked": N_("last checked"),
    "after_hours": N_("after hours"),
    "note": N_("note"),
    "body": N_("body"),
    "option": N_("option {n}"),
    "step": N_("step {n}"),
    "talk": N_("conversation advice {n}"),
    "contacts": N_("contacts"),
    "law": N_("legal basis {n}"),
    "link": N_("link {n}"),
    "urgent": N_("urgent"),
    "tag": N_("tag {n}"),
    "hint": N_("hint"),
    "story": N_("story"),
    "expected": N_("expected end card"),
    "debrief": N_("debrief"),
    "contact_in": N_("contact {name} [{id}]"),
    "who": N_("who"),
    "when": N_("by when"),
    "file": N_("file {n}"),
    "always_option": N_("'always' option {n}"),
    "always": N_("shows the 'always' options"),
    "start_service": N_("start card"),
    "steps_for": N_("steps for the card {name} [{id}]"),
    "same_version": N_(
        "Warning: the content changed, but the version is still {version}. "
        "Raise 'version' (e.g. to \"{next}\") so that printouts and the app "
        "tell the two apart."
    ),
    "no_version": N_(
        "Warning: the content changed, but the deck has no 'version'. Add "
        'one (e.g. version: "{next}") so that printouts and the app tell the '
        "versions apart."
    ),
}


def _q(ui: str, text: str) -> str:
    """A deck text in the quotation marks of the language, on one line."""
    flat = " ".join(text.split())
    if ui == "en":
        return f"“{flat}”"
    return f"”{flat}”" if ui == "sv" else f"«{flat}»"


class _Words:
    """The words of :data:`_W` in one language: ``words[key]`` is the translated
    template (its fields not yet filled)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __getitem__(self, key: str) -> str:
        return _t(self.lang, _W[key])


class Differ:
    """Collects the lines that describe how ``new`` differs from ``old``."""

    def __init__(self, old: Deck, new: Deck, ui: str) -> None:
        self.old, self.new = old, new
        self.ui = resolve(ui)
        self.w = _Words(self.ui)
        self.multilingual = len(set(old.languages) | set(new.languages)) > 1
        self.lines: list[str] = []

    # -- helpers ---------------------------------------------------------------

    def say(self, subject: str, text: str) -> None:
        self.lines.append(f"{subject}: {text}")

    def word(self, key: str, **fields: Any) -> str:
        return _t(self.ui, _W[key], **fields)

    def scalar(
        self, subject: str, field: str, old: Any, new: Any, show: Callable[[Any], str] = str
    ) -> None:
        if old == new:
            return
        if old is None:
            self.say(subject, self.word("field_added", field=field, value=show(new)))
        elif new is None:
            self.say(subject, self.word("field_removed", field=field, value=show(old)))
        else:
            self.say(subject, self.word("changed", what=field, old=show(old), new=show(new)))

    def text(self, subject: str, field: str, old: Text | None, new: Text | None) -> None:
        ov = dict(old.values) if old is not None else {}
        nv = dict(new.values) if new is not None else {}
        if ov == nv:
            return
        if not ov or not nv:
            value = _q(self.ui, (new or old).get())  # type: ignore[union-attr]
            key = "field_added" if not ov else "field_removed"
            self.say(subject, self.word(key, field=field, value=value))
            return
        for lang in [*nv, *(k for k in ov if k not in nv)]:
            label = f"{field} ({lang})" if self.multilingual else field
            if lang not in ov:
                self.say(
                    subject, self.word("field_added", field=label, value=_q(self.ui, nv[lang]))
                )
            elif lang not in nv:
                self.say(
                    subject, self.word("field_removed", field=label, value=_q(self.ui, ov[lang]))
                )
            elif ov[lang] != nv[lang]:
                self.say(
                    subject,
                    self.word(
                        "changed", what=label, old=_q(self.ui, ov[lang]), new=_q(self.ui, nv[lang])
                    ),
                )

    def items(
        self,
        subject: str,
        label: str,
        old: Sequence[Any],
        new: Sequence[Any],
        key: Callable[[Any], Any],
        pair: Callable[[str, Any, Any], None],
        show: Callable[[Any], str],
    ) -> None:
        """A list compared item by item; ``label`` takes the 1-based position as ``n``."""
        a, b = [key(x) for x in old], [key(x) for x in new]
        if a == b:
            return
        ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
        for op, i1, i2, j1, j2 in ops:
            if op == "equal":
                continue
            if op == "replace" and i2 - i1 == j2 - j1:
                for k in range(i2 - i1):
                    pair(self.w[label].format(n=j1 + k + 1), old[i1 + k], new[j1 + k])
                continue
            for i in range(i1, i2):
                self.say(
                    subject,
                    self.word(
                        "removed_was", what=self.w[label].format(n=i + 1), value=show(old[i])
                    ),
                )
            for j in range(j1, j2):
                self.say(
                    subject,
                    self.word("added_as", what=self.w[label].format(n=j + 1), value=show(new[j])),
                )

    def texts(self, subject: str, label: str, old: Sequence[Text], new: Sequence[Text]) -> None:
        self.items(
            subject,
            label,
            old,
            new,
            _text_key,
            lambda field, o, n: self.text(subject, field, o, n),
            lambda t: _q(self.ui, t.get()),
        )

    def yes_no(self, value: Any) -> str:
        return self.w["yes"] if value else self.w["no"]

    def ids(self, values: Iterable[str]) -> str:
        return ", ".join(values) or self.w["none"]

    def named(
        self,
        key: str,
        cid: str,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        name: Callable[[Any], str],
    ) -> str:
        """ "Kontakt «Barneverntjenesten» [barnevern]": by the new name (or the old one)."""
        thing = new.get(cid, old.get(cid))
        label = _q(self.ui, name(thing)) if thing is not None else ""
        return self.word(key, name=label, id=cid).replace("  ", " ")

    # -- the deck --------------------------------------------------------------

    def run(self) -> list[str]:
        self.top()
        self.municipalities()
        self.services()
        self.contacts(self.old.contacts, self.new.contacts)
        self.cards()
        self.scenarios()
        return self.lines

    def top(self) -> None:
        o, n, s = self.old, self.new, self.w["deck"]
        self.scalar(s, self.w["id"], o.id, n.id)
        self.text(s, self.w["title"], o.title, n.title)
        self.text(s, self.w["municipality_name"], o.municipality, n.municipality)
        self.scalar(s, self.w["country"], o.country, n.country)
        self.scalar(s, self.w["languages"], o.languages, n.languages, self.ids)
        self.scalar(s, self.w["version"], o.version, n.version)
        self.scalar(s, self.w["reviewed"], o.reviewed, n.reviewed, date.isoformat)
        self.scalar(s, self.w["review_every_months"], o.review_every_months, n.review_every_months)
        self.text(s, self.w["owner"], o.owner, n.owner)
        self.scalar(s, self.w["plan_url"], o.plan_url, n.plan_url)
        self.branding(s, o.branding, n.branding, o.folder, n.folder)
        self.text(s, self.w["emergency_text"], o.emergency.text, n.emergency.text)
        self.scalar(
            s, self.w["emergency_phone"], o.emergency.phone.display, n.emergency.phone.display
        )
        self.scalar(s, self.w["start"], o.start, n.start)
        self.documents(s, o.documents, n.documents, o.folder, n.folder)
        self.items(
            s,
            "always_option",
            o.always,
            n.always,
            _option_key,
            self.option_pair(s),
            self.show_option,
        )

    def branding(
        self, subject: str, old: Any, new: Any, old_folder: Path, new_folder: Path
    ) -> None:
        old = old or _NO_BRANDING
        new = new or _NO_BRANDING
        a, b = _asset(old.logo, old_folder), _asset(new.logo, new_folder)
        if a[0] != b[0]:
            self.scalar(subject, self.w["logo"], a[0], b[0])
        elif a[1] != b[1]:
            self.say(subject, self.word("file_changed", field=self.w["logo"], value=b[0]))
        self.scalar(subject, self.w["color"], old.color, new.color)

    def contact_fields(self, subject: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        from tiltakskort.phrases import describe_hours

        w = self.w
        self.text(subject, w["name"], old.get("name"), new.get("name"))
        self.text(subject, w["role"], old.get("role"), new.get("role"))
        self.scalar(subject, w["phone"], _phone(old.get("phone")), _phone(new.get("phone")))
        self.phones(subject, old.get("phones") or (), new.get("phones") or ())
        self.scalar(subject, w["email"], old.get("email"), new.get("email"))
        self.scalar(subject, w["url"], old.get("url"), new.get("url"))
        self.text(subject, w["address"], old.get("address"), new.get("address"))
        self.scalar(
            subject,
            w["hours"],
            old.get("hours"),
            new.get("hours"),
            lambda h: _mid_sentence(describe_hours(h, self.ui), self.ui),
        )
        self.scalar(
            subject,
            w["closed_on_holidays"],
            old.get("closed_on_holidays"),
            new.get("closed_on_holidays"),
            self.yes_no,
        )
        self.scalar(subject, w["checked"], old.get("checked"), new.get("checked"), date.isoformat)
        self.scalar(subject, w["after_hours"], old.get("after_hours"), new.get("after_hours"))
        self.text(subject, w["note"], old.get("note"), new.get("note"))

    def phones(self, subject: str, old: Sequence[Any], new: Sequence[Any]) -> None:
        """The numbers of ``phones``, one by one: a number kept is followed by its label
        ("merkelapp for nummer 1 endret fra …"), the others paired in order ("nummer 2
        endret fra … til …"), the rest added or removed; numbers only put in another
        order are said as that (the first one is called first)."""

        def key(p: Any) -> Any:
            return p.phone.display, _text_key(p.label)

        if [key(p) for p in old] == [key(p) for p in new]:
            return
        if sorted(map(key, old)) == sorted(map(key, new)):
            self.scalar(
                subject,
                self.w["numbers_order"],
                ", ".join(p.phone.display for p in old),
                ", ".join(p.phone.display for p in new),
            )
            return
        left = list(range(len(old)))
        pairs: dict[int, int] = {}  # new index -> old index
        for j, n in enumerate(new):
            i = next((i for i in left if old[i].phone.display == n.phone.display), None)
            if i is not None:
                pairs[j] = i
                left.remove(i)
        for j in range(len(new)):
            if j not in pairs and left:
                pairs[j] = left.pop(0)
        for j, n in enumerate(new):
            field = self.w["number"].format(n=j + 1)
            if j not in pairs:
                self.say(subject, self.word("added_as", what=field, value=self.show_phone(n)))
                continue
            o = old[pairs[j]]
            self.scalar(subject, field, o.phone.display, n.phone.display)
            self.text(subject, self.w["number_label"].format(field=field), o.label, n.label)
        for i in left:
            self.say(
                subject,
                self.word(
                    "removed_was",
                    what=self.w["number"].format(n=i + 1),
                    value=self.show_phone(old[i]),
                ),
            )

    def show_phone(self, p: Any) -> str:
        return f"{p.phone.display} ({_q(self.ui, p.label.get())})" if p.label else p.phone.display

    def contacts(self, old: Mapping[str, Contact], new: Mapping[str, Contact]) -> None:
        for cid in _ordered(old, new):
            subject = self.named("contact", cid, old, new, lambda c: c.display_name())
            if cid not in old:
                c = new[cid]
                if c.main_phone:
                    self.lines.append(
                        self.word("added_as", what=subject, value=c.main_phone.display)
                    )
                else:
                    self.lines.append(self.word("added", what=subject))
            elif cid not in new:
                self.lines.append(self.word("removed", what=subject))
            else:
                self.contact_fields(subject, _contact_dict(old[cid]), _contact_dict(new[cid]))

    def municipalities(self) -> None:
        old, new = self.old.municipalities, self.new.municipalities
        for mid in _ordered(old, new):
            subject = self.w["municipality"].format(id=mid)
            if mid not in old:
                self.lines.append(
                    self.word("added_as", what=subject, value=_q(self.ui, new[mid].name.get()))
                )
                continue
            if mid not in new:
                self.lines.append(self.word("removed", what=subject))
                continue
            a, b = old[mid], new[mid]
            self.text(subject, self.w["name"], a.name, b.name)
            self.branding(subject, a.branding, b.branding, self.old.folder, self.new.folder)
            for cid in _ordered(a.contacts, b.contacts):
                self.contact_fields(
                    f"{subject}, {self.contact_in(cid)}", _fields(a, cid), _fields(b, cid)
                )

    def contact_in(self, cid: str) -> str:
        return self.named(
            "contact_in", cid, self.old.contacts, self.new.contacts, lambda c: c.display_name()
        )

    def card_name(self, cid: str) -> str:
        return self.named("card", cid, self.old.cards, self.new.cards, lambda c: c.title.get())

    def services(self) -> None:
        old, new = self.old.services, self.new.services
        for sid in _ordered(old, new):
            subject = self.named("service", sid, old, new, lambda x: x.name.get())
            if sid not in old:
                self.lines.append(self.word("added", what=subject))
                continue
            if sid not in new:
                self.lines.append(self.word("removed", what=subject))
                continue
            a, b = old[sid], new[sid]
            self.text(subject, self.w["name"], a.name, b.name)
            self.scalar(subject, self.w["start_service"], a.start, b.start)
            for cid in _ordered(a.contacts, b.contacts):
                self.contact_fields(
                    f"{subject}, {self.contact_in(cid)}",
                    _plain(a.contacts.get(cid, {})),
                    _plain(b.contacts.get(cid, {})),
                )
            for cid in _ordered(a.steps, b.steps):
                label = self.named(
                    "steps_for", cid, self.old.cards, self.new.cards, lambda c: c.title.get()
                )
                self.steps(f"{subject}, {label}", a.steps.get(cid, ()), b.steps.get(cid, ()))

    def steps(self, s: str, old: Sequence[Any], new: Sequence[Any]) -> None:
        def pair(field: str, o: Any, n: Any) -> None:
            self.text(s, field, o.text, n.text)
            self.text(s, f"{field}, {self.w['who']}", o.who, n.who)
            self.text(
                s, f"{field}, {self.w['when']}", o.when and o.when.text, n.when and n.when.text
            )

        self.items(s, "step", old, new, _step_key, pair, self.show_step)

    def show_step(self, step: Any) -> str:
        out = _q(self.ui, step.get())
        extra = [x.get() for x in (step.who, step.when and step.when.text) if x is not None]
        return out + (f" ({', '.join(extra)})" if extra else "")

    def option_pair(self, s: str) -> Callable[[str, Any, Any], None]:
        def option(field: str, o: Any, n: Any) -> None:
            self.text(s, field, o.label, n.label)
            if o.goto != n.goto:
                self.say(s, self.word("goto", field=field, old=o.goto, new=n.goto))
            self.text(s, f"{field}, {self.w['hint']}", o.hint, n.hint)

        return option

    def show_option(self, o: Any) -> str:
        return f"{_q(self.ui, o.label.get())} → {o.goto}"

    def documents(
        self, s: str, old: Sequence[Any], new: Sequence[Any], old_folder: Path, new_folder: Path
    ) -> None:
        def key(d: Any) -> Any:
            return (d.name, _text_key(d.label))

        def pair(field: str, o: Any, n: Any) -> None:
            self.scalar(s, field, o.name, n.name)
            self.text(s, field, o.label, n.label)

        self.items(s, "file", old, new, key, pair, lambda d: d.display())
        before = {d.name: _asset(d.path, old_folder)[1] for d in old}
        for d in new:
            if d.name in before and before[d.name] != _asset(d.path, new_folder)[1]:
                self.say(s, self.word("file_changed", field=d.display(), value=d.name))

    def cards(self) -> None:
        old, new = self.old.cards, self.new.cards
        for cid in _ordered(old, new):
            subject = self.card_name(cid)
            if cid not in old:
                self.lines.append(self.word("added", what=subject))
            elif cid not in new:
                self.lines.append(self.word("removed", what=subject))
            else:
                self.card(subject, old[cid], new[cid])

    def card(self, s: str, a: Card, b: Card) -> None:
        w = self.w
        self.text(s, w["title"], a.title, b.title)
        self.text(s, w["body"], a.body, b.body)

        self.items(
            s, "option", a.options, b.options, _option_key, self.option_pair(s), self.show_option
        )
        self.scalar(s, w["always"], a.always, b.always, self.yes_no)
        self.steps(s, a.steps, b.steps)
        self.texts(s, "talk", a.talk, b.talk)
        self.scalar(s, w["contacts"], a.contacts or None, b.contacts or None, self.ids)
        self.texts(s, "law", a.law, b.law)

        def link(field: str, o: Any, n: Any) -> None:
            self.text(s, field, o.label, n.label)
            self.scalar(s, f"{field} (url)", o.url, n.url)

        self.items(
            s,
            "link",
            a.links,
            b.links,
            lambda x: (_text_key(x.label), x.url),
            link,
            lambda x: f"{_q(self.ui, x.label.get())} ({x.url})",
        )
        self.scalar(s, w["urgent"], a.urgent, b.urgent, self.yes_no)
        self.texts(s, "tag", a.tags, b.tags)
        self.documents(s, a.documents, b.documents, self.old.folder, self.new.folder)

    def scenarios(self) -> None:
        old = {x.id: x for x in self.old.scenarios}
        new = {x.id: x for x in self.new.scenarios}
        for sid in _ordered(old, new):
            subject = self.w["scenario"].format(id=sid)
            if sid not in old:
                self.lines.append(
                    self.word("added_as", what=subject, value=_q(self.ui, new[sid].title.get()))
                )
            elif sid not in new:
                self.lines.append(self.word("removed", what=subject))
            else:
                self.scenario(subject, old[sid], new[sid])

    def scenario(self, s: str, a: Scenario, b: Scenario) -> None:
        self.text(s, self.w["title"], a.title, b.title)
        self.text(s, self.w["story"], a.story, b.story)
        self.scalar(s, self.w["expected"], a.expected, b.expected)
        self.text(s, self.w["debrief"], a.debrief, b.debrief)


class _NoBranding:
    logo = None
    color = None


_NO_BRANDING = _NoBranding()


def _ordered(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """Ids in the new deck's order, then those only in the old one."""
    return [*new, *(k for k in old if k not in new)]


def _text_key(t: Text | None) -> Any:
    return None if t is None else tuple(t.values.items())


def _option_key(o: Any) -> Any:
    return (_text_key(o.label), o.goto, _text_key(o.hint))


def _step_key(s: Any) -> Any:
    return (_text_key(s), _text_key(s.who), _text_key(s.when.text if s.when else None))


def _plain(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if k != "locs"}


def _mid_sentence(words: str, ui: str) -> str:
    """ "Åpningstid ikke oppgitt" as it reads inside a sentence ("… til åpningstid ikke
    oppgitt"). Norwegian and Swedish write weekdays and months in small letters; English
    capitalises them, so English words are kept as they are."""
    return words if ui == "en" else words[:1].lower() + words[1:]


def _phone(p: Any) -> str | None:
    return None if p is None else p.display


def _contact_dict(c: Contact) -> dict[str, Any]:
    from tiltakskort.deck.entities import CONTACT_KEYS

    return {k: getattr(c, k) for k in CONTACT_KEYS}


def _fields(m: Municipality, cid: str) -> dict[str, Any]:
    return {k: v for k, v in m.contacts.get(cid, {}).items() if k != "locs"}


def _asset(path: Path | None, folder: Path) -> tuple[str | None, str | None]:
    """(name relative to the deck folder, hash of the content) of a logo."""
    if path is None:
        return None, None
    try:
        name = path.relative_to(folder.resolve()).as_posix()
    except ValueError:
        name = path.name
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        digest = None
    return name, digest


def diff_decks(old: Deck, new: Deck, ui: str = "nb") -> list[str]:
    """One sentence per change from ``old`` to ``new``, in the language ``ui``."""
    return Differ(old, new, ui).run()


def next_version(version: str | None) -> str:
    """A version one step up: 2026.2 -> 2026.3, 1.9 -> 1.10, none -> this year's .1."""
    import re

    if not version:
        return f"{date.today().year}.1"
    m = re.search(r"(\d+)(\D*)$", version)
    if m is None:
        return version + ".1"
    return f"{version[: m.start(1)]}{int(m.group(1)) + 1}{m.group(2)}"


def version_warning(old: Deck, new: Deck, ui: str = "nb") -> str | None:
    """A warning when the content of a deck changed but its ``version`` did not
    (``None`` when nothing but the version changed, the version was raised, or the two
    are different decks, such as a municipality's and the regional deck it builds on)."""
    if old.id != new.id or old.version != new.version or not diff_decks(old, new, ui):
        return None
    key = "same_version" if new.version else "no_version"
    return _t(resolve(ui), _W[key], version=new.version or "", next=next_version(new.version))


def run_diff(args: argparse.Namespace, lang: str) -> int:
    from tiltakskort.cli import CommandFailed, load_or_exit

    decks = []
    failed = False
    for given in (args.old, args.new):
        try:  # both decks' problems are said before giving up
            decks.append(load_or_exit(given, lang, trust=False)[0])
        except CommandFailed:
            failed = True
    if failed:
        return 1
    old, new = decks
    lines = diff_decks(old, new, lang)
    if not lines:
        print(_t(lang, _W["no_changes"], old=args.old, new=args.new))
        return 0
    print(_t(lang, _W["heading"], old=args.old, new=args.new))
    for line in lines:
        print(f"  {line}")
    print(tn(lang, "{n} change.", "{n} changes.", len(lines)))
    warning = version_warning(old, new, lang)
    if warning is not None:
        print(warning)
    return 0
