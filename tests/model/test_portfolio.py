"""The portfolio: hand-computed cases and a brute-force property over every assignment."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import model.portfolio as pf
from model import AnalysisError, load_case_data
from model.portfolio import portfolio, portfolio_from_values
from tests.model.units_case import units_case_data

Matrix = list[list[int | None]]


@pytest.fixture(params=["subsets", "depth-first"])
def search(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run each test with both searches (the depth-first one is used beyond 16 options)."""
    if request.param == "depth-first":
        monkeypatch.setattr(pf, "_SUBSET_LIMIT", 0)
    yield str(request.param)


def brute_force(
    values: Matrix, sizes: list[int], k: int
) -> tuple[dict[int, int] | None, Fraction | None]:
    """The spec read literally: every assignment with at most k distinct options."""
    allowed = [[j for j, x in enumerate(row) if x is not None] for row in values]
    total = sum(sizes)
    scored = []
    for a in itertools.product(*allowed):
        if len(set(a)) <= k:
            value = Fraction(
                sum(s * values[u][j] for u, (s, j) in enumerate(zip(sizes, a, strict=True))), total
            )  # type: ignore[operator]
            scored.append((value, a))
    if not scored:
        return None, None
    top = max(v for v, _ in scored)
    first = min(sorted(set(a)) for v, a in scored if v == top)
    picks = {}
    for u, row in enumerate(values):
        options = [j for j in first if row[j] is not None]
        best = max(row[j] for j in options)  # type: ignore[type-var]
        picks[u] = next(j for j in options if row[j] == best)
    return picks, top


def _run(values: Matrix, sizes: list[int]) -> pf.PortfolioResult:
    arr = np.array([[np.nan if x is None else float(x) for x in row] for row in values])
    opts = [f"o{j}" for j in range(len(values[0]))]
    return portfolio_from_values(
        arr, np.array(sizes, float), opts, [f"u{i}" for i in range(len(values))]
    )


@st.composite
def unit_cases(draw: st.DrawFn) -> tuple[Matrix, list[int]]:
    n_opts = draw(st.integers(1, 4))
    n_units = draw(st.integers(1, 4))
    level = st.one_of(st.sampled_from([0, 25, 50, 75, 100]), st.integers(0, 100), st.none())
    rows: Matrix = []
    for _ in range(n_units):
        row = draw(st.lists(level, min_size=n_opts, max_size=n_opts))
        if all(x is None for x in row):
            row[draw(st.integers(0, n_opts - 1))] = draw(st.integers(0, 100))
        rows.append(row)
    sizes = draw(st.lists(st.integers(1, 5), min_size=n_units, max_size=n_units))
    return rows, sizes


@settings(max_examples=300, deadline=None)
@given(unit_cases(), st.sampled_from(["subsets", "depth-first"]))
def test_optimised_equals_brute_force(case: tuple[Matrix, list[int]], how: str) -> None:
    values, sizes = case
    limit = pf._SUBSET_LIMIT
    pf._SUBSET_LIMIT = 0 if how == "depth-first" else limit
    try:
        result = _run(values, sizes)
    finally:
        pf._SUBSET_LIMIT = limit
    kmax = min(len(values[0]), len(values))
    assert [p.forms for p in result.portfolios] == list(range(1, kmax + 1))
    for p in result.portfolios:
        picks, top = brute_force(values, sizes, p.forms)
        if picks is None:
            assert p.assignment is None and p.value is None
            continue
        assert p.assignment == {f"u{u}": f"o{j}" for u, j in picks.items()}
        assert p.value == pytest.approx(float(top), abs=1e-9)
    # more forms never lower the value; the cost of uniformity is never negative
    found = [p.value for p in result.portfolios if p.value is not None]
    assert all(b >= a - 1e-9 for a, b in itertools.pairwise(found))
    if result.uniformity_cost is not None:
        assert result.uniformity_cost >= 0
    # with no limit on the forms every unit gets its best value
    total = sum(sizes)
    best = (
        sum(s * max(x for x in row if x is not None) for s, row in zip(sizes, values, strict=True))
        / total
    )
    assert result.portfolios[-1].value == pytest.approx(best, abs=1e-9)
    # per-unit best: a maximal value, the first in file order
    for u, row in zip(result.units, values, strict=True):
        top_value = max(x for x in row if x is not None)
        assert u.best == f"o{row.index(top_value)}"
        assert set(u.values) == {f"o{j}" for j, x in enumerate(row) if x is not None}


