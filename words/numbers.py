"""Numbers as users read them: ``34,5%`` and ``10.000`` in Dutch, ``34.5%``, ``10,000`` in English.

One place for the decimal comma, used by the command line, the GUI and the report. Pure Python,
so the command line needs no Qt and the GUI's slider path formats without a ``QLocale`` call.
"""

from __future__ import annotations


def _swap_separators(text: str) -> str:
    """``1,234.5`` (Python's grouping) → ``1.234,5`` (Dutch)."""
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def number(x: float, lang: str, decimals: int = 1, *, grouped: bool = False) -> str:
    """``x`` with ``decimals`` decimals in ``lang`` (``nl``: decimal comma).

    A value that rounds to zero is written without a minus sign (``0,0``, never ``-0,0``).
    With ``grouped`` thousands are separated (``12.345,6`` in Dutch, ``12,345.6`` in English).
    """
    text = f"{float(x):,.{decimals}f}" if grouped else f"{float(x):.{decimals}f}"
    if text.startswith("-") and float(text.replace(",", "")) == 0:
        text = text[1:]
    if lang != "nl":
        return text
    return _swap_separators(text) if grouped else text.replace(".", ",")


def percent(share: float, lang: str, decimals: int = 1) -> str:
    """A share 0..1 as a percentage: ``100 · share`` with ``decimals`` decimals and ``%``."""
    return number(100.0 * share, lang, decimals) + "%"


def count(n: int, lang: str) -> str:
    """A whole number with thousands separated: ``10.000`` in Dutch, ``10,000`` in English."""
    text = f"{int(n):,}"
    return text.replace(",", ".") if lang == "nl" else text


def rounded(v: float, lang: str = "nl") -> str:
    """A 0–100 value as the charts show it: no decimals, never ``-0`` (the same in any language)."""
    return str(round(float(v)) + 0)


def plain(x: float, lang: str) -> str:
    """A stored number as it is, in ``lang``: ``45`` (not ``45.0``), ``62,5``, ``10.000``.

    Whole numbers are written whole with thousands separated; others with up to six significant
    digits (``0,123457``), as Qt's ``QLocale.toString(x, "g", 6)`` writes them.
    """
    if float(x).is_integer() and abs(x) < 1e15:
        return count(int(x), lang)
    text = f"{float(x):,.6g}"
    return _swap_separators(text) if lang == "nl" else text
