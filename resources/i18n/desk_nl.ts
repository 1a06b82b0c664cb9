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
</TS>
