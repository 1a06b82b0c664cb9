"""Per-unit analysis against hand-computed values (see tests/model/units_case.py)."""

from __future__ import annotations

import pytest

from model import AnalysisError, Case, evaluate, load_case_data, sensitivity
from model.robustness import robustness
from model.stability import stability
from tests.model.units_case import units_case_data


@pytest.fixture
def case() -> Case:
    return load_case_data(units_case_data())[0]


def test_case_wide_ignores_unit_scores(case: Case) -> None:
    r = evaluate(case, "p")
    assert r.values == pytest.approx({"a": 56.0, "b": 54.0, "c": 54.0})
    assert r.unit is None and "unit" not in r.to_json()


def test_unit_with_own_score(case: Case) -> None:
    r = evaluate(case, "p", "t3")  # c on x: 100 in t3 -> 0.6*100 + 0.4*90 = 96
    assert r.values == pytest.approx({"a": 56.0, "b": 54.0, "c": 96.0})
    assert r.ranks == {"c": 1, "a": 2, "b": 3}
    assert set(r.dominated_pairs) == {("a", "c"), ("b", "c")}
    assert r.to_json()["unit"] == "t3"


def test_unit_leaves_out_what_it_excludes(case: Case) -> None:
    r = evaluate(case, "p", "t2")  # a excluded; its own t2 score is ignored
    assert r.option_ids == ("b", "c")
    assert r.option_names == ("B", "C")
    assert r.ranks == {"b": 1, "c": 1}
    assert [o["id"] for o in r.to_json()["options"]] == ["b", "c"]
    q = evaluate(case, "q", "t2")  # only y counts: b 60, c 90
    assert q.values == pytest.approx({"b": 60.0, "c": 90.0})


def test_unit_without_own_scores_equals_case_wide(case: Case) -> None:
    assert evaluate(case, "p", "t1").values == evaluate(case, "p").values


def test_unknown_unit_is_refused(case: Case) -> None:
    with pytest.raises(AnalysisError) as e:
        evaluate(case, "p", "zz")
    assert e.value.issues[0].code == "unknown_unit_arg"
    assert e.value.issues[0].params["known"] == ["t1", "t2", "t3"]


def test_missing_effective_score_blocks_only_that_unit() -> None:
    data = units_case_data()
    data["scores"] = [s for s in data["scores"] if (s["option"], s["criterion"]) != ("b", "y")]
    data["scores"].append({"option": "b", "criterion": "y", "unit": "t3", "value": 10})
    case = load_case_data(data)[0]
    assert evaluate(case, "p", "t3").values["b"] == pytest.approx(34.0)  # 30 + 0.4*10
    for unit in (None, "t1", "t2"):
        with pytest.raises(AnalysisError) as e:
            evaluate(case, "p", unit)
        assert e.value.issues[0].code == "missing_scores"
        assert e.value.issues[0].params["pairs"] == ["b × y"]
    with pytest.raises(AnalysisError) as e:
        evaluate(case, "p", "t2")
    assert e.value.issues[0].place == "units[1]"


def test_sensitivity_per_unit(case: Case) -> None:
    s = sensitivity(case, "x", "p", "t2")
    assert s.option_ids == ("b", "c")
    assert s.to_json()["lines"] == {
        "b": pytest.approx([60.0, 50.0]),
        "c": pytest.approx([90.0, 30.0]),
    }
    assert s.to_json()["unit"] == "t2"
    # b and c cross where 60 - 10w = 90 - 60w: w = 0.6
    assert s.crossovers[0][0] == pytest.approx(0.6)


def test_robustness_and_stability_per_unit(case: Case) -> None:
    r = robustness(case, "p", mode="uniform", samples=500, seed=3, unit="t2")
    assert r.option_ids == ("b", "c") and r.to_json()["unit"] == "t2"
    assert r.rank_acceptability.sum(axis=1) == pytest.approx([1.0, 1.0])
    st = stability(case, "a", "p", "t3")
    assert st.reachable is False and st.to_json()["unit"] == "t3"  # c dominates a in t3
    with pytest.raises(AnalysisError) as e:
        stability(case, "a", "p", "t2")
    assert e.value.issues[0].code == "target_excluded"
