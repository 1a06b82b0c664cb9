"""Elicitation helpers: each method writes the right weights as ONE undoable SetProfile."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gui.weights import WeightsPanel
from gui.weights.elicitation import ElicitationDialog
from model.case import Elicitation
from model.elicitation import (
    ahp_matrix,
    saaty_position,
    saaty_text,
    saaty_value,
    with_elicitation,
    with_points,
)
from model.io import load_case_file
from model.weights import resolve_profile
from tests.gui.test_weights_panel import FROZEN_CASE, FakeWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

BESTUUR = ["kaderstelling", "transparantie", "sturing", "meetbaarheid", "drukte"]


@pytest.fixture
def window(case: Any) -> FakeWindow:
    w = FakeWindow(case)
    w.session.profile_id = "raad-heemstede"
    return w


_DEFAULT = load_case_file(FROZEN_CASE)[0]  # version 1 of the default case, frozen for these numbers


@pytest.fixture
def case() -> Any:
    return _DEFAULT


@pytest.fixture
def panel(qtbot: Any, window: FakeWindow) -> WeightsPanel:
    p = WeightsPanel(window)
    qtbot.addWidget(p)
    return p


def _local(window: FakeWindow, nodes: list[str]) -> list[float]:
    case = window.session.case
    k = [p.id for p in case.profiles].index(window.session.profile_id)
    local = resolve_profile(case, k).local
    return [local[n] for n in nodes]


def _shown(window: FakeWindow) -> Any:
    """The profile the panel shows after a method: the adopted one's workshop copy."""
    assert window.session.profile_id == "raad-heemstede-aangepast"
    return window.session.case.profile(window.session.profile_id)


def _open(panel: WeightsPanel, node: str) -> ElicitationDialog:
    dialog = panel.open_method(node)
    assert isinstance(dialog, ElicitationDialog)
    return dialog


def test_rank_order_gives_roc_weights_and_one_undo_step(
    panel: WeightsPanel, window: FakeWindow
) -> None:
    before = window.session.case
    dialog = _open(panel, "bestuur")
    dialog.tabs.setCurrentIndex(dialog.RANK)
    page = dialog.rank_page
    page.order_list.set_order(
        ["drukte", "sturing", "kaderstelling", "meetbaarheid", "transparantie"]
    )
    page.order_list.list.setCurrentRow(4)
    page.order_list.move_current(-1)  # transparantie above meetbaarheid (Ctrl+Up)
    assert page.order()[3] == "transparantie"
    # ROC for n = 5: 0.4567, 0.2567, 0.1567, 0.0900, 0.0400
    assert page.order_list.list.item(0).text().endswith("45,7%")
    dialog.accept()
    # the method changes a workshop copy; the adopted profile stays as it was
    assert window.session.case.profile("raad-heemstede") == before.profile("raad-heemstede")
    profile = _shown(window)
    e = profile.elicitation_for("bestuur")
    assert e is not None and e.method == "rank"
    assert e.order == ("drukte", "sturing", "kaderstelling", "transparantie", "meetbaarheid")
    assert not any(c in (profile.weights or {}) for c in BESTUUR)
    got = _local(window, ["drukte", "sturing", "kaderstelling", "transparantie", "meetbaarheid"])
    np.testing.assert_allclose(got, [0.456667, 0.256667, 0.156667, 0.09, 0.04], atol=1e-5)
    assert window.undo_stack.count() == 1
    assert panel.row("bestuur").method.text()  # the group says which method
    window.undo_stack.undo()
    assert window.session.case == before


def test_ahp_weights_consistency_warning_and_one_step(
    panel: WeightsPanel, window: FakeWindow
) -> None:
    dialog = _open(panel, "financien")  # btw, prijs-kwaliteit, transitiekosten
    dialog.tabs.setCurrentIndex(dialog.AHP)
    page = dialog.ahp_page
    for (i, j), p in {(0, 1): 2, (0, 2): 4, (1, 2): 2}.items():  # 3, 5, 3: nearly consistent
        page.set_position(i, j, p)
    w, cr, bad = page.consistency()
    assert not bad and cr < 0.1
    assert "⚠" not in page.cr_label.text()
    page.set_position(0, 2, -8)  # btw 3x prijs, prijs 3x transitie, but transitie 9x btw
    w, cr, bad = page.consistency()
    assert bad and cr > 0.1
    assert "⚠" in page.cr_label.text()
    assert "0,10" in page.cr_label.text()
    dialog.accept()
    e = _shown(window).elicitation_for("financien")
    assert e is not None and e.method == "ahp"
    assert e.order == ("btw", "prijs-kwaliteit", "transitiekosten")
    assert e.matrix is not None
    assert e.matrix[0][1] == 3 and e.matrix[1][0] == pytest.approx(1 / 3)
    assert e.matrix[0][2] == pytest.approx(1 / 9)
    np.testing.assert_allclose(_local(window, list(e.order)), w, atol=1e-9)
    assert window.undo_stack.count() == 1


