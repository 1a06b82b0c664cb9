"""What every report writer shares: atomic files, chart images, caption numbering.

No Qt here (import-linter keeps it so): chart images come from a :class:`ChartRenderer` that the
front end passes in.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

from model import Case
from model.errors import FileProblem, issue
from report.outline import Figure, Report

EXTENSIONS = (".docx", ".pdf", ".xlsx")
#: chart image size in pixels: small enough that the chart's text stays readable at 16 cm wide
CHART_SIZE = (1280, 800)


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


def atomic_write(target: Path, write: Callable[[Path], None]) -> None:
    """Let ``write`` fill a temporary file beside ``target``, then rename it into place."""
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.stem}.", suffix=target.suffix, dir=target.parent or "."
        )
    except OSError as e:
        raise FileProblem([issue("report_unwritable", str(target.parent))]) from e
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, target)
    except OSError as e:
        raise FileProblem(
            [issue("report_write_failed", str(target), reason=e.strerror or str(e))]
        ) from e
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


class ChartRenderer(Protocol):
    """Draws one chart of ``case`` under ``profile_id`` to a PNG at ``path``.

    The report never draws: the front end that has a chart engine (the GUI's, on Qt) hands one
    of these to :func:`report.write.write_report`.
    """

    def __call__(
        self,
        case: Case,
        profile_id: str,
        chart: str,
        path: Path,
        *,
        size: tuple[int, int],
        lang: str,
    ) -> object: ...


FigureKey = tuple[str, str]


@contextlib.contextmanager
def chart_images(
    case: Case, report: Report, render: ChartRenderer | None, *, charts: bool = True
) -> Iterator[dict[FigureKey, Path | str]]:
    """Render every figure of ``report`` to a temporary PNG.

    Yields ``{(chart, profile_id): path}``; a figure that cannot be drawn maps to the catalogue
    code of its placeholder line (``chart_missing`` or ``chart_failed``) instead.
    """
    figures: list[Figure] = report.figures()
    if not (charts and figures):
        render = None
    out: dict[FigureKey, Path | str] = {}
    with tempfile.TemporaryDirectory(prefix="vormkeuze-report-") as folder:
        for k, fig in enumerate(figures):
            key = (fig.chart, fig.profile_id)
            if key in out:
                continue
            if render is None:
                out[key] = "chart_missing" if charts else "chart_skipped"
                continue
            path = Path(folder) / f"chart-{k}.png"
            try:
                render(case, fig.profile_id, fig.chart, path, size=CHART_SIZE, lang=report.lang)
            except Exception:  # a chart that fails must not cost the whole report
                out[key] = "chart_failed"
                continue
            out[key] = path if path.is_file() and path.stat().st_size > 0 else "chart_failed"
        yield out


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
