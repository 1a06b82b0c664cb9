"""Criteria view: the tree, rename, describe, scale, add, move, remove; undo."""

from __future__ import annotations

from typing import Any

from gui.main_window import MainWindow
from gui.views.criteria import CriteriaView, parse_levels
from model.commands import SetCriterion


def criteria(window: MainWindow) -> CriteriaView:
    view = window.view("criteria")
    assert isinstance(view, CriteriaView)
    window.show_view("criteria")
    return view


def test_tree_model_passes_qtmodeltester(window: MainWindow, qtmodeltester: Any) -> None:
    qtmodeltester.check(criteria(window).model, force_py=True)


def test_tree_shows_the_case_and_follows_changes(window: MainWindow) -> None:
    view = criteria(window)
    case = window.session.case
    assert view.model.rowCount() == len(case.criteria)
    assert view.item_name("btw") == case.node_by_id["btw"].name
    node = case.node_by_id["btw"]
    window.session.apply(SetCriterion(node="btw", criterion=node.replace(name="Btw-risico")))
    assert view.item_name("btw") == "Btw-risico"


def test_rename_in_the_tree_and_undo(window: MainWindow) -> None:
    view = criteria(window)
    before = window.session.case.node_by_id["twee-besturen"].name
    item = view.model.itemFromIndex(view.index_of("twee-besturen"))
    item.setText("Bestuurlijke afstemming")
    assert window.session.case.node_by_id["twee-besturen"].name == "Bestuurlijke afstemming"
    window.undo_stack.undo()
    assert (
        window.session.case.node_by_id["twee-besturen"].name
        == before
        == "Werken voor twee besturen"
    )


def test_describe_and_change_scale(window: MainWindow, dialogs: Any) -> None:
    view = criteria(window)
    view.select("btw")
    original = window.session.case.node_by_id["btw"].description
    view.description.setPlainText("Risico op btw-heffing over de onderlinge dienstverlening.")
    view.save_description.click()
    assert window.session.case.node_by_id["btw"].description.startswith("Risico op btw")
    view.levels.setText("-- = 0; - = 20; 0 = 50; + = 80; ++ = 100")
    view.apply_scale.click()
    levels = window.session.case.node_by_id["btw"].scale.levels
    assert [lv.value for lv in levels] == [0, 20, 50, 80, 100]
    # a scale that drops a level in use is refused with a message, nothing changes
    view.levels.setText("laag = 0; hoog = 100")
    case = window.session.case
    view.apply_scale.click()
    assert window.session.case is case
    assert dialogs.texts("warning")
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.session.case.node_by_id["btw"].description == original


def test_levels_text_is_parsed() -> None:
    assert [lv.label for lv in parse_levels("a = 1; b=2,5") or ()] == ["a", "b"]
    assert parse_levels("a 1; b") is None


def test_add_move_remove_and_undo(window: MainWindow, dialogs: Any) -> None:
    view = criteria(window)
    start = window.session.case
    view.select("btw")
    assert view.add_leaf("Nieuwe regel")
    new_id = view.selected_id()
    assert new_id is not None
    assert window.session.case.parent_of[new_id] == "financien"
    assert view.move_selected(-1)
    siblings = [c.id for c in window.session.case.children_of("financien")]
    assert siblings.index(new_id) == siblings.index("btw") - 1
    assert view.move_to_group("bestuur")
    assert window.session.case.parent_of[new_id] == "bestuur"
    assert view.add_group("Nieuwe groep")
    assert len(window.session.case.criteria) == len(start.criteria) + 1
    view.select(new_id)
    assert view.remove_selected()
    assert dialogs.texts("question")
    assert new_id not in window.session.case.node_by_id
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert window.session.case == start
