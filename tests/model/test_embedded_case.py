"""The shipped cases are built without pydantic at start-up: the same value pydantic builds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

import resources
from model.case import Case, Score, built, to_data, validated
from model.io import load_case_file, load_embedded_case
from tests.model.strategies import case_data

SHIPPED = sorted(Path(resources.path("cases")).glob("*.json"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_a_shipped_case_builds_as_pydantic_validates_it(path: Path) -> None:
    fast, fast_warnings = load_embedded_case(path)
    checked, warnings = load_case_file(path)
    assert fast == checked
    assert fast_warnings == warnings
    assert to_data(fast) == json.loads(path.read_text(encoding="utf-8"))


def test_built_values_are_tuples_and_values_all_the_way_down() -> None:
    case, _ = load_embedded_case(resources.default_case_path())
    assert isinstance(case.scores, tuple) and all(isinstance(s, Score) for s in case.scores)
    leaf = next(case.leaves())
    assert leaf.scale is not None and type(leaf.scale).__name__ == "Scale"
    assert case.units is not None and isinstance(case.units[0].exclude, tuple)


def test_built_and_validated_agree_on_the_spec_example(example_case_path: Path) -> None:
    data = json.loads(example_case_path.read_text(encoding="utf-8"))
    assert built(Case, data) == validated(Case, data)


def test_reading_the_default_case_imports_no_pydantic() -> None:
    code = (
        "import sys, resources\n"
        "from model.io import load_embedded_case\n"
        "load_embedded_case(resources.default_case_path())\n"
        "print(sorted(m for m in sys.modules if m.startswith('pydantic')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.strip() == "[]"


@settings(max_examples=60, deadline=None)
@given(case_data())
def test_built_equals_validated_for_any_valid_case(data: dict[str, Any]) -> None:
    case = built(Case, data)
    assert case == validated(Case, data)
    assert to_data(case) == to_data(validated(Case, to_data(case)))
