"""The stability distance: minimal, on the simplex, makes the target first; spec example."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from model import AnalysisError, evaluate, load_case_file
from model.stability import nearest_first, stability
from tests.model.matrix_case import matrix_case


def test_spec_example_distance(example_case_path) -> None:  # type: ignore[no-untyped-def]
    case, _ = load_case_file(example_case_path)
    s = stability(case, "bvo", "raad")
    assert s.reachable
    assert s.distance == pytest.approx(0.048315, abs=1e-6)
    out = s.to_json()
    assert out["target"] == "bvo" and out["reachable"] is True
    assert set(out["weights"]) == set(case.leaf_ids)


def test_current_winner_has_distance_zero(example_case_path) -> None:  # type: ignore[no-untyped-def]
    case, _ = load_case_file(example_case_path)
    for profile in ("raad", "college"):
        winner = evaluate(case, profile).ranking[0]
        s = stability(case, winner, profile)
        assert s.distance == 0.0
        assert s.shifts() == ([], [])


def test_dominated_target_is_unreachable() -> None:
    case = matrix_case([[80, 70, 60], [50, 70, 40], [10, 90, 90]])
    s = stability(case, "o1", "p0")  # o0 is >= everywhere and > somewhere
    assert not s.reachable and s.distance is None and s.weights is None
    assert s.to_json() == {"target": "o1", "reachable": False, "distance": None}


def test_not_dominated_but_never_first_is_unreachable() -> None:
    # o2 = (45, 45) lies below the line between (100, 0) and (0, 100): never first
    case = matrix_case([[100, 0], [0, 100], [45, 45]])
    assert not stability(case, "o2", "p0").reachable


def test_known_two_criteria_distance() -> None:
    # from (0.5, 0.5): B=(0, 100) is first; A=(100, 0) needs w1 >= 0.5 -> tie is enough... so
    # start at (0.3, 0.7): A first needs w1 >= 0.5, i.e. 0.2 of the weight moves
    case = matrix_case([[100, 0], [0, 100]], profiles=[[0.3, 0.7]])
    s = stability(case, "o0", "p0")
    assert s.distance == pytest.approx(0.2, abs=1e-6)
    assert s.weight_array == pytest.approx([0.5, 0.5], abs=1e-6)
    losers, gainers = s.shifts()
    assert [x.leaf for x in losers] == ["c1"] and [x.leaf for x in gainers] == ["c0"]


def test_unknown_target_is_refused(example_case_path) -> None:  # type: ignore[no-untyped-def]
    case, _ = load_case_file(example_case_path)
    with pytest.raises(AnalysisError) as e:
        stability(case, "nope", "raad")
    assert e.value.issues[0].code == "unknown_option"


def _min_distance_by_second_lp(x: np.ndarray, w: np.ndarray, t: int) -> float | None:
    """An independent LP: variables w' and s = |w' - w| (s >= w' - w, s >= w - w')."""
    n = len(w)
    c = np.concatenate([np.zeros(n), 0.5 * np.ones(n)])
    rows, rhs = [], []
    for j in range(len(x)):
        if j != t:
            rows.append(np.concatenate([x[j] - x[t], np.zeros(n)]))
            rhs.append(0.0)
    eye = np.eye(n)
    rows += list(np.hstack([eye, -eye])) + list(np.hstack([-eye, -eye]))
    rhs += list(w) + list(-w)
    res = linprog(
        c,
        A_ub=np.array(rows),
        b_ub=np.array(rhs),
        A_eq=np.concatenate([np.ones(n), np.zeros(n)])[None, :],
        b_eq=[1.0],
        bounds=[(0, None)] * (2 * n),
        method="highs",
    )
    return float(res.fun) if res.status == 0 else None


@settings(max_examples=60, deadline=None)
@given(
    x=st.lists(st.lists(st.integers(0, 100), min_size=4, max_size=4), min_size=2, max_size=5),
    raw=st.lists(st.floats(0.01, 1.0), min_size=4, max_size=4),
    t=st.integers(0, 4),
    seed=st.integers(0, 2**31),
)
def test_result_is_on_the_simplex_makes_the_target_first_and_is_minimal(x, raw, t, seed) -> None:  # type: ignore[no-untyped-def]
    values = np.array(x, dtype=float)
    t = t % len(values)
    w = np.array(raw) / sum(raw)
    ids = tuple(f"o{i}" for i in range(len(values)))
    leaves = tuple(f"c{j}" for j in range(4))
    s = nearest_first(values, ids, leaves, w, ids[t])
    reference = _min_distance_by_second_lp(values, w, t)
    diff = values - values[t]
    dominated = bool(np.any(np.all(diff >= 0, axis=1) & np.any(diff > 0, axis=1)))
    if reference is None or dominated:  # a dominated option only ever ties: not "first"
        assert not s.reachable
        return
    assert s.reachable and s.weight_array is not None and s.distance is not None
    new = s.weight_array
    assert (new >= 0).all() and new.sum() == pytest.approx(1.0, abs=1e-12)
    v = values @ new
    assert v[t] >= v.max() - 1e-9  # the target is first (ties share the best rank)
    assert s.distance == pytest.approx(0.5 * np.abs(new - w).sum(), abs=1e-12)
    assert s.distance == pytest.approx(reference, abs=1e-6)
    # random search: no vector closer than the distance makes the target first
    rng = np.random.default_rng(seed)
    step = rng.normal(size=(400, 4))
    step -= step.mean(axis=1, keepdims=True)
    step *= (rng.random(400) * s.distance * 0.999 / (0.5 * np.abs(step).sum(axis=1)))[:, None]
    near = w + step
    near = near[(near >= 0).all(axis=1)]
    nv = near @ values.T
    if s.distance > 1e-6:
        assert not np.any(nv[:, t] >= nv.max(axis=1) - 1e-9)


def test_weakly_dominated_target_is_unreachable_as_analyse_says() -> None:
    # t is never better than o and worse on one leaf: analyse lists it as dominated by o
    values = np.array([[40.0, 60.0], [50.0, 60.0]])
    s = nearest_first(values, ("t", "o"), ("a", "b"), np.array([0.5, 0.5]), "t")
    assert not s.reachable and s.distance is None and s.weight_array is None


def test_close_options_give_the_exact_distance() -> None:
    # the LP answer is exact: no safety margin inflates it (review finding)
    values = np.array([[50.001, 50.0], [50.0, 50.0011]])
    w = np.array([0.5, 0.5])
    s = nearest_first(values, ("t", "o"), ("a", "b"), w, "t")
    # target first when w_a * 0.001 >= w_b * 0.0011  ->  w_a >= 0.0011 / 0.0021
    exact = 0.0011 / 0.0021 - 0.5
    assert s.distance == pytest.approx(exact, abs=1e-6)
