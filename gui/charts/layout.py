"""Layout that reads in the room: where text goes, and checks of what a laid-out view shows.

- :func:`avoid_overlaps` is the one label-collision mechanism of the charts: free labels
  (``pg.TextItem``) are placed in priority order; a label that would cover an already placed
  text or a keep-out rect (axis labels, markers) tries the next candidate position and, when
  none is free, is hidden (its text stays in the hover explanation and the tables).
- :func:`text_rects`, :func:`overlapping`, :func:`clipped`, :func:`plot_share` measure a laid-out
  widget: every text of a chart in scene coordinates (free labels, tick labels, axis titles),
  the pairs that overlap, the labels and combo boxes whose text does not fit, and the share of
  the window the plot area gets.  ``check_view`` / ``check_presentation`` put them together for
  the tests and for ``tests/tools/render_all.py``.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, TypedDict

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsTextItem,
    QLabel,
    QWidget,
)

from gui.pane import AnalysisPane
from words.hyphenation import SHY, hyphenate

if TYPE_CHECKING:
    from gui.charts.presentation import PresentationWindow

#: overlaps smaller than this (px², scene) are touching, not covering
TOUCH = 4.0


# --- placing labels ---------------------------------------------------------------------------
def _ink(text_item: QGraphicsTextItem) -> QRectF:
    """A QGraphicsTextItem's text without its document margin (the part that is ink)."""
    m = text_item.document().documentMargin()
    return QRectF(text_item.boundingRect().adjusted(m, m, -m, -m))


def _scene_rect(item: pg.TextItem) -> QRectF:
    return QRectF(item.textItem.mapRectToScene(_ink(item.textItem)))


def _free(rect: QRectF, taken: Sequence[QRectF]) -> bool:
    for other in taken:
        cut = rect.intersected(other)
        if cut.width() * cut.height() > TOUCH:
            return False
    return True


def avoid_overlaps(
    placements: Iterable[tuple[pg.TextItem, Sequence[tuple[float, float]]]],
    keep_out: Sequence[QRectF] = (),
) -> list[pg.TextItem]:
    """Place labels without overlaps; returns the labels that had to be hidden.

    ``placements``: in priority order, each label with its candidate positions (data
    coordinates; the first is where it wants to be).  A label goes to the first candidate
    whose scene rect covers nothing placed before it nor any ``keep_out`` rect.
    """
    taken: list[QRectF] = list(keep_out)
    hidden: list[pg.TextItem] = []
    for item, candidates in placements:
        if not item.toPlainText():
            continue
        item.setVisible(True)
        for x, y in candidates:
            item.setPos(x, y)
            rect = _scene_rect(item)
            if _free(rect, taken):
                taken.append(rect)
                break
        else:
            item.setPos(*candidates[0])
            item.setVisible(False)
            hidden.append(item)
    return hidden


class LabelPlacer:
    """Free labels of one plot placed without overlaps, in data units (so it works before the
    plot is painted): the chart says which ranges it will show; pixel sizes of the labels are
    converted with the plot's current size.  Keep-out boxes (markers, fixed labels) first, then
    :meth:`place` labels in priority order, each with its candidate positions; a label with no
    free candidate is hidden (its text is in the hover explanation and the tables)."""

    def __init__(
        self,
        plot: pg.PlotItem,
        x_range: tuple[float, float],
        y_range: tuple[float, float],
        *,
        inside: bool = True,
    ) -> None:
        vb = plot.vb
        width = max(120.0, float(vb.width() or 800))
        height = max(90.0, float(vb.height() or 600))
        self.sx = (x_range[1] - x_range[0]) / width
        self.sy = (y_range[1] - y_range[0]) / height
        self.inverted = bool(vb.state.get("yInverted"))
        self.x_range, self.y_range = x_range, y_range
        self.inside = inside
        self.taken: list[tuple[float, float, float, float]] = []
        self.hidden: list[pg.TextItem] = []

    def keep_out(self, x0: float, x1: float, y0: float, y1: float) -> None:
        self.taken.append((min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)))

    def keep_out_point(self, x: float, y: float, px: float) -> None:
        """A marker of ``px`` pixels across at (x, y)."""
        hx, hy = px / 2 * self.sx, px / 2 * self.sy
        self.keep_out(x - hx, x + hx, y - hy, y + hy)

    def box(
        self, item: pg.TextItem, x: float, y: float, anchor: tuple[float, float]
    ) -> tuple[float, float, float, float]:
        """The data-unit box the label's ink covers at (x, y) with ``anchor``."""
        rect = item.textItem.boundingRect()
        m = item.textItem.document().documentMargin()
        w, h = rect.width() * self.sx, rect.height() * self.sy
        mx, my = m * self.sx, m * self.sy
        x0 = x - anchor[0] * w
        if self.inverted:
            top = y - anchor[1] * h
            y0, y1 = top, top + h
        else:
            top = y + anchor[1] * h
            y0, y1 = top - h, top
        return (x0 + mx, x0 + w - mx, y0 + my, y1 - my)

    def _fits(self, b: tuple[float, float, float, float]) -> bool:
        if self.inside:
            (xa, xb), (ya, yb) = self.x_range, self.y_range
            if b[0] < xa or b[1] > xb or b[2] < min(ya, yb) or b[3] > max(ya, yb):
                return False
        return all(b[0] >= t[1] or b[1] <= t[0] or b[2] >= t[3] or b[3] <= t[2] for t in self.taken)

    def place(
        self,
        item: pg.TextItem,
        candidates: Sequence[tuple[float, float, tuple[float, float]]],
        *,
        keep: bool = False,
    ) -> bool:
        """Put ``item`` at the first free candidate (x, y, anchor); ``keep``: at the first one
        even when it is not free (a label that must show), else hidden."""
        if not item.toPlainText():
            return True
        for x, y, anchor in candidates:
            b = self.box(item, x, y, anchor)
            if self._fits(b):
                item.setAnchor(anchor)
                item.setPos(x, y)
                item.setVisible(True)
                self.taken.append(b)
                return True
        x, y, anchor = candidates[0]
        item.setAnchor(anchor)
        item.setPos(x, y)
        if keep:
            item.setVisible(True)
            self.taken.append(self.box(item, x, y, anchor))
            return True
        item.setVisible(False)
        self.hidden.append(item)
        return False


