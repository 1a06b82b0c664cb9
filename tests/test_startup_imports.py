"""The first paint imports neither pydantic nor the edit commands (issue 12's start-up goal),
and PySide6 looks at the start's imports with one read each (``gui.import_scan``).

Pydantic checks data that comes from outside; the embedded default case is built without it
(``model.io.load_embedded_case``), and the edit commands (``model.commands``,
``model.unit_commands``, pydantic models) are needed only when the user edits, so nothing the
first paint imports may import them at the top.  One subprocess makes the screenshot start, as
``vormkeuze --screenshot`` does, and reports which modules it loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

#: the modules the first paint must not load
EDIT_COMMANDS = ("model.commands", "model.unit_commands", "pydantic", "pydantic_core")

_START = """
import json, sys
from cli.main import main

status = main(["--screenshot", sys.argv[1], "--size", "1920x1080"])
painted = sorted(sys.modules)
check = getattr(sys.modules.get("shibokensupport.feature"), "_mod_uses_pyside", None)
quick = bool(getattr(check, "_vormkeuze_quick", False))
import cli.common, model  # the command line's and the model's front doors stay light too
after = sorted(sys.modules)
print(json.dumps({"status": status, "painted": painted, "after": after, "quick": quick}))
"""


def test_the_first_paint_imports_no_pydantic_and_no_edit_commands(tmp_path: Path) -> None:
    shot = tmp_path / "first.png"
    run = subprocess.run(
        [sys.executable, "-c", _START, str(shot)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout.strip().splitlines()[-1])
    assert got["status"] == 0
    # the window was really made and painted in that process
    assert shot.stat().st_size > 0
    assert "gui.main_window" in got["painted"]
    assert "model.case" in got["painted"]

    def loaded(modules: list[str]) -> list[str]:
        return [m for m in modules if m.startswith(EDIT_COMMANDS)]

    assert loaded(got["painted"]) == []
    assert loaded(got["after"]) == []
    # PySide6 checked each of the start's imports with one read, not inspect.getsource
    assert got["quick"] is True
