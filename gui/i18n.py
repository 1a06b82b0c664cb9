"""Load the app's translations: English is the source language, Dutch the default.

Each package of ``gui/`` has its own catalogue ``resources/i18n/<area>_nl.ts`` (compiled to
``.qm`` by ``make``), so that people working on different views never edit the same file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources
from words import edits

_installed: list[QTranslator] = []


def install(app: QCoreApplication, lang: str) -> None:
    """Install the translators for ``lang`` (``nl`` or ``en``), replacing earlier ones."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    edits.use_language(lang)  # the words floor's edits, asked without a language, follow too
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands if lang == "nl" else QLocale.Country.UnitedKingdom,
        )
    )
    if lang != "nl":
        return
    # Qt's own words first (Cancel, Yes, No in standard dialogs), then ours
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load("qtbase_nl", qt_folder):
        app.installTranslator(qt)
        _installed.append(qt)
    folder = resources.path("i18n")
    for qm in sorted(folder.glob("*_nl.qm")):
        t = QTranslator(app)
        if t.load(str(qm)):
            app.installTranslator(t)
            _installed.append(t)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` with an explicit context.

    lupdate finds calls spelled ``translate("Context", "English text")``; keep both literal.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)
