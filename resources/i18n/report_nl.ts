<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ReportDialog</name>
    <message>
        <source>Create report</source>
        <extracomment>the heading code of every chapter, in report order</extracomment>
        <translation>Rapport maken</translation>
    </message>
    <message>
        <source>A report for the council with every score&apos;s rationale and source, the weights of the chosen profiles, the ranking and how firm it is.</source>
        <translation>Een rapport voor de raad met de onderbouwing en bron van elke score, de gewichten van de gekozen profielen, de rangorde en hoe vast die staat.</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word-document (.docx)</translation>
    </message>
    <message>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Geen sjabloon</translation>
    </message>
    <message>
        <source>Word template:</source>
        <translation>Word-sjabloon:</translation>
    </message>
    <message>
        <source>Profiles (weights) to include:</source>
        <translation>Profielen (wegingen) in het rapport:</translation>
    </message>
    <message>
        <source>Chapters:</source>
        <translation>Hoofdstukken:</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Choose the Word template</source>
        <translation>Kies het Word-sjabloon</translation>
    </message>
    <message>
        <source>Word template (*.dotx *.docx)</source>
        <translation>Word-sjabloon (*.dotx *.docx)</translation>
    </message>
    <message>
        <source>none (a clean default layout)</source>
        <translation>geen (een eenvoudige standaardopmaak)</translation>
    </message>
    <message>
        <source>Choose at least one profile.</source>
        <translation>Kies minstens één profiel.</translation>
    </message>
    <message>
        <source>Choose at least one chapter.</source>
        <translation>Kies minstens één hoofdstuk.</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>Rapport geschreven: {path}</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
</context>
</TS>
