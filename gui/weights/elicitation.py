"""Elicitation helpers for the weights of one node's children, in one dialog with four pages.

- *Punten verdelen*: share out 100 points (plain weights).
- *SWING*: rank the swings (worst to best score), the top one gets 100, the others a share of it
  (plain weights: the points).
- *Rangorde (ROC)*: put the criteria in order; rank-order centroid weights (an elicitation
  ``method="rank"`` in the profile).
- *Paarsgewijs (AHP)*: Saaty's 1-9 scale per pair, weights and consistency ratio live (an
  elicitation ``method="ahp"`` with the matrix).

:meth:`ElicitationDialog.command` gives the one ``SetProfile`` that applies the current page.
The numbers come from ``model.weights`` (through ``gui.weights.logic``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import translate
from gui.weights.widgets import WrapLabel
from model.case import Case, Elicitation, Profile
from model.commands import SetProfile
from model.elicitation import (
    SAATY_MAX,
    SAATY_MIN,
    ahp_matrix,
    ahp_result,
    node_weights,
    roc_weights,
    saaty_position,
    saaty_text,
    swing_order_problems,
    with_elicitation,
    with_points,
)
from model.weights import CR_LIMIT
from words.numbers import number, percent

WARNING_COLOR = "#B00020"


def _label(text: str, *, wrap: bool = True) -> QLabel:
    if wrap:
        return WrapLabel(text)
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    return lab


def _warning(label: QLabel, on: bool) -> None:
    """Warning look (dark red, bold) on or off; the text says it too, colour is only a help."""
    if on:
        pal = QPalette(label.palette())
        pal.setColor(QPalette.ColorRole.WindowText, QColor(WARNING_COLOR))
        label.setPalette(pal)
    else:
        label.setPalette(QPalette())
    font = QFont()
    font.setBold(on)
    label.setFont(font)


class OrderList(QWidget):
    """A list to put in order: drag with the mouse, or Ctrl+Up / Ctrl+Down (and the buttons)."""

    order_changed = Signal()

    def __init__(self, items: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setWordWrap(True)
        for node, name in items:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, node)
            item.setData(Qt.ItemDataRole.UserRole + 1, name)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        lay.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.up = QPushButton(translate("OrderList", "Move &up"))
        self.down = QPushButton(translate("OrderList", "Move do&wn"))
        self.up.setToolTip(translate("OrderList", "More important (Ctrl+Up)"))
        self.down.setToolTip(translate("OrderList", "Less important (Ctrl+Down)"))
        self.up.clicked.connect(partial(self.move_current, -1))
        self.down.clicked.connect(partial(self.move_current, 1))
        for key, step in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            sc = QShortcut(QKeySequence(key), self.list)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(partial(self.move_current, step))
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        lay.addLayout(buttons)
        self.list.model().rowsMoved.connect(lambda *_: self.order_changed.emit())

    def order(self) -> list[str]:
        return [self.list.item(k).data(Qt.ItemDataRole.UserRole) for k in range(self.list.count())]

    def set_order(self, order: list[str]) -> None:
        items = {it: self.list.takeItem(0) for it in range(self.list.count())}
        by_id = {i.data(Qt.ItemDataRole.UserRole): i for i in items.values()}
        for node in order:
            self.list.addItem(by_id[node])
        self.order_changed.emit()

    def move_current(self, step: int, *_: object) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.order_changed.emit()

    def set_texts(self, text: Callable[[int, str, str], str]) -> None:
        """Item texts from ``text(position, node, name)``."""
        for k in range(self.list.count()):
            it = self.list.item(k)
            it.setText(
                text(k, it.data(Qt.ItemDataRole.UserRole), it.data(Qt.ItemDataRole.UserRole + 1))
            )


class _Page(QWidget):
    def __init__(self, dialog: ElicitationDialog):
        super().__init__()
        self.dialog = dialog
        self.lang = dialog.lang
        self.children_ = dialog.children_
        self.names = dialog.names

    def result(self, case: Case, profile: Profile) -> Profile:
        raise NotImplementedError


class PointsPage(_Page):
    """Share out 100 points."""

    def __init__(self, dialog: ElicitationDialog):
        super().__init__(dialog)
        lay = QVBoxLayout(self)
        lay.addWidget(
            _label(
                translate(
                    "PointsPage",
                    "Share out 100 points over these criteria: the more points, the more it "
                    "counts.",
                )
            )
        )
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        self.spins: dict[str, QSpinBox] = {}
        self.shares: dict[str, QLabel] = {}
        start = dialog.current_points()
        for r, node in enumerate(self.children_):
            name = _label(self.names[node])
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setValue(round(start[node]))
            spin.setAccessibleName(self.names[node])
            share = _label("", wrap=False)
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            spin.valueChanged.connect(self.update_view)
            grid.addWidget(name, r, 0)
            grid.addWidget(spin, r, 1)
            grid.addWidget(share, r, 2)
            self.spins[node], self.shares[node] = spin, share
        lay.addLayout(grid)
        self.total = _label("")
        lay.addWidget(self.total)
        lay.addStretch(1)
        self.update_view()

    def points(self) -> dict[str, float]:
        return {k: float(s.value()) for k, s in self.spins.items()}

    def update_view(self, *_: object) -> None:
        pts = self.points()
        total = sum(pts.values())
        for k, lab in self.shares.items():
            lab.setText(percent(pts[k] / total, self.lang) if total else "–")
        if total == 100:
            text = translate("PointsPage", "Shared out: 100 of 100.")
        elif total < 100:
            text = translate("PointsPage", "Shared out: {total} of 100; {left} still to share.")
            text = text.format(total=int(total), left=int(100 - total))
        else:
            text = translate("PointsPage", "Shared out: {total} of 100; {over} too many.")
            text = text.format(total=int(total), over=int(total - 100))
        if total != 100 and total > 0:
            text += " " + translate(
                "PointsPage", "The weights are scaled in proportion (shown on the right)."
            )
        if total == 0:
            text += " " + translate("PointsPage", "Give at least one criterion some points.")
        self.total.setText(text)
        _warning(self.total, total == 0)
        self.dialog.set_ok_enabled(self, total > 0)

    def result(self, case: Case, profile: Profile) -> Profile:
        return with_points(case, profile, self.dialog.node, self.points())


class SwingPage(_Page):
    """SWING: order the swings, the top one is 100, the others a share of it."""

    def __init__(self, dialog: ElicitationDialog):
        super().__init__(dialog)
        lay = QVBoxLayout(self)
        lay.addWidget(
            _label(
                translate(
                    "SwingPage",
                    "1. Imagine every criterion at its worst score. Which improvement from worst "
                    "to best would you choose first? Put the improvements in that order.",
                )
            )
        )
        current = dialog.current_points()
        start = sorted(self.children_, key=lambda c: -current[c])
        self.order_list = OrderList([(c, self.names[c]) for c in start])
        lay.addWidget(self.order_list, 1)
        lay.addWidget(
            _label(
                translate(
                    "SwingPage",
                    "2. The first improvement is worth 100 points. How many points is each "
                    "other improvement worth compared with it?",
                )
            )
        )
        top = max(current.values()) or 1.0
        self._points = {c: round(100 * current[c] / top) for c in self.children_}
        self.grid_holder = QVBoxLayout()
        lay.addLayout(self.grid_holder)
        self.check = _label("")
        lay.addWidget(self.check)
        self.spins: dict[str, QSpinBox] = {}
        self.order_list.order_changed.connect(self._rebuild)
        self._grid_widget: QWidget | None = None
        self._rebuild()

    def _rebuild(self) -> None:
        order = self.order_list.order()
        self._points[order[0]] = 100
        if self._grid_widget is not None:
            self._grid_widget.deleteLater()
        w = QWidget()
        grid = QGridLayout(w)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        self.spins, self.shares = {}, {}
        for r, node in enumerate(order):
            grid.addWidget(_label(f"{r + 1}.", wrap=False), r, 0)
            name = _label(self.names[node])
            grid.addWidget(name, r, 1)
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setValue(int(self._points[node]))
            spin.setAccessibleName(self.names[node])
            if r == 0:
                spin.setEnabled(False)
                spin.setToolTip(translate("SwingPage", "The first improvement is 100 points"))
            spin.valueChanged.connect(partial(self._on_q_points, node))
            share = _label("", wrap=False)
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(spin, r, 2)
            grid.addWidget(share, r, 3)
            self.spins[node], self.shares[node] = spin, share
        self.grid_holder.addWidget(w)
        self._grid_widget = w
        self.update_view()

    def _on_q_points(self, node: str, value: int) -> None:
        self._points[node] = value
        self.update_view()

    def points(self) -> dict[str, float]:
        return {c: float(self._points[c]) for c in self.children_}

    def set_points(self, node: str, value: int) -> None:
        self.spins[node].setValue(value)

    def update_view(self) -> None:
        pts = self.points()
        total = sum(pts.values())
        for k, lab in self.shares.items():
            lab.setText(percent(pts[k] / total, self.lang))
        wrong = swing_order_problems(self.order_list.order(), pts)
        if wrong:
            self.check.setText(
                translate(
                    "SwingPage",
                    "Check the order: “{name}” has more points than an improvement above it.",
                ).format(name=self.names[wrong[0]])
            )
        else:
            self.check.setText("")
        _warning(self.check, bool(wrong))
        self.check.setVisible(bool(wrong))

    def result(self, case: Case, profile: Profile) -> Profile:
        return with_points(case, profile, self.dialog.node, self.points())


class RankPage(_Page):
    """Rank order: the order alone gives the ROC weights."""

    def __init__(self, dialog: ElicitationDialog):
        super().__init__(dialog)
        lay = QVBoxLayout(self)
        lay.addWidget(
            _label(
                translate(
                    "RankPage",
                    "Put the criteria in order of importance, most important first (drag, or "
                    "Ctrl+Up / Ctrl+Down). The weights follow from the order alone: rank-order "
                    "centroid (Barron & Barrett 1996).",
                )
            )
        )
        existing = dialog.existing
        if existing is not None and existing.method == "rank":
            start = list(existing.order)
        else:
            current = dialog.current_points()
            start = sorted(self.children_, key=lambda c: -current[c])
        self.order_list = OrderList([(c, self.names[c]) for c in start])
        self.order_list.order_changed.connect(self.update_view)
        lay.addWidget(self.order_list, 1)
        self.update_view()

    def order(self) -> list[str]:
        return self.order_list.order()

    def weights(self) -> dict[str, float]:
        return roc_weights(self.order())

    def update_view(self) -> None:
        w = self.weights()
        self.order_list.set_texts(
            lambda k, node, name: f"{k + 1}.  {name}  —  {percent(w[node], self.lang)}"
        )

    def result(self, case: Case, profile: Profile) -> Profile:
        e = Elicitation(node=self.dialog.node, method="rank", order=tuple(self.order()))
        return with_elicitation(case, profile, e)


class AhpPage(_Page):
    """Pairwise comparisons on Saaty's 1-9 scale, weights and consistency ratio live."""

    def __init__(self, dialog: ElicitationDialog):
        super().__init__(dialog)
        lay = QVBoxLayout(self)
        lay.addWidget(
            _label(
                translate(
                    "AhpPage",
                    "Compare the criteria two by two: move the slider towards the more "
                    "important one. 1 = equally important, 3 = moderately, 5 = strongly, "
                    "7 = very strongly, 9 = extremely more important.",
                )
            )
        )
        n = len(self.children_)
        start = self._start_positions()
        self.sliders: dict[tuple[int, int], QSlider] = {}
        self.value_labels: dict[tuple[int, int], QLabel] = {}
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)
        r = 0
        for i in range(n):
            for j in range(i + 1, n):
                left, right = self.names[self.children_[i]], self.names[self.children_[j]]
                a = _label(left)
                a.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                b = _label(right)
                s = QSlider(Qt.Orientation.Horizontal)
                s.setRange(SAATY_MIN, SAATY_MAX)
                s.setInvertedAppearance(True)  # towards the left name = left more important
                s.setTickPosition(QSlider.TickPosition.TicksBelow)
                s.setTickInterval(2)
                s.setPageStep(2)
                s.setValue(start.get((i, j), 0))
                s.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 16)
                s.setAccessibleName(
                    translate("AhpPage", "{left} compared with {right}").format(
                        left=left, right=right
                    )
                )
                v = _label("", wrap=False)
                v.setAlignment(Qt.AlignmentFlag.AlignCenter)
                s.valueChanged.connect(self.update_view)
                grid.addWidget(a, r, 0)
                grid.addWidget(s, r, 1)
                grid.addWidget(b, r, 2)
                grid.addWidget(v, r + 1, 1)
                self.sliders[(i, j)], self.value_labels[(i, j)] = s, v
                r += 2
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        lay.addWidget(scroll, 1)
        self.weights_label = _label("")
        lay.addWidget(self.weights_label)
        self.cr_label = _label("")
        self.cr_label.setAccessibleName(translate("AhpPage", "Consistency ratio"))
        lay.addWidget(self.cr_label)
        self.update_view()

    def _start_positions(self) -> dict[tuple[int, int], int]:
        e = self.dialog.existing
        index = {c: k for k, c in enumerate(self.children_)}
        out: dict[tuple[int, int], int] = {}
        if e is not None and e.method == "ahp" and e.matrix is not None:
            for a in range(len(e.order)):
                for b, value in enumerate(e.matrix[a]):
                    i, j = index[e.order[a]], index[e.order[b]]
                    if i < j:
                        out[(i, j)] = saaty_position(float(value))
            return out
        current = self.dialog.current_points()
        if len(set(current.values())) > 1 and all(v > 0 for v in current.values()):
            for i, ci in enumerate(self.children_):
                for j in range(i + 1, len(self.children_)):
                    out[(i, j)] = saaty_position(current[ci] / current[self.children_[j]])
        return out

    def positions(self) -> dict[tuple[int, int], int]:
        return {k: s.value() for k, s in self.sliders.items()}

    def set_position(self, i: int, j: int, position: int) -> None:
        self.sliders[(i, j)].setValue(position)

    def matrix(self) -> tuple[tuple[float, ...], ...]:
        return ahp_matrix(len(self.children_), self.positions())

    def consistency(self) -> tuple[list[float], float, bool]:
        return ahp_result(self.matrix())

    def update_view(self, *_: object) -> None:
        for (i, j), s in self.sliders.items():
            p = s.value()
            if p == 0:
                text = translate("AhpPage", "1 · equally important")
            elif p > 0:
                text = translate("AhpPage", "{value} · left more important").format(
                    value=saaty_text(p)
                )
            else:
                text = translate("AhpPage", "{value} · right more important").format(
                    value=saaty_text(-p)
                )
            self.value_labels[(i, j)].setText(text)
        w, cr, bad = self.consistency()
        self.weights_label.setText(
            translate("AhpPage", "Weights: {list}").format(
                list="; ".join(
                    f"{self.names[c]} {percent(x, self.lang)}"
                    for c, x in zip(self.children_, w, strict=True)
                )
            )
        )
        cr_text = number(cr, self.lang, 2)
        limit = number(CR_LIMIT, self.lang, 2)
        if len(self.children_) < 3:
            text = translate("AhpPage", "Consistency ratio: not needed for two criteria.")
        elif bad:
            text = translate(
                "AhpPage",
                "⚠ Consistency ratio {cr} is above {limit}: the comparisons contradict each "
                "other. Look at them again before applying.",
            ).format(cr=cr_text, limit=limit)
        else:
            text = translate(
                "AhpPage", "Consistency ratio {cr} (at most {limit}): consistent enough."
            ).format(cr=cr_text, limit=limit)
        self.cr_label.setText(text)
        _warning(self.cr_label, bad)

    def result(self, case: Case, profile: Profile) -> Profile:
        e = Elicitation(
            node=self.dialog.node,
            method="ahp",
            order=tuple(self.children_),
            matrix=self.matrix(),
        )
        return with_elicitation(case, profile, e)


