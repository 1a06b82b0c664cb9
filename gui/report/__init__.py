"""The report's Qt parts: Bestand → "Rapport maken…", chart drawing and the PDF layout.

The report itself (outline, sentences, Word, Excel) is the Qt-free :mod:`report` package.  The
main window's File → "Rapport maken…" opens :mod:`gui.report.dialog`; :mod:`gui.report.render`
gives a report its chart renderer.  Importing this package does not import Qt.
"""
