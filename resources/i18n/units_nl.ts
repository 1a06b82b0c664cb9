<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Units</name>
    <message>
        <source>Per unit: the best form per team, and what one form costs</source>
        <translation>Per onderdeel: de beste vorm per team, en wat één vorm kost</translation>
    </message>
    <message>
        <source>Each row is a unit (team), each column an option; ★ marks the unit&apos;s best option, — an option the unit excludes (hover for the reason). Below: the best choice with at most 1, 2, … forms; the rise from 1 form is what uniformity costs.</source>
        <translation>Elke rij is een onderdeel (team), elke kolom een optie; ★ markeert de beste optie van het onderdeel, — een optie die het onderdeel uitsluit (wijs aan voor de reden). Daaronder: de beste keuze met hoogstens 1, 2, … vormen; de stijging vanaf 1 vorm is wat uniformiteit kost.</translation>
    </message>
    <message>
        <source>Number of forms (at most)</source>
        <translation>Aantal vormen (hoogstens)</translation>
    </message>
    <message>
        <source>Value (0–100)</source>
        <translation>Totaalwaarde (0–100)</translation>
    </message>
    <message>
        <source>This case has no units (teams) yet. Add them in the view Units; then each team can have its own scores and exclude options.</source>
        <translation>Deze casus heeft nog geen onderdelen (teams). Voeg ze toe in de weergave Onderdelen; daarna kan elk team eigen scores krijgen en opties uitsluiten.</translation>
    </message>
    <message>
        <source>1 form</source>
        <translation>1 vorm</translation>
    </message>
    <message>
        <source>{n} forms</source>
        <translation>{n} vormen</translation>
    </message>
    <message>
        <source>{a}–{b} forms</source>
        <translation>{a}–{b} vormen</translation>
    </message>
    <message>
        <source>not possible (exclusions)</source>
        <translation>niet mogelijk (uitsluitingen)</translation>
    </message>
    <message>
        <source>{option} for every unit</source>
        <translation>{option} voor alle onderdelen</translation>
    </message>
    <message>
        <source>Cost of one form for all, against the best form per unit: {x}</source>
        <translation>Kosten van één vorm voor alles, tegenover de beste vorm per onderdeel: {x}</translation>
    </message>
    <message>
        <source>{unit} excludes {option}: {reason}</source>
        <translation>{unit} sluit {option} uit: {reason}</translation>
    </message>
    <message>
        <source>{unit} · {option}: {value}</source>
        <translation>{unit} · {option}: {value}</translation>
    </message>
    <message>
        <source>{n} own score(s) of this unit</source>
        <translation>{n} eigen score(s) van dit onderdeel</translation>
    </message>
    <message>
        <source>The best option for this unit</source>
        <translation>De beste optie voor dit onderdeel</translation>
    </message>
    <message>
        <source>A case may ask its question per unit (team). Each unit can have its own scores (choose it in the toolbar, then edit the scores) and can exclude options that cannot serve it. The view Per unit shows the best form per team.</source>
        <extracomment>asks the user a yes/no question (replaced in tests) asks the user for a text (title, label, default) -&gt; text or None (replaced in tests)</extracomment>
        <translation>Een casus kan zijn vraag per onderdeel (team) stellen. Elk onderdeel kan eigen scores hebben (kies het in de werkbalk en bewerk dan de scores) en opties uitsluiten die het niet kunnen dienen. De weergave Per onderdeel toont de beste vorm per team.</translation>
    </message>
    <message>
        <source>Add unit…</source>
        <translation>Onderdeel toevoegen…</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>Onderdeel verwijderen</translation>
    </message>
    <message>
        <source>How much the unit counts in a portfolio total (e.g. its fte)</source>
        <translation>Hoe zwaar het onderdeel telt in het totaal van een portfolio (bijvoorbeeld zijn fte)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Omvang</translation>
    </message>
    <message>
        <source>Excluded option</source>
        <translation>Uitgesloten optie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Options this unit cannot take (tick, give the reason):</source>
        <translation>Opties die dit onderdeel niet kan nemen (aanvinken, reden geven):</translation>
    </message>
    <message>
        <source>e.g. 2019-06</source>
        <translation>bijv. 2019-06</translation>
    </message>
    <message>
        <source>The moment of the decision this case is about (2019, 2019-06 or 2019-06-30): scores whose source dates from later are marked as hindsight</source>
        <translation>Het beslismoment waar deze casus over gaat (2019, 2019-06 of 2019-06-30): scores met een bron van later worden gemarkeerd als bron van na het beslismoment</translation>
    </message>
    <message>
        <source>Epilogue…</source>
        <translation>Epiloog…</translation>
    </message>
    <message>
        <source>What was decided afterwards (shown only on request)</source>
        <translation>Wat er daarna is besloten (alleen op verzoek getoond)</translation>
    </message>
    <message>
        <source>Moment of decision:</source>
        <translation>Beslismoment:</translation>
    </message>
    <message>
        <source>Excludes: {options}</source>
        <translation>Sluit uit: {options}</translation>
    </message>
    <message>
        <source>{n} score(s) of its own; the other scores are case-wide.</source>
        <translation>{n} eigen score(s); de andere scores zijn algemeen.</translation>
    </message>
    <message>
        <source>{unit} has {n} score(s) of its own; they are removed with it. Remove {unit}? (Undo brings both back.)</source>
        <translation>{unit} heeft {n} eigen score(s); die worden mee verwijderd. {unit} verwijderen? (Ongedaan maken brengt beide terug.)</translation>
    </message>
    <message>
        <source>Give the reason why the option is excluded.</source>
        <translation>Geef de reden waarom de optie is uitgesloten.</translation>
    </message>
    <message>
        <source>Epilogue: what was decided afterwards</source>
        <translation>Epiloog: wat er daarna is besloten</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <source>Name of the unit (team):</source>
        <translation>Naam van het onderdeel (team):</translation>
    </message>
    <message>
        <source>Exclude an option</source>
        <translation>Een optie uitsluiten</translation>
    </message>
    <message>
        <source>Why can {unit} not take {option}?</source>
        <translation>Waarom kan {unit} niet kiezen voor {option}?</translation>
    </message>
    <message>
        <source>Unit:</source>
        <extracomment>the toolbar&apos;s action for this widget (a toolbar shows and hides its widgets by it)</extracomment>
        <translation>Onderdeel:</translation>
    </message>
    <message>
        <source>The unit (team) the results are shown for: its own scores, without the options it excludes</source>
        <translation>Het onderdeel (team) waarvoor de resultaten worden getoond: met zijn eigen scores, zonder de opties die het uitsluit</translation>
    </message>
    <message>
        <source>Without hindsight</source>
        <translation>Zonder latere bronnen</translation>
    </message>
    <message>
        <source>What-if: leave out the scores whose source dates from after the moment of decision (a fair test of the choice made then). The case is not changed.</source>
        <translation>Wat-als: laat de scores weg met een bron van na het beslismoment (een eerlijke toets van de keuze van toen). De casus verandert niet.</translation>
    </message>
    <message>
        <source>All units (case-wide)</source>
        <translation>Alle onderdelen (algemeen)</translation>
    </message>
    <message>
        <source>Unit: {name}</source>
        <translation>Onderdeel: {name}</translation>
    </message>
</context>
</TS>
