"""The provisional result while scores are missing (model.partial)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import resources
from model import AnalysisError, evaluate, load_case_data, load_case_file
from model.case import Case, Option, Score
from model.commands import SetScore
from model.partial import provisional
from tests.model.strategies import case_data


@pytest.fixture
def case() -> Case:
    c, _ = load_case_file(resources.default_case_path())
    return c


def with_new_option(case: Case, scored: int = 0) -> Case:
    new = case.replace(options=(*case.options, Option(id="nieuw", name="Nieuwe vorm")))
    for leaf in new.leaf_ids[:scored]:
        scale = new.node_by_id[leaf].scale
        assert scale is not None
        value = scale.levels[0].label if scale.levels else (scale.worst or 0)
        score = Score(option="nieuw", criterion=leaf, value=value)
        new = SetScore(option="nieuw", criterion=leaf, score=score).apply(new)[0]
    return new


def test_a_complete_case_is_its_own_result(case: Case) -> None:
    p = provisional(case)
    assert p.mode == "complete" and p.case is case and p.missing == ()
    assert not p.is_provisional


def test_a_new_option_without_scores_ranks_the_others(case: Case) -> None:
    new = with_new_option(case)
    with pytest.raises(AnalysisError):
        evaluate(new)  # the analyses themselves still refuse (the CLI's behaviour)
    p = provisional(new)
    assert p.mode == "options" and p.left_out == ("nieuw",)
    assert len(p.missing) == len(case.leaf_ids)
    assert p.first_missing == ("nieuw", case.leaf_ids[0])
    assert p.case is not None
    assert evaluate(p.case).ranking == evaluate(case).ranking


def test_a_new_criterion_without_scores_ranks_on_the_others(case: Case) -> None:
    from model.case import Criterion, Scale

    leaf = Criterion(id="nieuw-crit", name="Nieuw", scale=Scale(kind="direct"))
    top = case.criteria[0]
    grown = top.replace(children=(*(top.children or ()), leaf))
    new = case.replace(criteria=(grown, *case.criteria[1:]))
    p = provisional(new)
    assert p.mode == "criteria" and p.left_out == ("nieuw-crit",)
    assert p.case is not None
    assert p.case.leaf_ids == case.leaf_ids
    for prof in case.profiles:
        a, b = evaluate(p.case, prof.id), evaluate(case, prof.id)
        assert np.allclose(a.value_array, b.value_array)


def test_the_cut_that_keeps_more_scores_wins(case: Case) -> None:
    # the new option has all but one score: dropping one criterion keeps more than dropping it
    new = with_new_option(case, scored=len(case.leaf_ids) - 1)
    p = provisional(new)
    assert p.mode == "criteria" and p.left_out == (case.leaf_ids[-1],)
    assert p.missing == (("nieuw", case.leaf_ids[-1]),)
    assert p.case is not None
    assert "nieuw" in evaluate(p.case).ranking


def test_nothing_to_show_when_no_cut_leaves_two_options() -> None:
    data = {
        "format": "vormkeuze/case",
        "version": 1,
        "title": "Leeg",
        "options": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
        "criteria": [{"id": "k", "name": "K", "scale": {"kind": "direct"}}],
        "scores": [{"option": "a", "criterion": "k", "value": 50}],
        "profiles": [{"id": "p", "name": "P"}],
    }
    c, _ = load_case_data(data)
    p = provisional(c)
    assert p.mode == "none" and p.case is None and p.missing == (("b", "k"),)


@settings(max_examples=40, deadline=None)
@given(case_data(), st.data())
def test_the_provisional_case_always_evaluates(data: dict, draw: st.DataObject) -> None:
    case, _ = load_case_data(data)
    n = len(case.scores)
    drop = draw.draw(st.sets(st.integers(0, n - 1), max_size=n))
    holey = case.replace(scores=tuple(s for k, s in enumerate(case.scores) if k not in drop))
    p = provisional(holey)
    assert len(p.missing) == len(drop)
    if p.case is None:
        return
    for prof in p.case.profiles:
        r = evaluate(p.case, prof.id)
        assert abs(r.weight_array.sum() - 1.0) < 1e-9
    if p.mode == "criteria":
        assert set(p.case.option_ids) == set(case.option_ids)
    elif p.mode == "options":
        assert set(p.case.leaf_ids) == set(case.leaf_ids)
