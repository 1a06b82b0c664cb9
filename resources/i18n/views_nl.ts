<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Criteria</name>
    <message>
        <source>0–100 (direct)</source>
        <translation>0–100 (direct)</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Groep toevoegen</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Criterium toevoegen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move to group…</source>
        <translation>Naar groep verplaatsen…</translation>
    </message>
    <message>
        <source>What does this criterion mean?</source>
        <translation>Wat betekent dit criterium?</translation>
    </message>
    <message>
        <source>Save description</source>
        <translation>Beschrijving opslaan</translation>
    </message>
    <message>
        <source>Levels (qualitative)</source>
        <translation>Niveaus (kwalitatief)</translation>
    </message>
    <message>
        <source>Number (worst to best)</source>
        <translation>Getal (slechtst tot best)</translation>
    </message>
    <message>
        <source>Direct value 0–100</source>
        <translation>Directe waarde 0–100</translation>
    </message>
    <message>
        <source>Apply scale</source>
        <translation>Schaal toepassen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Slechtst</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Best</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <source>Groups hold criteria; options are scored on the criteria. Weights are set under Criteria and weights.</source>
        <translation>Groepen bevatten criteria; de opties krijgen scores op de criteria. Gewichten stelt u in onder Criteria en gewichten.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Een criterium heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Write the levels as “label = value”, separated by “;”, e.g. “-- = 0; 0 = 50; ++ = 100”.</source>
        <translation>Schrijf de niveaus als “label = waarde”, gescheiden door “;”, bijvoorbeeld “-- = 0; 0 = 50; ++ = 100”.</translation>
    </message>
    <message>
        <source>Give two different numbers for worst and best.</source>
        <translation>Geef twee verschillende getallen voor slechtst en best.</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nieuw criterium</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nieuwe groep</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Criterium verwijderen</translation>
    </message>
    <message>
        <source>Remove “{name}”, what lies under it and its {n} scores? (Undo brings them back.)</source>
        <translation>“{name}” verwijderen, met wat eronder valt en de {n} scores? (Ongedaan maken zet ze terug.)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(bovenste niveau)</translation>
    </message>
    <message>
        <source>Move to group</source>
        <translation>Naar groep verplaatsen</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Time</source>
        <extracomment>columns whose (possibly long) text is also shown as a tooltip</extracomment>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Momentopname</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Welke</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Take snapshot…</source>
        <translation>Momentopname maken…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <source>Select two snapshots to compare them, or one to compare it with the case now.</source>
        <translation>Kies twee momentopnamen om ze te vergelijken, of één om die met de casus van nu te vergelijken.</translation>
    </message>
    <message>
        <source>Every change: who, when, what</source>
        <translation>Elke wijziging: wie, wanneer, wat</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Toon:</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Momentopnamen</translation>
    </message>
    <message>
        <source>History and snapshots are kept in a document; use File › Save as to make one.</source>
        <translation>Geschiedenis en momentopnamen worden in een document bewaard; maak er een met Bestand › Opslaan als.</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Momentopname maken</translation>
    </message>
    <message>
        <source>Name of the snapshot (e.g. “after workshop round 1”):</source>
        <translation>Naam van de momentopname (bijvoorbeeld “na workshopronde 1”):</translation>
    </message>
    <message>
        <source>A snapshot needs a name.</source>
        <translation>Een momentopname heeft een naam nodig.</translation>
    </message>
    <message>
        <source>There is already a snapshot named “{name}”.</source>
        <translation>Er is al een momentopname met de naam “{name}”.</translation>
    </message>
    <message>
        <source>Snapshot “{name}” taken.</source>
        <translation>Momentopname “{name}” gemaakt.</translation>
    </message>
    <message>
        <source>Snapshot “{name}” restored (Undo takes it back).</source>
        <translation>Momentopname “{name}” teruggezet (Ongedaan maken draait dit terug).</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>From “{a}” to “{b}”: {n} differences</source>
        <translation>Van “{a}” naar “{b}”: {n} verschillen</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Juridische grondslag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>An option needs a name.</source>
        <translation>Een optie heeft een naam nodig.</translation>
    </message>
    <message>
        <source>The options (forms of cooperation) being compared. Double-click a cell to edit it; the colour is used in every chart.</source>
        <translation>De opties (samenwerkingsvormen) die worden vergeleken. Dubbelklik op een cel om die te bewerken; de kleur wordt in elke grafiek gebruikt.</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Optie toevoegen</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Kleur…</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Nieuwe optie</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Optie verwijderen</translation>
    </message>
    <message>
        <source>Remove “{name}” and its {n} scores? (Undo brings them back.)</source>
        <translation>“{name}” en de {n} scores verwijderen? (Ongedaan maken zet ze terug.)</translation>
    </message>
    <message>
        <source>Colour of {name}</source>
        <translation>Kleur van {name}</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Rank</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Totaalwaarde</translation>
    </message>
    <message>
        <source>Contribution of “{group}” to the total value</source>
        <translation>Bijdrage van “{group}” aan de totaalwaarde</translation>
    </message>
    <message>
        <source>Total value 0–100: the weighted sum of the scores. The group columns show how much each criteria group contributes; together they make the total.</source>
        <translation>Totaalwaarde 0–100: de gewogen som van de scores. De groepskolommen tonen de bijdrage van elke criteriagroep; samen vormen ze het totaal.</translation>
    </message>
    <message>
        <source>Ranking for the profile “{name}”</source>
        <translation>Rangorde voor het profiel “{name}”</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangorde</translation>
    </message>
    <message>
        <source>No options yet — add one under Options.</source>
        <translation>Nog geen opties — voeg er een toe onder Opties.</translation>
    </message>
    <message>
        <source>No criteria yet — add one under Criteria.</source>
        <translation>Nog geen criteria — voeg er een toe onder Criteria.</translation>
    </message>
    <message>
        <source>No profile yet — add one under Criteria and weights.</source>
        <translation>Nog geen profiel — voeg er een toe onder Criteria en gewichten.</translation>
    </message>
    <message>
        <source>The ranking cannot be computed for this case.</source>
        <translation>De rangorde kan voor deze casus niet worden berekend.</translation>
    </message>