def test_k_n_is_each_units_best_without_ties(search: str) -> None:
    values: Matrix = [[10, 20, 30], [30, 10, 20], [20, 30, 10], [5, 6, 7]]
    result = _run(values, [1, 1, 1, 1])
    assert result.portfolios[-1].assignment == {u.unit: u.best for u in result.units}


def test_hand_computed_units_case(search: str) -> None:
    case, _ = load_case_data(units_case_data())
    r = portfolio(case, "p")
    assert [u.best for u in r.units] == ["a", "b", "c"]  # t2: b and c tie at 54: file order
    assert set(r.units[1].values) == {"b", "c"}  # t2 excludes a
    assert r.units[2].values["c"] == pytest.approx(96.0)
    # sizes 2, 1, 1. k = 1: a impossible (t2); b: 54; c: (2*54 + 54 + 96) / 4 = 64.5
    one, two, three = r.portfolios
    assert one.assignment == {"t1": "c", "t2": "c", "t3": "c"} and one.value == pytest.approx(64.5)
    # k = 2: {a, c}: (2*56 + 54 + 96) / 4 = 65.5 beats {a, b} 55.5 and {b, c} 64.5
    assert two.assignment == {"t1": "a", "t2": "c", "t3": "c"} and two.value == pytest.approx(65.5)
    # k = 3: {a, b, c} ties with {a, c}; [a, b, c] comes first, so t2 takes b (its first best)
    assert three.assignment == {"t1": "a", "t2": "b", "t3": "c"}
    assert three.value == pytest.approx(65.5)
    assert r.uniformity_cost == pytest.approx(1.0)
    out = r.to_json()
    assert json.loads(json.dumps(out)) == out
    assert out["portfolios"][0]["forms"] == 1 and out["profile"] == "p"


def test_other_profile_changes_the_answer(search: str) -> None:
    case, _ = load_case_data(units_case_data())
    r = portfolio(case, "q")  # only y counts: a 20, b 60, c 90 (a in t2: excluded)
    assert [u.best for u in r.units] == ["c", "c", "c"]
    assert r.portfolios[0].value == pytest.approx(90.0)
    assert r.uniformity_cost == 0.0


def test_impossible_k_is_null(search: str) -> None:
    # u0 can only take o0, u1 only o1: one form cannot serve both
    values: Matrix = [[50, None], [None, 70]]
    r = _run(values, [1, 3])
    assert r.portfolios[0].assignment is None and r.portfolios[0].value is None
    assert r.portfolios[1].assignment == {"u0": "o0", "u1": "o1"}
    assert r.portfolios[1].value == pytest.approx((50 + 3 * 70) / 4)
    assert r.uniformity_cost is None
    assert r.to_json()["uniformity_cost"] is None


def test_sizes_weigh_the_mean(search: str) -> None:
    # one big unit prefers o1, two small ones o0: with one form the big one wins
    values: Matrix = [[100, 0], [100, 0], [0, 60]]
    r = _run(values, [1, 1, 10])
    assert r.portfolios[0].assignment == {"u0": "o1", "u1": "o1", "u2": "o1"}
    assert r.portfolios[0].value == pytest.approx(600 / 12)
    assert r.portfolios[1].value == pytest.approx((200 + 600) / 12)


def test_case_without_units_is_refused() -> None:
    data = units_case_data()
    del data["units"]
    data["scores"] = [s for s in data["scores"] if "unit" not in s]
    with pytest.raises(AnalysisError) as e:
        portfolio(load_case_data(data)[0])
    assert e.value.issues[0].code == "no_units"


def test_ten_options_twenty_units_both_searches_agree() -> None:
    rng = np.random.default_rng(7)
    values = np.round(rng.uniform(20, 90, size=(20, 10)), 1)
    values[rng.uniform(size=values.shape) < 0.15] = np.nan
    values[:, 0] = np.where(np.isnan(values).all(axis=1), 50.0, values[:, 0])
    sizes = rng.integers(1, 30, size=20).astype(float)
    opts, units = [f"o{j}" for j in range(10)], [f"u{i}" for i in range(20)]
    a = portfolio_from_values(values, sizes, opts, units)
    limit = pf._SUBSET_LIMIT
    pf._SUBSET_LIMIT = 0
    try:
        b = portfolio_from_values(values, sizes, opts, units)
    finally:
        pf._SUBSET_LIMIT = limit
    assert a.to_json() == b.to_json()
    assert len(a.portfolios) == 10
