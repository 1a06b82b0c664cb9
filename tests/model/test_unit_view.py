"""The projection the views analyse: a unit's case, and the what-if without hindsight."""

from __future__ import annotations

import pytest

from model import evaluate, load_case_data
from model.session import Session
from model.unit_view import analysis_case, hindsight_scores
from tests.model.units_case import units_case_data


@pytest.mark.parametrize("unit", ["t1", "t2", "t3"])
@pytest.mark.parametrize("profile", ["p", "q"])
def test_projection_gives_the_units_numbers(unit: str, profile: str) -> None:
    case, _ = load_case_data(units_case_data())
    projected = analysis_case(case, unit)
    assert projected.units is None
    assert projected.option_ids == case.unit_option_ids(unit)
    assert evaluate(projected, profile).values == pytest.approx(
        evaluate(case, profile, unit).values
    )


def test_no_unit_no_what_if_is_the_case_itself() -> None:
    case, _ = load_case_data(units_case_data())
    assert analysis_case(case) is case


def test_without_hindsight_falls_back_then_leaves_the_leaf_out() -> None:
    data = units_case_data()
    data["as_of"] = "2019"
    data["scores"][6]["source_date"] = "2021"  # t3's own c x: back to the case-wide 30
    case, _ = load_case_data(data)
    assert [s.criterion for s in hindsight_scores(case)] == ["x"]
    fair = analysis_case(case, "t3", without_hindsight=True)
    assert evaluate(fair, "p").values["c"] == pytest.approx(54.0)
    # a case-wide score from hindsight: the leaf x goes, y carries all the weight
    data["scores"][0]["source_date"] = "2020-01"
    case, _ = load_case_data(data)
    fair = analysis_case(case, None, without_hindsight=True)
    assert fair.leaf_ids == ("y",)
    assert evaluate(fair, "p").values == pytest.approx({"a": 20.0, "b": 60.0, "c": 90.0})
    assert analysis_case(case, None).leaf_ids == ("x", "y")  # the case itself is untouched


def test_session_follows_the_unit_and_forgets_a_removed_one() -> None:
    from model.unit_commands import RemoveUnit

    case, _ = load_case_data(units_case_data())
    session = Session(case)
    seen: list[object] = []
    session.unit_changed.connect(seen.append)
    assert session.analysis_case is case
    session.unit_id = "t2"
    assert session.analysis_case.option_ids == ("b", "c")
    assert session.analysis_case is session.analysis_case  # computed once per case
    with pytest.raises(KeyError):
        session.unit_id = "zz"
    session.apply(RemoveUnit(unit_id="t2"))
    assert session.unit_id is None and seen == ["t2", None]
    session.without_hindsight = True
    assert seen == ["t2", None, None]
