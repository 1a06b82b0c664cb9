"""Shared look: one colour per option everywhere, neutral group shades, pens, fonts, themes.

Every chart and table takes an option's colour from :func:`option_color`, so an option keeps its
colour across the whole app (Okabe-Ito, colour-blind-safe; the option's own ``color`` wins).
Criterion groups use :func:`group_shades` (neutral greys) so they never compete with options.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen

from model import Case

#: Okabe-Ito, in the order ui.md gives (yellow late: poor contrast on white).
OKABE_ITO: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # green
    "#CC79A7",  # purple
    "#56B4E9",  # sky
    "#D55E00",  # vermilion
    "#F0E442",  # yellow
    "#000000",  # black
)


def palette_color(index: int) -> QColor:
    """The palette colour for position ``index`` (wraps around)."""
    return QColor(OKABE_ITO[index % len(OKABE_ITO)])


def option_color(case: Case, option_id: str) -> QColor:
    """The colour of ``option_id``: its own ``color`` if set and valid, else Okabe-Ito by position.

    An unknown option id gets a neutral grey rather than an error (a view may briefly hold an id
    of an option that was just removed).
    """
    for i, opt in enumerate(case.options):
        if opt.id == option_id:
            own = getattr(opt, "color", None)
            if own:
                c = QColor(own)
                if c.isValid():
                    return c
            return palette_color(i)
    return QColor("#888888")


def option_colors(case: Case) -> dict[str, QColor]:
    """``{option_id: colour}`` for every option of ``case``."""
    return {o.id: option_color(case, o.id) for o in case.options}


def group_shades(n: int, *, dark: bool = False) -> list[QColor]:
    """``n`` distinguishable neutral shades for criterion groups, darkest first.

    Blue-grey rather than pure grey so the segments stay visible on both white and black
    backgrounds; adjacent shades differ by at least ~10% lightness for n <= 8.
    """
    if n <= 0:
        return []
    lo, hi = (70, 205) if not dark else (95, 225)
    if n == 1:
        return [QColor.fromHsl(210, 25, (lo + hi) // 2)]
    step = (hi - lo) / (n - 1)
    return [QColor.fromHsl(210, 28, round(lo + i * step)) for i in range(n)]


def text_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return QColor("#000000") if luminance > 0.5 else QColor("#FFFFFF")


@dataclass(frozen=True)
class Theme:
    """Sizes and colours for one display mode (pixels at 1920x1080 for presentation)."""

    name: str
    background: QColor
    foreground: QColor
    muted: QColor
    grid: QColor
    highlight: QColor
    body_px: int
    title_px: int
    small_px: int
    line_width: float
    marker_size: int

    def font(self, px: int | None = None, *, bold: bool = False) -> QFont:
        f = QFont()
        f.setPixelSize(int(px or self.body_px))
        f.setBold(bold)
        return f

    def title_font(self) -> QFont:
        return self.font(self.title_px, bold=True)

    def pen(self, color: QColor | str, width: float | None = None, *, dashed: bool = False) -> QPen:
        p = QPen(QColor(color))
        p.setWidthF(self.line_width if width is None else width)
        p.setCosmetic(True)
        if dashed:
            p.setStyle(Qt.PenStyle.DashLine)
        return p

    def scaled(self, factor: float) -> Theme:
        """This theme with every size multiplied by ``factor`` (Ctrl +/-)."""
        return Theme(
            name=self.name,
            background=self.background,
            foreground=self.foreground,
            muted=self.muted,
            grid=self.grid,
            highlight=self.highlight,
            body_px=max(8, round(self.body_px * factor)),
            title_px=max(10, round(self.title_px * factor)),
            small_px=max(7, round(self.small_px * factor)),
            line_width=max(1.0, self.line_width * factor),
            marker_size=max(4, round(self.marker_size * factor)),
        )


NORMAL = Theme(
    name="normal",
    background=QColor("#FFFFFF"),
    foreground=QColor("#1A1A1A"),
    muted=QColor("#5A5A5A"),
    grid=QColor("#D0D0D0"),
    highlight=QColor("#FFF3C4"),
    body_px=13,
    title_px=17,
    small_px=11,
    line_width=2.0,
    marker_size=9,
)

#: High contrast for a projector: black on white (projectors wash out dark backgrounds less
#: than light text on dark), heavy lines, big type (>= 24 px body, >= 36 px titles at 1080p).
PRESENTATION = Theme(
    name="presentation",
    background=QColor("#FFFFFF"),
    foreground=QColor("#000000"),
    muted=QColor("#222222"),
    grid=QColor("#9A9A9A"),
    highlight=QColor("#FFE680"),
    body_px=26,
    title_px=40,
    small_px=24,
    line_width=4.0,
    marker_size=18,
)


def normal_font(px: int | None = None, *, bold: bool = False) -> QFont:
    return NORMAL.font(px, bold=bold)


def presentation_font(px: int | None = None, *, bold: bool = False) -> QFont:
    return PRESENTATION.font(px, bold=bold)


def theme(presentation: bool = False) -> Theme:
    return PRESENTATION if presentation else NORMAL
