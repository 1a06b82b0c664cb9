<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Charts</name>
    <message>
        <source>Head to head: where one option gains on the other</source>
        <translation>Vergelijk twee opties: waar de ene optie wint op de andere</translation>
    </message>
    <message>
        <source>Each bar is weight × (score of A − score of B) for one criterion: to the right A is better, to the left B is better. Together they add up to the difference in total value.</source>
        <translation>Elke balk is gewicht × (score van A − score van B) voor één criterium: naar rechts is A beter, naar links B. Samen tellen ze op tot het verschil in totaalwaarde.</translation>
    </message>
    <message>
        <source>compared with</source>
        <extracomment>drawn data: leaf ids top to bottom and their differences</extracomment>
        <translation>vergeleken met</translation>
    </message>
    <message>
        <source>Weighted difference (points of total value)</source>
        <translation>Gewogen verschil (punten totaalwaarde)</translation>
    </message>
    <message>
        <source>{a} {va} − {b} {vb} = difference {d} (sum of the bars)</source>
        <translation>{a} {va} − {b} {vb} = verschil {d} (som van de balken)</translation>
    </message>
    <message>
        <source>{a} better</source>
        <translation>{a} beter</translation>
    </message>
    <message>
        <source>{b} better</source>
        <translation>{b} beter</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <extracomment>charts that lay out labels in pixels redraw when their size changes emitted after every redraw (tests and the benchmark wait for it) the plot and, beside it, what a chart pins there (the &quot;why&quot; panel)</extracomment>
        <translation>Kopiëren naar klembord</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Opslaan als PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Opslaan als SVG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Grafiek opslaan</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>Kon {path} niet opslaan: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} opgeslagen</translation>
    </message>
    <message>
        <source>Profile: how each option scores per criteria group</source>
        <translation>Profiel: hoe elke optie scoort per criteriagroep</translation>
    </message>
    <message>
        <source>Each spoke is a criteria group, 0 in the middle and 100 at the rim (the group&apos;s weighted average score). A larger shape is better; tick options on or off.</source>
        <translation>Elke spaak is een criteriagroep, 0 in het midden en 100 aan de rand (de gewogen gemiddelde score in die groep). Een grotere vorm is beter; vink opties aan of uit.</translation>
    </message>
    <message>
        <source>Ranking: total value per option, split by criteria group</source>
        <translation>Rangorde: totaalwaarde per optie, verdeeld over de criteriagroepen</translation>
    </message>
    <message>
        <source>Longest bar = best under this profile; each segment is what a criteria group contributes. Hover a segment for the scores and their rationale; click to pin it.</source>
        <translation>Langste balk = beste bij dit profiel; elk deel is de bijdrage van een criteriagroep. Wijs een deel aan voor de scores en hun onderbouwing; klik om die vast te zetten.</translation>
    </message>
    <message>
        <source>Contributes {points} of the total value {total}.</source>
        <translation>Draagt {points} bij aan de totaalwaarde {total}.</translation>
    </message>
    <message>
        <source>Total value (0–100)</source>
        <translation>Totaalwaarde (0–100)</translation>
    </message>
    <message>
        <source>Frozen — press F to reveal</source>
        <extracomment>y position (row) of each option index, as drawn (option id, group id) of the pinned explanation</extracomment>
        <translation>Bevroren — druk op F om te onthullen</translation>
    </message>
    <message>
        <source>Sensitivity: what if this criterion weighed more or less?</source>
        <translation>Gevoeligheid: wat als dit criterium zwaarder of lichter woog?</translation>
    </message>
    <message>
        <source>Each line is an option&apos;s total value as the chosen weight goes from 0 to 100% (the others keep their proportions). The vertical line is the current weight; where lines cross, the order changes. Shaded: where the current winner stays first.</source>
        <translation>Elke lijn is de totaalwaarde van een optie als het gekozen gewicht van 0 naar 100% gaat (de andere houden hun verhouding). De verticale lijn is het huidige gewicht; waar lijnen kruisen (omslagpunt) verandert de rangorde. Gearceerd: waar de huidige winnaar eerste blijft.</translation>
    </message>
    <message>
        <source>Criterion or group:</source>
        <translation>Criterium of groep:</translation>
    </message>
    <message>
        <source>Weight of the chosen criterion</source>
        <translation>Gewicht van het gekozen criterium</translation>
    </message>
    <message>
        <source>now {weight}</source>
        <translation>nu {weight}</translation>
    </message>
    <message>
        <source>above {weight}: {option} first</source>
        <translation>boven {weight}: {option} eerst</translation>
    </message>
    <message>
        <source>Stakeholders: the ranking under every profile, and why</source>
        <translation>Belanghebbenden: de rangorde bij elk profiel, en waarom</translation>
    </message>
    <message>
        <source>Top: one column per profile, rank 1 at the top; a line follows each option. Bottom: how much weight each profile gives every criteria group.</source>
        <translation>Boven: één kolom per profiel, plaats 1 bovenaan; een lijn volgt elke optie. Onder: hoeveel gewicht elk profiel aan elke criteriagroep geeft.</translation>
    </message>
    <message>
        <source>Rank</source>
        <extracomment>drawn: profile ids (columns), ranking per profile, group weights per profile</extracomment>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Trade-off map: two criteria against each other</source>
        <extracomment>the tension the seed names: easy to disentangle vs measurable and controllable</extracomment>
        <translation>Afwegingskaart: twee criteria tegen elkaar</translation>
    </message>
    <message>
        <source>Each point is an option&apos;s score on the two chosen axes (0–100). The solid line joins the options nothing beats on both; along the dashed line the two axes together are worth the same under the current weights.</source>
        <translation>Elk punt is de score van een optie op de twee gekozen assen (0–100). De doorgetrokken lijn verbindt de opties die door geen andere op beide assen worden verslagen; langs de stippellijn zijn de twee assen samen even veel waard bij de huidige gewichten.</translation>
    </message>
    <message>
        <source>Horizontal:</source>
        <extracomment>drawn data</extracomment>
        <translation>Horizontaal:</translation>
    </message>
    <message>
        <source>Vertical:</source>
        <translation>Verticaal:</translation>
    </message>
    <message>
        <source>equal value (weights {rx} : {ry})</source>
        <translation>gelijke waarde (gewichten {rx} : {ry})</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>←/→ view · 1–9 profile · R adopted profile · F freeze · W weights · S swap screens · Ctrl +/- size · Esc leave</source>
        <translation>←/→ beeld · 1–9 profiel · R vastgesteld profiel · F bevriezen · W gewichten · S schermen wisselen · Ctrl +/- grootte · Esc verlaten</translation>
    </message>
    <message>
        <source>Vormkeuze — presentation</source>
        <translation>Vormkeuze — presentatie</translation>
    </message>
    <message>
        <source>Show or hide the weights (W)</source>
        <extracomment>the profiles as they were when presentation started (what R restores)</extracomment>
        <translation>Gewichten tonen of verbergen (W)</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichten</translation>
    </message>
    <message>
        <source>Vormkeuze — presenter console</source>
        <translation>Vormkeuze — presentatorscherm</translation>
    </message>
    <message>
        <source>What the room sees</source>
        <translation>Wat de zaal ziet</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <source>Time: {m}:{s:02d}</source>
        <translation>Tijd: {m}:{s:02d}</translation>
    </message>
    <message>
        <source>The room sees: {view}</source>
        <translation>De zaal ziet: {view}</translation>
    </message>
    <message>
        <source>Next (→): {view}</source>
        <translation>Volgende (→): {view}</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <source>fact</source>
        <translation>feit</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>inschatting</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bandbreedte</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(niet gegeven)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Click to pin this in the panel.</source>
        <translation>Klik om dit vast te zetten in het paneel.</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Sluiten (Esc)</translation>
    </message>
</context>
</TS>
