"""Fuzzing the loader: the only outcome besides success is a typed validation error."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model import VormkeuzeError, load_case_data
from model.io import load_case_file

EXAMPLE = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "example-case.json").read_text(encoding="utf-8")
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4)
    ),
    max_leaves=20,
)


def _paths(obj: Any, prefix: tuple = ()) -> list[tuple]:
    out = [prefix]
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += _paths(v, (*prefix, i))
    return out


ALL_PATHS = [p for p in _paths(EXAMPLE) if p]


def _set(obj: Any, path: tuple, value: Any) -> None:
    for key in path[:-1]:
        obj = obj[key]
    obj[path[-1]] = value


def _delete(obj: Any, path: tuple) -> None:
    for key in path[:-1]:
        obj = obj[key]
    del obj[path[-1]]


def _only_typed_errors(data: Any) -> None:
    try:
        load_case_data(data)
    except VormkeuzeError as e:
        assert e.issues, "a refusal names at least one problem"
        for i in e.issues:
            assert i.code and isinstance(i.place, str) and i.place


@settings(max_examples=150, deadline=None)
@given(json_values)
def test_arbitrary_json_values(value: Any) -> None:
    _only_typed_errors(value)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(ALL_PATHS), json_values, st.booleans()), max_size=4))
def test_mutated_valid_cases(mutations: list[tuple[tuple, Any, bool]]) -> None:
    data = copy.deepcopy(EXAMPLE)
    for path, value, delete in mutations:
        try:
            if delete:
                _delete(data, path)
            else:
                _set(data, path, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed the path
    _only_typed_errors(data)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_as_a_file(tmp_path_factory: Any, raw: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "case.json"
    path.write_bytes(raw)
    try:
        load_case_file(path)
    except VormkeuzeError as e:
        assert e.issues
