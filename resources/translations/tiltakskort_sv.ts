<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>CardView</name>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="496"/>
        <source>Card %1</source>
        <extracomment>a sentence about what a button of the card did (&quot;Kopiert&quot;, &quot;Ring … fra telefonen din&quot;)</extracomment>
        <translation>Kort %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="513"/>
        <source>Press %1</source>
        <translation>Tryck %1</translation>
    </message>
</context>
<context>
    <name>ContactView</name>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="153"/>
        <source>Copy number</source>
        <translation>Kopiera nummer</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="219"/>
        <source>%1 – call %2</source>
        <translation>%1 – ring %2</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="227"/>
        <source>%1 – write an e-mail</source>
        <translation>%1 – skriv e-post</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="258"/>
        <source>Calling %1 on %2. If nothing happens, call from your phone.</source>
        <translation>Ringer %1 på %2. Händer ingenting, ring från din telefon.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="261"/>
        <source>This PC cannot call: call %1 from your phone (%2).</source>
        <translation>Den här datorn kan inte ringa: ring %1 från din telefon (%2).</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="162"/>
        <source>Web page</source>
        <translation>Webbsida</translation>
    </message>
</context>
<context>
    <name>HideScreen</name>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="133"/>
        <source>Show again</source>
        <translation>Visa igen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="135"/>
        <source>Show the app again</source>
        <translation>Visa appen igen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="72"/>
        <source>Logo</source>
        <extracomment>An answer in the trail is cut (…) after about this many characters; its whole text is its accessible name and tooltip. The logo&apos;s box in the header, in logical pixels.</extracomment>
        <translation>Logotyp</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="108"/>
        <source>Find a card (Ctrl+F)</source>
        <extracomment>the card shown changed (after it is painted): the session&apos;s walk, passed on</extracomment>
        <translation>Hitta ett kort (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="109"/>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="204"/>
        <source>Find a card</source>
        <translation>Hitta ett kort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="113"/>
        <source>Language of the cards</source>
        <translation>Kortens språk</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="115"/>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="117"/>
        <source>Hide the screen</source>
        <translation>Dölj skärmen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="118"/>
        <source>Covers the window at once (also: Esc twice)</source>
        <translation>Täcker fönstret direkt (även: Esc två gånger)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="127"/>
        <source>Emergency number</source>
        <translation>Nödnummer</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="155"/>
        <source>Your answers so far</source>
        <translation>Dina svar hittills</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="154"/>
        <source>The card</source>
        <translation>Kortet</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/deckopening.py" line="113"/>
        <source>Problems in the deck</source>
        <translation>Problem i kortleken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/search.py" line="81"/>
        <source>Cards found</source>
        <translation>Hittade kort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="167"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="170"/>
        <location filename="../../tiltakskort/ui/parts.py" line="270"/>
        <source>Start over</source>
        <translation>Börja om</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="173"/>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="135"/>
        <source>Example deck: the local offices and their phone numbers are made up. The national numbers (such as 112) are real.</source>
        <translation>Exempelkortlek: de lokala kontoren och deras telefonnummer är påhittade. De nationella numren (som 112) är riktiga.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="168"/>
        <source>One step back (Backspace)</source>
        <translation>Ett steg tillbaka (Backsteg)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="171"/>
        <source>Back to the first card (Home)</source>
        <translation>Tillbaka till det första kortet (Home)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="174"/>
        <source>The whole deck as a map (Ctrl+M)</source>
        <translation>Hela kortleken som en karta (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="177"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="178"/>
        <source>Print the steps (Ctrl+P)</source>
        <translation>Skriv ut stegen (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="192"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="193"/>
        <source>&amp;Open deck…</source>
        <translation>&amp;Öppna kortlek…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="195"/>
        <source>&amp;Print the steps…</source>
        <translation>Skriv &amp;ut stegen…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="197"/>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="199"/>
        <source>Print the card &amp;booklet…</source>
        <translation>Skriv ut &amp;korthäftet…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="202"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="203"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="206"/>
        <source>Larger text</source>
        <translation>Större text</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="208"/>
        <source>Smaller text</source>
        <translation>Mindre text</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="209"/>
        <source>Normal text size</source>
        <translation>Normal textstorlek</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="210"/>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="213"/>
        <source>Map of the deck</source>
        <translation>Karta över kortleken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="214"/>
        <source>Presentation mode</source>
        <translation>Presentationsläge</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="215"/>
        <location filename="../../tiltakskort/ui/parts.py" line="279"/>
        <source>Full screen</source>
        <translation>Helskärm</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="216"/>
        <source>&amp;Training</source>
        <translation>&amp;Utbildning</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="217"/>
        <source>Scenarios…</source>
        <translation>Scenarier…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="218"/>
        <source>Today&apos;s results</source>
        <translation>Dagens resultat</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="219"/>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="220"/>
        <source>Change &amp;municipality…</source>
        <translation>Byt &amp;kommun…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="222"/>
        <source>Language of the app</source>
        <translation>Appens språk</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="225"/>
        <source>Time before the app starts over…</source>
        <translation>Tid innan appen börjar om…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="226"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="227"/>
        <source>Keys…</source>
        <translation>Tangenter…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="228"/>
        <location filename="../../tiltakskort/ui/parts.py" line="95"/>
        <source>About Tiltakskort</source>
        <translation>Om Tiltakskort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="320"/>
        <source>Urgent</source>
        <translation>Akut</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="420"/>
        <source>Copied: %1</source>
        <translation>Kopierat: %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/deckopening.py" line="88"/>
        <source>Open a deck folder</source>
        <translation>Öppna en kortleksmapp</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="73"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="74"/>
        <source>Which municipality do you work in?</source>
        <translation>Vilken kommun arbetar du i?</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="86"/>
        <source>Logo of %1</source>
        <translation>Logotyp för %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="177"/>
        <source>Go back to: %1</source>
        <translation>Gå tillbaka till: %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="266"/>
        <source>Choose the answer with that number</source>
        <translation>Välj svaret med det numret</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="267"/>
        <source>Press the button that has focus</source>
        <translation>Tryck på knappen som är markerad</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="268"/>
        <source>Next or previous button, field or link</source>
        <translation>Nästa eller föregående knapp, fält eller länk</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="269"/>
        <source>One step back</source>
        <translation>Ett steg tillbaka</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="271"/>
        <source>Find a card; Down arrow goes to the cards found, Enter opens one</source>
        <translation>Hitta ett kort; pil ned går till korten som hittades, Enter öppnar ett av dem</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="272"/>
        <source>Leave the search or the map and go back to the card</source>
        <translation>Lämna sökningen eller kartan och gå tillbaka till kortet</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="273"/>
        <source>Hide the screen at once (Esc twice)</source>
        <translation>Dölj skärmen direkt (Esc två gånger)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="274"/>
        <source>Map of the deck; in its list of cards, the arrow keys move and Enter opens a card</source>
        <translation>Karta över kortleken; i listan över kort flyttar piltangenterna, och Enter öppnar ett kort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="275"/>
        <source>Larger text, smaller text, normal text size</source>
        <translation>Större text, mindre text, normal textstorlek</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="276"/>
        <source>Print the steps</source>
        <translation>Skriv ut stegen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="277"/>
        <source>Open a deck</source>
        <translation>Öppna en kortlek</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="278"/>
        <source>Presentation mode (Page Down or Space: next, Page Up: back, Esc: leave)</source>
        <translation>Presentationsläge (Page Down eller mellanslag: nästa, Page Up: tillbaka, Esc: avsluta)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="280"/>
        <source>This list of keys</source>
        <translation>Den här listan över tangenter</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="281"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="297"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="301"/>
        <source>Key</source>
        <translation>Tangent</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="302"/>
        <source>What it does</source>
        <translation>Vad den gör</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/search.py" line="122"/>
        <source>No card matches “%1”</source>
        <translation>Inga kort matchar ”%1”</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/trainingpanels.py" line="109"/>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="82"/>
        <source>Start over when idle</source>
        <translation>Börja om när appen inte används</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="83"/>
        <source>Minutes without use before the app starts over:</source>
        <translation>Minuter utan användning innan appen börjar om:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="91"/>
        <source>The new language is used the next time the app starts.</source>
        <translation>Det nya språket används nästa gång appen startar.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="97"/>
        <source>The app keeps no trace of what you looked at: no history, no logs, no recent files.</source>
        <translation>Appen sparar inga spår av det du tittade på: ingen historik, inga loggar, inga senaste filer.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="66"/>
        <source>Map of the deck</source>
        <translation>Karta över kortleken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="68"/>
        <source>Click a card, or press Enter on it, to go there. Plus and minus zoom.</source>
        <translation>Klicka på ett kort, eller tryck Enter på det, för att gå dit. Plus och minus zoomar.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="74"/>
        <source>Cards of the deck</source>
        <translation>Korten i kortleken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="75"/>
        <source>Enter opens the card.</source>
        <translation>Enter öppnar kortet.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="79"/>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="80"/>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="81"/>
        <source>Show all</source>
        <translation>Visa allt</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="82"/>
        <source>Export the map…</source>
        <translation>Exportera kartan…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="91"/>
        <source>Blue: question · Green: end card · Red: urgent · Dashed: not reachable from the start · Thick blue frame: the walk so far</source>
        <translation>Blå: fråga · Grön: slutkort · Röd: akut · Streckad: kan inte nås från start · Tjock blå ram: vägen hittills</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="110"/>
        <source>not reachable from the start</source>
        <translation>kan inte nås från start</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="111"/>
        <source>question</source>
        <translation>fråga</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="111"/>
        <source>urgent end card</source>
        <translation>akut slutkort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="112"/>
        <source>end card</source>
        <translation>slutkort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="125"/>
        <source>on your walk</source>
        <translation>på din väg</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="163"/>
        <source>Export the map</source>
        <translation>Exportera kartan</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="164"/>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG-bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="173"/>
        <source>Could not save</source>
        <translation>Kunde inte spara</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="174"/>
        <source>The map was not saved: %1</source>
        <translation>Kartan sparades inte: %1</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../../tiltakskort/ui/deckopening.py" line="33"/>
        <source>The deck has problems</source>
        <translation>Kortleken har problem</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/deckopening.py" line="35"/>
        <source>The deck in %1 could not be opened. The app keeps the deck it had. Problems:</source>
        <translation>Kortleken i %1 kunde inte öppnas. Appen behåller kortleken den hade. Problem:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/deckopening.py" line="39"/>
        <source>Problems in the deck</source>
        <translation>Problem i kortleken</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="199"/>
        <source>Choose a scenario</source>
        <translation>Välj ett scenario</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="204"/>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="208"/>
        <source>Open the scenario</source>
        <translation>Öppna scenariot</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="210"/>
        <location filename="../../tiltakskort/training/widgets.py" line="371"/>
        <source>Today&apos;s results</source>
        <translation>Dagens resultat</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="212"/>
        <source>Close the exercise</source>
        <translation>Avsluta övningen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="229"/>
        <source>Start – walk through the cards</source>
        <translation>Starta – gå igenom korten</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="232"/>
        <source>Back to the list</source>
        <translation>Tillbaka till listan</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="258"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="260"/>
        <source>One step back</source>
        <translation>Ett steg tillbaka</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="262"/>
        <source>Other scenarios</source>
        <translation>Andra scenarier</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="331"/>
        <source>Right! You reached the expected card.</source>
        <translation>Rätt! Ni kom fram till det förväntade kortet.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="333"/>
        <source>The walk you chose:</source>
        <translation>Vägen ni valde:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="336"/>
        <source>Not quite. This is where the walks part:</source>
        <translation>Inte riktigt. Här skiljs vägarna åt:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="341"/>
        <source>Shared walk: </source>
        <translation>Gemensam väg: </translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="343"/>
        <source>You chose</source>
        <translation>Ni valde</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="344"/>
        <source>Expected</source>
        <translation>Förväntat</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="359"/>
        <source>Right on the first try: %1 of %2</source>
        <translation>Rätt på första försöket: %1 av %2</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="364"/>
        <source>right the first time</source>
        <translation>rätt första gången</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="364"/>
        <source>not right the first time</source>
        <translation>inte rätt första gången</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="365"/>
        <source>attempts</source>
        <translation>försök</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="373"/>
        <source>No scenario has been tried yet.</source>
        <translation>Inga scenarier har prövats ännu.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../tiltakskort/ui/app.py" line="52"/>
        <source>Something went wrong in the app. What you were doing may not have finished; the cards are still there.</source>
        <translation>Något gick fel i appen. Det du höll på med kanske inte blev klart, men korten finns kvar.</translation>
    </message>
</context>
</TS>
