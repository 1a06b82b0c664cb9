<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AhpPage</name>
    <message>
        <source>Compare the criteria two by two: move the slider towards the more important one. 1 = equally important, 3 = moderately, 5 = strongly, 7 = very strongly, 9 = extremely more important.</source>
        <translation>Vergelijk de criteria twee aan twee: schuif naar het belangrijkste criterium. 1 = even belangrijk, 3 = iets belangrijker, 5 = duidelijk belangrijker, 7 = veel belangrijker, 9 = uitermate veel belangrijker.</translation>
    </message>
    <message>
        <source>{left} compared with {right}</source>
        <translation>{left} vergeleken met {right}</translation>
    </message>
    <message>
        <source>Consistency ratio</source>
        <translation>Consistentieratio</translation>
    </message>
    <message>
        <source>1 · equally important</source>
        <translation>1 · even belangrijk</translation>
    </message>
    <message>
        <source>{value} · left more important</source>
        <translation>{value} · links belangrijker</translation>
    </message>
    <message>
        <source>{value} · right more important</source>
        <translation>{value} · rechts belangrijker</translation>
    </message>
    <message>
        <source>Weights: {list}</source>
        <translation>Gewichten: {list}</translation>
    </message>
    <message>
        <source>Consistency ratio: not needed for two criteria.</source>
        <translation>Consistentieratio: bij twee criteria niet nodig.</translation>
    </message>
    <message>
        <source>⚠ Consistency ratio {cr} is above {limit}: the comparisons contradict each other. Look at them again before applying.</source>
        <translation>⚠ De consistentieratio {cr} is hoger dan {limit}: de vergelijkingen spreken elkaar tegen. Bekijk ze opnieuw voordat u ze toepast.</translation>
    </message>
    <message>
        <source>Consistency ratio {cr} (at most {limit}): consistent enough.</source>
        <translation>Consistentieratio {cr} (hoogstens {limit}): consistent genoeg.</translation>
    </message>
</context>
<context>
    <name>ElicitationDialog</name>
    <message>
        <source>main groups</source>
        <translation>hoofdgroepen</translation>
    </message>
    <message>
        <source>Weights within “{group}”</source>
        <translation>Gewichten binnen „{group}”</translation>
    </message>
    <message>
        <source>Profile “{profile}”: weights within “{group}”.</source>
        <translation>Profiel „{profile}”: gewichten binnen „{group}”.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Points</source>
        <translation>&amp;Punten verdelen</translation>
    </message>
    <message>
        <source>&amp;SWING</source>
        <translation>&amp;SWING</translation>
    </message>
    <message>
        <source>&amp;Rank order (ROC)</source>
        <translation>&amp;Rangorde (ROC)</translation>
    </message>
    <message>
        <source>Pair&amp;wise (AHP)</source>
        <translation>Paars&amp;gewijs (AHP)</translation>
    </message>
