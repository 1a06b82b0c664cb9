"""The case and its results as an Excel workbook (openpyxl).

Numbers are stored as numbers (with a number format), text as text.  Text never becomes a
formula: openpyxl would store a string starting with ``=`` as one, so every text cell is forced to
the string type, and text starting with ``=``, ``+``, ``-`` or ``@`` also gets Excel's quote
prefix, so that editing the cell in Excel keeps it text as well.
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from report.outline import Num, Sheet, User
from report.texts import Renderer

FORMULA_START = ("=", "+", "-", "@")
NUMBER_FORMATS = {"value": "0.0", "percent": "0.0%", "ratio": "0.000", "int": "0", "raw": "General"}
HEADER_FILL = PatternFill("solid", fgColor="DCE6F0")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def set_text(cell: Cell | MergedCell, text: str) -> None:
    """Store ``text`` as inert text, whatever it starts with."""
    cell.value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_START):
        cell.quotePrefix = True


def _put(cell: Cell | MergedCell, piece: Any, r: Renderer) -> None:
    if piece is None:
        return
    if isinstance(piece, Num):
        cell.value = float(piece.value) if piece.kind != "int" else round(piece.value)
        cell.number_format = NUMBER_FORMATS[piece.kind]
        return
    set_text(cell, r.text(piece))


def sheet_title(text: str, taken: set[str]) -> str:
    base = _BAD_SHEET_CHARS.sub("-", text).strip("'")[:31] or "Blad"
    name, k = base, 2
    while name.lower() in taken:
        suffix = f" ({k})"
        name, k = base[: 31 - len(suffix)] + suffix, k + 1
    taken.add(name.lower())
    return name


def write_xlsx(
    sheets: list[Sheet],
    path: Path,
    *,
    lang: str,
    title: str,
    date: _dt.date,
    version: str,
    case_hash: str,
    profiles: list[str],
) -> None:
    r = Renderer(lang)
    wb = Workbook()
    info = wb.create_sheet()
    wb.remove(wb.worksheets[0])
    taken: set[str] = set()
    info.title = sheet_title("Info", taken)
    rows: list[tuple[str, str]] = [
        (r.word("h_intro"), r.text(User(title))),
        (r.word("date_line").split(":")[0], r.date(date)),
        ("Vormkeuze", version),
        ("SHA-256", case_hash),
        (r.word("report_profiles").split(":")[0], ", ".join(r.text(User(p)) for p in profiles)),
    ]
    for i, (key, value) in enumerate(rows, start=1):
        set_text(info.cell(i, 1), key)
        info.cell(i, 1).font = Font(bold=True)
        set_text(info.cell(i, 2), value)
    info.column_dimensions["A"].width = 18
    info.column_dimensions["B"].width = 80
    for sheet in sheets:
        ws = wb.create_sheet(sheet_title(r.text(sheet.name), taken))
        for c, head in enumerate(sheet.header, start=1):
            cell = ws.cell(1, c)
            _put(cell, head, r)
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for i, row in enumerate(sheet.rows, start=2):
            for c, piece in enumerate(row, start=1):
                _put(ws.cell(i, c), piece, r)
        for c, width in enumerate(sheet.widths, start=1):
            ws.column_dimensions[get_column_letter(c)].width = width
        ws.freeze_panes = "A2"
        if sheet.rows:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.header))}{len(sheet.rows) + 1}"
    wb.properties.creator = "Vormkeuze"
    wb.properties.title = r.text(User(title))
    wb.save(str(path))
