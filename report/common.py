"""What every report writer shares: atomic files, chart images, caption numbering.

No Qt here (import-linter keeps it so): chart images come from a :class:`ChartRenderer` that the
front end passes in.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

from model import Case
from model.errors import FileProblem, issue
from report.outline import Report

EXTENSIONS = (".docx", ".pdf", ".xlsx")


def check_target(path: str | os.PathLike[str]) -> Path:
    """Refuse an unknown ending or a folder that does not exist or cannot be written."""
    target = Path(path)
    if target.suffix.lower() not in EXTENSIONS:
        raise FileProblem(
            [issue("report_extension", str(target), suffix=target.suffix, known=list(EXTENSIONS))]
        )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileProblem([issue("report_folder_missing", str(folder))])
    if target.is_dir():
        raise FileProblem([issue("report_target_is_folder", str(target))])
    if not os.access(folder, os.W_OK):
        raise FileProblem([issue("report_unwritable", str(folder))])
    return target


def column_widths(
    header: list[str],
    rows: list[list[str]],
    total_cm: float,
    *,
    char_cm: float = 0.2,
    weights: tuple[float, ...] = (),
    indent_cm: list[float] | None = None,
) -> list[float]:
    """Column widths (cm) sized to their content, never narrower than a column's longest word
    (up to 14 letters: longer compounds are hyphenated).

    Each column asks for its longest word (so no word is ever broken) and, beyond that, room in
    proportion to its longest line of text (capped, so one long rationale cannot starve the
    others); ``weights`` (the outline's hint) scale that extra room.  The widths add up to
    ``total_cm``; when even the longest words do not fit, they shrink in proportion.
    """
    ncols = len(header)
    # a longer word than this is a Dutch compound ("samenwerkingsovereenkomst") that the
    # document's hyphenation breaks between its parts; it must not squeeze the other columns
    hyphenated = 14
    pad = 0.45  # the cell's own margins (0.19 cm each side in Word and LibreOffice)
    words = [0.0] * ncols
    lines = [0.0] * ncols
    for r, row in enumerate([header, *rows]):
        for c, text in enumerate(row):
            extra = indent_cm[r - 1] if (indent_cm and r > 0 and c == 0) else 0.0
            for line in text.split("\n"):
                longest = min(hyphenated, max((len(w) for w in line.split()), default=0))
                words[c] = max(words[c], longest * char_cm + extra + pad)
                lines[c] = max(lines[c], min(len(line), 60) * char_cm + extra + pad)
    need = sum(words)
    if need >= total_cm:
        return [w * total_cm / need for w in words]
    hint = list(weights) if len(weights) == ncols else [1.0] * ncols
    want = [max(0.0, lines[c] - words[c]) * hint[c] for c in range(ncols)]
    room = total_cm - need
    wanted = sum(want)
    if wanted <= room:  # every column satisfied: the rest goes to the wordier columns
        total_lines = sum(lines) or 1.0
        left = room - wanted
        return [words[c] + want[c] + left * lines[c] / total_lines for c in range(ncols)]
    return [words[c] + want[c] * room / wanted for c in range(ncols)]


class ChartRenderer(Protocol):
    """Draws one chart of ``case`` under ``profile_id`` for print, as PNG bytes.

    ``size_mm`` is the printed size.  The report never draws: the front end that has a chart
    engine (the GUI's, on Qt) hands one of these to :func:`report.write.write_report`.  The
    image stays in memory (nothing is written until the whole report is verified).
    """

    def __call__(
        self,
        case: Case,
        profile_id: str,
        chart: str,
        *,
        size_mm: tuple[float, float],
        lang: str,
    ) -> bytes: ...


#: printed chart size: the text width of A4 with 2.5 cm margins, and a little more than half
CHART_MM = (160.0, 95.0)
#: charts that need more height on paper (two plots, a label per option and profile)
CHART_MM_FOR = {"stakeholders": (160.0, 135.0)}
FigureKey = tuple[str, str]
#: a figure's PNG, or the catalogue code of the line printed in its place
Image = bytes | str


def chart_images(
    case: Case, report: Report, render: ChartRenderer | None, *, charts: bool = True
) -> dict[FigureKey, Image]:
    """Draw every figure of ``report``: ``{(chart, profile_id): png}``.

    A figure that cannot be drawn maps to the catalogue code of its placeholder line
    (``chart_missing``: no renderer, ``chart_skipped``: charts left out, ``chart_failed``).
    """
    out: dict[FigureKey, Image] = {}
    for fig in report.figures():
        key = (fig.chart, fig.profile_id)
        if key in out:
            continue
        if not charts:
            out[key] = "chart_skipped"
        elif render is None:
            out[key] = "chart_missing"
        else:
            try:
                size = CHART_MM_FOR.get(fig.chart, CHART_MM)
                png = render(case, fig.profile_id, fig.chart, size_mm=size, lang=report.lang)
            except Exception:  # a chart that fails must not cost the whole report
                out[key] = "chart_failed"
                continue
            out[key] = png if png.startswith(b"\x89PNG") else "chart_failed"
    return out


class Counter:
    """Numbers tables and figures in reading order."""

    def __init__(self) -> None:
        self.tables = 0
        self.figures = 0

    def table(self) -> int:
        self.tables += 1
        return self.tables

    def figure(self) -> int:
        self.figures += 1
        return self.figures


#: the catalogue texts that open a bullet in bold (a criterion and its score, then the why)
BOLD_HEADS = frozenset({"argument_head", "units_own_head"})
