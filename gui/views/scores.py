"""Scores: the criteria × options matrix and an editor for the selected cell.

Rows are the criteria (leaves; their names are long), columns the options.  Cells show the
score (a level or a number), coloured by its value 0..100; missing scores are hatched.  Keyboard
editing works like a spreadsheet: arrows move, typing starts editing (a level or a number),
Enter commits and moves down, Tab moves right, Delete clears the score.
"""

from __future__ import annotations

import re
from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gui.desk.help import help_link
from gui.desk.undo_keys import UndoKeys
from gui.host import ViewHost, subscribe
from gui.i18n import translate
from gui.views import plain
from model.case import Case, Criterion, Score
from model.commands import Command, SetScore, edit_score
from model.errors import CaseInvalid, Issue
from model.places import PlaceName
from model.scales import ScaleError, map_value
from model.unit_view import is_hindsight
from words.hyphenation import hyphenate, pieces
from words.messages import place_words, render

ModelIndex = QModelIndex | QPersistentModelIndex
FIELDS = ("value", "low", "high")


# --- parsing and checking (shared by the table and the cell editor) --------------------------
def number_text(x: float | int | str) -> str:
    if isinstance(x, str):
        return x
    if float(x).is_integer():
        return QLocale().toString(int(x))
    return QLocale().toString(float(x), "g", 12)


#: a score field as stored: a number, a level's label, a text, or nothing
Raw = int | float | str | None


def value_text(raw: Raw) -> str:
    return "" if raw is None else number_text(raw)


def score_field(score: Score | None, name: str) -> Raw:
    """One of a score's fields by the editor's name for it (``value``, ``low``, ``rationale``)."""
    if score is None:
        return None
    fields: dict[str, Raw] = {
        "value": score.value,
        "low": score.low,
        "high": score.high,
        "rationale": score.rationale,
        "source": score.source,
    }
    return fields[name]


def pair_label(case: Case, option: str, leaf: str) -> str:
    return f"{case.option(option).name} · {case.node_by_id[leaf].name}"


def score_words(case: Case, option: str, leaf: str, field: str | None = "value") -> str:
    """The place of a score field in words: "Score van Regeling zonder meer op Continuïteit"."""
    name = PlaceName(
        "score", option=case.option(option).name, criterion=case.node_by_id[leaf].name, field=field
    )
    return place_words(name, _lang()) or pair_label(case, option, leaf)


def parse_raw(
    case: Case, option: str, leaf: str, text: str, field: str = "value"
) -> tuple[Raw, str | None]:
    """Turn typed text into a raw score value for this leaf's scale: (value, error message)."""
    text = text.strip()
    if not text:
        return None, None
    node = case.node_by_id[leaf]
    scale = node.scale
    where = score_words(case, option, leaf, field)
    if scale is not None and scale.kind == "qualitative":
        labels = [lv.label for lv in scale.levels or ()]
        if text in labels:
            return text, None
        folded = [lab for lab in labels if lab.casefold() == text.casefold()]
        if len(folded) == 1:
            return folded[0], None
        issue = Issue("score_unknown_label", where, {"value": text, "labels": labels})
        return None, render(issue, _lang())
    value = parse_number(text)
    if value is None:
        return None, render(Issue("score_needs_number", where, {"value": text}), _lang())
    if scale is not None:
        try:
            map_value(scale, value)
        except ScaleError as e:
            return None, render(Issue(e.code, where, dict(e.params)), _lang())
    return value, None


def parse_number(text: str) -> float | int | None:
    """A number typed in the user's language (``12,5`` in Dutch) or with a dot; else None."""
    text = text.strip()
    if not text:
        return None
    number, ok = QLocale().toDouble(text)
    if not ok:
        try:
            number = float(text.replace(",", "."))
        except ValueError:
            return None
    if number != number or number in (float("inf"), float("-inf")):
        return None
    return int(number) if float(number).is_integer() else number


def _lang() -> str:
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


_SCORE_FIELD = re.compile(r"^scores\[\d+\]\.?(\w*)")


def check_command(case: Case, command: Command, option: str, leaf: str) -> str | None:
    """Try the command on ``case``; a refusal as one message naming the cell, else None."""
    try:
        command.apply(case)
    except CaseInvalid as e:
        lines = []
        for i in e.issues:
            m = _SCORE_FIELD.match(i.place)
            place = score_words(case, option, leaf, m.group(1) or None) if m else i.place
            lines.append(render(Issue(i.code, place, i.params), _lang(), case))
        return "\n".join(lines)
    return None


def value_color(value: float) -> QColor:
    """Light orange (0) through white (50) to light blue (100): colour-blind safe."""
    low, mid, high = QColor("#F5B78E"), QColor("#F7F7F7"), QColor("#8FC1E6")
    t = max(0.0, min(1.0, value / 100.0))
    a, b, u = (low, mid, t * 2) if t < 0.5 else (mid, high, (t - 0.5) * 2)
    return QColor(
        round(a.red() + (b.red() - a.red()) * u),
        round(a.green() + (b.green() - a.green()) * u),
        round(a.blue() + (b.blue() - a.blue()) * u),
    )


