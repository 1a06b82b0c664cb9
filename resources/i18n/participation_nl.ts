<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>LiveRound</name>
    <message>
        <source>{name} · live</source>
        <translation>{name} · live</translation>
    </message>
    <message>
        <source>Live round: {n} answers shown as profiles “Deelnemer 1..{n}” and the room&apos;s mean, marked “live”. They are not in the document until you save them (Participation: Save as profiles).</source>
        <translation>Live ronde: {n} antwoorden getoond als profielen „Deelnemer 1..{n}” en het gemiddelde van de zaal, gemarkeerd met „live”. Ze staan pas in het document als u ze opslaat (Deelname: Opslaan als profielen).</translation>
    </message>
</context>
<context>
    <name>Participation</name>
    <message>
        <source>This computer only ({address})</source>
        <translation>Alleen deze computer ({address})</translation>
    </message>
    <message>
        <source>The criterion groups</source>
        <translation>De criteriumgroepen</translation>
    </message>
    <message>
        <source>The criteria of “{group}”</source>
        <translation>De criteria van ‘{group}’</translation>
    </message>
    <message>
        <source>Start a round</source>
        <translation>Ronde starten</translation>
    </message>
    <message>
        <source>Participants open a page on their phone or laptop over this network and give their own weights. Answers stay on this computer.</source>
        <translation>Deelnemers openen via dit netwerk een pagina op hun telefoon of laptop en geven hun eigen gewichten. De antwoorden blijven op deze computer.</translation>
    </message>
    <message>
        <source>&amp;Ask about:</source>
        <translation>&amp;Vragen naar:</translation>
    </message>
    <message>
        <source>&amp;Points to divide</source>
        <translation>&amp;Punten verdelen</translation>
    </message>
    <message>
        <source>&amp;Ranking</source>
        <translation>&amp;Rangorde</translation>
    </message>
    <message>
        <source>Answer as:</source>
        <translation>Antwoorden als:</translation>
    </message>
    <message>
        <source>A&amp;nonymous answers (recommended)</source>
        <translation>A&amp;nonieme antwoorden (aanbevolen)</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Netwerk:</translation>
    </message>
    <message>
        <source>The other weights come from the profile “{profile}”.</source>
        <translation>De overige gewichten komen uit het profiel ‘{profile}’.</translation>
    </message>
    <message>
        <source>Start round</source>
        <translation>Ronde starten</translation>
    </message>
    <message>
        <source>Let everyone in the room weigh from their own phone or laptop: start a round, show the QR code on the projector and watch the answers come in.</source>
        <extracomment>seconds between two redraws of the room while answers stream in the room waits for this pause in the facilitator&apos;s own edits, but never longer than MAX_DEFER emitted after the screen shows a new state of the round (the snapshot it shows)</extracomment>
        <translation>Laat iedereen in de zaal wegen op de eigen telefoon of laptop: start een ronde, toon de QR-code op de beamer en zie de antwoorden binnenkomen.</translation>
    </message>
    <message>
        <source>Start a round…</source>
        <translation>Ronde starten…</translation>
    </message>
    <message>
        <source>Room mean</source>
        <translation>Gemiddelde van de zaal</translation>
    </message>
    <message>
        <source>Room median</source>
        <translation>Mediaan van de zaal</translation>
    </message>
    <message>
        <source>Most disagreement (middle half)</source>
        <translation>Meeste verschil (middelste helft)</translation>
    </message>
    <message>
        <source>Close round</source>
        <translation>Ronde sluiten</translation>
    </message>
    <message>
        <source>Save as profiles</source>
        <translation>Opslaan als profielen</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Nieuwe ronde…</translation>
    </message>
    <message>
        <source>The round cannot start on {address}: {reason}</source>
        <translation>De ronde kan niet starten op {address}: {reason}</translation>
    </message>
    <message>
        <source>Round code: {code}</source>
        <translation>Rondecode: {code}</translation>
    </message>
    <message>
        <source>the criterion groups</source>
        <translation>de criteriumgroepen</translation>
    </message>
    <message>
        <source>the criteria of “{group}”</source>
        <translation>de criteria van ‘{group}’</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punten</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>rangorde</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <source>named</source>
        <translation>met naam</translation>
    </message>
    <message>
        <source>Round: {what} · {how} · {who}</source>
        <translation>Ronde: {what} · {how} · {who}</translation>
    </message>
    <message>
        <source>Answered: {n}</source>
        <translation>Geantwoord: {n}</translation>
    </message>
    <message>
        <source>Round closed · answers: {n}</source>
        <translation>Ronde gesloten · antwoorden: {n}</translation>
    </message>
    <message>
        <source>The round is open. Participants may change their answer until you close it.</source>
        <translation>De ronde is open. Deelnemers kunnen hun antwoord wijzigen tot u de ronde sluit.</translation>
    </message>
    <message>
        <source>Saved as profiles (undo with Ctrl+Z).</source>
        <translation>Opgeslagen als profielen (ongedaan maken met Ctrl+Z).</translation>
    </message>
    <message>
        <source>The round is closed; the answers are frozen.</source>
        <translation>De ronde is gesloten; de antwoorden liggen vast.</translation>
    </message>
    <message>
        <source>The round is closed; the link no longer works.</source>
        <translation>De ronde is gesloten; de link werkt niet meer.</translation>
    </message>
    <message>
        <source>{low}–{high}%  {name}</source>
        <translation>{low}–{high}%  {name}</translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation>Gewicht (%)</translation>
    </message>
</context>
</TS>
