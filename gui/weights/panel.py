"""The "Criteria en gewichten" panel: profile selector and one weight control per criterion.

House pattern: the panel listens to ``session.changed`` / ``session.profile_changed``;
``synchronize()`` reads the model; ``set_*`` methods update widgets with signals blocked and never
write the model; ``_on_q_*`` slots push commands through ``host.push``.  A slider drag is one
undo step: a merge token is made on ``sliderPressed`` and used for every value of that drag.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMargins, QPoint, QSize, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.host import ViewHost, subscribe
from gui.i18n import translate
from gui.plaintext import tooltip
from gui.weights.profiles import ProfileActions
from gui.weights.widgets import WrapLabel
from gui.weights.workshop import WorkshopBar, method_step, weight_step
from model.case import Case, Profile
from model.elicitation import node_weights
from model.errors import VormkeuzeError
from model.session import Changed, Drag
from model.workshop import copy_id
from words.numbers import percent

if TYPE_CHECKING:
    from gui.weights.elicitation import ElicitationDialog


@dataclass
class _Row:
    node: str
    depth: int
    is_group: bool
    box: QWidget  # the row: hidden when a group above it is folded
    head: QHBoxLayout  # the name line (toggle, name, method)
    name: QLabel
    method: QLabel | None  # a group's elicitation method (rank, AHP); leaves have none
    toggle: QToolButton | None
    controls: QHBoxLayout  # slider, points and the two shares
    slider: QSlider
    spin: QSpinBox
    local: QLabel
    global_: QLabel


class WeightsPanel(QWidget):
    """Weights of the active profile, one slider per criteria node.

    ``compact=True`` is the narrow strip for presentation mode: no profile actions, no
    description, only the global weight beside each slider, and one group open at a time.
    """

    #: keyboard / spin-box changes of one node within this many seconds merge into one undo step
    KEY_MERGE_SECONDS = 0.8

    def __init__(
        self,
        host: ViewHost,
        *,
        compact: bool = False,
        profile_selector: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("WeightsPanel" + ("Compact" if compact else ""))
        self.host = host
        self.session = host.session
        self.lang = host.language
        self.compact = compact
        self._rows: dict[str, _Row] = {}
        # what each row and the profile list show now (a redraw skips what did not change)
        self._row_shown: dict[str, tuple[str, ...]] = {}
        self._profiles_shown: object = None
        self._expanded: set[str] = set()
        self._criteria: object = None
        self._drag_token: Drag | None = None
        self._key: tuple[str, float, object] = ("", 0.0, object())
        #: (merge token, vastgesteld profile) of the move that made a workshop copy
        self._workshop_drag: tuple[object, str] = (object(), "")

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.profile_label = QLabel(translate("WeightsPanel", "Profile:"))
        self.profile_combo = QComboBox()
        self.profile_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.profile_combo.setMinimumContentsLength(8)
        self.profile_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.profile_combo.setAccessibleName(translate("WeightsPanel", "Active profile"))
        self.profile_label.setBuddy(self.profile_combo)
        bar.addWidget(self.profile_label)
        bar.addWidget(self.profile_combo, 1)
        self.profiles = ProfileActions(self)
        self.profile_button = QPushButton(translate("WeightsPanel", "Profile"))
        self.profile_button.setToolTip(
            translate("WeightsPanel", "Add, copy, rename or delete a profile")
        )
        self.profile_button.setMenu(self.profiles.menu)
        bar.addWidget(self.profile_button)
        layout.addLayout(bar)

        self.description = QPlainTextEdit()
        self.description.setReadOnly(True)
        self.description.setFrameShape(QFrame.Shape.NoFrame)
        self.description.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.description.viewport().setAutoFillBackground(False)
        self.description.setAccessibleName(translate("WeightsPanel", "Profile description"))
        layout.addWidget(self.description)
        self.workshop = WorkshopBar(self)
        layout.addWidget(self.workshop)

        self.header = QWidget()
        self.header_layout = QGridLayout(self.header)
        self.header_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.scroll_area, 1)

        self.method_button = QPushButton(translate("WeightsPanel", "Method…"))
        self.method_button.setToolTip(
            translate(
                "WeightsPanel",
                "Derive the weights within a group: points, SWING, rank order (ROC) or "
                "pairwise comparison (AHP)",
            )
        )
        self.method_menu = QMenu(self.method_button)
        self.method_menu.aboutToShow.connect(self._fill_method_menu)
        self.method_button.setMenu(self.method_menu)
        layout.addWidget(self.method_button)

        if compact:
            for w in (self.profile_button, self.description, self.method_button):
                w.hide()
            self.profile_label.hide()
        elif not profile_selector:
            # the main window's toolbar already chooses the profile (ui.md): one selector only
            self.profile_label.hide()
            self.profile_combo.hide()

        self.profile_combo.currentIndexChanged.connect(self._on_q_profile_chosen)
        subscribe(self, self.session, changed=self._on_changed, profile=self._on_profile_changed)
        self.synchronize()

    # --- model -> widgets ------------------------------------------------------------------
    @property
    def case(self) -> Case:
        return self.session.case

    def synchronize(self) -> None:
        """Read everything from the model (rebuilding the rows when the tree changed)."""
        criteria = self.case.criteria
        if criteria is not self._criteria and criteria != self._criteria:
            self._build_rows()
        self.set_profiles()
        self.set_values()

    def _on_changed(self, command: object, old: Case, new: Case, parts: Changed) -> None:
        if parts.any("criteria", "profiles"):  # a score or an option leaves the weights alone
            self.synchronize()

    def _on_profile_changed(self, profile_id: str) -> None:
        self.set_profiles()
        self.set_values()

    def set_profiles(self) -> None:
        case, active = self.case, self.session.profile_id
        key = (active, [(p.id, p.name, p.description) for p in case.profiles])
        self.workshop.update_state()
        if key == self._profiles_shown:  # e.g. a weight moved: the list is as it was
            self.profiles.update_enabled()
            return
        self._profiles_shown = key
        combo = self.profile_combo
        combo.blockSignals(True)
        try:
            combo.clear()
            for p in case.profiles:
                combo.addItem(p.name, p.id)
                combo.setItemData(combo.count() - 1, tooltip(p.name), Qt.ItemDataRole.ToolTipRole)
            ids = [p.id for p in case.profiles]
            combo.setCurrentIndex(ids.index(active) if active in ids else -1)
        finally:
            combo.blockSignals(False)
        profile = case.profile(active) if active in [p.id for p in case.profiles] else None
        text = (profile.description or "") if profile else ""
        self.description.setPlainText(text)
        self.description.setVisible(bool(text) and not self.compact)
        self.profiles.update_enabled()

    def set_values(self) -> None:
        """Sliders, spin boxes and percentages from the active profile (signals blocked)."""
        case = self.case
        if self.session.profile_id not in [p.id for p in case.profiles]:
            return
        weights = node_weights(case, self.session.profile_id)
        profile = case.profile(self.session.profile_id)
        for node, row in self._rows.items():
            w = weights[node]
            points = max(0, min(100, round(w.points)))
            for control in (row.slider, row.spin):
                if control.value() != points:
                    control.blockSignals(True)
                    control.setValue(points)
                    control.blockSignals(False)
            local, global_ = percent(w.local, self.lang), percent(w.global_, self.lang)
            name = case.node_by_id[node].name
            e = profile.elicitation_for(node) if row.is_group else None
            method = _method_text(e.method) if e else ""
            shown = (local, global_, name, method)
            if self._row_shown.get(node) == shown:  # most rows do not change in a drag
                continue
            self._row_shown[node] = shown
            row.local.setText(local)
            row.global_.setText(global_)
            row.slider.setAccessibleDescription(
                translate("WeightsPanel", "{points} points, {share} of the total").format(
                    points=points, share=global_
                )
            )
            row.slider.setAccessibleName(name)
            if row.method is not None:
                row.method.setText(method)
                row.method.setVisible(e is not None)
        root = profile.elicitation_for("root")
        self.root_method.setText(_method_text(root.method) if root else "")
        self.root_method.setVisible(root is not None)

    # --- building the rows -----------------------------------------------------------------
    def _build_rows(self) -> None:
        case = self.case
        self._criteria = case.criteria
        self._rows.clear()
        self._row_shown.clear()
        groups = [n.id for n in case.nodes() if not n.is_leaf]
        if self.compact:
            self._expanded = {groups[0]} if groups else set()
        else:
            self._expanded = set(groups)
        self._build_header()
        body = QWidget()
        rows = QVBoxLayout(body)
        rows.setSpacing(self.fontMetrics().height() // 3)
        self.rows_layout = rows
        for node in case.nodes():
            depth = self._depth(node.id)
            row = self._make_row(node.id, node.name, node.description, depth, not node.is_leaf)
            self._rows[node.id] = row
            rows.addWidget(row.box)
        rows.addStretch(1)
        self.scroll_area.setWidget(body)
        self._apply_expanded()
        self._fit_columns()

    def _build_header(self) -> None:
        lay = self.header_layout
        while lay.count():
            item = lay.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.root_method = QLabel()
        self.root_method.setTextFormat(Qt.TextFormat.PlainText)
        self.header_points = QLabel(translate("WeightsPanel", "points"))
        self.header_local = QLabel(translate("WeightsPanel", "group"))
        self.header_global = QLabel(translate("WeightsPanel", "total"))
        self.header_local.setToolTip(
            translate("WeightsPanel", "Local weight: share within its group")
        )
        self.header_global.setToolTip(
            translate("WeightsPanel", "Global weight: share of the whole (all leaves add to 100%)")
        )
        for w in (self.header_local, self.header_global):
            w.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(self.root_method, 0, 0)
        lay.addWidget(self.header_points, 0, 1)
        lay.addWidget(self.header_local, 0, 2)
        lay.addWidget(self.header_global, 0, 3)
        lay.setColumnStretch(0, 1)
        if self.compact:
            self.header_points.hide()
            self.header_local.hide()

    def _depth(self, node: str) -> int:
        depth, parent = 0, self.case.parent_of[node]
        while parent != "root":
            depth, parent = depth + 1, self.case.parent_of[parent]
        return depth

    def _make_row(
        self, node: str, name: str, description: str | None, depth: int, is_group: bool
    ) -> _Row:
        # one widget a row (its two lines are layouts in it: 23 rows made ~70 widgets fewer)
        box = QWidget()
        vl = QVBoxLayout(box)
        vl.setContentsMargins(0, 0, 0, 0)
        vl.setSpacing(0)
        # what each line had as its own widget's layout (a nested layout takes its parent's 0)
        spacing = box.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        hl = QHBoxLayout()
        hl.setContentsMargins(0, 0, 0, 0)
        hl.setSpacing(spacing)
        indent = self._indent() * depth
        hl.addSpacing(indent)
        toggle = None
        if is_group:
            toggle = QToolButton()
            toggle.setAutoRaise(True)
            toggle.setCheckable(True)
            toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            toggle.setAccessibleName(
                translate("WeightsPanel", "Show or hide {group}").format(group=name)
            )
            toggle.toggled.connect(partial(self._on_q_toggled, node))
            hl.addWidget(toggle)
        label = WrapLabel(name)
        if is_group:
            bold = QFont()
            bold.setBold(True)
            label.setFont(bold)
        if description:
            label.setToolTip(tooltip(description))
        hl.addWidget(label, 1)
        method = None
        if is_group:
            method = QLabel()
            method.setTextFormat(Qt.TextFormat.PlainText)
            method.hide()
            hl.addWidget(method)

        cl = QHBoxLayout()
        cl.setContentsMargins(indent + (self._indent() if is_group else 0), 0, 0, 0)
        cl.setSpacing(spacing)
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(0, 100)
        slider.setSingleStep(1)
        slider.setPageStep(5)
        slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        slider.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 6)
        cl.addWidget(slider)
        spin = QSpinBox()
        spin.setRange(0, 100)
        spin.setAccessibleName(translate("WeightsPanel", "Points for {name}").format(name=name))
        spin.setKeyboardTracking(False)
        spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        cl.addWidget(spin)
        local, glob = QLabel(), QLabel()
        cl.addWidget(local)
        cl.addWidget(glob)
        vl.addLayout(hl)
        vl.addLayout(cl)
        for lab in (local, glob):
            lab.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        local.setToolTip(translate("WeightsPanel", "Share within its group"))
        glob.setToolTip(translate("WeightsPanel", "Share of the whole"))

        slider.sliderPressed.connect(self._on_q_slider_pressed)
        slider.sliderReleased.connect(self._on_q_slider_released)
        slider.valueChanged.connect(partial(self._on_q_slider_changed, node))
        spin.valueChanged.connect(partial(self._on_q_spin_changed, node))
        for w in (label, slider, box):
            w.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            w.customContextMenuRequested.connect(partial(self._on_q_context_menu, node, w))
        if self.compact:
            spin.hide()
            local.hide()
        return _Row(
            node,
            depth,
            is_group,
            box,
            hl,
            label,
            method,
            toggle,
            cl,
            slider,
            spin,
            local,
            glob,
        )

    def _indent(self) -> int:
        return self.fontMetrics().horizontalAdvance("M") + 4

    def _fit_columns(self) -> None:
        """Fixed widths for the percentage columns from the current font (no pixel sizes)."""
        fm = self.fontMetrics()
        width = max(
            fm.horizontalAdvance(percent(1.0, self.lang)),
            fm.horizontalAdvance(self.header_local.text()),
            fm.horizontalAdvance(self.header_global.text()),
        ) + fm.horizontalAdvance("0")
        for row in self._rows.values():
            for lab in (row.local, row.global_):
                # fixed in both directions, a new percentage repaints the label alone: a label
                # whose size may change asks its row's layout (and the panel's) to lay out again
                # on every slider step
                m = lab.contentsMargins()
                lab.setFixedSize(
                    width, lab.fontMetrics().height() + m.top() + m.bottom() + 2 * lab.margin()
                )
        self.header_local.setFixedWidth(width)
        self.header_global.setFixedWidth(width)
        if self._rows:
            first_spin = next(iter(self._rows.values())).spin
            first_spin.setMinimumWidth(0)
            first_spin.setMaximumWidth(16777215)
            spin_width = max(
                first_spin.sizeHint().width(),
                fm.horizontalAdvance(self.header_points.text()) + fm.horizontalAdvance("0"),
            )
            for row in self._rows.values():
                row.spin.setFixedWidth(spin_width)
            self.header_points.setFixedWidth(spin_width)
            self.header_points.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if self._rows:
            first = next(iter(self._rows.values()))
            spacing = first.controls.spacing()
            self.header_layout.setHorizontalSpacing(spacing)
            scroll_bar = self.scroll_area.verticalScrollBar().sizeHint().width()
            content = self.scroll_area.widget()
            inner = content.layout() if content is not None else None
            body = inner.contentsMargins() if inner is not None else QMargins()
            self.header_layout.setContentsMargins(body.left(), 0, body.right() + scroll_bar, 0)
        lines = 4.6
        fm = self.description.fontMetrics()
        margins = self.description.contentsMargins()
        self.description.setMaximumHeight(
            int(fm.lineSpacing() * lines)
            + margins.top()
            + margins.bottom()
            + int(2 * self.description.document().documentMargin())
            + 2 * self.description.frameWidth()
        )

    def minimumSizeHint(self) -> QSize:
        """Never narrower than its widest row of controls needs: a dock squeezed below that
        would cut off the "totaal" column without a sign (the scroll area never scrolls
        sideways)."""
        fm = self.fontMetrics()
        floor = fm.horizontalAdvance("M") * (12 if self.compact else 22)
        return QSize(max(floor, self._rows_width()), fm.height() * 12)

    def _rows_width(self) -> int:
        """The width the rows' controls (slider, points, percentages) need, with the scroll
        area's scroll bar and the margins around them."""
        rows = self.__dict__.get("_rows") or {}
        need = max((row.controls.minimumSize().width() for row in rows.values()), default=0)
        if not need:
            return 0
        content = self.scroll_area.widget()
        inner = content.layout() if content is not None else None
        body = inner.contentsMargins() if inner is not None else QMargins()
        outer = self.layout()
        around = outer.contentsMargins() if outer is not None else QMargins()
        scroll_bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        return (
            need
            + body.left()
            + body.right()
            + scroll_bar
            + 2 * self.scroll_area.frameWidth()
            + around.left()
            + around.right()
        )

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        width = fm.horizontalAdvance("M") * (18 if self.compact else 30)
        return QSize(width, fm.height() * 30)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()
        super().changeEvent(event)

    # --- expand / collapse -----------------------------------------------------------------
    def _apply_expanded(self) -> None:
        for node, row in self._rows.items():
            visible = True
            parent = self.case.parent_of[node]
            while parent != "root":
                visible = visible and parent in self._expanded
                parent = self.case.parent_of[parent]
            row.box.setVisible(visible)
            if row.toggle is not None:
                open_ = node in self._expanded
                row.toggle.blockSignals(True)
                row.toggle.setChecked(open_)
                row.toggle.blockSignals(False)
                row.toggle.setText("▾" if open_ else "▸")

    def set_expanded(self, node: str, expanded: bool) -> None:
        if expanded:
            if self.compact:  # one group at a time in the narrow strip
                self._expanded = {n for n in self._expanded if n in self._ancestors(node)}
            self._expanded.add(node)
        else:
            self._expanded.discard(node)
        self._apply_expanded()

    def is_expanded(self, node: str) -> bool:
        return node in self._expanded

    def _ancestors(self, node: str) -> set[str]:
        out, parent = set(), self.case.parent_of[node]
        while parent != "root":
            out.add(parent)
            parent = self.case.parent_of[parent]
        return out

    def visible_nodes(self) -> list[str]:
        return [n for n, r in self._rows.items() if not r.box.isHidden()]

    def row(self, node: str) -> _Row:
        return self._rows[node]

    def _on_q_toggled(self, node: str, checked: bool) -> None:
        self.set_expanded(node, checked)

    # --- widgets -> model ------------------------------------------------------------------
    def _on_q_profile_chosen(self, index: int) -> None:
        if index < 0:
            return
        profile_id = self.profile_combo.itemData(index)
        if profile_id and profile_id != self.session.profile_id:
            self.session.profile_id = profile_id

    def _on_q_slider_pressed(self) -> None:
        self._drag_token = Drag()

    def _on_q_slider_released(self) -> None:
        """The drag ends: its steps (committed without fsync while dragging) go to disk now."""
        drag, self._drag_token = self._drag_token, None
        if drag is None:
            return
        try:
            self.session.settle()
        except VormkeuzeError as e:
            self.host.show_issues(e.issues)

    def _key_token(self, node: str) -> object:
        now = time.monotonic()
        last_node, last_time, token = self._key
        if last_node != node or now - last_time > self.KEY_MERGE_SECONDS:
            token = object()
        self._key = (node, now, token)
        return token

    def _on_q_slider_changed(self, node: str, value: int) -> None:
        slider = self._rows[node].slider
        token: object
        if slider.isSliderDown() and self._drag_token is not None:
            token = self._drag_token
        else:
            token = self._key_token(node)
        self._push_weight(node, value, token)

    def _on_q_spin_changed(self, node: str, value: int) -> None:
        self._push_weight(node, value, self._key_token(node))

    def _push_weight(self, node: str, value: int, token: object) -> None:
        """A move on a vastgesteld profile goes to its workshop copy (``model.workshop``)."""
        active = self.session.profile_id
        started_on, base = self._workshop_drag
        if started_on is token and active == copy_id(base):
            active = base  # the drag began on the vastgestelde profile: one merge key
        try:
            command, shown = weight_step(self.case, active, node, float(value))
        except VormkeuzeError as e:
            self.host.show_issues(e.issues)
            self.set_values()
            return
        if not self.host.push(command, merge_token=token):
            self.set_values()  # refused: show the model's weights again
        elif shown != self.session.profile_id:
            self._workshop_drag = (token, active)
            self.session.profile_id = shown

    # --- methods (elicitation) -------------------------------------------------------------
    def _fill_method_menu(self) -> None:
        menu = self.method_menu
        menu.clear()
        menu.addAction(translate("WeightsPanel", "Main groups")).triggered.connect(
            partial(self.open_method, "root")
        )
        for n in self.case.nodes():
            if not n.is_leaf:
                action = menu.addAction(n.name)
                action.triggered.connect(partial(self.open_method, n.id))

    def _on_q_context_menu(self, node: str, widget: QWidget, pos: QPoint) -> None:
        menu = self.context_menu(node)
        menu.exec(widget.mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self, node: str) -> QMenu:
        menu = QMenu(self)
        case = self.case
        if not case.node_by_id[node].is_leaf:
            act = QAction(
                translate("WeightsPanel", "Method for the criteria in “{group}”…").format(
                    group=case.node_by_id[node].name
                ),
                menu,
            )
            act.triggered.connect(partial(self.open_method, node))
            menu.addAction(act)
        parent = case.parent_of[node]
        parent_name = (
            translate("WeightsPanel", "Main groups")
            if parent == "root"
            else case.node_by_id[parent].name
        )
        act = QAction(
            translate("WeightsPanel", "Method for “{group}”…").format(group=parent_name), menu
        )
        act.triggered.connect(partial(self.open_method, parent))
        menu.addAction(act)
        return menu

    def open_method(self, node: str, *_: object) -> ElicitationDialog:
        """Open the elicitation dialog for ``node``'s children; its Apply pushes one command."""
        from gui.weights.elicitation import ElicitationDialog

        dialog = ElicitationDialog(self.case, self.session.profile_id, node, self.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_method(dialog.command().profile))
        dialog.open()
        return dialog

    def _apply_method(self, changed: Profile | None) -> None:
        """A method's result, like a slider move, changes a workshop copy, never the adopted
        profile itself (``model.workshop``)."""
        if changed is None:
            return
        command, shown = method_step(self.case, self.session.profile_id, changed)
        if self.host.push(command) and shown != self.session.profile_id:
            self.session.profile_id = shown


def _method_text(method: str) -> str:
    if method == "rank":
        return translate("WeightsPanel", "rank order (ROC)")
    return translate("WeightsPanel", "pairwise (AHP)")
