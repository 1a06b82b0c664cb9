"""The floors hold: import-linter's contracts (layers, gui and cli apart, words, report and serve
without Qt)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept() -> None:
    tool = Path(sys.executable).parent / "lint-imports"
    if not tool.exists() and shutil.which("lint-imports") is None:
        pytest.skip("import-linter is not installed")
    p = subprocess.run(
        [str(tool) if tool.exists() else "lint-imports"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert p.returncode == 0, p.stdout + p.stderr
    for contract in (
        "floors: cli above gui above report above serve above words above model",
        "gui and cli do not import each other",
        "words need no Qt",
        "report needs no Qt",
        "model is pure: no Qt, no gui",
        "serve (the round's web server) is Qt-free and knows neither gui nor cli",
        "model does not know the web server",
    ):
        assert f"{contract} KEPT" in p.stdout
