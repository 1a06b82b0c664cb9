"""The GUI's part in a report: a Qt application for offscreen drawing and the chart renderer.

:mod:`report` is Qt-free; whoever writes a report with charts obtains a
:class:`report.common.ChartRenderer` here and hands it to :func:`report.write.write_report`.
This is the one place the command line reaches into ``gui`` for a report.
"""

from __future__ import annotations

import os
from pathlib import Path

from model import Case
from report.common import ChartRenderer

_own_app: list[object] = []


def ensure_qt_app(lang: str | None = None) -> object:
    """A Qt application for offscreen rendering, created if none exists.

    An application created here (the command line) gets the translations of ``lang``, so the
    charts speak the report's language; an existing one (the desktop app) is left as it is.
    """
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


def chart_renderer() -> ChartRenderer:
    """Draw a report chart with the app's own chart classes (a Qt application is made once)."""

    def render(
        case: Case,
        profile_id: str,
        chart: str,
        path: Path,
        *,
        size: tuple[int, int],
        lang: str,
    ) -> Path:
        from gui.charts.export import render_chart_png

        ensure_qt_app(lang)
        return render_chart_png(case, profile_id, chart, path, size=size, lang=lang)

    return render
