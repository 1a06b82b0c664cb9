"""The spec's worked example: what `analyse`, `sensitivity` and `stability` must give."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from model import dump_case, evaluate, load_case_file, sensitivity


def close(got: Any, want: Any, tol: float = 1e-6) -> bool:
    if isinstance(want, dict):
        return (
            isinstance(got, dict)
            and got.keys() == want.keys()
            and all(close(got[k], want[k], tol) for k in want)
        )
    if isinstance(want, list):
        return (
            isinstance(got, list)
            and len(got) == len(want)
            and all(close(a, b, tol) for a, b in zip(got, want, strict=True))
        )
    if isinstance(want, float):
        return isinstance(got, float) and abs(got - want) <= tol
    return bool(got == want)


@pytest.fixture
def expected(example_case_path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (example_case_path.parent / "example-output.json").read_text(encoding="utf-8")
    )
    return data


@pytest.mark.parametrize("profile", ["raad", "college"])
def test_analyse_matches_spec(example_case_path: Path, expected: dict, profile: str) -> None:
    case, warnings = load_case_file(example_case_path)
    assert warnings == []
    assert close(evaluate(case, profile).to_json(), expected[f"analyse --profile {profile}"])


def test_sensitivity_matches_spec(example_case_path: Path, expected: dict) -> None:
    case, _ = load_case_file(example_case_path)
    got = sensitivity(case, "geld", "raad").to_json()
    assert close(got, expected["sensitivity --criterion geld (profile raad)"])


def test_round_trip_is_identity(example_case_path: Path) -> None:
    original = json.loads(example_case_path.read_text(encoding="utf-8"))
    case, _ = load_case_file(example_case_path)
    assert dump_case(case) == original
    # ints stay ints, so the text round-trips too
    assert json.dumps(dump_case(case), sort_keys=True) == json.dumps(original, sort_keys=True)
