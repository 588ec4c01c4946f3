<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn">
<context>
    <name>CardView</name>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="222"/>
        <source>Card %1</source>
        <translation>Kort %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="235"/>
        <source>Press %1</source>
        <translation>Trykk %1</translation>
    </message>
</context>
<context>
    <name>ContactView</name>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="127"/>
        <source>Call %1 on %2</source>
        <translation>Ring %1 på %2</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="130"/>
        <source>Copy number</source>
        <translation>Kopier nummer</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="131"/>
        <source>Copy the number %1</source>
        <translation>Kopier nummeret %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="139"/>
        <source>Write an e-mail to %1</source>
        <translation>Skriv e-post til %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="143"/>
        <source>Web page</source>
        <translation>Nettside</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="144"/>
        <source>Open the web page of %1</source>
        <translation>Opne nettsida til %1</translation>
    </message>
</context>
<context>
    <name>HideScreen</name>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="82"/>
        <source>Show again</source>
        <translation>Vis igjen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="83"/>
        <source>Show the app again</source>
        <translation>Vis appen igjen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="144"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="155"/>
        <source>Find a card (Ctrl+F)</source>
        <translation>Finn eit kort (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="156"/>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="264"/>
        <source>Find a card</source>
        <translation>Finn eit kort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="162"/>
        <source>Language of the cards</source>
        <translation>Språk på korta</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="165"/>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="167"/>
        <source>Hide the screen</source>
        <translation>Skjul skjermen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="168"/>
        <source>Covers the window at once (also: Esc twice)</source>
        <translation>Dekkjer vindauget med ein gong (òg: Esc to gonger)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="177"/>
        <source>Emergency number</source>
        <translation>Naudnummer</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="188"/>
        <source>Your answers so far</source>
        <translation>Svara dine så langt</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="199"/>
        <source>The card</source>
        <translation>Kortet</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="203"/>
        <source>Problems in the deck</source>
        <translation>Problem i kortstokken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="215"/>
        <source>Cards found</source>
        <translation>Kort som vart funne</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="228"/>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="229"/>
        <source>Back one step (Backspace)</source>
        <translation>Eitt steg tilbake (Backspace)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="231"/>
        <source>Start over</source>
        <translation>Start på nytt</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="232"/>
        <source>Start over (Home)</source>
        <translation>Start på nytt (Home)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="234"/>
        <source>Map</source>
        <translation>Kart</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="235"/>
        <source>The whole deck as a map</source>
        <translation>Heile kortstokken som eit kart</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="238"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="239"/>
        <source>Print the steps (Ctrl+P)</source>
        <translation>Skriv ut stega (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="253"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="254"/>
        <source>&amp;Open deck…</source>
        <translation>O&amp;pne kortstokk…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="256"/>
        <source>&amp;Print the steps…</source>
        <translation>Skriv &amp;ut stega…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="258"/>
        <source>Save as &amp;PDF…</source>
        <translation>Lagre som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="259"/>
        <source>Print the card &amp;booklet…</source>
        <translation>Skriv ut &amp;kortsettet…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="262"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="263"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="265"/>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="266"/>
        <source>Larger text</source>
        <translation>Større tekst</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="268"/>
        <source>Smaller text</source>
        <translation>Mindre tekst</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="269"/>
        <source>Normal text size</source>
        <translation>Vanleg tekststorleik</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="270"/>
        <source>High contrast</source>
        <translation>Høg kontrast</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="273"/>
        <source>Map of the deck</source>
        <translation>Kart over kortstokken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="274"/>
        <source>Presentation mode</source>
        <translation>Presentasjonsmodus</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="275"/>
        <source>Full screen</source>
        <translation>Fullskjerm</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="276"/>
        <source>&amp;Training</source>
        <translation>&amp;Opplæring</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="277"/>
        <source>Scenarios…</source>
        <translation>Scenario…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="278"/>
        <source>Today&apos;s results</source>
        <translation>Resultata i dag</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="279"/>
        <source>&amp;Settings</source>
        <translation>&amp;Innstillingar</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="280"/>
        <source>Change &amp;municipality…</source>
        <translation>Byt &amp;kommune…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="282"/>
        <source>Language of the app</source>
        <translation>Språk i appen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="285"/>
        <source>Time before the app starts over…</source>
        <translation>Tid før appen startar på nytt…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="286"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="287"/>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="818"/>
        <source>About Tiltakskort</source>
        <translation>Om Tiltakskort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="377"/>
        <source>This deck is not signed. This build only opens decks approved and signed by the municipality.</source>
        <translation>Denne kortstokken er ikkje signert. Denne utgåva av appen opnar berre kortstokkar som kommunen har godkjent og signert.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="382"/>
        <source>Warning: the deck was changed after it was signed (%1). Ask whoever looks after the deck.</source>
        <translation>Åtvaring: kortstokken er endra etter at han vart signert (%1). Spør den som har ansvaret for kortstokken.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="385"/>
        <source>The deck&apos;s signature does not match the municipality&apos;s key. The deck is not used.</source>
        <translation>Signaturen på kortstokken passar ikkje med nøkkelen til kommunen. Kortstokken blir ikkje brukt.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="388"/>
        <source>Approved by %1, signed %2</source>
        <translation>Godkjend av %1, signert %2</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="393"/>
        <source>warning: this is an older version (%1) than one used before (%2)</source>
        <translation>åtvaring: dette er ei eldre utgåve (%1) enn ei som er brukt før (%2)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="433"/>
        <source>Open a deck folder</source>
        <translation>Opne ei kortstokkmappe</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="445"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="446"/>
        <source>Which municipality do you work in?</source>
        <translation>Kva kommune jobbar du i?</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="524"/>
        <source>Logo of %1</source>
        <translation>Logoen til %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="539"/>
        <source>Go back to: %1</source>
        <translation>Gå tilbake til: %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="636"/>
        <source>No card matches “%1”</source>
        <translation>Ingen kort passar til «%1»</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="711"/>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="803"/>
        <source>Start over when idle</source>
        <translation>Start på nytt når appen ikkje blir brukt</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="804"/>
        <source>Minutes without use before the app starts over:</source>
        <translation>Minutt utan bruk før appen startar på nytt:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="812"/>
        <source>The new language is used the next time the app starts.</source>
        <translation>Det nye språket blir brukt neste gong appen startar.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="821"/>
        <source>The app keeps no trace of what you looked at: no history, no logs, no recent files.</source>
        <translation>Appen tek ikkje vare på noko av det du såg på: ingen historikk, ingen loggar, ingen nyleg brukte filer.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="54"/>
        <source>Map of the deck</source>
        <translation>Kart over kortstokken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="56"/>
        <source>Click a card, or press Enter on it, to go there. Plus and minus zoom.</source>
        <translation>Klikk på eit kort, eller trykk Enter på det, for å gå dit. Pluss og minus zoomar.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="59"/>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="60"/>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="61"/>
        <source>Show all</source>
        <translation>Vis heile</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="62"/>
        <source>Export the map…</source>
        <translation>Eksporter kartet…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="71"/>
        <source>Blue: question · Green: end card · Red: urgent · Dashed: not reachable from the start · Thick blue frame: the walk so far</source>
        <translation>Blå: spørsmål · Grøn: sluttkort · Raud: akutt · Stipla: kan ikkje nåast frå start · Tjukk blå ramme: vegen så langt</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="107"/>
        <source>Export the map</source>
        <translation>Eksporter kartet</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="108"/>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG-bilete (*.png)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="117"/>
        <source>Could not save</source>
        <translation>Kunne ikkje lagre</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="118"/>
        <source>The map was not saved: %1</source>
        <translation>Kartet vart ikkje lagra: %1</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="50"/>
        <source>The deck has problems</source>
        <translation>Kortstokken har problem</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="52"/>
        <source>The deck in %1 could not be opened. The app keeps the deck it had. Problems:</source>
        <translation>Kortstokken i %1 kunne ikkje opnast. Appen held på kortstokken han hadde. Problem:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="56"/>
        <source>Problems in the deck</source>
        <translation>Problem i kortstokken</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="143"/>
        <source>Choose a scenario</source>
        <translation>Vel eit scenario</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="148"/>
        <source>Scenarios</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="152"/>
        <source>Open the scenario</source>
        <translation>Opne scenarioet</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="154"/>
        <location filename="../../tiltakskort/training/widgets.py" line="313"/>
        <source>Today&apos;s results</source>
        <translation>Resultata i dag</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="156"/>
        <source>Close the exercise</source>
        <translation>Avslutt øvinga</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="173"/>
        <source>Start – walk through the cards</source>
        <translation>Start – gå gjennom korta</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="176"/>
        <source>Back to the list</source>
        <translation>Tilbake til lista</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="200"/>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="202"/>
        <source>One step back</source>
        <translation>Eitt steg tilbake</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="204"/>
        <source>Other scenarios</source>
        <translation>Andre scenario</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="273"/>
        <source>Right! You reached the expected card.</source>
        <translation>Rett! De kom fram til det venta kortet.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="275"/>
        <source>The walk you chose:</source>
        <translation>Vegen de valde:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="278"/>
        <source>Not quite. This is where the walks part:</source>
        <translation>Ikkje heilt. Her skil vegane lag:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="283"/>
        <source>Shared walk: </source>
        <translation>Felles veg: </translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="285"/>
        <source>You chose</source>
        <translation>De valde</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="286"/>
        <source>Expected</source>
        <translation>Venta</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="301"/>
        <source>Right on the first try: %1 of %2</source>
        <translation>Rett på første forsøk: %1 av %2</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="306"/>
        <source>right the first time</source>
        <translation>rett første gong</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="306"/>
        <source>not right the first time</source>
        <translation>ikkje rett første gong</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="307"/>
        <source>attempts</source>
        <translation>forsøk</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="315"/>
        <source>No scenario has been tried yet.</source>
        <translation>Ingen scenario er prøvde enno.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../tiltakskort/ui/app.py" line="50"/>
        <source>Something went wrong in the app. What you were doing may not have finished; the cards are still there.</source>
        <translation>Noko gjekk gale i appen. Det du heldt på med vart kanskje ikkje ferdig, men korta er der framleis.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="50"/>
        <source>Printing is turned off</source>
        <translation>Utskrift er slått av</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="51"/>
        <source>Printing and saving as PDF are turned off on this PC.</source>
        <translation>Utskrift og lagring som PDF er slått av på denne PC-en.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="57"/>
        <source>Could not write the PDF</source>
        <translation>Kunne ikkje lagre PDF-en</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="58"/>
        <source>The file %1 could not be written: %2. The cards are still open; try another folder, or close the file if it is open in another program.</source>
        <translation>Fila %1 kunne ikkje lagrast: %2. Korta er framleis opne; prøv ei anna mappe, eller lukk fila om ho er open i eit anna program.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="75"/>
        <source>Print the steps</source>
        <translation>Skriv ut stega</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="103"/>
        <source>The printer could not be started.</source>
        <translation>Skrivaren kunne ikkje startast.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="108"/>
        <source>The printer stopped.</source>
        <translation>Skrivaren stoppa.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="134"/>
        <source>Printing is not available</source>
        <translation>Utskrift er ikkje tilgjengeleg</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="135"/>
        <source>This build cannot print. Use Save as PDF instead.</source>
        <translation>Denne utgåva kan ikkje skrive ut. Bruk Lagre som PDF i staden.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="146"/>
        <source>Could not print</source>
        <translation>Kunne ikkje skrive ut</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="147"/>
        <source>The steps could not be printed: %1. The cards are still open.</source>
        <translation>Stega kunne ikkje skrivast ut: %1. Korta er framleis opne.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="244"/>
        <source>Save the steps as PDF</source>
        <translation>Lagre stega som PDF</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="260"/>
        <source>Card booklet</source>
        <translation>Kortsett</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="260"/>
        <source>Card size:</source>
        <translation>Kortstorleik:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="267"/>
        <source>Save the card booklet</source>
        <translation>Lagre kortsettet</translation>
    </message>
</context>
</TS>