def keep_out_line(
    placer: LabelPlacer, xs: Iterable[float], ys: Iterable[float], px: float, step_px: float = 8
) -> None:
    """Keep labels off a drawn polyline (data coordinates): small boxes ``px`` pixels across
    every ``step_px`` pixels along each segment."""
    points = [(float(a), float(b)) for a, b in zip(xs, ys, strict=True)]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        length = math.hypot((x1 - x0) / placer.sx, (y1 - y0) / placer.sy)
        n = max(1, math.ceil(length / step_px))
        for k in range(n + 1):
            f = k / n
            placer.keep_out_point(x0 + f * (x1 - x0), y0 + f * (y1 - y0), px)


def around(
    x: float, y: float, dx: float, dy: float, steps: int = 4
) -> list[tuple[float, float, tuple[float, float]]]:
    """Candidates beside a point: right, left, then a line lower and higher, and so on."""
    out: list[tuple[float, float, tuple[float, float]]] = []
    for k in [0] + [s * j for j in range(1, steps + 1) for s in (-1, 1)]:
        out.append((x + dx, y + k * dy, (0.0, 0.5)))
        out.append((x - dx, y + k * dy, (1.0, 0.5)))
    return out


def wrap_names(names: Sequence[str], font: QFont, max_px: int, max_lines: int = 3) -> list[str]:
    """Tick names broken into lines of at most ``max_px`` (at word boundaries; a single word
    longer than that stays whole), so that a long name takes two lines instead of half the
    chart's width; wider lines where a name would need more than ``max_lines`` (the rows'
    height)."""
    while True:
        out = _wrap(names, font, max_px)
        if max(len(n.split("\n")) for n in out or [""]) <= max(1, max_lines):
            return out
        if max_px > 4000:
            return list(names)
        max_px = int(max_px * 1.25) + 1


def wrap_name(name: str, font: QFont, max_px: int, max_lines: int = 3) -> str:
    """One name on lines of at most ``max_px`` (whole words), for a legend or a toggle: a
    normal name is shown whole; only what would need more than ``max_lines`` lines (a
    pathological name) is cut with "…" on the last line (its tooltip has it whole)."""
    fm = QFontMetrics(font)
    lines = _wrap([name], font, max_px)[0].split("\n")
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    cut = Qt.TextElideMode.ElideRight
    return "\n".join(fm.elidedText(line, cut, max_px) for line in lines)


def _wrap(names: Sequence[str], font: QFont, max_px: int) -> list[str]:
    fm = QFontMetrics(font)
    out = []
    for name in names:
        lines: list[str] = []
        for word in name.split():
            if lines and fm.horizontalAdvance(lines[-1] + " " + word) <= max_px:
                lines[-1] += " " + word
            else:
                lines.append(word)
        out.append("\n".join(lines) or name)
    return out


