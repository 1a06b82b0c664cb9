"""Presentation mode: one chart fills the (projector) screen, in large type and high contrast.

Keys: ←/→ previous/next chart, 1–9 choose a profile, R reset the weights, F freeze/reveal,
Ctrl +/- larger/smaller, Esc leave.

*R* shows the vastgestelde profile again when the room is on its workshop copy (the copy stays
in the list, see ``model.workshop``); on any other profile it restores the profile as it was when
presentation mode started (one undoable ``SetProfile``).

With two screens the charts go full screen on the non-primary screen (the projector) and the
weight controls stay in a window on the primary screen (the laptop); with one screen the
weights are a slim strip at the side.
"""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from gui.charts.panel import ChartsPanel
from gui.host import ViewHost, subscribe
from gui.i18n import translate
from gui.style import PRESENTATION
from gui.weights.panel import WeightsPanel
from model import Profile
from model.commands import SetProfile
from model.workshop import base_of

HINT_FADE_MS = 4000


def choose_screens() -> tuple[QScreen | None, QScreen | None]:
    """(screen for the charts, screen for the controls or None when there is one screen)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return None, None
    primary = app.primaryScreen()
    others = [s for s in app.screens() if s is not primary]
    if others:
        return others[0], primary
    return primary, None


class PresentationWindow(QWidget):
    """The projected window, showing the charts of ``host`` (the main window)."""

    def __init__(self, host: ViewHost, *, chart: str | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.host = host
        self.session = host.session
        self.setWindowTitle(translate("Presentation", "Vormkeuze — presentation"))
        self.scale = 1.0
        self.frozen = False
        #: the profiles as they were when presentation started (what R restores)
        self.stored: dict[str, Profile] = {p.id: p for p in self.session.case.profiles}
        self.setStyleSheet(f"PresentationWindow {{ background:{PRESENTATION.background.name()}; }}")
        self.setAutoFillBackground(True)

        self.profile_label = QLabel(self)
        self.profile_label.setTextFormat(Qt.TextFormat.PlainText)
        self.profile_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.panel = ChartsPanel(host, theme=PRESENTATION, parent=self)
        if chart:
            self.panel.show_chart(chart)
        self.hints = QLabel(self)
        self.hints.setTextFormat(Qt.TextFormat.PlainText)
        self.hints.setText(
            translate(
                "Presentation",
                "←/→ chart · 1–9 profile · R reset weights · F freeze · Ctrl +/- size · Esc leave",
            )
        )
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

        charts_screen, controls_screen = choose_screens()
        self.controls_window: QWidget | None = None
        self.weights: QWidget | None = WeightsPanel(host, compact=True)
        body = QHBoxLayout()
        body.addWidget(self.panel, 1)
        if self.weights is not None:
            if controls_screen is not None:
                self.controls_window = QWidget(None, Qt.WindowType.Window)
                self.controls_window.setWindowTitle(
                    translate("Presentation", "Vormkeuze — weights (presentation)")
                )
                QVBoxLayout(self.controls_window).addWidget(self.weights)
                self.controls_window.setGeometry(controls_screen.availableGeometry())
            else:
                self.weights.setParent(self)
                self.weights.setMaximumWidth(520)
                body.addWidget(self.weights)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.profile_label)
        layout.addLayout(body, 1)
        layout.addWidget(self.hints, 0, Qt.AlignmentFlag.AlignRight)
        if charts_screen is not None:
            self.setGeometry(charts_screen.geometry())
        self.charts_screen = charts_screen

        subscribe(self, self.session, changed=self._on_changed, profile=self._on_profile)
        self._apply_scale()
        self._update_profile_label()

    # --- showing -------------------------------------------------------------------------
    def start(self) -> None:
        """Show full screen on the charts screen (and the controls on the laptop)."""
        if self.charts_screen is not None:
            self.setScreen(self.charts_screen)
            self.setGeometry(self.charts_screen.geometry())
        self.showFullScreen()
        if self.controls_window is not None:
            self.controls_window.show()
        self._show_hints()

    def _show_hints(self) -> None:
        self._fade_anim.stop()
        self._fade.setOpacity(1.0)
        self._fade_timer.start(HINT_FADE_MS)

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
        self.scale = min(2.5, max(0.5, scale))
        self._apply_scale()

    def _apply_scale(self) -> None:
        theme = PRESENTATION.scaled(self.scale)
        self.theme = theme
        self.profile_label.setFont(theme.font(round(theme.title_px * 1.2), bold=True))
        self.profile_label.setStyleSheet(f"color:{theme.foreground.name()};")
        self.hints.setFont(theme.font(max(18, theme.small_px - 4)))
        self.hints.setStyleSheet(f"color:{theme.muted.name()};")
        self.panel.apply_theme(theme)
        if self.weights is not None:  # the strip is read from a distance too
            px = max(16, theme.small_px - 6)
            self.weights.setFont(theme.font(px))
            # under a style sheet (this window has one) Qt resolves children's fonts from the
            # sheet, not from setFont: give the strip its size there too
            self.weights.setStyleSheet(f"WeightsPanel, WeightsPanel * {{ font-size: {px}px; }}")
            if self.controls_window is None:  # a strip beside the charts: room for names
                self.weights.setMinimumWidth(min(520, px * 22))

    # --- keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Escape:
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
        elif key == Qt.Key.Key_R:
            self.reset_weights()
        elif key == Qt.Key.Key_F:
            self.toggle_freeze()
        else:
            super().keyPressEvent(event)
            return
        self._show_hints()
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.profile_changed.disconnect(self._on_profile, missing_ok=True)
        self.session.changed.disconnect(self._on_changed, missing_ok=True)
        if self.controls_window is not None:
            self.controls_window.close()
        super().closeEvent(event)


def open_presentation(host: ViewHost, chart: str | None = None) -> PresentationWindow:
    """A new presentation window for ``host``, shown full screen (closing deletes it)."""
    pres = PresentationWindow(host, chart=chart)
    pres.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    pres.start()
    return pres
