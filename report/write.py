"""One entry point for every report format: ``write_report(case, path, ...)``.

The file's ending picks the format (.docx, .pdf, .xlsx).  Refusals (unknown ending, a folder that
does not exist or cannot be written, an unknown profile or section, a template that is not a Word
file, a case that cannot be evaluated) raise :class:`model.VormkeuzeError` before anything is
written.  Each writer makes the whole file in memory; :func:`model.safe_write.write_atomic`
then writes it beside the target with the user's umask permissions, flushes and fsyncs it,
checks its size and re-opens it (:func:`verify`), and only then renames it over the old file:
a full disk or a file-size limit leaves the old report as it was and raises
:class:`model.safe_write.WriteFailed`.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import gc
import os
import sys
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from model import Case, VormkeuzeError
from model.errors import FileProblem, issue
from model.safe_write import failed, write_atomic
from model.version import VERSION
from report.common import ChartRenderer, chart_images, check_target
from report.outline import (
    DocumentInfo,
    Report,
    build_report,
    build_sheets,
    case_sha256,
)

TEMPLATE_SUFFIXES = (".docx", ".dotx")


def software_version() -> str:
    return VERSION


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


def check_template(path: str | os.PathLike[str] | None) -> Path | None:
    """A Word template given by the user: a readable .docx or .dotx, else a clear refusal."""
    if path is None:
        return None
    p = Path(path)
    if p.suffix.lower() not in TEMPLATE_SUFFIXES:
        raise FileProblem(
            [issue("template_extension", str(p), suffix=p.suffix, known=list(TEMPLATE_SUFFIXES))]
        )
    if not p.is_file():
        raise FileProblem([issue("template_missing", str(p))])
    try:
        with zipfile.ZipFile(p) as z:
            z.getinfo("word/document.xml")
            z.getinfo("word/styles.xml")
    except (OSError, zipfile.BadZipFile, KeyError):
        raise FileProblem([issue("template_not_word", str(p))]) from None
    return p


def verify(kind: str) -> Callable[[Path], None]:
    """A check that re-opens a written file of ``kind`` (raises when it is damaged)."""

    def check_zip(path: Path) -> None:
        with zipfile.ZipFile(path) as z:
            bad = z.testzip()
            if bad is not None:
                raise OSError(f"damaged part {bad}")
            z.getinfo("[Content_Types].xml")

    def check_pdf(path: Path) -> None:
        with open(path, "rb") as f:
            head = f.read(8)
            f.seek(max(0, os.fstat(f.fileno()).st_size - 1024))
            tail = f.read()
        if not head.startswith(b"%PDF-") or b"startxref" not in tail or b"%%EOF" not in tail:
            raise OSError("the PDF is incomplete")

    return check_pdf if kind == ".pdf" else check_zip


def write_report(
    case: Case,
    path: str | os.PathLike[str],
    *,
    profiles: list[str] | None = None,
    sections: list[str] | None = None,
    lang: str = "nl",
    source: str | os.PathLike[str] | None = None,
    date: _dt.date | None = None,
    charts: bool = True,
    with_robustness: bool = True,
    render_chart: ChartRenderer | None = None,
    template: str | os.PathLike[str] | None = None,
    author: str = "",
) -> Path:
    """Write the report of ``case`` to ``path``; its ending picks Word, PDF or Excel.

    ``source`` is the file the case came from: a ``.vormkeuze`` document adds its history and
    snapshots to the accountability chapter.  ``render_chart`` draws the figures (without one
    each figure is a placeholder line).  ``template`` (.docx or .dotx) gives the Word report the
    municipality's styles, headers, footers and logo; ``author`` goes into the file's properties.
    """
    target = check_target(path)
    tmpl = check_template(template)
    with _building(target):
        data = _report_bytes(
            case,
            target.suffix.lower(),
            profiles=profiles,
            sections=sections,
            lang=lang,
            source=source,
            date=date,
            charts=charts,
            with_robustness=with_robustness,
            render_chart=render_chart,
            template=tmpl,
            author=author,
        )
    write_atomic(target, data, check=verify(target.suffix.lower()))
    return target


@contextlib.contextmanager
def _building(target: Path) -> Iterator[None]:
    """A writer that fails on the disk while it builds the file is a failed write of
    ``target``, said once: no traceback, and no "Exception ignored" from half-closed files."""
    ignored: list[object] = []
    hook = sys.unraisablehook
    sys.unraisablehook = ignored.append
    problem: VormkeuzeError | None = None
    try:
        try:
            yield
        except OSError as e:
            problem = failed(target, e)
            e.__traceback__ = None  # let the writer's generators and files go now
        gc.collect()
    finally:
        sys.unraisablehook = hook
    if problem is not None:
        raise problem


def _report_bytes(
    case: Case,
    kind: str,
    *,
    profiles: list[str] | None,
    sections: list[str] | None,
    lang: str,
    source: str | os.PathLike[str] | None,
    date: _dt.date | None,
    charts: bool,
    with_robustness: bool,
    render_chart: ChartRenderer | None,
    template: Path | None,
    author: str,
) -> bytes:
    version = software_version()
    if kind == ".xlsx":
        from report.xlsx_writer import xlsx_bytes

        sheets = build_sheets(case, profiles)
        ids = profiles or [p.id for p in case.profiles]
        return xlsx_bytes(
            case,
            sheets,
            lang=lang,
            date=date or _dt.date.today(),
            version=version,
            case_hash=case_sha256(case),
            profiles=ids,
            author=author,
        )
    report = make_report(
        case,
        profiles,
        lang=lang,
        source=source,
        date=date,
        with_robustness=with_robustness,
        sections=sections,
    )
    images = chart_images(case, report, render_chart, charts=charts)
    if kind == ".docx":
        from report.docx_writer import docx_bytes

        return docx_bytes(report, images, version, template=template, author=author)
    from report.pdf_writer import pdf_bytes

    return pdf_bytes(report, images, version, author=author)


def make_report(
    case: Case,
    profiles: list[str] | None = None,
    *,
    lang: str = "nl",
    source: str | os.PathLike[str] | None = None,
    date: _dt.date | None = None,
    with_robustness: bool = True,
    sections: list[str] | None = None,
) -> Report:
    return build_report(
        case,
        profiles,
        lang=lang,
        date=date,
        document=document_info(source) if source is not None else None,
        version=software_version(),
        with_robustness=with_robustness,
        sections=sections,
    )
