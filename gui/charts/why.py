"""The "why" that stays: the explanation of a chart segment, on hover and pinned beside it.

Hover: :class:`gui.tips.StayingTip` shows the explanation when the pointer rests and keeps it up
while it rests (a plain tooltip vanishes under a real X server, see there).  Click or tap: the
chart pins the explanation in a :class:`WhyPanel` (criterion, score, range, estimate or fact,
onderbouwing, bron) until another segment is chosen or Esc.  :func:`explain_leaves` gathers what
the panel and the tooltip show (no widgets).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.charts.common import score_label
from gui.i18n import translate
from gui.style import NORMAL, Theme
from model import Case
from words.numbers import plain


@dataclass(frozen=True)
class WhyLine:
    """One criterion of the explained segment."""

    criterion: str
    score: str
    range: str | None
    fact: bool  # a sourced fact (bron given) rather than an estimate (inschatting)
    rationale: str
    source: str


@dataclass(frozen=True)
class Why:
    title: str
    summary: str
    lines: tuple[WhyLine, ...]


def _value_text(case: Case, leaf: str, value: float | int | str | None, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    node = case.node_by_id[leaf]
    unit = node.scale.unit if node.scale is not None else None
    text = plain(value, lang)
    return f"{text} {unit}" if unit else text


def explain_leaves(case: Case, option: str, leaves: list[str], lang: str) -> tuple[WhyLine, ...]:
    out = []
    for leaf in leaves:
        score = case.score_by_pair.get((option, leaf))
        low = _value_text(case, leaf, score.low, lang) if score is not None else ""
        high = _value_text(case, leaf, score.high, lang) if score is not None else ""
        value = score_label(case, option, leaf, lang)
        if low and high:
            spread: str | None = f"{low} – {high}"
        elif low or high:  # one end given: the score is the other
            spread = f"{low} – {value}" if low else f"{value} – {high}"
        else:
            spread = None
        out.append(
            WhyLine(
                criterion=case.node_by_id[leaf].name,
                score=value,
                range=spread,
                fact=bool(score is not None and score.source),
                rationale=(score.rationale or "") if score is not None else "",
                source=(score.source or "") if score is not None else "",
            )
        )
    return tuple(out)


def line_texts(line: WhyLine) -> list[tuple[str, str]]:
    """(label, text) pairs of one criterion, in the user's words (plain text)."""
    kind = translate("Why", "fact") if line.fact else translate("Why", "estimate")
    out = [(translate("Why", "Score"), f"{line.score} ({kind})")]
    if line.range:
        out.append((translate("Why", "Range"), line.range))
    out.append((translate("Why", "Rationale"), line.rationale or translate("Why", "(none given)")))
    if line.source:
        out.append((translate("Why", "Source"), line.source))
    return out


def tooltip_html(why: Why) -> str:
    """The hover text: rich text of our own markup, every user-written part escaped."""
    parts = [f"<b>{html.escape(why.title)}</b>: {html.escape(why.summary)}"]
    for line in why.lines:
        rows = "".join(
            f"<br>&nbsp;&nbsp;{html.escape(label)}: {html.escape(text)}"
            for label, text in line_texts(line)
        )
        parts.append(f"<br><b>{html.escape(line.criterion)}</b>{rows}")
    parts.append(
        "<br><i>" + html.escape(translate("Why", "Click to pin this in the panel.")) + "</i>"
    )
    return "<p style='white-space:pre-wrap; max-width:560px'>" + "".join(parts) + "</p>"


class WhyPanel(QFrame):
    """The pinned explanation beside the chart: plain text, a close button (Esc does the same)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WhyPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.why: Why | None = None
        self._theme = NORMAL
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(translate("Why", "Close (Esc)"))
        self.close_button.clicked.connect(lambda: self.set_why(None))
        head.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.body_scroll = QScrollArea(self)
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.body_scroll, 1)
        self.labels: list[QLabel] = []
        self.hide()

    def set_why(self, why: Why | None) -> None:
        self.why = why
        if why is None:
            self.hide()
            return
        self.title.setText(why.title)
        self.summary.setText(why.summary)
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(0, 0, 0, 0)
        self.labels = []
        t = self._theme
        for line in why.lines:
            name = QLabel(line.criterion, body)
            name.setFont(t.font(t.small_px, bold=True))
            self.labels.append(name)
            box.addWidget(name)
            for label, text in line_texts(line):
                item = QLabel(f"{label}: {text}", body)
                item.setFont(t.font(t.small_px))
                self.labels.append(item)
                box.addWidget(item)
        for lab in self.labels:
            lab.setTextFormat(Qt.TextFormat.PlainText)
            lab.setWordWrap(True)
            lab.setStyleSheet(f"color:{t.foreground.name()};")
        box.addStretch(1)
        body.setObjectName("WhyBody")
        body.setStyleSheet(f"#WhyBody {{ background:{t.background.name()}; }}")
        self.body_scroll.setWidget(body)
        self.show()

    def texts(self) -> list[str]:
        """Everything the panel shows, in order (tests and screen readers)."""
        if self.why is None:
            return []
        return [self.title.text(), self.summary.text(), *(lab.text() for lab in self.labels)]

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.title.setFont(theme.font(theme.body_px, bold=True))
        self.summary.setFont(theme.font(theme.small_px))
        self.close_button.setFont(theme.font(theme.body_px, bold=True))
        for lab in (self.title, self.summary):
            lab.setStyleSheet(f"color:{theme.foreground.name()};")
        self.setStyleSheet(
            f"#WhyPanel {{ background:{theme.background.name()};"
            f" border:1px solid {theme.grid.name()}; }}"
        )
        # a readable measure: about 28 characters of body text, never more than a third
        self.setMinimumWidth(theme.small_px * 14)
        self.setMaximumWidth(theme.small_px * 22)
        if self.why is not None:
            self.set_why(self.why)
