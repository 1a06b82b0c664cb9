<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Criteria</name>
    <message>
        <location filename="../../gui/views/criteria.py" line="61"/>
        <source>0–100 (direct)</source>
        <translation>0–100 (direct)</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="107"/>
        <source>Add group</source>
        <translation>Groep toevoegen</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="108"/>
        <source>Add criterion</source>
        <translation>Criterium toevoegen</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="109"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="110"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="111"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="112"/>
        <source>Move to group…</source>
        <translation>Naar groep verplaatsen…</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="125"/>
        <source>What does this criterion mean?</source>
        <translation>Wat betekent dit criterium?</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="126"/>
        <source>Save description</source>
        <translation>Beschrijving opslaan</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="130"/>
        <source>Levels (qualitative)</source>
        <translation>Niveaus (kwalitatief)</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="131"/>
        <source>Number (worst to best)</source>
        <translation>Getal (slechtst tot best)</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="132"/>
        <source>Direct value 0–100</source>
        <translation>Directe waarde 0–100</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="141"/>
        <source>Apply scale</source>
        <translation>Schaal toepassen</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="149"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="150"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="153"/>
        <location filename="../../gui/views/criteria.py" line="217"/>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="154"/>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="155"/>
        <source>Worst</source>
        <translation>Slechtst</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="156"/>
        <source>Best</source>
        <translation>Best</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="157"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="174"/>
        <source>Groups hold criteria; options are scored on the criteria. Weights are set under Criteria and weights.</source>
        <translation>Groepen bevatten criteria; de opties krijgen scores op de criteria. Gewichten stelt u in onder Criteria en gewichten.</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="217"/>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="319"/>
        <source>A criterion needs a name.</source>
        <translation>Een criterium heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="350"/>
        <source>Write the levels as “label = value”, separated by “;”, e.g. “-- = 0; 0 = 50; ++ = 100”.</source>
        <translation>Schrijf de niveaus als “label = waarde”, gescheiden door “;”, bijvoorbeeld “-- = 0; 0 = 50; ++ = 100”.</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="362"/>
        <source>Give two different numbers for worst and best.</source>
        <translation>Geef twee verschillende getallen voor slechtst en best.</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="381"/>
        <location filename="../../gui/views/criteria.py" line="402"/>
        <source>New criterion</source>
        <translation>Nieuw criterium</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="383"/>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="420"/>
        <source>Remove criterion</source>
        <translation>Criterium verwijderen</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="421"/>
        <source>Remove “{name}”, what lies under it and its {n} scores? (Undo brings them back.)</source>
        <translation>“{name}” verwijderen, met wat eronder valt en de {n} scores? (Ongedaan maken zet ze terug.)</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="454"/>
        <source>(top level)</source>
        <translation>(bovenste niveau)</translation>
    </message>
    <message>
        <location filename="../../gui/views/criteria.py" line="456"/>
        <source>Move to group</source>
        <translation>Naar groep verplaatsen</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../gui/views/history.py" line="150"/>
        <location filename="../../gui/views/history.py" line="193"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="151"/>
        <location filename="../../gui/views/history.py" line="194"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="152"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="153"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="192"/>
        <source>Snapshot</source>
        <translation>Momentopname</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="217"/>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="218"/>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="219"/>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="220"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="221"/>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="222"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="251"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="252"/>
        <source>Which</source>
        <translation>Welke</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="253"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="254"/>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="255"/>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="303"/>
        <source>Take snapshot…</source>
        <translation>Momentopname maken…</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="304"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="305"/>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="307"/>
        <source>Select two snapshots to compare them, or one to compare it with the case now.</source>
        <translation>Kies twee momentopnamen om ze te vergelijken, of één om die met de casus van nu te vergelijken.</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="322"/>
        <source>Every change: who, when, what</source>
        <translation>Elke wijziging: wie, wanneer, wat</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="327"/>
        <source>Snapshots</source>
        <translation>Momentopnamen</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="357"/>
        <source>History and snapshots are kept in a document; use File › Save as to make one.</source>
        <translation>Geschiedenis en momentopnamen worden in een document bewaard; maak er een met Bestand › Opslaan als.</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="403"/>
        <source>Take snapshot</source>
        <translation>Momentopname maken</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="404"/>
        <source>Name of the snapshot (e.g. “after workshop round 1”):</source>
        <translation>Naam van de momentopname (bijvoorbeeld “na workshopronde 1”):</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="410"/>
        <source>A snapshot needs a name.</source>
        <translation>Een momentopname heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="414"/>
        <source>There is already a snapshot named “{name}”.</source>
        <translation>Er is al een momentopname met de naam “{name}”.</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="425"/>
        <source>Snapshot “{name}” taken.</source>
        <translation>Momentopname “{name}” gemaakt.</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="441"/>
        <source>Snapshot “{name}” restored (Undo takes it back).</source>
        <translation>Momentopname “{name}” teruggezet (Ongedaan maken draait dit terug).</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="460"/>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <location filename="../../gui/views/history.py" line="462"/>
        <source>From “{a}” to “{b}”: {n} differences</source>
        <translation>Van “{a}” naar “{b}”: {n} verschillen</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <location filename="../../gui/views/options.py" line="78"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../gui/views/options.py" line="79"/>
        <source>Legal basis</source>
        <translation>Juridische grondslag</translation>
    </message>
    <message>
        <location filename="../../gui/views/options.py" line="80"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../../gui/views/options.py" line="81"/>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <location filename="../../gui/views/options.py" line="125"/>
        <source>An option needs a name.</source>
        <translation>Een optie heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../gui/views/options.py" line="159"/>
        <source>The options (forms of cooperation) being compared. Double-click a cell to edit it; the colour is used in every chart.</source>
        <translation>De opties (samenwerkingsvormen) die worden vergeleken. Dubbelklik op een cel om die te bewerken; de kleur wordt in elke grafiek gebruikt.</translation>
    </message>
    <message>
        <location filename="../../gui/views/options.py" line="167"/>
        <source>Add option</source>
        <translation>Optie toevoegen</translation>
    </message>
    <message>
        <location filename="../../gui/views/options.py" line="168"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../gui/views/options.py" line="169"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../gui/views/options.py" line="170"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../gui/views/options.py" line="171"/>
        <source>Colour…</source>
        <translation>Kleur…</translation>
    </message>
    <message>
        <location filename="../../gui/views/options.py" line="225"/>
        <source>New option</source>
        <translation>Nieuwe optie</translation>
    </message>
    <message>
        <location filename="../../gui/views/options.py" line="243"/>
        <source>Remove option</source>
        <translation>Optie verwijderen</translation>
    </message>
    <message>
        <location filename="../../gui/views/options.py" line="244"/>
        <source>Remove “{name}” and its {n} scores? (Undo brings them back.)</source>
        <translation>“{name}” en de {n} scores verwijderen? (Ongedaan maken zet ze terug.)</translation>
    </message>
    <message>
        <location filename="../../gui/views/options.py" line="277"/>
        <source>Colour of {name}</source>
        <translation>Kleur van {name}</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../gui/views/results.py" line="88"/>
        <source>Rank</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../gui/views/results.py" line="90"/>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <location filename="../../gui/views/results.py" line="92"/>
        <source>Total value</source>
        <translation>Totaalwaarde</translation>
    </message>
    <message>
        <location filename="../../gui/views/results.py" line="97"/>
        <source>Contribution of “{group}” to the total value</source>
        <translation>Bijdrage van “{group}” aan de totaalwaarde</translation>
    </message>
    <message>
        <location filename="../../gui/views/results.py" line="156"/>
        <source>Total value 0–100: the weighted sum of the scores. The group columns show how much each criteria group contributes; together they make the total.</source>
        <translation>Totaalwaarde 0–100: de gewogen som van de scores. De groepskolommen tonen de bijdrage van elke criteriagroep; samen vormen ze het totaal.</translation>
    </message>
    <message>
        <location filename="../../gui/views/results.py" line="198"/>
        <source>Ranking for the profile “{name}”</source>
        <translation>Rangorde voor het profiel “{name}”</translation>
    </message>
    <message>
        <location filename="../../gui/views/results.py" line="200"/>
        <source>Ranking</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <location filename="../../gui/views/results.py" line="225"/>
        <source>No options yet — add one under Options.</source>
        <translation>Nog geen opties — voeg er een toe onder Opties.</translation>
    </message>
    <message>
        <location filename="../../gui/views/results.py" line="227"/>
        <source>No criteria yet — add one under Criteria.</source>
        <translation>Nog geen criteria — voeg er een toe onder Criteria.</translation>
    </message>
    <message>
        <location filename="../../gui/views/results.py" line="229"/>
        <source>No profile yet — add one under Criteria and weights.</source>
        <translation>Nog geen profiel — voeg er een toe onder Criteria en gewichten.</translation>
    </message>
    <message>
        <location filename="../../gui/views/results.py" line="233"/>
        <source>No scores yet for {option} — click a cell under Scores to begin.</source>
        <translation>Nog geen scores voor {option} — klik een cel onder Scores om te beginnen.</translation>
    </message>
    <message>
        <location filename="../../gui/views/results.py" line="236"/>
        <source>The ranking cannot be computed for this case.</source>
        <translation>De rangorde kan voor deze casus niet worden berekend.</translation>
    </message>
