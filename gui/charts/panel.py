"""All the charts behind one selector (used by presentation mode; usable as a view)."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from gui.catalogue import charts
from gui.charts.base import ChartView
from gui.host import ViewHost
from gui.style import NORMAL, Theme


class ChartsPanel(QWidget):
    """A stack of the catalogue's charts; only the current one is visible (and so redrawn)."""

    def __init__(
        self, host: ViewHost, *, theme: Theme = NORMAL, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.stack = QStackedWidget(self)
        self.charts: dict[str, ChartView] = {}
        for view in charts():
            cls = view.load()
            assert issubclass(cls, ChartView)
            chart = cls(host, theme=theme, parent=self.stack)
            self.stack.addWidget(chart)
            self.charts[view.name] = chart
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @property
    def current(self) -> ChartView:
        widget = self.stack.currentWidget()
        assert isinstance(widget, ChartView)
        return widget

    @property
    def current_name(self) -> str:
        return self.current.name

    def show_chart(self, name: str) -> None:
        self.stack.setCurrentWidget(self.charts[name])

    def step(self, delta: int) -> str:
        """Show the next (+1) or previous (-1) chart, wrapping around; return its name."""
        k = (self.stack.currentIndex() + delta) % self.stack.count()
        self.stack.setCurrentIndex(k)
        return self.current_name

    def apply_theme(self, theme: Theme) -> None:
        for chart in self.charts.values():
            chart.apply_theme(theme)

    def set_frozen(self, frozen: bool) -> None:
        for chart in self.charts.values():
            chart.set_frozen(frozen)