MISSING_BRUSH = QBrush(QColor("#B0B0B0"), Qt.BrushStyle.BDiagPattern)
WORD_JOINER = "\u2060"  # no line break inside a level such as "++"
ERROR_COLOR = QColor("#B00020")
ERROR_BACKGROUND = QColor("#FDE2E4")
ERROR_STYLE = "border: 2px solid #B00020; background: #FDE2E4; color: #000000;"


class ScoreTableModel(QAbstractTableModel):
    """Criteria (rows) × options (columns); editing pushes ``SetScore`` commands."""

    #: a typed value was refused: the message for the user
    invalid = Signal(str)
    ValueRole = Qt.ItemDataRole.UserRole + 1  # the value 0..100 (or None)

    def __init__(self, host: ViewHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._case = host.session.case
        self._leaves: list[Criterion] = list(self._case.leaves())
        #: the cell whose typed value was refused last (shown in the error state)
        self.refused: QPersistentModelIndex | None = None
        #: the unit whose scores are shown and edited (None: the case-wide scores)
        self.unit: str | None = host.session.unit_id
        self._scores = self._case.effective_scores(self.unit)

    def set_unit(self, unit: str | None) -> None:
        """Show (and edit) the scores of ``unit``: its own where it has one, else case-wide."""
        self.unit = unit if unit in self._case.unit_by_id else None
        self._scores = self._case.effective_scores(self.unit)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    # structure
    def set_case(self, case: Case) -> None:
        old = self._case
        if self.unit is not None and self.unit not in case.unit_by_id:
            self.unit = None
        self._scores = case.effective_scores(self.unit)
        same_cells = (
            case.scores == old.scores and case.criteria == old.criteria and case.units == old.units
        )
        if same_cells and case.options == old.options:  # e.g. a weight moved: nothing to redo
            self._case = case
            return
        same = (
            case.option_ids == self._case.option_ids
            and case.leaf_ids == self._case.leaf_ids
            and [o.name for o in case.options] == [o.name for o in self._case.options]
            and [n.name for n in case.leaves()] == [n.name for n in self._case.leaves()]
        )
        if same:
            self._case = case
            self._leaves = list(case.leaves())
            if self.rowCount() and self.columnCount():
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
                )
            return
        self.beginResetModel()
        self._case = case
        self._leaves = list(case.leaves())
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._leaves)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._case.options)

    def pair(self, index: ModelIndex) -> tuple[str, str]:
        """(option id, leaf id) of a cell."""
        return self._case.options[index.column()].id, self._leaves[index.row()].id

    def index_of(self, option: str, leaf: str) -> QModelIndex:
        return self.index(self._case.leaf_ids.index(leaf), self._case.option_ids.index(option))

    def score(self, index: ModelIndex) -> Score | None:
        """The score shown in the cell: the unit's own, else the case-wide one."""
        return self._scores.get(self.pair(index))

    def own(self, index: ModelIndex) -> Score | None:
        """The chosen unit's own score of the cell (None: it uses the case-wide score)."""
        if self.unit is None:
            return None
        return self._case.unit_scores.get(self.unit, {}).get(self.pair(index))

    def excluded_reason(self, column: int) -> str | None:
        """Why the chosen unit excludes the option of ``column`` (None: it does not)."""
        if self.unit is None or not 0 <= column < len(self._case.options):
            return None
        return self._case.unit(self.unit).reason_for(self._case.options[column].id)

    def leaf(self, index: ModelIndex) -> Criterion:
        return self._leaves[index.row()]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.excluded_reason(index.column()) is not None:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._case.options):
                return None
            option = self._case.options[section]
            reason = self.excluded_reason(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return hyphenate(option.name, "nl")
            if role == Qt.ItemDataRole.ForegroundRole and reason is not None:
                return QBrush(QColor("#8A8A8A"))
            if role == Qt.ItemDataRole.ToolTipRole:
                text = plain(option.name) + (
                    "<br><br>" + plain(option.description) if option.description else ""
                )
                if reason is not None and self.unit is not None:
                    text += "<br><br>" + plain(
                        translate("Scores", "{unit} excludes this option: {reason}").format(
                            unit=self._case.unit(self.unit).name, reason=reason
                        )
                    )
                return text
            if role == Qt.ItemDataRole.DecorationRole:
                from gui.style import option_color

                return option_color(self._case, option.id)
            return None
        if not 0 <= section < len(self._leaves):
            return None
        leaf = self._leaves[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return hyphenate(leaf.name, "nl")  # a narrow header breaks long words in Dutch
        if role == Qt.ItemDataRole.ToolTipRole:
            group = self._case.node_by_id.get(self._case.parent_of[leaf.id])
            text = plain(leaf.name)
            if group is not None:
                text = plain(group.name) + " › " + text
            if leaf.description:
                text += "<br><br>" + plain(leaf.description)
            return text
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        score = self.score(index)
        leaf = self.leaf(index)
        excluded = self.excluded_reason(index.column()) is not None
        if role == Qt.ItemDataRole.DisplayRole:
            if score is None:
                return "—"
            return self._marked(score, own=self.own(index) is not None)
        if role == Qt.ItemDataRole.EditRole:
            return "" if score is None else value_text(score.value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.ValueRole:
            return self._mapped(leaf, score)
        if role == Qt.ItemDataRole.BackgroundRole:
            if self.refused is not None and self.refused == index:
                return QBrush(ERROR_BACKGROUND)
            if excluded:
                return QBrush(QColor("#E0E0E0"))
            v = self._mapped(leaf, score)
            return MISSING_BRUSH if v is None else QBrush(value_color(v))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#8A8A8A" if excluded else "#000000"))
        if role == Qt.ItemDataRole.FontRole and score is not None:
            own = self.own(index) is not None
            if own or not score.rationale:
                font = QFont()
                font.setItalic(not score.rationale)
                font.setBold(own)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index, score)
        return None

    def _marked(self, score: Score, *, own: bool) -> str:
        """The value with its marks: ● the unit's own score, ≈ an estimate, † from hindsight."""
        text = value_text(score.value)
        if score.estimate:
            text += " ≈"
        if is_hindsight(self._case, score):
            text += " †"
        return f"● {text}" if own else text

    @staticmethod
    def _mapped(leaf: Criterion, score: Score | None) -> float | None:
        if score is None or leaf.scale is None:
            return None
        try:
            return map_value(leaf.scale, score.value)
        except ScaleError:
            return None

    def _tooltip(self, index: ModelIndex, score: Score | None) -> str:
        option, leaf = self.pair(index)
        head = plain(pair_label(self._case, option, leaf))
        if score is None:
            return head + "<br>" + plain(translate("Scores", "No score yet: type one to start."))
        lines = [head, plain(translate("Scores", "Score: {v}").format(v=value_text(score.value)))]
        if score.low is not None or score.high is not None:
            lines.append(
                plain(
                    translate("Scores", "Range: {low} to {high}").format(
                        low=value_text(score.low if score.low is not None else score.value),
                        high=value_text(score.high if score.high is not None else score.value),
                    )
                )
            )
        if score.rationale:
            lines.append("<br>" + plain(score.rationale))
        if score.source:
            lines.append(
                "<br><i>"
                + plain(translate("Scores", "Source: {s}").format(s=score.source))
                + "</i>"
            )
        if score.estimate:
            lines.append(plain(translate("Scores", "≈ An estimate (a judgement, not a fact).")))
        if is_hindsight(self._case, score):
            lines.append(
                plain(
                    translate(
                        "Scores",
                        "† Source from after the moment of decision ({date}, decided {as_of}).",
                    ).format(date=score.source_date, as_of=self._case.as_of)
                )
            )
        own = self.own(index)
        if own is not None and self.unit is not None:
            wide = self._case.score_by_pair.get((option, leaf))
            lines.append(
                "<br><b>"
                + plain(
                    translate(
                        "Scores", "● Own score of {unit}; it replaces the case-wide score {wide}."
                    ).format(
                        unit=self._case.unit(self.unit).name,
                        wide=value_text(wide.value) if wide is not None else "—",
                    )
                )
                + "</b>"
            )
        reason = self.excluded_reason(index.column())
        if reason is not None and self.unit is not None:
            lines.append(
                "<br>"
                + plain(
                    translate("Scores", "{unit} excludes this option: {reason}").format(
                        unit=self._case.unit(self.unit).name, reason=reason
                    )
                )
            )
        return "<br>".join(lines)

    def refusal(self, index: ModelIndex, text: str) -> tuple[Command | None, str | None]:
        """The command that typing ``text`` in the cell makes, or why it is refused."""
        option, leaf = self.pair(index)
        raw, error = parse_raw(self._case, option, leaf, text)
        if error is not None:
            return None, error
        old = self.score(index)
        if raw is None or (old is not None and old.value == raw):
            return None, None
        command = edit_score(self._case, option, leaf, unit=self.unit, value=raw)
        return command, check_command(self._case, command, option, leaf)

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        command, error = self.refusal(index, str(value if value is not None else ""))
        if error is not None:
            self.refused = QPersistentModelIndex(index)
            self.dataChanged.emit(index, index)
            self.invalid.emit(error)
            return False
        self.clear_refused()
        if command is None:
            return False
        return self.host.push(command)

    def clear_refused(self) -> None:
        if self.refused is not None:
            refused, self.refused = self.refused, None
            if refused.isValid():
                index = self.index(refused.row(), refused.column())
                self.dataChanged.emit(index, index)

    def clear(self, index: ModelIndex) -> bool:
        """Clear the score; for a unit: remove its own score (back to the case-wide one)."""
        if not index.isValid() or self.score(index) is None:
            return False
        option, leaf = self.pair(index)
        if self.unit is not None:
            if self.own(index) is None:
                self.host.status(
                    translate(
                        "Scores",
                        "This cell shows the case-wide score; choose All units to clear it.",
                    )
                )
                return False
            return self.reset(index)
        return self.host.push(SetScore(option=option, criterion=leaf, score=None))

    def reset(self, index: ModelIndex) -> bool:
        """Back to the case-wide score: remove the chosen unit's own score of the cell."""
        if not index.isValid() or self.unit is None or self.own(index) is None:
            return False
        option, leaf = self.pair(index)
        return self.host.push(SetScore(option=option, criterion=leaf, score=None, unit=self.unit))


class ScoreDelegate(QStyledItemDelegate):
    """An editable combo of the scale's levels, or a line edit for numbers."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        model = index.model()
        assert isinstance(model, ScoreTableModel)
        scale = model.leaf(index).scale
        if scale is not None and scale.kind == "qualitative":
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.addItems([lv.label for lv in scale.levels or ()])
            combo.setCompleter(None)  # type: ignore[arg-type]  # "-" must stay "-", not "--"
            return combo
        edit = QLineEdit(parent)
        edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return edit

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        text = str(index.data(Qt.ItemDataRole.EditRole) or "")
        view = self.parent()
        if isinstance(view, ScoreTable) and view.typing:
            view.typing = False
            text = ""  # like a spreadsheet: typing replaces the cell's content
        if isinstance(editor, QComboBox):
            editor.setCurrentText(text)
            line = editor.lineEdit()
            if line is not None:
                line.selectAll()
        elif isinstance(editor, QLineEdit):
            editor.setText(text)
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        model.setData(index, editor_text(editor))

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """A refused value keeps the editor open, marked, with the reason beside the cell
        (Enter and Tab do not move on); Esc closes it and the old value stays."""
        view = self.parent()
        if (
            isinstance(editor, QWidget)
            and isinstance(view, ScoreTable)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            if key == Qt.Key.Key_Escape:
                view.hide_refusal()
            elif key in COMMIT_KEYS:
                model = view.model()
                index = view.currentIndex()
                if isinstance(model, ScoreTableModel) and index.isValid():
                    _command, error = model.refusal(index, editor_text(editor))
                    if error is not None:
                        editor.setStyleSheet(ERROR_STYLE)
                        view.show_refusal(index, error)
                        return True  # the editor stays open and keeps the focus
                view.hide_refusal()
        return super().eventFilter(editor, event)


COMMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


def editor_text(editor: QObject) -> str:
    if isinstance(editor, QComboBox):
        return editor.currentText()
    if isinstance(editor, QLineEdit):
        return editor.text()
    return ""


class RefusalBubble(QLabel):
    """The reason a typed value was refused, shown beside the cell (plain text)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("refusal")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(
            "#refusal { background:#FFFFFF; color:#7A0014; border:2px solid #B00020;"
            " border-radius:3px; padding:4px 6px; }"
        )
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.hide()

    def show_at(self, cell: QRect, text: str) -> None:
        self.setText(text)
        parent = self.parentWidget()
        area = parent.rect() if parent is not None else cell
        width = min(380, max(200, area.width() // 2))
        self.setFixedWidth(width)
        self.adjustSize()
        # beside the cell (right, else left); else under it (else over it): never on the cell
        y = min(max(area.top(), cell.top()), area.bottom() - self.height())
        if cell.right() + 6 + width <= area.right():
            x = cell.right() + 6
        elif cell.left() - 6 - width >= area.left():
            x = cell.left() - 6 - width
        else:
            x = min(max(area.left(), cell.left()), area.right() - width)
            below = cell.bottom() + 4
            y = below if below + self.height() <= area.bottom() else cell.top() - 4 - self.height()
            y = max(area.top(), y)
        self.move(x, y)
        self.show()
        self.raise_()


class ScoreTable(QTableView):
    """The matrix with spreadsheet keys."""

    #: a typed value was refused (the message is beside the cell)
    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typing = False  # an edit started by typing a character
        self.refusal_bubble = RefusalBubble(self.viewport())
        self.setItemDelegate(ScoreDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(True)
        self.setWordWrap(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAlternatingRowColors(False)
        h = self.horizontalHeader()
        h.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        h.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        h.setMinimumSectionSize(80)
        h.setMinimumHeight(self.fontMetrics().lineSpacing() * 6 + 8)
        v = self.verticalHeader()
        v.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        v.setDefaultSectionSize(self.fontMetrics().height() + 10)
        v.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        )
        v.setTextElideMode(Qt.TextElideMode.ElideNone)  # names wrap on whole words instead

    def fit_headers(self) -> None:
        """Columns as wide as the longest unbreakable piece of an option name (words wrap whole,
        long compounds at their Dutch hyphenation points); criterion names get the room their
        text needs, up to a share of the table, and wrap onto a second line beyond it."""
        model = self.model()
        fm = self.horizontalHeader().fontMetrics()
        parts = [
            p
            for c in range(model.columnCount() if model is not None else 0)
            for p in pieces(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
        ]
        widest = max((fm.horizontalAdvance(p + "-") for p in parts), default=0)
        icon = self.horizontalHeader().style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.horizontalHeader().setMinimumSectionSize(max(64, widest + icon + 16))
        self.fit_row_headers()

    def fit_row_headers(self) -> None:
        model = self.model()
        v = self.verticalHeader()
        fm = v.fontMetrics()
        names = [
            str(model.headerData(r, Qt.Orientation.Vertical) or "")
            for r in range(model.rowCount() if model is not None else 0)
        ]
        longest = max((fm.horizontalAdvance(n) for n in names), default=0) + 16
        columns = model.columnCount() if model is not None else 0
        # what the option columns need at their narrowest; the names get the rest, up to a third
        needed = columns * self.horizontalHeader().minimumSectionSize()
        spare = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        room = min(int(self.width() * 0.34), spare - needed)
        bold = QFont(v.font())
        bold.setBold(True)  # the current row's name is bold: it needs the most room
        bm = QFontMetrics(bold)
        widest = max((bm.horizontalAdvance(p + "-") for n in names for p in pieces(n)), default=0)
        width = max(fm.horizontalAdvance("M") * 6, widest + 16, min(longest, room))
        v.setFixedWidth(width)
        flags = int(Qt.TextFlag.TextWordWrap)
        v.setDefaultSectionSize(fm.lineSpacing() + 10)
        for row, name in enumerate(names):  # each row as tall as its name wrapped (at most 4)
            lines = bm.boundingRect(QRect(0, 0, width - 16, 10000), flags, name).height() // max(
                1, bm.lineSpacing()
            )
            height = bm.lineSpacing() * min(6, max(1, lines)) + 10
            if v.sectionSize(row) != height:
                v.resizeSection(row, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_row_headers()

    def show_refusal(self, index: QModelIndex, text: str) -> None:
        """The error state of a cell: its reason beside it, and in the status bar."""
        self.refusal_bubble.show_at(self.visualRect(index), text)
        self.refused.emit(text)

    def hide_refusal(self) -> None:
        self.refusal_bubble.hide()
        model = self.model()
        if isinstance(model, ScoreTableModel):
            model.clear_refused()

    @overload
    def edit(self, index: ModelIndex, /) -> None: ...

    @overload
    def edit(
        self, index: ModelIndex, trigger: QAbstractItemView.EditTrigger, event: QEvent | None, /
    ) -> bool: ...

    def edit(
        self,
        index: ModelIndex,
        trigger: QAbstractItemView.EditTrigger | None = None,
        event: QEvent | None = None,
        /,
    ) -> bool | None:
        if trigger is None:
            super().edit(index)
            return None
        self.typing = (
            trigger == QAbstractItemView.EditTrigger.AnyKeyPressed
            and isinstance(event, QKeyEvent)
            and bool(event.text().strip())
        )
        try:
            # Qt passes no event for some triggers (CurrentChanged): the stub omits None
            return super().edit(index, trigger, event)  # type: ignore[arg-type]
        finally:
            self.typing = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        index = self.currentIndex()
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != QAbstractItemView.State.EditingState
            and isinstance(model, ScoreTableModel)
        ):
            model.clear(index)
            return
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
            and index.isValid()
        ):
            self.edit(index)
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            index = self.currentIndex()
            below = index.sibling(index.row() + 1, index.column())
            if below.isValid():
                self.setCurrentIndex(below)


class _RationaleEdit(QPlainTextEdit):
    """Multi-line text that reports when the user is done (focus leaves, or Ctrl+Enter)."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.editingFinished.emit()
            return
        super().keyPressEvent(event)


class ScoreEditor(QWidget):
    """Value, range, rationale and source of the selected cell."""

    def __init__(self, host: ViewHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.pair: tuple[str, str] | None = None
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.fields: dict[str, QComboBox] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        names = {
            "value": translate("Scores", "Score"),
            "low": translate("Scores", "Range from"),
            "high": translate("Scores", "Range to"),
        }
        for name in FIELDS:
            combo = QComboBox(self)
            combo.setObjectName(f"field-{name}")
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setCompleter(None)  # type: ignore[arg-type]
            line = combo.lineEdit()
            assert line is not None  # an editable combo has one
            line.editingFinished.connect(lambda n=name: self._on_q_field(n))
            combo.activated.connect(lambda _i, n=name: self._on_q_field(n))
            line.installEventFilter(self)
            self.fields[name] = combo
            form.addRow(names[name], combo)
        self.scale_hint = QLabel(self)
        self.scale_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.scale_hint.setWordWrap(True)
        self.scale_hint.setStyleSheet("color: #555555;")
        form.addRow("", self.scale_hint)
        self.rationale = _RationaleEdit(self)
        self.rationale.setObjectName("rationale")
        self.rationale.setTabChangesFocus(True)
        self.rationale.setPlaceholderText(translate("Scores", "Why this score? (Ctrl+Enter saves)"))
        self.rationale.editingFinished.connect(lambda: self._on_q_text("rationale"))
        self.source = QLineEdit(self)
        self.source.setObjectName("source")
        self.source.setPlaceholderText(translate("Scores", "Where does the fact come from?"))
        self.source.editingFinished.connect(lambda: self._on_q_text("source"))
        self.clear_button = QPushButton(translate("Scores", "Clear score"), self)
        self.clear_button.clicked.connect(self._on_q_clear)
        self.reset_button = QPushButton(translate("Scores", "Back to the case-wide score"), self)
        self.reset_button.setObjectName("resetToCaseWide")
        self.reset_button.clicked.connect(self._on_q_reset)
        self.estimate = QCheckBox(translate("Scores", "Estimate (a judgement, not a fact)"), self)
        self.estimate.setObjectName("estimate")
        self.estimate.toggled.connect(self._on_q_estimate)
        self.source_date = QLineEdit(self)
        self.source_date.setObjectName("sourceDate")
        self.source_date.setPlaceholderText(translate("Scores", "Date of the source, e.g. 2019-05"))
        self.source_date.editingFinished.connect(self._on_q_source_date)
        self.unit_note = QLabel(self)
        self.unit_note.setObjectName("unitNote")
        self.unit_note.setTextFormat(Qt.TextFormat.PlainText)
        self.unit_note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B00020;")
        # two halves: the value fields, and the texts; stacked beside the grid, side by side
        # when the editor sits under it (see ``set_wide``)
        self.layout_ = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        fields_half = QVBoxLayout()
        fields_half.addWidget(self.title)
        fields_half.addLayout(form)
        fields_half.addWidget(self.message)  # right under the fields it is about
        self.fields_stretch = QWidget(self)
        self.fields_stretch.setVisible(False)
        fields_half.addWidget(self.fields_stretch, 1)
        texts_half = QVBoxLayout()
        texts_half.addWidget(QLabel(translate("Scores", "Rationale"), self))
        texts_half.addWidget(self.rationale, 1)
        texts_half.addWidget(QLabel(translate("Scores", "Source"), self))
        texts_half.addWidget(self.source)
        texts_half.addWidget(self.source_date)
        texts_half.addWidget(self.estimate)
        texts_half.addWidget(self.unit_note)
        row = QHBoxLayout()
        row.addWidget(self.clear_button)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        texts_half.addLayout(row)
        self.layout_.addLayout(fields_half, 0)
        self.layout_.addLayout(texts_half, 1)
        subscribe(self, host.session, changed=self._on_changed, unit=lambda _u: self.synchronize())
        # Ctrl+Z in a field whose edit is committed undoes in the document (gui.desk.undo_keys)
        self._undo_keys = UndoKeys(self, lambda: self.host.undo_stack, self._committed)
        lines = [e for e in (c.lineEdit() for c in self.fields.values()) if e is not None]
        self._undo_keys.watch(self.rationale, self.source, *lines)
        self.set_pair(None)

    @property
    def unit(self) -> str | None:
        unit = self.host.session.unit_id
        return unit if unit in self.host.session.case.unit_by_id else None

    def _score(self, case: Case) -> Score | None:
        """The score the editor shows: the chosen unit's own, else the case-wide one."""
        if self.pair is None:
            return None
        return case.effective_scores(self.unit).get(self.pair)

    def _own(self, case: Case) -> Score | None:
        unit = self.unit
        if self.pair is None or unit is None:
            return None
        return case.unit_scores.get(unit, {}).get(self.pair)

    def set_wide(self, wide: bool) -> None:
        """Fields and texts side by side (under the grid) or stacked (beside it)."""
        self.layout_.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        self.layout_.setStretch(0, 2 if wide else 0)
        self.layout_.setStretch(1, 3 if wide else 1)
        self.fields_stretch.setVisible(wide)

    # model -> widgets
    def _on_changed(self, command: object, old: Case, new: Case) -> None:
        if self.pair is None:
            return
        option, leaf = self.pair
        if option not in new.option_ids or leaf not in new.leaf_ids:
            self.set_pair(None)
        elif (
            old.effective_scores(self.unit).get(self.pair)
            != new.effective_scores(self.unit).get(self.pair)
            or old.node_by_id.get(leaf) != new.node_by_id.get(leaf)
            or old.units != new.units
        ):
            self.synchronize()

    def set_pair(self, pair: tuple[str, str] | None) -> None:
        self.pair = pair
        self.clear_refusal()
        self.synchronize()

    def synchronize(self) -> None:
        case = self.host.session.case
        enabled = self.pair is not None
        extra = (self.source_date, self.estimate)
        for w in (*self.fields.values(), self.rationale, self.source, self.clear_button, *extra):
            w.setEnabled(enabled)
        widgets = (*self.fields.values(), self.rationale, self.source, *extra)
        self.reset_button.setVisible(False)
        self.unit_note.setText("")
        for w in widgets:
            w.blockSignals(True)
        try:
            if self.pair is None:
                self.title.setText(translate("Scores", "Choose a cell to see and edit its score."))
                for combo in self.fields.values():
                    combo.clear()
                self.rationale.setPlainText("")
                self.source.setText("")
                self.source_date.setText("")
                self.estimate.setChecked(False)
                self.scale_hint.setText("")
                return
            option, leaf = self.pair
            self.title.setText(pair_label(case, option, leaf))
            node = case.node_by_id[leaf]
            score = self._score(case)
            labels = [lv.label for lv in (node.scale.levels or ())] if node.scale else []
            for name, combo in self.fields.items():
                combo.clear()
                combo.addItems(labels)
                raw = score_field(score, name)
                combo.setCurrentText(value_text(raw))
            self.scale_hint.setText(self._scale_hint(node))
            self.rationale.setPlainText(score.rationale or "" if score else "")
            self.source.setText(score.source or "" if score else "")
            self.source.setCursorPosition(0)
            self.source.setToolTip(plain(score.source) if score and score.source else "")
            self.source_date.setText(score.source_date or "" if score else "")
            self.estimate.setChecked(bool(score and score.estimate))
            self.clear_button.setEnabled(score is not None)
            unit = self.unit
            if unit is not None:
                name = case.unit(unit).name
                own = self._own(case)
                reason = case.unit(unit).reason_for(option)
                wide = case.score_by_pair.get(self.pair)
                if reason is not None:
                    note = translate("Scores", "{unit} excludes this option: {reason}").format(
                        unit=name, reason=reason
                    )
                elif own is not None:
                    note = translate(
                        "Scores", "Own score of {unit}; the case-wide score is {wide}."
                    ).format(unit=name, wide=value_text(wide.value) if wide else "—")
                else:
                    note = translate(
                        "Scores", "{unit} uses the case-wide score; a change gives it its own."
                    ).format(unit=name)
                self.unit_note.setText(note)
                self.reset_button.setVisible(own is not None)
                self.clear_button.setEnabled(own is not None)
        finally:
            for w in widgets:
                w.blockSignals(False)

    @staticmethod
    def _scale_hint(node: Criterion) -> str:
        scale = node.scale
        if scale is None:
            return ""
        if scale.kind == "qualitative":
            return translate("Scores", "Levels: {levels}").format(
                levels="  ".join(WORD_JOINER.join(lv.label) for lv in scale.levels or ())
            )
        if scale.kind == "direct":
            return translate("Scores", "A number from 0 to 100")
        lo, hi = scale.worst, scale.best
        if scale.points:
            lo, hi = scale.points[0][0], scale.points[-1][0]
        return (
            translate("Scores", "A number from {low} to {high} {unit}")
            .format(low=value_text(lo), high=value_text(hi), unit=scale.unit or "")
            .strip()
        )

    def _committed(self, widget: QWidget) -> bool:
        """Whether ``widget`` shows what is stored (nothing typed since)."""
        score = self._score(self.host.session.case)  # the chosen unit's, else case-wide
        if widget is self.rationale:
            return self.rationale.toPlainText() == ((score.rationale or "") if score else "")
        if widget is self.source:
            return self.source.text() == ((score.source or "") if score else "")
        for name, combo in self.fields.items():
            if widget is combo.lineEdit():
                raw = score_field(score, name)
                return combo.currentText() == value_text(raw)
        return True

    # widgets -> model
    def _push(self, **fields: Raw | bool) -> bool:
        assert self.pair is not None
        case = self.host.session.case
        option, leaf = self.pair
        score = self._score(case)
        if score is None and "value" not in fields:
            self.message.setText(translate("Scores", "Give the score first."))
            self.synchronize()
            return False
        command = edit_score(case, option, leaf, unit=self.unit, **fields)
        error = check_command(case, command, option, leaf)
        if error is not None:
            self.refuse(next(iter(fields)), error)
            return False
        self.clear_refusal()
        return self.host.push(command)

    def refuse(self, name: str, text: str) -> None:
        """Show a refusal at the field it is about; the focus stays there, Esc restores."""
        self.clear_refusal()
        self.message.setText(text)
        widget = self._field_widget(name)
        widget.setStyleSheet(ERROR_STYLE)
        widget.setFocus()
        self.host.status(text.splitlines()[0])

    def clear_refusal(self) -> None:
        self.message.clear()
        for w in (*self.fields.values(), self.rationale, self.source):
            w.setStyleSheet("")

    def _field_widget(self, name: str) -> QWidget:
        if name in self.fields:
            return self.fields[name]
        return self.rationale if name == "rationale" else self.source

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.message.text()
        ):
            self.clear_refusal()
            self.synchronize()  # back to the stored value
            return True
        return super().eventFilter(watched, event)

    def _on_q_field(self, name: str) -> None:
        if self.pair is None:
            return
        case = self.host.session.case
        option, leaf = self.pair
        text = self.fields[name].currentText()
        raw, error = parse_raw(case, option, leaf, text, name)
        if error is not None:
            self.refuse(name, error)
            return
        score = self._score(case)
        current = score_field(score, name)
        if raw == current and (raw is None or type(raw) is type(current)):
            return
        if name == "value" and raw is None:
            return  # clearing the value is the "Clear score" button
        self._push(**{name: raw})

    def _on_q_text(self, name: str) -> None:
        if self.pair is None:
            return
        widget = self.rationale if name == "rationale" else self.source
        text = widget.toPlainText() if name == "rationale" else widget.text()  # type: ignore[union-attr]
        value = text if text.strip() else None
        score = self._score(self.host.session.case)
        if score_field(score, name) == value:
            return
        self._push(**{name: value})

    def _on_q_clear(self) -> None:
        if self.pair is None:
            return
        option, leaf = self.pair
        if self.unit is not None:
            self._on_q_reset()
            return
        self.host.push(SetScore(option=option, criterion=leaf, score=None))

    def _on_q_reset(self) -> None:
        """Back to the case-wide score: remove the chosen unit's own score of the cell."""
        unit = self.unit
        if self.pair is None or unit is None or self._own(self.host.session.case) is None:
            return
        option, leaf = self.pair
        self.host.push(SetScore(option=option, criterion=leaf, score=None, unit=unit))

    def _on_q_estimate(self, on: bool) -> None:
        score = self._score(self.host.session.case)
        if self.pair is None or score is None or score.estimate == on:
            return
        self._push(estimate=on)

    def _on_q_source_date(self) -> None:
        score = self._score(self.host.session.case)
        text = self.source_date.text().strip() or None
        if self.pair is None or score is None or score.source_date == text:
            return
        if not self._push(source_date=text):
            self.source_date.setText(score.source_date or "")


class ScoresView(QWidget):
    """The matrix beside the cell editor."""

    def __init__(self, host: ViewHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.model = ScoreTableModel(host, self)
        self.table = ScoreTable(self)
        self.table.setModel(self.model)
        self.table.fit_headers()
        self.model.modelReset.connect(self.table.fit_headers)
        self.model.headerDataChanged.connect(lambda *_: self.table.fit_headers())
        self.editor = ScoreEditor(host, self)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.setText(
            translate(
                "Scores",
                "Type a level or a number to change a score; Enter saves, Delete clears."
                " Hatched cells have no score yet; italic ones have no rationale. Hover over a"
                " cell for its range and rationale.",
            )
        )
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.hint)
        lv.addWidget(help_link(self, "scores"), 0, Qt.AlignmentFlag.AlignRight)
        lv.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.editor.setMinimumWidth(240)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.model.invalid.connect(self._on_invalid)
        self.table.refused.connect(self._on_refused)
        self.table.selectionModel().currentChanged.connect(self._on_q_current)
        self.model.modelReset.connect(self._on_reset)
        subscribe(self, host.session, changed=self._on_changed, unit=self.model.set_unit)
        self._shortcut = QShortcut(QKeySequence("Ctrl+Shift+Delete"), self)
        self._shortcut.activated.connect(lambda: self.model.clear(self.table.currentIndex()))
        if self.model.rowCount() and self.model.columnCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _on_changed(self, command: object, old: Case, new: Case) -> None:
        self.model.set_case(new)

    EDITOR_WIDTH = 260

    def fit_layout(self) -> None:
        """The cell editor beside the grid, or under it when the grid would not fit its
        columns beside it (seven options on a 1280 px laptop with the weights dock open)."""
        columns = self.model.columnCount()
        fm = self.table.fontMetrics()
        need = columns * self.table.horizontalHeader().minimumSectionSize()
        need += fm.horizontalAdvance("M") * 12 + 40
        vertical = self.width() - self.EDITOR_WIDTH < need
        orientation = Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal
        if self.splitter.orientation() == orientation:
            return
        self.splitter.setOrientation(orientation)
        self.editor.set_wide(vertical)
        self.editor.setMinimumWidth(0 if vertical else 240)
        self.splitter.setStretchFactor(0, 3 if not vertical else 5)
        self.splitter.setStretchFactor(1, 1 if not vertical else 3)
        total = self.height() if vertical else self.width()
        share = 0.32 if vertical else 0.25
        self.splitter.setSizes([int(total * (1 - share)), int(total * share)])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_layout()

    def _on_reset(self) -> None:
        self.fit_layout()
        if self.model.rowCount() and self.model.columnCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        else:
            self.editor.set_pair(None)

    def _on_q_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.table.refusal_bubble.hide()
        self.editor.set_pair(self.model.pair(current) if current.isValid() else None)

    def _on_invalid(self, text: str) -> None:
        refused = self.model.refused
        if refused is not None and refused.isValid():
            cell = self.model.index(refused.row(), refused.column())
            self.table.refusal_bubble.show_at(self.table.visualRect(cell), text)
        self.host.status(text.splitlines()[0])

    def _on_refused(self, text: str) -> None:
        self.host.status(text.splitlines()[0])

    def select(self, option: str, leaf: str) -> None:
        self.table.setCurrentIndex(self.model.index_of(option, leaf))
