"""Criteria: the criteria tree (groups and leaves): add, rename, move, describe, change scale.

The weights of the criteria are edited in the "Criteria and weights" panel (``gui.weights``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gui.desk.undo_keys import UndoKeys
from gui.host import ViewHost, subscribe
from gui.i18n import translate
from gui.plaintext import ask
from gui.views import plain
from gui.views.scores import number_text, parse_number
from model.case import Case, Criterion, Level, Scale
from model.commands import AddCriterion, MoveCriterion, RemoveCriterion, SetCriterion
from model.naming import free_id
from model.session import Changed

IdRole = Qt.ItemDataRole.UserRole + 1
DEFAULT_LEVELS = (("--", 0), ("-", 25), ("0", 50), ("+", 75), ("++", 100))


def default_scale(case: Case, parent: str) -> Scale:
    for sibling in (
        case.children_of(parent) if parent == "root" or parent in case.node_by_id else ()
    ):
        if sibling.scale is not None:
            return sibling.scale
    return Scale(
        kind="qualitative", levels=tuple(Level(label=a, value=b) for a, b in DEFAULT_LEVELS)
    )


def scale_text(scale: Scale | None) -> str:
    if scale is None:
        return ""
    if scale.kind == "qualitative":
        return "  ".join(lv.label for lv in scale.levels or ())
    if scale.kind == "direct":
        return translate("Criteria", "0–100 (direct)")
    lo, hi = scale.worst, scale.best
    if scale.points:
        lo, hi = scale.points[0][0], scale.points[-1][0]
    return f"{number_text(lo or 0)} … {number_text(hi or 0)} {scale.unit or ''}".strip()


def levels_text(scale: Scale | None) -> str:
    if scale is None or scale.kind != "qualitative":
        return ""
    return "; ".join(f"{lv.label} = {number_text(lv.value)}" for lv in scale.levels or ())


def parse_levels(text: str) -> tuple[Level, ...] | None:
    """``"-- = 0; - = 25; ..."`` to levels; None when a part cannot be read."""
    levels = []
    for part in text.split(";"):
        if not part.strip():
            continue
        label, sep, value = part.rpartition("=")
        number = parse_number(value)
        if not sep or not label.strip() or number is None:
            return None
        levels.append(Level(label=label.strip(), value=number))
    return tuple(levels) or None


class CriteriaView(QWidget):
    """The tree with its editor for the selected node."""

    def __init__(self, host: ViewHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.model.itemChanged.connect(self._on_q_item_changed)

        self.add_group_button = QPushButton(translate("Criteria", "Add group"), self)
        self.add_leaf_button = QPushButton(translate("Criteria", "Add criterion"), self)
        self.remove_button = QPushButton(translate("Criteria", "Remove…"), self)
        self.up_button = QPushButton(translate("Criteria", "Move up"), self)
        self.down_button = QPushButton(translate("Criteria", "Move down"), self)
        self.move_button = QPushButton(translate("Criteria", "Move to group…"), self)
        self.add_group_button.clicked.connect(lambda: self.add_group())
        self.add_leaf_button.clicked.connect(lambda: self.add_leaf())
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.move_button.clicked.connect(lambda: self.move_to_group())

        # editor of the selected node
        self.name = QLineEdit(self)
        self.name.editingFinished.connect(lambda: self._on_q_name(self.name.text()))
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(translate("Criteria", "What does this criterion mean?"))
        self.save_description = QPushButton(translate("Criteria", "Save description"), self)
        self.save_description.clicked.connect(lambda: self._on_q_description())
        self.kind = QComboBox(self)
        for kind, label in (
            ("qualitative", translate("Criteria", "Levels (qualitative)")),
            ("numeric", translate("Criteria", "Number (worst to best)")),
            ("direct", translate("Criteria", "Direct value 0–100")),
        ):
            self.kind.addItem(label, kind)
        self.kind.currentIndexChanged.connect(self._update_scale_fields)
        self.levels = QLineEdit(self)
        self.levels.setPlaceholderText("-- = 0; - = 25; 0 = 50; + = 75; ++ = 100")
        self.worst = QLineEdit(self)
        self.best = QLineEdit(self)
        self.unit = QLineEdit(self)
        self.apply_scale = QPushButton(translate("Criteria", "Apply scale"), self)
        self.apply_scale.clicked.connect(lambda: self._on_q_scale())
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B00020;")

        form = QFormLayout()
        form.addRow(translate("Criteria", "Name"), self.name)
        form.addRow(translate("Criteria", "Description"), self.description)
        form.addRow("", self.save_description)
        self.scale_rows = [
            (translate("Criteria", "Scale"), self.kind),
            (translate("Criteria", "Levels"), self.levels),
            (translate("Criteria", "Worst"), self.worst),
            (translate("Criteria", "Best"), self.best),
            (translate("Criteria", "Unit"), self.unit),
            ("", self.apply_scale),
        ]
        for label, w in self.scale_rows:
            form.addRow(label, w)
        self.form = form
        editor = QWidget(self)
        ev = QVBoxLayout(editor)
        ev.setContentsMargins(0, 0, 0, 0)
        ev.addLayout(form)
        ev.addWidget(self.message)
        ev.addStretch(1)

        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            translate(
                "Criteria",
                "Groups hold criteria; options are scored on the criteria. Weights are set"
                " under Criteria and weights.",
            ),
            left,
        )
        hint.setWordWrap(True)
        lv.addWidget(hint)
        lv.addWidget(self.tree, 1)
        row1 = QHBoxLayout()
        for b in (self.add_group_button, self.add_leaf_button, self.remove_button):
            row1.addWidget(b)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.move_button):
            row2.addWidget(b)
        row2.addStretch(1)
        lv.addLayout(row1)
        lv.addLayout(row2)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        subscribe(self, host.session, changed=self._on_changed)
        # Ctrl+Z in a committed name or description undoes in the document
        UndoKeys(self, lambda: host.undo_stack, self._committed).watch(self.name, self.description)
        self.synchronize()

    def _committed(self, widget: QWidget) -> bool:
        node = self.host.session.case.node_by_id.get(self.selected_id() or "")
        if node is None:
            return True
        if widget is self.name:
            return self.name.text() == node.name
        return self.description.toPlainText() == (node.description or "")

    # model -> widgets
    def _on_changed(self, command: object, old: Case, new: Case, parts: Changed) -> None:
        if "criteria" in parts:
            self.synchronize()

    def synchronize(self) -> None:
        case = self.host.session.case
        selected = self.selected_id()
        self.model.blockSignals(True)
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [translate("Criteria", "Criterion"), translate("Criteria", "Scale")]
        )

        def add(parent: QStandardItem, node: Criterion) -> None:
            item = QStandardItem(node.name)
            item.setData(node.id, IdRole)
            item.setEditable(True)
            if node.description:
                item.setToolTip(plain(node.description))
            if not node.is_leaf:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            scale = QStandardItem(scale_text(node.scale))
            scale.setEditable(False)
            parent.appendRow([item, scale])
            for child in node.children or ():
                add(item, child)

        root = self.model.invisibleRootItem()
        for top in case.criteria:
            add(root, top)
        self.model.blockSignals(False)
        self.tree.reset()
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.select(selected)
        self._show_selected()

    def _item_of(self, node_id: str | None) -> QStandardItem | None:
        if node_id is None:
            return None
        matches = self.model.match(
            self.model.index(0, 0), IdRole, node_id, 1, Qt.MatchFlag.MatchRecursive
        )
        return self.model.itemFromIndex(matches[0]) if matches else None

    def select(self, node_id: str | None) -> None:
        item = self._item_of(node_id)
        if item is not None:
            self.tree.setCurrentIndex(item.index())

    def selected_id(self) -> str | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(IdRole)
        return value if isinstance(value, str) else None

    def _show_selected(self) -> None:
        case = self.host.session.case
        node = case.node_by_id.get(self.selected_id() or "")
        self.message.clear()
        editing: tuple[QWidget, ...] = (self.name, self.description, self.save_description)
        for w in editing:
            w.setEnabled(node is not None)
        for b in (self.remove_button, self.up_button, self.down_button, self.move_button):
            b.setEnabled(node is not None)
        self.name.setText(node.name if node else "")
        self.description.setPlainText(node.description or "" if node else "")
        leaf = node is not None and node.is_leaf
        for _label, w in self.scale_rows:
            w.setEnabled(leaf)
        scale = node.scale if node is not None else None
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(
            max(0, self.kind.findData(scale.kind if scale else "qualitative"))
        )
        self.kind.blockSignals(False)
        self.levels.setText(levels_text(scale))
        self.worst.setText(number_text(scale.worst) if scale and scale.worst is not None else "")
        self.best.setText(number_text(scale.best) if scale and scale.best is not None else "")
        self.unit.setText(scale.unit or "" if scale else "")
        self._update_scale_fields()

    def _update_scale_fields(self, *_: object) -> None:
        kind = self.kind.currentData()
        self.levels.setVisible(kind == "qualitative")
        self.form.labelForField(self.levels).setVisible(kind == "qualitative")
        for w in (self.worst, self.best, self.unit):
            w.setVisible(kind == "numeric")
            self.form.labelForField(w).setVisible(kind == "numeric")

    # widgets -> model
    def _node(self) -> Criterion | None:
        return self.host.session.case.node_by_id.get(self.selected_id() or "")

    def _on_q_item_changed(self, item: QStandardItem) -> None:
        node_id = item.data(IdRole)
        if isinstance(node_id, str):
            self.select(node_id)
            self._on_q_name(item.text())

    def _on_q_name(self, text: str) -> bool:
        node = self._node()
        if node is None:
            return False
        text = text.strip()
        if not text:
            self.host.show_error(translate("Criteria", "A criterion needs a name."))
            self.synchronize()
            return False
        if text == node.name:
            return False
        ok = self.host.push(SetCriterion(node=node.id, criterion=node.replace(name=text)))
        if not ok:
            self.synchronize()
        return ok

    def _on_q_description(self) -> bool:
        node = self._node()
        if node is None:
            return False
        text = self.description.toPlainText().strip() or None
        if text == node.description:
            return False
        return self.host.push(SetCriterion(node=node.id, criterion=node.replace(description=text)))

    def _on_q_scale(self) -> bool:
        node = self._node()
        if node is None or not node.is_leaf:
            return False
        kind = self.kind.currentData()
        if kind == "qualitative":
            levels = parse_levels(self.levels.text())
            if levels is None:
                self.message.setText(
                    translate(
                        "Criteria",
                        "Write the levels as “label = value”, separated by “;”,"
                        " e.g. “-- = 0; 0 = 50; ++ = 100”.",
                    )
                )
                return False
            scale = Scale(kind="qualitative", levels=levels)
        elif kind == "numeric":
            worst, best = parse_number(self.worst.text()), parse_number(self.best.text())
            if worst is None or best is None or worst == best:
                self.message.setText(
                    translate("Criteria", "Give two different numbers for worst and best.")
                )
                return False
            scale = Scale(kind="numeric", worst=worst, best=best, unit=self.unit.text() or None)
        else:
            scale = Scale(kind="direct")
        if scale == node.scale:
            return False
        return self.host.push(SetCriterion(node=node.id, criterion=node.replace(scale=scale)))

    def add_group(self, name: str | None = None) -> bool:
        case = self.host.session.case
        ids = set(case.node_by_id)
        gid = free_id("groep", ids, numbered=True)
        lid = free_id("criterium", ids | {gid}, numbered=True)
        leaf = Criterion(
            id=lid, name=translate("Criteria", "New criterion"), scale=default_scale(case, "root")
        )
        group = Criterion(id=gid, name=name or translate("Criteria", "New group"), children=(leaf,))
        if not self.host.push(AddCriterion(parent="root", criterion=group)):
            return False
        self.select(gid)
        return True

    def add_leaf(self, name: str | None = None) -> bool:
        case = self.host.session.case
        node = self._node()
        if node is None:
            parent, index = (case.criteria[-1].id if case.criteria else "root"), 10**6
        elif node.is_leaf:
            parent = case.parent_of[node.id]
            index = [c.id for c in case.children_of(parent)].index(node.id) + 1
        else:
            parent, index = node.id, 10**6
        lid = free_id("criterium", set(case.node_by_id), numbered=True)
        leaf = Criterion(
            id=lid,
            name=name or translate("Criteria", "New criterion"),
            scale=default_scale(case, parent),
        )
        if not self.host.push(AddCriterion(parent=parent, criterion=leaf, index=index)):
            return False
        self.select(lid)
        return True

    def remove_selected(self, *, confirm: bool = True) -> bool:
        node = self._node()
        if node is None:
            return False
        case = self.host.session.case
        gone = {n.id for n in node.walk()}
        n = sum(1 for s in case.scores if s.criterion in gone)
        if confirm and not ask(
            self,
            translate("Criteria", "Remove criterion"),
            translate(
                "Criteria",
                "Remove “{name}”, what lies under it and its {n} scores? (Undo brings them back.)",
            ).format(name=node.name, n=n),
        ):
            return False
        return self.host.push(RemoveCriterion(node=node.id))

    def move_selected(self, step: int) -> bool:
        node = self._node()
        if node is None:
            return False
        case = self.host.session.case
        parent = case.parent_of[node.id]
        siblings = [c.id for c in case.children_of(parent)]
        target = siblings.index(node.id) + step
        if not 0 <= target < len(siblings):
            return False
        ok = self.host.push(MoveCriterion(node=node.id, parent=parent, index=target))
        self.select(node.id)
        return ok

    def move_to_group(self, group: str | None = None) -> bool:
        node = self._node()
        if node is None:
            return False
        case = self.host.session.case
        groups = [
            g for g in case.nodes() if not g.is_leaf and g.id not in {n.id for n in node.walk()}
        ]
        if group is None:
            names = [translate("Criteria", "(top level)")] + [g.name for g in groups]
            choice, ok = QInputDialog.getItem(
                self, translate("Criteria", "Move to group"), node.name, names, 0, False
            )
            if not ok:
                return False
            group = "root" if choice == names[0] else groups[names.index(choice) - 1].id
        ok = self.host.push(MoveCriterion(node=node.id, parent=group, index=10**6))
        self.select(node.id)
        return ok

    def index_of(self, node_id: str) -> QModelIndex:
        item = self._item_of(node_id)
        return item.index() if item is not None else QModelIndex()

    def item_name(self, node_id: str) -> str | None:
        item = self._item_of(node_id)
        return item.text() if item is not None else None
