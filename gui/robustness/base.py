"""What the three robustness views share: title, how to read, empty state, and the worker.

A view computes its analysis off the GUI thread: a change in the session (re)starts a debounce
timer (``DEBOUNCE_MS``); when it fires, the inputs are captured on the GUI thread (the case is an
immutable value, so the snapshot is just a reference) and handed to a ``QRunnable`` on one
shared thread pool.  Every request gets a new generation number; a result that comes back for
an older generation is dropped, so a slow run never overwrites a newer one.  A hidden view only
marks itself stale and computes when it is shown.  ``compute_now()`` runs synchronously (tests,
screenshots).  Fonts follow the widget font, so a larger font (presentation) scales everything.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from typing import ClassVar, Generic, TypeVar, cast

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
os.environ.setdefault("QT_API", "pyside6")

import PySide6.QtWidgets  # noqa: F401  (PySide6 before pyqtgraph: platform-notes 3)
from PySide6.QtCore import QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QWidget,
)

from gui.desk.provisional import provisional_text
from gui.host import ViewHost
from gui.i18n import translate
from gui.pane import AnalysisPane
from gui.style import NORMAL, Theme
from model import AnalysisError, Case, VormkeuzeError
from model.partial import provisional
from words.messages import render

#: quiet time after the last edit before a view recomputes (ms)
DEBOUNCE_MS = 300

#: what a view's ``compute`` takes (captured on the GUI thread) and what it returns
InputsT = TypeVar("InputsT")
ResultT = TypeVar("ResultT")
#: the worker's answer: the result, or the exception that stopped the computation
Outcome = tuple[InputsT, ResultT | Exception]

_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """The thread pool of the robustness views (one thread: the machine is shared)."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(2000)
    return _pool


def wait_for_workers(msecs: int = 30000) -> bool:
    """Block until every queued and running computation has finished."""
    return _pool is None or _pool.waitForDone(msecs)


def option_name(case: Case, option_id: str) -> str:
    for o in case.options:
        if o.id == option_id:
            return o.name
    return option_id


def node_name(case: Case, node: str) -> str:
    n = case.node_by_id.get(node)
    return n.name if n is not None else node


def profile_name(case: Case, profile_id: str) -> str:
    for p in case.profiles:
        if p.id == profile_id:
            return p.name
    return profile_id


def empty_text(case: Case, error: BaseException, lang: str) -> str:
    """What to say when the case cannot be analysed (never a traceback)."""
    if isinstance(error, AnalysisError) and any(i.code == "missing_scores" for i in error.issues):
        p = provisional(case)
        if p.missing:
            return provisional_text(case, p)
    if isinstance(error, VormkeuzeError):
        return "\n".join(render(i, lang, case) for i in error.issues)
    return translate("Robustness", "This could not be computed: {reason}").format(
        reason=str(error) or type(error).__name__
    )


class Cancelled(Exception):
    """The user pressed Cancel, or a newer request replaced this run."""


def _guarded(
    compute: Callable[..., ResultT], progress: Callable[[int, int], None] | None = None
) -> Callable[[InputsT], Outcome[InputsT, ResultT]]:
    """``compute`` for the worker: returns (inputs, result), an error as the result.

    With ``progress`` (a ``(done, total)`` callable) the compute gets it as a second argument
    (hence ``Callable[...]``: the views' computes take one or two arguments).
    """

    def run(inputs: InputsT) -> Outcome[InputsT, ResultT]:
        try:
            if progress is None:
                return inputs, compute(inputs)
            return inputs, compute(inputs, progress)
        except Exception as e:  # shown as the empty state, never as a traceback
            return inputs, e

    return run


def fit_height(table: QTableWidget, cap: int) -> None:
    """Make ``table`` as tall as its rows (so no empty band), at most ``cap`` pixels."""
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    header = (
        table.horizontalHeader().sizeHint().height() if table.horizontalHeader().isVisible() else 0
    )
    scroll = table.horizontalScrollBar().sizeHint().height()
    total = rows + header + 2 * table.frameWidth() + scroll + 2
    table.setFixedHeight(max(60, min(total, cap)))


class _Relay(QObject):
    """Lives in the GUI thread; a worker emits ``done`` and Qt queues it to the GUI thread."""

    done = Signal(int, object)
    progress = Signal(int, int)  # generation, percent


