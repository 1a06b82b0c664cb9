"""The robustness views on their item data: what is shown equals what the analysis says."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

import resources
from gui.host import StandaloneHost
from gui.robustness.base import wait_for_workers
from gui.robustness.group_view import DISTANCE_ROLE, FIRST_OPTION, GroupView
from gui.robustness.needed_view import DISTANCE_ROLE as NEEDED_DISTANCE
from gui.robustness.needed_view import NeededView, sentence
from gui.robustness.robustness_view import RobustnessView
from model import evaluate, load_case_data, load_case_file
from model.analysis import profile_weights
from model.commands import SetWeight
from model.group import group
from model.profiles import flat_weights
from model.robustness import robustness
from model.session import Session
from model.stability import stability
from tests.gui.charts_fakes import FakeWindow
from tests.model.matrix_case import matrix_case


@pytest.fixture(autouse=True)
def _no_running_workers() -> Iterator[None]:
    """No worker thread outlives a test."""
    yield
    assert wait_for_workers(30000)


@pytest.fixture
def case() -> Any:
    c, _ = load_case_file(resources.default_case_path())
    return c


@pytest.fixture
def session(case: Any) -> Session:
    s = Session(case)
    s.profile_id = "raad-heemstede"
    return s


@pytest.fixture
def window(qtbot: Any, session: Session) -> FakeWindow:
    w = FakeWindow(session, lang="en")
    qtbot.addWidget(w)
    w.install("robuustheid", "nodig", "groep")
    w.resize(1400, 900)
    return w


def shown(qtbot: Any, view: Any, size: tuple[int, int] = (1400, 900)) -> Any:
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_install_registers_three_views(window: FakeWindow) -> None:
    assert list(window.views) == ["robuustheid", "nodig", "groep"]
    assert isinstance(window.views["robuustheid"], RobustnessView)
    assert isinstance(window.views["nodig"], NeededView)
    assert isinstance(window.views["groep"], GroupView)


# --- robustness ------------------------------------------------------------------------------
def test_bars_equal_rank_acceptability(qtbot: Any, session: Session) -> None:
    view = shown(qtbot, RobustnessView(StandaloneHost(session, "nl")))
    view.set_seed(7)
    view.set_samples(3000)
    view.compute_now()
    r = robustness(session.case, session.profile_id, mode="uniform", samples=3000, seed=7)
    assert view.result.mode == "uniform" and view.result.samples == 3000
    left = np.zeros(len(r.option_ids))
    for k, item in enumerate(view.rank_items):
        np.testing.assert_allclose(item.opts["width"], 100 * r.rank_acceptability[:, k])
        np.testing.assert_allclose(item.opts["x0"], left)
        left = left + item.opts["width"]
    np.testing.assert_allclose(left, 100.0)
    # best first: the row of the option most often first is the top row
    best = int(np.argmax(r.rank_acceptability[:, 0]))
    assert view.rows[best] == 0
    assert "3.000" in view.info_label.text()  # Dutch thousands separator
    # hover text: plain, the option's first-rank share and its largest central weight
    text = view.central_text(r.option_ids[best])
    leaf = r.leaf_ids[int(np.argmax(r.central_weights[r.option_ids[best]]))]
    assert session.case.node_by_id[leaf].name in text
    assert view.option_at(0.1) == r.option_ids[best]


def test_spread_mode_uses_the_active_profile(qtbot: Any, session: Session) -> None:
    view = shown(qtbot, RobustnessView(StandaloneHost(session, "en")))
    view.set_seed(3)
    view.set_samples(2000)
    view.set_mode("spread", 0.3)
    view.compute_now()
    r = robustness(session.case, "raad-heemstede", mode="spread", spread=0.3, samples=2000, seed=3)
    np.testing.assert_allclose(view.result.rank_acceptability, r.rank_acceptability)
    assert "±30%" in view.info_label.text() and "2,000 samples" in view.info_label.text()


def test_worker_result_arrives_and_stale_ones_are_dropped(qtbot: Any, session: Session) -> None:
    view = shown(qtbot, RobustnessView(StandaloneHost(session)))
    view.set_seed(11)
    view.set_samples(2000)
    with qtbot.waitSignal(view.presented, timeout=20000):
        view.compute_async()
        assert view.busy_now and view.busy.isVisible()
        session.apply(SetWeight(profile_id="raad-heemstede", node="bestuur", value=5))
        view.set_mode("spread", 0.2)
        latest = view.compute_async()
    # the session change also (re)starts the debounce timer, which may ask once more: wait
    # until every request has been answered, then the picture shows the latest inputs
    qtbot.waitUntil(lambda: not view.busy_now, timeout=20000)
    assert view.generation >= latest and not view.busy.isVisible()
    r = robustness(session.case, "raad-heemstede", mode="spread", spread=0.2, samples=2000, seed=11)
    np.testing.assert_allclose(view.result.rank_acceptability, r.rank_acceptability)


def test_edits_recompute_after_a_pause(qtbot: Any, session: Session) -> None:
    view = shown(qtbot, RobustnessView(StandaloneHost(session)))
    view.set_samples(1000)
    view.compute_now()
    before = view.result
    with qtbot.waitSignal(view.presented, timeout=20000):
        for v in (10, 20, 30):  # a drag: one run after the last move
            session.apply(SetWeight(profile_id="raad-heemstede", node="bestuur", value=v))
    assert view.result is not before and view._last_inputs.case is session.case


def test_missing_scores_give_a_provisional_analysis(qtbot: Any, case: Any) -> None:
    broken = case.replace(scores=case.scores[1:])
    s = Session(broken)
    option = next(o.name for o in case.options if o.id == case.scores[0].option)
    for cls in (RobustnessView, NeededView, GroupView):
        view = shown(qtbot, cls(StandaloneHost(s, "en")))
        view.compute_now()
        assert view.empty_message is None, cls
        assert view.stack.currentWidget() is view.content
        assert view.banner.isVisibleTo(view)
        assert option in view.banner.text and "Traceback" not in view.banner.text


# --- wat is ervoor nodig? ---------------------------------------------------------------------
def test_distance_table_equals_stability(qtbot: Any, session: Session) -> None:
    view = shown(qtbot, NeededView(StandaloneHost(session, "nl")))
    view.set_target("rzm")
    view.compute_now()
    case = session.case
    assert view.table.rowCount() == len(case.profiles)
    for row, p in enumerate(case.profiles):
        expected = stability(case, "rzm", p.id)
        assert view.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == p.id
        got = view.table.item(row, 1).data(NEEDED_DISTANCE)
        assert got == pytest.approx(expected.distance, abs=1e-9)
        assert view.table.item(row, 1).text() == f"{100 * expected.distance:.1f}%".replace(".", ",")
        assert view.table.item(row, 2).text() in sentence(case, expected, "nl")
    # the bars: only changed leaves, largest change first, now vs needed
    active = stability(case, "rzm", "raad-heemstede")
    changes = [abs(b - a) for _, a, b in view.changes]
    assert changes == sorted(changes, reverse=True) and all(c > 1e-4 for c in changes)
    np.testing.assert_allclose(view.now_bars.opts["width"], [100 * a for _, a, _ in view.changes])
    np.testing.assert_allclose(
        view.needed_bars.opts["width"], [100 * b for _, _, b in view.changes]
    )
    moved = {leaf for leaf, _, _ in view.changes}
    for j, leaf in enumerate(active.leaf_ids):
        if abs(active.weight_array[j] - active.current[j]) > 1e-4:
            assert leaf in moved


def test_save_adds_one_profile_that_makes_the_target_best_and_undo_removes_it(
    qtbot: Any, window: FakeWindow, session: Session
) -> None:
    view = window.views["nodig"]
    window.show()
    window.show_view("nodig")
    view.set_target("rzm")
    view.compute_now()
    before = [p.id for p in session.case.profiles]
    assert view.save_button.isEnabled()
    depth = window.undo_stack.count()
    assert view.save_as_profile()
    assert window.undo_stack.count() == depth + 1
    after = [p.id for p in session.case.profiles]
    assert after[:-1] == before and len(after) == len(before) + 1
    new = session.case.profiles[-1]
    ev = evaluate(session.case, new.id)
    assert ev.ranks["rzm"] == 1
    wanted = stability(session.case, "rzm", "raad-heemstede").weight_array
    np.testing.assert_allclose(profile_weights(session.case, new.id).leaf_weights, wanted)
    window.undo_stack.undo()
    assert [p.id for p in session.case.profiles] == before


def test_current_winner_needs_nothing_and_cannot_be_saved(qtbot: Any, session: Session) -> None:
    winner = evaluate(session.case, session.profile_id).order[0]
    view = shown(qtbot, NeededView(StandaloneHost(session, "en")))
    view.set_target(session.case.option_ids[winner])
    view.compute_now()
    assert view.changes == [] and not view.save_button.isEnabled()
    assert "already the best" in view.chart_title.text()


TINY = {
    "format": "vormkeuze/case",
    "version": 1,
    "title": "Dominated",
    "options": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
    "criteria": [
        {"id": "x", "name": "X", "scale": {"kind": "numeric", "worst": 0, "best": 100}},
        {"id": "y", "name": "Y", "scale": {"kind": "numeric", "worst": 0, "best": 100}},
    ],
    "scores": [
        {"option": "a", "criterion": "x", "value": 80},
        {"option": "a", "criterion": "y", "value": 90},
        {"option": "b", "criterion": "x", "value": 20},
        {"option": "b", "criterion": "y", "value": 10},
    ],
    "profiles": [{"id": "p", "name": "P", "weights": {"x": 1, "y": 1}}],
}


def test_unreachable_target_is_said_in_words(qtbot: Any) -> None:
    case, _ = load_case_data(TINY)
    s = Session(case)
    view = shown(qtbot, NeededView(StandaloneHost(s, "en")))
    view.set_target("b")
    view.compute_now()
    assert view.table.item(0, 1).text() == "unreachable"
    assert view.table.item(0, 1).data(NEEDED_DISTANCE) is None
    assert "No weighting makes B the best" in view.chart_title.text()
    assert not view.save_button.isEnabled()


_LEAVES = len(load_case_file(resources.default_case_path())[0].leaf_ids)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.floats(0, 1), min_size=_LEAVES, max_size=_LEAVES).filter(lambda w: sum(w) > 1e-3)
)
def test_flat_weights_reproduce_global_weights(raw: list[float]) -> None:
    case, _ = load_case_file(resources.default_case_path())
    w = np.array(raw) / sum(raw)
    from model import Profile

    profile = Profile(
        id="flat", name="Flat", weights=flat_weights(case, dict(zip(case.leaf_ids, w, strict=True)))
    )
    new = case.replace(profiles=(*case.profiles, profile))
    np.testing.assert_allclose(profile_weights(new, "flat").leaf_weights, w, atol=1e-12)


# --- group view ---------------------------------------------------------------------------------
def check_group_table(view: GroupView, g: Any) -> None:
    t = view.table
    assert t.rowCount() == len(g.profile_ids) + 1
    for k, pid in enumerate(g.profile_ids):
        assert t.item(k, 0).data(Qt.ItemDataRole.UserRole) == pid
        assert t.item(k, 2).data(Qt.ItemDataRole.UserRole) == g.winners(k)
        for j, o in enumerate(g.option_ids):
            cell = t.item(k, FIRST_OPTION + j)
            assert cell.data(Qt.ItemDataRole.UserRole) == g.rank_array[k, j]
            d = g.distance(pid, o)
            got = cell.data(DISTANCE_ROLE)
            assert (got is None) if d is None else got == pytest.approx(d, abs=1e-9)
    last = len(g.profile_ids)
    assert t.item(last, 2).data(Qt.ItemDataRole.UserRole) == g.aggregate_winners
    for j in range(len(g.option_ids)):
        assert (
            t.item(last, FIRST_OPTION + j).data(Qt.ItemDataRole.UserRole) == (g.aggregate_ranks[j])
        )


def test_group_table_equals_group(qtbot: Any, session: Session) -> None:
    view = shown(qtbot, GroupView(StandaloneHost(session, "en")))
    view.compute_now()
    g = group(session.case)
    check_group_table(view, g)
    assert view.table.isColumnHidden(1)
    names = {o.id: o.name for o in session.case.options}
    assert f"Acceptable to all: {names[g.acceptable]}" in view.summary.text()


def test_group_with_own_profile_weights(qtbot: Any, session: Session) -> None:
    view = shown(qtbot, GroupView(StandaloneHost(session, "en")))
    given = {p.id: 0.0 for p in session.case.profiles}
    given["raad-heemstede"], given["raad-bloemendaal"] = 27000.0, 24000.0
    view.set_profile_weights(given)
    view.compute_now()
    g = group(session.case, given)
    check_group_table(view, g)
    assert not view.table.isColumnHidden(1)
    spin = view.table.cellWidget(0, 1)
    assert spin is view.spins[session.case.profiles[0].id] and spin.isEnabled()
    # typing a number is view state: it reaches the next run, not the model
    case_before = session.case
    view.spins["college"].setValue(10000)
    view.compute_now()
    given["college"] = 10000.0
    check_group_table(view, group(session.case, given))
    assert session.case is case_before


# --- languages ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "robust", "needed", "grp"),
    [
        ("nl", "Robuustheid", "Wat is ervoor nodig?", "Groepsbeeld"),
        ("en", "Robustness", "What would it take?", "Group view"),
    ],
)
def test_dutch_and_english(
    qtbot: Any, qapp: Any, session: Session, lang: str, robust: str, needed: str, grp: str
) -> None:
    from gui import i18n

    i18n.install(qapp, lang)
    w = FakeWindow(session, lang=lang)
    qtbot.addWidget(w)
    w.install("robuustheid", "nodig", "groep")
    titles = [w.tabs.tabText(k) for k in range(w.tabs.count())]
    assert titles == [robust, needed, grp]
    view = w.views["nodig"]
    view.set_target("rzm")
    view.compute_now()
    text = view.table.item(1, 2).text()
    assert ("van het gewicht verschuiven" in text) == (lang == "nl")
    assert ("of the weight" in text) == (lang == "en")


def test_in_the_real_main_window(
    qtbot: Any, tmp_path: Any, case: Any, settings: Any, dialogs: Any
) -> None:
    from tests.gui.conftest import make_window

    w = make_window(qtbot, tmp_path, case, settings, views=("robuustheid", "nodig", "groep"))
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    assert {"robuustheid", "nodig", "groep"} <= set(w.view_names())
    w.show_view("nodig")
    view = w.view("nodig")
    view.set_target("rzm")
    view.compute_now()
    n = len(w.session.case.profiles)
    assert view.save_as_profile()
    assert len(w.session.case.profiles) == n + 1
    assert w.document.case.profiles == w.session.case.profiles  # persisted
    w.undo_stack.undo()
    assert len(w.session.case.profiles) == n
    assert dialogs.shown == []
    w.close()


def test_a_long_run_shows_progress_and_cancel_stops_it(qtbot: Any) -> None:
    # a wide case (30 options × 120 criteria): 10^6 samples are many seconds of work, so the
    # run cannot end between its first progress and the click (the default case could, loaded)
    rng = np.random.default_rng(3)
    wide = matrix_case(rng.uniform(0, 100, (30, 120)).round(1).tolist())
    view = shown(qtbot, RobustnessView(StandaloneHost(Session(wide))))
    view.set_seed(5)
    view.set_samples(1_000_000)
    seen: list[int] = []
    view.busy.valueChanged.connect(seen.append)
    view.compute_async()
    assert view.cancel_button.isVisible() and view.busy.maximum() == 100
    qtbot.waitUntil(lambda: view.busy.value() > 0, timeout=60000)  # progress reported
    with qtbot.waitSignal(view.presented, timeout=60000):
        qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert not view.busy_now and not view.cancel_button.isVisible()
    assert view.result is None
    assert view.empty_message is not None and "cancelled" in view.empty_message
    assert seen and max(seen) < 100
