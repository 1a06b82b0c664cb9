"""The user's preferences for the app (not for the case): one typed wrapper over QSettings.

Anything that changes a result lives in the document; this holds only how the window looks and
which files were opened: geometry, dock layout, recent files, language.  Tests pass an explicit
ini file in ``tmp_path`` so that nothing touches the real user's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
LANGUAGES = ("nl", "en")


class Settings:
    """Typed access to the app's QSettings (an ini file)."""

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            self._q = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Vormkeuze", "vormkeuze"
            )
        else:
            self._q = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def file_name(self) -> str:
        return self._q.fileName()

    def sync(self) -> None:
        self._q.sync()

    # --- language -------------------------------------------------------------------------
    @property
    def language(self) -> str | None:
        value = self._q.value("ui/language")
        return value if isinstance(value, str) and value in LANGUAGES else None

    @language.setter
    def language(self, value: str | None) -> None:
        if value is None:
            self._q.remove("ui/language")
        elif value in LANGUAGES:
            self._q.setValue("ui/language", value)
        else:
            raise ValueError(value)

    # --- window ---------------------------------------------------------------------------
    def _bytes(self, key: str) -> QByteArray | None:
        value = self._q.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        """The dock and toolbar layout (``QMainWindow.saveState``)."""
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._q.setValue("window/state", value)

    # --- presentation ---------------------------------------------------------------------
    @property
    def projector_screen(self) -> str | None:
        """The name of the screen the room looks at (the other one gets the console)."""
        value = self._q.value("presentation/projector_screen")
        return value if isinstance(value, str) and value else None

    @projector_screen.setter
    def projector_screen(self, value: str | None) -> None:
        if value:
            self._q.setValue("presentation/projector_screen", value)
        else:
            self._q.remove("presentation/projector_screen")

    # --- reports --------------------------------------------------------------------------
    @property
    def report_template(self) -> str | None:
        """The Word template (.docx/.dotx) the last report was built on, if any."""
        value = self._q.value("report/template")
        return value if isinstance(value, str) and value else None

    @report_template.setter
    def report_template(self, value: str | None) -> None:
        if value:
            self._q.setValue("report/template", str(value))
        else:
            self._q.remove("report/template")

    @property
    def author(self) -> str | None:
        """The name put into the reports' properties (default: the login name)."""
        value = self._q.value("user/author")
        return value if isinstance(value, str) and value.strip() else None

    @author.setter
    def author(self, value: str | None) -> None:
        if value and value.strip():
            self._q.setValue("user/author", value.strip())
        else:
            self._q.remove("user/author")

    # --- recent files ---------------------------------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        value = self._q.value("files/recent")
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        return [v for v in value if isinstance(v, str) and v][:MAX_RECENT]

    @recent_files.setter
    def recent_files(self, value: list[str]) -> None:
        self._q.setValue("files/recent", list(value)[:MAX_RECENT])

    def add_recent(self, path: str | Path) -> None:
        """Put ``path`` first in the recent files (once)."""
        text = str(Path(path).resolve())
        self.recent_files = [text, *(p for p in self.recent_files if p != text)]

    def forget_recent(self, path: str | Path) -> None:
        text = str(Path(path).resolve())
        self.recent_files = [p for p in self.recent_files if p != text]
