<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Commands</name>
    <message>
        <location filename="../../gui/undo.py" line="28"/>
        <source>Add option</source>
        <translation>Optie toevoegen</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="29"/>
        <location filename="../../gui/undo.py" line="41"/>
        <source>Remove option</source>
        <translation>Optie verwijderen</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="30"/>
        <location filename="../../gui/undo.py" line="44"/>
        <source>Add criterion</source>
        <translation>Criterium toevoegen</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="31"/>
        <location filename="../../gui/undo.py" line="45"/>
        <source>Remove criterion</source>
        <translation>Criterium verwijderen</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="32"/>
        <location filename="../../gui/undo.py" line="46"/>
        <source>Move criterion</source>
        <translation>Criterium verplaatsen</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="33"/>
        <source>Restore snapshot</source>
        <translation>Momentopname terugzetten</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="35"/>
        <location filename="../../gui/undo.py" line="48"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="37"/>
        <source>Change score</source>
        <translation>Score wijzigen</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="38"/>
        <source>Change weight</source>
        <translation>Gewicht wijzigen</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="39"/>
        <source>Change profile</source>
        <translation>Profiel wijzigen</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="40"/>
        <source>Change option</source>
        <translation>Optie wijzigen</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="42"/>
        <source>Move option</source>
        <translation>Optie verplaatsen</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="43"/>
        <source>Change criterion</source>
        <translation>Criterium wijzigen</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="47"/>
        <source>Change case details</source>
        <translation>Casusgegevens wijzigen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/app.py" line="91"/>
        <location filename="../../gui/main_window.py" line="464"/>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="143"/>
        <source>This document is open read-only; changes cannot be saved.</source>
        <translation>Dit document is alleen-lezen geopend; wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="153"/>
        <source>The change could not be saved: {reason}</source>
        <translation>De wijziging kon niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="232"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="234"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="236"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="238"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="242"/>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="245"/>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="246"/>
        <source>&amp;Export JSON…</source>
        <translation>JSON &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="248"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="251"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="262"/>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="264"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="275"/>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="279"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="280"/>
        <source>The &amp;method</source>
        <translation>De &amp;methode</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="281"/>
        <source>&amp;About Vormkeuze</source>
        <translation>&amp;Over Vormkeuze</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="288"/>
        <source>&amp;Undo: {what}</source>
        <translation>&amp;Ongedaan maken: {what}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="290"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="293"/>
        <source>&amp;Redo: {what}</source>
        <translation>Opn&amp;ieuw: {what}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="295"/>
        <source>&amp;Redo</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="301"/>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="306"/>
        <source>Profile:</source>
        <translation>Profiel:</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="313"/>
        <source>The profile (weighting) the results are shown for</source>
        <translation>Het profiel (de weging) waarvoor de resultaten getoond worden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="325"/>
        <source>(no recent files)</source>
        <translation>(geen recente bestanden)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="391"/>
        <source>Profile: {name}</source>
        <translation>Profiel: {name}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="402"/>
        <source>(not saved)</source>
        <translation>(niet opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="408"/>
        <source>[read-only]</source>
        <translation>[alleen-lezen]</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="437"/>
        <source>{name} cannot be written here; it is opened read-only.</source>
        <translation>{name} kan hier niet worden beschreven; het is alleen-lezen geopend.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="446"/>
        <source>another user</source>
        <translation>een andere gebruiker</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="450"/>
        <source>{name} is open in another window or by {who}; it is opened read-only.</source>
        <translation>{name} is geopend in een ander venster of door {who}; het is alleen-lezen geopend.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="471"/>
        <source>New document: {path}</source>
        <translation>Nieuw document: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="479"/>
        <source>Open a case</source>
        <translation>Een casus openen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="481"/>
        <source>Vormkeuze documents and cases (*.vormkeuze *.json)</source>
        <translation>Vormkeuze-documenten en casussen (*.vormkeuze *.json)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="483"/>
        <location filename="../../gui/main_window.py" line="508"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="504"/>
        <source>Import a JSON case</source>
        <translation>Een JSON-casus importeren</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="506"/>
        <location filename="../../gui/main_window.py" line="577"/>
        <source>JSON case files (*.json)</source>
        <translation>JSON-casusbestanden (*.json)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="531"/>
        <source>… and {n} more problems.</source>
        <translation>… en nog {n} problemen.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="536"/>
        <source>{path} cannot be opened:</source>
        <translation>{path} kan niet worden geopend:</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="552"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="554"/>
        <source>Vormkeuze documents (*.vormkeuze)</source>
        <translation>Vormkeuze-documenten (*.vormkeuze)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="567"/>
        <source>Saved as {path}</source>
        <translation>Opgeslagen als {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="575"/>
        <source>Export as JSON</source>
        <translation>Exporteren als JSON</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="587"/>
        <source>Exported to {path}</source>
        <translation>Geëxporteerd naar {path}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="599"/>
        <source>The language changes to English when Vormkeuze starts again.</source>
        <translation>De taal wordt Engels wanneer Vormkeuze opnieuw start.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="604"/>
        <source>The language changes to Dutch when Vormkeuze starts again.</source>
        <translation>De taal wordt Nederlands wanneer Vormkeuze opnieuw start.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="612"/>
        <source>About Vormkeuze</source>
        <translation>Over Vormkeuze</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="615"/>
        <source>Compare forms of municipal cooperation openly, with multi-criteria analysis.</source>
        <translation>Vergelijk vormen van gemeentelijke samenwerking open en navolgbaar, met multicriteria-analyse.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="630"/>
        <source>The method</source>
        <translation>De methode</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="631"/>
        <source>Each option gets a score per criterion. Scores are mapped to values from 0 (worst) to 100 (best). A profile gives every criterion a weight; the weights within a group share out 100%. The total value of an option is the weighted sum of its values; the ranking orders the options by total value.</source>
        <translation>Elke optie krijgt per criterium een score. Scores worden omgezet naar waarden van 0 (slechtst) tot 100 (best). Een profiel geeft elk criterium een gewicht; de gewichten binnen een groep verdelen samen 100%. De totaalwaarde van een optie is de gewogen som van haar waarden; de rangorde zet de opties op volgorde van totaalwaarde.</translation>
    </message>
</context>
</TS>
