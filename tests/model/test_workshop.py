"""Workshop copies: a slider never changes the vastgestelde profile; the copy carries the move."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import resources
from model.case import Case
from model.commands import SetProfile, SetWeight
from model.io import load_case_file
from model.session import Session
from model.weights import resolve_profile
from model.workshop import (
    base_of,
    copy_id,
    copy_of,
    discard_copy,
    overwrite_base,
    save_as_new,
    weight_changes,
    weight_command,
)

BASE = "raad-heemstede"
NAME = "Raad Heemstede (zienswijze 2019) — aangepast"


@pytest.fixture(scope="module")
def case() -> Case:
    loaded, _ = load_case_file(resources.default_case_path())
    return loaded


def _moved(case: Case, node: str = "bestuur", value: float = 90.0) -> tuple[Case, str]:
    command, shown = weight_command(case, BASE, node, value, name=NAME, description="kopie")
    new, _ = command.apply(case)
    return new, shown


def test_moving_a_weight_of_a_vastgesteld_profile_makes_a_copy_after_it(case: Case) -> None:
    new, shown = _moved(case)
    assert shown == copy_id(BASE) == "raad-heemstede-aangepast"
    assert new.profile(BASE) == case.profile(BASE)  # the adopted profile is untouched
    ids = [p.id for p in new.profiles]
    assert ids.index(shown) == ids.index(BASE) + 1
    copy = new.profile(shown)
    assert copy.name == NAME and copy.description == "kopie"
    assert copy.weights is not None and copy.weights["bestuur"] == 90.0
    assert base_of(new, shown) == BASE and copy_of(new, BASE) == shown
    assert base_of(new, BASE) is None and copy_of(new, shown) is None


def test_moving_a_weight_of_the_copy_changes_the_copy_only(case: Case) -> None:
    new, shown = _moved(case)
    command, again = weight_command(new, shown, "vorm", 5.0, name="x", description="")
    assert isinstance(command, SetWeight) and again == shown
    newer, _ = command.apply(new)
    assert newer.profile(shown).weights["vorm"] == 5.0  # type: ignore[index]
    assert newer.profile(shown).name == NAME
    assert newer.profile(BASE) == case.profile(BASE)


def test_a_new_move_on_the_base_renews_the_existing_copy(case: Case) -> None:
    new, shown = _moved(case, "bestuur", 90.0)
    command, _ = weight_command(new, BASE, "vorm", 1.0, name=NAME, description="")
    newer, _ = command.apply(new)
    assert len(newer.profiles) == len(new.profiles)
    weights = newer.profile(shown).weights or {}
    assert weights["vorm"] == 1.0
    assert weights["bestuur"] == case.profile(BASE).weights["bestuur"]  # type: ignore[index]


def test_the_difference_names_exactly_the_moved_nodes(case: Case) -> None:
    new, shown = _moved(case, "kaderstelling", 100.0)
    changes = weight_changes(new, BASE, shown)
    nodes = {c.node for c in changes}
    assert "kaderstelling" in nodes
    # its siblings' local shares shift, other groups stay as they were
    assert {"ontvlechtbaarheid", "btw", "werkgeverschap"}.isdisjoint(nodes)
    k = next(c for c in changes if c.node == "kaderstelling")
    assert k.local_after > k.local_before and k.global_delta > 0
    assert weight_changes(new, BASE, BASE) == []


def test_save_as_new_renames_the_copy_in_place(case: Case) -> None:
    new, shown = _moved(case)
    command = save_as_new(new, shown, "workshop-3-juni", "Workshop 3 juni", None)
    saved, inverse = command.apply(new)
    ids = [p.id for p in saved.profiles]
    assert shown not in ids and "workshop-3-juni" in ids
    assert ids.index("workshop-3-juni") == [p.id for p in new.profiles].index(shown)
    assert saved.profile("workshop-3-juni").weights == new.profile(shown).weights
    assert base_of(saved, "workshop-3-juni") is None  # now a vastgesteld profile of its own
    assert inverse.apply(saved)[0] == new


def test_overwrite_gives_the_base_the_copy_weights_and_removes_the_copy(case: Case) -> None:
    new, shown = _moved(case)
    done, inverse = overwrite_base(new, shown).apply(new)
    assert shown not in [p.id for p in done.profiles]
    base = done.profile(BASE)
    assert base.name == case.profile(BASE).name
    assert base.description == case.profile(BASE).description
    assert base.weights == new.profile(shown).weights
    assert inverse.apply(done)[0] == new


def test_discard_removes_only_the_copy(case: Case) -> None:
    new, shown = _moved(case)
    done, _ = discard_copy(new, shown).apply(new)
    assert done == case
    with pytest.raises(KeyError):
        discard_copy(new, BASE)


def test_undoing_the_copy_shows_the_vastgestelde_profile_again(case: Case) -> None:
    session = Session(case)
    session.profile_id = BASE
    command, shown = weight_command(case, BASE, "bestuur", 80.0, name=NAME, description="")
    inverse = session.apply(command)
    session.profile_id = shown
    session.apply(inverse)
    assert session.profile_id == BASE  # not the first profile of the list


def test_undoing_save_as_new_shows_the_copy_again(case: Case) -> None:
    new, shown = _moved(case)
    session = Session(new)
    inverse = session.apply(save_as_new(new, shown, "nieuw", "Nieuw", None))
    session.profile_id = "nieuw"
    session.apply(inverse)
    assert session.profile_id == shown


def test_copy_ids_stay_valid_for_long_ids(case: Case) -> None:
    long_id = "p" * 64
    profile = case.profile(BASE).replace(id=long_id)
    bigger, _ = SetProfile(profile_id=long_id, profile=profile).apply(case)
    command, shown = weight_command(bigger, long_id, "bestuur", 10.0, name="x", description="")
    done, _ = command.apply(bigger)
    assert len(shown) <= 64 and base_of(done, shown) == long_id


leaf_or_group: Any = st.sampled_from(
    ["bestuur", "financien", "vorm", "btw", "kaderstelling", "werkgeverschap"]
)


@settings(max_examples=40, deadline=None)
@given(node=leaf_or_group, value=st.integers(min_value=0, max_value=100))
def test_any_move_keeps_the_base_and_its_inverse_restores(node: str, value: int) -> None:
    case, _ = load_case_file(resources.default_case_path())
    for pid in [p.id for p in case.profiles]:
        command, shown = weight_command(case, pid, node, float(value), name="k", description="")
        new, inverse = command.apply(case)
        assert new.profile(pid) == case.profile(pid)
        assert inverse.apply(new)[0] == case
        # the copy resolves to weights that sum to one, like any profile
        k = [p.id for p in new.profiles].index(shown)
        assert abs(float(resolve_profile(new, k).leaf_weights.sum()) - 1.0) < 1e-9