def wrap_syllables(text: str, fm: QFontMetrics, width: int, lang: str = "nl") -> str:
    """``text`` on lines at most ``width`` pixels wide: on whole words, and a word too long for
    a line broken only at its hyphenation points (``words.hyphenation``, with a hyphen at the
    break), never inside a syllable.  A syllable wider than ``width`` keeps its own line."""

    def fits(t: str) -> bool:
        return fm.horizontalAdvance(t) <= width

    lines: list[str] = []
    for word in text.split():
        if lines and fits(f"{lines[-1]} {word}"):
            lines[-1] = f"{lines[-1]} {word}"
            continue
        if fits(word):
            lines.append(word)
            continue
        # too wide for a line: at its syllables, even a short word (pyphen keeps 3 + 3 letters)
        parts = _syllables(word, lang)
        if len(parts) == 1:  # "gemeente)": then two letters may stand alone
            parts = _syllables(word, lang, edge=2)
        current = ""
        if lines and fits(f"{lines[-1]} {parts[0]}-"):
            current = lines.pop() + " "
        for i, part in enumerate(parts):
            last = i == len(parts) - 1
            dash = "" if last or part.endswith("-") else "-"  # "Heemstede-Bloemendaal"
            if current.strip() and not fits(current + part + dash):
                lines.append(current if current.endswith("-") else current + "-")
                current = ""
            current += part
        lines.append(current)
    return "\n".join(lines) or text


def _syllables(word: str, lang: str, edge: int = 3) -> list[str]:
    """A word's unbreakable parts; punctuation around it ("(herindeling,") is no syllable."""
    core = word.strip("()[],.;:!?\"'")
    if not core:
        return [word]
    start = word.index(core)
    parts = hyphenate(core, lang, min_word=6, edge=edge).split(SHY)
    parts[0] = word[:start] + parts[0]
    parts[-1] = parts[-1] + word[start + len(core) :]
    return parts


def names_width(names: Sequence[str], font: QFont) -> int:
    """The widest line of any of ``names`` (wrapped names have several)."""
    fm = QFontMetrics(font)
    return max((fm.horizontalAdvance(line) for n in names for line in n.split("\n")), default=0)


def fit_axis_height(axis: pg.AxisItem, label_px: int) -> None:
    """Give a horizontal axis the height its tick labels and its title need at their fonts, so
    the title never touches the numbers (pyqtgraph measures the ticks only after a paint)."""
    tick_font = axis.style.get("tickFont")
    tick_h = QFontMetrics(tick_font).height() if tick_font is not None else 12
    label = axis.label
    label_h = label.boundingRect().height() if label.toPlainText().strip() else 0
    label_h = max(label_h, label_px * 1.4 if label_h else 0)
    length = max(0, int(axis.style.get("tickLength", 5)))
    offset = axis.style.get("tickTextOffset", [5, 2])
    vertical = int(offset[1]) if isinstance(offset, list | tuple) else int(offset)
    axis.setHeight(int(length + vertical + tick_h + label_h + 6))


# --- measuring --------------------------------------------------------------------------------
def _axis_texts(axis: pg.AxisItem) -> list[tuple[str, QRectF]]:
    if not axis.isVisible():
        return []
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        painter.setFont(axis.style.get("tickFont") or painter.font())
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
        fm = QFontMetrics(painter.font())
    finally:
        painter.end()
    out = []
    for rect, flags, text in texts:
        # the rect pyqtgraph gives is the layout box; the ink is the text's own extent in it
        ink = QRectF(fm.boundingRect(rect.toRect(), int(flags), text))
        out.append((text, axis.mapRectToScene(ink)))
    label = axis.label
    if label.isVisible() and label.toPlainText().strip():
        out.append((label.toPlainText(), label.mapRectToScene(_ink(label))))
    return out


def text_rects(scene: QGraphicsScene) -> list[tuple[str, QRectF]]:
    """Every visible text of a pyqtgraph scene with its scene rect."""
    out: list[tuple[str, QRectF]] = []
    for item in scene.items():
        if not item.isVisible() or not _visible_up(item):
            continue
        if isinstance(item, pg.TextItem):
            text = item.toPlainText()
            if text.strip():
                out.append((text, _scene_rect(item)))
        elif isinstance(item, pg.AxisItem):
            out.extend(_axis_texts(item))
    return out


def _visible_up(item: QGraphicsItem | None) -> bool:
    while item is not None:
        if not item.isVisible():
            return False
        item = item.parentItem()
    return True


def overlapping(rects: Sequence[tuple[str, QRectF]]) -> list[tuple[str, str]]:
    """Pairs of texts whose rects cover each other (more than touching)."""
    out = []
    for i in range(len(rects)):
        for j in range(i + 1, len(rects)):
            cut = rects[i][1].intersected(rects[j][1])
            if cut.width() > 1 and cut.height() > 1 and cut.width() * cut.height() > TOUCH:
                out.append((rects[i][0], rects[j][0]))
    return out


