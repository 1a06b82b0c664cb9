"""What the user chose in a chart, as small Qt-free values.

Export (a picture of the chart as shown), presentation mode and the report read a chart's
state through :meth:`gui.charts.base.ChartView.state` instead of its widgets.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChartState:
    """A chart without choices of its own (ranking, stakeholders)."""


@dataclass(frozen=True)
class NodeState(ChartState):
    """Sensitivity: the criterion (or group) whose weight runs from 0 to 100%."""

    node: str | None = None


@dataclass(frozen=True)
class PairState(ChartState):
    """Head to head: option ``a`` against option ``b``."""

    a: str | None = None
    b: str | None = None


@dataclass(frozen=True)
class AxesState(ChartState):
    """Trade-off map: the criterion (or group) on each axis."""

    x: tuple[str, ...] | None = None
    y: tuple[str, ...] | None = None


@dataclass(frozen=True)
class ShownState(ChartState):
    """Option profile: the options drawn (None: all of them)."""

    shown: frozenset[str] | None = None
