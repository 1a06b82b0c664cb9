"""The one list of views: every entry makes its view, charts are charts, the window follows it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from gui.catalogue import VIEWS, chart_class, chart_names, names, spec
from gui.charts.base import ChartView
from tests.gui.conftest import make_window


def test_names_are_unique_and_every_entry_loads_a_view_class() -> None:
    assert len(names()) == len(set(names()))
    for view in VIEWS:
        cls = view.load()
        assert issubclass(cls, QWidget)
        assert view.title()
        assert issubclass(cls, ChartView) == view.chart
        if view.chart:
            assert chart_class(view.name).name == view.name


def test_the_window_builds_the_catalogue_in_order(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Any
) -> None:
    w = make_window(qtbot, tmp_path, default_case, settings, views=("*",))
    assert w.view_names() == names()
    tabs = [w.tabs.tabText(i) for i in range(w.tabs.count())]
    # the tabs come in the desk's three groups (gui.desk.groups), each in its own order
    from gui.desk.groups import ordered

    tab_names = [v.name for v in VIEWS if v.place == "tab"]
    assert tabs == [spec(n).title() for _g, group in ordered(tab_names) for n in group]
    assert w.view(chart_names()[0]).parent() is w.tabs.currentWidget()
    for name in names():
        assert getattr(w.view(name), "host", None) is w  # every view's host is the window
    assert spec("gewichten").place == "left"
    w.close()