</context>
<context>
    <name>OrderList</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>More important (Ctrl+Up)</source>
        <translation>Belangrijker (Ctrl+Omhoog)</translation>
    </message>
    <message>
        <source>Less important (Ctrl+Down)</source>
        <translation>Minder belangrijk (Ctrl+Omlaag)</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <source>Share out 100 points over these criteria: the more points, the more it counts.</source>
        <translation>Verdeel 100 punten over deze criteria: hoe meer punten, hoe zwaarder een criterium telt.</translation>
    </message>
    <message>
        <source>Shared out: 100 of 100.</source>
        <translation>Verdeeld: 100 van 100.</translation>
    </message>
    <message>
        <source>Shared out: {total} of 100; {left} still to share.</source>
        <translation>Verdeeld: {total} van 100; nog {left} te verdelen.</translation>
    </message>
    <message>
        <source>Shared out: {total} of 100; {over} too many.</source>
        <translation>Verdeeld: {total} van 100; {over} te veel.</translation>
    </message>
    <message>
        <source>The weights are scaled in proportion (shown on the right).</source>
        <translation>De gewichten worden naar verhouding geschaald (rechts te zien).</translation>
    </message>
    <message>
        <source>Give at least one criterion some points.</source>
        <translation>Geef minstens één criterium punten.</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nieuw profiel…</translation>
    </message>
    <message>
        <source>&amp;Copy profile…</source>
        <translation>Profiel &amp;kopiëren…</translation>
    </message>
    <message>
        <source>&amp;Rename and describe profile…</source>
        <translation>Profiel &amp;hernoemen en beschrijven…</translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation>Profiel &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>A case needs at least one profile</source>
        <translation>Een casus heeft minstens één profiel nodig</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <source>“{name}” is the only profile. A case needs at least one profile, so it cannot be deleted. Add another profile first.</source>
        <translation>„{name}” is het enige profiel. Een casus heeft minstens één profiel nodig, dus dit profiel kan niet worden verwijderd. Voeg eerst een ander profiel toe.</translation>
    </message>
    <message>
        <source>Delete the profile “{name}” with its weights? You can undo this.</source>
        <translation>Het profiel „{name}” met zijn gewichten verwijderen? U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Copy of {name}</source>
        <translation>Kopie van {name}</translation>
    </message>
    <message>
        <source>Copy profile</source>
        <translation>Profiel kopiëren</translation>
    </message>
    <message>
        <source>Rename and describe profile</source>
        <translation>Profiel hernoemen en beschrijven</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>RankPage</name>
    <message>
        <source>Put the criteria in order of importance, most important first (drag, or Ctrl+Up / Ctrl+Down). The weights follow from the order alone: rank-order centroid (Barron &amp; Barrett 1996).</source>
        <translation>Zet de criteria op volgorde van belang, het belangrijkste bovenaan (slepen, of Ctrl+Omhoog / Ctrl+Omlaag). De gewichten volgen alleen uit de volgorde: rank-order centroid (Barron &amp; Barrett 1996).</translation>
    </message>
