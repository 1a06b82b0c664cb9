"""Controls that never clip their text: a row that wraps, and a combo box as wide as its text.

A chart's controls (which criterion, which two options, which axes) used to sit in one
``QHBoxLayout`` with combo boxes of a fixed number of characters, so long names were elided and
at 1280x720 the row was cut.  :class:`FlowLayout` puts the controls in rows that wrap at the
available width; :class:`FitCombo` asks for the width of its current text (the list shows
every entry whole), so nothing is elided while there is room anywhere on the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)


class FlowLayout(QLayout):
    """Widgets left to right, wrapping to the next row when the width runs out.

    Accepts ``addStretch`` and ``addSpacing`` like a ``QHBoxLayout`` (a stretch ends nothing
    here: rows are left-aligned; a spacing is a fixed gap)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # --- QHBoxLayout's vocabulary -----------------------------------------------------------
    def addStretch(self, _stretch: int = 0) -> None:
        """Rows are left-aligned already."""

    def addSpacing(self, size: int) -> None:
        self.addItem(QSpacerItem(size, 1, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    def addWidget(self, widget: QWidget, _stretch: int = 0) -> None:
        super().addWidget(widget)

    # --- QLayout ----------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m: QMargins = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, row_h = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty() and item.widget() is not None:
                continue
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if x > area.x() and x + width > area.right() + 1:
                x, y, row_h = area.x(), y + row_h + self._gap, 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._gap
            row_h = max(row_h, hint.height())
        return y + row_h - rect.y() + m.bottom()


class FitCombo(QComboBox):
    """A combo box that asks for the width of its current text (never a fixed width)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.currentIndexChanged.connect(lambda _i: self.updateGeometry())

    def sizeHint(self) -> QSize:
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        fm = self.fontMetrics()
        text = QSize(fm.horizontalAdvance(self.currentText()) + fm.horizontalAdvance("MM"), 0)
        if not self.itemIcon(self.currentIndex()).isNull():
            text += QSize(self.iconSize().width() + 4, 0)
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, opt, text.expandedTo(QSize(0, fm.height())), self
        )
        return QSize(size.width(), max(size.height(), super().sizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
