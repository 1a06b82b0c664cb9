"""Presentation mode: one view fills the (projector) screen, in large type and high contrast.

Keys (from the projected window and from the presenter console alike): ←/→ previous/next view,
1–9 choose a profile, R back to the vastgestelde profile (or reset the weights), F freeze/reveal,
W show/hide the weights, S swap the screens, Ctrl +/- larger/smaller, Esc release a pinned
explanation, then leave.

Every chart and every analysis view can be projected (``gui.charts.panel``).  Type scales with
the screen: the theme's sizes are for 1080 lines and are multiplied by ``height / 1080`` (and by
the Ctrl +/- factor), so the composition keeps its proportions from a 1024x768 beamer to 4K.
With one screen the weights are a slim rail at the side (W opens the strip); with two screens
the projector shows only the view and the laptop gets the :class:`PresenterConsole` (live
preview, next view, profiles, weights, key hints, a timer).  The projector screen is remembered
(``Settings.projector_screen``).

*R* shows the vastgestelde profile again when the room is on its workshop copy (the copy stays
in the list, see ``model.workshop``); on any other profile it restores the profile as it was when
presentation mode started (one undoable ``SetProfile``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QEasingCurve, QElapsedTimer, QPropertyAnimation, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import (
    QGraphicsOpacityEffect,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.charts.panel import ChartsPanel, view_names
from gui.host import ViewHost, subscribe
from gui.i18n import translate
from gui.style import PRESENTATION, Theme
from model import Profile
from model.commands import SetProfile
from model.workshop import base_of

if TYPE_CHECKING:
    from gui.settings import Settings

HINT_FADE_MS = 4000
MIN_SCALE, MAX_SCALE = 0.6, 1.6
PREVIEW_MS = 500


def presentable_views() -> list[str]:
    """The names of the views presentation mode can show, in key order."""
    return list(view_names())


@runtime_checkable
class Pinned(Protocol):
    """A view holding a pinned explanation that Esc lets go of before it leaves presentation
    mode (the ranking's pinned segment, the robustness view's pinned option); ``unpin()`` is
    False when nothing was pinned."""

    def unpin(self) -> bool: ...


def choose_screens(preferred: str | None = None) -> tuple[QScreen | None, QScreen | None]:
    """(screen for the room, screen for the presenter or None when there is one screen).

    ``preferred`` is the name of the screen chosen as projector before; otherwise the projector
    is a screen that is not the primary one (the laptop's)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return None, None
    screens = app.screens()
    primary = app.primaryScreen()
    if len(screens) < 2:
        return primary, None
    chosen = next((s for s in screens if preferred and s.name() == preferred), None)
    if chosen is None:
        chosen = next(s for s in screens if s is not primary)
    other = primary if chosen is not primary else next(s for s in screens if s is not chosen)
    return chosen, other


def _weights_panel(host: ViewHost, *, compact: bool) -> QWidget:
    from gui.weights.panel import WeightsPanel

    return WeightsPanel(host, compact=compact)


def key_hints() -> str:
    return translate(
        "Presentation",
        "←/→ view · 1–9 profile · R adopted profile · F freeze · W weights · S swap screens"
        " · Ctrl +/- size · Esc leave",
    )


class PresentationWindow(QWidget):
    """The projected window, showing the views of ``host`` (the main window)."""

    def __init__(self, host: ViewHost, *, chart: str | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.host = host
        self.session = host.session
        self.setWindowTitle(translate("Presentation", "Vormkeuze — presentation"))
        self.scale = 1.0
        self.frozen = False
        self.theme: Theme = PRESENTATION
        self._screen_factor = 1.0
        #: the profiles as they were when presentation started (what R restores)
        self.stored: dict[str, Profile] = {p.id: p for p in self.session.case.profiles}
        self.setStyleSheet(f"PresentationWindow {{ background:{PRESENTATION.background.name()}; }}")
        self.setAutoFillBackground(True)

        self.profile_label = QLabel(self)
        self.profile_label.setTextFormat(Qt.TextFormat.PlainText)
        self.profile_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.profile_label.setWordWrap(True)
        self.panel = ChartsPanel(host, theme=PRESENTATION, parent=self)
        if chart and chart in self.panel.charts:
            self.panel.show_chart(chart)
        self.panel.stack.currentChanged.connect(lambda _i: self._on_view_changed())
        # key hints in a line of their own at the bottom (fading): they never cover the chart
        self.hints = QLabel(key_hints(), self)
        self.hints.setTextFormat(Qt.TextFormat.PlainText)
        self.hints.setWordWrap(True)
        self._fade = QGraphicsOpacityEffect(self.hints)
        self.hints.setGraphicsEffect(self._fade)
        self._fade_anim = QPropertyAnimation(self._fade, b"opacity", self)
        self._fade_anim.setDuration(1500)
        self._fade_anim.setStartValue(1.0)
        self._fade_anim.setEndValue(0.0)
        self._fade_anim.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self._fade_timer = QTimer(self)
        self._fade_timer.setSingleShot(True)
        self._fade_timer.timeout.connect(self._fade_anim.start)

        self.settings = host.settings
        preferred = self.settings.projector_screen if self.settings is not None else None
        self.charts_screen, self.controls_screen = choose_screens(preferred)
        self.console: PresenterConsole | None = None
        self.weights: QWidget | None = None
        self.rail: QToolButton | None = None
        self.body = QHBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.panel, 1)
        if self.controls_screen is not None:
            self.console = PresenterConsole(self)
        else:
            self._build_rail()
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.setSpacing(2)
        layout.addWidget(self.profile_label)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.hints)
        self._layout = layout
        if self.charts_screen is not None:
            self.setGeometry(self.charts_screen.geometry())

        subscribe(self, self.session, changed=self._on_changed, profile=self._on_profile)
        self._apply_scale()
        self._update_profile_label()

    # --- the weights on one screen: a rail that opens the strip ----------------------------
    def _build_rail(self) -> None:
        self.rail = QToolButton(self)
        self.rail.setObjectName("weightsRail")
        self.rail.setCheckable(True)
        self.rail.setToolTip(translate("Presentation", "Show or hide the weights (W)"))
        self.rail.setAccessibleName(translate("Presentation", "Weights"))
        self.rail.toggled.connect(self.set_weights_open)
        policy = self.rail.sizePolicy()
        policy.setVerticalPolicy(policy.Policy.Expanding)
        self.rail.setSizePolicy(policy)
        self.body.addWidget(self.rail)

    def set_weights_open(self, open_: bool) -> None:
        """Open (or close) the weights strip beside the view (one screen only)."""
        if self.rail is None:
            return
        if open_ and self.weights is None:
            self.weights = _weights_panel(self.host, compact=True)
            self.weights.setParent(self)
            self.body.insertWidget(1, self.weights)
            self._style_weights()
        if self.weights is not None:
            self.weights.setVisible(open_)
        self.rail.blockSignals(True)
        self.rail.setChecked(open_)
        self.rail.blockSignals(False)
        self.rail.setText("▸\nW" if open_ else "◂\nW")

    @property
    def weights_open(self) -> bool:
        return self.weights is not None and not self.weights.isHidden()

    # --- showing -------------------------------------------------------------------------
    def start(self) -> None:
        """Show full screen on the room's screen (and the console on the laptop)."""
        if self.charts_screen is not None:
            self.setScreen(self.charts_screen)
            self.setGeometry(self.charts_screen.geometry())
        self.showFullScreen()
        if self.console is not None and self.controls_screen is not None:
            self.console.setGeometry(self.controls_screen.availableGeometry())
            self.console.show()
            self.console.activateWindow()
        self._show_hints()

    def swap_screens(self) -> bool:
        """The other screen becomes the projector (and is remembered); False with one screen."""
        if self.controls_screen is None or self.charts_screen is None:
            return False
        self.charts_screen, self.controls_screen = self.controls_screen, self.charts_screen
        if self.settings is not None:
            self.settings.projector_screen = self.charts_screen.name()
        if self.isVisible():
            self.showNormal()
            self.setScreen(self.charts_screen)
            self.setGeometry(self.charts_screen.geometry())
            self.showFullScreen()
        if self.console is not None:
            self.console.setScreen(self.controls_screen)
            self.console.setGeometry(self.controls_screen.availableGeometry())
        self._apply_scale()
        return True

    def current_view(self) -> QWidget:
        return self.panel.current

    def prepare_current(self) -> None:
        """Compute an analysis view now (screenshots, tests), instead of in the background."""
        from gui.robustness.base import AnalysisView  # what computes in the background

        current = self.panel.current
        if isinstance(current, AnalysisView):
            current.compute_now()

    def _show_hints(self) -> None:
        self._fade_anim.stop()
        self._fade.setOpacity(1.0)
        self._fade_timer.start(HINT_FADE_MS)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        factor = max(0.5, self.height() / 1080) if self.height() > 0 else 1.0
        if abs(factor - self._screen_factor) > 0.01:
            self._screen_factor = factor
            self._apply_scale()

    def _on_view_changed(self) -> None:
        if self.console is not None:
            self.console.update_state()

    # --- model ---------------------------------------------------------------------------
    def _on_profile(self, _profile_id: str) -> None:
        self._update_profile_label()

    def _on_changed(self, *_: object) -> None:
        self._update_profile_label()

    def _update_profile_label(self) -> None:
        try:
            name = self.session.case.profile(self.session.profile_id).name
        except KeyError:
            name = ""
        self.profile_label.setText(name)
        if self.console is not None:
            self.console.update_state()

    def choose_profile(self, number: int) -> bool:
        """Make profile ``number`` (1-based) active; False when there is no such profile."""
        profiles = self.session.case.profiles
        if not 1 <= number <= len(profiles):
            return False
        self.session.profile_id = profiles[number - 1].id
        return True

    def reset_weights(self) -> bool:
        """Back to the vastgestelde profile when a workshop copy is shown (the copy stays);
        otherwise restore the active profile as stored at the start (one undo step)."""
        pid = self.session.profile_id
        base = base_of(self.session.case, pid)
        if base is not None:
            self.session.profile_id = base
            return True
        stored = self.stored.get(pid)
        if stored is None or self.session.case.profile(pid) == stored:
            return False
        return bool(self.host.push(SetProfile(profile_id=pid, profile=stored)))

    def toggle_freeze(self) -> None:
        self.frozen = not self.frozen
        self.panel.set_frozen(self.frozen)

    # --- look ----------------------------------------------------------------------------
    def set_scale(self, scale: float) -> None:
        self.scale = min(MAX_SCALE, max(MIN_SCALE, scale))
        self._apply_scale()

    def _apply_scale(self) -> None:
        theme = PRESENTATION.scaled(self.scale * self._screen_factor)
        self.theme = theme
        self.profile_label.setFont(theme.font(theme.title_px, bold=True))
        self.profile_label.setStyleSheet(f"color:{theme.foreground.name()};")
        self.hints.setFont(theme.font(max(12, round(theme.small_px * 0.75))))
        self.hints.setStyleSheet(
            f"color:{theme.muted.name()}; background:{theme.background.name()};"
        )
        self.hints.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.panel.apply_theme(theme)
        if self.rail is not None:
            self.rail.setFont(theme.font(theme.small_px, bold=True))
            self.rail.setFixedWidth(round(theme.small_px * 1.8))
            self.set_weights_open(self.weights_open)
        self._style_weights()
        if self.console is not None:
            self.console.update_state()

    def _style_weights(self) -> None:
        if self.weights is None:
            return
        px = max(12, self.theme.small_px - 4)  # read from a distance, but a side strip
        self.weights.setFont(self.theme.font(px))
        # under a style sheet (this window has one) Qt resolves children's fonts from the
        # sheet, not from setFont: give the strip its size there too
        self.weights.setStyleSheet(f"WeightsPanel, WeightsPanel * {{ font-size: {px}px; }}")
        self.weights.setFixedWidth(min(self.width() // 3 or 480, px * 22))

    # --- keys ----------------------------------------------------------------------------
    def handle_key(self, event: QKeyEvent) -> bool:
        """Every presentation key, from the projected window or the console; True if used."""
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Escape:
            current = self.panel.current
            if not (isinstance(current, Pinned) and current.unpin()):
                self.close()
        elif key == Qt.Key.Key_Right:
            self.panel.step(1)
        elif key == Qt.Key.Key_Left:
            self.panel.step(-1)
        elif ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_scale(self.scale * 1.15)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.set_scale(self.scale / 1.15)
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and not ctrl:
            self.choose_profile(int(key) - int(Qt.Key.Key_0))
        elif key == Qt.Key.Key_R and not ctrl:
            self.reset_weights()
        elif key == Qt.Key.Key_F and not ctrl:
            self.toggle_freeze()
        elif key == Qt.Key.Key_W and not ctrl:
            self.set_weights_open(not self.weights_open)
        elif key == Qt.Key.Key_S and not ctrl:
            self.swap_screens()
        else:
            return False
        self._show_hints()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.handle_key(event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        console, self.console = self.console, None
        if console is not None:
            console.close()
        super().closeEvent(event)


class PresenterConsole(QWidget):
    """The laptop's window when there are two screens: what the room sees (a live preview), the
    next view, the profiles, the weights, the keys and a timer.  Every key works here too."""

    def __init__(self, pres: PresentationWindow) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.pres = pres
        self.setWindowTitle(translate("Presentation", "Vormkeuze — presenter console"))
        grid = QGridLayout(self)
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(320, 180)
        self.preview.setAccessibleName(translate("Presentation", "What the room sees"))
        self.now_label = QLabel(self)
        self.next_label = QLabel(self)
        self.timer_label = QLabel(self)
        for lab in (self.now_label, self.next_label, self.timer_label):
            lab.setTextFormat(Qt.TextFormat.PlainText)
            lab.setWordWrap(True)
        self.profiles = QListWidget(self)
        self.profiles.setAccessibleName(translate("Presentation", "Profiles"))
        self.profiles.itemActivated.connect(self._on_q_profile)
        self.profiles.itemClicked.connect(self._on_q_profile)
        self.hints = QLabel(key_hints(), self)
        self.hints.setWordWrap(True)
        self.hints.setTextFormat(Qt.TextFormat.PlainText)
        self.weights = _weights_panel(pres.host, compact=False)
        left = QVBoxLayout()
        left.addWidget(self.now_label)
        left.addWidget(self.preview, 1)
        left.addWidget(self.next_label)
        left.addWidget(self.timer_label)
        left.addWidget(self.hints)
        grid.addLayout(left, 0, 0, 2, 1)
        grid.addWidget(self.profiles, 0, 1)
        grid.addWidget(self.weights, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 3)
        self.clock = QElapsedTimer()
        self.clock.start()
        self._tick = QTimer(self)
        self._tick.setInterval(PREVIEW_MS)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        self._profiles_shown: object = None
        self.update_state()

    def elapsed_text(self) -> str:
        seconds = self.clock.elapsed() // 1000
        return translate("Presentation", "Time: {m}:{s:02d}").format(
            m=seconds // 60, s=seconds % 60
        )

    def refresh(self) -> None:
        """The live preview and the timer (twice a second)."""
        self.timer_label.setText(self.elapsed_text())
        if self.pres.isVisible() and self.preview.width() > 0:
            picture = self.pres.grab()
            self.preview.setPixmap(
                picture.scaled(
                    self.preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def update_state(self) -> None:
        pres = self.pres
        titles = _view_titles()
        now, nxt = pres.panel.current_name, pres.panel.next_name()
        self.now_label.setText(
            translate("Presentation", "The room sees: {view}").format(view=titles.get(now, now))
        )
        self.next_label.setText(
            translate("Presentation", "Next (→): {view}").format(view=titles.get(nxt, nxt))
        )
        case = pres.session.case
        key = ([(p.id, p.name) for p in case.profiles], pres.session.profile_id)
        if key != self._profiles_shown:
            self._profiles_shown = key
            self.profiles.blockSignals(True)
            self.profiles.clear()
            for k, p in enumerate(case.profiles, start=1):
                item = QListWidgetItem(f"{k}  {p.name}" if k <= 9 else p.name)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.profiles.addItem(item)
                if p.id == pres.session.profile_id:
                    item.setSelected(True)
                    self.profiles.setCurrentItem(item)
            self.profiles.blockSignals(False)

    def _on_q_profile(self, item: QListWidgetItem) -> None:
        pid = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(pid, str) and pid != self.pres.session.profile_id:
            self.pres.session.profile_id = pid

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.pres.handle_key(event):
            event.accept()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._tick.stop()
        if self.pres.console is self:  # closing the console ends the presentation
            self.pres.close()
        super().closeEvent(event)


def _view_titles() -> dict[str, str]:
    from gui.catalogue import projected

    return {v.name: v.title() for v in projected()}


def swap_remembered_screen(settings: Settings | None) -> bool:
    """Without a presentation on: remember the other screen as the projector for next time."""
    app = QGuiApplication.instance()
    if settings is None or not isinstance(app, QGuiApplication) or len(app.screens()) < 2:
        return False
    now, _other = choose_screens(settings.projector_screen)
    chosen = next(s for s in app.screens() if s is not now)
    settings.projector_screen = chosen.name()
    return True


def open_presentation(host: ViewHost, chart: str | None = None) -> PresentationWindow:
    """A new presentation window for ``host``, shown full screen (closing deletes it)."""
    pres = PresentationWindow(host, chart=chart)
    pres.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    pres.start()
    return pres
