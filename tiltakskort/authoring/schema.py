"""A JSON Schema of deck format v1, for editors (VS Code's YAML extension and others).

The schema helps while typing: it completes keys, shows what each one means (in
Norwegian) and flags what it can see without loading the deck, such as unknown keys,
wrong kinds, ids and link schemes. ``tiltakskort validate`` stays the judge: the
schema must never reject a deck the loader accepts, and it cannot see what needs the
whole deck (cards that do not exist, loops, phone numbers, opening hours that do not
add up).

Editors read YAML 1.2, where ``true``, ``12`` and ``2026.1`` arrive as a boolean, an
integer and a number; the loader reads every scalar as text. Scalars therefore accept
those kinds wherever the loader would accept their text. An empty optional field
(``body:``) is allowed, since the loader treats it as absent.

The schema declares draft 2020-12 but uses only keywords that draft-07 validators
also understand (no ``prefixItems``, ``unevaluatedProperties`` or ``$dynamicRef``),
because the YAML extension's support for newer drafts is partial. A ``$ref`` carries
only a ``description`` beside it: 2020-12 applies it, editors built on
vscode-json-languageservice show it on hover (checked with yaml-language-server
1.25), and draft-07 validators ignore it, which changes no verdict.
"""

from __future__ import annotations

import json
import re
from typing import Any

from tiltakskort.deck.entities import FILE_KEYS, SERVICE_KEYS, STEP_KEYS
from tiltakskort.deck.loader import (
    BRANDING_KEYS,
    CARD_KEYS,
    CONTACT_KEYS,
    EMERGENCY_KEYS,
    LINK_KEYS,
    MUNICIPALITY_KEYS,
    OPTION_KEYS,
    SCENARIO_KEYS,
    SEARCH_KEYS,
    TOP_KEYS,
)
from tiltakskort.deck.model import FORMAT

SCHEMA_FILE = "deck.schema.json"
DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
CLOSED_WORDS = ("closed", "off", "stengt", "stengd", "stängt")

Schema = dict[str, Any]

#: Messages editors show when a value does not match (``patternErrorMessage`` is read by
#: vscode-json-languageservice and yaml-language-server; validators ignore it).
ID_MESSAGE = (
    "Bruk små bokstaver a–z, sifre og bindestrek, og start med bokstav eller "
    "siffer (f.eks. barn-akutt)."
)
LANG_MESSAGE = "Bruk en språkkode med to små bokstaver: nb, nn, sv, en, se …"


def _ci(word: str) -> str:
    """A case-insensitive regex for ``word`` (JSON Schema patterns have no flags)."""
    out = []
    for ch in word:
        if ch.isalpha() and ch.lower() != ch.upper():
            out.append(f"[{ch.upper()}{ch.lower()}]")
        else:
            out.append("\\" + ch if ch in ".-+*?()[]{}|^$\\/" else ch)
    return "".join(out)


def _ref(name: str, description: str | None = None) -> Schema:
    """A reference, with the field's own description beside it (hovers show that one)."""
    out: Schema = {"$ref": f"#/$defs/{name}"}
    if description is not None:
        out["description"] = description
    return out


def _optional(schema: Schema) -> Schema:
    """An optional field may also be left empty (``body:``), which YAML 1.2 reads as null.

    The description stays inside the first branch: editors then show it alone on hover.
    """
    return {"anyOf": [schema, {"type": "null"}]}


def _obj(
    properties: dict[str, Schema],
    allowed: tuple[str, ...],
    description: str,
    required: tuple[str, ...] = (),
) -> Schema:
    assert set(properties) == set(allowed), set(properties) ^ set(allowed)
    out: Schema = {
        "type": "object",
        "description": description,
        "properties": {k: properties[k] for k in allowed},
        "additionalProperties": False,
    }
    if required:
        out["required"] = list(required)
    return out


def _id_map(item: Schema, description: str) -> Schema:
    return {
        "type": "object",
        "description": description,
        "propertyNames": _ref("id"),
        "additionalProperties": item,
    }


def _list(item: Schema, description: str) -> Schema:
    return _optional({"type": "array", "description": description, "items": item})


