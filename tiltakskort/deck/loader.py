"""From deck folders to a :class:`~tiltakskort.deck.model.Deck` and its problems.

``load_deck`` reads ``deck.yaml`` (and, through ``extends``, the decks it
builds on) into located trees (:mod:`yamlread`), overlays them as the format's
§7 says, turns the result into the model while checking every field's kind,
and finally runs the cross-reference rules of :mod:`validate`. Every problem
is collected; nothing stops at the first.
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath, PureWindowsPath
from types import MappingProxyType
from typing import Any, TypeVar

from tiltakskort.deck.model import (
    FORMAT, Branding, Card, Contact, Deck, Emergency, Link, Loc, Municipality, Option,
    Scenario, Text,
)
from tiltakskort.deck.problems import Problem, did_you_mean
from tiltakskort.deck.yamlread import Mapping, Node, Scalar, Sequence, read_yaml

ENTRY = "deck.yaml"
ID_RE = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
LANG_RE = re.compile(r"[a-z]{2}\Z")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
COLOR_RE = re.compile(r"#[0-9a-fA-F]{6}\Z")
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+\Z")

TOP_KEYS = ("format", "id", "title", "municipality", "country", "languages", "version",
            "reviewed", "review_every_months", "owner", "plan_url", "branding", "emergency",
            "extends", "start", "contacts", "municipalities", "cards", "scenarios")
CONTACT_KEYS = ("name", "role", "phone", "email", "url", "address", "hours",
                "closed_on_holidays", "checked", "after_hours", "note")
CARD_KEYS = ("title", "body", "options", "steps", "talk", "contacts", "law", "links",
             "urgent", "tags")
OPTION_KEYS = ("label", "goto", "hint")
LINK_KEYS = ("label", "url")
SCENARIO_KEYS = ("id", "title", "story", "expected", "debrief")
MUNICIPALITY_KEYS = ("name", "contacts", "branding")
BRANDING_KEYS = ("logo", "color")
EMERGENCY_KEYS = ("text", "phone")
LOGO_SUFFIXES = (".png", ".svg")

DEFAULT_EMERGENCY = {
    "nb": "Akutt fare? Ring politiet på 112.",
    "nn": "Akutt fare? Ring politiet på 112.",
    "sv": "Akut fara? Ring 112.",
    "en": "Acute danger? Call the police on 112.",
    "se": "Akuhtta várra? Riŋge políssaide 112.",
}

T = TypeVar("T")


@dataclass
class LoadResult:
    """What loading a deck gave.

    Attributes:
        deck: the deck, also when it has problems (as far as it could be
            built); ``None`` when not even that was possible.
        problems: every problem, sorted by file and place.
        files: every file read, the entry files of ``extends`` bases included.
    """

    deck: Deck | None
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return not self.errors


def load_deck(folder: str | os.PathLike[str], *, today: date | None = None,
              preloaded: dict[Path, bytes] | None = None) -> LoadResult:
    """Load and check the deck in ``folder`` (or the ``deck.yaml`` given).

    Args:
        folder: a deck folder, or its ``deck.yaml``.
        today: the date review warnings are measured from (default: today).
        preloaded: file bytes already read, by resolved path (the app reads a signed
            deck's files once, checks the signature and parses the same bytes).

    Returns:
        The deck and all its problems; never raises for a bad deck.
    """
    # A deck becomes hundreds of thousands of small acyclic objects; the cyclic garbage
    # collector would walk them again and again while they are built (3x the time at
    # 10,000 cards) and find nothing to free. Pause it for the load.
    paused = gc.isenabled()
    gc.disable()
    try:
        return _load(folder, today, preloaded or {})
    finally:
        if paused:
            gc.enable()


def _load(folder: str | os.PathLike[str], today: date | None, preloaded: dict[Path, bytes]) -> LoadResult:
    given = str(folder)
    path = Path(folder)
    if path.name.endswith((".yaml", ".yml")) and not path.is_dir():
        display_folder = os.path.dirname(given) or "."
        path = path.parent
        entry_name = Path(given).name
    else:
        display_folder = given
        entry_name = ENTRY
    builder = _Builder(today or date.today())
    builder.preloaded = preloaded
    root = builder.read_chain(path, display_folder, entry_name, [])
    deck = builder.build(root, path) if isinstance(root, Mapping) else None
    if deck is not None:
        from tiltakskort.deck.validate import validate

        builder.problems.extend(validate(deck, builder.today))
    problems = sorted(set(builder.problems), key=Problem.sort_key)
    return LoadResult(deck, problems, builder.files)


def _loc(node: Node | Scalar) -> Loc:
    return Loc(node.path, node.line, node.col)


def _kind(node: Node) -> tuple[str, str]:
    if isinstance(node, Mapping):
        return "a mapping", "en mapping"
    if isinstance(node, Sequence):
        return "a list", "en liste"
    return "a single value", "én enkelt verdi"


def merge(base: Mapping, top: Mapping) -> Mapping:
    """Overlay ``top`` on ``base`` as the format's §7 says.

    Top-level scalars replace; ``contacts`` merge by id field by field;
    ``cards`` and ``municipalities`` replace by id; ``scenarios`` replace by
    their ``id`` and otherwise add. Nodes keep the file they were written in.
    """
    out = Mapping(top.path, top.line, top.col)
    out.items = dict(base.items)
    for key, (knode, vnode) in top.items.items():
        old = out.items.get(key)
        if key == "extends" or old is None or not isinstance(vnode, (Mapping, Sequence)):
            out.items[key] = (knode, vnode)
        elif key == "contacts" and isinstance(old[1], Mapping) and isinstance(vnode, Mapping):
            merged = Mapping(vnode.path, vnode.line, vnode.col)
            merged.items = dict(old[1].items)
            for cid, (ck, cv) in vnode.items.items():
                prev = merged.items.get(cid)
                if prev is not None and isinstance(prev[1], Mapping) and isinstance(cv, Mapping):
                    fields = Mapping(cv.path, cv.line, cv.col)
                    fields.items = {**prev[1].items, **cv.items}
                    merged.items[cid] = (ck, fields)
                else:
                    merged.items[cid] = (ck, cv)
            out.items[key] = (knode, merged)
        elif key in ("cards", "municipalities") and isinstance(old[1], Mapping) \
                and isinstance(vnode, Mapping):
            merged = Mapping(vnode.path, vnode.line, vnode.col)
            merged.items = {**old[1].items, **vnode.items}
            out.items[key] = (knode, merged)
        elif key == "scenarios" and isinstance(old[1], Sequence) and isinstance(vnode, Sequence):
            seq = Sequence(vnode.path, vnode.line, vnode.col)
            seq.items = list(old[1].items)
            index = {_scenario_id(n): i for i, n in enumerate(seq.items)}
            for n in vnode.items:
                sid = _scenario_id(n)
                if sid is not None and sid in index:
                    seq.items[index[sid]] = n
                else:
                    seq.items.append(n)
            out.items[key] = (knode, seq)
        else:
            out.items[key] = (knode, vnode)
    return out


def _scenario_id(node: Node) -> str | None:
    if isinstance(node, Mapping):
        sid = node.get("id")
        if isinstance(sid, Scalar):
            return sid.value
    return None


class _Builder:
    """Turns a merged tree into the model, collecting problems."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.problems: list[Problem] = []
        self.files: list[Path] = []
        self.folders: dict[str, Path] = {}
        self.extends: list[Path] = []
        self.preloaded: dict[Path, bytes] = {}
        self.languages: tuple[str, ...] = ("nb",)
        self.country = "NO"

    # -- reporting -------------------------------------------------------

    def report(self, where: Node | Scalar | Loc, code: str, en: str, nb: str) -> None:
        loc = where if isinstance(where, Loc) else _loc(where)
        self.problems.append(Problem(loc.path, loc.line, loc.col, code, en, nb))

    def wrong_kind(self, node: Node, what_en: str, what_nb: str, want_en: str,
                   want_nb: str) -> None:
        got_en, got_nb = _kind(node)
        self.report(node, "TK012",
                    f"{what_en} should be {want_en}, not {got_en}.",
                    f"{what_nb} skal være {want_nb}, ikke {got_nb}.")

    # -- reading files and extends ---------------------------------------

    def read_chain(self, folder: Path, display_folder: str, entry: str,
                   seen: list[Path]) -> Node | None:
        display = os.path.normpath(os.path.join(display_folder, entry))
        path = folder / entry
        self.files.append(path)
        try:
            data = self.preloaded.get(path.resolve())
        except OSError:
            data = None
        result = read_yaml(path, display, data)
        self.problems.extend(result.problems)
        root = result.root
        if root is None:
            if not result.problems:
                self.report(Loc(display, 1, 1), "TK012", "The file is empty; a deck needs "
                            "at least format, id, title, start and cards.",
                            "Filen er tom; en kortstokk trenger minst format, id, title, "
                            "start og cards.")
            return None
        if not isinstance(root, Mapping):
            self.wrong_kind(root, "A deck file", "En kortstokkfil", "a mapping of keys",
                            "en mapping med nøkler")
            return None
        self.folders[display] = folder
        ext = root.get("extends")
        if ext is None:
            return root
        if not isinstance(ext, Scalar) or not ext.value.strip():
            self.wrong_kind(ext, "'extends'", "'extends'", "the path of a deck folder",
                            "stien til en kortstokkmappe")
            return root
        base_folder = folder / ext.value
        resolved = base_folder.resolve()
        me = folder.resolve()
        if resolved == me or resolved in seen:
            self.report(ext, "TK023",
                        f"'extends: {ext.value}' leads back to a deck that already builds on "
                        "this one; decks cannot extend each other in a loop.",
                        f"'extends: {ext.value}' fører tilbake til en kortstokk som allerede "
                        "bygger på denne; kortstokker kan ikke utvide hverandre i ring.")
            return root
        if not (base_folder / ENTRY).is_file():
            self.report(ext, "TK023",
                        f"'extends: {ext.value}' names no deck: there is no {ENTRY} in "
                        f"'{os.path.normpath(os.path.join(display_folder, ext.value))}'.",
                        f"'extends: {ext.value}' viser ikke til noen kortstokk: det finnes "
                        f"ingen {ENTRY} i "
                        f"'{os.path.normpath(os.path.join(display_folder, ext.value))}'.")
            return root
        self.extends.append(resolved)
        base = self.read_chain(base_folder, os.path.join(display_folder, ext.value), ENTRY,
                               [*seen, me])
        if isinstance(base, Mapping):
            return merge(base, root)
        return root

    # -- generic field readers ----------------------------------------------

    def check_keys(self, node: Mapping, allowed: Iterable[str], what_en: str,
                   what_nb: str) -> None:
        allowed = tuple(allowed)
        for key, (knode, _) in node.items.items():
            if key not in allowed:
                en, nb = did_you_mean(key, allowed)
                self.report(knode, "TK011",
                            f"'{key}' is not a field of {what_en}.{en}",
                            f"'{key}' er ikke et felt i {what_nb}.{nb}")

    def require(self, node: Mapping, keys: Iterable[str], what_en: str, what_nb: str,
                at: Scalar | None = None) -> None:
        """Report each missing key at its empty value, else at ``at`` (the id), else the mapping."""
        for key in keys:
            value = node.get(key)
            if value is None or (isinstance(value, Scalar) and not value.value.strip()):
                where: Node | Scalar = node.key_node(key) or at or node
                self.report(where, "TK010",
                            f"{what_en} has no '{key}'; it is required.",
                            f"{what_nb} mangler '{key}', som er påkrevd.")

    def mapping(self, node: Node | None, what_en: str, what_nb: str) -> Mapping | None:
        if node is None:
            return None
        if isinstance(node, Mapping):
            return node
        if isinstance(node, Scalar) and not node.value.strip():
            return None
        self.wrong_kind(node, what_en, what_nb, "a mapping (key: value lines)",
                        "en mapping (nøkkel: verdi-linjer)")
        return None

    def sequence(self, node: Node | None, what_en: str, what_nb: str) -> list[Node]:
        if node is None:
            return []
        if isinstance(node, Sequence):
            return node.items
        if isinstance(node, Scalar) and not node.value.strip():
            return []
        self.wrong_kind(node, what_en, what_nb, "a list (lines starting with '-')",
                        "en liste (linjer som starter med '-')")
        return []

    def scalar(self, node: Node | None, what_en: str, what_nb: str) -> Scalar | None:
        if node is None:
            return None
        if isinstance(node, Scalar):
            return node if node.value.strip() else None
        self.wrong_kind(node, what_en, what_nb, "a single value", "én enkelt verdi")
        return None

    def text(self, node: Node | None, what_en: str, what_nb: str) -> Text | None:
        """A field of kind *text* or *markdown*: a string or language -> string."""
        if node is None:
            return None
        if isinstance(node, Scalar):
            if not node.value.strip():
                return None
            values = {self.languages[0]: node.value}
        elif isinstance(node, Mapping):
            values = {}
            for lang, (knode, vnode) in node.items.items():
                if not LANG_RE.match(lang):
                    self.report(knode, "TK012",
                                f"'{lang}' in {what_en} is not a language code "
                                "(use two letters, such as nb, nn, sv, en or se).",
                                f"'{lang}' i {what_nb} er ingen språkkode "
                                "(bruk to bokstaver, som nb, nn, sv, en eller se).")
                elif isinstance(vnode, Scalar):
                    values[lang] = vnode.value
                else:
                    self.wrong_kind(vnode, f"The {lang} text of {what_en}",
                                    f"{lang}-teksten i {what_nb}", "text", "tekst")
            if not values:
                if node.items:
                    return None
                self.wrong_kind(node, what_en, what_nb, "a text", "en tekst")
                return None
        else:
            self.wrong_kind(node, what_en, what_nb, "a text", "en tekst")
            return None
        missing = [lang for lang in self.languages if lang not in values]
        if missing and len(self.languages) > 1:
            names = ", ".join(missing)
            self.report(node, "TK102",
                        f"{what_en[:1].upper()}{what_en[1:]} has no translation into {names}; "
                        f"{self.languages[0]} is shown instead.",
                        f"{what_nb[:1].upper()}{what_nb[1:]} mangler oversettelse til {names}; "
                        f"{self.languages[0]} vises i stedet.")
        return Text(MappingProxyType(values), self.languages[0], _loc(node))

    def texts(self, node: Node | None, what_en: str, what_nb: str) -> tuple[Text, ...]:
        out = []
        for i, item in enumerate(self.sequence(node, what_en, what_nb), 1):
            t = self.text(item, f"item {i} of {what_en}", f"punkt {i} i {what_nb}")
            if t is not None:
                out.append(t)
        return tuple(out)

    def ident(self, knode: Scalar, what_en: str, what_nb: str) -> bool:
        if ID_RE.match(knode.value):
            return True
        self.report(knode, "TK013",
                    f"'{knode.value}' is not a valid {what_en} id: use small letters a–z, "
                    "digits and hyphens, starting with a letter or digit (e.g. barn-akutt).",
                    f"'{knode.value}' er ikke en gyldig id for {what_nb}: bruk små bokstaver "
                    "a–z, sifre og bindestrek, og start med bokstav eller siffer "
                    "(f.eks. barn-akutt).")
        return False

    def boolean(self, node: Node | None, what_en: str, what_nb: str) -> bool | None:
        s = self.scalar(node, what_en, what_nb)
        if s is None:
            return None
        v = s.value.strip().lower()
        if v in ("true", "false"):
            return v == "true"
        self.report(s, "TK012", f"{what_en} must be true or false, not '{s.value}'.",
                    f"{what_nb} må være true eller false, ikke '{s.value}'.")
        return None

    def date_value(self, node: Node | None, what_en: str, what_nb: str) -> date | None:
        s = self.scalar(node, what_en, what_nb)
        if s is None:
            return None
        v = s.value.strip()
        if DATE_RE.match(v):
            try:
                return date.fromisoformat(v)
            except ValueError:
                pass
        self.report(s, "TK012",
                    f"{what_en} must be a date written YYYY-MM-DD (e.g. 2026-10-01), "
                    f"not '{s.value}'.",
                    f"{what_nb} må være en dato skrevet ÅÅÅÅ-MM-DD (f.eks. 2026-10-01), "
                    f"ikke '{s.value}'.")
        return None

    def https_url(self, node: Node | None, what_en: str, what_nb: str,
                  schemes: tuple[str, ...] = ("https",)) -> str | None:
        from tiltakskort.deck.safeurl import is_allowed_url, url_scheme

        s = self.scalar(node, what_en, what_nb)
        if s is None:
            return None
        url = s.value.strip()
        scheme = url_scheme(url)
        if scheme in schemes and is_allowed_url(url):
            return url
        allowed = ", ".join(f"{x}:" for x in schemes)
        self.report(s, "TK025",
                    f"{what_en} '{url}' is not allowed: only {allowed} links open "
                    "(and https links without a user name).",
                    f"{what_nb} '{url}' er ikke tillatt: bare {allowed}-lenker åpnes "
                    "(og https-lenker uten brukernavn).")
        return None

    def phone(self, node: Node | None, what_en: str, what_nb: str) -> Any:
        from tiltakskort.deck.phone import PhoneError, parse_phone

        s = self.scalar(node, what_en, what_nb)
        if s is None:
            return None
        try:
            return parse_phone(s.value, self.country)
        except PhoneError as e:
            self.report(s, "TK027", f"{what_en}: {e}",
                        f"{what_nb}: '{s.value}' er ikke et gyldig telefonnummer for "
                        f"{'Norge' if self.country == 'NO' else 'Sverige'} (skriv f.eks. "
                        f"{'69 12 34 56' if self.country == 'NO' else '08-123 456 78'}, "
                        "eller et utenlandsk nummer med +).")
            return None

    def id_map(self, node: Node | None, what_en: str, what_nb: str,
               build: Callable[[str, Scalar, Mapping], T | None]) -> dict[str, T]:
        out: dict[str, T] = {}
        m = self.mapping(node, what_en, what_nb)
        if m is None:
            return out
        for key, (knode, vnode) in m.items.items():
            if not self.ident(knode, what_en.rstrip("s"), what_nb):
                continue
            v = self.mapping(vnode, f"'{key}'", f"'{key}'")
            if v is None:
                if not isinstance(vnode, Mapping):
                    self.report(knode, "TK010", f"'{key}' has no fields.",
                                f"'{key}' har ingen felt.")
                continue
            item = build(key, knode, v)
            if item is not None:
                out[key] = item
        return out

    # -- sections -----------------------------------------------------------

    def build(self, root: Mapping, folder: Path) -> Deck | None:
        self.check_keys(root, TOP_KEYS, "a deck", "en kortstokk")
        required = ["format", "id", "title", "start", "cards"]
        if root.get("municipalities") is None:
            required.insert(3, "municipality")
        self.require(root, required, "The deck", "Kortstokken")

        fmt = self.scalar(root.get("format"), "'format'", "'format'")
        if fmt is not None and fmt.value.strip() != FORMAT:
            self.report(fmt, "TK012",
                        f"This app reads decks of format '{FORMAT}', not '{fmt.value}'.",
                        f"Denne appen leser kortstokker i formatet '{FORMAT}', "
                        f"ikke '{fmt.value}'.")
        self.read_languages(root.get("languages"))
        self.read_country(root.get("country"))

        deck_id = self.scalar(root.get("id"), "'id'", "'id'")
        if deck_id is not None:
            self.ident(deck_id, "deck", "kortstokken")
        title = self.text(root.get("title"), "the deck's title", "kortstokkens tittel")
        municipality = self.text(root.get("municipality"), "'municipality'", "'municipality'")
        version = self.scalar(root.get("version"), "'version'", "'version'")
        reviewed = self.date_value(root.get("reviewed"), "'reviewed'", "'reviewed'")
        every = self.read_months(root.get("review_every_months"))
        owner = self.text(root.get("owner"), "'owner'", "'owner'")
        plan_url = self.https_url(root.get("plan_url"), "'plan_url'", "'plan_url'")
        branding = self.read_branding(root.get("branding"), "the deck's branding",
                                      "kortstokkens branding")
        emergency = self.read_emergency(root.get("emergency"))
        start = self.scalar(root.get("start"), "'start'", "'start'")
        contacts = self.id_map(root.get("contacts"), "contacts", "kontakter",
                               self.read_contact)
        municipalities = self.id_map(root.get("municipalities"), "municipalities",
                                     "kommuner", self.read_municipality)
        cards = self.id_map(root.get("cards"), "cards", "kort", self.read_card)
        if root.get("cards") is not None and not cards and not any(
                p.code in ("TK013", "TK012") for p in self.problems):
            self.report(root.key_node("cards") or root, "TK010",
                        "The deck has no cards.", "Kortstokken har ingen kort.")
        scenarios = self.read_scenarios(root.get("scenarios"))

        locs = {k: _loc(v) for k, (_, v) in root.items.items()}
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
        )

    def read_languages(self, node: Node | None) -> None:
        items = self.sequence(node, "'languages'", "'languages'")
        langs: list[str] = []
        for item in items:
            s = self.scalar(item, "A language", "Et språk")
            if s is None:
                continue
            v = s.value.strip()
            if not LANG_RE.match(v):
                self.report(s, "TK012",
                            f"'{v}' is not a language code (use two letters, such as nb, nn, "
                            "sv, en or se).",
                            f"'{v}' er ingen språkkode (bruk to bokstaver, som nb, nn, sv, "
                            "en eller se).")
            elif v not in langs:
                langs.append(v)
        if langs:
            self.languages = tuple(langs)
        elif node is not None and isinstance(node, Sequence):
            self.report(node, "TK012", "'languages' is empty; name at least one language.",
                        "'languages' er tom; oppgi minst ett språk.")

    def read_country(self, node: Node | None) -> None:
        s = self.scalar(node, "'country'", "'country'")
        if s is None:
            return
        v = s.value.strip()
        if v in ("NO", "SE"):
            self.country = v
        else:
            self.report(s, "TK012", f"'country' must be NO or SE, not '{v}'.",
                        f"'country' må være NO eller SE, ikke '{v}'.")

    def read_months(self, node: Node | None) -> int:
        s = self.scalar(node, "'review_every_months'", "'review_every_months'")
        if s is None:
            return 12
        v = s.value.strip()
        if v.isdigit() and 1 <= int(v) <= 120:
            return int(v)
        self.report(s, "TK012",
                    f"'review_every_months' must be a whole number of months from 1 to 120, "
                    f"not '{v}'.",
                    f"'review_every_months' må være et helt antall måneder fra 1 til 120, "
                    f"ikke '{v}'.")
        return 12

    def read_branding(self, node: Node | None, what_en: str, what_nb: str) -> Branding | None:
        m = self.mapping(node, what_en, what_nb)
        if m is None:
            return None
        self.check_keys(m, BRANDING_KEYS, what_en, what_nb)
        logo = self.read_asset(m.get("logo"), "The logo", "Logoen")
        color = self.scalar(m.get("color"), "'color'", "'color'")
        col = None
        if color is not None:
            if COLOR_RE.match(color.value.strip()):
                col = color.value.strip().lower()
            else:
                self.report(color, "TK012",
                            f"'color' must be written #rrggbb (e.g. #1f4e79), "
                            f"not '{color.value}'.",
                            f"'color' må skrives #rrggbb (f.eks. #1f4e79), "
                            f"ikke '{color.value}'.")
        return Branding(logo, col)

    def read_asset(self, node: Node | None, what_en: str, what_nb: str) -> Path | None:
        s = self.scalar(node, what_en, what_nb)
        if s is None:
            return None
        raw = s.value.strip()
        folder = self.folders.get(s.path)
        outside = (
            folder is None
            or "\\" in raw
            or PureWindowsPath(raw).drive != ""
            or PureWindowsPath(raw).is_absolute()
            or PurePosixPath(raw).is_absolute()
            or ".." in PurePosixPath(raw).parts
            or ":" in raw
        )
        if not outside:
            assert folder is not None
            target = (folder / raw).resolve()
            outside = not target.is_relative_to(folder.resolve())
        if outside:
            self.report(s, "TK024",
                        f"{what_en} '{raw}' must be a file inside the deck folder, "
                        "written as a path relative to it (e.g. logo.png).",
                        f"{what_nb} '{raw}' må være en fil inne i kortstokkmappen, "
                        "skrevet relativt til den (f.eks. logo.png).")
            return None
        if not target.is_file():
            self.report(s, "TK024",
                        f"{what_en} '{raw}' does not exist in the deck folder.",
                        f"{what_nb} '{raw}' finnes ikke i kortstokkmappen.")
            return None
        if target.suffix.lower() not in LOGO_SUFFIXES:
            self.report(s, "TK012", f"{what_en} '{raw}' must be a PNG or SVG file.",
                        f"{what_nb} '{raw}' må være en PNG- eller SVG-fil.")
            return None
        return target

    def read_emergency(self, node: Node | None) -> Emergency:
        from tiltakskort.deck.phone import parse_phone

        default_text = Text(MappingProxyType(
            {lang: DEFAULT_EMERGENCY.get(lang, DEFAULT_EMERGENCY["en"])
             for lang in self.languages}), self.languages[0])
        m = self.mapping(node, "'emergency'", "'emergency'")
        text = phone = None
        if m is not None:
            self.check_keys(m, EMERGENCY_KEYS, "'emergency'", "'emergency'")
            text = self.text(m.get("text"), "the emergency text", "nødteksten")
            phone = self.phone(m.get("phone"), "The emergency number", "Nødnummeret")
        return Emergency(text or default_text, phone or parse_phone("112", self.country))

    def read_contact(self, cid: str, knode: Scalar, m: Mapping) -> Contact | None:
        fields = self.contact_fields(cid, m)
        if "name" not in fields:
            self.require(m, ["name"], f"The contact '{cid}'", f"Kontakten '{cid}'", knode)
        return Contact(id=cid, loc=_loc(knode), **fields)

    def contact_fields(self, cid: str, m: Mapping) -> dict[str, Any]:
        """The fields a contact mapping sets (used for municipalities' partial ones too)."""
        from tiltakskort.deck.hours import HoursError, parse_hours

        what_en, what_nb = f"the contact '{cid}'", f"kontakten '{cid}'"
        self.check_keys(m, CONTACT_KEYS, what_en, what_nb)
        out: dict[str, Any] = {}
        for key in ("name", "role", "address", "note"):
            t = self.text(m.get(key), f"the {key} of {what_en}", f"'{key}' i {what_nb}")
            if t is not None:
                out[key] = t
        phone = self.phone(m.get("phone"), f"The phone number of {what_en}",
                           f"Telefonnummeret til {what_nb}")
        if phone is not None:
            out["phone"] = phone
        email = self.scalar(m.get("email"), "'email'", "'email'")
        if email is not None:
            if EMAIL_RE.match(email.value.strip()):
                out["email"] = email.value.strip()
            else:
                self.report(email, "TK012",
                            f"'{email.value}' is not an e-mail address.",
                            f"'{email.value}' er ikke en e-postadresse.")
        url = self.https_url(m.get("url"), f"The web address of {what_en}",
                             f"Nettadressen til {what_nb}")
        if url is not None:
            out["url"] = url
        closed = self.boolean(m.get("closed_on_holidays"), "'closed_on_holidays'",
                              "'closed_on_holidays'")
        if closed is not None:
            out["closed_on_holidays"] = closed
        hours_node = m.get("hours")
        if hours_node is not None:
            value: Any = None
            if isinstance(hours_node, Scalar):
                value = hours_node.value.strip()
            elif isinstance(hours_node, Mapping):
                value = {}
                for k, (_, v) in hours_node.items.items():
                    if isinstance(v, Scalar):
                        value[k] = v.value.strip()
                    else:
                        self.wrong_kind(v, f"'hours: {k}'", f"'hours: {k}'",
                                        "times like 08:00-15:45 or closed",
                                        "tider som 08:00-15:45 eller closed")
                        value = None
                        break
            else:
                self.wrong_kind(hours_node, "'hours'", "'hours'",
                                "24/7, a mapping of days or an opening_hours text",
                                "24/7, en mapping med dager eller en opening_hours-tekst")
            if value is not None:
                try:
                    out["hours"] = parse_hours(value, closed_on_holidays=closed)
                except HoursError as e:
                    where: Node | Scalar = hours_node
                    if e.key is not None and isinstance(hours_node, Mapping):
                        where = hours_node.key_node(e.key) or hours_node
                    self.report(where, "TK026", f"The opening hours of {what_en}: {e}",
                                f"Åpningstidene til {what_nb} kan ikke leses: {e.nb}")
        checked = self.date_value(m.get("checked"), "'checked'", "'checked'")
        if checked is not None:
            out["checked"] = checked
        after = self.scalar(m.get("after_hours"), "'after_hours'", "'after_hours'")
        if after is not None:
            out["after_hours"] = after.value.strip()
        out["locs"] = MappingProxyType({k: _loc(v) for k, (_, v) in m.items.items()})
        return out

    def read_municipality(self, mid: str, knode: Scalar, m: Mapping) -> Municipality | None:
        what_en, what_nb = f"the municipality '{mid}'", f"kommunen '{mid}'"
        self.check_keys(m, MUNICIPALITY_KEYS, what_en, what_nb)
        self.require(m, ["name"], f"The municipality '{mid}'", f"Kommunen '{mid}'", knode)
        name = self.text(m.get("name"), f"the name of {what_en}", f"navnet på {what_nb}")
        contacts: dict[str, dict[str, Any]] = {}
        contact_locs: dict[str, Loc] = {}
        cm = self.mapping(m.get("contacts"), f"the contacts of {what_en}",
                          f"kontaktene til {what_nb}")
        if cm is not None:
            for cid, (ck, cv) in cm.items.items():
                if not self.ident(ck, "contact", "kontakt"):
                    continue
                fm = self.mapping(cv, f"'{cid}'", f"'{cid}'")
                if fm is not None:
                    contacts[cid] = self.contact_fields(cid, fm)
                    contact_locs[cid] = _loc(ck)
        branding = self.read_branding(m.get("branding"), f"the branding of {what_en}",
                                      f"brandingen til {what_nb}")
        return Municipality(
            id=mid, name=name or Text.of(mid, self.languages[0]), loc=_loc(knode),
            contacts=MappingProxyType({k: MappingProxyType(v) for k, v in contacts.items()}),
            contact_locs=MappingProxyType(contact_locs), branding=branding)

    def read_card(self, cid: str, knode: Scalar, m: Mapping) -> Card | None:
        what_en, what_nb = f"the card '{cid}'", f"kortet '{cid}'"
        self.check_keys(m, CARD_KEYS, what_en, what_nb)
        self.require(m, ["title"], f"The card '{cid}'", f"Kortet '{cid}'", knode)
        options: list[Option] = []
        opt_node = m.get("options")
        for i, item in enumerate(self.sequence(opt_node, f"The options of {what_en}",
                                               f"Svarene på {what_nb}"), 1):
            o = self.read_option(cid, i, item)
            if o is not None:
                options.append(o)
        if isinstance(opt_node, Sequence) and (not opt_node.items or len(opt_node.items) > 9):
            n = len(opt_node.items)
            self.report(opt_node, "TK012",
                        f"{what_en[:1].upper()}{what_en[1:]} has {n} options; a question has "
                        "1 to 9 (digits 1–9 choose them).",
                        f"{what_nb[:1].upper()}{what_nb[1:]} har {n} svar; et spørsmål har "
                        "1 til 9 (tastene 1–9 velger dem).")
        contacts: list[str] = []
        contact_locs: list[Loc] = []
        for item in self.sequence(m.get("contacts"), f"The contacts of {what_en}",
                                  f"Kontaktene på {what_nb}"):
            s = self.scalar(item, "A contact id", "En kontakt-id")
            if s is not None:
                contacts.append(s.value.strip())
                contact_locs.append(_loc(s))
        links = []
        for i, item in enumerate(self.sequence(m.get("links"), f"The links of {what_en}",
                                               f"Lenkene på {what_nb}"), 1):
            lm = self.mapping(item, f"Link {i} of {what_en}", f"Lenke {i} på {what_nb}")
            if lm is None:
                continue
            self.check_keys(lm, LINK_KEYS, f"a link of {what_en}", f"en lenke på {what_nb}")
            self.require(lm, LINK_KEYS, f"Link {i} of {what_en}", f"Lenke {i} på {what_nb}")
            label = self.text(lm.get("label"), f"the label of link {i} of {what_en}",
                              f"teksten til lenke {i} på {what_nb}")
            url = self.https_url(lm.get("url"), "The link", "Lenken",
                                 ("https", "mailto", "tel"))
            if label is not None and url is not None:
                links.append(Link(label, url, _loc(lm)))
        return Card(
            id=cid,
            title=self.text(m.get("title"), f"the title of {what_en}",
                            f"tittelen på {what_nb}") or Text.of(cid, self.languages[0]),
            loc=_loc(knode),
            body=self.text(m.get("body"), f"the body of {what_en}", f"brødteksten på {what_nb}"),
            options=tuple(options),
            steps=self.texts(m.get("steps"), f"the steps of {what_en}", f"stegene på {what_nb}"),
            talk=self.texts(m.get("talk"), f"the conversation advice of {what_en}",
                            f"samtalerådene på {what_nb}"),
            contacts=tuple(contacts),
            contact_locs=tuple(contact_locs),
            law=self.texts(m.get("law"), f"the legal basis of {what_en}",
                           f"lovgrunnlaget på {what_nb}"),
            links=tuple(links),
            urgent=bool(self.boolean(m.get("urgent"), "'urgent'", "'urgent'")),
            tags=self.texts(m.get("tags"), f"the tags of {what_en}", f"stikkordene på {what_nb}"),
        )

    def read_option(self, cid: str, i: int, node: Node) -> Option | None:
        what_en, what_nb = f"option {i} of the card '{cid}'", f"svar {i} på kortet '{cid}'"
        m = self.mapping(node, what_en.capitalize(), what_nb.capitalize())
        if m is None:
            return None
        self.check_keys(m, OPTION_KEYS, what_en, what_nb)
        self.require(m, ["label", "goto"], what_en.capitalize(), what_nb.capitalize())
        label = self.text(m.get("label"), f"the label of {what_en}", f"teksten i {what_nb}")
        goto = self.scalar(m.get("goto"), "'goto'", "'goto'")
        hint = self.text(m.get("hint"), f"the hint of {what_en}", f"hintet i {what_nb}")
        if label is None or goto is None:
            return None
        return Option(label, goto.value.strip(), hint, _loc(m), _loc(goto))

    def read_scenarios(self, node: Node | None) -> list[Scenario]:
        out: list[Scenario] = []
        seen: set[str] = set()
        for i, item in enumerate(self.sequence(node, "'scenarios'", "'scenarios'"), 1):
            m = self.mapping(item, f"Scenario {i}", f"Scenario {i}")
            if m is None:
                continue
            self.check_keys(m, SCENARIO_KEYS, f"scenario {i}", f"scenario {i}")
            self.require(m, ["id", "title", "story", "expected"], f"Scenario {i}",
                         f"Scenario {i}")
            sid = self.scalar(m.get("id"), "'id'", "'id'")
            if sid is None or not self.ident(sid, "scenario", "scenario"):
                continue
            if sid.value in seen:
                self.report(sid, "TK013", f"Two scenarios have the id '{sid.value}'.",
                            f"To scenarioer har id-en '{sid.value}'.")
                continue
            seen.add(sid.value)
            what_en, what_nb = f"scenario '{sid.value}'", f"scenarioet '{sid.value}'"
            title = self.text(m.get("title"), f"the title of {what_en}", f"tittelen på {what_nb}")
            story = self.text(m.get("story"), f"the story of {what_en}", f"historien i {what_nb}")
            debrief = self.text(m.get("debrief"), f"the debrief of {what_en}",
                                f"oppsummeringen i {what_nb}")
            expected = self.scalar(m.get("expected"), "'expected'", "'expected'")
            if title is None or story is None or expected is None:
                continue
            out.append(Scenario(sid.value, title, story, expected.value.strip(), _loc(m),
                                _loc(expected), debrief))
        return out
