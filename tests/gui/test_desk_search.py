"""Zoeken (Ctrl+F): every cell that cites a word is found, and a result goes to its cell."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from gui.desk.search import HitRole, SearchWindow
from gui.main_window import MainWindow
from gui.settings import Settings
from model.commands import edit_score
from tests.gui.conftest import make_window


@pytest.fixture
def desk(qtbot: Any, tmp_path: Path, default_case: Any, settings: Settings) -> Iterator[MainWindow]:
    w = make_window(qtbot, tmp_path, default_case, settings)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def search_window(w: MainWindow, qtbot: Any) -> SearchWindow:
    w.activateWindow()
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    panel = w.findChild(SearchWindow, "searchWindow")
    assert isinstance(panel, SearchWindow) and panel.isVisible()
    return panel


def test_ctrl_f_finds_every_cell_citing_the_rekenkamer(desk: MainWindow, qtbot: Any) -> None:
    panel = search_window(desk, qtbot)
    assert panel.focusWidget() is panel.field  # the field takes the keys once the window is active
    panel.field.setText("rekenkamer")
    hits = panel.run()
    case = desk.session.case
    want = {
        (s.option, s.criterion)
        for s in case.scores
        if "rekenkamer" in ((s.rationale or "") + " " + (s.source or "")).casefold()
    }
    assert want and {(h.option, h.criterion) for h in hits if h.kind == "score"} == want
    assert panel.results.count() == len(hits)
    first = panel.results.item(0).data(HitRole)
    assert "rekenkamer" in panel.results.item(0).text().casefold()
    # the first score result goes to its cell
    row = next(
        r
        for r in range(panel.results.count())
        if panel.results.item(r).data(HitRole).kind == "score"
    )
    hit = panel.results.item(row).data(HitRole)
    panel.results.setCurrentRow(row)
    panel.results.itemActivated.emit(panel.results.item(row))
    scores = desk.view("scores")
    assert desk.tabs.currentWidget() is desk.place("scores")  # the tab that holds the view
    assert scores.model.pair(scores.table.currentIndex()) == (hit.option, hit.criterion)  # type: ignore[attr-defined]
    assert first is not None


def test_results_follow_edits(desk: MainWindow, qtbot: Any) -> None:
    panel = search_window(desk, qtbot)
    panel.field.setText("zonnewijzer")
    assert panel.run() == []
    desk.push(edit_score(desk.session.case, "pso", "btw", source="Rapport Zonnewijzer"))
    hits = panel.run()
    assert [(h.option, h.criterion, h.field) for h in hits] == [("pso", "btw", "source")]
    desk.undo_stack.undo()
    assert panel.run() == []
    assert "Nothing found" in panel.summary.text()