def clipped(root: QWidget) -> list[str]:
    """Labels, buttons and combo boxes under ``root`` whose text does not fit, or that stick
    out of the window (each as a short description)."""
    out = []
    window = root.window()
    area = window.rect()
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.width() <= 0:
            continue
        where = QRectF(w.mapTo(window, w.rect().topLeft()), w.size().toSizeF())
        if not QRectF(area).adjusted(-1, -1, 1, 1).contains(where):
            if isinstance(w, QLabel | QComboBox | QAbstractButton) and _text(w):
                out.append(f"outside the window: {_text(w)[:40]!r}")
            continue
        if isinstance(w, QComboBox):
            fm = QFontMetrics(w.font())
            need = fm.horizontalAdvance(w.currentText())
            if need > w.width() - 2 * fm.horizontalAdvance("M"):
                out.append(f"combo too narrow: {w.currentText()[:40]!r}")
        elif isinstance(w, QAbstractButton) and w.text() and w.sizeHint().width() > w.width() + 1:
            out.append(f"button cut: {w.text()[:40]!r}")
        elif (
            isinstance(w, QLabel)
            and not w.wordWrap()
            and w.text()
            and w.textFormat() != w.textFormat().RichText
            and w.sizeHint().width() > w.width() + 1
        ):
            out.append(f"label cut: {w.text()[:40]!r}")
    return out


def _text(w: QWidget) -> str:
    if isinstance(w, QComboBox):
        return w.currentText()
    if isinstance(w, QLabel | QAbstractButton):
        return w.text()
    return ""


def plot_rect(view: QWidget) -> QRectF | None:
    """The plot area of a chart or analysis view, in its window's coordinates."""
    # a chart's or analysis view's display (the plot with the table or text it is read with)
    # is its pane's ``content``
    if not isinstance(view, AnalysisPane):
        return None
    widget = view.content
    if not widget.isVisibleTo(view.window()):
        return None
    top_left = widget.mapTo(view.window(), widget.rect().topLeft())
    return QRectF(QPointF(top_left), widget.size().toSizeF())


def plot_share(view: QWidget) -> tuple[float, float]:
    rect = plot_rect(view)
    window = view.window()
    if rect is None or window.width() <= 0:
        return 0.0, 0.0
    return rect.width() / window.width(), rect.height() / window.height()


def scenes_of(view: QWidget) -> list[QGraphicsScene]:
    return [v.scene() for v in view.findChildren(pg.GraphicsView) if v.isVisibleTo(view.window())]


def cut_at_edges(graphics_view: pg.GraphicsView) -> list[str]:
    """Texts of a chart that stick out of what its view shows (cut at the plot's edge)."""
    visible = graphics_view.mapToScene(graphics_view.viewport().rect()).boundingRect()
    visible = visible.adjusted(-1, -1, 1, 1)
    return [
        f"text cut at the edge: {text[:30]!r}"
        for text, rect in text_rects(graphics_view.scene())
        if not visible.contains(rect)
    ]


class ViewCheck(TypedDict, total=False):
    """What :func:`check_view` found: the plot's share of the window (width, height) and the
    problems in words; :func:`check_presentation` adds the body text size (px)."""

    plot_share: list[float]
    problems: list[str]
    body_px: int


def check_view(view: QWidget) -> ViewCheck:
    """What a laid-out view shows that a user would call broken."""
    problems: list[str] = []
    overlaps: list[tuple[str, str]] = []
    for graphics_view in view.findChildren(pg.GraphicsView):
        if graphics_view.isVisibleTo(view.window()):
            problems += cut_at_edges(graphics_view)
    for scene in scenes_of(view):
        overlaps.extend(overlapping(text_rects(scene)))
    problems += [f"texts overlap: {a[:30]!r} / {b[:30]!r}" for a, b in overlaps]
    problems += clipped(view)
    width, height = plot_share(view)
    return {"plot_share": [round(width, 3), round(height, 3)], "problems": problems}


#: presentation targets (issue 15): share of the screen for the plot, body text at 1080 lines
MIN_PLOT_WIDTH, MIN_PLOT_HEIGHT = 0.60, 0.55
BODY_PX_AT_1080 = 24


def check_presentation(pres: PresentationWindow) -> ViewCheck:
    """``check_view`` of the projected view plus the presentation targets."""
    view = pres.current_view()
    found = check_view(view)
    width, height = found["plot_share"]
    if width < MIN_PLOT_WIDTH:
        found["problems"].append(f"plot {width:.0%} of the width (< {MIN_PLOT_WIDTH:.0%})")
    if height < MIN_PLOT_HEIGHT:
        found["problems"].append(f"plot {height:.0%} of the height (< {MIN_PLOT_HEIGHT:.0%})")
    body = pres.theme.small_px
    need = BODY_PX_AT_1080 * pres.height() / 1080 * pres.scale
    if body + 0.5 < need:
        found["problems"].append(f"body text {body}px (< {need:.0f}px at this height)")
    found["body_px"] = body
    return found
