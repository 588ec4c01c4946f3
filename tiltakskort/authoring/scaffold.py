"""``tiltakskort new``: a deck folder that validates at once.

The folder gets ``deck.yaml`` (with comments in Norwegian, or with ``--country SE`` a
Swedish deck with Swedish comments and numbers, that explain each part and
a first line that connects editors to the schema), ``deck.schema.json`` beside it and
a placeholder logo. ``--from NAME`` copies a deck shipped in ``cards/`` instead and
gives it the new municipality's name and id.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import sys
import unicodedata
from pathlib import Path
from typing import Any

from tiltakskort.authoring.commands import msg, write_text
from tiltakskort.authoring.schema import SCHEMA_FILE, schema_json
from tiltakskort.i18n import N_, t

MODELINE = f"# yaml-language-server: $schema={SCHEMA_FILE}"
DEFAULT_NAME = "Min kommune"
LOGO_FILE = "logo.svg"

_MSG: dict[str, str] = {
    "not_empty": N_(
        "'{dir}' exists and is not empty. Choose a new folder and "
        "'tiltakskort new' creates it; nothing in an existing folder is "
        "overwritten."
    ),
    "not_dir": N_("'{dir}' is a file, not a folder."),
    "no_such_deck": N_("No deck '{name}' ships with the app; choose one of: {names}."),
    "extends": N_(
        "The deck '{name}' builds on another (extends) and cannot be copied "
        "on its own. Choose one of: {names}."
    ),
    "created": N_("Created the deck {dir} for {name} (id: {id})."),
    "next": N_(
        "Next:\n  1. Open {dir}/deck.yaml in VS Code (with Red Hat's YAML "
        "extension) and fill it in.\n  2. Check it:      tiltakskort validate "
        "{dir}\n  3. Try it:        tiltakskort run {dir}\nSee "
        "docs/forfatterveiledning.md."
    ),
    "problems": N_("The new deck has problems (this should not happen; please report it):"),
}


def _m(ui: str, key: str, **fields: Any) -> str:
    return t(ui, _MSG[key], **fields)


def slug(name: str) -> str:
    """An id from a municipality name: «Ås kommune» -> ``as``, «Bø i Telemark» -> ``bo-i-telemark``."""
    text = name.strip().lower()
    text = re.sub(r"\s+(kommune|kommun|herad|suohkan)$", "", text)
    text = text.replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return text or "kortstokk"


_PLAIN = re.compile(r"[^\W\d_][\w .,()'’–-]*\Z")


def yaml_text(value: str) -> str:
    """``value`` as a YAML scalar: plain when that is safe, else double-quoted."""
    import json

    value = " ".join(value.split())
    if _PLAIN.match(value) and not value.endswith((" ", ":")):
        return value
    return json.dumps(value, ensure_ascii=False)


def logo_svg(name: str, color: str = "#1f4e79") -> str:
    """A placeholder logo with the municipality's name."""
    label = html.escape(name, quote=True)
    return f"""\
<svg xmlns="http://www.w3.org/2000/svg" width="320" height="96" viewBox="0 0 320 96">
  <title>Plassholder for logoen til {label}</title>
  <rect x="2" y="2" width="316" height="92" rx="10" fill="#ffffff" stroke="{color}"
        stroke-width="3" stroke-dasharray="10 6"/>
  <text x="160" y="44" font-family="sans-serif" font-size="22" font-weight="bold"
        text-anchor="middle" fill="{color}">{label}</text>
  <text x="160" y="72" font-family="sans-serif" font-size="14" text-anchor="middle"
        fill="{color}">Bytt ut med kommunens logo (logo.svg eller logo.png)</text>
</svg>
"""


