"""Wire the charts into the main window (see the GUI contract)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from gui.charts.base import ChartView
from gui.charts.export import CHART_NAMES, chart_classes, copy_to_clipboard, save_png, save_svg
from gui.charts.presentation import open_presentation
from gui.i18n import translate


def view_titles() -> dict[str, str]:
    return {
        "ranking": translate("Charts", "Result"),
        "sensitivity": translate("Charts", "Sensitivity"),
        "headtohead": translate("Charts", "Compare two options"),
        "radar": translate("Charts", "Option profile"),
        "stakeholders": translate("Charts", "Stakeholders"),
        "tradeoff": translate("Charts", "Trade-off map"),
    }


def _export_menu(window: Any, chart: ChartView) -> None:
    chart.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(pos: Any) -> None:
        menu = QMenu(chart)
        menu.addAction(translate("Charts", "Copy to clipboard"), lambda: copy_to_clipboard(chart))
        menu.addAction(translate("Charts", "Save as PNG…"), lambda: _save(window, chart, "png"))
        menu.addAction(translate("Charts", "Save as SVG…"), lambda: _save(window, chart, "svg"))
        menu.exec(chart.mapToGlobal(pos))

    chart.customContextMenuRequested.connect(show_menu)


def _save(window: Any, chart: ChartView, kind: str) -> None:
    path, _ = QFileDialog.getSaveFileName(
        chart,
        translate("Charts", "Save chart"),
        f"{chart.name}.{kind}",
        "PNG (*.png)" if kind == "png" else "SVG (*.svg)",
    )
    if not path:
        return
    try:
        (save_png if kind == "png" else save_svg)(chart, path)
    except OSError as e:
        window.status(
            translate("Charts", "Could not save {path}: {reason}").format(
                path=path, reason=e.strerror or str(e)
            )
        )
    else:
        window.status(translate("Charts", "Saved {path}").format(path=path))


def install(window: Any) -> None:
    classes = chart_classes()
    titles = view_titles()
    lang = getattr(window, "lang", "nl")
    window.charts = {}
    for name in CHART_NAMES:
        chart = classes[name](window.session, lang=lang, parent=window)
        _export_menu(window, chart)
        window.register_view(name, chart, titles[name])
        window.charts[name] = chart

    def present() -> None:
        current = next((n for n, c in window.charts.items() if c.isVisible()), None)
        open_presentation(window, chart=current)

    action = QAction(translate("Charts", "Presentation mode"), window)
    action.setShortcut(QKeySequence(Qt.Key.Key_F11))
    action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    action.triggered.connect(present)
    view_menu = getattr(window, "menus", {}).get("view")
    if view_menu is not None:
        view_menu.addAction(action)
    else:
        window.addAction(action)
    window.presentation_action = action
