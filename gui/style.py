"""Shared look: one colour per option everywhere, neutral group shades, pens, fonts, themes.

Every chart and table takes an option's colour from :func:`option_color`, so an option keeps its
colour across the whole app (Okabe-Ito, colour-blind-safe; the option's own ``color`` wins).
Criterion groups use :func:`group_colors` (muted hues, big lightness steps) so they never compete
with options; places in a ranking use the sequential :func:`rank_colors`.
"""

from __future__ import annotations

import math
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


#: Criterion groups: distinct hues at low chroma (Lab chroma <= 30, against 37-77 for the option
#: colours) with large lightness steps between neighbours (dark blue, sand, teal, lilac, ...), so
#: that a group never reads as an option and adjacent segments stay apart on a washed-out
#: projector and with deuteranopia or protanopia: the first four keep a CIE76 distance >= 30
#: under the Machado (2009) simulations (``tests/tools/cvd.py``; pinned by a test).
GROUP_COLORS: tuple[str, ...] = (
    "#275471",  # dark blue-slate   L 34
    "#E3C190",  # sand              L 80
    "#549282",  # muted teal        L 56
    "#D3CCFC",  # pale lilac        L 84
    "#5C4D1E",  # dark olive-brown
    "#3B5B5B",  # dark slate-green
    "#7AABB8",  # grey-cyan
    "#D4A996",  # dusty rose
)


def group_colors(n: int) -> list[QColor]:
    """``n`` colours for criterion groups (see :data:`GROUP_COLORS`); beyond eight they repeat
    one step lighter, so that neighbours still differ."""
    out = []
    for k in range(max(0, n)):
        c = QColor(GROUP_COLORS[k % len(GROUP_COLORS)])
        out.append(c.lighter(100 + 25 * (k // len(GROUP_COLORS))))
    return out


def group_shades(n: int, *, dark: bool = False) -> list[QColor]:
    """The criterion-group colours (the name from when they were neutral greys)."""
    return group_colors(n)


def _lab_to_qcolor(lightness: float, a: float, b: float) -> QColor:
    fy = (lightness + 16) / 116
    parts = (fy + a / 500, fy, fy - b / 200)
    white = (0.95047, 1.0, 1.08883)
    x, y, z = (
        w * (t**3 if t > 6 / 29 else 3 * (6 / 29) ** 2 * (t - 4 / 29))
        for w, t in zip(white, parts, strict=True)
    )
    lin = (
        3.2404542 * x - 1.5371385 * y - 0.4985314 * z,
        -0.9692660 * x + 1.8760108 * y + 0.0415560 * z,
        0.0556434 * x - 0.2040259 * y + 1.0572252 * z,
    )
    rgb = [
        12.92 * v if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055
        for v in (min(1.0, max(0.0, c)) for c in lin)
    ]
    return QColor.fromRgbF(*rgb)


def rank_colors(n: int) -> list[QColor]:
    """A sequential palette for places 1..n: one hue family (blue-violet), place 1 darkest and
    most saturated, equal lightness steps (L* 28 to 90) so the order reads without colour
    vision and in greyscale.  The charts label every segment with its place or share too."""
    if n <= 0:
        return []
    out = []
    for k in range(n):
        t = k / (n - 1) if n > 1 else 0.0
        lightness = 28 + 62 * t
        chroma = 42 - 32 * t
        hue = math.radians(290 - 40 * t)
        out.append(_lab_to_qcolor(lightness, chroma * math.cos(hue), chroma * math.sin(hue)))
    return out


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
