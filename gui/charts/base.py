"""What every chart shares: title, one-line explanation, empty state, theme, throttled redraw.

A chart holds a :class:`model.session.Session` and draws the active profile.  Its pyqtgraph
items are created once and changed in place (``setData``/``setOpts``); a change in the session
schedules a redraw when the chart is visible (every change that arrives before control returns to
the event loop is drawn once, right after), and marks a hidden chart stale, to be drawn on its
next ``showEvent``.  The items themselves are built on first use, so hidden charts cost little at
start-up.  Charts never write the model: their controls (which node, which two
options, which axes) are view state.
"""

from __future__ import annotations

import html
import os
from typing import ClassVar

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
os.environ.setdefault("QT_API", "pyside6")  # pyqtgraph must pick PySide6 (platform-notes 3)

import pyqtgraph as pg
from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QWidget,
)

from gui.charts.common import local_tick_numbers
from gui.charts.layout import wrap_name
from gui.charts.state import ChartState
from gui.desk.provisional import provisional_text
from gui.flow import FitCombo
from gui.host import ViewHost
from gui.i18n import translate
from gui.pane import AnalysisPane
from gui.plaintext import NAME_CHARS, tooltip
from gui.style import NORMAL, Theme
from model import AnalysisError, Case, VormkeuzeError
from model.partial import provisional
from words.messages import render
from words.numbers import percent

pg.setConfigOptions(antialias=True)


def fmt_percent(share: float, lang: str, decimals: int = 0) -> str:
    """A share 0..1 as the charts write it: a whole percentage unless told otherwise."""
    return percent(share, lang, decimals)


def node_name(case: Case, node: str) -> str:
    n = case.node_by_id.get(node)
    return n.name if n is not None else node


def option_name(case: Case, option_id: str) -> str:
    for o in case.options:
        if o.id == option_id:
            return o.name
    return option_id


def empty_text(case: Case, error: VormkeuzeError, lang: str) -> str:
    """What to do when the case cannot be drawn (never a traceback, never a blank panel)."""
    if isinstance(error, AnalysisError) and any(i.code == "missing_scores" for i in error.issues):
        p = provisional(case)
        if p.missing:
            return provisional_text(case, p)
    return "\n".join(render(i, lang, case) for i in error.issues)


def name_combo(parent: QWidget) -> QComboBox:
    """A combo box of (long) names as wide as the name it shows (``gui.flow.FitCombo``): never
    elided; the controls row wraps instead of pushing the window wider."""
    return FitCombo(parent)


