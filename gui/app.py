"""Start the desktop app, or render it offscreen to a PNG (``--screenshot``)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="vormkeuze", description="Vormkeuze desktop app")
    p.add_argument("case", nargs="?", help="a case file (.json) or document (.vormkeuze)")
    p.add_argument("--screenshot", metavar="FILE.png", help="render offscreen to a PNG and exit")
    p.add_argument("--size", default="1366x768", help="window size for --screenshot, WxH")
    p.add_argument("--view", default=None, help="which view to render with --screenshot")
    p.add_argument("--lang", choices=["nl", "en"], default=None)
    p.add_argument("--presentation", action="store_true", help="presentation mode")
    return p.parse_args(list(argv))


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise SystemExit(f"--size: '{text}' is not WIDTHxHEIGHT (e.g. 1920x1080)") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise SystemExit(f"--size: {w}x{h} is outside 200..8000")
    return w, h


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    if args.screenshot is None and not _has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        out = Path("screenshots") / f"vormkeuze-{time.strftime('%Y%m%d-%H%M%S')}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        args.screenshot = str(out)
        print(
            f"Geen beeldscherm gevonden (DISPLAY is leeg); het hoofdvenster is als afbeelding"
            f" opgeslagen in {out}. / No display found; the main window was saved to {out}."
        )
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui.main_window import run  # Qt is imported only here

    return run(args, _size(args.size) if args.screenshot else None)
