"""``case_rows`` with the previous rows gives exactly the rows computed from scratch."""

from __future__ import annotations

from typing import Any

import pytest

import resources
from model import load_case_file
from model.commands import Command, RemoveOption, SetCaseInfo, SetWeight, edit_score
from model.document_schema import case_rows
from model.unit_commands import SetUnit


def _plain(rows: Any) -> dict[str, dict[Any, Any]]:
    return {t: dict(v) for t, v in rows.items()}


def _commands(case: Any) -> list[Command]:
    first, last = case.profiles[0].id, case.profiles[-1].id
    s = case.scores[0]
    out: list[Command] = [
        SetWeight(profile_id=first, node=case.criteria[0].id, value=3),
        SetWeight(profile_id=last, node=case.criteria[-1].id, value=77.5),
        edit_score(case, s.option, s.criterion, rationale="anders"),
        SetCaseInfo(title="Nieuw"),
        RemoveOption(option_id=case.options[-1].id),
    ]
    if case.units:
        u = case.units[0]
        out.append(SetUnit(unit_id=u.id, unit=u.replace(name="Ander onderdeel")))
    return out


@pytest.mark.parametrize("k", range(6))
def test_reused_rows_equal_fresh_rows(k: int) -> None:
    case, _ = load_case_file(resources.default_case_path())
    commands = _commands(case)
    if k >= len(commands):
        pytest.skip("the default case has no units")
    new, _ = commands[k].apply(case)
    assert _plain(case_rows(new, (case, case_rows(case)))) == _plain(case_rows(new))
