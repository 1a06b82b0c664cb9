"""`vormkeuze` without a display: one line, a PNG of the main window, no abort (exit 0)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_no_display_saves_a_picture_instead_of_aborting(tmp_path: Path) -> None:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "PYTHONPATH": str(ROOT),
    }  # no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM
    p = subprocess.run(
        [sys.executable, "-m", "cli.main"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert p.returncode == 0, p.stderr
    assert "Traceback" not in p.stderr
    lines = [line for line in p.stdout.splitlines() if line.strip()]
    assert "screenshots" in lines[0] and "DISPLAY" in lines[0]
    pictures = list((tmp_path / "screenshots").glob("*.png"))
    assert len(pictures) == 1 and pictures[0].stat().st_size > 10_000
    assert str(pictures[0].relative_to(tmp_path)) in lines[0]


def test_screenshot_of_an_unknown_view_is_refused(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "cli.main",
            "--screenshot",
            str(tmp_path / "x.png"),
            "--view",
            "nergens",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert p.returncode == 2
    assert "nergens" in p.stderr and "Traceback" not in p.stderr
    assert not (tmp_path / "x.png").exists()
