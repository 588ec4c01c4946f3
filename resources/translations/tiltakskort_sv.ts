<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>CardSearch</name>
    <message>
        <location filename="../../tiltakskort/ui/search.py" line="41"/>
        <source>Urgent</source>
        <translation>Akut</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/search.py" line="43"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/search.py" line="44"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/search.py" line="60"/>
        <source>The way there: %1</source>
        <translation>Vägen dit: %1</translation>
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
        <translation>Tryck %1</translation>
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
        <translation>Kopiera nummer</translation>
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
        <translation>Ringer %1 på %2. Händer ingenting, ring från din telefon.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="320"/>
        <source>This PC cannot call: call %1 from your phone (%2).</source>
        <translation>Den här datorn kan inte ringa: ring %1 från din telefon (%2).</translation>
    </message>
    <message>
        <source>Copy the number %1</source>
        <translation type="vanished">Kopiera numret %1</translation>
    </message>
    <message>
        <source>Write an e-mail to %1</source>
        <translation type="vanished">Skriv e-post till %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="196"/>
        <source>Web page</source>
        <translation>Webbsida</translation>
    </message>
    <message>
        <source>Open the web page of %1</source>
        <translation type="vanished">Öppna webbsidan för %1</translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message>
        <location filename="../../tiltakskort/ui/cardview.py" line="423"/>
        <source>Open %1</source>
        <translation>Öppna %1</translation>
    </message>