class ElicitationDialog(QDialog):
    """Derive the weights of ``node``'s children with one of four methods."""

    POINTS, SWING, RANK, AHP = range(4)

    def __init__(
        self, case: Case, profile_id: str, node: str, lang: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.case, self.profile_id, self.node, self.lang = case, profile_id, node, lang
        self.children_ = [c.id for c in case.children_of(node)]
        self.names = {c.id: c.name for c in case.children_of(node)}
        self.existing = case.profile(profile_id).elicitation_for(node)
        self._ok: dict[int, bool] = {}
        group = (
            translate("ElicitationDialog", "main groups")
            if node == "root"
            else case.node_by_id[node].name
        )
        self.setWindowTitle(
            translate("ElicitationDialog", "Weights within “{group}”").format(group=group)
        )
        lay = QVBoxLayout(self)
        head = _label(
            translate("ElicitationDialog", "Profile “{profile}”: weights within “{group}”.").format(
                profile=case.profile(profile_id).name, group=group
            )
        )
        lay.addWidget(head)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(translate("ElicitationDialog", "&Apply"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("ElicitationDialog", "Cancel")
        )
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.points_page = PointsPage(self)
        self.swing_page = SwingPage(self)
        self.rank_page = RankPage(self)
        self.ahp_page = AhpPage(self)
        self.tabs.addTab(self.points_page, translate("ElicitationDialog", "&Points"))
        self.tabs.addTab(self.swing_page, translate("ElicitationDialog", "&SWING"))
        self.tabs.addTab(self.rank_page, translate("ElicitationDialog", "&Rank order (ROC)"))
        self.tabs.addTab(self.ahp_page, translate("ElicitationDialog", "Pair&wise (AHP)"))
        self.tabs.currentChanged.connect(lambda *_: self._update_ok())
        if self.existing is not None:
            self.tabs.setCurrentIndex(self.RANK if self.existing.method == "rank" else self.AHP)
        fm = self.fontMetrics()
        width, height = fm.horizontalAdvance("M") * 64, fm.height() * 42
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)

    def current_points(self) -> dict[str, float]:
        w = node_weights(self.case, self.profile_id)
        return {c: w[c].points for c in self.children_}

    def set_ok_enabled(self, page: QWidget, ok: bool) -> None:
        self._ok[id(page)] = ok
        self._update_ok()

    def _update_ok(self) -> None:
        page = self.tabs.currentWidget() if hasattr(self, "tabs") else None
        if page is not None:
            self.apply_button.setEnabled(self._ok.get(id(page), True))

    def page(self) -> _Page:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, _Page)
        return widget

    def command(self) -> SetProfile:
        """The one command that applies the current page to the profile."""
        profile = self.case.profile(self.profile_id)
        return SetProfile(
            profile_id=self.profile_id, profile=self.page().result(self.case, profile)
        )
