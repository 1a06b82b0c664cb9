"""The desktop app's numpy runs OpenBLAS on one thread (``gui/__init__.py``)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

_COUNT = """
import os, sys
if sys.argv[1] == "gui":
    import gui  # noqa: F401  (before numpy, as the app's start imports it)
import numpy
numpy.ones((64, 64)) @ numpy.ones((64, 64))  # a BLAS call: its workers are up by now
print(len(os.listdir("/proc/self/task")))
"""


def _threads(first: str) -> int:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    run = subprocess.run(
        [sys.executable, "-c", _COUNT, first],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return int(run.stdout.split()[-1])


@pytest.mark.skipif(
    (os.cpu_count() or 1) < 2 or not os.path.isdir("/proc/self/task"),
    reason="OpenBLAS starts no worker threads on one core; /proc counts the threads",
)
def test_the_app_starts_no_openblas_workers() -> None:
    alone, with_gui = _threads("numpy"), _threads("gui")
    assert with_gui < alone
    assert with_gui == 1  # the main thread alone


def test_a_users_own_setting_is_kept() -> None:
    run = subprocess.run(
        [sys.executable, "-c", "import gui, os; print(os.environ['OPENBLAS_NUM_THREADS'])"],
        cwd=ROOT,
        env={**os.environ, "OPENBLAS_NUM_THREADS": "3"},
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert run.stdout.strip() == "3"
