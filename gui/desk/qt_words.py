"""Qt's own words that its Dutch catalogue (qtbase_nl) misses in this Qt version.

Qt 6 added mnemonics to two file-dialog labels ("&Look in:", "Files of &type:"), so the shipped
Dutch no longer matches them and the dialog shows English beside Dutch.  Listing them here puts
them in our catalogue under Qt's own context; our translator is installed after Qt's, so it
answers for them.  This function is never called: it is read by lupdate.
"""

from __future__ import annotations

from gui.i18n import translate


def _for_lupdate() -> list[str]:  # pragma: no cover - read by lupdate, not run
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
    ]
