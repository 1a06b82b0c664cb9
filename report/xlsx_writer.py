"""The council report as a live Excel workbook (openpyxl).

A controller can change a weight and see the totals follow: the sheet *Gewichten* holds every
criterion's global weight per profile (as a percentage), *Waarden* the value matrix (0–100 per
criterion and option), and *Resultaat* each option's value per profile as a formula,
``SUMPRODUCT(weights, values) / SUM(weights)``, with its place as ``RANK``.  *Waardefuncties*
writes out how every score became a value; *Scores*, *Criteria* and *Opties* hold the case.
Sheet names and labels are in the report's language.

Text is always stored as a string cell (a name starting with ``=`` stays text, with Excel's
quote prefix); the only formulas are the ones written here.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from model import Case
from model.analysis import compile_case, evaluate
from report.outline import Num, Sheet, User
from report.texts import Renderer

FORMULA_START = ("=", "+", "-", "@")
NUMBER_FORMATS = {"value": "0.0", "percent": "0.0%", "ratio": "0.000", "int": "0", "raw": "General"}
HEADER_FILL = PatternFill("solid", fgColor="DCE6F0")
INPUT_FILL = PatternFill("solid", fgColor="FFF7D6")
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


def ref(sheet: str, cells: str) -> str:
    """``'Sheet name'!A1:B2`` (our own sheet names; a quote inside is doubled)."""
    return "'" + sheet.replace("'", "''") + "'!" + cells


def _header(ws: Worksheet, headers: list[str], widths: list[float]) -> None:
    for c, head in enumerate(headers, start=1):
        cell = ws.cell(1, c)
        set_text(cell, head)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = "C2" if len(headers) > 2 else "A2"


def xlsx_bytes(
    case: Case,
    sheets: list[Sheet],
    *,
    lang: str,
    date: _dt.date,
    version: str,
    case_hash: str,
    profiles: list[str],
    author: str = "",
) -> bytes:
    """The workbook as bytes (the caller writes and verifies the file)."""
    r = Renderer(lang)
    wb = Workbook()
    wb.remove(wb.worksheets[0])
    taken: set[str] = set()
    names = {
        key: sheet_title(r.word(f"sheet_{key}"), taken)
        for key in ("info", "results", "weights", "values", "functions")
    }
    info = wb.create_sheet(names["info"])
    results = wb.create_sheet(names["results"])
    weights = wb.create_sheet(names["weights"])
    values = wb.create_sheet(names["values"])
    functions = wb.create_sheet(names["functions"])

    compiled = compile_case(case)
    leaves = list(compiled.leaf_ids)
    n = len(leaves)
    evals = {p: evaluate(case, p) for p in profiles}
    top_of = {leaf: _top_group(case, leaf) for leaf in leaves}

    # weights: one row per criterion, one column per profile (global weights, as percentages)
    _header(
        weights,
        [r.word("col_criterion_id"), r.word("col_criterion"), r.word("col_group")]
        + [r.text(User(case.profile(p).name)) for p in profiles],
        [18, 44, 30, *(16 for _ in profiles)],
    )
    for i, leaf in enumerate(leaves, start=2):
        set_text(weights.cell(i, 1), leaf)
        set_text(weights.cell(i, 2), r.text(User(case.node_by_id[leaf].name)))
        set_text(weights.cell(i, 3), r.text(User(top_of[leaf])))
        for k, p in enumerate(profiles):
            cell = weights.cell(i, 4 + k, float(evals[p].weights[leaf]))
            cell.number_format = "0.0%"
            cell.fill = INPUT_FILL
    total_row = n + 2
    set_text(weights.cell(total_row, 2), r.word("col_total"))
    weights.cell(total_row, 2).font = Font(bold=True)
    for k in range(len(profiles)):
        col = get_column_letter(4 + k)
        cell = weights.cell(total_row, 4 + k, f"=SUM({col}2:{col}{n + 1})")
        cell.number_format = "0.0%"
        cell.font = Font(bold=True)

    # values: the same rows, one column per option (0..100 from the value functions)
    _header(
        values,
        [r.word("col_criterion_id"), r.word("col_criterion")]
        + [r.text(User(o.name)) for o in case.options],
        [18, 44, *(18 for _ in case.options)],
    )
    for i, leaf in enumerate(leaves, start=2):
        set_text(values.cell(i, 1), leaf)
        set_text(values.cell(i, 2), r.text(User(case.node_by_id[leaf].name)))
        for j in range(len(case.options)):
            cell = values.cell(i, 3 + j, float(compiled.values[j, i - 2]))
            cell.number_format = "0.0"

    # results: value = SUMPRODUCT(weights of the profile, values of the option) / SUM(weights)
    headers = [r.word("col_option_id"), r.word("col_option")]
    for p in profiles:
        pname = r.text(User(case.profile(p).name))
        headers += [
            r.word("col_value_of").format(profile=pname),
            r.word("col_rank_of").format(profile=pname),
        ]
    _header(results, headers, [14, 44, *(18 for _ in range(2 * len(profiles)))])
    last = len(case.options) + 1
    for j, o in enumerate(case.options):
        row = j + 2
        set_text(results.cell(row, 1), o.id)
        set_text(results.cell(row, 2), r.text(User(o.name)))
        vcol = get_column_letter(3 + j)
        for k, _p in enumerate(profiles):
            wcol = get_column_letter(4 + k)
            w = ref(names["weights"], f"${wcol}$2:${wcol}${n + 1}")
            v = ref(names["values"], f"{vcol}$2:{vcol}${n + 1}")
            value_col = 3 + 2 * k
            cell = results.cell(row, value_col, f"=SUMPRODUCT({w},{v})/SUM({w})")
            cell.number_format = "0.0"
            letter = get_column_letter(value_col)
            rank = results.cell(
                row, value_col + 1, f"=RANK({letter}{row},${letter}$2:${letter}${last})"
            )
            rank.number_format = "0"

    # value functions written out
    _header(
        functions,
        [
            r.word("col_criterion_id"),
            r.word("col_criterion"),
            r.word("col_scale"),
            r.word("col_input"),
            r.word("col_mapped"),
        ],
        [18, 44, 22, 30, 16],
    )
    row = 2
    for leaf in leaves:
        node = case.node_by_id[leaf]
        for kind, given, value in _function_rows(node.scale, r):
            set_text(functions.cell(row, 1), leaf)
            set_text(functions.cell(row, 2), r.text(User(node.name)))
            set_text(functions.cell(row, 3), kind)
            if isinstance(given, str):
                set_text(functions.cell(row, 4), given)
            else:
                functions.cell(row, 4, given)
            cell = functions.cell(row, 5, value)
            cell.number_format = "0.0"
            row += 1

    # the case itself
    for sheet in sheets:
        ws = wb.create_sheet(sheet_title(r.text(sheet.name), taken))
        for c, head in enumerate(sheet.header, start=1):
            cell = ws.cell(1, c)
            _put(cell, head, r)
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for i, srow in enumerate(sheet.rows, start=2):
            for c, piece in enumerate(srow, start=1):
                _put(ws.cell(i, c), piece, r)
        for c, width in enumerate(sheet.widths, start=1):
            ws.column_dimensions[get_column_letter(c)].width = width
        ws.freeze_panes = "A2"
        if sheet.rows:
            ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.header))}{len(sheet.rows) + 1}"

    rows: list[tuple[str, str]] = [
        (r.word("info_title"), r.text(User(case.title))),
        (r.word("info_date"), r.date(date)),
        (r.word("info_version"), version),
        ("SHA-256", case_hash),
        (
            r.word("info_profiles"),
            ", ".join(r.text(User(case.profile(p).name)) for p in profiles),
        ),
        (r.word("info_howto_label"), r.word("info_howto").format(**names)),
    ]
    for i, (key, text) in enumerate(rows, start=1):
        set_text(info.cell(i, 1), key)
        info.cell(i, 1).font = Font(bold=True)
        set_text(info.cell(i, 2), text)
        info.cell(i, 2).alignment = Alignment(wrap_text=True, vertical="top")
    info.column_dimensions["A"].width = 22
    info.column_dimensions["B"].width = 90

    wb.properties.creator = author or "Vormkeuze"
    wb.properties.lastModifiedBy = author or "Vormkeuze"
    wb.properties.title = r.text(User(case.title))
    wb.properties.language = "nl-NL" if lang == "nl" else "en-GB"
    now = _dt.datetime.now(_dt.UTC).replace(tzinfo=None, microsecond=0)
    wb.properties.created = now
    wb.properties.modified = now
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        _MemoryWriter(wb, archive).save()
    return out.getvalue()


class _MemoryWriter(ExcelWriter):
    """openpyxl's writer with each sheet serialised in memory, not in a temporary file: the
    whole workbook is made before anything touches the disk (a full disk cannot break it
    half-way, and nothing is left in the temporary folder)."""

    def write_worksheet(self, ws: Any) -> None:  # openpyxl's private sheet attributes
        drawing = SpreadsheetDrawing()
        drawing.charts = ws._charts
        drawing.images = ws._images
        ws._drawing = drawing
        writer: Any = WorksheetWriter(ws, out=io.BytesIO())
        writer.write()
        ws._rels = writer._rels
        archive: zipfile.ZipFile = getattr(self, "_archive")  # noqa: B009
        archive.writestr(ws.path[1:], writer.read())
        self.manifest.append(ws)


def _top_group(case: Case, leaf: str) -> str:
    node = leaf
    while case.parent_of[node] != "root":
        node = case.parent_of[node]
    return case.node_by_id[node].name


def _function_rows(scale: Any, r: Renderer) -> list[tuple[str, str | float, float]]:
    """(kind, input, value) rows of one criterion's value function."""
    if scale is None or scale.kind == "direct":
        return [(r.word("scale_direct"), 0.0, 0.0), (r.word("scale_direct"), 100.0, 100.0)]
    if scale.kind == "qualitative":
        return [
            (r.word("fn_qualitative"), r.text(User(lv.label)), float(lv.value))
            for lv in scale.levels or ()
        ]
    if scale.points:
        return [(r.word("fn_points"), float(x), float(v)) for x, v in scale.points]
    return [
        (r.word("fn_linear"), float(scale.worst), 0.0),
        (r.word("fn_linear"), float(scale.best), 100.0),
    ]