</context>
<context>
    <name>SwingPage</name>
    <message>
        <source>1. Imagine every criterion at its worst score. Which improvement from worst to best would you choose first? Put the improvements in that order.</source>
        <translation>1. Stel u voor dat elk criterium op zijn slechtste score staat. Welke verbetering van slechtste naar beste score zou u als eerste kiezen? Zet de verbeteringen in die volgorde.</translation>
    </message>
    <message>
        <source>2. The first improvement is worth 100 points. How many points is each other improvement worth compared with it?</source>
        <translation>2. De eerste verbetering is 100 punten waard. Hoeveel punten is elke andere verbetering waard, vergeleken met die eerste?</translation>
    </message>
    <message>
        <source>The first improvement is 100 points</source>
        <translation>De eerste verbetering is 100 punten</translation>
    </message>
    <message>
        <source>Check the order: “{name}” has more points than an improvement above it.</source>
        <translation>Controleer de volgorde: „{name}” heeft meer punten dan een verbetering die hoger staat.</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <source>Profile:</source>
        <extracomment>keyboard / spin-box changes of one node within this many seconds merge into one undo step (merge token, vastgesteld profile) of the move that made a workshop copy</extracomment>
        <translation>Profiel:</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Actief profiel</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Add, copy, rename or delete a profile</source>
        <translation>Een profiel toevoegen, kopiëren, hernoemen of verwijderen</translation>
    </message>
    <message>
        <source>Profile description</source>
        <translation>Beschrijving van het profiel</translation>
    </message>
    <message>
        <source>Method…</source>
        <translation>Methode…</translation>
    </message>
    <message>
        <source>Derive the weights within a group: points, SWING, rank order (ROC) or pairwise comparison (AHP)</source>
        <translation>De gewichten binnen een groep bepalen: punten verdelen, SWING, rangorde (ROC) of paarsgewijs vergelijken (AHP)</translation>
    </message>
    <message>
        <source>{points} points, {share} of the total</source>
        <translation>{points} punten, {share} van het geheel</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punten</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groep</translation>
    </message>
    <message>
        <source>total</source>
        <translation>totaal</translation>
    </message>
    <message>
        <source>Local weight: share within its group</source>
        <translation>Lokaal gewicht: aandeel binnen de eigen groep</translation>
    </message>
    <message>
        <source>Global weight: share of the whole (all leaves add to 100%)</source>
        <translation>Totaalgewicht: aandeel in het geheel (alle criteria samen 100%)</translation>
    </message>
    <message>
        <source>Show or hide {group}</source>
        <translation>{group} tonen of verbergen</translation>
    </message>
    <message>
        <source>Points for {name}</source>
        <translation>Punten voor {name}</translation>
    </message>
    <message>
        <source>Share within its group</source>
        <translation>Aandeel binnen de eigen groep</translation>
    </message>
    <message>
        <source>Share of the whole</source>
        <translation>Aandeel in het geheel</translation>
    </message>
    <message>
        <source>Main groups</source>
        <translation>Hoofdgroepen</translation>
    </message>
    <message>
        <source>Method for the criteria in “{group}”…</source>
        <translation>Methode voor de criteria in „{group}”…</translation>
    </message>
    <message>
        <source>Method for “{group}”…</source>
        <translation>Methode voor „{group}”…</translation>
    </message>
    <message>
        <source>rank order (ROC)</source>
        <translation>rangorde (ROC)</translation>
    </message>
    <message>
        <source>pairwise (AHP)</source>
        <translation>paarsgewijs (AHP)</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <source>{name} — adjusted</source>
        <translation>{name} — aangepast</translation>
    </message>
    <message>
        <source>Workshop copy of “{name}”: the weights as moved in the session. The adopted profile itself is unchanged.</source>
        <translation>Werkkopie van “{name}”: de gewichten zoals ze in de sessie verschoven zijn. Het vastgestelde profiel zelf is niet veranderd.</translation>
    </message>
    <message>
        <source>Difference with the adopted profile</source>
        <translation>Verschil met het vastgestelde profiel</translation>
    </message>
    <message>
        <source>“{copy}” compared with “{base}” (share of the total):</source>
        <translation>“{copy}” vergeleken met “{base}” (aandeel in het geheel):</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Aangepast</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>No weight differs.</source>
        <translation>Geen enkel gewicht verschilt.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Difference…</source>
        <translation>Verschil…</translation>
    </message>
    <message>
        <source>Show which weights differ from the adopted profile</source>
        <translation>Laat zien welke gewichten verschillen van het vastgestelde profiel</translation>
    </message>
    <message>
        <source>Show the adopted profile again</source>
        <translation>Toon weer het vastgestelde profiel</translation>
    </message>
    <message>
        <source>Show the workshop copy again</source>
        <translation>Toon weer de werkkopie</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Kopie…</translation>
    </message>
    <message>
        <source>Save as a new profile…</source>
        <translation>Opslaan als nieuw profiel…</translation>
    </message>
    <message>
        <source>Overwrite the adopted profile…</source>
        <translation>Vastgesteld profiel overschrijven…</translation>
    </message>
    <message>
        <source>Discard the copy</source>
        <translation>Kopie weggooien</translation>
    </message>
    <message>
        <source>Workshop copy: adjusted from the adopted profile “{name}”.</source>
        <translation>Werkkopie: aangepast vanuit het vastgestelde profiel “{name}”.</translation>
    </message>
    <message>
        <source>Adopted profile. There is an adjusted copy of it.</source>
        <translation>Vastgesteld profiel. Er is een aangepaste kopie van.</translation>
    </message>
    <message>
        <source>Adopted profile. Moving a weight makes a workshop copy.</source>
        <translation>Vastgesteld profiel. Een gewicht verschuiven maakt een werkkopie.</translation>
    </message>
    <message>
        <source>Save as a new profile</source>
        <translation>Opslaan als nieuw profiel</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>Naam van het nieuwe profiel:</translation>
    </message>
    <message>
        <source>Overwrite the adopted profile</source>
        <translation>Vastgesteld profiel overschrijven</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overschrijven</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Give the adopted profile “{name}” the weights of the workshop copy? Reports will then show these weights under its name. You can undo this.</source>
        <translation>Het vastgestelde profiel “{name}” de gewichten van de werkkopie geven? Rapporten tonen deze gewichten dan onder die naam. U kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>{name} (workshop)</source>
        <translation>{name} (workshop)</translation>
    </message>
</context>
</TS>
