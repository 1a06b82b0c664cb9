"""The session says which parts an edit changed; a drag is one history row, as one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import resources
from model import load_case_file
from model.case import Case
from model.commands import SetCaseInfo, SetOption, SetWeight, edit_score
from model.document import Document
from model.session import PARTS, Changed, Session


@pytest.fixture
def case() -> Case:
    return load_case_file(resources.default_case_path())[0]


def _parts(session: Session) -> list[frozenset[str]]:
    seen: list[frozenset[str]] = []
    session.changed.connect(lambda _c, _o, _n, parts: seen.append(parts.parts))
    return seen


def test_each_kind_of_edit_names_its_part(case: Case) -> None:
    s = Session(case)
    seen = _parts(s)
    p = case.profiles[0]
    leaf = next(iter(case.leaves()))
    option = case.options[0]
    s.apply(SetWeight(profile_id=p.id, node=leaf.id, value=7.0))
    s.apply(edit_score(s.case, option.id, leaf.id, rationale="checked again"))
    s.apply(SetCaseInfo(title="Another title", description=None))
    s.apply(SetOption(option_id=option.id, option=option.replace(name="Renamed")))
    assert seen == [
        frozenset({"profiles"}),
        frozenset({"scores"}),
        frozenset({"info"}),
        frozenset({"options"}),
    ]


def test_reset_says_everything_changed_and_a_no_op_says_nothing(case: Case) -> None:
    s = Session(case)
    seen = _parts(s)
    s.reset(case.replace(title="x"))
    assert seen == [frozenset(PARTS)]
    assert Changed.between(case, case).parts == frozenset()
    assert "scores" not in Changed.between(case, case.replace(title="y"))
    assert Changed.between(case, case.replace(title="y")).any("info", "scores")


def test_three_argument_slots_still_work(case: Case) -> None:
    s = Session(case)
    got: list[Any] = []
    s.changed.connect(lambda command, old, new: got.append((old, new)))
    p = case.profiles[0]
    s.apply(SetWeight(profile_id=p.id, node=next(iter(case.leaves())).id, value=3.0))
    assert got and got[0][0] is case


def test_a_drag_is_one_history_row_and_its_undo_one_more(tmp_path: Path, case: Case) -> None:
    doc = Document.create(tmp_path / "d.vormkeuze", case, author="tester")
    s = Session(doc.case, store=doc)
    p = case.profiles[0]
    node = case.criteria[0].id
    before_rows = doc.history_count()
    start = s.case
    drag = object()
    inverse = None
    for value in range(1, 51):  # 50 slider steps of one drag
        step_inverse = s.apply(SetWeight(profile_id=p.id, node=node, value=value), merge_token=drag)
        inverse = inverse or step_inverse  # the undo step keeps the first inverse
    assert doc.history_count() == before_rows + 1
    last = doc.history()[-1]
    assert last.command["value"] == 50
    assert inverse is not None
    assert last.inverse == inverse.to_json()
    s.apply(inverse)  # undo: one entry more, and the case is as before the drag
    assert doc.history_count() == before_rows + 2
    assert s.case.profiles == start.profiles
    assert Document.open(doc.path, readonly=True).case.profiles == start.profiles


def test_another_token_or_edit_in_between_starts_a_new_row(tmp_path: Path, case: Case) -> None:
    doc = Document.create(tmp_path / "d.vormkeuze", case, author="tester")
    s = Session(doc.case, store=doc)
    p = case.profiles[0]
    a, b = case.criteria[0].id, case.criteria[1].id
    n = doc.history_count()
    first, second = object(), object()
    s.apply(SetWeight(profile_id=p.id, node=a, value=10), merge_token=first)
    s.apply(SetWeight(profile_id=p.id, node=a, value=11), merge_token=second)  # a new drag
    s.apply(SetWeight(profile_id=p.id, node=b, value=12), merge_token=second)  # another slider
    s.apply(SetCaseInfo(title="between", description=None))
    s.apply(SetWeight(profile_id=p.id, node=b, value=13), merge_token=second)
    s.apply(SetWeight(profile_id=p.id, node=b, value=14))  # no token: never merged
    assert doc.history_count() == n + 6


def test_every_field_of_a_case_belongs_to_a_part() -> None:
    import dataclasses

    from model.case import Case
    from model.session import _INFO_FIELDS

    parts = {"options", "criteria", "scores", "profiles", "units"}
    fixed = {"format", "version"}
    assert {f.name for f in dataclasses.fields(Case)} == parts | set(_INFO_FIELDS) | fixed
