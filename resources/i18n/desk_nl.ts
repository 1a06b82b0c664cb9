<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Desk</name>
    <message>
        <source>and {n} more</source>
        <translation>en {n} meer</translation>
    </message>
    <message>
        <source>Provisional: 1 score is missing</source>
        <translation>Voorlopig: 1 score ontbreekt</translation>
    </message>
    <message>
        <source>Provisional: {n} scores are missing</source>
        <translation>Voorlopig: {n} scores ontbreken</translation>
    </message>
    <message>
        <source>Computed without the criteria that are not complete: {names}.</source>
        <translation>Berekend zonder de criteria die nog niet compleet zijn: {names}.</translation>
    </message>
    <message>
        <source>Options not yet in the result: {names}.</source>
        <translation>Nog niet in het resultaat: {names}.</translation>
    </message>
    <message>
        <source>Nothing can be computed yet: fill in the scores of at least two options, or every score of one criterion.</source>
        <translation>Er valt nog niets te berekenen: vul de scores van minstens twee opties in, of alle scores van één criterium.</translation>
    </message>
    <message>
        <source>Go to the first missing score</source>
        <translation>Naar de eerste ontbrekende score</translation>
    </message>
</context>
<context>
    <name>DiffWords</name>
    <message>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(bovenste niveau)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>range from</source>
        <translation>bandbreedte van</translation>
    </message>
    <message>
        <source>range to</source>
        <translation>bandbreedte tot</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>onderbouwing</translation>
    </message>
    <message>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>schaal</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <source>order</source>
        <translation>volgorde</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>kleur</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>juridische grondslag</translation>
    </message>
    <message>
        <source>elicitation</source>
        <translation>weging (elicitatie)</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>Prepare</source>
        <translation>Voorbereiden</translation>
    </message>
    <message>
        <source>Weigh</source>
        <translation>Afwegen</translation>
    </message>
    <message>
        <source>Account for</source>
        <translation>Verantwoorden</translation>
    </message>
    <message>
        <source>{group} (Alt+{n})</source>
        <translation>{group} (Alt+{n})</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Vormkeuze help</source>
        <translation>Hulp bij Vormkeuze</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vooruit</translation>
    </message>
    <message>
        <source>How to read this (F1)</source>
        <translation>Hoe lees je dit? (F1)</translation>
    </message>
    <message>
        <source>Opens the explanation in the help</source>
        <translation>Opent de uitleg in de hulp</translation>
    </message>
