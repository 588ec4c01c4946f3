<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>CardSearch</name>
    <message>
        <location filename="../../tiltakskort/ui/search.py" line="41"/>
        <source>Urgent</source>
        <translation>Akutt</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/search.py" line="43"/>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/search.py" line="44"/>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/search.py" line="60"/>
        <source>The way there: %1</source>
        <translation>Veien dit: %1</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="627"/>
        <source>Card %1</source>
        <extracomment>a file button was pressed (a :class:`~tiltakskort.present.DocumentLine`) a sentence about what a button of the card did (&quot;Kopiert&quot;, &quot;Ring … fra telefonen din&quot;)</extracomment>
        <translation>Kort %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="650"/>
        <source>Press %1</source>
        <translation>Trykk %1</translation>
    </message>
</context>
<context>
    <name>ContactView</name>
    <message>
        <source>Call %1 on %2</source>
        <translation type="vanished">Ring %1 på %2</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="187"/>
        <source>Copy number</source>
        <translation>Kopier nummer</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="274"/>
        <source>%1 – call %2</source>
        <translation>%1 – ring %2</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="282"/>
        <source>%1 – write an e-mail</source>
        <translation>%1 – skriv e-post</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="314"/>
        <source>Calling %1 on %2. If nothing happens, call from your phone.</source>
        <translation>Ringer %1 på %2. Skjer det ingenting, ring fra telefonen din.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="320"/>
        <source>This PC cannot call: call %1 from your phone (%2).</source>
        <translation>Denne PC-en kan ikke ringe: ring %1 fra telefonen din (%2).</translation>
    </message>
    <message>
        <source>Copy the number %1</source>
        <translation type="vanished">Kopier nummeret %1</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation type="vanished">Skriv e-post til %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="196"/>
        <source>Web page</source>
        <translation>Nettside</translation>
    </message>
    <message>
        <source>Open the web page of %1</source>
        <translation type="vanished">Åpne nettsiden til %1</translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="423"/>
        <source>Open %1</source>
        <translation>Åpne %1</translation>
    </message>
