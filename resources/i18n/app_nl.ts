<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Catalogue</name>
    <message>
        <source>Ranking</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Gevoeligheid</translation>
    </message>
    <message>
        <source>Compare two options</source>
        <translation>Vergelijk</translation>
    </message>
    <message>
        <source>Option profile</source>
        <translation>Optieprofiel</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Belanghebbenden</translation>
    </message>
    <message>
        <source>Trade-off map</source>
        <translation>Afwegingskaart</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Per onderdeel</translation>
    </message>
    <message>
        <source>Robustness</source>
        <translation>Robuustheid</translation>
    </message>
    <message>
        <source>What would it take?</source>
        <translation>Wat is ervoor nodig?</translation>
    </message>
    <message>
        <source>Group view</source>
        <translation>Groepsbeeld</translation>
    </message>
    <message>
        <source>Scores</source>
        <extracomment>a central tab, or a dock on one side of the window the tab groups, in the order of the tab bar: preparing the case, weighing, accounting for it</extracomment>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Deelname</translation>
    </message>
    <message>
        <source>Criteria and weights</source>
        <translation>Criteria en gewichten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}</source>
        <translation>De wijziging kon niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Export JSON…</source>
        <translation>JSON &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Bee&amp;ld</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Help contents</source>
        <translation>&amp;Inhoud van de hulp</translation>
    </message>
    <message>
        <source>The &amp;method</source>
        <translation>De &amp;methode</translation>
    </message>
    <message>
        <source>&amp;About Vormkeuze</source>
        <translation>&amp;Over Vormkeuze</translation>
    </message>
    <message>
        <source>&amp;Undo: {what}</source>
        <translation>&amp;Ongedaan maken: {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo: {what}</source>
        <translation>Opn&amp;ieuw: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profiel:</translation>
    </message>
    <message>
        <source>The profile (weighting) the results are shown for</source>
        <translation>Het profiel (de weging) waarvoor de resultaten getoond worden</translation>
    </message>
    <message>
        <source>(no recent files)</source>
        <translation>(geen recente bestanden)</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>Presentatiemodus</translation>
    </message>
    <message>
        <source>Swap presentation screens</source>
        <translation>Presentatieschermen wisselen</translation>
    </message>
    <message>
        <source>Start a participation &amp;round…</source>
        <translation>Deelname&amp;ronde starten…</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Profiel: {name}</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(niet opgeslagen)</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[alleen-lezen]</translation>
    </message>
    <message>
        <source>You can keep working. Save a repaired copy (without the damaged parts) now?</source>
        <translation>U kunt gewoon doorwerken. Nu een herstelde kopie (zonder de beschadigde delen) bewaren?</translation>
    </message>
    <message>
        <source>Damaged document</source>
        <translation>Beschadigd document</translation>
    </message>
    <message>
        <source>Save a repaired copy</source>
        <translation>Herstelde kopie bewaren</translation>
    </message>
    <message>
        <source>New document: {path}</source>
        <translation>Nieuw document: {path}</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Een casus openen</translation>
    </message>
    <message>
        <source>Vormkeuze documents and cases (*.vormkeuze *.json)</source>
        <translation>Vormkeuze-documenten en casussen (*.vormkeuze *.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Import a JSON case</source>
        <translation>Een JSON-casus importeren</translation>
    </message>
    <message>
        <source>JSON case files (*.json)</source>
        <translation>JSON-casusbestanden (*.json)</translation>
    </message>
    <message>
        <source>… and {n} more problems.</source>
        <translation>… en nog {n} problemen.</translation>
    </message>
    <message>
        <source>{path} cannot be opened:</source>
        <translation>{path} kan niet worden geopend:</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <source>Vormkeuze documents (*.vormkeuze)</source>
        <translation>Vormkeuze-documenten (*.vormkeuze)</translation>
    </message>
    <message>
        <source>Saved as {path}</source>
        <translation>Opgeslagen als {path}</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exporteren als JSON</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>The language changes to English when Vormkeuze starts again.</source>
        <translation>De taal wordt Engels wanneer Vormkeuze opnieuw start.</translation>
    </message>
    <message>
        <source>The language changes to Dutch when Vormkeuze starts again.</source>
        <translation>De taal wordt Nederlands wanneer Vormkeuze opnieuw start.</translation>
    </message>
    <message>
        <source>About Vormkeuze</source>
        <translation>Over Vormkeuze</translation>
    </message>
    <message>
        <source>Compare forms of municipal cooperation openly, with multi-criteria analysis.</source>
        <translation>Vergelijk vormen van gemeentelijke samenwerking open en navolgbaar, met multicriteria-analyse.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Create &amp;report…</source>
        <translation>&amp;Rapport maken…</translation>
    </message>
</context>
</TS>