</context>
<context>
    <name>HistoryWords</name>
    <message>
        <source>All changes</source>
        <extracomment>change key -&gt; filter category</extracomment>
        <translation>Alle wijzigingen</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Rationales and sources</source>
        <translation>Onderbouwingen en bronnen</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichten</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
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
        <source>Case details and snapshots</source>
        <translation>Casusgegevens en momentopnamen</translation>
    </message>
    <message>
        <source>Give score</source>
        <translation>Score geven</translation>
    </message>
    <message>
        <source>Change score</source>
        <translation>Score wijzigen</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Score wissen</translation>
    </message>
    <message>
        <source>Change range</source>
        <translation>Bandbreedte wijzigen</translation>
    </message>
    <message>
        <source>Change rationale</source>
        <translation>Onderbouwing wijzigen</translation>
    </message>
    <message>
        <source>Change source</source>
        <translation>Bron wijzigen</translation>
    </message>
    <message>
        <source>Change rationale and source</source>
        <translation>Onderbouwing en bron wijzigen</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>Gewicht wijzigen</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profiel toevoegen</translation>
    </message>
    <message>
        <source>Change profile</source>
        <translation>Profiel wijzigen</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Optie toevoegen</translation>
    </message>
    <message>
        <source>Change option</source>
        <translation>Optie wijzigen</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Optie verwijderen</translation>
    </message>
    <message>
        <source>Move option</source>
        <translation>Optie verplaatsen</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Criterium toevoegen</translation>
    </message>
    <message>
        <source>Change criterion</source>
        <translation>Criterium wijzigen</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Criterium verwijderen</translation>
    </message>
    <message>
        <source>Move criterion</source>
        <translation>Criterium verplaatsen</translation>
    </message>
    <message>
        <source>Restore snapshot</source>
        <translation>Momentopname terugzetten</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>Onderdeel wijzigen</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>Onderdeel verwijderen</translation>
    </message>
    <message>
        <source>Change exclusion</source>
        <translation>Uitsluiting wijzigen</translation>
    </message>
    <message>
        <source>Save round as profiles</source>
        <translation>Ronde opslaan als profielen</translation>
    </message>
    <message>
        <source>Change case details</source>
        <translation>Casusgegevens wijzigen</translation>
    </message>
    <message>
        <source>Score given</source>
        <translation>Score gegeven</translation>
    </message>
    <message>
        <source>Score changed</source>
        <translation>Score gewijzigd</translation>
    </message>
    <message>
        <source>Score cleared</source>
        <translation>Score gewist</translation>
    </message>
    <message>
        <source>Range changed</source>
        <translation>Bandbreedte gewijzigd</translation>
    </message>
    <message>
        <source>Rationale changed</source>
        <translation>Onderbouwing gewijzigd</translation>
    </message>
    <message>
        <source>Source changed</source>
        <translation>Bron gewijzigd</translation>
    </message>
    <message>
        <source>Rationale and source changed</source>
        <translation>Onderbouwing en bron gewijzigd</translation>
    </message>
    <message>
        <source>Weight changed</source>
        <translation>Gewicht gewijzigd</translation>
    </message>
    <message>
        <source>Profile added</source>
        <translation>Profiel toegevoegd</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profiel gewijzigd</translation>
    </message>
    <message>
        <source>Profile removed</source>
        <translation>Profiel verwijderd</translation>
    </message>
    <message>
        <source>Option added</source>
        <translation>Optie toegevoegd</translation>
    </message>
    <message>
        <source>Option changed</source>
        <translation>Optie gewijzigd</translation>
    </message>
    <message>
        <source>Option removed</source>
        <translation>Optie verwijderd</translation>
    </message>
    <message>
        <source>Option moved</source>
        <translation>Optie verplaatst</translation>
    </message>
    <message>
        <source>Criterion added</source>
        <translation>Criterium toegevoegd</translation>
    </message>
    <message>
        <source>Criterion changed</source>
        <translation>Criterium gewijzigd</translation>
    </message>
    <message>
        <source>Criterion removed</source>
        <translation>Criterium verwijderd</translation>
    </message>
    <message>
        <source>Criterion moved</source>
        <translation>Criterium verplaatst</translation>
    </message>
    <message>
        <source>Snapshot restored</source>
        <translation>Momentopname teruggezet</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <source>Unit added</source>
        <translation>Onderdeel toegevoegd</translation>
    </message>
    <message>
        <source>Unit changed</source>
        <translation>Onderdeel gewijzigd</translation>
    </message>
    <message>
        <source>Unit removed</source>
        <translation>Onderdeel verwijderd</translation>
    </message>
    <message>
        <source>Exclusion changed</source>
        <translation>Uitsluiting gewijzigd</translation>
    </message>
    <message>
        <source>Round saved as profiles</source>
        <translation>Ronde opgeslagen als profielen</translation>
    </message>
    <message>
        <source>Case details changed</source>
        <translation>Casusgegevens gewijzigd</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>{name} cannot be written here; it is open read-only.</source>
        <translation>{name} kan hier niet worden geschreven; het is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>{name} is open elsewhere; it is open read-only here.</source>
        <translation>{name} is elders geopend; hier is het alleen-lezen.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>een andere gebruiker</translation>
    </message>
    <message>
        <source>{name} is in use by {who} on {host} since {since}; read-only here.</source>
        <translation>{name} is in gebruik bij {who} op {host} sinds {since}; hier alleen-lezen.</translation>
    </message>
    <message>
        <source>{name} is in use by {who} on {host}; read-only here.</source>
        <translation>{name} is in gebruik bij {who} op {host}; hier alleen-lezen.</translation>
    </message>
    <message>
        <source>{name} is in use by {who}; read-only here.</source>
        <translation>{name} is in gebruik bij {who}; hier alleen-lezen.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>Open a copy to try things</source>
        <translation>Open een kopie om te proberen</translation>
    </message>
    <message>
        <source>Read-only: this change is not kept. Use “Open a copy to try things” to experiment.</source>
        <translation>Alleen-lezen: deze wijziging wordt niet bewaard. Kies “Open een kopie om te proberen” om vrij te schuiven.</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(kopie)</translation>
    </message>
    <message>
        <source>You are working in a copy: {path}</source>
        <translation>U werkt in een kopie: {path}</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>juridische grondslag</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>onderbouwing</translation>
    </message>
    <message>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <source>Option {name}</source>
        <translation>Optie {name}</translation>
    </message>
    <message>
        <source>Criterion {name}</source>
        <translation>Criterium {name}</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Words in names, descriptions, rationales or sources</source>
        <translation>Woorden in namen, beschrijvingen, onderbouwingen of bronnen</translation>
    </message>
    <message>
        <source>Type a word to search the case.</source>
        <translation>Typ een woord om in de casus te zoeken.</translation>
    </message>
    <message>
        <source>Nothing found for “{text}”.</source>
        <translation>Niets gevonden voor “{text}”.</translation>
    </message>
    <message>
        <source>{n} texts found, in {cells} score cells.</source>
        <translation>{n} teksten gevonden, in {cells} scorecellen.</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
</context>
</TS>
