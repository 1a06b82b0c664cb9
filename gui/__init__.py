"""Vormkeuze's Qt front end (PySide6 + pyqtgraph + superqt)."""

import os

# pyqtgraph and superqt must bind to PySide6 even when PyQt is installed (platform notes, 3).
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
os.environ.setdefault("QT_API", "pyside6")
