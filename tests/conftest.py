"""Shared test set-up: offscreen Qt, settings and documents in tmp_path, no leaked widgets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
os.environ.setdefault("QT_API", "pyside6")

ROOT = Path(__file__).resolve().parent.parent
#: copies of ../shared/spec/example-case.json and example-output.json (tests/test_spec_copies.py
#: checks they still equal the shared ones when those are present)
DATA = ROOT / "tests" / "data"
EXAMPLE_CASE = DATA / "example-case.json"


@pytest.fixture
def example_case_path() -> Path:
    return EXAMPLE_CASE


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point every per-user location (settings, data folder) at tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