def deck_template(name: str, deck_id: str) -> str:
    """The commented ``deck.yaml`` of a new deck (bokmål)."""
    return f"""\
{MODELINE}
#
# Tiltakskort for {name}.
#
# Dette er kommunens kortstokk: spørsmålene de ansatte svarer på, kortene med hva de
# skal gjøre, og hvem de skal ringe. Fyll ut og endre, og sjekk filen ofte med
#
#     tiltakskort validate MAPPE
#
# Linjen øverst kobler filen til skjemaet deck.schema.json i samme mappe, så VS Code
# (med utvidelsen «YAML» fra Red Hat) foreslår felt og viser feil mens du skriver.
# Alt etter # på en linje er kommentarer; appen leser dem ikke.
# Regler: innrykk med to mellomrom (aldri tabulator), id-er med små bokstaver a–z,
# sifre og bindestrek (barn-akutt), og filen lagres som UTF-8.
# Hele formatet og alle problemkoder: docs/deck-format.md.

# ---------------------------------------------------------------------------
# Om kortstokken
# ---------------------------------------------------------------------------
format: tiltakskort/1          # alltid denne linjen
id: {deck_id}{" " * max(1, 23 - len(deck_id))}# kortstokkens id
title: Vold i nære relasjoner – tiltakskort   # i tittellinjen og på hver utskrift
municipality: {yaml_text(name)}
country: NO                    # NO (Norge) eller SE (Sverige): telefonformat og helligdager
languages: [nb]                # språkene; det første er standard. F.eks. [nb, nn, en]
version: "0.1"                 # skrives på hver utskrift; øk den når innholdet endres
# reviewed: 2026-11-22         # når innholdet sist ble gjennomgått (ÅÅÅÅ-MM-DD);
                               # fjern # foran når kortstokken er gjennomgått første gang
review_every_months: 12        # varsel (TK103) når gjennomgangen er eldre enn dette
owner: Koordinator for vold i nære relasjoner   # rollen som holder kortstokken oppdatert
# plan_url: https://www.kommune.no/handlingsplan-vold   # handlingsplanen (bare https://)
branding:                      # logo og farge på skjermen og utskriftene
  logo: {LOGO_FILE}               # kommunens logo, PNG eller SVG, i denne mappen
  color: "#1f4e79"             # kommunens farge som #rrggbb, i anførselstegn
emergency:                     # nødlinjen som alltid vises øverst
  text: Er noen i akutt fare? Ring politiet   # nummeret under vises etter teksten
  phone: "112"
start: start                   # id-en til det første kortet

# ---------------------------------------------------------------------------
# Kontakter
# ---------------------------------------------------------------------------
# Hver kontakt har en id (til venstre) som kortene viser til under contacts.
#   name         påkrevd
#   role         hva kontakten er til for
#   phone/email  minst ett av dem (ellers advarsel TK104)
#   hours        24/7, dager og tider {{mon-fri: "08:00-15:45"}} eller
#                OpenStreetMap "Mo-Fr 08:00-15:45; PH off". Stengt på helligdager
#                med mindre du skriver holidays: "…". Natt skrives inn i hver dag:
#                mon-fri: "00:00-08:00, 15:30-24:00" (natten til mandag hører til
#                mandag). Uten hours, eller hours: unknown: åpningstid ikke oppgitt
#                (appen sier verken åpent eller stengt).
#   after_hours  id-en til kontakten som vises først når denne er stengt (og alltid
#                ved siden av en kontakt uten åpningstid)
#   checked      når noen sist ringte og bekreftet opplysningene (ÅÅÅÅ-MM-DD)
# Nummerne under er nasjonale. Sjekk dem, og legg til kommunens egne kontakter.
contacts:
  politi:
    name: Politiet
    role: Akutt fare eller pågående vold
    phone: "112"
    hours: 24/7
  politiet-02800:
    name: Politiet – ikke akutt
    role: Råd, spørsmål og anmeldelse
    phone: "02800"
    hours: 24/7
  vold-og-overgrepslinjen:
    name: Vold- og overgrepslinjen
    role: Gratis og anonym rådgivning for utsatte og for den som er bekymret
    phone: 116 006
    hours: 24/7
  alarmtelefonen:
    name: Alarmtelefonen for barn og unge
    role: For barn og unge, og for voksne som er bekymret for et barn
    phone: 116 111
    hours: 24/7
  # Kommunens egne kontakter skrives slik (fjern # foran linjene og fyll ut): et
  # kontor med en vakttjeneste som tar over utenom åpningstid, også om natten, i
  # helgene og på helligdager. Sjekk med «tiltakskort hours MAPPE» at noen svarer.
  # barnevern:
  #   name: Barneverntjenesten
  #   role: Meld bekymring, eller drøft saken anonymt
  #   phone: 12 34 56 78
  #   email: barnevern@kommune.no
  #   hours: {{mon-fri: "08:00-15:30"}}
  #   after_hours: barnevernvakt
  #   checked: 2026-11-22
  # barnevernvakt:
  #   name: Barnevernvakten
  #   phone: 12 34 56 79
  #   hours:
  #     mon-fri: "00:00-08:00, 15:30-24:00"
  #     sat-sun: "00:00-24:00"
  #     holidays: "00:00-24:00"

# ---------------------------------------------------------------------------
# Kort
# ---------------------------------------------------------------------------
# Et kort med options er et spørsmål (1–9 svar; goto er id-en til neste kort).
# Et kort uten options er et sluttkort og må ha steps eller contacts.
#   body     forklaring under tittelen; kan ha **fet**, *kursiv*, lister og lenker
#   steps    hva den ansatte skal gjøre, i rekkefølge (vises som sjekkliste)
#   talk     råd for samtalen
#   contacts id-er fra contacts over, viktigst først
#   law      lovgrunnlag
#   links    {{label: tekst, url: https://…}} (bare https:, mailto: og tel:)
#   urgent   true for akuttkort: merkes tydelig, nødnummeret først
#   tags     ord som søket også finner kortet på
cards:
  start:
    title: Hva er du bekymret for?
    body: Velg det som passer best. Du kan alltid gå tilbake.
    options:
      - {{label: Noen er i fare akkurat nå, goto: akutt}}
      - {{label: Et barn eller en ungdom, goto: barn}}
      - {{label: En voksen, goto: voksen}}
  akutt:
    title: Akutt fare
    urgent: true
    steps:
      - Ring politiet på 112.
      - Bli hos personen til hjelpen kommer, hvis det er trygt for deg.
      - Si fra til lederen din etterpå.
    contacts: [politi]
    law: [Straffeloven § 196 (avvergingsplikt)]
    tags: [vold, trusler, fare]
  barn:
    title: Du er bekymret for et barn eller en ungdom
    steps:
      - Skriv ned hva du har sett og hørt, med dato og barnets egne ord.
      - Drøft bekymringen med lederen din samme dag.
      - Meld bekymring til barneverntjenesten.
    talk:
      - Lytt, og still åpne spørsmål.
      - Ikke lov barnet å holde det hemmelig.
    contacts: [alarmtelefonen, politiet-02800]
    tags: [barn, ungdom, blåmerker]
  voksen:
    title: Du er bekymret for en voksen
    steps:
      - Snakk med personen alene, på et trygt sted.
      - Fortell om hjelpen som finnes, og avtal hvordan du kan følge opp.
      - Drøft saken med lederen din.
    talk:
      - Si at vold aldri er greit, og at det ikke er personens skyld.
    contacts: [vold-og-overgrepslinjen, politiet-02800]
    tags: [partner, eldre]

# ---------------------------------------------------------------------------
# Scenarioer for fagdager (kan slettes)
# ---------------------------------------------------------------------------
# expected er sluttkortet en riktig vei gjennom kortstokken ender på.
scenarios:
  - id: eksempel-barn
    title: En elev har blåmerker på armene
    story: En elev på 9 år har blåmerker på armene og vil ikke gå hjem etter skolen.
    expected: barn
    debrief: Mistanke om vold mot et barn skal meldes til barneverntjenesten.
"""


