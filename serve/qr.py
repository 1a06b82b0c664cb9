"""The round's URL as a QR code (segno): a matrix for the GUI to paint, text for a terminal."""

from __future__ import annotations

import io

import segno


def qr_matrix(url: str) -> list[list[bool]]:
    """Dark modules as True, with the quiet zone (4 modules) around it."""
    code = segno.make(url, error="m", micro=False)
    return [[bool(cell) for cell in row] for row in code.matrix_iter(scale=1, border=4)]


def qr_text(url: str) -> str:
    """The QR code in block characters for a terminal (dark on light)."""
    code = segno.make(url, error="m", micro=False)
    out = io.StringIO()
    code.terminal(out=out, compact=True)
    return out.getvalue()