</context>
<context>
    <name>HideScreen</name>
    <message>
        <location filename="../../tiltakskort/ui/privacy.py" line="40"/>
        <source>Show again</source>
        <translation>Vis igjen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/privacy.py" line="42"/>
        <source>Show the app again</source>
        <translation>Vis appen igjen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="69"/>
        <source>Logo</source>
        <extracomment>An answer in the trail is cut (…) after about this many characters; its whole text is its accessible name and tooltip. The logo&apos;s box in the header, in logical pixels.</extracomment>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="119"/>
        <source>Find a card (Ctrl+F)</source>
        <extracomment>the card shown changed (after it is painted): the session&apos;s walk, passed on</extracomment>
        <translation>Finn et kort (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="120"/>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="240"/>
        <source>Find a card</source>
        <translation>Finn et kort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="124"/>
        <source>Language of the cards</source>
        <translation>Språk på kortene</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="126"/>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="128"/>
        <source>Hide the screen</source>
        <translation>Skjul skjermen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="129"/>
        <source>Covers the window at once (also: Esc twice)</source>
        <translation>Dekker vinduet med en gang (også: Esc to ganger)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="138"/>
        <source>Emergency number</source>
        <translation>Nødnummer</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="120"/>
        <source>Your answers so far</source>
        <translation>Svarene dine så langt</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="178"/>
        <source>The card</source>
        <translation>Kortet</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/deckopening.py" line="125"/>
        <source>Problems in the deck</source>
        <translation>Problemer i kortstokken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/searchrows.py" line="25"/>
        <source>Cards found</source>
        <translation>Kort som ble funnet</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="191"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Back one step (Backspace)</source>
        <translation type="vanished">Ett steg tilbake (Backspace)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="105"/>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="194"/>
        <source>Start over</source>
        <translation>Start på nytt</translation>
    </message>
    <message>
        <source>Start over (Home)</source>
        <translation type="vanished">Start på nytt (Home)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="197"/>
        <source>Map</source>
        <translation>Kart</translation>
    </message>
    <message>
        <source>The whole deck as a map</source>
        <translation type="vanished">Hele kortstokken som et kart</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="147"/>
        <source>Example deck: the local offices and their phone numbers are made up. The national numbers (such as 112) are real.</source>
        <translation>Eksempelkortstokk: de lokale kontorene og telefonnumrene deres er oppdiktet. De nasjonale numrene (som 112) er ekte.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="192"/>
        <source>One step back (Backspace)</source>
        <translation>Ett steg tilbake (Backspace)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="195"/>
        <source>Back to the first card (Home)</source>
        <translation>Tilbake til det første kortet (Home)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="198"/>
        <source>The whole deck as a map (Ctrl+M)</source>
        <translation>Hele kortstokken som et kart (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="201"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="202"/>
        <source>Print the steps (Ctrl+P)</source>
        <translation>Skriv ut stegene (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="214"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="217"/>
        <source>&amp;Open deck…</source>
        <translation>Å&amp;pne kortstokk…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="223"/>
        <source>&amp;Print the steps…</source>
        <translation>Skriv &amp;ut stegene…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="228"/>
        <source>Save as &amp;PDF…</source>
        <translation>Lagre som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="232"/>
        <source>Print the card &amp;booklet…</source>
        <translation>Skriv ut &amp;kortsettet…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="237"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="238"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="245"/>
        <source>Larger text</source>
        <translation>Større tekst</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="251"/>
        <source>Smaller text</source>
        <translation>Mindre tekst</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="256"/>
        <source>Normal text size</source>
        <translation>Vanlig tekststørrelse</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="259"/>
        <source>High contrast</source>
        <translation>Høy kontrast</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="265"/>
        <source>Map of the deck</source>
        <translation>Kart over kortstokken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="270"/>
        <source>Presentation mode</source>
        <translation>Presentasjonsmodus</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="133"/>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="272"/>
        <source>Full screen</source>
        <translation>Fullskjerm</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="273"/>
        <source>&amp;Training</source>
        <translation>&amp;Opplæring</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="275"/>
        <source>Scenarios…</source>
        <translation>Scenarioer…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="279"/>
        <source>Today&apos;s results</source>
        <translation>Dagens resultater</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="283"/>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillinger</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="286"/>
        <source>Change &amp;municipality…</source>
        <translation>Bytt &amp;kommune…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="292"/>
        <source>Change &amp;workplace…</source>
        <translation>Bytt &amp;arbeidssted…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="296"/>
        <source>Language of the app</source>
        <translation>Språk i appen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="308"/>
        <source>Time before the app starts over…</source>
        <translation>Tid før appen starter på nytt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiltakskort/ui/mainwindow.py" line="315"/>
        <source>Time before the app starts over: %n min (set by IT)</source>
        <translation>
            <numerusform>Tid før appen starter på nytt: %n min (satt av IT)</numerusform>
            <numerusform>Tid før appen starter på nytt: %n min (satt av IT)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="318"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="320"/>
        <source>Keys…</source>
        <translation>Taster…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="322"/>
        <location filename="../../tiltakskort/ui/parts.py" line="100"/>
        <source>About Tiltakskort</source>
        <translation>Om Tiltakskort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="430"/>
        <source>Urgent</source>
        <translation>Akutt</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="537"/>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>This deck is not signed. This build only opens decks approved and signed by the municipality.</source>
        <translation type="vanished">Denne kortstokken er ikke signert. Denne utgaven av appen åpner bare kortstokker som kommunen har godkjent og signert.</translation>
    </message>
    <message>
        <source>Warning: the deck was changed after it was signed (%1). Ask whoever looks after the deck.</source>
        <translation type="vanished">Advarsel: kortstokken er endret etter at den ble signert (%1). Spør den som har ansvaret for kortstokken.</translation>
    </message>
    <message>
        <source>The deck&apos;s signature does not match the municipality&apos;s key. The deck is not used.</source>
        <translation type="vanished">Signaturen på kortstokken passer ikke med kommunens nøkkel. Kortstokken brukes ikke.</translation>
    </message>
    <message>
        <source>Approved by %1, signed %2</source>
        <translation type="vanished">Godkjent av %1, signert %2</translation>
    </message>
    <message>
        <source>warning: this is an older version (%1) than one used before (%2)</source>
        <translation type="vanished">advarsel: dette er en eldre versjon (%1) enn en som er brukt før (%2)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/deckopening.py" line="96"/>
        <source>Open a deck folder</source>
        <translation>Åpne en kortstokkmappe</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="98"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="99"/>
        <source>Which municipality do you work in?</source>
        <translation>Hvilken kommune jobber du i?</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="87"/>
        <source>Logo of %1</source>
        <translation>Logoen til %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="146"/>
        <source>Go back to: %1</source>
        <translation>Gå tilbake til: %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="101"/>
        <source>Choose the answer with that number</source>
        <extracomment>Where the walk keys are text, not walking (the search field, the language list).</extracomment>
        <translation>Velg svaret med det nummeret</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="102"/>
        <source>Press the button that has focus</source>
        <translation>Trykk på knappen som er markert</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="103"/>
        <source>Next or previous button, field or link</source>
        <translation>Neste eller forrige knapp, felt eller lenke</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="104"/>
        <source>One step back</source>
        <translation>Ett steg tilbake</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="108"/>
        <source>Find a card; Down arrow goes to the cards found, Enter opens one</source>
        <translation>Finn et kort; pil ned går til kortene som ble funnet, Enter åpner et av dem</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="112"/>
        <source>Leave the search or the map and go back to the card</source>
        <translation>Gå ut av søket eller kartet og tilbake til kortet</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="113"/>
        <source>Hide the screen at once (Esc twice)</source>
        <translation>Skjul skjermen med en gang (Esc to ganger)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="116"/>
        <source>Map of the deck; in its list of cards, the arrow keys move and Enter opens a card</source>
        <translation>Kart over kortstokken; i listen over kort flytter piltastene, og Enter åpner et kort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="123"/>
        <source>Larger text, smaller text, normal text size</source>
        <translation>Større tekst, mindre tekst, vanlig tekststørrelse</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="125"/>
        <source>Print the steps</source>
        <translation>Skriv ut stegene</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="126"/>
        <source>Open a deck</source>
        <translation>Åpne en kortstokk</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="129"/>
        <source>Presentation mode (Page Down or Space: next, Page Up: back, Esc: leave)</source>
        <translation>Presentasjonsmodus (Page Down eller mellomrom: neste, Page Up: tilbake, Esc: avslutt)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="134"/>
        <source>This list of keys</source>
        <translation>Denne listen over taster</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="135"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="155"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="161"/>
        <source>Key</source>
        <translation>Tast</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="162"/>
        <source>What it does</source>
        <translation>Hva den gjør</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/search.py" line="224"/>
        <source>No card matches “%1”</source>
        <translation>Ingen kort passer til «%1»</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/trainingpanels.py" line="122"/>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="115"/>
        <source>None of these</source>
        <translation>Ingen av disse</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="122"/>
        <source>Where do you work?</source>
        <translation>Hvor jobber du?</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="123"/>
        <source>Where do you work? The cards show the contacts and steps of your service.</source>
        <translation>Hvor jobber du? Kortene viser kontaktene og stegene for din tjeneste.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="143"/>
        <source>Start over when idle</source>
        <translation>Start på nytt når appen ikke brukes</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="144"/>
        <source>Minutes without use before the app starts over:</source>
        <translation>Minutter uten bruk før appen starter på nytt:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="162"/>
        <source>The new language is used the next time the app starts.</source>
        <translation>Det nye språket brukes neste gang appen starter.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="102"/>
        <source>The app keeps no trace of what you looked at: no history, no logs, no recent files.</source>
        <translation>Appen tar ikke vare på noe av det du så på: ingen historikk, ingen logger, ingen nylig brukte filer.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="70"/>
        <source>Map of the deck</source>
        <extracomment>the moment the end cards say who answers at (None: now)</extracomment>
        <translation>Kart over kortstokken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="72"/>
        <source>Click a card, or press Enter on it, to go there. Plus and minus zoom.</source>
        <translation>Klikk på et kort, eller trykk Enter på det, for å gå dit. Pluss og minus zoomer.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="79"/>
        <source>Cards of the deck</source>
        <translation>Kortene i kortstokken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="80"/>
        <source>Enter opens the card.</source>
        <translation>Enter åpner kortet.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="89"/>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="90"/>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="91"/>
        <source>Show all</source>
        <translation>Vis hele</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="92"/>
        <source>Export the map…</source>
        <translation>Eksporter kartet…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="104"/>
        <source>Blue: question · Green: end card · Red: urgent · Dashed: not reachable from the start · Thick blue frame: the walk so far</source>
        <translation>Blå: spørsmål · Grønn: sluttkort · Rød: akutt · Stiplet: kan ikke nås fra start · Tykk blå ramme: veien så langt</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="125"/>
        <source>not reachable from the start</source>
        <translation>kan ikke nås fra start</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="126"/>
        <source>question</source>
        <translation>spørsmål</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="126"/>
        <source>urgent end card</source>
        <translation>akutt sluttkort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="127"/>
        <source>end card</source>
        <translation>sluttkort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="151"/>
        <source>on your walk</source>
        <translation>på veien din</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="203"/>
        <source>Export the map</source>
        <translation>Eksporter kartet</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="205"/>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG-bilde (*.png)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="217"/>
        <source>Could not save</source>
        <translation>Kunne ikke lagre</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="218"/>
        <source>The map was not saved: %1</source>
        <translation>Kartet ble ikke lagret: %1</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../../tiltakskort/ui/deckopening.py" line="34"/>
        <source>The deck has problems</source>
        <translation>Kortstokken har problemer</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/deckopening.py" line="39"/>
        <source>The deck in %1 could not be opened. The app keeps the deck it had. Problems:</source>
        <translation>Kortstokken i %1 kunne ikke åpnes. Appen beholder kortstokken den hadde. Problemer:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/deckopening.py" line="45"/>
        <source>Problems in the deck</source>
        <translation>Problemer i kortstokken</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="244"/>
        <source>Choose a scenario</source>
        <translation>Velg et scenario</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="249"/>
        <source>Scenarios</source>
        <translation>Scenarioer</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="253"/>
        <source>Open the scenario</source>
        <translation>Åpne scenarioet</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="255"/>
        <location filename="../../tiltakskort/training/widgets.py" line="443"/>
        <source>Today&apos;s results</source>
        <translation>Dagens resultater</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="257"/>
        <source>Close the exercise</source>
        <translation>Avslutt øvelsen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="274"/>
        <source>Start – walk through the cards</source>
        <translation>Start – gå gjennom kortene</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="279"/>
        <source>Back to the list</source>
        <translation>Tilbake til listen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="305"/>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="309"/>
        <source>One step back</source>
        <translation>Ett steg tilbake</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="311"/>
        <source>Other scenarios</source>
        <translation>Andre scenarioer</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="381"/>
        <source>Right! You reached the expected card.</source>
        <translation>Riktig! Dere kom fram til det forventede kortet.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="383"/>
        <source>The walk you chose:</source>
        <translation>Veien dere valgte:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="388"/>
        <source>Not quite. This is where the walks part:</source>
        <translation>Ikke helt. Her skilles veiene:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="395"/>
        <source>Shared walk: </source>
        <translation>Felles vei: </translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="402"/>
        <source>You chose</source>
        <translation>Dere valgte</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="403"/>
        <source>Expected</source>
        <translation>Forventet</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="423"/>
        <source>Right on the first try: %1 of %2</source>
        <translation>Riktig på første forsøk: %1 av %2</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="433"/>
        <source>right the first time</source>
        <translation>riktig første gang</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="435"/>
        <source>not right the first time</source>
        <translation>ikke riktig første gang</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="437"/>
        <source>attempts</source>
        <translation>forsøk</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="445"/>
        <source>No scenario has been tried yet.</source>
        <translation>Ingen scenarioer er prøvd ennå.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../tiltakskort/ui/app.py" line="65"/>
        <source>Something went wrong in the app. What you were doing may not have finished; the cards are still there.</source>
        <translation>Noe gikk galt i appen. Det du holdt på med ble kanskje ikke ferdig, men kortene er der fortsatt.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../tiltakskort/ui/documents.py" line="119"/>
        <source>Could not open the file</source>
        <translation>Kunne ikke åpne filen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/documents.py" line="120"/>
        <source>%1 could not be opened: %2.</source>
        <translation>%1 kunne ikke åpnes: %2.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/documents.py" line="128"/>
        <source>No program for the file</source>
        <translation>Ingen program for filen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/documents.py" line="129"/>
        <source>No program to open %1 files was found on this PC.</source>
        <translation>Fant ikke noe program som kan åpne %1-filer på denne PC-en.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="54"/>
        <source>Printing is turned off</source>
        <translation>Utskrift er slått av</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="55"/>
        <source>Printing and saving as PDF are turned off on this PC.</source>
        <translation>Utskrift og lagring som PDF er slått av på denne PC-en.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="66"/>
        <source>Could not write the PDF</source>
        <translation>Kunne ikke lagre PDF-en</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="67"/>
        <source>The file %1 could not be written: %2. The cards are still open; try another folder, or close the file if it is open in another program.</source>
        <translation>Filen %1 kunne ikke lagres: %2. Kortene er fortsatt åpne; prøv en annen mappe, eller lukk filen hvis den er åpen i et annet program.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="107"/>
        <source>Making the printout…</source>
        <translation>Lager utskriften …</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="136"/>
        <source>Print the steps</source>
        <translation>Skriv ut stegene</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="165"/>
        <source>The printer could not be started.</source>
        <translation>Skriveren kunne ikke startes.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="171"/>
        <source>The printer stopped.</source>
        <translation>Skriveren stoppet.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="204"/>
        <source>Printing is not available</source>
        <translation>Utskrift er ikke tilgjengelig</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="205"/>
        <source>This build cannot print. Use Save as PDF instead.</source>
        <translation>Denne utgaven kan ikke skrive ut. Bruk Lagre som PDF i stedet.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="223"/>
        <source>Could not print</source>
        <translation>Kunne ikke skrive ut</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="224"/>
        <source>The steps could not be printed: %1. The cards are still open.</source>
        <translation>Stegene kunne ikke skrives ut: %1. Kortene er fortsatt åpne.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="336"/>
        <source>Save the steps as PDF</source>
        <translation>Lagre stegene som PDF</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="355"/>
        <source>Card booklet</source>
        <translation>Kortsett</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="356"/>
        <source>Card size:</source>
        <translation>Kortstørrelse:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="369"/>
        <source>Save the card booklet</source>
        <translation>Lagre kortsettet</translation>
    </message>
</context>
</TS>
