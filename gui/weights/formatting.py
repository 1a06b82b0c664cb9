"""Numbers as the user reads them: ``34,5%`` in Dutch, ``34.5%`` in English (via QLocale)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QLocale


@lru_cache(maxsize=4)  # the weights panel formats dozens of numbers per slider step
def locale_for(lang: str) -> QLocale:
    if lang == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def number(x: float, lang: str, decimals: int = 1) -> str:
    return locale_for(lang).toString(float(x), "f", decimals)


def percent(share: float, lang: str, decimals: int = 1) -> str:
    """A share 0..1 as a percentage with ``decimals`` decimals."""
    return f"{number(100.0 * share, lang, decimals)}%"
