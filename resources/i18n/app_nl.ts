<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="29"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="29"/>
        <source>Option</source>
        <translation>Optie</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="29"/>
        <source>Value</source>
        <translation>Totaalwaarde</translation>
    </message>
</context>
</TS>