SWEDISH_NAME = "Min kommun"


def logo_svg_sv(name: str, color: str = "#1f4e79") -> str:
    """The placeholder logo of a Swedish deck."""
    return (
        logo_svg(name, color)
        .replace("Plassholder for logoen til", "Platshållare för logotypen för")
        .replace(
            "Bytt ut med kommunens logo (logo.svg eller logo.png)",
            "Byt ut mot kommunens logotyp (logo.svg eller logo.png)",
        )
    )


def deck_template_sv(name: str, deck_id: str) -> str:
    """The commented ``deck.yaml`` of a new Swedish deck (``new --country SE``)."""
    return f"""\
{MODELINE}
#
# Åtgärdskort för {name}.
#
# Det här är kommunens kortlek: frågorna personalen svarar på, korten med vad de ska
# göra, och vem de ska ringa. Fyll i och ändra, och kontrollera filen ofta med
#
#     tiltakskort validate MAPP
#
# Raden överst kopplar filen till schemat deck.schema.json i samma mapp, så att VS Code
# (med tillägget «YAML» från Red Hat) föreslår fält och visar fel medan du skriver.
# Allt efter # på en rad är kommentarer; appen läser dem inte.
# Regler: indrag med två mellanslag (aldrig tabb), id:n med små bokstäver a–z, siffror
# och bindestreck (barn-akut), och filen sparas som UTF-8.
# Hela formatet och alla problemkoder: docs/deck-format.md (svenska avsnittet i
# docs/forfatterveiledning.md).

# ---------------------------------------------------------------------------
# Om kortleken
# ---------------------------------------------------------------------------
format: tiltakskort/1          # alltid den här raden
id: {deck_id}{" " * max(1, 23 - len(deck_id))}# kortlekens id
title: Våld i nära relationer – åtgärdskort   # i titelraden och på varje utskrift
municipality: {yaml_text(name)}
country: SE                    # SE (Sverige): svenska telefonnummer och helgdagar
languages: [sv]                # språken; det första är standard. T.ex. [sv, en]
version: "0.1"                 # skrivs på varje utskrift; höj den när innehållet ändras
# reviewed: 2026-11-22         # när innehållet senast gicks igenom (ÅÅÅÅ-MM-DD);
                               # ta bort # när kortleken gåtts igenom första gången
review_every_months: 12        # varning (TK103) när genomgången är äldre än så
owner: Samordnare för våld i nära relationer   # rollen som håller kortleken uppdaterad
# plan_url: https://www.kommun.se/handlingsplan-vald   # handlingsplanen (bara https://)
branding:                      # logotyp och färg på skärmen och utskrifterna
  logo: {LOGO_FILE}               # kommunens logotyp, PNG eller SVG, i den här mappen
  color: "#1f4e79"             # kommunens färg som #rrggbb, inom citattecken
emergency:                     # nödraden som alltid visas överst
  text: Akut fara? Ring 112.
  phone: "112"
start: start                   # id:t för det första kortet

# ---------------------------------------------------------------------------
# Kontakter
# ---------------------------------------------------------------------------
# Varje kontakt har ett id (till vänster) som korten hänvisar till under contacts.
#   name         obligatoriskt
#   role         vad kontakten är till för
#   phone/email  minst ett av dem (annars varning TK104). Svenska nummer skrivs som
#                man brukar: 08-123 456 78, 020-50 50 50, 114 14.
#   hours        24/7, dagar och tider {{mon-fri: "08:00-16:30"}} eller
#                OpenStreetMap "Mo-Fr 08:00-16:30; PH off". Stängt på röda dagar,
#                julafton, nyårsafton och midsommarafton om inget annat sägs.
#   after_hours  id:t för kontakten som visas först när den här är stängd
#                (socialtjänsten → socialjouren)
#   checked      när någon senast ringde och bekräftade uppgifterna (ÅÅÅÅ-MM-DD)
# Socialtjänstens och socialjourens nummer nedan är påhittade: byt till kommunens.
contacts:
  polisen:
    name: Polisen
    role: Akut fara eller pågående våld
    phone: "112"
    hours: 24/7
  polisen-114-14:
    name: Polisen – inte akut
    role: Råd, frågor och polisanmälan
    phone: 114 14
    hours: 24/7
  socialtjansten:
    name: Socialtjänsten
    role: Orosanmälan, eller rådgör anonymt
    phone: 08-123 456 78
    hours: {{mon-fri: "08:00-16:30"}}
    after_hours: socialjouren    # visas först när socialtjänsten har stängt
  socialjouren:
    name: Socialjouren
    role: Akuta ärenden när socialtjänsten har stängt
    phone: 08-123 456 79
    hours: {{mon-fri: "16:30-24:00, 00:00-08:00", sat-sun: "00:00-24:00", holidays: "00:00-24:00"}}
  kvinnofridslinjen:
    name: Kvinnofridslinjen
    role: Gratis och anonymt stöd för den som utsatts för våld, och för anhöriga
    phone: 020-50 50 50
    hours: 24/7
  bris:
    name: BRIS
    role: För barn och unga, och för vuxna som är oroliga för ett barn
    phone: 116 111

# ---------------------------------------------------------------------------
# Kort
# ---------------------------------------------------------------------------
# Ett kort med options är en fråga (1–9 svar; goto är id:t för nästa kort).
# Ett kort utan options är ett slutkort och måste ha steps eller contacts.
#   body     förklaring under titeln; kan ha **fetstil**, *kursiv*, listor och länkar
#   steps    vad personalen ska göra, i ordning (visas som checklista); ett steg kan
#            säga vem och när: {{text: Gör en orosanmälan., who: Du, when: samma dag}}
#   talk     råd för samtalet
#   contacts id:n från contacts ovan, viktigast först
#   files    blanketter i mappen (PDF, DOCX, ODT, XLSX), t.ex. [blanketter/orosanmalan.pdf]
#   law      lagstöd
#   links    {{label: text, url: https://…}} (bara https:, mailto: och tel:)
#   urgent   true för akutkort: märks tydligt, nödnumret först
#   tags     ord som sökningen också hittar kortet på
cards:
  start:
    title: Vad är du orolig för?
    body: Välj det som passar bäst. Du kan alltid gå tillbaka.
    options:
      - {{label: Någon är i fara just nu, goto: akut}}
      - {{label: Ett barn eller en ungdom, goto: barn}}
      - {{label: En vuxen, goto: vuxen}}
  akut:
    title: Akut fara
    urgent: true
    steps:
      - Ring 112.
      - Stanna hos personen tills hjälpen kommer, om det är säkert för dig.
      - Berätta för din chef efteråt.
    contacts: [polisen]
    tags: [våld, hot, fara]
  barn:
    title: Du är orolig för ett barn eller en ungdom
    steps:
      - Skriv ner vad du har sett och hört, med datum och barnets egna ord.
      - {{text: Prata med din chef om oron., who: Du, when: samma dag}}
      - {{text: Gör en orosanmälan till socialtjänsten., who: Du eller din chef, when: samma dag}}
    talk:
      - Lyssna, och ställ öppna frågor.
      - Lova inte barnet att hålla det hemligt.
    contacts: [socialtjansten, bris, polisen-114-14]
    law: [Socialtjänstlagen 14 kap. 1 § (anmälningsskyldighet)]
    tags: [barn, ungdom, blåmärken, orosanmälan]
  vuxen:
    title: Du är orolig för en vuxen
    steps:
      - Prata med personen ensam, på en trygg plats.
      - Berätta om hjälpen som finns, och kom överens om hur du kan följa upp.
      - Prata med din chef om ärendet.
    talk:
      - Säg att våld aldrig är okej, och att det inte är personens fel.
    contacts: [kvinnofridslinjen, socialtjansten, polisen-114-14]
    tags: [partner, äldre]

# ---------------------------------------------------------------------------
# Scenarier för utbildningsdagar (kan tas bort)
# ---------------------------------------------------------------------------
# expected är slutkortet som en rätt väg genom kortleken slutar på.
scenarios:
  - id: exempel-barn
    title: En elev har blåmärken på armarna
    story: En elev på 9 år har blåmärken på armarna och vill inte gå hem efter skolan.
    expected: barn
    debrief: Misstanke om att ett barn far illa ska anmälas till socialtjänsten samma dag.
"""


