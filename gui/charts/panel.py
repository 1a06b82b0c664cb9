"""Every projectable view behind one selector (presentation mode): the catalogue's charts and
the analysis views it marks ``projected`` (robuustheid, nodig, groep)."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from gui.catalogue import projected
from gui.charts.base import ChartView
from gui.host import ViewHost
from gui.style import NORMAL, Theme


def view_names() -> tuple[str, ...]:
    return tuple(s.name for s in projected())


class ChartsPanel(QWidget):
    """A stack of the projectable views; only the current one is visible (and so redrawn)."""

    def __init__(
        self, host: ViewHost, *, theme: Theme = NORMAL, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.stack = QStackedWidget(self)
        self.charts: dict[str, QWidget] = {}
        for spec in projected():
            cls = spec.load()
            if issubclass(cls, ChartView):
                view: QWidget = cls(host, theme=theme, parent=self.stack)
            else:
                view = spec.make(host, parent=self.stack)
                view.apply_theme(theme)  # type: ignore[attr-defined]
            self.stack.addWidget(view)
            self.charts[spec.name] = view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @property
    def current(self) -> QWidget:
        widget = self.stack.currentWidget()
        assert widget is not None
        return widget

    @property
    def current_name(self) -> str:
        widget = self.current
        return next(n for n, w in self.charts.items() if w is widget)

    def show_chart(self, name: str) -> None:
        self.stack.setCurrentWidget(self.charts[name])

    def step(self, delta: int) -> str:
        """Show the next (+1) or previous (-1) view, wrapping around; return its name."""
        k = (self.stack.currentIndex() + delta) % self.stack.count()
        self.stack.setCurrentIndex(k)
        return self.current_name

    def next_name(self) -> str:
        names = list(self.charts)
        return names[(names.index(self.current_name) + 1) % len(names)]

    def apply_theme(self, theme: Theme) -> None:
        for view in self.charts.values():
            view.apply_theme(theme)  # type: ignore[attr-defined]

    def set_frozen(self, frozen: bool) -> None:
        for view in self.charts.values():
            if isinstance(view, ChartView):
                view.set_frozen(frozen)
