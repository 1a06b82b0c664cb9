"""Files as people expect: Dutch file dialogs, the Documents folder, clean file names.

- The file dialog is Qt's own (not the platform's), so it speaks the app's language with Qt's
  translations loaded (``gui.i18n``; two labels Qt's catalogue misses are in ``qt_words``).
- New documents, copies, exports and reports are proposed in the user's Documents folder.
- A suggested name keeps the title as people wrote it ("Samenwerkingsvorm Heemstede–Bloemendaal
  (stap 2)"), dropping only what a file name cannot hold.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
OPTIONS = QFileDialog.Option.DontUseNativeDialog


def documents_folder() -> Path:
    """The user's Documents folder (created if missing), else the home folder."""
    loc = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(loc) if loc else Path.home()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path.home()
    return folder


def clean_file_name(title: str, fallback: str = "casus", limit: int = 120) -> str:
    """``title`` as a file name stem: forbidden characters become spaces, no dots at the ends."""
    stem = _FORBIDDEN.sub(" ", title)
    stem = " ".join(stem.split()).strip(" .")
    return stem[:limit].rstrip(" .") or fallback


def save_name(parent: QWidget | None, caption: str, suggested: str | Path, filters: str) -> str:
    """Ask where to save (Qt's own, translated dialog); ``""`` when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), filters, "", OPTIONS)
    return str(path)


def open_name(parent: QWidget | None, caption: str, folder: str | Path, filters: str) -> str:
    """Ask which file to open (Qt's own, translated dialog); ``""`` when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, str(folder), filters, "", OPTIONS)
    return str(path)