def run_new(args: argparse.Namespace, lang: str) -> int:
    from tiltakskort.cli import UsageError

    target = Path(args.dir)
    if target.exists() and not target.is_dir():
        raise UsageError(_m(lang, "not_dir", dir=target))
    if target.is_dir() and any(target.iterdir()):
        raise UsageError(_m(lang, "not_empty", dir=target))
    swedish = (getattr(args, "country", None) or "NO").upper() == "SE"
    name = " ".join((args.municipality or "").split()) or (
        SWEDISH_NAME if swedish else DEFAULT_NAME
    )
    deck_id = slug(args.municipality) if args.municipality else slug(target.resolve().name)

    source = None
    if args.from_deck:
        source = _shipped_deck(args.from_deck, lang, UsageError)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        print(msg(lang, "write_failed", path=target, reason=e.strerror or e), file=sys.stderr)
        return 1
    if source is not None:
        ok = _copy_deck(source, target, name, deck_id, lang)
    else:
        template, logo = (deck_template_sv, logo_svg_sv) if swedish else (deck_template, logo_svg)
        ok = write_text(target / "deck.yaml", template(name, deck_id), lang) and write_text(
            target / LOGO_FILE, logo(name), lang
        )
    ok = ok and write_text(target / SCHEMA_FILE, schema_json(), lang)
    if not ok:
        return 1
    return _report(target, name, deck_id, lang)


