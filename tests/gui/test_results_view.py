"""Ranking view: live values, ranks and group contributions; the empty state."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from gui.main_window import MainWindow
from gui.views.results import ResultsView
from model.analysis import evaluate
from model.commands import SetScore, SetWeight


def results(window: MainWindow) -> ResultsView:
    view = window.view("resultaat")
    assert isinstance(view, ResultsView)
    window.show_view("resultaat")  # a hidden view catches up only when shown
    return view


def rows(view: ResultsView) -> list[tuple[int, str, float]]:
    m = view.model
    return [
        (
            m.index(r, 0).data(Qt.ItemDataRole.UserRole),
            m.index(r, 1).data(Qt.ItemDataRole.UserRole),
            m.index(r, 2).data(Qt.ItemDataRole.UserRole),
        )
        for r in range(m.rowCount())
    ]


def test_ranking_model_passes_qtmodeltester(window: MainWindow, qtmodeltester: Any) -> None:
    qtmodeltester.check(results(window).model, force_py=True)


def test_shows_the_evaluation_of_the_active_profile(window: MainWindow) -> None:
    view = results(window)
    ev = evaluate(window.session.case, window.session.profile_id)
    assert [r[1] for r in rows(view)] == ev.ranking
    for rank, option, value in rows(view):
        assert value == pytest.approx(ev.values[option])
        assert rank == ev.ranks[option]
    # the group contributions add up to the total
    m = view.model
    for r in range(m.rowCount()):
        parts = [m.index(r, c).data(Qt.ItemDataRole.UserRole) for c in range(3, m.columnCount())]
        assert sum(parts) == pytest.approx(m.index(r, 2).data(Qt.ItemDataRole.UserRole))


def test_profile_switch_and_weight_change_update_live(window: MainWindow) -> None:
    view = results(window)
    window.profile_combo.setCurrentIndex(window.profile_combo.findData("raad-bloemendaal"))
    window.profile_combo.activated.emit(window.profile_combo.currentIndex())
    assert window.session.profile_id == "raad-bloemendaal"
    assert "Bloemendaal" in view.heading.text()
    ev = evaluate(window.session.case, "raad-bloemendaal")
    assert [r[1] for r in rows(view)] == ev.ranking
    window.push(SetWeight(profile_id="raad-bloemendaal", node="financien", value=1000))
    ev2 = evaluate(window.session.case, "raad-bloemendaal")
    assert [r[2] for r in rows(view)] == pytest.approx(sorted(ev2.values.values(), reverse=True))
    window.undo_stack.undo()
    assert [r[2] for r in rows(view)] == pytest.approx(sorted(ev.values.values(), reverse=True))


def test_a_missing_score_gives_a_provisional_ranking(window: MainWindow) -> None:
    view = results(window)
    case = window.session.case
    window.push(SetScore(option="rzm", criterion="btw", score=None))
    assert view.stack.currentWidget() is view.table  # never a blank
    assert view.banner.isVisibleTo(view)
    text = view.banner.text
    assert "Provisional: 1 score is missing" in text
    assert "Regeling zonder meer · " + case.node_by_id["btw"].name in text
    # ranked over the criteria that are complete: every option is still there
    assert sorted(r[1] for r in rows(view)) == sorted(case.option_ids)
    window.undo_stack.undo()
    assert not view.banner.isVisibleTo(view) and view.stack.currentWidget() is view.table


def test_the_banner_goes_to_the_first_missing_cell(window: MainWindow) -> None:
    view = results(window)
    window.push(SetScore(option="rzm", criterion="btw", score=None))
    view.banner.button.click()
    scores = window.view("scores")
    assert window.tabs.currentWidget() is scores or scores.isVisible()
    index = scores.table.currentIndex()  # type: ignore[attr-defined]
    assert scores.model.pair(index) == ("rzm", "btw")  # type: ignore[attr-defined]


def test_a_hidden_view_waits_and_catches_up_when_shown(window: MainWindow) -> None:
    view = results(window)
    window.show_view("scores")
    assert not view.isVisible()
    before = rows(view)
    window.push(SetWeight(profile_id=window.session.profile_id, node="financien", value=1000))
    assert rows(view) == before  # not recomputed while nobody looks
    window.show_view("resultaat")
    ev = evaluate(window.session.case, window.session.profile_id)
    assert [r[1] for r in rows(view)] == ev.ranking
    assert [r[2] for r in rows(view)] == pytest.approx(sorted(ev.values.values(), reverse=True))
