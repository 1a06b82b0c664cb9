"""Export a chart: clipboard, PNG (exact size) and SVG (Qt 6.11-safe, via QSvgGenerator).

pyqtgraph 0.14's ``SVGExporter`` fails on Qt >= 6.11 (platform-notes 2), so SVG is rendered
by Qt itself: the chart widget paints into a :class:`QSvgGenerator`.  PNGs are rendered from a
fresh chart of the requested size (so the on-screen layout is untouched), which also works
headless: :func:`render_chart_png` needs no main window.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication

from gui.catalogue import chart_class
from gui.charts.base import ChartView
from gui.host import StandaloneHost
from gui.style import NORMAL, PRESENTATION, Theme
from model import Case
from model.session import Session


def _atomic_target(path: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    return Path(tmp)


def _offscreen_copy(chart: ChartView, size: tuple[int, int], theme: Theme | None) -> ChartView:
    """A fresh chart like ``chart`` (same view state), laid out at ``size``, not on screen."""
    copy = type(chart)(chart.host, theme=theme or chart.theme)
    copy.set_state(chart.state())
    _lay_out(copy, size)
    copy.set_frozen(chart.frozen)
    return copy


def _lay_out(chart: ChartView, size: tuple[int, int]) -> None:
    chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    chart.resize(*size)
    chart.show()
    QApplication.processEvents()
    chart.refresh()  # a second pass: label room depends on the laid-out plot size
    QApplication.processEvents()


def save_png(chart: ChartView, path: str | Path, size: tuple[int, int] = (1600, 900)) -> Path:
    """Write ``chart`` as a PNG of exactly ``size`` pixels (atomically)."""
    path = Path(path)
    copy = _offscreen_copy(chart, size, None)
    try:
        image = QImage(QSize(*size), QImage.Format.Format_ARGB32)
        image.fill(copy.theme.background)
        painter = QPainter(image)
        try:
            copy.render(painter, QPoint(0, 0))
        finally:
            painter.end()
    finally:
        copy.close()
        copy.deleteLater()
    tmp = _atomic_target(path)
    if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]  # (the stubs want bytes)
        tmp.unlink(missing_ok=True)
        raise OSError(f"{path}: could not write the PNG")
    os.replace(tmp, path)
    return path


def save_svg(chart: ChartView, path: str | Path, size: tuple[int, int] | None = None) -> Path:
    """Write ``chart`` as SVG by painting it into a QSvgGenerator (no pyqtgraph SVGExporter)."""
    path = Path(path)
    w, h = size or (max(chart.width(), 800), max(chart.height(), 500))
    copy = _offscreen_copy(chart, (w, h), None)
    tmp = _atomic_target(path)
    try:
        gen = QSvgGenerator()
        gen.setFileName(str(tmp))
        gen.setSize(QSize(w, h))
        gen.setViewBox(QRect(0, 0, w, h))
        gen.setTitle(copy.title())
        gen.setDescription(copy.how_to_read())
        painter = QPainter(gen)
        try:
            painter.fillRect(QRect(0, 0, w, h), copy.theme.background)
            copy.render(painter, QPoint(0, 0))
        finally:
            painter.end()
    except Exception:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        copy.close()
        copy.deleteLater()
    os.replace(tmp, path)
    return path


def copy_to_clipboard(chart: ChartView) -> None:
    QApplication.clipboard().setPixmap(chart.grab())


def render_chart_png(
    case: Case,
    profile_id: str,
    chart_name: str,
    path: str | Path,
    size: tuple[int, int] = (1600, 900),
    lang: str = "nl",
    *,
    presentation: bool = False,
) -> Path:
    """Render one chart of ``case`` under ``profile_id`` to a PNG, without any main window.

    Needs a QApplication (created here if missing; set ``QT_QPA_PLATFORM=offscreen`` headless).
    Raises KeyError for an unknown chart name. A case that cannot be analysed renders its
    empty-state text instead of failing.
    """
    cls = chart_class(chart_name)
    app = QApplication.instance() or QApplication([])  # noqa: F841 (kept alive while rendering)
    session = Session(case)
    if profile_id:
        session.profile_id = profile_id
    chart = cls(StandaloneHost(session, lang), theme=PRESENTATION if presentation else NORMAL)
    try:
        return save_png(chart, path, size)
    finally:
        chart.deleteLater()
