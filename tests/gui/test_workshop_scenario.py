"""The scenario of issue 5's "done when", in the real main window with every view package:
change a rationale, switch to the Bloemendaal profile, drag a weight and see the ranking
answer, undo it, take a snapshot and find the change in the history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from model import evaluate
from tests.gui.conftest import make_window


def test_a_person_can_run_the_workshop_steps(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Any
) -> None:
    w = make_window(qtbot, tmp_path, default_case, settings, views=("*",))
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)

    # 1. change a rationale in the score editor
    w.show_view("scores")
    scores = w.view("scores")
    scores.table.setCurrentIndex(scores.model.index_of("pso", "btw"))
    assert scores.editor.pair == ("pso", "btw")
    scores.editor.rationale.setPlainText("Nieuwe onderbouwing na de workshop.")
    scores.editor.rationale.editingFinished.emit()
    assert w.session.case.score_by_pair[("pso", "btw")].rationale == (
        "Nieuwe onderbouwing na de workshop."
    )

    # 2. switch to the Bloemendaal profile with the toolbar selector
    combo = w.profile_combo
    combo.setCurrentIndex(combo.findData("raad-bloemendaal"))
    combo.activated.emit(combo.currentIndex())
    assert w.session.profile_id == "raad-bloemendaal"

    # 3. drag a weight: the ranking chart answers at once
    w.show_view("ranking")
    chart = w.view("ranking")
    before = evaluate(w.session.case, "raad-bloemendaal").value_array.copy()
    slider = w.view("gewichten").row("vorm").slider
    slider.setSliderDown(True)
    for v in (slider.value() + 20, slider.value() + 40, 100):
        slider.setValue(v)
    slider.setSliderDown(False)
    # ... on a workshop copy: the vastgestelde profile stays as it was
    copy = "raad-bloemendaal-aangepast"
    assert w.session.profile_id == copy
    qtbot.waitUntil(lambda: chart.evaluation.profile == copy, timeout=5000)
    after = evaluate(w.session.case, copy)
    assert not (after.value_array == before).all()
    assert (evaluate(w.session.case, "raad-bloemendaal").value_array == before).all()
    qtbot.waitUntil(lambda: list(chart.evaluation.value_array) == list(after.value_array))

    # 4. undo: one step removes the copy and shows the vastgestelde profile again
    w.undo_stack.undo()
    assert w.session.profile_id == "raad-bloemendaal"
    assert copy not in [p.id for p in w.session.case.profiles]

    # 5. a snapshot, and the rationale change in the history (also in the document)
    w.show_view("geschiedenis")
    history = w.view("geschiedenis")
    assert history.take_snapshot("na ronde 1")
    assert [s.name for s in w.document.snapshots()] == ["na ronde 1"]
    kinds = [e.kind for e in w.document.history()]
    assert "SetScore" in kinds and kinds.count("SetProfile") >= 1
    shown = [
        history.history_model.data(history.history_model.index(r, 2))
        for r in range(history.history_model.rowCount())
    ]
    assert any(str(text).startswith("Rationale changed: ") for text in shown)
    w.close()
