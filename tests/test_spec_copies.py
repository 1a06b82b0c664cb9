"""The spec's example files are copied into tests/data so the suite needs nothing outside the
repository; while ../shared/spec is there, the copies must still equal it."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_SPEC = ROOT.parent / "shared" / "spec"


@pytest.mark.parametrize("name", ["example-case.json", "example-output.json"])
def test_the_copy_equals_the_shared_spec(name: str) -> None:
    shared = SHARED_SPEC / name
    if not shared.exists():
        pytest.skip(f"{shared} is not here (the copy in tests/data is used alone)")
    assert (ROOT / "tests" / "data" / name).read_bytes() == shared.read_bytes()