</context>
<context>
    <name>Scores</name>
    <message>
        <source>{unit} excludes this option: {reason}</source>
        <extracomment>a typed value was refused: the message for the user the cell whose typed value was refused last (shown in the error state) the unit whose scores are shown and edited (None: the case-wide scores)</extracomment>
        <translation>{unit} sluit deze optie uit: {reason}</translation>
    </message>
    <message>
        <source>No score yet: type one to start.</source>
        <translation>Nog geen score: typ er een om te beginnen.</translation>
    </message>
    <message>
        <source>Score: {v}</source>
        <translation>Score: {v}</translation>
    </message>
    <message>
        <source>Range: {low} to {high}</source>
        <translation>Bandbreedte: {low} tot {high}</translation>
    </message>
    <message>
        <source>Source: {s}</source>
        <translation>Bron: {s}</translation>
    </message>
    <message>
        <source>≈ An estimate (a judgement, not a fact).</source>
        <translation>≈ Een inschatting (een oordeel, geen feit).</translation>
    </message>
    <message>
        <source>† Source from after the moment of decision ({date}, decided {as_of}).</source>
        <translation>† Bron van na het beslismoment ({date}, besloten {as_of}).</translation>
    </message>
    <message>
        <source>● Own score of {unit}; it replaces the case-wide score {wide}.</source>
        <translation>● Eigen score van {unit}; die vervangt de algemene score {wide}.</translation>
    </message>
    <message>
        <source>This cell shows the case-wide score; choose All units to clear it.</source>
        <translation>Deze cel toont de algemene score; kies Alle onderdelen om die te wissen.</translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>a typed value was refused (the message is beside the cell)</extracomment>
        <translation>Score</translation>
    </message>
    <message>
        <source>Range from</source>
        <translation>Bandbreedte van</translation>
    </message>
    <message>
        <source>Range to</source>
        <translation>Bandbreedte tot</translation>
    </message>
    <message>
        <source>Why this score? (Ctrl+Enter saves)</source>
        <translation>Waarom deze score? (Ctrl+Enter slaat op)</translation>
    </message>
    <message>
        <source>Where does the fact come from?</source>
        <translation>Waar komt het feit vandaan?</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Score wissen</translation>
    </message>
    <message>
        <source>Back to the case-wide score</source>
        <translation>Terug naar de algemene score</translation>
    </message>
    <message>
        <source>Estimate (a judgement, not a fact)</source>
        <translation>Inschatting (een oordeel, geen feit)</translation>
    </message>
    <message>
        <source>Date of the source, e.g. 2019-05</source>
        <translation>Datum van de bron, bijv. 2019-05</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Choose a cell to see and edit its score.</source>
        <translation>Kies een cel om de score te zien en te bewerken.</translation>
    </message>
    <message>
        <source>Own score of {unit}; the case-wide score is {wide}.</source>
        <translation>Eigen score van {unit}; de algemene score is {wide}.</translation>
    </message>
    <message>
        <source>{unit} uses the case-wide score; a change gives it its own.</source>
        <translation>{unit} gebruikt de algemene score; een wijziging geeft het een eigen score.</translation>
    </message>
    <message>
        <source>Levels: {levels}</source>
        <translation>Niveaus: {levels}</translation>
    </message>
    <message>
        <source>A number from 0 to 100</source>
        <translation>Een getal van 0 tot 100</translation>
    </message>
    <message>
        <source>A number from {low} to {high} {unit}</source>
        <translation>Een getal van {low} tot {high} {unit}</translation>
    </message>
    <message>
        <source>Give the score first.</source>
        <translation>Geef eerst de score.</translation>
    </message>
    <message>
        <source>Type a level or a number to change a score; Enter saves, Delete clears. Hatched cells have no score yet; italic ones have no rationale. Hover over a cell for its range and rationale.</source>
        <translation>Typ een niveau of een getal om een score te wijzigen; Enter slaat op, Delete wist. Gearceerde cellen hebben nog geen score; cursieve nog geen onderbouwing. Wijs een cel aan voor de bandbreedte en de onderbouwing.</translation>
    </message>
</context>
</TS>
