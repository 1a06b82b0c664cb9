"""The round's answers as live profiles in the stakeholders chart and the group view.

The facilitator's view feeds the session's :class:`model.live_round.LiveRound`; a pane that
shows profiles follows it with :class:`LiveProfiles`: a note above its content ("live round: n
answers, not in the document"), the what-if case (the session's case and the live profiles,
their names marked), and a redraw when answers arrive. The pane's own "stale when hidden"
mechanism (:meth:`gui.pane.AnalysisPane.schedule`) decides when anything is computed: a hidden
pane only notes that it is stale, so the round never costs the slider anything there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from gui.i18n import translate
from gui.pane import AnalysisPane
from model.case import Case
from model.live_round import LiveRound, live_round


def live_name_mark() -> str:
    """How a live profile's name is shown (``{name}``: "Deelnemer 1", "Zaal (gemiddelde)")."""
    return translate("LiveRound", "{name} · live")


class LiveProfiles:
    """A pane's view of the session's live round."""

    def __init__(self, pane: AnalysisPane) -> None:
        self.pane = pane
        self.live: LiveRound = live_round(pane.session)
        self.note = QLabel(pane)
        self.note.setObjectName("liveRoundNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setStyleSheet(
            "QLabel { background: #FFF4CC; color: #3D2E00; border: 1px solid #C9A227;"
            " border-radius: 4px; padding: 4px 8px; }"
        )
        self.note.hide()
        layout = pane.layout()
        if isinstance(layout, QVBoxLayout):  # above the content (gui.pane's column)
            layout.insertWidget(layout.indexOf(pane.stack), self.note)
        # ids of the live profiles in the case last drawn (empty: none shown)
        self.shown_ids: frozenset[str] = frozenset()
        live = self.live
        slot = pane.schedule
        live.changed.connect(slot)
        pane.destroyed.connect(lambda *_: live.changed.disconnect(slot, missing_ok=True))

    def case(self, case: Case) -> Case:
        """``case`` with the live profiles after its own (``case`` itself without answers)."""
        out = self.live.case_with(case, live_name_mark())
        own = {p.id for p in case.profiles}
        self.shown_ids = frozenset(p.id for p in out.profiles if p.id not in own)
        n = len(self.shown_ids) - 1  # the room's mean and one profile per answer
        if n > 0:
            self.note.setText(
                translate(
                    "LiveRound",
                    "Live round: {n} answers shown as profiles “Deelnemer 1..{n}” and the room's"
                    " mean, marked “live”. They are not in the document until you save them"
                    " (Participation: Save as profiles).",
                ).format(n=n)
            )
        self.note.setVisible(n > 0)
        return out


class ShowsLiveRound(AnalysisPane):
    """A pane that also shows the session's live round (put first among the bases)."""

    def analysed_case(self) -> Case:
        """The session's case and, while a round's answers are on screen, their live profiles."""
        return self.live_profiles().case(super().analysed_case())

    def live_profiles(self) -> LiveProfiles:
        found: LiveProfiles | None = self.__dict__.get("_live")
        if found is None:
            found = self._live = LiveProfiles(self)
        return found
