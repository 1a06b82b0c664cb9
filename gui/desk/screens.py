"""The window fits the screen it opens on.

Geometry saved on a 1920×1080 monitor must not put the window half off a 1366×768 laptop; the
first start on a small screen fills it (maximised), so the status bar is never below the edge.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

#: what window decorations (title bar, borders) take at most, when the real frame is not known
FRAME_ALLOWANCE = (16, 48)
SMALL = (1440, 900)  # screens up to this size: start maximised


def fitted(window: QRect, screen: QRect, frame: tuple[int, int] = FRAME_ALLOWANCE) -> QRect:
    """``window`` moved and shrunk so that it, with its frame, lies inside ``screen``."""
    fw, fh = frame
    width = min(window.width(), screen.width() - fw)
    height = min(window.height(), screen.height() - fh)
    x = min(max(window.x(), screen.left()), screen.right() - width - fw + 1)
    y = min(max(window.y(), screen.top()), screen.bottom() - height - fh + 1)
    return QRect(max(x, screen.left()), max(y, screen.top()), max(width, 1), max(height, 1))


def fit_to_screen(window: QWidget, *, first_start: bool = False) -> None:
    """Clamp ``window`` to the available area of its screen (the primary one if it has none)."""
    screen = window.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    if first_start and area.width() <= SMALL[0] and area.height() <= SMALL[1]:
        window.resize(area.width() - FRAME_ALLOWANCE[0], area.height() - FRAME_ALLOWANCE[1])
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    if window.isMaximized() or window.isFullScreen():
        return
    rect = fitted(window.geometry(), area)
    if rect != window.geometry():
        window.setGeometry(rect)