class _Job(QRunnable):
    def __init__(
        self, relay: _Relay, generation: int, latest: Callable[[], int], work: Callable[[], object]
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.relay, self.generation, self.latest = relay, generation, latest
        self.work = work

    def run(self) -> None:
        if self.latest() != self.generation:  # a newer request is queued: skip this one
            return
        result = self.work()
        with contextlib.suppress(RuntimeError):  # the view is gone
            self.relay.done.emit(self.generation, result)


class _Generation:
    """The latest request number, read by workers (a plain int attribute: GIL-atomic)."""

    def __init__(self) -> None:
        self.value = 0

    def get(self) -> int:
        return self.value


class AnalysisView(AnalysisPane, Generic[InputsT, ResultT]):
    """Base of the robustness views: an analysis pane computed in a worker, debounced.

    Subclasses name their inputs and result types (``AnalysisView[GroupInputs, GroupResult]``)
    and implement ``inputs``, ``compute`` and ``present``."""

    #: emitted after a result (or an empty state) has been shown
    presented = Signal()
    #: the section of the in-app help that explains this view (gui.desk.help.TOPICS)
    help_topic: ClassVar[str] = "index"
    #: True when ``compute(inputs, progress)`` reports progress and may be cancelled
    cancellable: ClassVar[bool] = False

    def __init__(self, host: ViewHost, *, parent: QWidget | None = None) -> None:
        super().__init__(host, parent=parent)
        self.theme: Theme = NORMAL
        self.result: ResultT | None = None
        self.discarded = 0  # results dropped because a newer request was made
        self._last_inputs: InputsT | None = None
        self._gen = _Generation()
        self._running = False
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.progress.connect(self._on_progress)
        self._cancelled = 0  # the generation the user cancelled
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._request)
        # a new size lays the last result out again, once, when the resizing is over
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.refit)

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # busy indicator
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(18)
        self.busy.setVisible(False)
        self.cancel_button = QPushButton(translate("Robustness", "Cancel"), self)
        self.cancel_button.setToolTip(translate("Robustness", "Stop this computation"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setVisible(False)
        busy_row = QWidget(self)
        row = QHBoxLayout(busy_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.busy, 1)
        row.addWidget(self.cancel_button)
        self._lay_out(QWidget(self), spacing=6, above=[busy_row])
        gen = self._gen

        def cleanup(*_: object) -> None:
            gen.value += 1  # queued jobs skip themselves

        self.destroyed.connect(cleanup)
        self.restyle()

    def _materialize(self) -> None:
        self.build()
        self.style_content()
        self._style_controls()

    # --- subclass hooks (and ``build``: the widgets inside ``self.content``) -------------------
    def inputs(self) -> InputsT:
        """Everything ``compute`` needs, captured on the GUI thread (immutable values only)."""
        raise NotImplementedError

    @staticmethod
    def compute(inputs: InputsT) -> ResultT:
        """The analysis (runs in a worker thread: no widgets, no session)."""
        raise NotImplementedError

    def present(self, inputs: InputsT, result: ResultT) -> None:
        """Show ``result`` (GUI thread); set widgets with their signals blocked."""
        raise NotImplementedError

    def style_content(self) -> None:
        """Apply the current fonts and theme to the subclass's widgets and items."""

    # --- the compute strategy: a worker, ``DEBOUNCE_MS`` after the last change ----------------
    def start(self) -> None:
        """Recompute ``DEBOUNCE_MS`` after the last call (the edits of a drag become one run)."""
        self._timer.start()

    def catch_up(self) -> None:
        self.compute_async()

    def _request(self) -> None:
        if self.isVisible():
            self.compute_async()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    @property
    def generation(self) -> int:
        return self._gen.value

    @property
    def busy_now(self) -> bool:
        return self._running

    def compute_async(self) -> int:
        """Start a computation in the worker pool; returns its generation number."""
        self._stale = False
        self._gen.value += 1
        generation = self._gen.value
        inputs = self.inputs()
        progress = self._progress_for(generation) if self.cancellable else None
        fn: Callable[[InputsT], Outcome[InputsT, ResultT]] = _guarded(type(self).compute, progress)
        job = _Job(self._relay, generation, self._gen.get, lambda: fn(inputs))
        self._running = True
        self._busy(True)
        pool().start(job)
        return generation

    def _progress_for(self, generation: int) -> Callable[[int, int], None]:
        """The worker's ``progress``: reports a percentage, stops when cancelled or replaced."""
        relay, gen, view = self._relay, self._gen, self

        def progress(done: int, total: int) -> None:
            if gen.value != generation or view._cancelled == generation:
                raise Cancelled
            with contextlib.suppress(RuntimeError):  # the view is gone
                relay.progress.emit(generation, int(100 * done / max(total, 1)))

        return progress

    def _busy(self, on: bool) -> None:
        self.busy.setVisible(on)
        self.cancel_button.setVisible(on and self.cancellable)
        self.cancel_button.setEnabled(True)
        if on:
            self.busy.setRange(0, 100 if self.cancellable else 0)
            self.busy.setValue(0)
            self.busy.setTextVisible(self.cancellable)

    def _on_progress(self, generation: int, percent: int) -> None:
        if generation == self._gen.value and self._running:
            self.busy.setValue(percent)

    def cancel(self) -> None:
        """Stop the running computation (the worker stops at its next progress report)."""
        if self._running:
            self._cancelled = self._gen.value
            self.cancel_button.setEnabled(False)

    def compute_now(self) -> None:
        """Compute synchronously (tests, screenshots) and show the result."""
        self._timer.stop()
        self._stale = False
        self._gen.value += 1
        inputs = self.inputs()
        result: ResultT | Exception
        try:
            result = self.compute(inputs)
        except Exception as e:
            result = e
        self._running = False
        self._busy(False)
        self._show(inputs, result)

    def _on_done(self, generation: int, payload: object) -> None:
        if generation != self._gen.value:
            self.discarded += 1
            return
        self._running = False
        self._busy(False)
        # the signal carries a Python object: what this view's _Job sent (see compute_async)
        inputs, result = cast(Outcome[InputsT, ResultT], payload)
        self._show(inputs, result)

    def _show(self, inputs: InputsT, result: ResultT | Exception) -> None:
        self.ensure_built()
        if isinstance(result, Cancelled):
            self._stale = True  # computed again when asked (shown again, or a new edit)
            self.result = None
            self.show_empty(
                translate(
                    "Robustness",
                    "The computation was cancelled. Change a setting to start it again.",
                )
            )
        elif isinstance(result, BaseException):
            self.result = None
            self.show_empty(empty_text(self.session.analysis_case, result, self.lang))
        else:
            self.result = result
            self._last_inputs = inputs
            self.empty_message = None
            self.present(inputs, result)
            self.show_content()
        self.presented.emit()

    def redisplay(self) -> None:
        """Show the last result again (after a change of font or view state)."""
        if self.result is not None and self._last_inputs is not None:
            self.present(self._last_inputs, self.result)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.result is not None:
            self._refit.start()

    def refit(self) -> None:
        """Fit the last result to a new size (column widths, wrapped heads, the table's height);
        by default it is presented again.  A view with a cheaper way overrides this."""
        self.redisplay()

    # --- look --------------------------------------------------------------------------------
    def body_font(self) -> QFont:
        return QFont(self.font())

    def _px(self) -> int:
        f = self.font()
        if f.pixelSize() > 0:
            return f.pixelSize()
        return max(8, round(f.pointSizeF() * 96 / 72))

    def scaled_font(self, factor: float, *, bold: bool = False) -> QFont:
        f = QFont(self.font())
        f.setPixelSize(max(8, round(self._px() * factor)))
        f.setBold(bold)
        return f

    def title_font(self) -> QFont:
        return self.scaled_font(1.35, bold=True)

    def small_font(self) -> QFont:
        return self.scaled_font(0.9)

    def text_width(self, texts: list[str], font: QFont | None = None) -> int:
        fm = QFontMetrics(font or self.font())
        return max((fm.horizontalAdvance(s) for s in texts), default=0)

    def foreground(self) -> QColor:
        return self.theme.foreground

    def apply_theme(self, theme: Theme) -> None:
        """Presentation mode: the theme's body size becomes the widget font; colours follow."""
        self.theme = theme
        self.setFont(theme.font(theme.body_px))  # FontChange restyles

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.restyle()

    def restyle(self) -> None:
        self.title_label.setText(self.title())
        self.title_label.setFont(self.title_font())
        self.how_label.setText(self.how_to_read())
        self.how_label.setFont(self.small_font())
        self.how_label.setStyleSheet(f"color:{self.theme.muted.name()};")
        if self.__dict__.get("_built"):
            self.style_content()
            self._style_controls()
            self.redisplay()

    def _style_controls(self) -> None:
        """In presentation mode the controls in the view's font (a style sheet above does not
        pass it on), and combo boxes as wide as their text at that size."""
        if self.theme.name != "presentation":
            return
        for k in range(self.controls.count()):
            item = self.controls.itemAt(k)
            widget = item.widget() if item is not None else None
            if widget is None:
                continue
            widget.setFont(self.small_font())
            if isinstance(widget, QComboBox):
                fm = QFontMetrics(widget.font())
                texts = [widget.itemText(i) for i in range(widget.count())]
                icon = widget.iconSize().width() + 8 if widget.itemIcon(0).cacheKey() else 0
                widest = max((fm.horizontalAdvance(t) for t in texts), default=0)
                widget.setMinimumWidth(widest + icon + 3 * fm.horizontalAdvance("M"))
            widget.updateGeometry()
        for button in self.content.findChildren(QPushButton):
            button.setFont(self.small_font())
