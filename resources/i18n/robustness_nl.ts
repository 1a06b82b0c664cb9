<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Robustness</name>
    <message>
        <source>This could not be computed: {reason}</source>
        <extracomment>quiet time after the last edit before a view recomputes (ms)</extracomment>
        <translation>Dit kon niet worden berekend: {reason}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>emitted after a result (or an empty state) has been shown the section of the in-app help that explains this view (gui.desk.help.TOPICS) True when ``compute(inputs, progress)`` reports progress and may be cancelled</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop this computation</source>
        <translation>Deze berekening stoppen</translation>
    </message>
    <message>
        <source>The computation was cancelled. Change a setting to start it again.</source>
        <translation>De berekening is afgebroken. Wijzig een instelling om haar opnieuw te starten.</translation>
    </message>
    <message>
        <source>Group view: all profiles side by side</source>
        <extracomment>fixed columns of the profile table before one column per option</extracomment>
        <translation>Groepsbeeld: alle profielen naast elkaar</translation>
    </message>
    <message>
        <source>A row per profile: its best option, and per option its place and the weight that must move before it is the best (darker = closer; 0% = already the best).</source>
        <translation>Per profiel een rij: de beste optie, en per optie de plaats en het gewicht dat moet verschuiven voordat die optie de beste is (donkerder = dichterbij; 0% = al de beste).</translation>
    </message>
    <message>
        <source>One profile, one vote (equal)</source>
        <translation>Elk profiel één stem (gelijk)</translation>
    </message>
    <message>
        <source>Own numbers per profile</source>
        <translation>Eigen getallen per profiel</translation>
    </message>
    <message>
        <source>For the combined profile: e.g. inhabitants or budget share per council.</source>
        <translation>Voor het gecombineerde profiel: bijvoorbeeld inwoners of begrotingsaandeel per raad.</translation>
    </message>
    <message>
        <source>Profiles count:</source>
        <translation>Profielen tellen:</translation>
    </message>
    <message>
        <source>How much this profile counts (any numbers, e.g. inhabitants)</source>
        <translation>Hoe zwaar dit profiel telt (willekeurige getallen, bijvoorbeeld inwoners)</translation>
    </message>
    <message>
        <source>place {rank}</source>
        <translation>plaats {rank}</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>onbereikbaar</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiel</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Telt mee</translation>
    </message>
    <message>
        <source>Best option</source>
        <translation>Beste optie</translation>
    </message>
    <message>
        <source>Combined profile</source>
        <translation>Gecombineerd profiel</translation>
    </message>
    <message>
        <source>weighted by the numbers entered</source>
        <translation>gewogen met de ingevulde getallen</translation>
    </message>
    <message>
        <source>every profile counts equally</source>
        <translation>elk profiel telt even zwaar</translation>
    </message>
    <message>
        <source>Combined profile ({how}): {best} is the best.</source>
        <translation>Gecombineerd profiel ({how}): {best} is de beste.</translation>
    </message>
    <message>
        <source>Acceptable to all: {option} (worst place {worst}, average place {mean}).</source>
        <translation>Voor iedereen aanvaardbaar: {option} (slechtste plaats {worst}, gemiddelde plaats {mean}).</translation>
    </message>
    <message>
        <source>What would it take? The smallest change of weights</source>
        <translation>Wat is ervoor nodig? De kleinste verandering van de gewichten</translation>
    </message>
    <message>
        <source>Pick an option: per profile, the share of all weight that must move before it is the best (0% = it already is). The bars compare the active profile&apos;s weights now with the nearest weights that make the option the best.</source>
        <translation>Kies een optie: per profiel het deel van het totale gewicht dat moet verschuiven voordat zij de beste is (0% = dat is ze al). De balken vergelijken de huidige gewichten van het actieve profiel met de dichtstbijzijnde weging die de optie de beste maakt.</translation>
    </message>
    <message>
        <source>Option:</source>
        <translation>Optie:</translation>
    </message>
    <message>
        <source>Weight to move</source>
        <translation>Te verschuiven gewicht</translation>
    </message>
    <message>
        <source>What it takes</source>
        <translation>Wat ervoor nodig is</translation>
    </message>
    <message>
        <source>Save as new profile</source>
        <translation>Opslaan als nieuw profiel</translation>
    </message>
    <message>
        <source>Adds a profile with these weights (the active profile stays as it is; undo removes it again).</source>
        <translation>Voegt een profiel met deze gewichten toe (het actieve profiel blijft zoals het is; ongedaan maken verwijdert het weer).</translation>
    </message>
    <message>
        <source>Weight (% of all weight)</source>
        <extracomment>(leaf, now, needed) as drawn, largest change first</extracomment>
        <translation>Gewicht (% van het totale gewicht)</translation>
    </message>
    <message>
        <source>No weighting makes {option} the best: whatever the weights, another option scores higher.</source>
        <translation>Geen enkele weging maakt {option} de beste: bij elke weging scoort een andere optie hoger.</translation>
    </message>
    <message>
        <source>{option} is already the best for {profile}.</source>
        <translation>{option} is al de beste voor {profile}.</translation>
    </message>
    <message>
        <source>{profile}: weights now and the nearest weights that make {option} the best</source>
        <translation>{profile}: de gewichten nu en de dichtstbijzijnde gewichten die {option} de beste maken</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>nodig</translation>
    </message>
    <message>
        <source>{profile}, with {option} the best</source>
        <translation>{profile}, met {option} als beste</translation>
    </message>
    <message>
        <source>Robustness: the chance of each place per option</source>
        <translation>Robuustheid: de kans op elke plaats per optie</translation>
    </message>
    <message>
        <source>Each bar is all samples (100%): the darkest part is how often the option comes first, lighter parts are place 2, 3, … Hover an option for the weights with which it comes first.</source>
        <translation>Elke balk is alle trekkingen (100%): het donkerste deel is hoe vaak de optie de beste is, lichtere delen zijn plaats 2, 3, … Wijs een optie aan voor de gewichten waarmee zij de beste is.</translation>
    </message>
    <message>
        <source>Every weighting equally likely</source>
        <translation>Elke weging even waarschijnlijk</translation>
    </message>
    <message>
        <source>Around the active profile (± spread)</source>
        <translation>Rond het actieve profiel (± marge)</translation>
    </message>
    <message>
        <source>Between the profiles</source>
        <translation>Tussen de profielen</translation>
    </message>
    <message>
        <source>How far each weight may vary</source>
        <translation>Hoeveel elk gewicht mag variëren</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>Trekkingen:</translation>
    </message>
    <message>
        <source>Weights:</source>
        <translation>Gewichten:</translation>
    </message>
    <message>
        <source>Share of the samples (%)</source>
        <extracomment>row (position from the top) of each option index, as drawn</extracomment>
        <translation>Deel van de trekkingen (%)</translation>
    </message>
    <message>
        <source>place {k}</source>
        <translation>plaats {k}</translation>
    </message>
    <message>
        <source>every weighting equally likely (no preferences)</source>
        <translation>elke weging even waarschijnlijk (geen voorkeuren)</translation>
    </message>
    <message>
        <source>weights within ±{pct} of the profile {profile}</source>
        <translation>gewichten binnen ±{pct} rond het profiel {profile}</translation>
    </message>
    <message>
        <source>weights between the {n} profiles</source>
        <translation>gewichten tussen de {n} profielen</translation>
    </message>
    <message>
        <source>{samples} samples: {how}; {ranges} scores with a range vary.</source>
        <translation>{samples} trekkingen: {how}; {ranges} scores met een bandbreedte variëren.</translation>
    </message>
    <message>
        <source>{option}: first in none of the samples.</source>
        <translation>{option}: in geen enkele trekking de beste.</translation>
    </message>
    <message>
        <source>{option}: first in {share} of the samples (confidence {confidence}). Weights with which it comes first, on average:</source>
        <translation>{option}: de beste in {share} van de trekkingen (betrouwbaarheid {confidence}). Gemiddelde gewichten waarmee zij de beste is:</translation>
    </message>
    <message>
        <source>Pinned (Esc releases it):</source>
        <translation>Vastgezet (Esc laat los):</translation>
    </message>
</context>
</TS>
