"""The synonyms the example decks are to carry (``search: synonyms``), passed to the
engine by the tests until the loader reads the field. One group per line: any word
of a group finds the cards of the others."""

from __future__ import annotations

EKSEMPEL: dict[str, list[str]] = {
    "vold": ["vald", "slå", "slår", "slått", "slo", "slag", "banker", "banket", "juling",
             "mishandling", "mishandlet", "voldelig", "fysisk vold"],
    "voldtekt": ["voldtatt", "voldta", "valdtekt", "seksuelt overgrep", "seksuelle overgrep",
                 "overgrep", "incest"],
    "blåmerker": ["blåmerke", "blåveis", "merker", "skader", "brudd"],
    "tvangsekteskap": ["tvangsgifte", "tvangsgiftet", "bortgifting", "giftet bort",
                       "arrangert ekteskap"],
    "æresrelatert vold": ["æresvold", "ære", "æreskultur"],
    "negativ sosial kontroll": ["kontroll", "kontrollert", "overvåket", "isolert"],
    "alternativ til vold": ["atv", "sinnemestring"],
    "sinne": ["sint", "raseri", "aggresjon", "aggressiv"],
    "krisesenter": ["krisesenteret", "krisesentret", "krisesentre", "voldsalarm",
                    "skjult adresse"],
    "barnevern": ["barnevernet", "barnevernstjenesten", "bvt"],
    "bekymringsmelding": ["meldeplikt", "melde bekymring", "opplysningsplikt"],
    "taushetsplikt": ["anonymt", "anonym", "uten navn", "teieplikt"],
    "eldre": ["gammel", "pensjonist", "bestemor", "bestefar", "sykehjem", "hjemmetjeneste",
              "hjemmesykepleie", "demens"],
    "penger": ["pengar", "økonomi", "økonomisk", "bankkort", "svindel", "arv"],
    "partner": ["partnar", "kjæreste", "ektefelle", "samboer", "kone", "ektemann",
                "ekskjæreste"],
    "foreldre": ["pappa", "far", "faren", "mamma", "mor", "moren", "forelder", "stefar",
                 "stemor"],
    "vitne": ["bevitne", "så volden", "hørte volden"],
    "utøver": ["voldsutøver", "overgriper", "gjerningsperson"],
    "omsorgssvikt": ["vanskjøtsel", "neglisjering"],
}

EXEMPELREGIONEN: dict[str, list[str]] = {
    "våld": ["slå", "slår", "slagen", "slog", "misshandel", "misshandlad", "misshandlar"],
    "orosanmälan": ["anmälan", "anmäla", "anmälningsplikt", "anmälningsskyldighet",
                    "orosanmäla"],
    "socialtjänsten": ["soc", "socialen", "socialtjänst"],
    "socialjouren": ["socialjour", "jouren", "jour"],
    "kvinnojouren": ["kvinnojour", "skyddat boende", "skyddsboende"],
    "äldre": ["gammal", "pensionär", "äldreomsorg", "hemtjänst"],
    "bevittnat": ["bevittna", "vittne", "såg våldet"],
    "rådgöra": ["anonymt", "konsultera", "fråga om råd"],
}
