"""The one list of views: name, title, the class that makes it, and where it lives.

The main window builds its tabs and docks from :data:`VIEWS` in this order; presentation mode,
chart export and the report's chart renderer take the charts from it (``chart=True``). Adding a
chart is its file in ``gui/charts/`` plus one line here (docs/architecture.md shows how).

Classes are imported when the view is made, so importing the catalogue costs nothing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, TypedDict

from gui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from gui.charts.base import ChartView
    from gui.host import ViewHost

#: a central tab, or a dock on one side of the window
Place = Literal["tab", "left", "right", "bottom"]
#: the tab groups, in the order of the tab bar: preparing the case, weighing, accounting for it
Group = Literal["prepare", "weigh", "account"]
GROUPS: tuple[Group, ...] = ("prepare", "weigh", "account")


class ViewOptions(TypedDict, total=False):
    """The keyword options a view's class takes besides its host and parent."""

    #: the weights panel: its own profile chooser (off in the window: the toolbar has one)
    profile_selector: bool


@dataclass(frozen=True)
class ViewSpec:
    """One view of the main window.

    ``target`` is ``"module:Class"``; the class takes ``(host, parent=..., **options)``.
    ``chart``: also shown in presentation mode and exportable as a picture.
    ``projected``: shown in presentation mode too (an analysis view that is not a chart).
    ``group``: the tab group it sits in (Voorbereiden, Afwegen, Verantwoorden; ``None`` for a
    dock); within a group the tabs follow this list.
    """

    name: str
    title: Callable[[], str]
    target: str
    place: Place = "tab"
    chart: bool = False
    options: ViewOptions = field(default_factory=lambda: ViewOptions())
    projected: bool = False
    group: Group | None = None

    def load(self) -> type[QWidget]:
        """The view's class (imports its module)."""
        module, _, attr = self.target.partition(":")
        cls: type[QWidget] = getattr(importlib.import_module(module), attr)
        return cls

    def make(self, host: ViewHost, parent: QWidget | None = None) -> QWidget:
        """A new view for ``host``."""
        make: Callable[..., QWidget] = self.load()
        return make(host, parent=parent, **self.options)


def _chart(
    name: str, title: Callable[[], str], target: str, *, group: Group | None = None
) -> ViewSpec:
    """A chart in ``gui/charts/`` (``target`` is ``"module:Class"`` there)."""
    return ViewSpec(name, title, f"gui.charts.{target}", chart=True, group=group)


def _view(
    name: str,
    title: Callable[[], str],
    target: str,
    *,
    place: Place = "tab",
    chart: bool = False,
    projected: bool = False,
    group: Group | None = None,
    options: ViewOptions | None = None,
) -> ViewSpec:
    """Any other view in ``gui/`` (``target`` is ``"package.module:Class"`` there)."""
    return ViewSpec(
        name,
        title,
        f"gui.{target}",
        place=place,
        chart=chart,
        options=options if options is not None else ViewOptions(),
        projected=projected,
        group=group,
    )


VIEWS: tuple[ViewSpec, ...] = (
    # preparing the case
    _view("scores", lambda: translate("Catalogue", "Scores"), "views.scores:ScoresView", group="prepare"),
    _view("opties", lambda: translate("Catalogue", "Options"), "views.options:OptionsView", group="prepare"),
    _view("criteria", lambda: translate("Catalogue", "Criteria"), "views.criteria:CriteriaView", group="prepare"),
    _view("eenheden", lambda: translate("Catalogue", "Units"), "units.editor:UnitsEditor", group="prepare"),
    # weighing: the result table, then the charts, what a workshop looks at (ui.md)
    _view("resultaat", lambda: translate("Catalogue", "Result"), "views.results:ResultsView", group="weigh"),
    _chart("ranking", lambda: translate("Catalogue", "Ranking"), "ranking:RankingChart", group="weigh"),
    _chart("sensitivity", lambda: translate("Catalogue", "Sensitivity"), "sensitivity:SensitivityChart", group="weigh"),
    _chart("headtohead", lambda: translate("Catalogue", "Compare two options"), "headtohead:HeadToHeadChart", group="weigh"),
    _chart("radar", lambda: translate("Catalogue", "Option profile"), "radar:RadarChart", group="weigh"),
    # every profile side by side sits with the group view: accounting for who weighs what
    _chart("stakeholders", lambda: translate("Catalogue", "Stakeholders"), "stakeholders:StakeholdersChart", group="account"),
    _chart("tradeoff", lambda: translate("Catalogue", "Trade-off map"), "tradeoff:TradeOffChart", group="weigh"),
    _view("onderdelen", lambda: translate("Catalogue", "Per unit"), "units.chart:UnitsChart", chart=True, group="weigh"),
    # the analyses that compute in the background
    _view("robuustheid", lambda: translate("Catalogue", "Robustness"), "robustness.robustness_view:RobustnessView", projected=True, group="account"),
    _view("nodig", lambda: translate("Catalogue", "What would it take?"), "robustness.needed_view:NeededView", projected=True, group="account"),
    _view("groep", lambda: translate("Catalogue", "Group view"), "robustness.group_view:GroupView", projected=True, group="account"),
    # live participation: the room weighs from their phones (issue 18)
    _view("deelname", lambda: translate("Catalogue", "Participation"), "participation.view:ParticipationView", group="account"),
    _view("geschiedenis", lambda: translate("Catalogue", "History"), "views.history:HistoryView", group="account"),
    # the weights stay in view beside everything (the toolbar chooses the profile)
    _view(
        "gewichten",
        lambda: translate("Catalogue", "Criteria and weights"),
        "weights.panel:WeightsPanel",
        place="left",
        options=ViewOptions(profile_selector=False),
    ),
)  # fmt: skip

#: the main window's own editing views (what a window without the analyses shows)
OWN_VIEWS = ("scores", "resultaat", "opties", "criteria", "geschiedenis")


def spec(name: str) -> ViewSpec:
    """The view called ``name``; KeyError if there is none."""
    for s in VIEWS:
        if s.name == name:
            return s
    raise KeyError(name)


def names() -> list[str]:
    return [s.name for s in VIEWS]


def charts() -> tuple[ViewSpec, ...]:
    """The charts, in the order of the catalogue."""
    return tuple(s for s in VIEWS if s.chart)


def projected() -> tuple[ViewSpec, ...]:
    """What presentation mode can show: the charts, then the projected analysis views."""
    return charts() + tuple(s for s in VIEWS if s.projected and not s.chart)


def chart_names() -> tuple[str, ...]:
    return tuple(s.name for s in charts())


def chart_class(name: str) -> type[ChartView]:
    """The class of the chart called ``name``; KeyError if there is no such chart."""
    s = spec(name)
    if not s.chart:
        raise KeyError(name)
    cls: type[ChartView] = s.load()  # type: ignore[assignment]
    return cls
