"""One base for the analysis panes: the six charts and the three robustness views.

A pane has a title, a line on how to read it, a row of controls, and a stack that shows either
its content or an empty state in words (never a traceback, never a blank panel). It follows the
session through its host and does its work only while it is visible: :meth:`schedule` starts
the pane's compute strategy when it is shown and otherwise marks it stale, and showing a stale
pane catches it up. The strategies:

* :class:`gui.charts.base.ChartView`: synchronous, one redraw per event-loop pass;
* :class:`gui.robustness.base.AnalysisView`: a worker thread on an immutable snapshot, debounced.

The content is built on first use (:class:`gui.lazy.LazyBuild`), so hidden panes cost nothing
at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QStackedWidget, QVBoxLayout, QWidget

from gui.desk.help import help_link
from gui.desk.provisional import ProvisionalBanner
from gui.flow import FlowLayout
from gui.host import ViewHost, subscribe
from gui.lazy import LazyBuild
from model.case import Case
from model.partial import provisional


def _plain_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # titles name user text: never rich text
    label.setWordWrap(True)
    return label


class AnalysisPane(LazyBuild, QWidget):
    """Title, how to read, controls, content or empty state; work only while visible."""

    def __init__(self, host: ViewHost, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.session = host.session
        self.lang = host.language
        self.empty_message: str | None = None
        self._stale = True
        self.title_label = _plain_label(self)
        self.how_label = _plain_label(self)
        self.empty_label = _plain_label(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.controls = FlowLayout()  # wraps instead of cutting its controls (gui.flow)
        self.stack = QStackedWidget(self)
        self.banner = ProvisionalBanner(self)
        subscribe(
            self,
            self.session,
            changed=self._on_session_changed,
            profile=self._on_profile_changed,
            unit=self._on_profile_changed,
        )
        self._built = False  # ``build`` runs on first use (the first show, draw, or look)

    def _lay_out(
        self,
        content: QWidget,
        *,
        spacing: int,
        above: Sequence[QWidget] = (),
        below: Sequence[QWidget] = (),
    ) -> None:
        """title, how to read, controls, ``above``, the content/empty stack, ``below``."""
        self.content = content
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        # no minimum size pushed to a top-level window (offscreen warns "propagateSizeHints")
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(spacing)
        layout.addWidget(self.title_label)
        how = QHBoxLayout()
        how.setContentsMargins(0, 0, 0, 0)
        how.addWidget(self.how_label, 1)
        topic = getattr(self, "help_topic", None) or getattr(self, "name", None) or "index"
        self.help_link = help_link(self, str(topic))  # "hoe lees je dit?" in the in-app help
        how.addWidget(self.help_link, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(how)
        layout.addWidget(self.banner)  # "voorlopig: N scores ontbreken" (gui.desk.provisional)
        layout.addLayout(self.controls)
        for w in above:
            layout.addWidget(w)
        layout.addWidget(self.stack, 1)
        for w in below:
            layout.addWidget(w)

    def analysed_case(self) -> Case:
        """The case to analyse: the chosen unit's, and while scores are missing its complete
        part (model.partial), with the banner saying what is left out."""
        case = self.session.analysis_case
        partial = provisional(case)
        self.banner.set_state(case, partial)
        return partial.case if partial.case is not None else case

    # --- subclass hooks ----------------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def how_to_read(self) -> str:
        raise NotImplementedError

    def build(self) -> None:
        """Create the widgets and items once."""

    def start(self) -> None:
        """The compute strategy: bring a visible pane up to date (soon or now)."""
        raise NotImplementedError

    def catch_up(self) -> None:
        """A stale pane was shown: bring it up to date now."""
        raise NotImplementedError

    # --- following the session, only while visible --------------------------------------------
    def _on_session_changed(self, *_: object) -> None:
        self.schedule()

    def _on_profile_changed(self, profile_id: str) -> None:
        self.schedule()

    def schedule(self) -> None:
        """The case or the profile changed: start the strategy if visible, else mark stale."""
        if self.isVisible():
            self.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.catch_up()

    # --- the two faces -----------------------------------------------------------------------
    def show_empty(self, text: str) -> None:
        """Say in words why there is nothing to show."""
        self.empty_message = text
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    def show_content(self) -> None:
        self.empty_message = None
        self.stack.setCurrentWidget(self.content)
