<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
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
        <translation>Tryck %1</translation>
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
        <translation>Kopiera nummer</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="131"/>
        <source>Copy the number %1</source>
        <translation>Kopiera numret %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="139"/>
        <source>Write an e-mail to %1</source>
        <translation>Skriv e-post till %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="143"/>
        <source>Web page</source>
        <translation>Webbsida</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="144"/>
        <source>Open the web page of %1</source>
        <translation>Öppna webbsidan för %1</translation>
    </message>
</context>
<context>
    <name>HideScreen</name>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="82"/>
        <source>Show again</source>
        <translation>Visa igen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="83"/>
        <source>Show the app again</source>
        <translation>Visa appen igen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="144"/>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="155"/>
        <source>Find a card (Ctrl+F)</source>
        <translation>Hitta ett kort (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="156"/>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="264"/>
        <source>Find a card</source>
        <translation>Hitta ett kort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="162"/>
        <source>Language of the cards</source>
        <translation>Kortens språk</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="165"/>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="167"/>
        <source>Hide the screen</source>
        <translation>Dölj skärmen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="168"/>
        <source>Covers the window at once (also: Esc twice)</source>
        <translation>Täcker fönstret direkt (även: Esc två gånger)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="177"/>
        <source>Emergency number</source>
        <translation>Nödnummer</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="188"/>
        <source>Your answers so far</source>
        <translation>Dina svar hittills</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="199"/>
        <source>The card</source>
        <translation>Kortet</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="203"/>
        <source>Problems in the deck</source>
        <translation>Problem i kortleken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="215"/>
        <source>Cards found</source>
        <translation>Hittade kort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="228"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="229"/>
        <source>Back one step (Backspace)</source>
        <translation>Ett steg tillbaka (Backsteg)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="231"/>
        <source>Start over</source>
        <translation>Börja om</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="232"/>
        <source>Start over (Home)</source>
        <translation>Börja om (Home)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="234"/>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="235"/>
        <source>The whole deck as a map</source>
        <translation>Hela kortleken som en karta</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="238"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="239"/>
        <source>Print the steps (Ctrl+P)</source>
        <translation>Skriv ut stegen (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="253"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="254"/>
        <source>&amp;Open deck…</source>
        <translation>&amp;Öppna kortlek…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="256"/>
        <source>&amp;Print the steps…</source>
        <translation>Skriv &amp;ut stegen…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="258"/>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="259"/>
        <source>Print the card &amp;booklet…</source>
        <translation>Skriv ut &amp;korthäftet…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="262"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="263"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="265"/>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="266"/>
        <source>Larger text</source>
        <translation>Större text</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="268"/>
        <source>Smaller text</source>
        <translation>Mindre text</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="269"/>
        <source>Normal text size</source>
        <translation>Normal textstorlek</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="270"/>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="273"/>
        <source>Map of the deck</source>
        <translation>Karta över kortleken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="274"/>
        <source>Presentation mode</source>
        <translation>Presentationsläge</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="275"/>
        <source>Full screen</source>
        <translation>Helskärm</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="276"/>
        <source>&amp;Training</source>
        <translation>&amp;Utbildning</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="277"/>
        <source>Scenarios…</source>
        <translation>Scenarier…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="278"/>
        <source>Today&apos;s results</source>
        <translation>Dagens resultat</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="279"/>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="280"/>
        <source>Change &amp;municipality…</source>
        <translation>Byt &amp;kommun…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="282"/>
        <source>Language of the app</source>
        <translation>Appens språk</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="285"/>
        <source>Time before the app starts over…</source>
        <translation>Tid innan appen börjar om…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="286"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
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
        <translation>Den här kortleken är inte signerad. Den här versionen av appen öppnar bara kortlekar som kommunen har godkänt och signerat.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="382"/>
        <source>Warning: the deck was changed after it was signed (%1). Ask whoever looks after the deck.</source>
        <translation>Varning: kortleken har ändrats efter att den signerades (%1). Fråga den som ansvarar för kortleken.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="385"/>
        <source>The deck&apos;s signature does not match the municipality&apos;s key. The deck is not used.</source>
        <translation>Kortlekens signatur stämmer inte med kommunens nyckel. Kortleken används inte.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="388"/>
        <source>Approved by %1, signed %2</source>
        <translation>Godkänd av %1, signerad %2</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="393"/>
        <source>warning: this is an older version (%1) than one used before (%2)</source>
        <translation>varning: detta är en äldre version (%1) än en som använts tidigare (%2)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="433"/>
        <source>Open a deck folder</source>
        <translation>Öppna en kortleksmapp</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="445"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="446"/>
        <source>Which municipality do you work in?</source>
        <translation>Vilken kommun arbetar du i?</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="524"/>
        <source>Logo of %1</source>
        <translation>Logotyp för %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="539"/>
        <source>Go back to: %1</source>
        <translation>Gå tillbaka till: %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="636"/>
        <source>No card matches “%1”</source>
        <translation>Inga kort matchar ”%1”</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="711"/>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="803"/>
        <source>Start over when idle</source>
        <translation>Börja om när appen inte används</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="804"/>
        <source>Minutes without use before the app starts over:</source>
        <translation>Minuter utan användning innan appen börjar om:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="812"/>
        <source>The new language is used the next time the app starts.</source>
        <translation>Det nya språket används nästa gång appen startar.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="821"/>
        <source>The app keeps no trace of what you looked at: no history, no logs, no recent files.</source>
        <translation>Appen sparar inga spår av det du tittade på: ingen historik, inga loggar, inga senaste filer.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="54"/>
        <source>Map of the deck</source>
        <translation>Karta över kortleken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="56"/>
        <source>Click a card, or press Enter on it, to go there. Plus and minus zoom.</source>
        <translation>Klicka på ett kort, eller tryck Enter på det, för att gå dit. Plus och minus zoomar.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="59"/>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="60"/>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="61"/>
        <source>Show all</source>
        <translation>Visa allt</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="62"/>
        <source>Export the map…</source>
        <translation>Exportera kartan…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="71"/>
        <source>Blue: question · Green: end card · Red: urgent · Dashed: not reachable from the start · Thick blue frame: the walk so far</source>
        <translation>Blå: fråga · Grön: slutkort · Röd: akut · Streckad: kan inte nås från start · Tjock blå ram: vägen hittills</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="107"/>
        <source>Export the map</source>
        <translation>Exportera kartan</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="108"/>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG-bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="117"/>
        <source>Could not save</source>
        <translation>Kunde inte spara</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="118"/>
        <source>The map was not saved: %1</source>
        <translation>Kartan sparades inte: %1</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="50"/>
        <source>The deck has problems</source>
        <translation>Kortleken har problem</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="52"/>
        <source>The deck in %1 could not be opened. The app keeps the deck it had. Problems:</source>
        <translation>Kortleken i %1 kunde inte öppnas. Appen behåller kortleken den hade. Problem:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="56"/>
        <source>Problems in the deck</source>
        <translation>Problem i kortleken</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="143"/>
        <source>Choose a scenario</source>
        <translation>Välj ett scenario</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="148"/>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="152"/>
        <source>Open the scenario</source>
        <translation>Öppna scenariot</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="154"/>
        <location filename="../../tiltakskort/training/widgets.py" line="313"/>
        <source>Today&apos;s results</source>
        <translation>Dagens resultat</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="156"/>
        <source>Close the exercise</source>
        <translation>Avsluta övningen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="173"/>
        <source>Start – walk through the cards</source>
        <translation>Starta – gå igenom korten</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="176"/>
        <source>Back to the list</source>
        <translation>Tillbaka till listan</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="200"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="202"/>
        <source>One step back</source>
        <translation>Ett steg tillbaka</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="204"/>
        <source>Other scenarios</source>
        <translation>Andra scenarier</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="273"/>
        <source>Right! You reached the expected card.</source>
        <translation>Rätt! Ni kom fram till det förväntade kortet.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="275"/>
        <source>The walk you chose:</source>
        <translation>Vägen ni valde:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="278"/>
        <source>Not quite. This is where the walks part:</source>
        <translation>Inte riktigt. Här skiljs vägarna åt:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="283"/>
        <source>Shared walk: </source>
        <translation>Gemensam väg: </translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="285"/>
        <source>You chose</source>
        <translation>Ni valde</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="286"/>
        <source>Expected</source>
        <translation>Förväntat</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="301"/>
        <source>Right on the first try: %1 of %2</source>
        <translation>Rätt på första försöket: %1 av %2</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="306"/>
        <source>right the first time</source>
        <translation>rätt första gången</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="306"/>
        <source>not right the first time</source>
        <translation>inte rätt första gången</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="307"/>
        <source>attempts</source>
        <translation>försök</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="315"/>
        <source>No scenario has been tried yet.</source>
        <translation>Inga scenarier har prövats ännu.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../tiltakskort/ui/app.py" line="50"/>
        <source>Something went wrong in the app. What you were doing may not have finished; the cards are still there.</source>
        <translation>Något gick fel i appen. Det du höll på med kanske inte blev klart, men korten finns kvar.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="50"/>
        <source>Printing is turned off</source>
        <translation>Utskrift är avstängd</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="51"/>
        <source>Printing and saving as PDF are turned off on this PC.</source>
        <translation>Utskrift och att spara som PDF är avstängt på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="57"/>
        <source>Could not write the PDF</source>
        <translation>Kunde inte spara PDF-filen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="58"/>
        <source>The file %1 could not be written: %2. The cards are still open; try another folder, or close the file if it is open in another program.</source>
        <translation>Filen %1 kunde inte sparas: %2. Korten är fortfarande öppna; prova en annan mapp, eller stäng filen om den är öppen i ett annat program.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="75"/>
        <source>Print the steps</source>
        <translation>Skriv ut stegen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="103"/>
        <source>The printer could not be started.</source>
        <translation>Skrivaren kunde inte startas.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="108"/>
        <source>The printer stopped.</source>
        <translation>Skrivaren stannade.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="134"/>
        <source>Printing is not available</source>
        <translation>Utskrift är inte tillgänglig</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="135"/>
        <source>This build cannot print. Use Save as PDF instead.</source>
        <translation>Den här versionen kan inte skriva ut. Använd Spara som PDF i stället.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="146"/>
        <source>Could not print</source>
        <translation>Kunde inte skriva ut</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="147"/>
        <source>The steps could not be printed: %1. The cards are still open.</source>
        <translation>Stegen kunde inte skrivas ut: %1. Korten är fortfarande öppna.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="244"/>
        <source>Save the steps as PDF</source>
        <translation>Spara stegen som PDF</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="260"/>
        <source>Card booklet</source>
        <translation>Kortsamling</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="260"/>
        <source>Card size:</source>
        <translation>Kortstorlek:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="267"/>
        <source>Save the card booklet</source>
        <translation>Spara kortsamlingen</translation>
    </message>
</context>
</TS>
