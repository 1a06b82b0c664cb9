"""One entry point for every report format: ``write_report(case, path, ...)``.

The file's ending picks the format (.docx, .pdf, .xlsx).  Refusals (unknown ending, a folder that
does not exist or cannot be written, an unknown profile, a case that cannot be evaluated) raise
:class:`model.VormkeuzeError` before anything is written; the file itself is written to a
temporary name and renamed into place, so a reader never sees half a report.
"""

from __future__ import annotations

import datetime as _dt
import importlib.metadata
import os
from collections.abc import Callable
from pathlib import Path

from model import Case, VormkeuzeError
from report.common import ChartRenderer, atomic_write, chart_images, check_target
from report.outline import (
    DocumentInfo,
    Report,
    build_report,
    build_sheets,
    case_sha256,
)

#: lays a report out as PDF: (report, temporary path, figure images, software version)
PdfWriter = Callable[[Report, Path, dict[tuple[str, str], Path | str], str], None]


def software_version() -> str:
    try:
        return importlib.metadata.version("vormkeuze")
    except importlib.metadata.PackageNotFoundError:
        return "?"


def document_info(path: str | os.PathLike[str]) -> DocumentInfo | None:
    """History summary and snapshots of a ``.vormkeuze`` document; None for a JSON case file.

    The case itself was already read from ``path``; a document whose history cannot be read
    (model.errors.VormkeuzeError) is reported without it.
    """
    if not str(path).lower().endswith(".vormkeuze"):
        return None
    from model.document import Document

    try:
        doc = Document.open(path, readonly=True)
    except VormkeuzeError:
        return None
    try:
        history = doc.history()
        snapshots = doc.snapshots()
    finally:
        doc.close()
    times = [h.time for h in history if h.time]
    authors = sorted({h.author for h in history if h.author})
    return DocumentInfo(
        history_count=len(history),
        first=min(times) if times else None,
        last=max(times) if times else None,
        authors=tuple(authors),
        snapshots=tuple((s.name, s.time) for s in snapshots),
    )


def write_report(
    case: Case,
    path: str | os.PathLike[str],
    *,
    profiles: list[str] | None = None,
    lang: str = "nl",
    source: str | os.PathLike[str] | None = None,
    date: _dt.date | None = None,
    charts: bool = True,
    with_robustness: bool = True,
    render_chart: ChartRenderer | None = None,
    write_pdf: PdfWriter | None = None,
) -> Path:
    """Write the report of ``case`` to ``path``; its ending picks Word, PDF or Excel.

    ``source`` is the file the case came from: a ``.vormkeuze`` document adds its history and
    snapshots to the accountability chapter.  ``render_chart`` draws the figures (without one
    each figure is a placeholder line); ``write_pdf`` lays out a PDF (needed for ``.pdf``).
    """
    target = check_target(path)
    version = software_version()
    kind = target.suffix.lower()
    if kind == ".xlsx":
        from report.xlsx_writer import write_xlsx

        sheets = build_sheets(case, profiles)
        ids = profiles or [p.id for p in case.profiles]
        atomic_write(
            target,
            lambda tmp: write_xlsx(
                sheets,
                tmp,
                lang=lang,
                title=case.title,
                date=date or _dt.date.today(),
                version=version,
                case_hash=case_sha256(case),
                profiles=[case.profile(p).name for p in ids],
            ),
        )
        return target
    report = make_report(
        case, profiles, lang=lang, source=source, date=date, with_robustness=with_robustness
    )
    with chart_images(case, report, render_chart, charts=charts) as images:
        if kind == ".docx":
            from report.docx_writer import write_docx

            atomic_write(target, lambda tmp: write_docx(report, tmp, images, version))
        else:
            if write_pdf is None:
                raise ValueError("a PDF report needs a PDF writer")
            pdf = write_pdf
            atomic_write(target, lambda tmp: pdf(report, tmp, images, version))
    return target


def make_report(
    case: Case,
    profiles: list[str] | None = None,
    *,
    lang: str = "nl",
    source: str | os.PathLike[str] | None = None,
    date: _dt.date | None = None,
    with_robustness: bool = True,
) -> Report:
    return build_report(
        case,
        profiles,
        lang=lang,
        date=date,
        document=document_info(source) if source is not None else None,
        version=software_version(),
        with_robustness=with_robustness,
    )
