"""Extract, merge and compile the gettext catalogues (developers; needs Babel).

    python3 scripts/translations.py          # extract ids, merge into every .po, compile .mo
    python3 scripts/translations.py --check  # exit 1 if a .po lacks an id or a translation,
                                             # or a .mo is not the compiled .po

Domains (see ``tiltakskort/i18n.py``): one per subpackage (``deck``, ``pdf``,
``signing``, ``authoring``, ``training``, ``packaging``, ``search``), ``present`` for
``present.py``, ``phrases.py`` and ``walk.py``, and ``cli`` for the rest outside Qt widgets. The
English catalogue is the source text itself and may stay untranslated.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tiltakskort"
LOCALE = ROOT / "resources" / "locale"
LANGUAGES = ("nb", "nn", "sv", "en")
KEYWORDS = {"t": (2,), "tn": (2, 3), "N_": None, "Msg": None}


SUBPACKAGES = ("deck", "pdf", "signing", "authoring", "training", "packaging", "search")
PRESENT = ("present.py", "phrases.py", "walk.py")
DOMAINS = (*SUBPACKAGES, "present", "cli")


def domain_of(path: Path) -> str:
    first = path.relative_to(PACKAGE).parts[0]
    if first in SUBPACKAGES:
        return first
    return "present" if first in PRESENT else "cli"


def extract() -> dict[str, Catalog]:
    out = {d: Catalog(domain=d, project="tiltakskort") for d in DOMAINS}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue  # Qt widgets: Qt Linguist (resources/translations)
        rel = path.relative_to(ROOT).as_posix()
        for lineno, message, comments, _ctx in extract_from_file(
            "python", str(path), keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
        ):
            flags = ("python-brace-format",) if "{" in str(message) else ()
            out[domain_of(path)].add(
                message, locations=[(rel, lineno)], auto_comments=comments, flags=flags
            )
    return out


def po_path(lang: str, domain: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{domain}.po"


def load(lang: str, domain: str) -> Catalog:
    path = po_path(lang, domain)
    if path.exists():
        with path.open("rb") as f:
            return read_po(f, locale=lang if lang != "nb" else "nb", domain=domain)
    return Catalog(locale=lang, domain=domain, project="tiltakskort")


def mo_bytes(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, catalog)
    return buf.getvalue()


def po_bytes(catalog: Catalog) -> bytes:
    buf = io.BytesIO()
    # no source locations: they would change with every edit of the code
    catalog.fuzzy = False
    write_po(
        buf,
        catalog,
        width=100,
        omit_header=False,
        sort_output=False,
        include_previous=False,
        no_location=True,
    )
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    templates = extract()
    bad: list[str] = []
    for lang in LANGUAGES:
        for domain, template in templates.items():
            catalog = load(lang, domain)
            ids = {m.id for m in template if m.id}
            have = {m.id for m in catalog if m.id}
            if args.check:
                for mid in sorted(ids - have, key=str):
                    bad.append(f"{po_path(lang, domain)}: no entry for {mid!r}")
                if lang != "en":
                    for m in catalog:
                        if m.id and m.id in ids and not m.string:
                            bad.append(f"{po_path(lang, domain)}: {m.id!r} is not translated")
                        elif m.id and m.id in ids and m.fuzzy:
                            bad.append(f"{po_path(lang, domain)}: {m.id!r} is fuzzy")
                mo = po_path(lang, domain).with_suffix(".mo")
                if not ids and not mo.exists():
                    continue
                if not mo.exists() or mo.read_bytes() != mo_bytes(catalog):
                    bad.append(f"{mo}: not compiled from the .po (run scripts/translations.py)")
                continue
            if not ids and not po_path(lang, domain).exists():
                continue
            created, revised = catalog.creation_date, catalog.revision_date
            catalog.update(template, no_fuzzy_matching=True)
            catalog.obsolete.clear()
            if po_path(lang, domain).exists():  # keep headers stable: no churn in diffs
                catalog.creation_date, catalog.revision_date = created, revised
            catalog.language_team = catalog.last_translator = "Tiltakskort"
            path = po_path(lang, domain)
            path.parent.mkdir(parents=True, exist_ok=True)
            new = po_bytes(catalog)
            if not path.exists() or path.read_bytes() != new:
                path.write_bytes(new)
            with path.open("rb") as f:  # compile what was written, exactly
                mo = mo_bytes(read_po(f, locale=lang, domain=domain))
            mo_path = path.with_suffix(".mo")
            if not mo_path.exists() or mo_path.read_bytes() != mo:
                mo_path.write_bytes(mo)
    for line in bad:
        print(line, file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
