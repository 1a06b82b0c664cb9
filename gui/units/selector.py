"""The toolbar's unit selector ("Onderdeel: Alle onderdelen (algemeen) / Communicatie / ...").

Choosing a unit sets ``Session.unit_id``; every chart and analysis then shows that unit (its
own scores, without the options it excludes).  Beside it a what-if switch leaves the scores
whose source postdates the moment of decision (``as_of``) out of the analysis.  Both are hidden
while the case has nothing for them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from gui.host import ViewHost, subscribe
from gui.i18n import translate
from gui.plaintext import tooltip
from model.case import Case
from model.session import Changed
from model.unit_view import hindsight_scores


class UnitSelector(QWidget):
    """Label, combo and what-if switch; lives in the main window's toolbar."""

    def __init__(self, host: ViewHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        #: the toolbar's action for this widget (a toolbar shows and hides its widgets by it)
        self.action: QAction | None = None
        self._shown = False
        self.label = QLabel(translate("Units", "Unit:"), self)
        self.label.setContentsMargins(12, 0, 6, 0)
        self.combo = QComboBox(self)
        self.combo.setObjectName("unitCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.setToolTip(
            translate(
                "Units",
                "The unit (team) the results are shown for: its own scores, without the"
                " options it excludes",
            )
        )
        self.combo.activated.connect(self._on_q_chosen)
        self.hindsight = QCheckBox(translate("Units", "Without hindsight"), self)
        self.hindsight.setObjectName("hindsightToggle")
        self.hindsight.setToolTip(
            translate(
                "Units",
                "What-if: leave out the scores whose source dates from after the moment of"
                " decision (a fair test of the choice made then). The case is not changed.",
            )
        )
        self.hindsight.toggled.connect(self._on_q_hindsight)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.hindsight)
        subscribe(self, host.session, changed=self._on_changed, unit=self._on_unit)
        self.synchronize()

    def _on_changed(self, command: object, old: Case, new: Case, parts: object = None) -> None:
        # the units fill the combo; the scores' source dates and the case's as_of (info) decide
        # whether there is hindsight to leave out: a weight step changes none of them
        if isinstance(parts, Changed) and not parts.any("units", "scores", "info"):
            return
        self.synchronize()

    def _on_unit(self, unit_id: object) -> None:
        self.synchronize()

    def synchronize(self) -> None:
        session = self.host.session
        case = session.case
        units = case.units or ()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(translate("Units", "All units (case-wide)"), None)
        for u in units:
            self.combo.addItem(u.name, u.id)
            self.combo.setItemData(
                self.combo.count() - 1,
                tooltip(u.description or u.name),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.combo.setCurrentIndex(max(0, self.combo.findData(session.unit_id)))
        self.combo.blockSignals(False)
        has_units = bool(units)
        self.label.setVisible(has_units)
        self.combo.setVisible(has_units)
        later = bool(hindsight_scores(case))
        self.hindsight.blockSignals(True)
        self.hindsight.setChecked(session.without_hindsight)
        self.hindsight.blockSignals(False)
        self.hindsight.setVisible(later or session.without_hindsight)
        self._shown = has_units or later or session.without_hindsight
        self._show()

    def _show(self) -> None:
        if self.action is not None:
            self.action.setVisible(self._shown)
        else:
            self.setVisible(self._shown)

    def set_action(self, action: QAction) -> None:
        """The toolbar action that shows this widget (its visibility follows the case)."""
        self.action = action
        self._show()

    def _on_q_chosen(self, index: int) -> None:
        unit = self.combo.itemData(index)
        session = self.host.session
        if unit != session.unit_id:
            session.unit_id = unit if isinstance(unit, str) else None
            name = self.combo.itemText(index)
            self.host.status(translate("Units", "Unit: {name}").format(name=name))

    def _on_q_hindsight(self, on: bool) -> None:
        self.host.session.without_hindsight = on