def test_points_replace_an_elicitation(panel: WeightsPanel, window: FakeWindow) -> None:
    dialog = _open(panel, "root")
    dialog.tabs.setCurrentIndex(dialog.RANK)
    dialog.accept()
    assert _shown(window).elicitation_for("root") is not None
    dialog = _open(panel, "root")
    assert dialog.tabs.currentIndex() == dialog.RANK  # opens on the recorded method
    dialog.tabs.setCurrentIndex(dialog.POINTS)
    page = dialog.points_page
    for node, v in zip(
        ("bestuur", "financien", "organisatie", "vorm"), (50, 20, 20, 5), strict=True
    ):
        page.spins[node].setValue(v)
    assert "5" in page.total.text()  # 95 of 100: 5 still to share
    dialog.accept()
    profile = _shown(window)
    assert profile.elicitation_for("root") is None
    assert [profile.weights[g] for g in ("bestuur", "financien", "organisatie", "vorm")] == [
        50,
        20,
        20,
        5,
    ]
    assert panel.row("bestuur").slider.value() == 50
    assert window.undo_stack.count() == 2


def test_points_all_zero_cannot_be_applied(panel: WeightsPanel) -> None:
    dialog = _open(panel, "vorm")
    page = dialog.points_page
    for spin in page.spins.values():
        spin.setValue(0)
    assert not dialog.apply_button.isEnabled()
    page.spins["ontvlechtbaarheid"].setValue(1)
    assert dialog.apply_button.isEnabled()


def test_swing_points_relative_to_the_top(panel: WeightsPanel, window: FakeWindow) -> None:
    dialog = _open(panel, "organisatie")
    dialog.tabs.setCurrentIndex(dialog.SWING)
    page = dialog.swing_page
    page.order_list.set_order(["rechtspositie", "kwetsbaarheid", "continuiteit", "werkgeverschap"])
    assert not page.spins["rechtspositie"].isEnabled()  # the top swing is 100
    page.set_points("kwetsbaarheid", 80)
    page.set_points("continuiteit", 50)
    page.set_points("werkgeverschap", 70)
    assert page.check.isVisibleTo(dialog)  # 70 below 50: the order contradicts the points
    assert "werkgeverschap" in page.check.text()  # names the one out of order
    page.set_points("werkgeverschap", 20)
    assert not page.check.isVisibleTo(dialog)
    dialog.accept()
    weights = _shown(window).weights
    assert {k: weights[k] for k in page.spins} == {
        "rechtspositie": 100,
        "kwetsbaarheid": 80,
        "continuiteit": 50,
        "werkgeverschap": 20,
    }
    np.testing.assert_allclose(_local(window, ["rechtspositie"]), [100 / 250])
    assert window.undo_stack.count() == 1


def test_cancel_changes_nothing(panel: WeightsPanel, window: FakeWindow) -> None:
    before = window.session.case
    dialog = _open(panel, "bestuur")
    dialog.tabs.setCurrentIndex(dialog.AHP)
    dialog.ahp_page.set_position(0, 1, 5)
    dialog.reject()
    assert window.session.case == before and window.undo_stack.count() == 0


def test_english_dialog(qtbot: Any, case: Any) -> None:
    dialog = ElicitationDialog(case, "raad-heemstede", "financien", "en")
    qtbot.addWidget(dialog)
    dialog.ahp_page.set_position(0, 2, -8)
    assert "0.10" in dialog.ahp_page.cr_label.text()


def test_context_menu_offers_the_group_and_its_parent(panel: WeightsPanel) -> None:
    menu = panel.context_menu("bestuur")
    texts = [a.text() for a in menu.actions()]
    menu.deleteLater()
    assert len(texts) == 2
    assert any("Bestuur en democratische sturing" in t for t in texts)


@given(st.integers(-8, 8))
def test_saaty_scale_is_reciprocal_and_round_trips(p: int) -> None:
    assert saaty_position(saaty_value(p)) == p
    assert saaty_value(p) * saaty_value(-p) == pytest.approx(1.0)
    assert saaty_text(p) in {"1/9", "1/8", "1/7", "1/6", "1/5", "1/4", "1/3", "1/2"} | {
        str(k) for k in range(1, 10)
    }


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(-8, 8), min_size=3, max_size=3))
def test_any_ahp_elicitation_is_accepted_by_the_model(positions: list[int]) -> None:
    case = _DEFAULT
    children = [c.id for c in case.children_of("financien")]
    matrix = ahp_matrix(3, dict(zip([(0, 1), (0, 2), (1, 2)], positions, strict=True)))
    profile = with_elicitation(
        case,
        case.profile("raad-heemstede"),
        Elicitation(node="financien", method="ahp", order=tuple(children), matrix=matrix),
    )
    new = case.replace(profiles=(profile, *case.profiles[1:]))
    errors = [i for i in resolve_profile(new, 0).issues if i.severity == "error"]
    assert errors == []
    # and back to points: the elicitation goes, the weights come
    back = with_points(new, profile, "financien", dict.fromkeys(children, 10.0))
    assert back.elicitation_for("financien") is None
