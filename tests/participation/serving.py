"""Run ``vormkeuze serve`` as a subprocess on 127.0.0.1 and stop it as Ctrl+C does."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def _first_line(fd: int) -> str:
    """One line read straight from the pipe, so that communicate() later misses nothing.

    (``readline()`` on the text stream would buffer what follows it, which communicate(),
    reading the raw pipe, never sees.)
    """
    data = bytearray()
    while not data.endswith(b"\n"):
        byte = os.read(fd, 1)
        if not byte:
            break
        data += byte
    return data.decode("utf-8")


class Serving:
    """A running ``serve`` command; :meth:`stop` sends SIGINT and returns the final JSON."""

    def __init__(self, *args: str, lang: str = "nl") -> None:
        env = {**os.environ, "LANG": "nl_NL.UTF-8" if lang == "nl" else "en_GB.UTF-8", "LC_ALL": ""}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "cli.main", "serve", *args, "--format", "json"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        line = _first_line(self.proc.stdout.fileno())
        if not line:
            _out, err = self.proc.communicate(timeout=30)
            raise AssertionError(f"serve did not start: {err}")
        self.start: dict[str, Any] = json.loads(line)
        self.url: str = self.start["url"]
        assert self.url.startswith(("http://127.0.0.1:", "http://[::1]:")), self.url

    def stop(self) -> tuple[int, dict[str, Any], str]:
        self.proc.send_signal(signal.SIGINT)
        out, err = self.proc.communicate(timeout=60)
        last = [line for line in out.splitlines() if line.strip()]
        return self.proc.returncode, json.loads(last[-1]) if last else {}, err

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.communicate(timeout=30)
