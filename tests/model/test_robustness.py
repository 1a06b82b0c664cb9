"""SMAA-2: exact small cases, invariants of the acceptability matrix, reproducibility."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model import AnalysisError, Case, load_case_data, load_case_file
from model.robustness import robustness, tie_groups
from tests.model.matrix_case import matrix_case
from tests.model.strategies import case_data

N = 40_000
SE = 4 / np.sqrt(N)  # four standard errors of a share estimate, at worst


def test_three_options_exact_acceptability() -> None:
    # w1 uniform on [0, 1]: A first iff w1 > 0.6, B iff w1 < 0.4, C in between;
    # A last iff w1 < 0.5, B last iff w1 > 0.5, C never last.
    case = matrix_case([[100, 0], [0, 100], [60, 60]])
    r = robustness(case, mode="uniform", samples=N, seed=3)
    first, last = r.rank_acceptability[:, 0], r.rank_acceptability[:, 2]
    assert first == pytest.approx([0.4, 0.4, 0.2], abs=SE)
    assert last == pytest.approx([0.5, 0.5, 0.0], abs=SE)
    assert last[2] == 0.0
    # central weights: A first for w1 uniform on (0.6, 1] -> mean w1 = 0.8
    assert r.central_weights["o0"] == pytest.approx([0.8, 0.2], abs=0.01)
    assert r.central_weights["o2"] == pytest.approx([0.5, 0.5], abs=0.01)
    # no score ranges: at its central weights each option is first for sure
    assert r.confidence == {"o0": 1.0, "o1": 1.0, "o2": 1.0}


def test_permutation_symmetric_options_get_equal_acceptability() -> None:
    case = matrix_case([[90, 10, 50], [10, 90, 50], [50, 50, 10]])
    # swapping c0 and c1 swaps o0 and o1: their rows must agree (within sampling error)
    r = robustness(case, mode="uniform", samples=N, seed=5)
    assert r.rank_acceptability[0] == pytest.approx(r.rank_acceptability[1], abs=SE)


def test_identical_options_split_every_rank_equally() -> None:
    case = matrix_case([[70, 20, 40], [70, 20, 40], [10, 90, 30]])
    r = robustness(case, mode="uniform", samples=5000, seed=1)
    np.testing.assert_allclose(r.rank_acceptability[0], r.rank_acceptability[1], atol=1e-12)
    # the two twins always share two adjacent ranks half-half
    a = r.rank_acceptability
    assert a[0, 0] == pytest.approx(0.5 * (1 - a[2, 0]), abs=1e-12)
    assert a.sum(axis=0) == pytest.approx(np.ones(3))


def test_all_options_equal_share_every_rank() -> None:
    case = matrix_case([[50, 50], [50, 50], [50, 50]])
    r = robustness(case, mode="uniform", samples=100, seed=1)
    np.testing.assert_allclose(r.rank_acceptability, np.full((3, 3), 1 / 3))
    assert r.confidence == pytest.approx({"o0": 1 / 3, "o1": 1 / 3, "o2": 1 / 3})


def test_tie_groups_cover_every_rank_once() -> None:
    v = np.array([[3.0, 1.0, 3.0, 2.0], [0.0, 0.0, 0.0, 0.0], [1.0, 2.0, 3.0, 4.0]])
    start, size = tie_groups(v)
    assert start.tolist() == [[0, 3, 0, 2], [0, 0, 0, 0], [3, 2, 1, 0]]
    assert size.tolist() == [[2, 1, 2, 1], [4, 4, 4, 4], [1, 1, 1, 1]]


def test_spread_stays_near_the_profile() -> None:
    case = matrix_case([[100, 0], [0, 100], [60, 60]], profiles=[[0.7, 0.3]])
    # w1 in [0.7 * 0.9, 0.7 * 1.1] renormalised stays above 0.6: A is always first
    r = robustness(case, "p0", mode="spread", spread=0.1, samples=2000, seed=1)
    assert r.rank_acceptability[0, 0] == 1.0
    assert r.central_weights["o0"] == pytest.approx([0.7, 0.3], abs=0.01)
    assert set(r.central_weights) == {"o0"}  # the others never rank first: absent


def test_between_profiles_stays_in_the_hull() -> None:
    # every convex combination of (0.7, 0.3) and (0.9, 0.1) makes A first
    case = matrix_case([[100, 0], [0, 100], [60, 60]], profiles=[[0.7, 0.3], [0.9, 0.1]])
    r = robustness(case, mode="between-profiles", samples=3000, seed=2)
    assert r.rank_acceptability[0, 0] == 1.0
    w = r.central_weights["o0"]
    assert 0.7 < w[0] < 0.9 and w.sum() == pytest.approx(1.0)
    assert w[0] == pytest.approx(0.8, abs=0.01)  # mean of Dirichlet(1, 1) combinations


def test_score_ranges_are_sampled_and_lower_confidence() -> None:
    # o1's second score varies over [0, 100]: at equal weights it beats o0 half the time
    case = matrix_case([[50, 50], [50, 50]], ranges={(1, 1): (0, 100)}, profiles=[[1, 1]])
    r = robustness(case, "p0", mode="spread", spread=0.001, samples=N, seed=4)
    assert r.rank_acceptability[1, 0] == pytest.approx(0.5, abs=SE)
    assert r.confidence["o1"] == pytest.approx(0.5, abs=SE)


def test_same_seed_same_result_other_seed_other_result(example_case_path) -> None:  # type: ignore[no-untyped-def]
    case, _ = load_case_file(example_case_path)
    a = robustness(case, mode="uniform", samples=3000, seed=11).to_json()
    b = robustness(case, mode="uniform", samples=3000, seed=11).to_json()
    c = robustness(case, mode="uniform", samples=3000, seed=12).to_json()
    assert a == b
    assert a != c


def test_json_follows_the_spec(example_case_path) -> None:  # type: ignore[no-untyped-def]
    case, _ = load_case_file(example_case_path)
    out = robustness(case, "raad", mode="spread", spread=0.5, samples=2000, seed=1).to_json()
    assert set(out) == {"samples", "rank_acceptability", "central_weights", "confidence"}
    assert out["samples"] == 2000
    assert set(out["rank_acceptability"]) == set(case.option_ids)
    assert set(out["confidence"]) == set(case.option_ids)
    for o, w in out["central_weights"].items():
        assert list(w) == list(case.leaf_ids)
        assert sum(w.values()) == pytest.approx(1.0)
        assert out["rank_acceptability"][o][0] > 0
        assert all(isinstance(x, float) for x in w.values())


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"mode": "sideways"}, "robustness_bad_mode"),
        ({"mode": "spread", "spread": 0.0}, "robustness_bad_spread"),
        ({"mode": "spread", "spread": 1.5}, "robustness_bad_spread"),
        ({"mode": "spread"}, "robustness_bad_spread"),
        ({"samples": 0}, "robustness_bad_samples"),
        ({"seed": -1}, "robustness_bad_seed"),
    ],
)
def test_bad_arguments_are_refused(example_case_path, kwargs, code) -> None:  # type: ignore[no-untyped-def]
    case, _ = load_case_file(example_case_path)
    with pytest.raises(AnalysisError) as e:
        robustness(case, **kwargs)
    assert e.value.issues[0].code == code


@settings(max_examples=40, deadline=None)
@given(
    data=case_data(max_options=5),
    mode=st.sampled_from(["uniform", "spread", "between-profiles"]),
    seed=st.integers(0, 2**32),
)
def test_rows_and_columns_sum_to_one(data, mode, seed) -> None:  # type: ignore[no-untyped-def]
    case, _ = load_case_data(data)
    r = robustness(case, mode=mode, spread=0.5, samples=700, seed=seed)
    a = r.rank_acceptability
    np.testing.assert_allclose(a.sum(axis=1), 1.0, atol=1e-9)
    np.testing.assert_allclose(a.sum(axis=0), 1.0, atol=1e-9)
    assert (a >= 0).all()
    assert set(r.central_weights) == {o for i, o in enumerate(r.option_ids) if a[i, 0] > 0}
    for w in r.central_weights.values():
        assert w.sum() == pytest.approx(1.0) and (w >= -1e-12).all()
    assert all(0.0 <= c <= 1.0 + 1e-12 for c in r.confidence.values())


@settings(max_examples=30, deadline=None)
@given(data=case_data(max_options=4, with_ranges=False), seed=st.integers(0, 2**32))
def test_a_dominated_option_is_never_first(data, seed) -> None:  # type: ignore[no-untyped-def]
    from model import compile_case, dominance

    case, _ = load_case_data(data)
    r = robustness(case, mode="uniform", samples=500, seed=seed)
    for i, _by in dominance(compile_case(case).values):
        assert r.rank_acceptability[i, 0] == 0.0


def test_float32_agrees_with_a_plain_float64_smaa() -> None:
    """The fast path against a straightforward float64 implementation (sampling error only)."""
    rng = np.random.default_rng(0)
    x = rng.integers(0, 101, size=(5, 6)).astype(float)
    case = matrix_case(x.tolist())
    r = robustness(case, mode="uniform", samples=N, seed=9)
    w = rng.dirichlet(np.ones(6), size=N)
    ranks = (-(w @ x.T)).argsort(axis=1).argsort(axis=1)
    plain = np.stack([(ranks == k).mean(axis=0) for k in range(5)], axis=1)
    np.testing.assert_allclose(r.rank_acceptability, plain, atol=2 * SE)


def _ranged_case(options: int, criteria: int) -> Case:
    """Every score uncertain (low/high), options close together: many rank first sometimes."""
    rng = np.random.default_rng(3)
    scores = []
    for i in range(options):
        for j in range(criteria):
            v = float(rng.integers(40, 61))
            scores.append(
                {"option": f"o{i}", "criterion": f"c{j}", "value": v, "low": v - 5, "high": v + 5}
            )
    data = {
        "format": "vormkeuze/case",
        "version": 1,
        "title": "ranges",
        "options": [{"id": f"o{i}", "name": f"O{i}"} for i in range(options)],
        "criteria": [
            {"id": f"c{j}", "name": f"C{j}", "scale": {"kind": "direct"}} for j in range(criteria)
        ],
        "scores": scores,
        "profiles": [{"id": "equal", "name": "Equal"}],
    }
    return load_case_data(data)[0]


def _peak(fn: Any) -> int:
    import gc
    import tracemalloc

    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_smaa_peak_memory_does_not_grow_with_the_number_of_samples(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import model.robustness as smaa

    monkeypatch.setattr(smaa, "BLOCK_BYTES", 2 << 20)
    case = _ranged_case(12, 30)
    before = robustness(case, mode="uniform", samples=9_000, seed=1)
    small = _peak(lambda: robustness(case, mode="uniform", samples=9_000, seed=1))
    large = _peak(lambda: robustness(case, mode="uniform", samples=45_000, seed=1))
    assert large < 1.15 * small + (1 << 20), (small, large)
    # bounded by the block size, not by samples x options x uncertain scores (~280 MB here)
    assert large < 8 * smaa.BLOCK_BYTES, large
    monkeypatch.setattr(smaa, "BLOCK_BYTES", 64 << 20)  # other blocks, the same draws
    after = robustness(case, mode="uniform", samples=9_000, seed=1)
    assert np.array_equal(before.rank_acceptability, after.rank_acceptability)
    assert before.confidence == after.confidence
    many_first = robustness(case, mode="uniform", samples=9_000, seed=1)
    assert len(many_first.central_weights) >= 6  # the confidence pass had many options to do


def test_smaa_progress_is_reported_and_can_stop_the_run() -> None:
    case = _ranged_case(4, 6)
    seen: list[tuple[int, int]] = []
    robustness(
        case, mode="uniform", samples=20_000, seed=1, progress=lambda d, t: seen.append((d, t))
    )
    assert seen[-1] == (40_000, 40_000)  # weights pass + confidence pass
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        robustness(case, mode="uniform", samples=20_000, seed=1, progress=stop)


def test_more_samples_than_the_limit_are_refused_up_front() -> None:
    from model.robustness import MAX_SAMPLES

    case = _ranged_case(3, 3)
    with pytest.raises(AnalysisError) as err:
        robustness(case, mode="uniform", samples=MAX_SAMPLES + 1)
    assert err.value.issues[0].code == "robustness_too_many_samples"
    assert err.value.issues[0].params["limit"] == MAX_SAMPLES
