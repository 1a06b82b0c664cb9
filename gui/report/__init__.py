"""Reports for the council: Word, PDF and Excel, from the command line and the File menu.

The main window's File → "Rapport maken…" opens :mod:`gui.report.dialog`.  Importing this package
does not import Qt, so the command line can write Word and Excel without a display.
"""
