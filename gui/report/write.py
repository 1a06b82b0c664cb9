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
from pathlib import Path
from typing import Any

from gui.report.common import atomic_write, chart_images, check_target
from model import Case
from model.report import (
    DocumentInfo,
    Report,
    build_report,
    build_sheets,
    case_sha256,
)


def software_version() -> str:
    try:
        return importlib.metadata.version("vormkeuze")
    except importlib.metadata.PackageNotFoundError:
        return "?"


def _field(row: Any, *names: str) -> Any:
    for name in names:
        if isinstance(row, dict) and name in row:
            return row[name]
        if hasattr(row, name):
            return getattr(row, name)
    return None


def _listing(doc: Any, name: str) -> list[Any]:
    attr = getattr(doc, name, None)
    if attr is None:
        return []
    value = attr() if callable(attr) else attr
    return list(value or [])


def document_info(path: str | os.PathLike[str]) -> DocumentInfo | None:
    """History summary and snapshots of a ``.vormkeuze`` document; None for a JSON case file.

    Uses ``model.document.Document`` when it exists; without it (or when the document cannot say)
    the report simply states that no history is included.
    """
    if not str(path).lower().endswith(".vormkeuze"):
        return None
    try:
        from model.document import Document  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    try:
        doc = Document.open(path, readonly=True)
    except Exception:  # the case itself was readable; a history we cannot read is left out
        return None
    try:
        history = _listing(doc, "history")
        snapshots = _listing(doc, "snapshots")
    except Exception:
        return None
    finally:
        close = getattr(doc, "close", None)
        if callable(close):
            close()
    times = [str(t) for t in (_field(h, "time", "timestamp", "at") for h in history) if t]
    authors = sorted({str(a) for a in (_field(h, "author", "who") for h in history) if a})
    snaps = tuple(
        (str(_field(s, "name", "title") or "?"), str(_field(s, "time", "created", "at") or ""))
        for s in snapshots
    )
    return DocumentInfo(
        history_count=len(history),
        first=min(times) if times else None,
        last=max(times) if times else None,
        authors=tuple(authors),
        snapshots=snaps,
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
) -> Path:
    """Write the report of ``case`` to ``path``; its ending picks Word, PDF or Excel.

    ``source`` is the file the case came from: a ``.vormkeuze`` document adds its history and
    snapshots to the accountability chapter.
    """
    target = check_target(path)
    version = software_version()
    kind = target.suffix.lower()
    if kind == ".xlsx":
        from gui.report.xlsx_writer import write_xlsx

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
    with chart_images(case, report, charts=charts) as images:
        if kind == ".docx":
            from gui.report.docx_writer import write_docx

            atomic_write(target, lambda tmp: write_docx(report, tmp, images, version))
        else:
            from gui.report.pdf_writer import write_pdf

            atomic_write(target, lambda tmp: write_pdf(report, tmp, images, version))
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
