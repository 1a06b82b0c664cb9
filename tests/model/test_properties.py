"""Analysis invariants, checked with hypothesis on generated cases."""

from __future__ import annotations

import copy

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from model import (
    dominance,
    dump_case,
    evaluate,
    load_case_data,
    sensitivity,
)
from model.analysis import compile_case
from model.weights import ahp, roc
from tests.model.strategies import case_data

FAST = settings(max_examples=60, deadline=None)


@FAST
@given(case_data())
def test_global_weights_sum_to_one_and_values_in_range(data: dict) -> None:
    case, _ = load_case_data(data)
    for p in case.profiles:
        r = evaluate(case, p.id)
        assert abs(r.weight_array.sum() - 1.0) < 1e-9
        assert np.all(r.weight_array >= 0)
        assert np.all(r.value_array >= -1e-9) and np.all(r.value_array <= 100 + 1e-9)


@FAST
@given(case_data())
def test_contributions_sum_to_the_value(data: dict) -> None:
    case, _ = load_case_data(data)
    r = evaluate(case, "p0")
    assert np.allclose(r.contribution_array.sum(axis=1), r.value_array)
    assert np.allclose(r.group_contribution_array.sum(axis=1), r.value_array)
    j = r.to_json()
    for o in j["options"]:
        assert abs(sum(j["contributions"][o["id"]].values()) - o["value"]) < 1e-9


@FAST
@given(case_data(), st.floats(0.01, 1000))
def test_scaling_a_sibling_group_changes_nothing(data: dict, factor: float) -> None:
    case, _ = load_case_data(data)
    before = evaluate(case, "p0")
    scaled = copy.deepcopy(data)
    w = scaled["profiles"][0]["weights"]
    for key in [k for k in w if k.startswith("g")]:  # the top-level sibling group
        w[key] = w[key] * factor
    after = evaluate(load_case_data(scaled)[0], "p0")
    assert np.allclose(before.weight_array, after.weight_array)
    assert np.allclose(before.value_array, after.value_array)


@FAST
@given(case_data(), st.data())
def test_a_dominated_option_never_ranks_above_its_dominator(
    data: dict, draw: st.DataObject
) -> None:
    case, _ = load_case_data(data)
    values = compile_case(case).values
    n_leaves = values.shape[1]
    raw = draw.draw(st.lists(st.floats(0, 1), min_size=n_leaves, max_size=n_leaves))
    w = np.array(raw) + 1e-6
    w /= w.sum()
    totals = values @ w
    for option, by in dominance(values):
        assert totals[by] >= totals[option] - 1e-9


@FAST
@given(case_data(), st.data())
def test_sensitivity_at_current_weight_reproduces_analyse(data: dict, draw: st.DataObject) -> None:
    case, _ = load_case_data(data)
    node = draw.draw(st.sampled_from(sorted(case.node_by_id)))
    r = evaluate(case, "p0")
    try:
        s = sensitivity(case, node, "p0")
    except Exception as e:  # only a node carrying all the weight may be refused
        assert "sensitivity_full_weight" in str(e)
        return
    assert np.allclose(s.value_at(s.current_weight), r.value_array, atol=1e-9)
    for w, a, b in s.crossovers:
        assert 0 < w < 1
        i, j = s.option_ids.index(a), s.option_ids.index(b)
        vals = s.value_at(w)
        assert abs(vals[i] - vals[j]) < 1e-7
        # `a` leads just after the crossover
        after = s.value_at(min(1.0, w + 1e-6))
        assert after[i] >= after[j] - 1e-9
    assert s.best[0][0] == 0.0 and s.best[-1][1] == 1.0
    for (_, hi, _), (lo, _, _) in zip(s.best, s.best[1:], strict=False):
        assert hi == lo


@FAST
@given(case_data())
def test_json_round_trip_is_identity(data: dict) -> None:
    case, _ = load_case_data(data)
    assert dump_case(case) == data


@given(st.integers(1, 30))
def test_roc_sums_to_one_and_decreases(n: int) -> None:
    w = roc(n)
    assert abs(w.sum() - 1) < 1e-12
    assert np.all(np.diff(w) < 0) or n == 1


@FAST
@given(st.lists(st.floats(0.05, 20), min_size=1, max_size=12))
def test_ahp_of_a_consistent_matrix_returns_its_weights(raw: list[float]) -> None:
    w = np.array(raw) / sum(raw)
    matrix = w[:, None] / w[None, :]
    got, cr = ahp(matrix)
    assert np.allclose(got, w, atol=1e-9)
    assert abs(cr) < 1e-9
