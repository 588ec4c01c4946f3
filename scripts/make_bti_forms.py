"""Write the forms of the BTI example deck (``cards/bti-eksempel/skjema``).

The forms are small real documents (PDF, DOCX, ODT) with fictional content, made the
same way every time (fixed dates inside, no random ids), so that running this again
changes nothing and the deck's signature stays valid. Run it after changing a text
below::

    python3 scripts/make_bti_forms.py
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "cards" / "bti-eksempel" / "skjema"
STAMP = (2026, 11, 1, 12, 0, 0)
NOTE = "Eksempel til Tiltakskort – fiktivt skjema for Eksempelvik kommune."

FORMS: dict[str, tuple[str, list[str]]] = {
    "undringsnotat.docx": (
        "Undringsnotat",
        [
            "Barnets navn og alder:",
            "Dato:",
            "Hva har jeg sett eller hørt? (Skriv det du har observert, med barnets egne ord.)",
            "Hva tenker jeg om det?",
            "Hvem har jeg drøftet undringen med?",
            "Hva gjør jeg videre, og når ser jeg på dette igjen?",
            "Signatur, medarbeideren som eier bekymringen:",
        ],
    ),
    "stafettlogg.odt": (
        "Stafettlogg – plan for tiltak",
        [
            "Barnets navn:",
            "Stafettholder (navn og tjeneste):",
            "Samtykke fra foresatte innhentet (dato):",
            "Mål for tiltakene:",
            "Tiltak, hvem gjør hva, og innen når:",
            "Dato for evaluering:",
            "Resultat av evalueringen:",
        ],
    ),
}

PDFS: dict[str, tuple[str, list[str]]] = {
    "samtykkeskjema.pdf": (
        "Samtykke til samarbeid",
        [
            "Jeg/vi samtykker i at tjenestene under kan utveksle opplysninger om barnet, "
            "for å gi barnet og familien best mulig hjelp.",
            "Barnets navn og fødselsdato:",
            "Tjenestene som kan samarbeide:",
            "Hvilke opplysninger samtykket gjelder:",
            "Samtykket gjelder til (dato):",
            "Samtykket kan trekkes tilbake når som helst.",
            "Sted og dato:                 Underskrift foresatte:",
        ],
    ),
    "mal-bekymringsmelding.pdf": (
        "Mal for bekymringsmelding til barneverntjenesten",
        [
            "Barnets navn, fødselsdato og adresse:",
            "Foresattes navn og kontaktopplysninger:",
            "Hva er du bekymret for? Beskriv konkret hva du har sett og hørt, og når.",
            "Hva er gjort fra før (tiltak på nivå 1 og 2)?",
            "Er foresatte informert om meldingen? Hvis ikke: hvorfor ikke?",
            "Melder (navn, tjeneste, telefon):",
            "Meldingen sendes barneverntjenesten samme dag som du beslutter å melde.",
        ],
    ),
    "handlingsveileder.pdf": (
        "BTI-handlingsveileder – kortversjon",
        [
            "Nivå 0: Undring og bekymring. Medarbeideren som eier bekymringen skriver et "
            "undringsnotat og drøfter med leder samme dag.",
            "Nivå 1: Tiltak i egen tjeneste. Beslutning om videre oppfølging senest 14 dager "
            "etter at bekymringen oppsto.",
            "Nivå 2: Samarbeid med andre tjenester. Stafettholder innhenter samtykke og "
            "koordinerer tiltakene.",
            "Nivå 3: Tverrfaglig samarbeid. Et team med foresatte og tjenestene lager en felles "
            "plan.",
            "På alle nivå: Mistanke om vold, overgrep eller alvorlig omsorgssvikt skal meldes "
            "til barneverntjenesten, og ved akutt fare ring 112.",
        ],
    ),
}


def _zip(path: Path, members: list[tuple[str, str]], stored_first: bool = False) -> None:
    with zipfile.ZipFile(path, "w") as z:
        for i, (name, text) in enumerate(members):
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = (
                zipfile.ZIP_STORED if stored_first and i == 0 else zipfile.ZIP_DEFLATED
            )
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))


def docx(path: Path, title: str, lines: list[str]) -> None:
    def para(text: str, bold: bool = False) -> str:
        run = '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>' if bold else ""
        return f'<w:p><w:r>{run}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

    body = para(title, True) + "".join(para(x) + para("") for x in lines) + para(NOTE)
    _zip(
        path,
        [
            (
                "[Content_Types].xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" '
                'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/word/document.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                "</Types>",
            ),
            (
                "_rels/.rels",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
            ),
            (
                "word/document.xml",
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f"<w:body>{body}</w:body></w:document>",
            ),
        ],
    )


def odt(path: Path, title: str, lines: list[str]) -> None:
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    body = (
        f'<text:h text:outline-level="1">{escape(title)}</text:h>'
        + "".join(f"<text:p>{escape(x)}</text:p><text:p/>" for x in lines)
        + f"<text:p>{escape(NOTE)}</text:p>"
    )
    _zip(
        path,
        [
            ("mimetype", "application/vnd.oasis.opendocument.text"),
            (
                "META-INF/manifest.xml",
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
                ' manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>",
            ),
            (
                "content.xml",
                f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} '
                f'office:version="1.2"><office:body><office:text>{body}</office:text></office:body>'
                "</office:document-content>",
            ),
        ],
        stored_first=True,
    )


def pdf(path: Path, title: str, lines: list[str]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    story = [Paragraph(escape(title), styles["Title"])]
    for line in lines:
        story += [Paragraph(escape(line), styles["BodyText"]), Spacer(1, 28)]
    story.append(Paragraph(escape(NOTE), styles["Italic"]))
    SimpleDocTemplate(
        str(path),
        pagesize=A4,
        title=title,
        author="Eksempelvik kommune",
        creator="Tiltakskort",
        invariant=1,
    ).build(story)


def main() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for name, (title, lines) in FORMS.items():
        (docx if name.endswith(".docx") else odt)(FOLDER / name, title, lines)
    for name, (title, lines) in PDFS.items():
        pdf(FOLDER / name, title, lines)
    for p in sorted(FOLDER.iterdir()):
        print(f"{p.relative_to(ROOT)}  {p.stat().st_size} bytes")


if __name__ == "__main__":
    main()