</context>
<context>
    <name>Scores</name>
    <message>
        <location filename="../../gui/views/scores.py" line="281"/>
        <source>No score yet: type one to start.</source>
        <extracomment>a typed value was refused: the message for the user</extracomment>
        <translation>Nog geen score: typ er een om te beginnen.</translation>
    </message>
    <message>
        <location filename="../../gui/views/scores.py" line="282"/>
        <source>Score: {v}</source>
        <translation>Score: {v}</translation>
    </message>
    <message>
        <location filename="../../gui/views/scores.py" line="286"/>
        <source>Range: {low} to {high}</source>
        <translation>Bandbreedte: {low} tot {high}</translation>
    </message>
    <message>
        <location filename="../../gui/views/scores.py" line="297"/>
        <source>Source: {s}</source>
        <translation>Bron: {s}</translation>
    </message>
    <message>
        <location filename="../../gui/views/scores.py" line="470"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../gui/views/scores.py" line="471"/>
        <source>Range from</source>
        <translation>Bandbreedte van</translation>
    </message>
    <message>
        <location filename="../../gui/views/scores.py" line="472"/>
        <source>Range to</source>
        <translation>Bandbreedte tot</translation>
    </message>
    <message>
        <location filename="../../gui/views/scores.py" line="492"/>
        <source>Why this score? (Ctrl+Enter saves)</source>
        <translation>Waarom deze score? (Ctrl+Enter slaat op)</translation>
    </message>
    <message>
        <location filename="../../gui/views/scores.py" line="496"/>
        <source>Where does the fact come from?</source>
        <translation>Waar komt het feit vandaan?</translation>
    </message>
    <message>
        <location filename="../../gui/views/scores.py" line="498"/>
        <source>Clear score</source>
        <translation>Score wissen</translation>
    </message>
    <message>
        <location filename="../../gui/views/scores.py" line="508"/>
        <source>Rationale</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <location filename="../../gui/views/scores.py" line="510"/>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <location filename="../../gui/views/scores.py" line="547"/>
        <source>Choose a cell to see and edit its score.</source>
        <translation>Kies een cel om de score te zien en te bewerken.</translation>
    </message>
    <message>
        <location filename="../../gui/views/scores.py" line="580"/>
        <source>Levels: {levels}</source>
        <translation>Niveaus: {levels}</translation>
    </message>
    <message>
        <location filename="../../gui/views/scores.py" line="584"/>
        <source>A number from 0 to 100</source>
        <translation>Een getal van 0 tot 100</translation>
    </message>
    <message>
        <location filename="../../gui/views/scores.py" line="589"/>
        <source>A number from {low} to {high} {unit}</source>
        <translation>Een getal van {low} tot {high} {unit}</translation>
    </message>
    <message>
        <location filename="../../gui/views/scores.py" line="601"/>
        <source>Give the score first.</source>
        <translation>Geef eerst de score.</translation>
    </message>
    <message>
        <location filename="../../gui/views/scores.py" line="664"/>
        <source>Type a level or a number to change a score; Enter saves, Delete clears. Hatched cells have no score yet; italic ones have no rationale. Hover over a cell for its range and rationale.</source>
        <translation>Typ een niveau of een getal om een score te wijzigen; Enter slaat op, Delete wist. Gearceerde cellen hebben nog geen score; cursieve nog geen onderbouwing. Wijs een cel aan voor de bandbreedte en de onderbouwing.</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../gui/views/__init__.py" line="61"/>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <location filename="../../gui/views/__init__.py" line="62"/>
        <source>low</source>
        <translation>ondergrens</translation>
    </message>
    <message>
        <location filename="../../gui/views/__init__.py" line="63"/>
        <source>high</source>
        <translation>bovengrens</translation>
    </message>
    <message>
        <location filename="../../gui/views/__init__.py" line="77"/>
        <source>Ranking</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <location filename="../../gui/views/__init__.py" line="79"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../gui/views/__init__.py" line="80"/>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <location filename="../../gui/views/__init__.py" line="81"/>
        <source>Criteria</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../gui/views/__init__.py" line="82"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
</context>
</TS>
