"""Run the command line in this process (fast) or as the real console script (a few tests)."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
_LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@contextlib.contextmanager
def _locale(lang: str) -> Iterator[None]:
    saved = {k: os.environ.get(k) for k in _LOCALE_VARS}
    for k in _LOCALE_VARS:
        os.environ.pop(k, None)
    os.environ["LANG"] = "C.UTF-8" if lang == "nl" else "en_GB.UTF-8"
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def vk(*args: str, lang: str = "nl") -> subprocess.CompletedProcess[str]:
    """``vormkeuze ARGS`` through :func:`cli.main.main` in this process."""
    from cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with _locale(lang), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as e:  # argparse refusals and --help
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 2)
    return subprocess.CompletedProcess(["vormkeuze", *args], code, out.getvalue(), err.getvalue())


def vk_spawn(*args: str, lang: str = "nl") -> subprocess.CompletedProcess[str]:
    """``vormkeuze ARGS`` as its own process, as a user runs it."""
    script = Path(sys.executable).parent / "vormkeuze"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "cli.main"]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8" if lang == "nl" else "en_GB.UTF-8"},
        timeout=60,
    )


def captured(capsys: Any, *args: str, lang: str = "nl") -> tuple[int, str, str]:
    """``vormkeuze --lang LANG ARGS`` in this process with pytest's ``capsys``: (exit status,
    stdout, stderr); never a traceback."""
    from cli.main import main

    code = main(["--lang", lang, *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err