def _shipped_deck(name: str, lang: str, error: Any) -> Path:
    from tiltakskort.deck.loader import load_deck
    from tiltakskort.paths import cards_dir

    decks = sorted(p.parent for p in cards_dir().glob("*/deck.yaml"))
    standalone = [d for d in decks if "extends" not in _top_keys(d / "deck.yaml")]
    names = ", ".join(d.name for d in standalone) or "–"
    folder = cards_dir() / name
    if "/" in name or "\\" in name or folder not in decks:
        raise error(_m(lang, "no_such_deck", name=name, names=names))
    result = load_deck(folder)
    if result.deck is not None and result.deck.extends:
        raise error(_m(lang, "extends", name=name, names=names))
    return folder


def _top_keys(path: Path) -> set[str]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return set()
    return {m.group(1) for m in re.finditer(r"^([a-z_]+):", text, re.MULTILINE)}


def _copy_deck(source: Path, target: Path, name: str, deck_id: str, lang: str) -> bool:
    from ruamel.yaml.comments import CommentedMap

    from tiltakskort.authoring.roundtrip import load_deck_file

    try:
        shutil.copytree(
            source,
            target,
            dirs_exist_ok=True,
            ignore=shutil.ignore_patterns(SCHEMA_FILE, "__pycache__"),
        )
        doc = load_deck_file(target / "deck.yaml")
    except OSError as e:
        print(msg(lang, "write_failed", path=target, reason=e.strerror or e), file=sys.stderr)
        return False
    data = doc.data
    data["id"] = deck_id
    old = data.get("municipality")
    if isinstance(old, CommentedMap):
        for k in list(old):
            old[k] = name
    elif "municipality" in data:
        data["municipality"] = name
    elif "municipalities" not in data:
        keys = list(data)
        data.insert(keys.index("id") + 1 if "id" in keys else 0, "municipality", name)
    if "yaml-language-server:" not in doc.dump().split("\n", 1)[0]:
        doc.header = MODELINE + "\n"
    try:
        doc.save()
    except OSError as e:
        print(msg(lang, "write_failed", path=doc.path, reason=e.strerror or e), file=sys.stderr)
        return False
    return True


def _report(target: Path, name: str, deck_id: str, lang: str) -> int:
    from tiltakskort.deck.loader import load_deck

    result = load_deck(target)
    print(_m(lang, "created", dir=target, name=name, id=deck_id))
    if result.errors:
        print(_m(lang, "problems"), file=sys.stderr)
        for p in result.problems:
            print(p.format(lang), file=sys.stderr)
        return 1
    print(_m(lang, "next", dir=target))
    return 0
