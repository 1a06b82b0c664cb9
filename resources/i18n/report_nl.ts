<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../gui/report/dialog.py" line="58"/>
        <location filename="../../gui/report/dialog.py" line="182"/>
        <source>Create report</source>
        <extracomment>the heading code of every chapter, in report order</extracomment>
        <translation>Rapport maken</translation>
    </message>
    <message>
        <location filename="../../gui/report/dialog.py" line="61"/>
        <source>A report for the council with every score&apos;s rationale and source, the weights of the chosen profiles, the ranking and how firm it is.</source>
        <translation>Een rapport voor de raad met de onderbouwing en bron van elke score, de gewichten van de gekozen profielen, de rangorde en hoe vast die staat.</translation>
    </message>
    <message>
        <location filename="../../gui/report/dialog.py" line="72"/>
        <source>Word document (.docx)</source>
        <translation>Word-document (.docx)</translation>
    </message>
    <message>
        <location filename="../../gui/report/dialog.py" line="73"/>
        <source>PDF (.pdf)</source>
        <translation>PDF (.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/report/dialog.py" line="74"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-werkmap (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/report/dialog.py" line="75"/>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <location filename="../../gui/report/dialog.py" line="80"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location filename="../../gui/report/dialog.py" line="83"/>
        <source>Profiles (weights) to include:</source>
        <translation>Profielen (wegingen) in het rapport:</translation>
    </message>
    <message>
        <location filename="../../gui/report/dialog.py" line="94"/>
        <source>Chapters:</source>
        <translation>Hoofdstukken:</translation>
    </message>
    <message>
        <location filename="../../gui/report/dialog.py" line="105"/>
        <source>Save as…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <location filename="../../gui/report/dialog.py" line="146"/>
        <source>Choose at least one profile.</source>
        <translation>Kies minstens één profiel.</translation>
    </message>
    <message>
        <location filename="../../gui/report/dialog.py" line="149"/>
        <source>Charts are not available in this version; the report shows a line in their place.</source>
        <translation>Grafieken zijn in deze versie niet beschikbaar; het rapport vermeldt dat op hun plaats.</translation>
    </message>
    <message>
        <location filename="../../gui/report/dialog.py" line="186"/>
        <source>Report written: {path}</source>
        <translation>Rapport geschreven: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/report/dialog.py" line="191"/>
        <source>Word document (*.docx)</source>
        <translation>Word-document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../gui/report/dialog.py" line="192"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../gui/report/dialog.py" line="193"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/report/dialog.py" line="197"/>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <location filename="../../gui/report/dialog.py" line="214"/>
        <source>Create &amp;report…</source>
        <translation>&amp;Rapport maken…</translation>
    </message>
</context>
</TS>
