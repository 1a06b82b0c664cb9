"""An edit carries only values a case file could hold: pydantic checks them in every command."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from pydantic import ValidationError

from model import load_case_file
from model.case import Criterion, Option, Scale, Unit
from model.commands import AddCriterion, SetOption, SetWeight
from model.io import parse_case
from model.unit_commands import AddUnit


@pytest.mark.parametrize("value", [math.nan, math.inf, True])
def test_a_weight_must_be_a_finite_number(value: float) -> None:
    with pytest.raises(ValidationError):
        SetWeight(profile_id="raad", node="geld", value=value)


def test_a_value_in_a_command_is_checked_again() -> None:
    with pytest.raises(ValidationError):
        SetOption(option_id="wgr", option=Option(id="Geen id", name="X"))
    with pytest.raises(ValidationError):
        SetOption(option_id="wgr", option=Option(id="wgr", name=None))  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        AddUnit(unit=Unit(id="team", name="Team", size=math.inf))


def test_a_command_builds_nested_values_from_data(example_case_path: Path) -> None:
    leaf = Criterion(id="x", name="X", scale={"kind": "direct"})  # type: ignore[arg-type]
    command = AddCriterion(parent="root", criterion=leaf)
    assert isinstance(command.criterion.scale, Scale)
    case, _ = load_case_file(example_case_path)
    assert SetOption(option_id=case.options[0].id, option=case.options[0]).option == case.options[0]


def test_the_json_details_read_as_before() -> None:
    from model.errors import CaseInvalid

    data = {"format": "vormkeuze/case", "version": 1, "title": "t", "x": 1, "options": [5]}
    with pytest.raises(CaseInvalid) as e:
        parse_case(data)
    details = {i.code: i.params["detail"] for i in e.value.issues}
    assert details["unknown_key"] == "Extra inputs are not permitted"
    assert details["expected_object"] == "Input should be a valid dictionary or instance of Option"


def test_the_inverse_of_a_profile_edit_is_the_command_a_file_would_give(
    example_case_path: Path,
) -> None:
    """Inverses carry the case's own, already checked profile (built without a second check):
    they equal, and write the same JSON as, a command checked from that JSON."""
    from model.commands import SetProfile, command_from_json

    case, _ = load_case_file(example_case_path)
    profile = case.profiles[0]
    node = case.criteria[0].id
    new, inverse = SetWeight(profile_id=profile.id, node=node, value=7).apply(case)
    added = profile.replace(id="kopie", name="Kopie")
    edits = [
        inverse,
        SetProfile(profile_id="kopie", profile=added).apply(new)[1],  # undoing an add
        SetProfile(profile_id=profile.id, profile=None).apply(new)[1],  # undoing a delete
        SetProfile(profile_id=profile.id, profile=profile, index=1).apply(new)[1],  # a move
    ]
    for edit in edits:
        checked = command_from_json(edit.to_json())
        assert isinstance(edit, SetProfile)
        assert checked == edit
        assert checked.to_json() == edit.to_json()
    # undo gives the case back
    assert inverse.apply(new)[0] == case
    assert edits[2].apply(SetProfile(profile_id=profile.id, profile=None).apply(new)[0])[0] == new
