"""Edits: apply then inverse restores the case exactly; refusals leave it unchanged."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model import CaseInvalid, Criterion, Option, Scale, dump_case, evaluate, load_case_data
from model.commands import (
    AddCriterion,
    Command,
    MoveCriterion,
    MoveOption,
    RemoveCriterion,
    RemoveOption,
    SetCaseInfo,
    SetCriterion,
    SetOption,
    SetProfile,
    SetWeight,
    command_from_json,
    edit_score,
    replace_case,
)
from model.session import Session
from tests.model.strategies import case_data


def commands_for(case) -> list[Command]:  # type: ignore[no-untyped-def]
    leaf = case.leaf_ids[0]
    group = case.criteria[0].id
    opt = case.option_ids[0]
    p = case.profiles[0]
    return [
        SetWeight(profile_id=p.id, node=leaf, value=42.5),
        SetWeight(profile_id=p.id, node=group, value=0),
        edit_score(case, opt, leaf, rationale="Nieuwe onderbouwing", source="Bron"),
        edit_score(case, opt, leaf, value=None),
        SetOption(option_id=opt, option=case.options[0].replace(name="Nieuwe naam")),
        SetOption(option_id="nieuw", option=Option(id="nieuw", name="Nieuw"), index=0),
        RemoveOption(option_id=opt),
        MoveOption(option_id=opt, index=len(case.options) - 1),
        SetCriterion(node=leaf, criterion=case.node_by_id[leaf].replace(description="Wat")),
        AddCriterion(
            parent=group, criterion=Criterion(id="extra", name="Extra", scale=Scale(kind="direct"))
        ),
        RemoveCriterion(node=leaf) if len(case.leaf_ids) > 1 else SetCaseInfo(title="t"),
        MoveCriterion(node=leaf, parent=case.criteria[-1].id, index=0),
        SetProfile(profile_id="kopie", profile=p.replace(id="kopie", name="Kopie")),
        SetProfile(profile_id=case.profiles[-1].id, profile=None),
        SetCaseInfo(title="Andere titel", description="Andere omschrijving"),
    ]


@settings(max_examples=40, deadline=None)
@given(case_data(max_options=4), st.data())
def test_apply_then_inverse_restores_exactly(data: dict, draw: st.DataObject) -> None:
    case, _ = load_case_data(data)
    cmd = draw.draw(st.sampled_from(commands_for(case)))
    try:
        new, inverse = cmd.apply(case)
    except CaseInvalid:
        return  # a refused edit changes nothing (the case is immutable)
    back, again = inverse.apply(new)
    assert dump_case(back) == dump_case(case)
    assert dump_case(again.apply(back)[0]) == dump_case(new)
    assert command_from_json(cmd.to_json()) == cmd
    assert command_from_json(inverse.to_json()) == inverse


def test_set_weight_replaces_an_elicitation_by_its_current_points(example_case_path) -> None:  # type: ignore[no-untyped-def]
    case, _ = load_case_data(__import__("json").loads(example_case_path.read_text()))
    new, _ = SetWeight(profile_id="raad", node="btw", value=50).apply(case)
    p = new.profile("raad")
    assert p.elicitation_for("geld") is None
    assert p.weights is not None
    assert p.weights["btw"] == 50 and p.weights["transitie"] == pytest.approx(25)
    w = evaluate(new, "raad").weights
    assert w["btw"] == pytest.approx(0.4 * 50 / 75)


def test_refused_edit_names_the_problem(example_case_path) -> None:  # type: ignore[no-untyped-def]
    case, _ = load_case_data(__import__("json").loads(example_case_path.read_text()))
    with pytest.raises(CaseInvalid) as info:
        edit_score(case, "bvo", "btw", value=1000).apply(case)
    assert info.value.issues[0].code == "score_out_of_range"
    with pytest.raises(CaseInvalid):
        SetWeight(profile_id="raad", node="btw", value=-1).apply(case)
    with pytest.raises(CaseInvalid):
        SetProfile(profile_id="raad", profile=None).apply(
            SetProfile(profile_id="college", profile=None).apply(case)[0]
        )


def test_session_persists_before_it_publishes(example_case_path) -> None:  # type: ignore[no-untyped-def]
    case, _ = load_case_data(__import__("json").loads(example_case_path.read_text()))
    events: list[str] = []

    class Store:
        def record(self, command: Command, inverse: Command, new, **_) -> None:  # type: ignore[no-untyped-def]
            events.append(f"stored {command.kind}")

        def settle(self) -> None:
            events.append("settled")

    session = Session(case, Store())
    session.changed.connect(lambda cmd, old, new: events.append(f"published {cmd.kind}"))
    inverse = session.apply(SetWeight(profile_id="raad", node="geld", value=10))
    session.apply(inverse)
    assert events == [
        "stored SetWeight",
        "published SetWeight",
        "stored SetProfile",
        "published SetProfile",
    ]
    assert dump_case(session.case) == dump_case(case)


def test_session_refusal_publishes_nothing(example_case_path) -> None:  # type: ignore[no-untyped-def]
    case, _ = load_case_data(__import__("json").loads(example_case_path.read_text()))
    session = Session(case)
    seen: list[object] = []
    session.changed.connect(lambda *a: seen.append(a))
    with pytest.raises(CaseInvalid):
        session.apply(edit_score(case, "bvo", "btw", value="veel"))
    assert seen == [] and session.case is case


def test_deleting_the_active_profile_moves_to_the_first(example_case_path) -> None:  # type: ignore[no-untyped-def]
    case, _ = load_case_data(__import__("json").loads(example_case_path.read_text()))
    session = Session(case)
    session.profile_id = "college"
    session.apply(SetProfile(profile_id="college", profile=None))
    assert session.profile_id == "raad"


def test_replace_case_restores_a_snapshot(example_case_path) -> None:  # type: ignore[no-untyped-def]
    case, _ = load_case_data(__import__("json").loads(example_case_path.read_text()))
    edited, _ = RemoveOption(option_id="bvo").apply(case)
    back, inverse = replace_case(edited, case).apply(edited)
    assert dump_case(back) == dump_case(case)
    assert dump_case(inverse.apply(back)[0]) == dump_case(edited)
