"""Vormkeuze's Qt front end (PySide6 + pyqtgraph)."""

import os

# pyqtgraph must bind to PySide6 even when PyQt is installed (platform notes, 3).
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
os.environ.setdefault("QT_API", "pyside6")
# numpy's OpenBLAS starts a worker per core that spins while it waits: at start-up that burns
# a second core for ≈ 0.12 s (the GUI thread's, on a two-core laptop under load), and the
# app's matrices are too small for threads to pay (bench_smaa: the same times with one).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def quiet_offscreen_noise() -> None:
    """Drop the offscreen platform's one harmless warning from a user's terminal.

    Qt's offscreen plugin says "This plugin does not support propagateSizeHints()" whenever a
    window is shown; `--screenshot`, headless start-up and reports show windows offscreen.
    Every other Qt message still reaches stderr.  (Tests keep pytest-qt's own handler.)
    """
    import sys

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        print(message, file=sys.stderr)

    qInstallMessageHandler(handler)
