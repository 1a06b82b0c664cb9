<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Edits</name>
    <message>
        <source>Give score</source>
        <extracomment>edit key -&gt; the history filter&apos;s category command kind -&gt; its key when nothing more can be read (the command could not be read back) a Restore&apos;s label -&gt; the edit it takes back (the labels the model&apos;s inverses carry) a Restore&apos;s label -&gt; the edit it is itself</extracomment>
        <translation>Score geven</translation>
    </message>
    <message>
        <source>Score given</source>
        <translation>Score gegeven</translation>
    </message>
    <message>
        <source>Change score</source>
        <translation>Score wijzigen</translation>
    </message>
    <message>
        <source>Score changed</source>
        <translation>Score gewijzigd</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Score wissen</translation>
    </message>
    <message>
        <source>Score cleared</source>
        <translation>Score gewist</translation>
    </message>
    <message>
        <source>Change range</source>
        <translation>Bandbreedte wijzigen</translation>
    </message>
    <message>
        <source>Range changed</source>
        <translation>Bandbreedte gewijzigd</translation>
    </message>
    <message>
        <source>Change rationale</source>
        <translation>Onderbouwing wijzigen</translation>
    </message>
    <message>
        <source>Rationale changed</source>
        <translation>Onderbouwing gewijzigd</translation>
    </message>
    <message>
        <source>Change source</source>
        <translation>Bron wijzigen</translation>
    </message>
    <message>
        <source>Source changed</source>
        <translation>Bron gewijzigd</translation>
    </message>
    <message>
        <source>Change rationale and source</source>
        <translation>Onderbouwing en bron wijzigen</translation>
    </message>
    <message>
        <source>Rationale and source changed</source>
        <translation>Onderbouwing en bron gewijzigd</translation>
    </message>
    <message>
        <source>Change weight</source>
        <translation>Gewicht wijzigen</translation>
    </message>
    <message>
        <source>Weight changed</source>
        <translation>Gewicht gewijzigd</translation>
    </message>
    <message>
        <source>Change weight (workshop copy)</source>
        <translation>Gewicht wijzigen (werkkopie)</translation>
    </message>
    <message>
        <source>Weight changed (workshop copy)</source>
        <translation>Gewicht gewijzigd (werkkopie)</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Profiel toevoegen</translation>
    </message>
    <message>
        <source>Profile added</source>
        <translation>Profiel toegevoegd</translation>
    </message>
    <message>
        <source>Change profile</source>
        <translation>Profiel wijzigen</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profiel gewijzigd</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profiel verwijderen</translation>
    </message>
    <message>
        <source>Profile removed</source>
        <translation>Profiel verwijderd</translation>
    </message>
    <message>
        <source>Overwrite the adopted profile</source>
        <translation>Vastgesteld profiel overschrijven</translation>
    </message>
    <message>
        <source>Adopted profile overwritten</source>
        <translation>Vastgesteld profiel overschreven</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Optie toevoegen</translation>
    </message>
    <message>
        <source>Option added</source>
        <translation>Optie toegevoegd</translation>
    </message>
    <message>
        <source>Change option</source>
        <translation>Optie wijzigen</translation>
    </message>
    <message>
        <source>Option changed</source>
        <translation>Optie gewijzigd</translation>
    </message>
    <message>
        <source>Remove option</source>
        <translation>Optie verwijderen</translation>
    </message>
    <message>
        <source>Option removed</source>
        <translation>Optie verwijderd</translation>
    </message>
    <message>
        <source>Move option</source>
        <translation>Optie verplaatsen</translation>
    </message>
    <message>
        <source>Option moved</source>
        <translation>Optie verplaatst</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Criterium toevoegen</translation>
    </message>
    <message>
        <source>Criterion added</source>
        <translation>Criterium toegevoegd</translation>
    </message>
    <message>
        <source>Change criterion</source>
        <translation>Criterium wijzigen</translation>
    </message>
    <message>
        <source>Criterion changed</source>
        <translation>Criterium gewijzigd</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Criterium verwijderen</translation>
    </message>
    <message>
        <source>Criterion removed</source>
        <translation>Criterium verwijderd</translation>
    </message>
    <message>
        <source>Move criterion</source>
        <translation>Criterium verplaatsen</translation>
    </message>
    <message>
        <source>Criterion moved</source>
        <translation>Criterium verplaatst</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Onderdeel toevoegen</translation>
    </message>
    <message>
        <source>Unit added</source>
        <translation>Onderdeel toegevoegd</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>Onderdeel wijzigen</translation>
    </message>
    <message>
        <source>Unit changed</source>
        <translation>Onderdeel gewijzigd</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>Onderdeel verwijderen</translation>
    </message>
    <message>
        <source>Unit removed</source>
        <translation>Onderdeel verwijderd</translation>
    </message>
    <message>
        <source>Change exclusion</source>
        <translation>Uitsluiting wijzigen</translation>
    </message>
    <message>
        <source>Exclusion changed</source>
        <translation>Uitsluiting gewijzigd</translation>
    </message>
    <message>
        <source>Save round as profiles</source>
        <translation>Ronde opslaan als profielen</translation>
    </message>
    <message>
        <source>Round saved as profiles</source>
        <translation>Ronde opgeslagen als profielen</translation>
    </message>
    <message>
        <source>Restore snapshot</source>
        <translation>Momentopname terugzetten</translation>
    </message>
    <message>
        <source>Snapshot restored</source>
        <translation>Momentopname teruggezet</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Teruggezet</translation>
    </message>
    <message>
        <source>Change case details</source>
        <translation>Casusgegevens wijzigen</translation>
    </message>
    <message>
        <source>Case details changed</source>
        <translation>Casusgegevens gewijzigd</translation>
    </message>
    <message>
        <source>Undo: {edit}</source>
        <translation>Ongedaan maken: {edit}</translation>
    </message>
    <message>
        <source>Undone: {edit}</source>
        <translation>Ongedaan gemaakt: {edit}</translation>
    </message>
    <message>
        <source>All changes</source>
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
</context>
</TS>
