"""The garbage collector waits for the first paint, then runs again (gui.app)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

_INTERACTIVE = """
import gc, json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from gui.app import main

app = QApplication(sys.argv[:1])
seen = {}

def look():
    seen["enabled_after_first_pass"] = gc.isenabled()
    seen["frozen"] = gc.get_freeze_count()
    app.closeAllWindows()
    app.quit()

def during_start():  # runs in the window's first event-loop pass, before look()
    seen["enabled_at_start"] = gc.isenabled()

QTimer.singleShot(0, during_start)
QTimer.singleShot(300, look)
status = main(["--lang", "en"])
seen["status"] = status
print(json.dumps(seen))
"""


def test_the_collector_runs_again_once_the_window_is_up(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    env.pop("XDG_CONFIG_HOME", None)
    env.pop("XDG_DATA_HOME", None)
    run = subprocess.run(
        [sys.executable, "-c", _INTERACTIVE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout.strip().splitlines()[-1])
    assert seen["status"] == 0
    assert seen["enabled_at_start"] is False  # paused while the window was made
    assert seen["enabled_after_first_pass"] is True
    assert seen["frozen"] > 10_000  # what the start made: modules, widgets, the case


def test_a_start_that_ends_early_leaves_the_collector_on() -> None:
    import gc

    from gui.app import main

    assert gc.isenabled()
    with pytest.raises(SystemExit):  # argparse refuses the size
        main(["--size", "not-a-size", "--screenshot", "x.png"])
    assert gc.isenabled()