</context>
<context>
    <name>HideScreen</name>
    <message>
        <location filename="../../tiltakskort/ui/privacy.py" line="40"/>
        <source>Show again</source>
        <translation>Visa igen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/privacy.py" line="42"/>
        <source>Show the app again</source>
        <translation>Visa appen igen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="69"/>
        <source>Logo</source>
        <extracomment>An answer in the trail is cut (…) after about this many characters; its whole text is its accessible name and tooltip. The logo&apos;s box in the header, in logical pixels.</extracomment>
        <translation>Logotyp</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="119"/>
        <source>Find a card (Ctrl+F)</source>
        <extracomment>the card shown changed (after it is painted): the session&apos;s walk, passed on</extracomment>
        <translation>Hitta ett kort (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="120"/>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="240"/>
        <source>Find a card</source>
        <translation>Hitta ett kort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="124"/>
        <source>Language of the cards</source>
        <translation>Kortens språk</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="126"/>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="128"/>
        <source>Hide the screen</source>
        <translation>Dölj skärmen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="129"/>
        <source>Covers the window at once (also: Esc twice)</source>
        <translation>Täcker fönstret direkt (även: Esc två gånger)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="138"/>
        <source>Emergency number</source>
        <translation>Nödnummer</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="120"/>
        <source>Your answers so far</source>
        <translation>Dina svar hittills</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="178"/>
        <source>The card</source>
        <translation>Kortet</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/deckopening.py" line="125"/>
        <source>Problems in the deck</source>
        <translation>Problem i kortleken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/searchrows.py" line="25"/>
        <source>Cards found</source>
        <translation>Hittade kort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="191"/>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Back one step (Backspace)</source>
        <translation type="vanished">Ett steg tillbaka (Backsteg)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="105"/>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="194"/>
        <source>Start over</source>
        <translation>Börja om</translation>
    </message>
    <message>
        <source>Start over (Home)</source>
        <translation type="vanished">Börja om (Home)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="197"/>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>The whole deck as a map</source>
        <translation type="vanished">Hela kortleken som en karta</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="147"/>
        <source>Example deck: the local offices and their phone numbers are made up. The national numbers (such as 112) are real.</source>
        <translation>Exempelkortlek: de lokala kontoren och deras telefonnummer är påhittade. De nationella numren (som 112) är riktiga.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="192"/>
        <source>One step back (Backspace)</source>
        <translation>Ett steg tillbaka (Backsteg)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="195"/>
        <source>Back to the first card (Home)</source>
        <translation>Tillbaka till det första kortet (Home)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="198"/>
        <source>The whole deck as a map (Ctrl+M)</source>
        <translation>Hela kortleken som en karta (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="201"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="202"/>
        <source>Print the steps (Ctrl+P)</source>
        <translation>Skriv ut stegen (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="214"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="217"/>
        <source>&amp;Open deck…</source>
        <translation>&amp;Öppna kortlek…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="223"/>
        <source>&amp;Print the steps…</source>
        <translation>Skriv &amp;ut stegen…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="228"/>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="232"/>
        <source>Print the card &amp;booklet…</source>
        <translation>Skriv ut &amp;korthäftet…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="237"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="238"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="245"/>
        <source>Larger text</source>
        <translation>Större text</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="251"/>
        <source>Smaller text</source>
        <translation>Mindre text</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="256"/>
        <source>Normal text size</source>
        <translation>Normal textstorlek</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="259"/>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="265"/>
        <source>Map of the deck</source>
        <translation>Karta över kortleken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="270"/>
        <source>Presentation mode</source>
        <translation>Presentationsläge</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="133"/>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="272"/>
        <source>Full screen</source>
        <translation>Helskärm</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="273"/>
        <source>&amp;Training</source>
        <translation>&amp;Utbildning</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="275"/>
        <source>Scenarios…</source>
        <translation>Scenarier…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="279"/>
        <source>Today&apos;s results</source>
        <translation>Dagens resultat</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="283"/>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="286"/>
        <source>Change &amp;municipality…</source>
        <translation>Byt &amp;kommun…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="292"/>
        <source>Change &amp;workplace…</source>
        <translation>Byt &amp;arbetsplats…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="296"/>
        <source>Language of the app</source>
        <translation>Appens språk</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="308"/>
        <source>Time before the app starts over…</source>
        <translation>Tid innan appen börjar om…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../tiltakskort/ui/mainwindow.py" line="315"/>
        <source>Time before the app starts over: %n min (set by IT)</source>
        <translation>
            <numerusform>Tid innan appen börjar om: %n min (satt av IT)</numerusform>
            <numerusform>Tid innan appen börjar om: %n min (satt av IT)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="318"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="320"/>
        <source>Keys…</source>
        <translation>Tangenter…</translation>
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
        <translation>Akut</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/mainwindow.py" line="537"/>
        <source>Copied: %1</source>
        <translation>Kopierat: %1</translation>
    </message>
    <message>
        <source>This deck is not signed. This build only opens decks approved and signed by the municipality.</source>
        <translation type="vanished">Den här kortleken är inte signerad. Den här versionen av appen öppnar bara kortlekar som kommunen har godkänt och signerat.</translation>
    </message>
    <message>
        <source>Warning: the deck was changed after it was signed (%1). Ask whoever looks after the deck.</source>
        <translation type="vanished">Varning: kortleken har ändrats efter att den signerades (%1). Fråga den som ansvarar för kortleken.</translation>
    </message>
    <message>
        <source>The deck&apos;s signature does not match the municipality&apos;s key. The deck is not used.</source>
        <translation type="vanished">Kortlekens signatur stämmer inte med kommunens nyckel. Kortleken används inte.</translation>
    </message>
    <message>
        <source>Approved by %1, signed %2</source>
        <translation type="vanished">Godkänd av %1, signerad %2</translation>
    </message>
    <message>
        <source>warning: this is an older version (%1) than one used before (%2)</source>
        <translation type="vanished">varning: detta är en äldre version (%1) än en som använts tidigare (%2)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/deckopening.py" line="96"/>
        <source>Open a deck folder</source>
        <translation>Öppna en kortleksmapp</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="98"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="99"/>
        <source>Which municipality do you work in?</source>
        <translation>Vilken kommun arbetar du i?</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="87"/>
        <source>Logo of %1</source>
        <translation>Logotyp för %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="146"/>
        <source>Go back to: %1</source>
        <translation>Gå tillbaka till: %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="101"/>
        <source>Choose the answer with that number</source>
        <extracomment>Where the walk keys are text, not walking (the search field, the language list).</extracomment>
        <translation>Välj svaret med det numret</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="102"/>
        <source>Press the button that has focus</source>
        <translation>Tryck på knappen som är markerad</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="103"/>
        <source>Next or previous button, field or link</source>
        <translation>Nästa eller föregående knapp, fält eller länk</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="104"/>
        <source>One step back</source>
        <translation>Ett steg tillbaka</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="108"/>
        <source>Find a card; Down arrow goes to the cards found, Enter opens one</source>
        <translation>Hitta ett kort; pil ned går till korten som hittades, Enter öppnar ett av dem</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="112"/>
        <source>Leave the search or the map and go back to the card</source>
        <translation>Lämna sökningen eller kartan och gå tillbaka till kortet</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="113"/>
        <source>Hide the screen at once (Esc twice)</source>
        <translation>Dölj skärmen direkt (Esc två gånger)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="116"/>
        <source>Map of the deck; in its list of cards, the arrow keys move and Enter opens a card</source>
        <translation>Karta över kortleken; i listan över kort flyttar piltangenterna, och Enter öppnar ett kort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="123"/>
        <source>Larger text, smaller text, normal text size</source>
        <translation>Större text, mindre text, normal textstorlek</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="125"/>
        <source>Print the steps</source>
        <translation>Skriv ut stegen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="126"/>
        <source>Open a deck</source>
        <translation>Öppna en kortlek</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="129"/>
        <source>Presentation mode (Page Down or Space: next, Page Up: back, Esc: leave)</source>
        <translation>Presentationsläge (Page Down eller mellanslag: nästa, Page Up: tillbaka, Esc: avsluta)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="134"/>
        <source>This list of keys</source>
        <translation>Den här listan över tangenter</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="135"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="155"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="161"/>
        <source>Key</source>
        <translation>Tangent</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/keys.py" line="162"/>
        <source>What it does</source>
        <translation>Vad den gör</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/search.py" line="224"/>
        <source>No card matches “%1”</source>
        <translation>Inga kort matchar ”%1”</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/trainingpanels.py" line="122"/>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="115"/>
        <source>None of these</source>
        <translation>Ingen av dessa</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="122"/>
        <source>Where do you work?</source>
        <translation>Var arbetar du?</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="123"/>
        <source>Where do you work? The cards show the contacts and steps of your service.</source>
        <translation>Var arbetar du? Korten visar kontakterna och stegen för din verksamhet.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="143"/>
        <source>Start over when idle</source>
        <translation>Börja om när appen inte används</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="144"/>
        <source>Minutes without use before the app starts over:</source>
        <translation>Minuter utan användning innan appen börjar om:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/choosing.py" line="162"/>
        <source>The new language is used the next time the app starts.</source>
        <translation>Det nya språket används nästa gång appen startar.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/parts.py" line="102"/>
        <source>The app keeps no trace of what you looked at: no history, no logs, no recent files.</source>
        <translation>Appen sparar inga spår av det du tittade på: ingen historik, inga loggar, inga senaste filer.</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="70"/>
        <source>Map of the deck</source>
        <extracomment>the moment the end cards say who answers at (None: now)</extracomment>
        <translation>Karta över kortleken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="72"/>
        <source>Click a card, or press Enter on it, to go there. Plus and minus zoom.</source>
        <translation>Klicka på ett kort, eller tryck Enter på det, för att gå dit. Plus och minus zoomar.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="79"/>
        <source>Cards of the deck</source>
        <translation>Korten i kortleken</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="80"/>
        <source>Enter opens the card.</source>
        <translation>Enter öppnar kortet.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="89"/>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="90"/>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="91"/>
        <source>Show all</source>
        <translation>Visa allt</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="92"/>
        <source>Export the map…</source>
        <translation>Exportera kartan…</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="104"/>
        <source>Blue: question · Green: end card · Red: urgent · Dashed: not reachable from the start · Thick blue frame: the walk so far</source>
        <translation>Blå: fråga · Grön: slutkort · Röd: akut · Streckad: kan inte nås från start · Tjock blå ram: vägen hittills</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="125"/>
        <source>not reachable from the start</source>
        <translation>kan inte nås från start</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="126"/>
        <source>question</source>
        <translation>fråga</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="126"/>
        <source>urgent end card</source>
        <translation>akut slutkort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="127"/>
        <source>end card</source>
        <translation>slutkort</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="151"/>
        <source>on your walk</source>
        <translation>på din väg</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="203"/>
        <source>Export the map</source>
        <translation>Exportera kartan</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="205"/>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG-bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="217"/>
        <source>Could not save</source>
        <translation>Kunde inte spara</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="218"/>
        <source>The map was not saved: %1</source>
        <translation>Kartan sparades inte: %1</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../../tiltakskort/ui/deckopening.py" line="34"/>
        <source>The deck has problems</source>
        <translation>Kortleken har problem</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/deckopening.py" line="39"/>
        <source>The deck in %1 could not be opened. The app keeps the deck it had. Problems:</source>
        <translation>Kortleken i %1 kunde inte öppnas. Appen behåller kortleken den hade. Problem:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/deckopening.py" line="45"/>
        <source>Problems in the deck</source>
        <translation>Problem i kortleken</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="244"/>
        <source>Choose a scenario</source>
        <translation>Välj ett scenario</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="249"/>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="253"/>
        <source>Open the scenario</source>
        <translation>Öppna scenariot</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="255"/>
        <location filename="../../tiltakskort/training/widgets.py" line="443"/>
        <source>Today&apos;s results</source>
        <translation>Dagens resultat</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="257"/>
        <source>Close the exercise</source>
        <translation>Avsluta övningen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="274"/>
        <source>Start – walk through the cards</source>
        <translation>Starta – gå igenom korten</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="279"/>
        <source>Back to the list</source>
        <translation>Tillbaka till listan</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="305"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="309"/>
        <source>One step back</source>
        <translation>Ett steg tillbaka</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="311"/>
        <source>Other scenarios</source>
        <translation>Andra scenarier</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="381"/>
        <source>Right! You reached the expected card.</source>
        <translation>Rätt! Ni kom fram till det förväntade kortet.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="383"/>
        <source>The walk you chose:</source>
        <translation>Vägen ni valde:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="388"/>
        <source>Not quite. This is where the walks part:</source>
        <translation>Inte riktigt. Här skiljs vägarna åt:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="395"/>
        <source>Shared walk: </source>
        <translation>Gemensam väg: </translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="402"/>
        <source>You chose</source>
        <translation>Ni valde</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="403"/>
        <source>Expected</source>
        <translation>Förväntat</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="423"/>
        <source>Right on the first try: %1 of %2</source>
        <translation>Rätt på första försöket: %1 av %2</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="433"/>
        <source>right the first time</source>
        <translation>rätt första gången</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="435"/>
        <source>not right the first time</source>
        <translation>inte rätt första gången</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="437"/>
        <source>attempts</source>
        <translation>försök</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/training/widgets.py" line="445"/>
        <source>No scenario has been tried yet.</source>
        <translation>Inga scenarier har prövats ännu.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../tiltakskort/ui/app.py" line="65"/>
        <source>Something went wrong in the app. What you were doing may not have finished; the cards are still there.</source>
        <translation>Något gick fel i appen. Det du höll på med kanske inte blev klart, men korten finns kvar.</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../../tiltakskort/ui/documents.py" line="119"/>
        <source>Could not open the file</source>
        <translation>Kunde inte öppna filen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/documents.py" line="120"/>
        <source>%1 could not be opened: %2.</source>
        <translation>%1 kunde inte öppnas: %2.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/documents.py" line="128"/>
        <source>No program for the file</source>
        <translation>Inget program för filen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/documents.py" line="129"/>
        <source>No program to open %1 files was found on this PC.</source>
        <translation>Hittade inget program som kan öppna %1-filer på den här datorn.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="54"/>
        <source>Printing is turned off</source>
        <translation>Utskrift är avstängd</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="55"/>
        <source>Printing and saving as PDF are turned off on this PC.</source>
        <translation>Utskrift och att spara som PDF är avstängt på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="66"/>
        <source>Could not write the PDF</source>
        <translation>Kunde inte spara PDF-filen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="67"/>
        <source>The file %1 could not be written: %2. The cards are still open; try another folder, or close the file if it is open in another program.</source>
        <translation>Filen %1 kunde inte sparas: %2. Korten är fortfarande öppna; prova en annan mapp, eller stäng filen om den är öppen i ett annat program.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="107"/>
        <source>Making the printout…</source>
        <translation>Gör utskriften …</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="136"/>
        <source>Print the steps</source>
        <translation>Skriv ut stegen</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="165"/>
        <source>The printer could not be started.</source>
        <translation>Skrivaren kunde inte startas.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="171"/>
        <source>The printer stopped.</source>
        <translation>Skrivaren stannade.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="204"/>
        <source>Printing is not available</source>
        <translation>Utskrift är inte tillgänglig</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="205"/>
        <source>This build cannot print. Use Save as PDF instead.</source>
        <translation>Den här versionen kan inte skriva ut. Använd Spara som PDF i stället.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="223"/>
        <source>Could not print</source>
        <translation>Kunde inte skriva ut</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="224"/>
        <source>The steps could not be printed: %1. The cards are still open.</source>
        <translation>Stegen kunde inte skrivas ut: %1. Korten är fortfarande öppna.</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="336"/>
        <source>Save the steps as PDF</source>
        <translation>Spara stegen som PDF</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="355"/>
        <source>Card booklet</source>
        <translation>Kortsamling</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="356"/>
        <source>Card size:</source>
        <translation>Kortstorlek:</translation>
    </message>
    <message>
        <location filename="../../tiltakskort/ui/printing.py" line="369"/>
        <source>Save the card booklet</source>
        <translation>Spara kortsamlingen</translation>
    </message>
</context>
</TS>
