"""The deck's entities built from the merged tree: the deck itself, contacts, cards and
their options and links, municipalities, scenarios, branding and the emergency line.

:class:`DeckBuilder` knows which fields each entity has (the ``*_KEYS`` below, which the
editor schema of :mod:`tiltakskort.authoring.schema` reuses), which are required, and
what each one is named in a message; the field kinds themselves are read by
:class:`~tiltakskort.deck.fields.FieldReader`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PurePosixPath
from types import MappingProxyType
from typing import Any

from tiltakskort.deck.fields import LANG_RE, FieldReader, What, loc
from tiltakskort.deck.model import (
    FORMAT,
    Branding,
    Card,
    Contact,
    Deck,
    Document,
    Emergency,
    Link,
    Loc,
    Municipality,
    Option,
    Scenario,
    Service,
    Step,
    Text,
    When,
)
from tiltakskort.deck.yamlread import Mapping, Node, Scalar, Sequence
from tiltakskort.i18n import N_, Msg

TOP_KEYS = (
    "format",
    "id",
    "title",
    "municipality",
    "country",
    "languages",
    "version",
    "reviewed",
    "review_every_months",
    "owner",
    "plan_url",
    "branding",
    "emergency",
    "extends",
    "start",
    "files",
    "always",
    "contacts",
    "municipalities",
    "services",
    "cards",
    "scenarios",
    "search",
)
CONTACT_KEYS = (
    "name",
    "role",
    "phone",
    "phones",
    "email",
    "url",
    "address",
    "hours",
    "closed_on_holidays",
    "checked",
    "after_hours",
    "note",
)
CARD_KEYS = (
    "title",
    "body",
    "options",
    "always",
    "steps",
    "talk",
    "contacts",
    "files",
    "law",
    "links",
    "urgent",
    "tags",
)
OPTION_KEYS = ("label", "goto", "hint")
STEP_KEYS = ("text", "who", "when")
FILE_KEYS = ("file", "label")
SERVICE_KEYS = ("name", "start", "contacts", "steps")
LINK_KEYS = ("label", "url")
SCENARIO_KEYS = ("id", "title", "story", "expected", "debrief")
MUNICIPALITY_KEYS = ("name", "contacts", "branding")
BRANDING_KEYS = ("logo", "color")
EMERGENCY_KEYS = ("text", "phone")
SEARCH_KEYS = ("synonyms",)

DEFAULT_EMERGENCY = {
    "nb": "Akutt fare? Ring politiet på 112.",
    "nn": "Akutt fare? Ring politiet på 112.",
    "sv": "Akut fara? Ring 112.",
    "en": "Acute danger? Call the police on 112.",
    "se": "Akuhtta várra? Riŋge políssaide 112.",
}

_CONTACT_TEXTS = {
    "name": N_("the name of {what}"),
    "role": N_("the role of {what}"),
    "address": N_("the address of {what}"),
    "note": N_("the note of {what}"),
}
A_CARD = Msg("a card")
A_CONTACT = Msg("a contact")
A_MUNICIPALITY = Msg("a municipality")
A_SCENARIO = Msg("a scenario")
A_SERVICE = Msg("a service")
A_DECK = Msg("a deck")
THE_DECK = Msg("the deck")
A_WORD_OR_WORDS = Msg("a word or a list of words ([slå, slått, juling])")


class DeckBuilder(FieldReader):
    """Turns a merged tree into a :class:`~tiltakskort.deck.model.Deck`, collecting problems."""

    def __init__(self, folders: dict[str, Path], files: list[Path], extends: list[Path]) -> None:
        super().__init__(folders)
        self.files = files
        self.extends = extends

    def build(self, root: Mapping, folder: Path) -> Deck:
        self.check_keys(root, TOP_KEYS, A_DECK)
        required = ["format", "id", "title", "start", "cards"]
        if root.get("municipalities") is None:
            required.insert(3, "municipality")
        self.require(root, required, THE_DECK)

        fmt = self.scalar(root.get("format"), "'format'")
        if fmt is not None and fmt.value.strip() != FORMAT:
            self.report(
                fmt,
                "TK012",
                Msg(
                    "This app reads decks of format '{format}', not '{written}'.",
                    format=FORMAT,
                    written=fmt.value,
                ),
            )
        self.read_languages(root.get("languages"))
        self.read_country(root.get("country"))

        deck_id = self.scalar(root.get("id"), "'id'")
        if deck_id is not None:
            self.ident(deck_id, THE_DECK)
        title = self.text(root.get("title"), Msg("the deck's title"))
        municipality = self.text(root.get("municipality"), "'municipality'")
        version = self.scalar(root.get("version"), "'version'")
        reviewed = self.date_value(root.get("reviewed"), "'reviewed'")
        every = self.read_months(root.get("review_every_months"))
        owner = self.text(root.get("owner"), "'owner'")
        plan_url = self.https_url(root.get("plan_url"), "'plan_url'")
        branding = self.read_branding(root.get("branding"), Msg("the deck's branding"))
        emergency = self.read_emergency(root.get("emergency"))
        start = self.scalar(root.get("start"), "'start'")
        contacts = self.id_map(root.get("contacts"), "'contacts'", A_CONTACT, self.read_contact)
        municipalities = self.id_map(
            root.get("municipalities"), "'municipalities'", A_MUNICIPALITY, self.read_municipality
        )
        services = self.id_map(root.get("services"), "'services'", A_SERVICE, self.read_service)
        documents = self.read_documents(root.get("files"), Msg("the deck's files"))
        always = self.read_options(
            root.get("always"),
            Msg("the deck's 'always' options"),
            lambda i: Msg("'always' option {n}", n=i),
        )
        cards = self.id_map(root.get("cards"), "'cards'", A_CARD, self.read_card)
        if (
            root.get("cards") is not None
            and not cards
            and not any(p.code in ("TK013", "TK012") for p in self.problems)
        ):
            self.report(root.key_node("cards") or root, "TK010", Msg("The deck has no cards."))
        scenarios = self.read_scenarios(root.get("scenarios"))
        synonyms = self.read_search(root.get("search"))

        locs = {k: loc(v) for k, (_, v) in root.items.items()}
        return Deck(
            id=deck_id.value if deck_id else "",
            title=title or Text.of("", self.languages[0]),
            folder=folder,
            start=start.value.strip() if start else "",
            cards=MappingProxyType(cards),
            contacts=MappingProxyType(contacts),
            emergency=emergency,
            municipality=municipality,
            country=self.country,
            languages=self.languages,
            version=version.value if version else None,
            reviewed=reviewed,
            review_every_months=every,
            owner=owner,
            plan_url=plan_url,
            branding=branding or Branding(),
            municipalities=MappingProxyType(municipalities),
            scenarios=tuple(scenarios),
            files=tuple(self.files),
            extends=tuple(self.extends),
            locs=MappingProxyType(locs),
            search_synonyms=MappingProxyType(synonyms),
            documents=documents,
            always=tuple(always),
            services=MappingProxyType(services),
        )

    # -- the deck's own settings -------------------------------------------

    def read_languages(self, node: Node | None) -> None:
        langs: list[str] = []
        for item in self.sequence(node, "'languages'"):
            s = self.scalar(item, Msg("a language"))
            if s is None:
                continue
            v = s.value.strip()
            if not LANG_RE.match(v):
                self.report(
                    s,
                    "TK012",
                    Msg(
                        "'{value}' is not a language code (use two letters, "
                        "such as nb, nn, sv, en or se).",
                        value=v,
                    ),
                )
            elif v not in langs:
                langs.append(v)
        if langs:
            self.languages = tuple(langs)
        elif node is not None and isinstance(node, Sequence):
            self.report(node, "TK012", Msg("'languages' is empty; name at least one language."))

    def read_country(self, node: Node | None) -> None:
        s = self.scalar(node, "'country'")
        if s is None:
            return
        v = s.value.strip()
        if v in ("NO", "SE"):
            self.country = v
        else:
            self.report(s, "TK012", Msg("'country' must be NO or SE, not '{value}'.", value=v))

    def read_months(self, node: Node | None) -> int:
        s = self.scalar(node, "'review_every_months'")
        if s is None:
            return 12
        v = s.value.strip()
        if v.isdigit() and 1 <= int(v) <= 120:
            return int(v)
        self.report(
            s,
            "TK012",
            Msg(
                "'review_every_months' must be a whole number of months "
                "from 1 to 120, not '{value}'.",
                value=v,
            ),
        )
        return 12

    def read_branding(self, node: Node | None, what: What) -> Branding | None:
        m = self.mapping(node, what)
        if m is None:
            return None
        self.check_keys(m, BRANDING_KEYS, what)
        logo = self.asset(m.get("logo"), Msg("the logo"))
        return Branding(logo, self.color(m.get("color"), "'color'"))

    def read_emergency(self, node: Node | None) -> Emergency:
        from tiltakskort.deck.phone import parse_phone

        default_text = Text(
            MappingProxyType(
                {
                    lang: DEFAULT_EMERGENCY.get(lang, DEFAULT_EMERGENCY["en"])
                    for lang in self.languages
                }
            ),
            self.languages[0],
        )
        m = self.mapping(node, "'emergency'")
        text = phone = None
        if m is not None:
            self.check_keys(m, EMERGENCY_KEYS, "'emergency'")
            text = self.text(m.get("text"), Msg("the emergency text"))
            phone = self.phone(m.get("phone"), Msg("the emergency number"))
        return Emergency(text or default_text, phone or parse_phone("112", self.country))

    # -- contacts and municipalities -----------------------------------------

    def read_contact(self, cid: str, knode: Scalar, m: Mapping) -> Contact | None:
        fields = self.contact_fields(cid, m)
        if "name" not in fields:
            self.require(m, ["name"], Msg("the contact '{id}'", id=cid), knode)
        return Contact(id=cid, loc=loc(knode), **fields)

    def contact_fields(self, cid: str, m: Mapping) -> dict[str, Any]:
        """The fields a contact mapping sets (used for municipalities' partial ones too)."""
        what = Msg("the contact '{id}'", id=cid)
        self.check_keys(m, CONTACT_KEYS, what)
        out: dict[str, Any] = {}
        for key, msgid in _CONTACT_TEXTS.items():
            node = m.get(key)
            if node is not None:
                t = self.text(node, Msg(msgid, what=what))
                if t is not None:
                    out[key] = t
        for key, value in (
            ("phone", self.phone(m.get("phone"), Msg("the phone number of {what}", what=what))),
            ("phones", self.phones(m.get("phones"), what) or None),
            ("email", self.email(m.get("email"), "'email'")),
            ("url", self.https_url(m.get("url"), Msg("the web address of {what}", what=what))),
            (
                "closed_on_holidays",
                self.boolean(m.get("closed_on_holidays"), "'closed_on_holidays'"),
            ),
            ("hours", self.hours(m.get("hours"), what)),
            ("checked", self.date_value(m.get("checked"), "'checked'")),
        ):
            if value is not None:
                out[key] = value
        after = self.scalar(m.get("after_hours"), "'after_hours'")
        if after is not None:
            out["after_hours"] = after.value.strip()
        out["locs"] = MappingProxyType({k: loc(v) for k, (_, v) in m.items.items()})
        return out

    def read_municipality(self, mid: str, knode: Scalar, m: Mapping) -> Municipality | None:
        what = Msg("the municipality '{id}'", id=mid)
        self.check_keys(m, MUNICIPALITY_KEYS, what)
        self.require(m, ["name"], what, knode)
        name = self.text(m.get("name"), Msg("the name of {what}", what=what))
        contacts: dict[str, dict[str, Any]] = {}
        contact_locs: dict[str, Loc] = {}
        cm = self.mapping(m.get("contacts"), Msg("the contacts of {what}", what=what))
        if cm is not None:
            for cid, (ck, cv) in cm.items.items():
                if not self.ident(ck, A_CONTACT):
                    continue
                fm = self.mapping(cv, f"'{cid}'")
                if fm is not None:
                    contacts[cid] = self.contact_fields(cid, fm)
                    contact_locs[cid] = loc(ck)
        branding = self.read_branding(m.get("branding"), Msg("the branding of {what}", what=what))
        return Municipality(
            id=mid,
            name=name or Text.of(mid, self.languages[0]),
            loc=loc(knode),
            contacts=MappingProxyType({k: MappingProxyType(v) for k, v in contacts.items()}),
            contact_locs=MappingProxyType(contact_locs),
            branding=branding,
        )

    # -- cards ----------------------------------------------------------------

    def read_card(self, cid: str, knode: Scalar, m: Mapping) -> Card | None:
        what = Msg("the card '{id}'", id=cid)
        self.check_keys(m, CARD_KEYS, what)
        self.require(m, ["title"], what, knode)
        opt_node = m.get("options")
        options = self.read_options(
            opt_node,
            Msg("the options of {what}", what=what),
            lambda i: Msg("option {n} of the card '{id}'", n=i, id=cid),
        )
        if opt_node is not None:
            if isinstance(opt_node, Sequence) and not 1 <= len(opt_node.items) <= 9:
                self.report(
                    opt_node,
                    "TK012",
                    Msg(
                        "{what} has {n} options; a question has 1 to 9 (digits 1–9 choose them).",
                        what=what,
                        n=len(opt_node.items),
                    ),
                )
        contacts: list[str] = []
        contact_locs: list[Loc] = []
        node = m.get("contacts")
        if node is not None:
            for item in self.sequence(node, Msg("the contacts of {what}", what=what)):
                s = self.scalar(item, Msg("a contact id"))
                if s is not None:
                    contacts.append(s.value.strip())
                    contact_locs.append(loc(s))
        links = []
        node = m.get("links")
        if node is not None:
            for i, item in enumerate(self.sequence(node, Msg("the links of {what}", what=what)), 1):
                link = self.read_link(what, i, item)
                if link is not None:
                    links.append(link)
        return Card(
            id=cid,
            title=self.text(m.get("title"), Msg("the title of {what}", what=what))
            or Text.of(cid, self.languages[0]),
            loc=loc(knode),
            body=self._text(m, "body", N_("the body of {what}"), what),
            options=tuple(options),
            steps=self.read_steps(m.get("steps"), Msg("the steps of {what}", what=what)),
            talk=self._texts(m, "talk", N_("the conversation advice of {what}"), what),
            contacts=tuple(contacts),
            contact_locs=tuple(contact_locs),
            law=self._texts(m, "law", N_("the legal basis of {what}"), what),
            links=tuple(links),
            urgent=bool(self.boolean(m.get("urgent"), "'urgent'")),
            tags=self._texts(m, "tags", N_("the tags of {what}"), what),
            documents=self.read_documents(m.get("files"), Msg("the files of {what}", what=what)),
            always=self.boolean(m.get("always"), "'always'") is not False,
        )

    def _text(self, m: Mapping, key: str, msgid: str, owner: Msg) -> Text | None:
        """The text field ``key`` of ``owner``, named by ``msgid`` only when there is one."""
        node = m.get(key)
        return None if node is None else self.text(node, Msg(msgid, what=owner))

    def _texts(self, m: Mapping, key: str, msgid: str, owner: Msg) -> tuple[Text, ...]:
        node = m.get(key)
        if key in ("talk", "law"):  # sentences (tags are single words)
            self.split_by_a_comma(node)
        return () if node is None else self.texts(node, Msg(msgid, what=owner))

    def read_options(
        self, node: Node | None, what: Msg, name: Callable[[int], Msg]
    ) -> tuple[Option, ...]:
        """A list of options; ``name(i)`` names the i-th in a message."""
        out = []
        for i, item in enumerate(self.sequence(node, what), 1):
            o = self.read_option(name(i), item)
            if o is not None:
                out.append(o)
        return tuple(out)

    def read_option(self, what: Msg, node: Node) -> Option | None:
        m = self.mapping(node, what)
        if m is None:
            return None
        self.check_keys(m, OPTION_KEYS, what)
        self.require(m, ["label", "goto"], what)
        label = self._text(m, "label", N_("the label of {what}"), what)
        goto = self.scalar(m.get("goto"), "'goto'")
        hint = self._text(m, "hint", N_("the hint of {what}"), what)
        if label is None or goto is None:
            return None
        return Option(label, goto.value.strip(), hint, loc(m), loc(goto))

    def read_link(self, card: Msg, i: int, node: Node) -> Link | None:
        what = Msg("link {n} of {what}", n=i, what=card)
        lm = self.mapping(node, what)
        if lm is None:
            return None
        self.check_keys(lm, LINK_KEYS, what)
        self.require(lm, LINK_KEYS, what)
        label = self._text(lm, "label", N_("the label of {what}"), what)
        url = self.https_url(lm.get("url"), Msg("the link"), ("https", "mailto", "tel"))
        if label is None or url is None:
            return None
        return Link(label, url, loc(lm))

    # -- steps, files, services -------------------------------------------------

    def read_steps(self, node: Node | None, what: Msg) -> tuple[Step, ...]:
        """``steps``: each a text, or ``{text, who, when}``."""
        self.split_by_a_comma(node)
        out = []
        for i, item in enumerate(self.sequence(node, what), 1):
            step = self.read_step(item, Msg("step {n} of {what}", n=i, what=what))
            if step is not None:
                out.append(step)
        return tuple(out)

    def read_step(self, node: Node, what: Msg) -> Step | None:
        # A mapping with any of text/who/when is a step; any other mapping is a text in
        # several languages (language codes have two letters, these keys more).
        if not (isinstance(node, Mapping) and any(k in node.items for k in STEP_KEYS)):
            text = self.text(node, what)
            return None if text is None else Step.of_text(text)
        self.check_keys(node, STEP_KEYS, what)
        self.require(node, ["text"], what)
        text = self.text(node.get("text"), what)
        if text is None:
            return None
        who = self.text(node.get("who"), Msg("the 'who' of {what}", what=what))
        when_text = self.text(node.get("when"), Msg("the 'when' of {what}", what=what))
        return Step.of_text(text, who, None if when_text is None else self.when(when_text))

    def when(self, text: Text) -> When:
        """A ``when``: the duration of its default language's text, else of the first
        language that names one."""
        from tiltakskort.deck.deadline import parse_duration

        values = [text.get(), *text.values.values()]
        found = next((d for d in map(parse_duration, values) if d is not None), None)
        return When(text) if found is None else When(text, found[0], found[1])

    def read_documents(self, node: Node | None, what: Msg) -> tuple[Document, ...]:
        """``files``: each a path inside the deck folder, or ``{file, label}``."""
        out: list[Document] = []
        for i, item in enumerate(self.sequence(node, what), 1):
            doc = self.read_document(item, Msg("file {n} of {what}", n=i, what=what))
            if doc is not None and all(d.path != doc.path for d in out):
                out.append(doc)
        return tuple(out)

    def read_document(self, node: Node, what: Msg) -> Document | None:
        from tiltakskort.deck.documents import KINDS, check_content, outside

        label = None
        if isinstance(node, Mapping):
            self.check_keys(node, FILE_KEYS, what)
            self.require(node, ["file"], what)
            label = self.text(node.get("label"), Msg("the label of {what}", what=what))
            s = self.scalar(node.get("file"), "'file'")
        else:
            s = self.scalar(node, what)
        if s is None:
            return None
        raw = s.value.strip()
        folder = self.folders.get(s.path)
        if outside(raw, folder):
            self.report(
                s,
                "TK024",
                Msg(
                    "The file '{path}' must be inside the deck folder, written as a path relative "
                    "to it (e.g. skjema/samtykke.pdf).",
                    path=raw,
                ),
            )
            return None
        assert folder is not None
        path = (folder / raw).resolve()
        kind = KINDS.get(PurePosixPath(raw).suffix.lower())
        if kind is None:
            self.report(
                s,
                "TK031",
                Msg(
                    "The file '{path}' cannot go with a deck: only PDF, DOCX, ODT and XLSX "
                    "documents can (save it as one of them).",
                    path=raw,
                ),
            )
            return None
        if not path.is_file():
            self.report(
                s, "TK024", Msg("The file '{path}' does not exist in the deck folder.", path=raw)
            )
            return None
        why = check_content(path, kind)
        if why is not None:
            self.report(
                s,
                "TK031",
                Msg("The file '{path}' cannot go with the deck: {reason}.", path=raw, reason=why),
            )
            return None
        return Document(path, raw, label, kind, loc(s))

    def read_service(self, sid: str, knode: Scalar, m: Mapping) -> Service | None:
        what = Msg("the service '{id}'", id=sid)
        self.check_keys(m, SERVICE_KEYS, what)
        self.require(m, ["name"], what, knode)
        name = self.text(m.get("name"), Msg("the name of {what}", what=what))
        start = self.scalar(m.get("start"), "'start'")
        contacts: dict[str, Any] = {}
        contact_locs: dict[str, Loc] = {}
        cm = self.mapping(m.get("contacts"), Msg("the contacts of {what}", what=what))
        if cm is not None:
            for cid, (ck, cv) in cm.items.items():
                if not self.ident(ck, A_CONTACT):
                    continue
                fm = self.mapping(cv, f"'{cid}'")
                if fm is not None:
                    contacts[cid] = MappingProxyType(self.contact_fields(cid, fm))
                    contact_locs[cid] = loc(ck)
        steps: dict[str, tuple[Step, ...]] = {}
        step_locs: dict[str, Loc] = {}
        sm = self.mapping(m.get("steps"), Msg("the steps of {what}", what=what))
        if sm is not None:
            for cid, (ck, cv) in sm.items.items():
                if not self.ident(ck, A_CARD):
                    continue
                steps[cid] = self.read_steps(
                    cv, Msg("the steps {service} adds to the card '{id}'", service=what, id=cid)
                )
                step_locs[cid] = loc(ck)
        return Service(
            id=sid,
            name=name or Text.of(sid, self.languages[0]),
            loc=loc(knode),
            contacts=MappingProxyType(contacts),
            contact_locs=MappingProxyType(contact_locs),
            steps=MappingProxyType(steps),
            step_locs=MappingProxyType(step_locs),
            start=start.value.strip() if start else None,
            start_loc=loc(start) if start else loc(knode),
        )

    # -- scenarios ------------------------------------------------------------

    def read_scenarios(self, node: Node | None) -> list[Scenario]:
        out: list[Scenario] = []
        seen: set[str] = set()
        for i, item in enumerate(self.sequence(node, "'scenarios'"), 1):
            number = Msg("scenario {n}", n=i)
            m = self.mapping(item, number)
            if m is None:
                continue
            self.check_keys(m, SCENARIO_KEYS, number)
            self.require(m, ["id", "title", "story", "expected"], number)
            sid = self.scalar(m.get("id"), "'id'")
            if sid is None or not self.ident(sid, A_SCENARIO):
                continue
            if sid.value in seen:
                self.report(sid, "TK013", Msg("Two scenarios have the id '{id}'.", id=sid.value))
                continue
            seen.add(sid.value)
            what = Msg("the scenario '{id}'", id=sid.value)
            title = self._text(m, "title", N_("the title of {what}"), what)
            story = self._text(m, "story", N_("the story of {what}"), what)
            debrief = self._text(m, "debrief", N_("the debrief of {what}"), what)
            expected = self.scalar(m.get("expected"), "'expected'")
            if title is None or story is None or expected is None:
                continue
            out.append(
                Scenario(
                    sid.value, title, story, expected.value.strip(), loc(m), loc(expected), debrief
                )
            )
        return out

    # -- search (an addition to the format: docs/deck-format.md) ---------------

    def read_search(self, node: Node | None) -> dict[str, tuple[str, ...]]:
        """``search: {synonyms: {word: [words…]}}``: each word with the words a person
        may search for instead (one word may stand without brackets)."""
        out: dict[str, tuple[str, ...]] = {}
        m = self.mapping(node, "'search'")
        if m is None:
            return out
        self.check_keys(m, SEARCH_KEYS, "'search'")
        synonyms = self.mapping(m.get("synonyms"), "'search: synonyms'")
        if synonyms is None:
            return out
        for word, (knode, vnode) in synonyms.items.items():
            what = Msg("the synonyms of '{word}'", word=word)
            if isinstance(vnode, Scalar):
                items = [vnode.value.strip()] if vnode.value.strip() else []
            elif isinstance(vnode, Sequence):
                items, wrong = [], False
                for i, item in enumerate(vnode.items, 1):
                    s = self.scalar(item, Msg("item {n} of {what}", n=i, what=what))
                    if s is not None:
                        items.append(s.value.strip())
                    wrong = wrong or not isinstance(item, Scalar)
                if wrong:
                    continue  # reported; an empty item is no problem, only left out
            else:
                self.wrong_kind(vnode, what, A_WORD_OR_WORDS)
                continue
            if not word.strip():
                self.report(knode, "TK012", Msg("A word in 'search: synonyms' is empty."))
            elif not items:
                self.report(
                    knode,
                    "TK012",
                    Msg(
                        "'{word}' in 'search: synonyms' has no synonyms: list them after it, "
                        "e.g. {word}: [one word, another word].",
                        word=word,
                    ),
                )
            else:
                out[word.strip()] = tuple(items)
        return out
