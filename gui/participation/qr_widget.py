"""The round's QR code, painted crisp at any size (square modules, dark on white)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class QrWidget(QWidget):
    """Paints a QR matrix (True: dark) as large as the widget allows, always square."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix: list[list[bool]] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(160, 160)

    def set_matrix(self, matrix: list[list[bool]]) -> None:
        self._matrix = matrix
        self.update()

    def matrix(self) -> list[list[bool]]:
        return self._matrix

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        n = len(self._matrix)
        if n == 0:
            return
        module = side // n  # whole pixels per module: no blurred edges for a camera
        if module < 1:
            return
        size = module * n
        x0 = (self.width() - size) // 2
        y0 = (self.height() - size) // 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        for r, row in enumerate(self._matrix):
            for c, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(x0 + c * module, y0 + r * module, module, module))
        painter.end()
