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
        <source>Justify</source>
        <translation>Verantwoorden</translation>
    </message>
    <message>
        <source>Choose a group of views (Alt+1, Alt+2, Alt+3)</source>
        <translation>Kies een groep weergaven (Alt+1, Alt+2, Alt+3)</translation>
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