class Legend(QWidget):
    """Colour swatches with plain-text names (user text is never rich text).

    One row for up to four entries, else rows of three (two in presentation mode), and fewer
    columns where the width does not hold that many: a long name wraps on whole words, so that
    it never pushes the window wider than the screen and is never cut short.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setHorizontalSpacing(14)
        self._entries: list[tuple[QColor, str]] = []
        self._cells: list[tuple[QLabel, QLabel]] = []
        self._columns = 0
        self._theme = NORMAL
        # as wide as it is given (never a minimum that widens the window): the columns follow
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_entries(self, entries: list[tuple[QColor, str]], theme: Theme) -> None:
        if entries == self._entries and theme is self._theme:
            return
        self._entries, self._theme = list(entries), theme
        while self._layout.count():
            item = self._layout.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        self._cells = []
        side = max(10, theme.small_px)
        for color, name in entries:
            swatch = QLabel(self)
            swatch.setFixedSize(side, side)
            swatch.setStyleSheet(f"background:{color.name()}; border:1px solid #333;")
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFont(theme.font(theme.small_px))
            # a long name wraps on whole words (never cut: a legend entry may end in a value)
            room = QFontMetrics(label.font()).averageCharWidth() * NAME_CHARS
            shown = wrap_name(name, label.font(), room)
            label.setText(shown)
            label.setToolTip(tooltip(name) if "…" in shown else "")
            label.setStyleSheet(f"color:{theme.foreground.name()};")
            self._cells.append((swatch, label))
        self._columns = 0
        self._arrange()

    def _most_columns(self) -> int:
        n = len(self._entries)
        if self._theme.name == "presentation" and n > 2:
            return 2
        return 3 if n > 4 else max(1, n)

    def _arrange(self) -> None:
        """The entries in as many columns (up to :meth:`_most_columns`) as the width holds."""
        if not self._cells:
            return
        gap = self._layout.horizontalSpacing()
        entry = max(s.width() + gap + lab.sizeHint().width() for s, lab in self._cells)
        width = self.width() if self.isVisible() and self.width() > 0 else 10**6
        columns = max(1, min(self._most_columns(), (width + gap) // (entry + gap)))
        if columns == self._columns:
            return
        self._columns = columns
        for swatch, label in self._cells:
            self._layout.removeWidget(swatch)
            self._layout.removeWidget(label)
        for c in range(self._layout.columnCount()):
            self._layout.setColumnStretch(c, 0)
        for k, (swatch, label) in enumerate(self._cells):
            row, col = divmod(k, columns)
            self._layout.addWidget(swatch, row, 2 * col)
            self._layout.addWidget(label, row, 2 * col + 1)
        self._layout.setColumnStretch(2 * columns, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def names(self) -> list[str]:
        return [n for _, n in self._entries]


class ChartView(AnalysisPane):
    """Base of the charts: an analysis pane drawn synchronously, once per event-loop pass.

    Subclasses implement :meth:`build` and :meth:`draw` (and optionally controls)."""

    name: ClassVar[str] = ""
    #: the in-app help section of "hoe lees je dit?" ("" = the chart's ``name``); a class
    #: attribute, so that asking for it while the pane is laid out never builds the chart
    help_topic: ClassVar[str] = ""
    #: charts that lay out labels in pixels redraw when their size changes
    redraw_on_resize: ClassVar[bool] = False
    #: emitted after every redraw (tests and the benchmark wait for it)
    redrawn = Signal()

    def __init__(
        self,
        host: ViewHost,
        *,
        theme: Theme = NORMAL,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(host, parent=parent)
        self.theme = theme
        self.frozen = False
        self.updates = 0
        self._frozen_drawn = False
        self.legend = Legend(self)
        #: the plot and, beside it, what a chart pins there (the "why" panel)
        self.page = QWidget(self)
        self.side_layout = QHBoxLayout(self.page)
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.canvas = pg.GraphicsLayoutWidget(self.page)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.side_layout.addWidget(self.canvas, 1)
        self._lay_out(self.page, spacing=4, below=[self.legend])

        # One redraw for all the changes that arrive before control returns to the event loop
        # (a slider drag, a macro): drawn at once after them, never after a fixed delay.
        self._redraw = QTimer(self)
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(0)
        self._redraw.timeout.connect(self._scheduled)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._export_menu)
        self.apply_theme(theme)

    def _materialize(self) -> None:
        self.build()
        self.restyle()
        if self.redraw_on_resize:
            # pixel layouts follow the plot's own size, which pyqtgraph settles after the
            # widget's resize event: redraw when a plot area has its new size
            for item in self.canvas.ci.items:
                if isinstance(item, pg.PlotItem):
                    item.vb.sigResized.connect(lambda *_: self.schedule())

    # --- subclass hooks ------------------------------------------------------------------
    def draw(self, case: Case, profile_id: str) -> None:
        """Update the items from the model (raise VormkeuzeError when it cannot)."""
        raise NotImplementedError

    def restyle(self) -> None:
        """Apply ``self.theme`` to the items (fonts, pens)."""

    def set_frozen(self, frozen: bool) -> None:
        """Hide numbers and order (presentation mode); revealing redraws."""
        if frozen == self.frozen:
            return
        self.frozen = frozen
        self._frozen_drawn = False
        self.refresh()

    # --- the compute strategy: synchronous, once per event-loop pass -----------------------
    def start(self) -> None:
        """Redraw once control is back in the event loop (a pending redraw stays one)."""
        self._redraw.start()

    def catch_up(self) -> None:
        self.refresh()

    def _scheduled(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.redraw_on_resize and self.__dict__.get("_built"):
            self.schedule()  # its layout is computed in pixels of the current size

    def refresh(self) -> None:
        """Redraw now from the session (never raises for an unanalysable case)."""
        self._stale = False
        self.ensure_built()
        case = self.analysed_case()  # the unit's case, the complete part while scores miss
        try:
            if self.frozen:
                if self._frozen_drawn:  # the picture stays as it was while the room weighs
                    self.updates += 1
                    self.redrawn.emit()
                    return
                self.draw_frozen(case, self.session.profile_id)
                self._frozen_drawn = True
            else:
                self.draw(case, self.session.profile_id)
        except VormkeuzeError as e:
            self.show_empty(empty_text(case, e, self.lang))
        else:
            self.show_content()
        self.updates += 1
        self.redrawn.emit()

    def draw_frozen(self, case: Case, profile_id: str) -> None:
        """Default: keep the last picture, numbers hidden by the subclass."""
        self.draw(case, profile_id)

    # --- view state (what export, presentation and the report read) ---------------------
    def state(self) -> ChartState:
        """What the user chose in this chart (node, options, axes), as a Qt-free value."""
        return ChartState()

    def set_state(self, state: ChartState) -> None:
        """Show what ``state`` says (choices the case does not have are ignored)."""

    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        k = combo.findData(value) if value is not None else -1
        if k >= 0:
            combo.setCurrentIndex(k)

    # --- export --------------------------------------------------------------------------
    def _export_menu(self, pos: QPoint) -> None:
        from gui.charts.export import copy_to_clipboard

        menu = QMenu(self)
        menu.addAction(translate("Charts", "Copy to clipboard"), lambda: copy_to_clipboard(self))
        menu.addAction(translate("Charts", "Save as PNG…"), lambda: self._save("png"))
        menu.addAction(translate("Charts", "Save as SVG…"), lambda: self._save("svg"))
        menu.exec(self.mapToGlobal(pos))

    def _save(self, kind: str) -> None:
        from gui.charts.export import save_png, save_svg
        from gui.desk.files import documents_folder

        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("Charts", "Save chart"),
            str(documents_folder() / f"{self.name}.{kind}"),
            "PNG (*.png)" if kind == "png" else "SVG (*.svg)",
            "",
            QFileDialog.Option.DontUseNativeDialog,  # Qt's own dialog speaks the app's language
        )
        if not path:
            return
        try:
            (save_png if kind == "png" else save_svg)(self, path)
        except OSError as e:
            self.host.status(
                translate("Charts", "Could not save {path}: {reason}").format(
                    path=path, reason=e.strerror or str(e)
                )
            )
        else:
            self.host.status(translate("Charts", "Saved {path}").format(path=path))

    # --- look ----------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        fg = theme.foreground.name()
        self.title_label.setText(self.title())
        self.title_label.setFont(theme.title_font())
        self.title_label.setStyleSheet(f"color:{fg};")
        self.how_label.setText(self.how_to_read())
        self.how_label.setFont(theme.font(theme.small_px))
        # not on the projector: no help link, no button to a cell of a window that is not there
        self.help_link.setVisible(theme.name != "presentation")
        self.banner.button.setVisible(theme.name != "presentation")
        self.how_label.setStyleSheet(f"color:{theme.muted.name()};")
        self.empty_label.setFont(theme.font(theme.body_px))
        self.empty_label.setStyleSheet(f"color:{fg};")
        self.canvas.setBackground(theme.background)
        self.setStyleSheet(
            f"ChartView {{ background:{theme.background.name()}; }}"
            if theme.name == "presentation"
            else ""
        )
        if self._built:
            self.restyle()
        self._stale = True
        self._frozen_drawn = False  # a frozen chart is redrawn in the new size, still frozen
        if self.isVisible():
            self.refresh()

    def style_plot(self, plot: pg.PlotItem, *, left: bool = True, bottom: bool = True) -> None:
        """Axis fonts, pens and grid for ``self.theme``; tick numbers in the user's language."""
        t = self.theme
        for side in ("left", "bottom", "right", "top"):
            ax = plot.getAxis(side)
            ax.setPen(pg.mkPen(t.foreground, width=max(1.0, t.line_width / 2)))
            ax.setTextPen(pg.mkPen(t.foreground))
            ax.setStyle(tickFont=t.font(t.small_px), tickTextOffset=max(4, t.small_px // 3))
            local_tick_numbers(ax, self.lang)  # 65,5 in Dutch
        plot.showAxis("left", left)
        plot.showAxis("bottom", bottom)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)

    def axis_label(self, plot: pg.PlotItem, side: str, text: str) -> None:
        """The axis' title; a bottom title longer than the plot is wide takes two lines."""
        from gui.charts.layout import wrap_names

        t = self.theme
        axis = plot.getAxis(side)
        width = int(plot.vb.width() or 0)
        lines = [text]
        if side in ("bottom", "top") and width > 100:
            lines = wrap_names([text], t.font(t.small_px), width - 20, 3)[0].split("\n")
        shown = "<br>".join(html.escape(line) for line in lines)
        if getattr(axis, "_vk_label", None) == (shown, t):
            return  # the same title: no new layout
        axis._vk_label = (shown, t)
        axis.setLabel(shown, **{"color": t.foreground.name(), "font-size": f"{t.small_px}px"})
        if side in ("bottom", "top"):
            from gui.charts.layout import fit_axis_height

            fit_axis_height(axis, t.small_px)

    def text_width(self, texts: list[str], px: int | None = None, *, bold: bool = False) -> int:
        fm = QFontMetrics(self.theme.font(px or self.theme.small_px, bold=bold))
        return max((fm.horizontalAdvance(s) for s in texts), default=0)

    def text_item(self, anchor: tuple[float, float] = (0, 0.5)) -> pg.TextItem:
        item = pg.TextItem("", color=self.theme.foreground, anchor=anchor)
        item.setFont(self.theme.font(self.theme.small_px))
        return item

    def set_text(self, item: pg.TextItem, text: str, color: QColor | None = None) -> None:
        item.setText(text, color=color if color is not None else self.theme.foreground)
        item.setFont(self.theme.font(self.theme.small_px))
