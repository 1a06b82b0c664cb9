"""Hook the desk's tools into the main window's menus (Edit › Search, Help)."""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    from gui.desk import search

    search.install(window)