def build_schema() -> Schema:
    """The JSON Schema of format v1 (with the extensions the app accepts) as a dict."""
    time = r"\s*([01]?[0-9]|2[0-4])[:.][0-5][0-9]\s*"
    time_range = rf"{time}[-–]{time}"
    closed = "|".join(_ci(w) for w in CLOSED_WORDS)
    day = "(" + "|".join(_ci(d) for d in DAY_KEYS) + ")"
    day_range = rf"\s*{day}\s*(-\s*{day}\s*)?"
    defs: dict[str, Schema] = {
        "id": {
            "description": "En id: små bokstaver a–z, sifre og bindestrek, og den starter "
            "med bokstav eller siffer (f.eks. barn-akutt). Ikke æ, ø, å eller "
            "mellomrom.",
            "anyOf": [
                {
                    "type": "string",
                    "pattern": r"^[a-z0-9][a-z0-9-]*$",
                    "patternErrorMessage": ID_MESSAGE,
                },
                {"type": "integer", "minimum": 0},  # YAML 1.2 reads id: 2026 as a number
            ],
        },
        "idRef": {
            "description": "Id-en til noe som finnes i kortstokken (et kort eller en kontakt).",
            "anyOf": [
                {
                    "type": "string",
                    "pattern": r"^\s*[a-z0-9][a-z0-9-]*\s*$",
                    "patternErrorMessage": ID_MESSAGE,
                },
                {"type": "integer", "minimum": 0},
            ],
        },
        "scalar": {
            "description": "Én verdi. Alt leses som tekst, akkurat slik det er skrevet.",
            "type": ["string", "number", "boolean"],
        },
        "text": {
            "description": "En tekst: skriv den rett ut på kortstokkens første språk, eller "
            "med ett felt per språk, f.eks. {nb: Bekymret?, nn: Uroa?, "
            "en: Worried?}.",
            "anyOf": [
                {"type": "string", "minLength": 1},
                {"type": ["number", "boolean"]},
                {
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": {
                        "pattern": "^[a-z]{2}$",
                        "patternErrorMessage": LANG_MESSAGE,
                        "description": "Språkkode med to bokstaver: nb, nn, sv, en, se …",
                    },
                    "additionalProperties": {
                        "description": "Teksten på dette språket.",
                        "type": ["string", "number", "boolean", "null"],
                    },
                },
            ],
        },
        "markdown": {
            "description": "En tekst som kan bruke litt Markdown: **fet**, *kursiv*, "
            "punktlister, nummererte lister og lenker [tekst](https://…). HTML "
            "vises som tegnene du skrev. Tekst på flere språk skrives som "
            "{nb: …, nn: …}.",
            "allOf": [{"$ref": "#/$defs/text"}],
        },
        "boolean": {
            "description": "true eller false.",
            "anyOf": [
                {"type": "boolean"},
                {
                    "type": "string",
                    "pattern": rf"^\s*({_ci('true')}|{_ci('false')})\s*$",
                    "patternErrorMessage": "Skriv true eller false.",
                },
            ],
        },
        "date": {
            "description": "En dato skrevet ÅÅÅÅ-MM-DD, f.eks. 2026-10-15.",
            "type": "string",
            "pattern": r"^\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\s*$",
            "patternErrorMessage": "Skriv datoen ÅÅÅÅ-MM-DD, f.eks. 2026-10-15.",
        },
        "phone": {
            "description": "Et telefonnummer slik folk skriver det: 69 12 34 56, 800 12 345, "
            "112, 116 111, i Sverige 08-123 456 78. Utenlandske nummer med +. "
            "`tiltakskort validate` sjekker at nummeret finnes for landet.",
            "anyOf": [
                {
                    "type": "string",
                    "pattern": "^[+0-9 ()\\-./\u00a0]+$",
                    "patternErrorMessage": "Et telefonnummer har bare sifre, mellomrom og "
                    "bindestrek (69 12 34 56), eventuelt + først.",
                },
                {"type": "integer", "minimum": 0},
            ],
        },
        "email": {
            "description": "En e-postadresse, f.eks. barnevern@eksempel.kommune.no.",
            "type": "string",
            "pattern": r"^\s*[^@\s]+@[^@\s]+\.[^@\s]+\s*$",
            "patternErrorMessage": "Skriv en e-postadresse, f.eks. post@kommune.no.",
        },
        "httpsUrl": {
            "description": "En nettadresse som starter med https://.",
            "type": "string",
            "pattern": rf"^\s*{_ci('https')}://",
            "patternErrorMessage": "Adressen må starte med https:// (ikke http:// eller "
            "andre lenketyper).",
        },
        "linkUrl": {
            "description": "En lenke som starter med https://, mailto: eller tel:. "
            "Andre lenketyper åpnes aldri.",
            "type": "string",
            "pattern": rf"^\s*({_ci('https')}://|{_ci('mailto')}:|{_ci('tel')}:)",
            "patternErrorMessage": "Lenken må starte med https://, mailto: eller tel:.",
        },
        "hours": {
            "description": "Åpningstider: 24/7 (døgnåpent); dager og tider som "
            '{mon-fri: "08:00-15:45", sat: closed}, med helligdager '
            "(holidays), dager før helligdag (eves), klemdager (bridge_days), "
            'datoer ("2027-05-07", "12-24") og sesonger '
            '("09-15..05-14": {mon-fri: ...}); en OpenStreetMap-tekst som '
            '"Mo-Fr 08:00-15:45; PH off"; eller unknown (ikke oppgitt).',
            "anyOf": [
                {"type": "string", "minLength": 1},
                {
                    "type": "object",
                    "minProperties": 1,
                    "propertyNames": {
                        "description": "En dag (mon, tue, wed, thu, fri, sat, sun), et tidsrom "
                        "av dager (mon-fri), flere med komma; holidays, eves, "
                        "bridge_days; eller en dato (2027-05-07, 12-24) eller et "
                        "tidsrom av datoer (09-15..05-14).",
                        "pattern": rf"^({day_range}(,{day_range})*|\s*{_ci('holidays')}\s*|"
                        rf"\s*{_ci('ph')}\s*|\s*{_ci('eves')}\s*|"
                        rf"\s*{_ci('bridge_days')}\s*|"
                        r"\s*(\d{4}-)?\d{1,2}-\d{1,2}(\.\.(\d{4}-)?\d{1,2}-\d{1,2})?\s*)$",
                        "patternErrorMessage": "Bruk dagene mon, tue, wed, thu, fri, sat, sun, "
                        "et tidsrom som mon-fri, holidays, eves, "
                        "bridge_days, eller en dato som 2027-05-07.",
                    },
                    "additionalProperties": {
                        "anyOf": [
                            {
                                "description": 'Tidsrom som "08:00-15:45", flere med komma '
                                '("00:00-08:00, 15:30-24:00"), closed eller '
                                "unknown.",
                                "type": "string",
                                "pattern": rf"^(\s*({closed}|{_ci('unknown')}|24/7)\s*|"
                                rf"{time_range}(,{time_range})*)$",
                                "patternErrorMessage": 'Skriv tidsrom som "08:00-15:45" (i '
                                "anførselstegn), flere med komma, eller "
                                "closed.",
                            },
                            {
                                "description": "En sesong: ukens åpningstider i tidsrommet, "
                                'som {mon-fri: "08:00-15:45"}.',
                                "type": "object",
                                "minProperties": 1,
                                "additionalProperties": {"type": "string"},
                            },
                        ],
                    },
                },
            ],
        },
        "logo": {
            "description": "En PNG- eller SVG-fil inne i kortstokkmappen, skrevet relativt "
            "til den (f.eks. logo.svg).",
            "type": "string",
            "patternErrorMessage": "Logoen må være en .png- eller .svg-fil i kortstokkmappen, "
            "skrevet som f.eks. logo.svg (ikke ../ eller C:\\).",
            "pattern": r"^(?![/\s])(?!.*[\\:])(?!(.*/)?\.\.(/|$)).*\.([Pp][Nn][Gg]|[Ss][Vv][Gg])"
            r"\s*$",
        },
        "branding": _obj(
            {
                "logo": _optional(_ref("logo", "Logoen: en PNG- eller SVG-fil i kortstokkmappen.")),
                "color": _optional(
                    {
                        "description": 'Farge skrevet #rrggbb, i anførselstegn: "#1f4e79".',
                        "type": "string",
                        "pattern": r"^\s*#[0-9a-fA-F]{6}\s*$",
                        "patternErrorMessage": "Skriv fargen #rrggbb i anførselstegn, f.eks. "
                        '"#1f4e79".',
                    }
                ),
            },
            BRANDING_KEYS,
            "Logo og farge.",
        ),
    }

    contact_props: dict[str, Schema] = {
        "name": _ref("text", "Navnet på kontakten, f.eks. Barneverntjenesten. Påkrevd."),
        "role": _optional(_ref("text", "Hva kontakten er til for, f.eks. Meld bekymring.")),
        "phone": _optional(_ref("phone", "Telefonnummeret.")),
        "phones": _optional(
            {
                "description": "Flere telefonnumre, hvert med hva det er til: "
                "[{number: 71 69 91 31, label: Vakttelefon}, "
                "{number: 71 69 90 00, label: Sentralbord}].",
                "type": "array",
                "items": {
                    "anyOf": [
                        _ref("phone", "Et telefonnummer."),
                        {
                            "type": "object",
                            "required": ["number"],
                            "additionalProperties": False,
                            "properties": {
                                "number": _ref("phone", "Telefonnummeret."),
                                "label": _ref("text", "Hva nummeret er til, f.eks. Sentralbord."),
                            },
                        },
                    ]
                },
            }
        ),
        "email": _optional(_ref("email", "E-postadressen.")),
        "url": _optional(_ref("httpsUrl", "Nettsiden (https://).")),
        "address": _optional(_ref("text", "Besøksadressen.")),
        "hours": _optional(
            _ref(
                "hours",
                "Åpningstidene. Uten hours (eller med hours: "
                "unknown) sier appen verken åpent eller stengt, og "
                "after_hours vises alltid ved siden av.",
            )
        ),
        "closed_on_holidays": _optional(
            _ref(
                "boolean",
                "true (standard for dager og tider): stengt på helligdager i landet. "
                "false: helligdager er vanlige dager.",
            )
        ),
        "checked": _optional(
            _ref("date", "Når noen sist ringte og bekreftet opplysningene (ÅÅÅÅ-MM-DD).")
        ),
        "after_hours": _optional(
            _ref(
                "idRef",
                "Id-en til kontakten som vises først når denne er stengt, f.eks. barnevernvakt.",
            )
        ),
        "note": _optional(_ref("markdown", "En merknad som vises ved kontakten.")),
    }
    defs["contactFields"] = _obj(
        contact_props, CONTACT_KEYS, "En kontakt: navn, telefon, e-post, åpningstider …"
    )
    defs["contact"] = {
        "description": "En kontakt. name er påkrevd.",
        "allOf": [{"$ref": "#/$defs/contactFields"}, {"required": ["name"]}],
    }

    defs["option"] = _obj(
        {
            "label": _ref("text", "Teksten på svaret. Påkrevd."),
            "goto": _ref("idRef", "Id-en til kortet svaret fører til. Påkrevd."),
            "hint": _optional(_ref("text", "En forklaring under svaret.")),
        },
        OPTION_KEYS,
        "Et svar: {label: tekst, goto: kort-id}.",
        ("label", "goto"),
    )
    defs["link"] = _obj(
        {
            "label": _ref("text", "Teksten på lenken. Påkrevd."),
            "url": _ref("linkUrl", "Adressen: https://, mailto: eller tel:. Påkrevd."),
        },
        LINK_KEYS,
        "En lenke: {label: tekst, url: https://…}.",
        ("label", "url"),
    )
    defs["step"] = {
        "description": "Et steg: en tekst, eller {text: …, who: …, when: …} med hvem som "
        "gjør det og innen når.",
        "anyOf": [
            {"$ref": "#/$defs/text"},
            _obj(
                {
                    "text": _ref("text", "Hva som skal gjøres. Påkrevd."),
                    "who": _optional(
                        _ref("text", "Hvem som gjør det, f.eks. stafettholder eller lederen din.")
                    ),
                    "when": _optional(
                        _ref(
                            "text",
                            "Innen når: en tekst, eller en frist som "
                            "«samme dag», «innen 14 dager», «innen 3 "
                            "virkedager» (utskriften regner ut datoen).",
                        )
                    ),
                },
                STEP_KEYS,
                "Et steg med hvem og når.",
                ("text",),
            ),
        ],
    }
    defs["file"] = {
        "description": "En fil som hører til: PDF, DOCX, ODT eller XLSX inne i "
        "kortstokkmappen, som sti (skjema/samtykke.pdf) eller "
        "{file: skjema/samtykke.pdf, label: Samtykkeskjema}.",
        "anyOf": [
            _ref("filePath"),
            _obj(
                {
                    "file": _ref("filePath", "Stien til filen i kortstokkmappen. Påkrevd."),
                    "label": _optional(_ref("text", "Teksten på knappen (ellers filnavnet).")),
                },
                FILE_KEYS,
                "En fil med egen tekst på knappen.",
                ("file",),
            ),
        ],
    }
    defs["filePath"] = {
        "description": "En PDF-, DOCX-, ODT- eller XLSX-fil inne i kortstokkmappen, skrevet "
        "relativt til den (f.eks. skjema/samtykke.pdf).",
        "type": "string",
        "patternErrorMessage": "Filen må være .pdf, .docx, .odt eller .xlsx i "
        "kortstokkmappen, skrevet som f.eks. skjema/samtykke.pdf "
        "(ikke ../ eller C:\\).",
        "pattern": r"^(?![/\s])(?!.*[\\:])(?!(.*/)?\.\.(/|$)).*\.([Pp][Dd][Ff]|[Dd][Oo][Cc][Xx]|"
        r"[Oo][Dd][Tt]|[Xx][Ll][Ss][Xx])\s*$",
    }
    defs["card"] = _obj(
        {
            "title": _ref("text", "Tittelen på kortet. Påkrevd."),
            "body": _optional(_ref("markdown", "Forklaring under tittelen.")),
            "options": _optional(
                {
                    "type": "array",
                    "minItems": 1,
                    "maxItems": 9,
                    "description": "Svarene (1 til 9). Et kort med svar er et spørsmål; et kort uten "
                    "er et sluttkort og må ha steps eller contacts.",
                    "items": _ref("option"),
                }
            ),
            "always": _optional(
                _ref(
                    "boolean",
                    "false: kortstokkens always-svar vises ikke under dette kortets svar.",
                )
            ),
            "steps": _list(
                _ref("step"),
                "Hva den ansatte skal gjøre, i rekkefølge; hvert steg "
                "kan si hvem (who) og innen når (when).",
            ),
            "talk": _list(_ref("text"), "Råd for samtalen med den det gjelder."),
            "contacts": _list(_ref("idRef"), "Id-ene til kontaktene, viktigst først."),
            "files": _list(
                _ref("file"),
                "Skjemaer og maler som hører til kortet (PDF, DOCX, ODT, XLSX i kortstokkmappen).",
            ),
            "law": _list(_ref("text"), "Lovgrunnlag, f.eks. Straffeloven § 196."),
            "links": _list(_ref("link"), "Lenker til mer å lese."),
            "urgent": _optional(
                _ref("boolean", "true for et akuttkort: merkes tydelig, nødnummeret vises først.")
            ),
            "tags": _list(_ref("text"), "Ord som søket også finner kortet på."),
        },
        CARD_KEYS,
        "Et kort: et spørsmål (med options) eller et sluttkort (med steps eller contacts).",
        ("title",),
    )
    # VS Code's YAML extension offers these when a new card, contact or option is typed
    defs["card"]["defaultSnippets"] = [
        {
            "label": "Sluttkort",
            "description": "Et kort med steg og kontakter",
            "body": {"title": "$1", "steps": ["$2"], "contacts": ["$3"]},
        },
        {
            "label": "Spørsmål",
            "description": "Et kort med svar som fører videre",
            "body": {
                "title": "$1",
                "options": [{"label": "$2", "goto": "$3"}, {"label": "$4", "goto": "$5"}],
            },
        },
    ]
    defs["contactFields"]["defaultSnippets"] = [
        {
            "label": "Kontakt",
            "description": "Navn, rolle, telefon og åpningstider",
            "body": {
                "name": "$1",
                "role": "$2",
                "phone": "$3",
                "hours": {"mon-fri": "08:00-15:45"},
                "checked": "$4",
            },
        },
    ]
    defs["option"]["defaultSnippets"] = [
        {"label": "Svar", "body": {"label": "$1", "goto": "$2"}},
    ]
    defs["hours"]["examples"] = ["24/7", {"mon-fri": "08:00-15:45"}, "Mo-Fr 08:00-15:45; PH off"]
    defs["scenario"] = _obj(
        {
            "id": _ref("id", "Scenarioets id. Påkrevd."),
            "title": _ref("text", "Tittelen, f.eks. Lise (7) har blåmerker. Påkrevd."),
            "story": _ref("markdown", "Historien deltakerne får. Påkrevd."),
            "expected": _ref("idRef", "Sluttkortet en riktig vei ender på. Påkrevd."),
            "debrief": _optional(_ref("markdown", "Oppsummering etter øvelsen.")),
        },
        SCENARIO_KEYS,
        "Et øvingsscenario for fagdager.",
        ("id", "title", "story", "expected"),
    )
    defs["municipality"] = _obj(
        {
            "name": _ref("text", "Navnet på kommunen. Påkrevd."),
            "contacts": _optional(
                _id_map(
                    _ref("contactFields"),
                    "Kontaktfelt som er annerledes i denne kommunen, per "
                    "kontakt-id; de erstatter kortstokkens felt for felt.",
                )
            ),
            "branding": _optional(_ref("branding", "Kommunens logo og farge.")),
        },
        MUNICIPALITY_KEYS,
        "En kommune i en felles kortstokk.",
        ("name",),
    )
    defs["service"] = _obj(
        {
            "name": _ref("text", "Navnet på tjenesten, f.eks. Barnehage. Påkrevd."),
            "start": _optional(
                _ref(
                    "idRef",
                    "Kortet den ansatte i denne tjenesten starter på (ellers kortstokkens start).",
                )
            ),
            "contacts": _optional(
                _id_map(
                    _ref("contactFields"),
                    "Kontaktfelt som er annerledes i denne tjenesten, per "
                    "kontakt-id; de erstatter kortstokkens felt for felt.",
                )
            ),
            "steps": _optional(
                {
                    "type": "object",
                    "propertyNames": _ref("id"),
                    "description": "Steg tjenesten legger til, per kort-id; de kommer etter kortets "
                    "egne steg.",
                    "additionalProperties": {"type": "array", "items": _ref("step")},
                }
            ),
        },
        SERVICE_KEYS,
        "Et arbeidssted («Hvor jobber du?»), f.eks. barnehage eller skole.",
        ("name",),
    )

    top: dict[str, Schema] = {
        "format": {
            "description": f"Alltid {FORMAT}.",
            "type": "string",
            "default": FORMAT,
            "pattern": rf"^\s*{re.escape(FORMAT)}\s*$",
            "patternErrorMessage": f"Skriv format: {FORMAT}.",
        },
        "id": _ref("id", "Kortstokkens id, f.eks. eksempel."),
        "title": _ref("text", "Tittelen: vises i tittellinjen og på hver utskrift."),
        "municipality": _ref(
            "text",
            "Kommunens navn, f.eks. Eksempel kommune. Påkrevd, "
            "med mindre kortstokken har municipalities.",
        ),
        "country": _optional(
            {
                "description": "NO (standard) eller SE: telefonformat og helligdager.",
                "enum": ["NO", "SE"],
            }
        ),
        "languages": _optional(
            {
                "type": "array",
                "minItems": 1,
                "description": "Språkene kortstokken har; det første er standard. "
                "F.eks. [nb, nn, en].",
                "items": {
                    "type": "string",
                    "pattern": r"^\s*[a-z]{2}\s*$",
                    "patternErrorMessage": LANG_MESSAGE,
                },
            }
        ),
        "version": _optional(
            _ref(
                "scalar",
                'Versjonen, skrives på hver utskrift. Skriv den i anførselstegn: "2026.10".',
            )
        ),
        "reviewed": _optional(_ref("date", "Når innholdet sist ble gjennomgått (ÅÅÅÅ-MM-DD).")),
        "review_every_months": _optional(
            {
                "description": "Hvor mange måneder det kan gå mellom gjennomgangene (1–120, "
                "standard 12).",
                "anyOf": [
                    {"type": "integer", "minimum": 1, "maximum": 120},
                    {
                        "type": "string",
                        "pattern": r"^\s*0*([1-9]|[1-9][0-9]|1[01][0-9]|120)\s*$",
                        "patternErrorMessage": "Et helt antall måneder fra 1 til 120.",
                    },
                ],
            }
        ),
        "owner": _optional(_ref("text", "Rollen som holder kortstokken oppdatert.")),
        "plan_url": _optional(_ref("httpsUrl", "Lenke til handlingsplanen (https://).")),
        "branding": _optional(_ref("branding", "Logo og farge.")),
        "emergency": _optional(
            _obj(
                {
                    "text": _optional(
                        _ref("text", "Teksten, f.eks. Akutt fare? Ring politiet på 112.")
                    ),
                    "phone": _optional(_ref("phone", "Nødnummeret, f.eks. 112.")),
                },
                EMERGENCY_KEYS,
                "Nødlinjen som alltid vises. Standard: akutt fare, ring 112.",
            )
        ),
        "extends": {
            "description": "Stien til en annen kortstokkmappe denne bygger på, "
            "f.eks. ../region-felles.",
            "type": "string",
            "minLength": 1,
        },
        "start": _ref("idRef", "Id-en til det første kortet."),
        "files": _list(
            _ref("file"),
            "Skjemaer og maler for hele kortstokken (PDF, DOCX, ODT, XLSX i kortstokkmappen).",
        ),
        "always": _list(
            _ref("option"),
            "Svar som vises under hvert spørsmålskort, etter "
            "kortets egne (f.eks. «Mistanke om vold: meld»). Et kort "
            "med always: false får dem ikke.",
        ),
        "services": _optional(
            _id_map(
                _ref("service"),
                "Arbeidsstedene («Hvor jobber du?»), per id; den ansatte velger ett.",
            )
        ),
        "contacts": _optional(
            _id_map(_ref("contactFields"), "Kontaktene, per id (f.eks. barnevern, barnevernvakt).")
        ),
        "municipalities": _optional(
            _id_map(_ref("municipality"), "Kommunene som deler kortstokken, per id.")
        ),
        "cards": _id_map(_ref("card"), "Kortene, per id (f.eks. start, barn-akutt)."),
        "scenarios": _list(_ref("scenario"), "Øvingsscenarioer for fagdager."),
        "search": _optional(
            _obj(
                {
                    "synonyms": _optional(
                        {
                            "type": "object",
                            "description": "Ord folk søker på som ikke står på kortene, for hele "
                            "kortstokken: et ord og ordene som betyr det samme, f.eks. "
                            "vold: [slå, slått, juling]. Hvert ord i gruppen finner "
                            "kortene der de andre står.",
                            "propertyNames": {"minLength": 1},
                            "additionalProperties": {
                                "description": "Ordene som betyr det samme: en liste, f.eks. "
                                "[slå, slått, juling], eller ett ord.",
                                "anyOf": [
                                    {
                                        "type": "array",
                                        "minItems": 1,
                                        "items": {"type": ["string", "number", "boolean", "null"]},
                                    },
                                    {
                                        "type": "string",
                                        "pattern": r"\S",
                                        "patternErrorMessage": "Skriv ordene etter kolon, f.eks. "
                                        "vold: [slå, juling].",
                                    },
                                    {"type": ["number", "boolean"]},
                                ],
                            },
                        }
                    ),
                },
                SEARCH_KEYS,
                "Hva søket i appen skal forstå (et tillegg til formatet).",
            )
        ),
    }
    schema: Schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "description": "Tiltakskort – en kortstokk i formatet tiltakskort/1 (deck.yaml). "
        "Sjekk den med "
        "«tiltakskort validate MAPPE»; se docs/deck-format.md.",
        "type": "object",
        "properties": {k: top[k] for k in TOP_KEYS},
        "additionalProperties": False,
        "allOf": [
            {  # without extends, everything required is in this file
                "if": {"not": {"required": ["extends"]}},
                "then": {
                    "required": ["format", "id", "title", "start", "cards"],
                    "properties": {"contacts": {"additionalProperties": {"required": ["name"]}}},
                },
            },
            {  # municipality, unless municipalities (or a base deck) names them
                "if": {
                    "not": {"anyOf": [{"required": ["extends"]}, {"required": ["municipalities"]}]}
                },
                "then": {"required": ["municipality"]},
            },
        ],
        "$defs": defs,
    }
    assert set(top) == set(TOP_KEYS)
    return schema


def schema_json() -> str:
    """The schema as JSON text, as ``tiltakskort schema`` writes it."""
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"
