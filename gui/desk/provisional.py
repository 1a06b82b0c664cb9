"""The provisional-result banner: "Voorlopig: 3 scores ontbreken", and one click to the first.

Every view that analyses the case (charts, ranking, robustness) draws the reduced case of
:func:`model.partial.provisional` and shows this banner above it, so that adding an option or a
criterion never blanks a view.  The messages are true: they count every missing score and name
the first few, and say what the provisional result leaves out.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from gui.desk.navigate import goto_cell
from gui.i18n import translate
from model.case import Case
from model.partial import Provisional

NAMED = 3  # missing scores named in a message; the rest are counted


def pair_name(case: Case, option: str, leaf: str) -> str:
    node = case.node_by_id.get(leaf)
    name = next((o.name for o in case.options if o.id == option), option)
    return f"{name} · {node.name if node is not None else leaf}"


def missing_list(case: Case, missing: tuple[tuple[str, str], ...], named: int = NAMED) -> str:
    """The first few missing cells by name, and how many more."""
    names = [pair_name(case, o, leaf) for o, leaf in missing[:named]]
    text = "; ".join(names)
    if len(missing) > named:
        text += " " + translate("Desk", "and {n} more").format(n=len(missing) - named)
    return text


def count_text(n: int) -> str:
    if n == 1:
        return translate("Desk", "Provisional: 1 score is missing")
    return translate("Desk", "Provisional: {n} scores are missing").format(n=n)


def provisional_text(case: Case, p: Provisional) -> str:
    """One paragraph: how many are missing, which, and what the result leaves out."""
    if not p.is_provisional:
        return ""
    head = count_text(len(p.missing)) + " (" + missing_list(case, p.missing) + ")."
    names = [
        (case.node_by_id[x].name if p.mode == "criteria" else case.option(x).name)
        for x in p.left_out
    ]
    shown = ", ".join(names[:NAMED])
    if len(names) > NAMED:
        shown += " " + translate("Desk", "and {n} more").format(n=len(names) - NAMED)
    if p.mode == "criteria":
        tail = translate("Desk", "Computed without the criteria that are not complete: {names}.")
    elif p.mode == "options":
        tail = translate("Desk", "Options not yet in the result: {names}.")
    else:
        tail = translate(
            "Desk",
            "Nothing can be computed yet: fill in the scores of at least two options, or"
            " every score of one criterion.",
        )
    return head + " " + tail.format(names=shown)


class ProvisionalBanner(QWidget):
    """A pale-yellow line above a view while its result is provisional (hidden otherwise)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("provisionalBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "#provisionalBanner { background:#FFF4CE; border:1px solid #E0C060;"
            " border-radius:3px; } #provisionalBanner QLabel { color:#3B2F00; }"
        )
        self.label = QLabel(self)
        self.label.setObjectName("provisionalText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button = QPushButton(translate("Desk", "Go to the first missing score"), self)
        self.button.setObjectName("firstMissing")
        self.button.clicked.connect(self._on_q_go)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.state: Provisional | None = None
        self.setVisible(False)

    def set_state(self, case: Case, p: Provisional) -> None:
        self.state = p
        self.label.setText(provisional_text(case, p))
        self.setVisible(p.is_provisional)

    @property
    def text(self) -> str:
        return self.label.text() if self.state is not None and self.state.is_provisional else ""

    def _on_q_go(self) -> None:
        first = self.state.first_missing if self.state is not None else None
        if first is not None:
            goto_cell(self, *first)
