"""The GUI's part in a report: a Qt application for offscreen drawing and the print charts.

:mod:`report` is Qt-free; whoever writes a report with charts obtains a
:class:`report.common.ChartRenderer` here (:func:`chart_renderer`) and hands it to
:func:`report.write.write_report`.  This is the one place the command line reaches into ``gui``
for a report.

Charts for print are drawn from the model at their printed size with :func:`print_theme`, whose
smallest type is 8 pt on paper, in the app's colours, without the on-screen title, hints and
controls (the report's caption and alt text carry those), as a 300 dpi PNG kept in memory, for
Word and PDF alike.  (Not vector: Qt's SVG writes the charts' cosmetic strokes with
``vector-effect``, which WeasyPrint does not support; its lines would print as bands.)
"""

from __future__ import annotations

import os

from model import Case
from report.common import ChartRenderer

#: logical pixels per printed millimetre (the chart is laid out at this size)
PX_PER_MM = 4.0
#: bitmap resolution for Word
PNG_DPI = 300
#: smallest printed type, in points
MIN_PT = 8.0

_own_app: list[object] = []


def ensure_qt_app(lang: str | None = None) -> object:
    """A Qt application for offscreen rendering, created if none exists.

    An application created here (the command line) gets the translations of ``lang``, so the
    charts speak the report's language; an existing one (the desktop app) is left as it is.
    """
    from gui import import_scan

    import_scan.install()  # the command line's report: its chart imports are checked quickly
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        # the command line never opens a window, display or not: render offscreen
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        import gui

        gui.quiet_offscreen_noise()
        app = QApplication([])
        _own_app.append(app)
    if lang is not None and app in _own_app:
        from gui.i18n import install

        install(app, lang)
    return app


def px_for_pt(pt: float) -> int:
    """Logical pixels for type of ``pt`` points as printed (1 pt = 0.3528 mm)."""
    return round(pt * 0.3528 * PX_PER_MM + 0.49)


def print_theme() -> object:
    """The app's normal theme with sizes for paper: body 9 pt, small text 8 pt, titles 10 pt."""
    from dataclasses import replace

    from gui.style import NORMAL

    return replace(
        NORMAL,
        name="print",
        body_px=px_for_pt(9.0),
        title_px=px_for_pt(10.0),
        small_px=px_for_pt(MIN_PT),
        line_width=1.6,
        marker_size=7,
    )


def render_for_print(
    case: Case,
    profile_id: str,
    chart: str,
    *,
    size_mm: tuple[float, float],
    lang: str,
) -> bytes:
    """``chart`` of ``case`` under ``profile_id`` drawn for print: a 300 dpi PNG, in memory."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QSize, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication, QWidget

    from gui.catalogue import chart_class, chart_names
    from gui.host import StandaloneHost
    from gui.style import Theme
    from model.session import Session

    if chart not in chart_names():
        raise KeyError(chart)
    ensure_qt_app(lang)
    theme = print_theme()
    assert isinstance(theme, Theme)
    session = Session(case)
    session.profile_id = profile_id
    view = chart_class(chart)(StandaloneHost(session, lang), theme=theme)
    w, h = round(size_mm[0] * PX_PER_MM), round(size_mm[1] * PX_PER_MM)
    try:
        # no on-screen title, "how to read" hints, help link, banner or controls on paper
        view.title_label.hide()
        view.how_label.hide()
        view.help_link.hide()
        view.banner.hide()
        for k in range(view.controls.count()):
            item = view.controls.itemAt(k)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QWidget):
                widget.hide()
        view.setStyleSheet("ChartView, QLabel, QWidget { background: #FFFFFF; }")
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        view.resize(w, h)
        view.show()
        QApplication.processEvents()
        view.refresh()
        QApplication.processEvents()
        scale = PNG_DPI / 25.4 / PX_PER_MM
        image = QImage(QSize(round(w * scale), round(h * scale)), QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(round(PNG_DPI / 0.0254))
        image.setDotsPerMeterY(round(PNG_DPI / 0.0254))
        image.fill(theme.background)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.scale(scale, scale)
            view.render(painter, QPoint(0, 0))
        finally:
            painter.end()
    finally:
        view.close()
        view.deleteLater()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # (the stubs say bytes)
        raise ValueError(f"{chart}: the chart could not be encoded")
    buffer.close()
    return bytes(data.data())


def chart_renderer() -> ChartRenderer:
    """The report's chart renderer: the app's own charts, drawn for print."""
    return render_for_print
