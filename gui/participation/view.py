"""The facilitator's view of a live round: QR code, URL, count, the room's spread and rankings.

Projectable: large type, a QR code as big as the left column allows, black on white.  The round's
server runs in its own thread (``serve.RoundServer``); each accepted answer wakes the view through
a queued Qt signal, and the view redraws at most once per event-loop pass.
"""

from __future__ import annotations

import time

import PySide6.QtWidgets  # noqa: F401  (PySide6 before pyqtgraph: platform-notes 3)
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui.host import ViewHost, subscribe
from gui.i18n import translate
from gui.participation.dialog import RoundChoice, StartRoundDialog
from gui.participation.qr_widget import QrWidget
from gui.participation.spread_plot import SpreadPlot
from model.case import Case
from model.errors import VormkeuzeError
from model.live_round import live_round
from model.participation import RoomView, aggregate, save_round
from model.session import Session
from serve import Round, RoundServer, Snapshot, qr_matrix
from serve.round import now_text

#: seconds between two redraws of the room while answers stream in
REFRESH_INTERVAL = 0.25
#: the room waits for this pause in the facilitator's own edits, but never longer than MAX_DEFER
FACILITATOR_QUIET = 0.3
MAX_DEFER = 1.0


class _Serving:
    """Holds the running server apart from the widget, so it can be stopped after the widget."""

    def __init__(self) -> None:
        self.server: RoundServer | None = None

    def stop(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            server.stop()


class _Bridge(QObject):
    """Carries "an answer arrived" from the server's thread to the GUI thread (queued)."""

    arrived = Signal()


def _label(text: str = "", px: int = 18, *, bold: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names from the case are plain text
    label.setWordWrap(True)
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    label.setFont(font)
    if name:
        label.setObjectName(name)
    return label


class ParticipationView(QWidget):
    """Start, watch, close and save a round."""

    #: emitted after the screen shows a new state of the round (the snapshot it shows)
    shown = Signal(object)

    def __init__(self, host: ViewHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ParticipationView")
        self.host = host
        self.round: Round | None = None
        self.saved = False
        self.room: RoomView | None = None
        self.snapshot: Snapshot | None = None
        self._serving = _Serving()
        self._pending = False
        self._last_refresh = 0.0
        self._pending_since = 0.0
        self._busy_until = 0.0
        subscribe(self, host.session, changed=self._on_session_changed)
        self._bridge = _Bridge(self)
        self._bridge.arrived.connect(self._schedule)
        self._build()
        # the server never outlives the view or the app (the token dies with it)
        serving = self._serving
        self.destroyed.connect(lambda *_: serving.stop())
        # the answers shown as live profiles in the stakeholders chart and the group view
        live = live_round(host.session)
        self.destroyed.connect(lambda *_: live.clear())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(serving.stop)

    @property
    def session(self) -> Session:
        return self.host.session

    @property
    def server(self) -> RoundServer | None:
        return self._serving.server

    # --- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        # no round: an invitation
        idle = QWidget()
        idle_layout = QVBoxLayout(idle)
        idle_layout.addStretch(1)
        self.idle_text = _label(
            translate(
                "Participation",
                "Let everyone in the room weigh from their own phone or laptop: start a round,"
                " show the QR code on the projector and watch the answers come in.",
            ),
            20,
        )
        self.idle_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        idle_layout.addWidget(self.idle_text)
        self.start_button = QPushButton(translate("Participation", "Start a round…"))
        self.start_button.setObjectName("startRound")
        self.start_button.clicked.connect(self.ask_and_start)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addStretch(1)
        idle_layout.addLayout(row)
        idle_layout.addStretch(2)
        self.stack.addWidget(idle)
        # a round
        live = QWidget()
        grid = QGridLayout(live)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 6)
        self.heading = _label("", 22, bold=True, name="heading")
        grid.addWidget(self.heading, 0, 0, 1, 2)
        left = QVBoxLayout()
        self.qr = QrWidget()
        self.qr.setObjectName("qr")
        left.addWidget(self.qr, 1)
        self.url = _label("", 16, name="url")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPixelSize(16)
        self.url.setFont(mono)
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left.addWidget(self.url)
        self.code = _label("", 28, bold=True, name="code")
        left.addWidget(self.code)
        grid.addLayout(left, 1, 0)
        right = QVBoxLayout()
        self.count = _label("", 30, bold=True, name="count")
        right.addWidget(self.count)
        self.plot = SpreadPlot(presentation=True)
        self.plot.setObjectName("spread")
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plot.setMinimumHeight(200)
        right.addWidget(self.plot, 3)
        lists = QHBoxLayout()
        self.mean_list = self._box(lists, translate("Participation", "Room mean"), "meanRanking")
        self.median_list = self._box(
            lists, translate("Participation", "Room median"), "medianRanking"
        )
        self.disagreement = self._box(
            lists, translate("Participation", "Most disagreement (middle half)"), "disagreement"
        )
        right.addLayout(lists, 2)
        grid.addLayout(right, 1, 1)
        grid.setRowStretch(1, 1)
        buttons = QHBoxLayout()
        self.state = _label("", 16, name="state")
        buttons.addWidget(self.state, 1)
        self.close_button = QPushButton(translate("Participation", "Close round"))
        self.close_button.setObjectName("closeRound")
        self.close_button.clicked.connect(self.close_round)
        self.save_button = QPushButton(translate("Participation", "Save as profiles"))
        self.save_button.setObjectName("saveProfiles")
        self.save_button.clicked.connect(self.save_profiles)
        self.new_button = QPushButton(translate("Participation", "New round…"))
        self.new_button.setObjectName("newRound")
        self.new_button.clicked.connect(self.ask_and_start)
        for b in (self.close_button, self.save_button, self.new_button):
            buttons.addWidget(b)
        grid.addLayout(buttons, 2, 0, 1, 2)
        self.stack.addWidget(live)

    def _box(self, row: QHBoxLayout, title: str, name: str) -> QListWidget:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(6, 4, 6, 4)
        heading = _label(title, 17, bold=True)
        layout.addWidget(heading)
        body = QListWidget()
        body.setObjectName(name)
        body.setFrameShape(QFrame.Shape.NoFrame)
        body.setTextElideMode(Qt.TextElideMode.ElideRight)
        body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body.setMinimumWidth(60)
        body.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        font = QFont()
        font.setPixelSize(16)
        body.setFont(font)
        layout.addWidget(body, 1)
        row.addWidget(frame, 1)
        return body

    # --- starting -------------------------------------------------------------------------------
    def ask_and_start(self) -> None:
        if self.round is not None and self.round.is_open:
            return
        case = self.session.case
        dialog = StartRoundDialog(case, case.profile(self.session.profile_id).name, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start(dialog.choice())

    def start(self, choice: RoundChoice, port: int = 0) -> bool:
        """Open a round and its server; False (with a message) when that is not possible."""
        self.stop_server()
        try:
            room = Round(self.session.case, choice.spec, base_profile=self.session.profile_id)
            server = RoundServer(room, choice.address, port)
            server.start()
        except VormkeuzeError as e:
            self.host.show_issues(e.issues)
            return False
        except (OSError, ValueError) as e:
            self._error(
                translate("Participation", "The round cannot start on {address}: {reason}").format(
                    address=choice.address,
                    reason=(e.strerror if isinstance(e, OSError) else None) or str(e),
                )
            )
            return False
        self.round, self._serving.server, self.saved = room, server, False
        room.subscribe(self._bridge.arrived.emit)
        self.qr.set_matrix(qr_matrix(server.url))
        self.qr.show()
        self.url.setText(server.url)
        self.code.setText(translate("Participation", "Round code: {code}").format(code=room.code))
        self.heading.setText(self._describe(self.session.case, room))
        self.stack.setCurrentIndex(1)
        self.refresh()
        return True

    def _describe(self, case: Case, room: Round) -> str:
        spec = room.spec
        if spec.parent == "root":
            what = translate("Participation", "the criterion groups")
        else:
            what = translate("Participation", "the criteria of “{group}”").format(
                group=case.node_by_id[spec.parent].name
            )
        how = (
            translate("Participation", "points")
            if spec.mode == "points"
            else translate("Participation", "ranking")
        )
        who = (
            translate("Participation", "anonymous")
            if spec.anonymous
            else translate("Participation", "named")
        )
        return translate("Participation", "Round: {what} · {how} · {who}").format(
            what=what, how=how, who=who
        )

    # --- live -----------------------------------------------------------------------------------
    def _schedule(self) -> None:
        """Redraw soon, but never in the facilitator's way.

        Forty phones answering every second must not take the facilitator's event loop: the
        room is redrawn at most every REFRESH_INTERVAL, and while the facilitator is editing
        (a slider drag) it waits for a pause of FACILITATOR_QUIET, at most MAX_DEFER.
        """
        if self._pending:
            return
        self._pending = True
        self._pending_since = time.monotonic()
        self._arm()

    def _arm(self) -> None:
        due = max(self._last_refresh + REFRESH_INTERVAL, self._busy_until)
        due = min(due, self._pending_since + MAX_DEFER)
        QTimer.singleShot(max(0, int(1000 * (due - time.monotonic()))), self._fire)

    def _fire(self) -> None:
        now = time.monotonic()
        if now < self._busy_until and now < self._pending_since + MAX_DEFER:
            self._arm()  # the facilitator is still moving something
            return
        self.refresh()

    def _on_session_changed(self, *_: object) -> None:
        self._busy_until = time.monotonic() + FACILITATOR_QUIET

    def refresh(self) -> None:
        """Show the round's current state (count, spread, rankings, buttons)."""
        self._pending = False
        self._last_refresh = time.monotonic()
        room = self.round
        if room is None:
            return
        snap = room.snapshot()
        case = room.case
        view = aggregate(case, room.spec, snap.answers, room.base_profile, table=room.question)
        self.snapshot, self.room = snap, view
        live = live_round(self.session)
        if self.saved:
            live.clear()  # the answers are profiles of the document now
        else:
            live.show(room.spec, snap.answers, room.base_profile)
        n = len(snap.answers)
        self.count.setText(
            translate("Participation", "Answered: {n}").format(n=n)
            if snap.open
            else translate("Participation", "Round closed · answers: {n}").format(n=n)
        )
        names = {c.id: c.name for c in room.spec.items(case)}
        self.plot.show_room(view, names)
        options = {o.id: o.name for o in case.options}
        _fill(self.mean_list, _ranking_lines(view.mean_ranking, view.mean_values, options))
        _fill(self.median_list, _ranking_lines(view.median_ranking, view.median_values, options))
        _fill(self.disagreement, _disagreement_lines(view, names))
        self.close_button.setEnabled(snap.open)
        self.save_button.setEnabled(not snap.open and n > 0 and not self.saved)
        self.new_button.setEnabled(not snap.open)
        if snap.open:
            self.state.setText(
                translate(
                    "Participation",
                    "The round is open. Participants may change their answer until you close it.",
                )
            )
        elif self.saved:
            self.state.setText(translate("Participation", "Saved as profiles (undo with Ctrl+Z)."))
        else:
            self.state.setText(
                translate("Participation", "The round is closed; the answers are frozen.")
            )
        self.shown.emit(snap)

    # --- closing and saving -----------------------------------------------------------------------
    def close_round(self) -> None:
        """Freeze the answers and stop serving (the token dies with the round)."""
        room = self.round
        if room is None or not room.is_open:
            return
        room.close()
        QTimer.singleShot(300, self.stop_server)  # let the pages hear that it closed
        self.qr.set_matrix([])  # the space stays, empty: nothing to scan any more
        self.url.setText(
            translate("Participation", "The round is closed; the link no longer works.")
        )
        self.refresh()

    def stop_server(self) -> None:
        self._serving.stop()

    def save_profiles(self) -> bool:
        """Store the room's mean and every answer as profiles (one undoable step)."""
        room = self.round
        if room is None or room.is_open or self.saved:
            return False
        answers = room.answers()
        try:
            command = save_round(
                self.session.case,
                room.spec,
                answers,
                opened=room.opened,
                closed=room.closed or now_text(),
                base_profile=room.base_profile
                if room.base_profile in [p.id for p in self.session.case.profiles]
                else None,
            )
        except VormkeuzeError as e:
            self.host.show_issues(e.issues)
            return False
        if not self.host.push(command):
            return False
        self.saved = True
        self.refresh()
        return True

    def _error(self, text: str) -> None:
        self.host.show_error(text)


def _fill(widget: QListWidget, lines: list[str]) -> None:
    """Replace a list's lines (plain text; the full line as tooltip when it is elided)."""
    if [widget.item(k).text() for k in range(widget.count())] == lines:
        return
    widget.clear()
    for line in lines:
        item = QListWidgetItem(line)
        item.setToolTip(line)
        widget.addItem(item)


def _ranking_lines(
    ranking: tuple[str, ...], values: dict[str, float], names: dict[str, str]
) -> list[str]:
    if not ranking:
        return ["—"]
    number = QLocale()
    return [
        f"{k}.  {number.toString(values.get(o, 0.0), 'f', 1)}  {names.get(o, o)}"
        for k, o in enumerate(ranking, 1)
    ]


def _disagreement_lines(view: RoomView, names: dict[str, str]) -> list[str]:
    if view.count == 0:
        return ["—"]
    by = {s.criterion: s for s in view.spread}
    return [
        translate("Participation", "{low}–{high}%  {name}").format(
            name=names.get(c, c), low=round(100 * by[c].q1), high=round(100 * by[c].q3)
        )
        for c in view.disagreement
    ]
