"""Defects found by looking at the views as users do (brief 22), each with the check that
would have caught it: on the laid-out widgets, at the size where it showed."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow

import resources
from gui.catalogue import chart_class, chart_names
from gui.charts.layout import _scene_rect
from gui.charts.presentation import PresentationWindow
from gui.charts.radar import RadarChart
from gui.host import StandaloneHost
from gui.units.chart import UnitsChart
from gui.weights.panel import WeightsPanel
from model import load_case_file
from model.session import Session
from tests.gui.charts_fakes import FakeWindow


@pytest.fixture
def session() -> Session:
    case, _ = load_case_file(resources.default_case_path())
    s = Session(case)
    s.profile_id = "raad-heemstede"
    return s


def _shown(qtbot: Any, widget: Any, size: tuple[int, int]) -> Any:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("name", chart_names())
def test_a_chart_is_built_when_first_used_not_when_made(qtbot: Any, session: Session, name: str):
    # the pane asked for its help topic while laying itself out; a chart had none, so the
    # lazy lookup built every chart at once (and the Per onderdeel lines landed above its title)
    chart = chart_class(name)(StandaloneHost(session))
    qtbot.addWidget(chart)
    assert not chart.built
    chart.ensure_built()
    assert chart.built


def test_per_unit_assignments_are_written_under_the_picture(qtbot: Any, session: Session):
    chart = _shown(qtbot, UnitsChart(StandaloneHost(session)), (1280, 640))
    chart.refresh()
    qtbot.wait(20)

    def top(w: Any) -> int:
        return int(w.mapTo(chart, QPoint(0, 0)).y())

    assert "Ontvlechten" in chart.portfolios_text()
    assert top(chart.title_label) < top(chart.stack) < top(chart.assignments)


def test_per_unit_curve_writes_its_numbers_in_dutch(qtbot: Any, session: Session):
    chart = _shown(qtbot, UnitsChart(StandaloneHost(session, language="nl")), (1280, 640))
    chart.refresh()
    left = chart.curve.getAxis("left")
    assert left.tickStrings([65.0, 65.5, 66.0], 1.0, 0.5) == ["65,0", "65,5", "66,0"]
    english = _shown(qtbot, UnitsChart(StandaloneHost(session, language="en")), (1280, 640))
    english.refresh()
    assert english.curve.getAxis("left").tickStrings([65.5], 1.0, 0.5) == ["65.5"]


def test_head_to_head_axis_writes_dutch_decimals(qtbot: Any, session: Session):
    chart = _shown(qtbot, chart_class("headtohead")(StandaloneHost(session)), (1280, 640))
    chart.refresh()
    assert chart.plot.getAxis("bottom").tickStrings([-0.5, 0.5], 1.0, 0.5) == ["-0,5", "0,5"]


@pytest.mark.parametrize("size", [(1024, 600), (1280, 640), (1920, 1000)])
def test_radar_names_options_whole_in_legend_and_toggles(
    qtbot: Any, session: Session, size: tuple[int, int]
):
    # the legend cut "Huidige privaatrechtelijke samenwerk…" and with it the option's value
    chart = _shown(qtbot, RadarChart(StandaloneHost(session)), size)
    chart.refresh()
    qtbot.wait(20)
    names = {o.id: o.name for o in session.case.options}
    shown = [" ".join(label.text().split()) for label in chart.legend.findChildren(QLabel)]
    shown = [t for t in shown if t]
    assert shown and not any("…" in t for t in shown)
    for o in chart.shown():
        assert any(t.startswith(names[o] + " ") for t in shown), names[o]
    for o, check in chart.checks.items():
        assert " ".join(check.text().split()) == names[o]
        assert check.sizeHint().width() <= check.width() + 1 or not check.isVisible()


def test_radar_toggles_are_not_made_again_on_every_redraw(qtbot: Any, session: Session):
    chart = _shown(qtbot, RadarChart(StandaloneHost(session)), (1280, 640))
    chart.refresh()
    before = list(chart.checks.values())
    chart.refresh()
    assert list(chart.checks.values()) == before


def test_a_squeezed_weights_dock_still_shows_the_total_column(qtbot: Any, session: Session):
    # at 1280x720 the dock was 210 px: the "totaal" percentages were cut off under the header
    window = FakeWindow(session)
    window.setCentralWidget(QLabel("chart"))
    panel = WeightsPanel(window)
    dock = QDockWidget("weights")
    dock.setWidget(panel)
    main: QMainWindow = window
    main.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    _shown(qtbot, window, (1280, 720))
    main.resizeDocks([dock], [120], Qt.Orientation.Horizontal)
    qtbot.wait(20)
    viewport = panel.scroll_area.viewport()
    for row in panel._rows.values():
        if not row.box.isVisibleTo(panel):
            continue
        right = row.global_.mapTo(viewport, row.global_.rect().topRight()).x()
        assert right < viewport.width(), (row.node, right, viewport.width())
        assert row.global_.text().endswith("%")


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_projected_per_unit_heads_and_lines_read_from_the_back(
    qtbot: Any, session: Session, size: tuple[int, int]
):
    host = FakeWindow(session)
    qtbot.addWidget(host)
    pres = _shown(qtbot, PresentationWindow(host), size)
    pres.panel.show_chart("onderdelen")
    qtbot.wait(30)
    pres.prepare_current()
    qtbot.wait(30)
    chart = pres.current_view()
    body = pres.theme.small_px
    heads = [h for h in chart.head_labels if h.toPlainText()]
    assert heads
    # 16 px at 1080 lines before: small print on a beamer
    assert min(QFontInfo(h.textItem.font()).pixelSize() for h in heads) >= 0.8 * body
    assert QFontInfo(chart.assignments.font()).pixelSize() >= 0.8 * body


@pytest.mark.parametrize("size", [(1024, 600), (1280, 640), (1920, 1000)])
def test_trade_off_names_are_not_struck_through_by_the_front(
    qtbot: Any, session: Session, size: tuple[int, int]
):
    # "Centrumregeling" and "Ontvlechten" were written across the front's line
    chart = _shown(qtbot, chart_class("tradeoff")(StandaloneHost(session)), size)
    chart.refresh()
    qtbot.wait(20)
    chart.refresh()  # at the plot's laid-out size
    xs, ys = chart.front.getData()
    assert xs is not None and len(xs) >= 2
    vb = chart.plot.vb
    along = [
        vb.mapViewToScene(QPointF(x0 + f * (x1 - x0), y0 + f * (y1 - y0)))
        for x0, y0, x1, y1 in zip(xs, ys, xs[1:], ys[1:], strict=False)
        for f in (k / 50 for k in range(51))
    ]
    for label in chart.labels.values():
        if not label.isVisible():
            continue
        rect = _scene_rect(label)
        assert not any(rect.contains(p) for p in along), label.toPlainText()


def test_units_editor_shows_each_exclusion_reason_whole(
    qtbot: Any, tmp_path: Any, settings: Any
) -> None:
    # the reasons were cut after two lines with "…" at 1280x720
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    from tests.gui.conftest import make_window

    case, _ = load_case_file(resources.default_case_path())
    window = make_window(qtbot, tmp_path, case, settings, views=("eenheden",), lang="nl")
    _shown(qtbot, window, (1280, 720))
    window.show_view("eenheden")
    editor = window.view("eenheden")
    qtbot.wait(30)
    table = editor.exclusions
    fm = QFontMetrics(table.font())
    reasons = 0
    for r in range(table.rowCount()):
        item = table.item(r, 1)
        if item is None or not item.text():
            continue
        reasons += 1
        width = table.columnWidth(1) - 8
        need = fm.boundingRect(QRect(0, 0, width, 10**5), Qt.TextFlag.TextWordWrap, item.text())
        assert table.rowHeight(r) >= need.height(), item.text()[:40]
    assert reasons


def test_radar_ring_values_lie_above_the_shapes_on_the_ground_colour(qtbot: Any, session: Session):
    # an option's line ran through "50" and "75"
    chart = _shown(qtbot, RadarChart(StandaloneHost(session)), (1280, 640))
    chart.refresh()
    shapes = [s for s in chart.shapes.values() if s.isVisible()]
    assert shapes
    for label in chart.ring_labels:
        assert label.zValue() > max(s.zValue() for s in shapes)
        assert label.fill.style() != Qt.BrushStyle.NoBrush
        assert label.fill.color().rgb() == chart.theme.background.rgb()
        assert label.fill.color().alpha() >= 200


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_numeric_axis_writes_the_users_decimals(qtbot: Any, session: Session, lang: str):
    """One mechanism (the chart base's style_plot, the analysis views' axis styling): every
    axis of every chart and of Wat is ervoor nodig? and Robuustheid writes 1,5 in Dutch."""
    from gui.catalogue import VIEWS
    from gui.robustness.needed_view import NeededView
    from gui.robustness.robustness_view import RobustnessView

    host = StandaloneHost(session, language=lang)
    charts = [v.name for v in VIEWS if v.chart and v.name != "onderdelen"]
    views: list[Any] = [chart_class(name)(host) for name in charts]
    views += [UnitsChart(host), NeededView(host), RobustnessView(host)]
    expected = ["1,5", "2,5"] if lang == "nl" else ["1.5", "2.5"]
    with_axes = 0
    for view in views:
        shown_view = _shown(qtbot, view, (1280, 640))
        if isinstance(shown_view, (NeededView, RobustnessView)):
            shown_view.compute_now()
        else:
            shown_view.refresh()
        axes = _axes(shown_view)
        for axis in axes:
            assert axis.tickStrings([1.5, 2.5], 1.0, 0.5) == expected, (type(view).__name__, axis)
        with_axes += bool(axes)
    assert with_axes >= len(views) - 1  # every view but the radar (drawn without axes)


def _axes(view: Any) -> list[pg.AxisItem]:
    return [
        item
        for canvas in view.findChildren(pg.GraphicsView)
        for item in canvas.scene().items()
        if isinstance(item, pg.AxisItem) and item.isVisible()
    ]


def test_the_why_writes_numeric_scores_and_ranges_in_the_users_language() -> None:
    from gui.charts.common import score_label
    from gui.charts.why import explain_leaves
    from tests.model.matrix_case import matrix_case

    case = matrix_case([[47.5, 100.0], [52.25, 3.0]], ranges={(0, 0): (40.5, 50.0)})
    assert score_label(case, "o0", "c0", "nl") == "47,5"
    assert score_label(case, "o0", "c0", "en") == "47.5"
    assert score_label(case, "o0", "c1", "nl") == "100"  # whole: no decimals
    nl = explain_leaves(case, "o0", ["c0"], "nl")[0]
    assert nl.score == "47,5" and nl.range == "40,5 – 50"
    assert explain_leaves(case, "o0", ["c0"], "en")[0].range == "40.5 – 50"
