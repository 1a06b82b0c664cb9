"""The group view: winners, distances, the combined profile, the option acceptable to all."""

from __future__ import annotations

import numpy as np
import pytest

from model import AnalysisError, evaluate, load_case_file
from model.group import group
from model.stability import stability
from tests.model.matrix_case import matrix_case


def test_group_agrees_with_evaluate_and_stability(example_case_path) -> None:  # type: ignore[no-untyped-def]
    case, _ = load_case_file(example_case_path)
    g = group(case)
    assert g.profile_ids == ("raad", "college")
    for k, p in enumerate(g.profile_ids):
        e = evaluate(case, p)
        assert g.winners(k) == [e.ranking[0]]
        np.testing.assert_allclose(g.value_array[k], e.value_array)
        for o in case.option_ids:
            assert g.distance(p, o) == pytest.approx(stability(case, o, p).distance)
    assert g.distance("raad", "bvo") == pytest.approx(0.048315, abs=1e-6)


def test_combined_profile_is_the_weighted_mean(example_case_path) -> None:  # type: ignore[no-untyped-def]
    case, _ = load_case_file(example_case_path)
    raad = evaluate(case, "raad").weight_array
    college = evaluate(case, "college").weight_array
    equal = group(case)
    np.testing.assert_allclose(equal.aggregate_weights, (raad + college) / 2)
    weighted = group(case, {"raad": 3, "college": 1})
    np.testing.assert_allclose(weighted.aggregate_weights, 0.75 * raad + 0.25 * college)
    assert weighted.profile_share == {"raad": 0.75, "college": 0.25}
    only_raad = group(case, {"raad": 1, "college": 0})
    np.testing.assert_allclose(only_raad.aggregate_weights, raad)
    assert only_raad.aggregate_winners == [evaluate(case, "raad").ranking[0]]


def test_acceptable_to_all_is_the_best_worst_rank() -> None:
    # p0 ranks o0 > o2 > o1, p1 ranks o1 > o2 > o0: o2 is never worse than second
    case = matrix_case([[100, 0], [0, 100], [60, 60]], profiles=[[0.9, 0.1], [0.1, 0.9]])
    g = group(case)
    assert g.acceptable == "o2" and g.worst_rank == 2 and g.mean_rank == 2.0
    assert g.to_json()["acceptable_to_all"] == {"option": "o2", "worst_rank": 2, "mean_rank": 2.0}
    # a profile with weight 0 has no say: then p0 alone decides
    assert group(case, {"p0": 1, "p1": 0}).acceptable == "o0"


def test_full_ties_go_to_the_first_option() -> None:
    # o1 and o2 both have worst rank 2 and mean rank 1.5: the order of the options decides
    case = matrix_case(
        [[100, 0, 0], [70, 70, 0], [60, 60, 60]],
        profiles=[[0.5, 0.5, 0], [0.2, 0.2, 0.6]],
    )
    g = group(case)
    ranks = {o: g.rank_array[:, i].tolist() for i, o in enumerate(g.option_ids)}
    assert ranks["o1"] == [1, 2] and ranks["o2"] == [2, 1]
    assert g.acceptable == "o1"


def test_ties_in_worst_rank_go_to_the_best_mean_rank() -> None:
    # three profiles; o1 and o2 both have worst rank 2, o2 is first twice (mean 4/3 < 5/3)
    case = matrix_case(
        [[100, 0, 0], [70, 70, 0], [60, 60, 60]],
        profiles=[[0.5, 0.5, 0], [0.2, 0.2, 0.6], [0.1, 0.1, 0.8]],
    )
    g = group(case)
    assert g.acceptable == "o2" and g.worst_rank == 2
    assert g.mean_rank == pytest.approx(4 / 3)


def test_json_shape(example_case_path) -> None:  # type: ignore[no-untyped-def]
    case, _ = load_case_file(example_case_path)
    out = group(case).to_json()
    assert set(out) == {"profiles", "aggregate", "acceptable_to_all"}
    first = out["profiles"][0]
    assert set(first) == {"id", "winner", "values", "ranks", "distance"}
    assert set(first["distance"]) == set(case.option_ids)
    assert sum(out["aggregate"]["weights"].values()) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("given", "code"),
    [
        ({"raad": 1}, "group_weights_missing"),
        ({"raad": 1, "college": 1, "ghost": 1}, "unknown_profile"),
        ({"raad": -1, "college": 1}, "weight_negative"),
        ({"raad": "veel", "college": 1}, "expected_number"),
        ({"raad": float("inf"), "college": 1}, "number_not_finite"),
        ({"raad": 0, "college": 0}, "group_weights_all_zero"),
    ],
)
def test_bad_profile_weights_are_refused(example_case_path, given, code) -> None:  # type: ignore[no-untyped-def]
    case, _ = load_case_file(example_case_path)
    with pytest.raises(AnalysisError) as e:
        group(case, given)
    assert code in [i.code for i in e.value.issues]
